import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { shanghaiDate } from '@gov/calendar';
import type { CallerContext } from '@gov/contracts-common';
import {
  ReminderSubjects,
  SupplyItemSubjects,
  VehicleCostSubjects,
  VehicleSubjects,
  FacilitiesAndVehiclesPermissions as P,
  type ListReminderRules,
  type ReminderRuleView,
  type SupplyItemView,
  type VehicleView,
} from '@gov/contracts-facilities-and-vehicles';
import type { RunningApp } from '@gov/platform';
import { caller, connectTestClient, createTestEnvironment, startTestApp, type TestEnvironment } from '@gov/testing';
import { facilitiesAndVehiclesDefinition } from '../src/index.js';
import { RemindersJob } from '../src/modules/reminders/reminders.job.js';
import { addDays } from '../src/modules/reminders/reminders.rules.js';

interface TaskEvent {
  subject: string;
  data: { taskId: string; kind: string; title?: string; outcome?: string; version: number; deadline?: { date?: string; explanation?: string }; recordRef: { type: string; id: string } };
}

/** 到期提醒 in 待办 (insurance, inspection, maintenance by mileage, low stock), against real PostgreSQL and the real bus. */
describe('facilities-and-vehicles: reminders', () => {
  let environment: TestEnvironment;
  let app: RunningApp;
  let client: Awaited<ReturnType<typeof connectTestClient>>;
  let job: RemindersJob;
  const today = shanghaiDate(new Date());
  const U1 = randomUUID();
  const staff = caller({
    roles: ['section_staff'],
    sectionCode: 'jiguan_shiwu',
    permissions: [P.vehiclesRead, P.vehiclesManage, P.vehicleCostsRead, P.vehicleCostsManage, P.officeSuppliesRead, P.officeSuppliesManage],
  });
  const leader = caller({ roles: ['office_leader'], sectionCode: null, permissions: [P.vehiclesRead] });
  const liaison: CallerContext = caller({ roles: ['unit_liaison'], sectionCode: null, unitId: U1, permissions: [P.vehiclesOwn] });
  const call = <T>(subject: string, payload: unknown, who: CallerContext) => client.rpc.call<T>('facilities-and-vehicles', subject, payload, who);
  const tasksOf = async (id: string): Promise<TaskEvent[]> =>
    (await app.parts.dataSource.query(
      `SELECT subject, envelope->'data' AS data FROM "${app.parts.schema}".outbox WHERE envelope->'data'->'recordRef'->>'id' = $1 AND envelope->'data'->'recordRef'->>'type' IN ('vehicle-reminder', 'supply-stock') ORDER BY seq`,
      [id],
    )) as TaskEvent[];
  const summary = (events: TaskEvent[]) => events.map((e) => `${e.subject.split('.').pop()}:${e.data.kind}${e.data.outcome ? `:${e.data.outcome}` : ''}`);
  let plates = 0;
  const inService = async (facts: Record<string, unknown>): Promise<VehicleView> => {
    plates += 1;
    const requested = await call<VehicleView>(
      VehicleSubjects.create,
      { unitId: U1, category: 'emergency', purchaseKind: 'new', model: '红旗 H5', energyType: 'fuel', priceFen: 15_800_000, displacementMl: 1498, mileageKm: 1000, plate: `鲁C1R00${plates}`, markings: true, ...facts },
      staff,
    );
    return call<VehicleView>(VehicleSubjects.approve, { id: requested.id, expectedVersion: 1, approvalNumber: `博机管〔2026〕${plates}号` }, staff);
  };
  const register = (v: VehicleView, facts: Record<string, unknown>) =>
    call<VehicleView>(VehicleSubjects.update, { id: v.id, expectedVersion: v.version, plate: v.plate, mileageKm: v.mileageKm, insuranceExpiry: v.insuranceExpiry, inspectionExpiry: v.inspectionExpiry, markings: v.markings, ...facts }, staff);

  beforeAll(async () => {
    environment = await createTestEnvironment();
    app = await startTestApp(environment, facilitiesAndVehiclesDefinition);
    client = await connectTestClient(environment);
    job = app.nest.get(RemindersJob);
    await call(VehicleSubjects.setQuota, { unitId: U1, category: 'emergency', quota: 10, effectiveFrom: today, source: '博编办〔2026〕5号' }, staff);
  });

  afterAll(async () => {
    await client?.close();
    await app?.stop();
    await environment?.dispose();
  });

  it('a vehicle approved with its insurance near, its inspection past and its maintenance due opens three tasks at once; the daily run opens nothing twice', async () => {
    const car = await inService({ insuranceExpiry: addDays(today, 10), inspectionExpiry: addDays(today, -2), mileageKm: 6200 });
    const opened = await tasksOf(car.id);
    expect(summary(opened)).toEqual(['opened:vehicle_insurance_expiry', 'opened:vehicle_inspection_expiry', 'opened:vehicle_maintenance_due']);
    expect(opened[0].data).toMatchObject({ title: expect.stringContaining('公车保险即将到期：鲁C1R001（红旗 H5）'), deadline: { date: addDays(today, 10), explanation: expect.stringContaining('提前 30 天提醒') } });
    expect(opened[1].data.title).toContain('公车年检已过期');
    expect(opened[2].data.title).toContain('尚无定点维修记录');

    const first = await job.run(today);
    const second = await job.run(today);
    expect(first.asOf).toBe(today);
    expect(second.changed).toBe(0);
    expect(await tasksOf(car.id)).toHaveLength(3);

    // Renewed insurance and inspection close their tasks; a 定点维修 closes the maintenance one.
    const renewed = await register(car, { insuranceExpiry: addDays(today, 375), inspectionExpiry: addDays(today, 363) });
    await call(VehicleCostSubjects.create, { vehicleId: car.id, kind: 'maintenance', date: today, amountFen: 68_000, supplier: '博山区公务用车定点维修中心' }, staff);
    expect(summary((await tasksOf(car.id)).slice(3))).toEqual(['closed:vehicle_insurance_expiry:done', 'closed:vehicle_inspection_expiry:done', 'closed:vehicle_maintenance_due:done']);

    // 5,000 km later maintenance is due again: the same task, reopened at a newer version with the new baseline.
    const driven = await register(renewed, { mileageKm: 11_300 });
    const all = await tasksOf(car.id);
    const reopened = all[all.length - 1];
    expect(summary([reopened])).toEqual(['opened:vehicle_maintenance_due']);
    expect(reopened.data.taskId).toBe(opened[2].data.taskId);
    expect(reopened.data.version).toBeGreaterThan(opened[2].data.version);
    expect(reopened.data.title).toContain('上次定点维修时 6200 公里');
    expect((await job.run(today)).changed).toBe(0);

    // Disposed: what it waited on is withdrawn.
    await call(VehicleSubjects.dispose, { id: car.id, expectedVersion: driven.version, method: 'scrap', approvalNumber: '博机管〔2026〕报废1号', reason: '达到报废年限' }, staff);
    expect(summary((await tasksOf(car.id)).slice(-1))).toEqual(['closed:vehicle_maintenance_due:withdrawn']);
  });

  it('as the days pass the run opens a task entering its lead time and turns one past its date, once each', async () => {
    const car = await inService({ insuranceExpiry: addDays(today, 40) });
    expect(await tasksOf(car.id)).toEqual([]);
    await job.run(addDays(today, 9));
    expect(await tasksOf(car.id)).toEqual([]);
    await job.run(addDays(today, 10));
    await job.run(addDays(today, 10));
    expect(summary(await tasksOf(car.id))).toEqual(['opened:vehicle_insurance_expiry']);
    await job.run(addDays(today, 41));
    await job.run(addDays(today, 42));
    const events = await tasksOf(car.id);
    expect(summary(events)).toEqual(['opened:vehicle_insurance_expiry', 'opened:vehicle_insurance_expiry']);
    expect(events[1].data.title).toContain('公车保险已过期');
    expect(events[1].data.taskId).toBe(events[0].data.taskId);
  });

  it('an item at or below its 库存下限 waits in 待办 until restocked; each movement is not a new task', async () => {
    const item = await call<SupplyItemView>(SupplyItemSubjects.create, { name: 'A4 复印纸', spec: '70g', category: 'paper', unit: '包', lowStockThreshold: 5 }, staff);
    expect(summary(await tasksOf(item.id))).toEqual(['opened:supply_low_stock']);
    const stocked = await call<SupplyItemView>(SupplyItemSubjects.stockIn, { id: item.id, expectedVersion: 1, quantity: 20, reason: '政府采购入库' }, staff);
    const low = await call<SupplyItemView>(SupplyItemSubjects.stockOut, { id: item.id, expectedVersion: stocked.version, quantity: 16, reason: '会议用纸' }, staff);
    await call<SupplyItemView>(SupplyItemSubjects.stockOut, { id: item.id, expectedVersion: low.version, quantity: 2, reason: '会议用纸' }, staff);
    await job.run(today);
    expect(summary(await tasksOf(item.id))).toEqual(['opened:supply_low_stock', 'closed:supply_low_stock:done', 'opened:supply_low_stock']);
  });

  it('the configuration is versioned with its source: read by the leaders, set by the section from today on, never by a liaison', async () => {
    const rules = await call<ListReminderRules.Reply>(ReminderSubjects.listRules, {}, leader);
    expect(rules.effective).toMatchObject({ insuranceLeadDays: 30, inspectionLeadDays: 30, maintenanceIntervalKm: 5000, tenancyLeadDays: 30, effectiveFrom: '2026-01-01', source: expect.stringContaining('机关事务管理科') });
    const body = { insuranceLeadDays: 45, inspectionLeadDays: 30, maintenanceIntervalKm: 7500, tenancyLeadDays: 30, source: '博机管〔2026〕9号' };
    await expect(call(ReminderSubjects.createRule, { ...body, effectiveFrom: addDays(today, -1) }, staff)).rejects.toMatchObject({ spec: { code: 'REMINDER_RULE.PAST_EFFECTIVE_DATE' }, fieldErrors: [expect.objectContaining({ field: 'effectiveFrom' })] });
    await expect(call(ReminderSubjects.createRule, { ...body, effectiveFrom: today }, liaison)).rejects.toMatchObject({ spec: { code: 'AUTH.FORBIDDEN' } });
    await expect(call(ReminderSubjects.createRule, { ...body, maintenanceIntervalKm: 10, effectiveFrom: today }, staff)).rejects.toMatchObject({
      spec: { code: 'REQUEST.VALIDATION_FAILED' },
      fieldErrors: [expect.objectContaining({ field: 'maintenanceIntervalKm' })],
    });
    const created = await call<ReminderRuleView>(ReminderSubjects.createRule, { ...body, effectiveFrom: today }, staff);
    expect((await call<ListReminderRules.Reply>(ReminderSubjects.listRules, {}, staff)).effective?.id).toBe(created.id);
    // With 45 days of lead, an insurance 44 days ahead now waits.
    const car = await inService({ insuranceExpiry: addDays(today, 44) });
    expect(summary(await tasksOf(car.id))).toEqual(['opened:vehicle_insurance_expiry']);
    await expect(call(ReminderSubjects.run, { date: addDays(today, 1) }, staff)).rejects.toMatchObject({ spec: { code: 'REQUEST.VALIDATION_FAILED' } });
    await expect(call(ReminderSubjects.run, {}, leader)).rejects.toMatchObject({ spec: { code: 'AUTH.FORBIDDEN' } });
    // The new version's text reaches the open reminders at the next run (the earlier tests ran ahead of today); a second run changes nothing.
    await call(ReminderSubjects.run, {}, staff);
    expect(await call(ReminderSubjects.run, {}, staff)).toMatchObject({ asOf: today, changed: 0, open: expect.any(Number) });
  });
});
