import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { VisitorSubjects, FacilitiesAndVehiclesPermissions as P, type ListVisitors, type VisitorView } from '@gov/contracts-facilities-and-vehicles';
import type { RunningApp } from '@gov/platform';
import { caller, connectTestClient, createTestEnvironment, startTestApp, type TestEnvironment } from '@gov/testing';
import { facilitiesAndVehiclesDefinition } from '../src/index.js';

/** 来访登记 in facilities-and-vehicles, against real PostgreSQL and the real bus. */
describe('facilities-and-vehicles: visitors', () => {
  let environment: TestEnvironment;
  let app: RunningApp;
  let client: Awaited<ReturnType<typeof connectTestClient>>;
  const gate = caller({ roles: ['section_staff'], sectionCode: 'jiguan_shiwu', permissions: [P.visitorsRead, P.visitorsManage] });
  const leader = caller({ roles: ['office_leader'], sectionCode: null, permissions: [P.visitorsRead] });
  const liaison = caller({ roles: ['unit_liaison'], sectionCode: null, unitId: randomUUID(), permissions: [] });
  const call = <T>(subject: string, payload: unknown, who: typeof gate) => client.rpc.call<T>('facilities-and-vehicles', subject, payload, who);
  const visit = { name: '张三', idNumber: '11010519491231002X', organisation: '山东某建设公司', host: '机关事务管理科 王科长', purpose: '洽谈办公楼维修', companions: 1, plate: '鲁C88888' };

  beforeAll(async () => {
    environment = await createTestEnvironment();
    app = await startTestApp(environment, facilitiesAndVehiclesDefinition);
    client = await connectTestClient(environment);
  });

  afterAll(async () => {
    await client?.close();
    await app?.stop();
    await environment?.dispose();
  });

  it('a visitor is registered with the 身份证号 encrypted at rest, masked in the list and for readers, in full for the gate; leaving is recorded once', async () => {
    const registered = await call<VisitorView>(VisitorSubjects.create, visit, gate);
    expect(registered).toMatchObject({ status: 'in', idNumber: '11010519491231002X', idNumberMasked: false, companions: 1 });
    const [stored] = (await app.parts.dataSource.query(`SELECT id_number_encrypted, id_number_masked FROM "${app.parts.schema}".visitor WHERE id = $1`, [registered.id])) as {
      id_number_encrypted: string;
      id_number_masked: string;
    }[];
    expect(stored.id_number_encrypted.startsWith('sm4:')).toBe(true);
    expect(stored.id_number_encrypted).not.toContain('11010519491231002X');
    expect(stored.id_number_masked).toBe('110105********002X');
    const listed = await call<ListVisitors.Reply>(VisitorSubjects.list, { q: '张三' }, gate);
    expect(listed.items.find((v) => v.id === registered.id)).toMatchObject({ idNumber: '110105********002X', idNumberMasked: true });
    expect(await call<VisitorView>(VisitorSubjects.get, { id: registered.id }, leader)).toMatchObject({ idNumber: '110105********002X', idNumberMasked: true });
    const left = await call<VisitorView>(VisitorSubjects.leave, { id: registered.id, expectedVersion: 1 }, gate);
    expect(left).toMatchObject({ status: 'left', version: 2, leftAt: expect.any(String) });
    await expect(call(VisitorSubjects.leave, { id: registered.id, expectedVersion: 2 }, gate)).rejects.toMatchObject({ spec: { code: 'VISITOR.INVALID_STATE' } });
    const outbox = (await app.parts.dataSource.query(`SELECT envelope FROM "${app.parts.schema}".outbox WHERE envelope->'data'->>'id' = $1`, [registered.id])) as unknown[];
    expect(outbox).toHaveLength(2);
    expect(JSON.stringify(outbox)).not.toContain('11010519491231002X');
    expect(JSON.stringify(outbox)).not.toContain('张三');
  });

  it('a wrong check digit is refused citing GB 11643; a void needs a reason; a leader cannot register, a liaison cannot read', async () => {
    await expect(call(VisitorSubjects.create, { ...visit, idNumber: '110105194912310021' }, gate)).rejects.toMatchObject({ spec: { code: 'VISITOR.BAD_ID_NUMBER' }, message: expect.stringContaining('GB 11643') });
    await expect(call(VisitorSubjects.create, { ...visit, idNumber: '1101', companions: -1 }, gate)).rejects.toMatchObject({
      spec: { code: 'REQUEST.VALIDATION_FAILED' },
      fieldErrors: expect.arrayContaining([expect.objectContaining({ field: 'idNumber' }), expect.objectContaining({ field: 'companions' })]),
    });
    const wrong = await call<VisitorView>(VisitorSubjects.create, { ...visit, name: '李四' }, gate);
    await expect(call(VisitorSubjects.void, { id: wrong.id, expectedVersion: 1, reason: ' ' }, gate)).rejects.toMatchObject({ spec: { code: 'REQUEST.VALIDATION_FAILED' } });
    expect(await call<VisitorView>(VisitorSubjects.void, { id: wrong.id, expectedVersion: 1, reason: '重复登记' }, gate)).toMatchObject({ status: 'voided', voidReason: '重复登记' });
    await expect(call(VisitorSubjects.create, visit, leader)).rejects.toMatchObject({ spec: { code: 'AUTH.FORBIDDEN' } });
    await expect(call(VisitorSubjects.list, {}, liaison)).rejects.toMatchObject({ spec: { code: 'AUTH.FORBIDDEN' } });
  });
});
