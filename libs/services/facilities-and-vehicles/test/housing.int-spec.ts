import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { shanghaiDate } from '@gov/calendar';
import type { CallerContext } from '@gov/contracts-common';
import { HousingSubjects, FacilitiesAndVehiclesPermissions as P, type HousingUnitView, type ListHousingUnits, type ListTenancies, type TenancyView } from '@gov/contracts-facilities-and-vehicles';
import type { RunningApp } from '@gov/platform';
import { caller, connectTestClient, createTestEnvironment, startTestApp, type TestEnvironment } from '@gov/testing';
import { facilitiesAndVehiclesDefinition } from '../src/index.js';
import { RemindersJob } from '../src/modules/reminders/reminders.job.js';
import { addDays } from '../src/modules/reminders/reminders.rules.js';

/** 周转住房 in facilities-and-vehicles, against real PostgreSQL and the real bus. */
describe('facilities-and-vehicles: housing', () => {
  let environment: TestEnvironment;
  let app: RunningApp;
  let client: Awaited<ReturnType<typeof connectTestClient>>;
  const today = shanghaiDate(new Date());
  const staff = caller({ roles: ['section_staff'], sectionCode: 'jiguan_shiwu', permissions: [P.officeRoomsRead, P.officeRoomsManage] });
  const leader = caller({ roles: ['office_leader'], sectionCode: null, permissions: [P.officeRoomsRead] });
  const liaison: CallerContext = caller({ roles: ['unit_liaison'], sectionCode: null, unitId: randomUUID(), permissions: [P.officeRoomsOwn] });
  const call = <T>(subject: string, payload: unknown, who: CallerContext) => client.rpc.call<T>('facilities-and-vehicles', subject, payload, who);
  const outbox = async (id: string) =>
    (await app.parts.dataSource.query(`SELECT subject, envelope->'data' AS data FROM "${app.parts.schema}".outbox WHERE envelope->'data'->>'id' = $1 OR envelope->'data'->'recordRef'->>'id' = $1 ORDER BY seq`, [id])) as {
      subject: string;
      data: Record<string, unknown>;
    }[];
  const unit = (address: string) => call<HousingUnitView>(HousingSubjects.createUnit, { address, areaM2: 68.5, rooms: 2, note: '配备基本家具' }, staff);
  const tenancy = (housingUnitId: string, startDate: string, endDate: string, extra: Record<string, unknown> = {}) =>
    call<TenancyView>(
      HousingSubjects.create,
      { housingUnitId, tenantName: '王明', basis: 'exchange', workUnit: '博山区商务局', post: '副局长', homePlace: '淄博市张店区', approvalNumber: '博组干〔2026〕12号', startDate, endDate, ...extra },
      staff,
    );

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

  it('a tenancy is registered, checked in, waits in 待办 before its end, is extended (closing the reminder) and ends at check-out; each step an event', async () => {
    const home = await unit('博山区人民路 12 号院 3 号楼 2 单元 301');
    expect(home).toMatchObject({ areaM2: 68.5, rooms: 2, status: 'active', currentTenancyId: null, version: 1 });
    const start = addDays(today, -300);
    const created = await tenancy(home.id, start, addDays(today, 20));
    expect(created).toMatchObject({ status: 'registered', statusLabel: '已登记', basisLabel: '交流任职', address: home.address, version: 1 });
    expect((await call<HousingUnitView>(HousingSubjects.getUnit, { id: home.id }, leader)).currentTenant).toBe('王明');

    // 20 days before its end: in 待办 at once, with the end as the deadline.
    const tasks = async () => (await outbox(created.id)).filter((e) => e.subject.includes('.task.'));
    expect((await tasks()).map((e) => [e.subject.split('.').pop(), e.data.kind])).toEqual([['opened', 'housing_tenancy_ending']]);
    expect((await tasks())[0].data).toMatchObject({ deadline: { date: addDays(today, 20) }, section: 'jiguan_shiwu', link: `/facilities-and-vehicles/housing-tenancies?tenancy=${created.id}` });

    await expect(call(HousingSubjects.checkIn, { id: created.id, expectedVersion: 1, date: addDays(today, 1), condition: '房屋完好' }, staff)).rejects.toMatchObject({ spec: { code: 'HOUSING_TENANCY.BAD_DATES' }, fieldErrors: [expect.objectContaining({ field: 'date' })] });
    const inside = await call<TenancyView>(HousingSubjects.checkIn, { id: created.id, expectedVersion: 1, date: start, condition: '房屋完好，家具齐全，水电表读数 1203/568' }, staff);
    expect(inside).toMatchObject({ status: 'checked_in', checkIn: { date: start, condition: '房屋完好，家具齐全，水电表读数 1203/568', by: staff.username } });
    await expect(call(HousingSubjects.withdraw, { id: created.id, expectedVersion: 2, reason: '误登记' }, staff)).rejects.toMatchObject({ spec: { code: 'HOUSING_TENANCY.INVALID_STATE' } });

    const extended = await call<TenancyView>(HousingSubjects.extend, { id: created.id, expectedVersion: 2, endDate: addDays(today, 200), reason: '任职期限延长（博组干〔2026〕30号）' }, staff);
    expect(extended).toMatchObject({ endDate: addDays(today, 200), version: 3 });
    expect((await tasks()).map((e) => [e.subject.split('.').pop(), e.data.outcome ?? null])).toEqual([['opened', null], ['closed', 'done']]);
    // A daily run opens nothing again while the new end is far.
    expect((await app.nest.get(RemindersJob).run(today)).changed).toBe(0);

    await expect(call(HousingSubjects.checkOut, { id: created.id, expectedVersion: 3, date: addDays(start, -1), condition: '完好' }, staff)).rejects.toMatchObject({ spec: { code: 'HOUSING_TENANCY.BAD_DATES' } });
    const ended = await call<TenancyView>(HousingSubjects.checkOut, { id: created.id, expectedVersion: 3, date: today, condition: '墙面轻微污损，钥匙 3 把已交回' }, staff);
    expect(ended).toMatchObject({ status: 'ended', statusLabel: '已退房', endedOn: today, checkOut: { date: today, condition: '墙面轻微污损，钥匙 3 把已交回' } });
    expect((await outbox(created.id)).filter((e) => !e.subject.includes('.task.')).map((e) => e.subject.split('facilities-and-vehicles.')[1])).toEqual([
      'housing-tenancy.created',
      'housing-tenancy.checked-in',
      'housing-tenancy.extended',
      'housing-tenancy.ended',
    ]);
    // The events carry no personal data.
    expect(JSON.stringify(await outbox(created.id))).not.toContain('王明');

    // The unit is free again from the day after the check-out.
    const next = await tenancy(home.id, addDays(today, 1), addDays(today, 400), { tenantName: '李强', basis: 'remote' });
    expect(next.status).toBe('registered');
  });

  it('no two tenancies of one unit share a day (409 with a stable code); a withdrawn registration frees its days; a unit with an open tenancy is not retired', async () => {
    const home = await unit('博山区人民路 12 号院 3 号楼 2 单元 302');
    const first = await tenancy(home.id, addDays(today, 10), addDays(today, 375));
    await expect(tenancy(home.id, addDays(today, 375), addDays(today, 500))).rejects.toMatchObject({
      spec: { code: 'HOUSING_TENANCY.OVERLAP', kind: 'conflict' },
      fieldErrors: [expect.objectContaining({ field: 'startDate' })],
    });
    const later = await tenancy(home.id, addDays(today, 376), addDays(today, 500));
    await expect(call(HousingSubjects.extend, { id: first.id, expectedVersion: 1, endDate: addDays(today, 376), reason: '延期' }, staff)).rejects.toMatchObject({ spec: { code: 'HOUSING_TENANCY.OVERLAP' } });
    await expect(call(HousingSubjects.retireUnit, { id: home.id, expectedVersion: 1, reason: '收回' }, staff)).rejects.toMatchObject({ spec: { code: 'HOUSING_UNIT.OCCUPIED' } });
    await expect(call(HousingSubjects.withdraw, { id: first.id, expectedVersion: 1, reason: ' ' }, staff)).rejects.toMatchObject({ spec: { code: 'REQUEST.VALIDATION_FAILED' } });
    expect(await call<TenancyView>(HousingSubjects.withdraw, { id: first.id, expectedVersion: 1, reason: '干部调整，不再入住' }, staff)).toMatchObject({ status: 'withdrawn', reason: '干部调整，不再入住' });
    expect((await tenancy(home.id, addDays(today, 10), addDays(today, 375))).status).toBe('registered');
    expect((await call<ListTenancies.Reply>(HousingSubjects.list, { housingUnitId: home.id, status: 'registered' }, leader)).items.map((t) => t.id)).toContain(later.id);

    const spare = await unit('博山区人民路 12 号院 3 号楼 2 单元 303');
    const retired = await call<HousingUnitView>(HousingSubjects.retireUnit, { id: spare.id, expectedVersion: 1, reason: '房屋交还产权单位' }, staff);
    expect(retired).toMatchObject({ status: 'retired', retireReason: '房屋交还产权单位' });
    await expect(tenancy(spare.id, today, addDays(today, 30))).rejects.toMatchObject({ spec: { code: 'HOUSING_TENANCY.UNIT_NOT_AVAILABLE' }, fieldErrors: [expect.objectContaining({ field: 'housingUnitId' })] });
    expect((await call<ListHousingUnits.Reply>(HousingSubjects.listUnits, { status: 'retired' }, leader)).items.map((u) => u.id)).toEqual([spare.id]);
  });

  it('bad input is refused in Chinese; a leader reads but cannot change; a liaison has no access', async () => {
    const home = await unit('博山区人民路 12 号院 3 号楼 2 单元 304');
    await expect(tenancy(home.id, addDays(today, 10), addDays(today, 9))).rejects.toMatchObject({ spec: { code: 'HOUSING_TENANCY.BAD_DATES' }, fieldErrors: [expect.objectContaining({ field: 'endDate' })] });
    await expect(tenancy(home.id, today, addDays(today, 9), { basis: 'family', tenantName: '' })).rejects.toMatchObject({
      spec: { code: 'REQUEST.VALIDATION_FAILED' },
      fieldErrors: expect.arrayContaining([expect.objectContaining({ field: 'basis', message: expect.stringContaining('交流任职') }), expect.objectContaining({ field: 'tenantName' })]),
    });
    await expect(call(HousingSubjects.createUnit, { address: '博山区某处', areaM2: 5, rooms: 0 }, staff)).rejects.toMatchObject({ spec: { code: 'REQUEST.VALIDATION_FAILED' } });
    await expect(call(HousingSubjects.createUnit, { address: '博山区某处 1 号', areaM2: 50, rooms: 1 }, leader)).rejects.toMatchObject({ spec: { code: 'AUTH.FORBIDDEN' } });
    await expect(call(HousingSubjects.listUnits, {}, liaison)).rejects.toMatchObject({ spec: { code: 'AUTH.FORBIDDEN' } });
    await expect(call(HousingSubjects.getUnit, { id: home.id }, liaison)).rejects.toMatchObject({ spec: { code: 'HOUSING_UNIT.NOT_FOUND' } });
  });
});
