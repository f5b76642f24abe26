import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { PatrolSubjects, FacilitiesAndVehiclesPermissions as P, type ListPatrols, type PatrolView } from '@gov/contracts-facilities-and-vehicles';
import type { RunningApp } from '@gov/platform';
import { caller, connectTestClient, createTestEnvironment, startTestApp, type TestEnvironment } from '@gov/testing';
import { facilitiesAndVehiclesDefinition } from '../src/index.js';

/** 巡逻记录 in facilities-and-vehicles, against real PostgreSQL and the real bus. */
describe('facilities-and-vehicles: patrols', () => {
  let environment: TestEnvironment;
  let app: RunningApp;
  let client: Awaited<ReturnType<typeof connectTestClient>>;
  const office = caller({ roles: ['section_staff'], sectionCode: 'jiguan_shiwu', permissions: [P.patrolsRead, P.patrolsManage] });
  const reader = caller({ roles: ['office_leader'], sectionCode: null, permissions: [P.patrolsRead] });
  const liaison = caller({ roles: ['unit_liaison'], sectionCode: null, unitId: randomUUID(), permissions: [P.patrolsRead] });
  const call = <T>(subject: string, payload: unknown, who: typeof office) => client.rpc.call<T>('facilities-and-vehicles', subject, payload, who);
  const subjectsOf = async (id: string) =>
    ((await app.parts.dataSource.query(`SELECT subject FROM "${app.parts.schema}".outbox WHERE envelope->'data'->>'id' = $1 ORDER BY seq`, [id])) as { subject: string }[]).map((r) => r.subject);
  const patrol = (extra: Record<string, unknown> = {}) => ({
    route: '东门—办公楼—车库—西门',
    patrolledBy: '刘建国、王强',
    startedAt: '2026-12-01T22:00:00+08:00',
    endedAt: '2026-12-01T22:40:00+08:00',
    findings: '各门窗关闭，消防通道畅通',
    abnormal: false,
    ...extra,
  });

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

  it('recorded, listed, corrected at the version held, voided with a reason; each step an event in the outbox', async () => {
    const created = await call<PatrolView>(PatrolSubjects.create, patrol(), office);
    expect(created).toMatchObject({ route: '东门—办公楼—车库—西门', minutes: 40, abnormal: false, status: 'recorded', statusLabel: '已记录', version: 1 });
    const odd = await call<PatrolView>(PatrolSubjects.create, patrol({ findings: '车库北侧消防栓漏水', abnormal: true, startedAt: '2026-12-02T02:00:00+08:00', endedAt: '2026-12-02T02:30:00+08:00' }), office);
    expect((await call<ListPatrols.Reply>(PatrolSubjects.list, { abnormal: true, from: '2026-12-01', to: '2026-12-02' }, reader)).items.map((r) => r.id)).toEqual([odd.id]);
    expect((await call<ListPatrols.Reply>(PatrolSubjects.list, { from: '2026-12-01', to: '2026-12-01' }, reader)).items.map((r) => r.id)).toEqual([created.id]);
    const corrected = await call<PatrolView>(PatrolSubjects.update, { id: created.id, expectedVersion: 1, ...patrol({ endedAt: '2026-12-01T22:50:00+08:00' }) }, office);
    expect(corrected).toMatchObject({ minutes: 50, version: 2 });
    await expect(call(PatrolSubjects.update, { id: created.id, expectedVersion: 1, ...patrol() }, office)).rejects.toMatchObject({ spec: { code: 'PATROL.VERSION_CONFLICT' } });
    const voided = await call<PatrolView>(PatrolSubjects.void, { id: created.id, expectedVersion: 2, reason: '重复登记' }, office);
    expect(voided).toMatchObject({ status: 'voided', voidReason: '重复登记', version: 3 });
    await expect(call(PatrolSubjects.void, { id: created.id, expectedVersion: 3, reason: '重复登记' }, office)).rejects.toMatchObject({ spec: { code: 'PATROL.INVALID_STATE' } });
    expect(await subjectsOf(created.id)).toEqual(['evt.facilities-and-vehicles.patrol.created', 'evt.facilities-and-vehicles.patrol.updated', 'evt.facilities-and-vehicles.patrol.voided']);
  });

  it('times that cannot be are refused; no liaison sees the patrols; a reader cannot record', async () => {
    await expect(call(PatrolSubjects.create, patrol({ endedAt: '2026-12-01T21:00:00+08:00' }), office)).rejects.toMatchObject({
      spec: { code: 'PATROL.BAD_TIMES' },
      fieldErrors: [expect.objectContaining({ field: 'endedAt', message: 'endedAt：结束时间须晚于开始时间' })],
    });
    await expect(call(PatrolSubjects.create, patrol({ endedAt: new Date(Date.now() + 3_600_000).toISOString() }), office)).rejects.toMatchObject({ spec: { code: 'PATROL.BAD_TIMES' } });
    await expect(call(PatrolSubjects.list, {}, liaison)).rejects.toMatchObject({ spec: { code: 'AUTH.FORBIDDEN' } });
    await expect(call(PatrolSubjects.create, patrol(), reader)).rejects.toMatchObject({ spec: { code: 'AUTH.FORBIDDEN' } });
    await expect(call(PatrolSubjects.create, patrol({ abnormal: 'yes', route: '' }), office)).rejects.toMatchObject({
      spec: { code: 'REQUEST.VALIDATION_FAILED' },
      fieldErrors: expect.arrayContaining([expect.objectContaining({ field: 'abnormal' }), expect.objectContaining({ field: 'route' })]),
    });
  });
});
