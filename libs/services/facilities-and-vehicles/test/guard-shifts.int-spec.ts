import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { GuardShiftSubjects, FacilitiesAndVehiclesPermissions as P, type GuardShiftView, type ListGuardShifts } from '@gov/contracts-facilities-and-vehicles';
import type { RunningApp } from '@gov/platform';
import { caller, connectTestClient, createTestEnvironment, startTestApp, type TestEnvironment } from '@gov/testing';
import { facilitiesAndVehiclesDefinition } from '../src/index.js';

/** 门卫排班 in facilities-and-vehicles, against real PostgreSQL and the real bus. */
describe('facilities-and-vehicles: guard-shifts', () => {
  let environment: TestEnvironment;
  let app: RunningApp;
  let client: Awaited<ReturnType<typeof connectTestClient>>;
  const office = caller({ roles: ['section_staff'], sectionCode: 'jiguan_shiwu', permissions: [P.guardShiftsRead, P.guardShiftsManage] });
  const reader = caller({ roles: ['office_leader'], sectionCode: null, permissions: [P.guardShiftsRead] });
  const liaison = caller({ roles: ['unit_liaison'], sectionCode: null, unitId: randomUUID(), permissions: [P.guardShiftsRead] });
  const call = <T>(subject: string, payload: unknown, who: typeof office) => client.rpc.call<T>('facilities-and-vehicles', subject, payload, who);
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

  it('rostered, listed by day, changed at the version held, cancelled with a reason; each step an event in the outbox', async () => {
    const created = await call<GuardShiftView>(GuardShiftSubjects.create, { date: '2026-12-07', shift: 'day', post: '东门岗', guardName: ' 刘建国 ' }, office);
    expect(created).toMatchObject({ date: '2026-12-07', shift: 'day', shiftLabel: '白班（08:00—20:00）', post: '东门岗', guardName: '刘建国', status: 'scheduled', version: 1 });
    await call(GuardShiftSubjects.create, { date: '2026-12-08', shift: 'night', post: '西门岗', guardName: '王强' }, office);
    const week = await call<ListGuardShifts.Reply>(GuardShiftSubjects.list, { from: '2026-12-07', to: '2026-12-07' }, reader);
    expect(week.items.map((r) => r.id)).toEqual([created.id]);
    const changed = await call<GuardShiftView>(GuardShiftSubjects.update, { id: created.id, expectedVersion: 1, date: '2026-12-07', shift: 'night', post: '东门岗', guardName: '刘建国', note: '与王强调班' }, office);
    expect(changed).toMatchObject({ shift: 'night', note: '与王强调班', version: 2 });
    await expect(call(GuardShiftSubjects.update, { id: created.id, expectedVersion: 1, date: '2026-12-07', shift: 'day', post: '东门岗', guardName: '刘建国' }, office)).rejects.toMatchObject({
      spec: { code: 'GUARD_SHIFT.VERSION_CONFLICT' },
    });
    await expect(call(GuardShiftSubjects.cancel, { id: created.id, expectedVersion: 2, reason: ' ' }, office)).rejects.toMatchObject({ spec: { code: 'REQUEST.VALIDATION_FAILED' } });
    const cancelled = await call<GuardShiftView>(GuardShiftSubjects.cancel, { id: created.id, expectedVersion: 2, reason: '人员病假' }, office);
    expect(cancelled).toMatchObject({ status: 'cancelled', cancelReason: '人员病假', version: 3 });
    await expect(call(GuardShiftSubjects.update, { id: created.id, expectedVersion: 3, date: '2026-12-07', shift: 'day', post: '东门岗', guardName: '刘建国' }, office)).rejects.toMatchObject({
      spec: { code: 'GUARD_SHIFT.INVALID_STATE' },
    });
    expect(await subjectsOf(created.id)).toEqual(['evt.facilities-and-vehicles.guard-shift.created', 'evt.facilities-and-vehicles.guard-shift.updated', 'evt.facilities-and-vehicles.guard-shift.cancelled']);
  });

  it('a guard stands one post per shift: a second post on the same day and shift is refused, another shift or a cancelled one is not', async () => {
    const first = await call<GuardShiftView>(GuardShiftSubjects.create, { date: '2026-12-09', shift: 'day', post: '东门岗', guardName: '赵刚' }, office);
    await expect(call(GuardShiftSubjects.create, { date: '2026-12-09', shift: 'day', post: '西门岗', guardName: '赵 刚' }, office)).rejects.toMatchObject({
      spec: { code: 'GUARD_SHIFT.GUARD_BUSY' },
      fieldErrors: [expect.objectContaining({ field: 'guardName', message: expect.stringContaining('东门岗') })],
    });
    const night = await call<GuardShiftView>(GuardShiftSubjects.create, { date: '2026-12-09', shift: 'night', post: '西门岗', guardName: '赵刚' }, office);
    await expect(call(GuardShiftSubjects.update, { id: night.id, expectedVersion: 1, date: '2026-12-09', shift: 'day', post: '西门岗', guardName: '赵刚' }, office)).rejects.toMatchObject({
      spec: { code: 'GUARD_SHIFT.GUARD_BUSY' },
    });
    await call(GuardShiftSubjects.cancel, { id: first.id, expectedVersion: 1, reason: '岗位调整' }, office);
    expect(await call<GuardShiftView>(GuardShiftSubjects.update, { id: night.id, expectedVersion: 1, date: '2026-12-09', shift: 'day', post: '西门岗', guardName: '赵刚' }, office)).toMatchObject({ shift: 'day', version: 2 });
  });

  it('no liaison sees the roster; a reader cannot roster; bad input is refused in Chinese', async () => {
    await expect(call(GuardShiftSubjects.list, {}, liaison)).rejects.toMatchObject({ spec: { code: 'AUTH.FORBIDDEN' } });
    await expect(call(GuardShiftSubjects.get, { id: randomUUID() }, liaison)).rejects.toMatchObject({ spec: { code: 'GUARD_SHIFT.NOT_FOUND' } });
    await expect(call(GuardShiftSubjects.create, { date: '2026-12-10', shift: 'day', post: '东门岗', guardName: '李明' }, reader)).rejects.toMatchObject({ spec: { code: 'AUTH.FORBIDDEN' } });
    await expect(call(GuardShiftSubjects.create, { date: '2026-13-01', shift: 'evening', post: '东', guardName: '李明' }, office)).rejects.toMatchObject({
      spec: { code: 'REQUEST.VALIDATION_FAILED' },
      fieldErrors: expect.arrayContaining([
        expect.objectContaining({ field: 'date' }),
        expect.objectContaining({ field: 'shift', message: expect.stringContaining('班次取值无效') }),
        expect.objectContaining({ field: 'post' }),
      ]),
    });
  });
});
