import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import type { CallerContext } from '@gov/contracts-common';
import { VehicleSubjects, FacilitiesAndVehiclesPermissions as P, type ListVehicles, type VehicleView } from '@gov/contracts-facilities-and-vehicles';
import type { RunningApp } from '@gov/platform';
import { caller, connectTestClient, createTestEnvironment, startTestApp, type TestEnvironment } from '@gov/testing';
import { facilitiesAndVehiclesDefinition } from '../src/index.js';

/** 公务用车 in facilities-and-vehicles, against real PostgreSQL and the real bus. */
describe('facilities-and-vehicles: vehicles', () => {
  let environment: TestEnvironment;
  let app: RunningApp;
  let client: Awaited<ReturnType<typeof connectTestClient>>;
  const [U1, U2] = [randomUUID(), randomUUID()];
  const office = caller({ roles: ['section_staff'], sectionCode: 'jiguan_shiwu', permissions: [P.vehiclesRead, P.vehiclesManage] });
  const reader = caller({ roles: ['office_leader'], sectionCode: null, permissions: [P.vehiclesRead] });
  const liaison = (unitId: string): CallerContext => caller({ roles: ['unit_liaison'], sectionCode: null, unitId, permissions: [P.vehiclesOwn] });
  const call = <T>(subject: string, payload: unknown, who: CallerContext) => client.rpc.call<T>('facilities-and-vehicles', subject, payload, who);
  const subjectsOf = async (id: string) =>
    ((await app.parts.dataSource.query(`SELECT subject FROM "${app.parts.schema}".outbox WHERE envelope->'data'->>'id' = $1 ORDER BY seq`, [id])) as { subject: string }[]).map((r) => r.subject);

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

  it('created, read, listed, changed at the version held, withdrawn with a reason; each step an event in the outbox', async () => {
    const created = await call<VehicleView>(VehicleSubjects.create, { title: '集成测试记录', content: '第一稿' }, office);
    expect(created).toMatchObject({ title: '集成测试记录', status: 'open', unitId: null, version: 1, createdBy: office.username });
    expect(await call<VehicleView>(VehicleSubjects.get, { id: created.id }, reader)).toMatchObject({ id: created.id });
    const listed = await call<ListVehicles.Reply>(VehicleSubjects.list, { q: '集成测试' }, office);
    expect(listed.items.map((r) => r.id)).toContain(created.id);
    const changed = await call<VehicleView>(VehicleSubjects.update, { id: created.id, expectedVersion: 1, title: '集成测试记录（改）', content: '第二稿' }, office);
    expect(changed).toMatchObject({ title: '集成测试记录（改）', version: 2 });
    await expect(call(VehicleSubjects.update, { id: created.id, expectedVersion: 1, title: '过期版本', content: '—' }, office)).rejects.toMatchObject({
      spec: { code: 'VEHICLE.VERSION_CONFLICT' },
    });
    await expect(call(VehicleSubjects.withdraw, { id: created.id, expectedVersion: 2, reason: ' ' }, office)).rejects.toMatchObject({ spec: { code: 'REQUEST.VALIDATION_FAILED' } });
    const withdrawn = await call<VehicleView>(VehicleSubjects.withdraw, { id: created.id, expectedVersion: 2, reason: '重复登记' }, office);
    expect(withdrawn).toMatchObject({ status: 'withdrawn', withdrawalReason: '重复登记', version: 3 });
    await expect(call(VehicleSubjects.update, { id: created.id, expectedVersion: 3, title: '已撤回', content: '—' }, office)).rejects.toMatchObject({
      spec: { code: 'VEHICLE.INVALID_STATE' },
    });
    expect(await subjectsOf(created.id)).toEqual(['evt.facilities-and-vehicles.vehicle.created', 'evt.facilities-and-vehicles.vehicle.updated', 'evt.facilities-and-vehicles.vehicle.withdrawn']);
  });

  it("a liaison sees and changes only their own unit's records; a reader cannot change; bad input is refused in Chinese", async () => {
    const mine = await call<VehicleView>(VehicleSubjects.create, { title: '可见性测试甲', content: '—' }, liaison(U1));
    const theirs = await call<VehicleView>(VehicleSubjects.create, { title: '可见性测试乙', content: '—' }, liaison(U2));
    expect(mine.unitId).toBe(U1);
    expect((await call<ListVehicles.Reply>(VehicleSubjects.list, { q: '可见性测试' }, liaison(U1))).items.map((r) => r.id)).toEqual([mine.id]);
    expect((await call<ListVehicles.Reply>(VehicleSubjects.list, { q: '可见性测试' }, office)).items.map((r) => r.id).sort()).toEqual([mine.id, theirs.id].sort());
    await expect(call(VehicleSubjects.get, { id: theirs.id }, liaison(U1))).rejects.toMatchObject({ spec: { code: 'VEHICLE.NOT_FOUND' } });
    await expect(call(VehicleSubjects.withdraw, { id: theirs.id, expectedVersion: 1, reason: '越权撤回' }, liaison(U1))).rejects.toMatchObject({ spec: { code: 'VEHICLE.NOT_FOUND' } });
    await expect(call(VehicleSubjects.create, { title: '只读用户', content: '—' }, reader)).rejects.toMatchObject({ spec: { code: 'AUTH.FORBIDDEN' } });
    await expect(call(VehicleSubjects.create, { title: '甲', content: 1 }, office)).rejects.toMatchObject({
      spec: { code: 'REQUEST.VALIDATION_FAILED' },
      fieldErrors: expect.arrayContaining([expect.objectContaining({ field: 'title' }), expect.objectContaining({ field: 'content' })]),
    });
  });
});
