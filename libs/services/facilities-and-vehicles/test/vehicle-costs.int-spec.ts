import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { shanghaiDate } from '@gov/calendar';
import type { CallerContext } from '@gov/contracts-common';
import {
  BookingSubjects,
  VehicleCostSubjects,
  VehicleSubjects,
  FacilitiesAndVehiclesPermissions as P,
  type BookingView,
  type ExportVehicleCostReport,
  type DriverView,
  type ListVehicleCosts,
  type VehicleCostReport,
  type VehicleCostView,
  type VehicleView,
} from '@gov/contracts-facilities-and-vehicles';
import type { RunningApp } from '@gov/platform';
import { caller, connectTestClient, createTestEnvironment, startTestApp, type TestEnvironment } from '@gov/testing';
import { facilitiesAndVehiclesDefinition } from '../src/index.js';

/** 车辆运行费用 in facilities-and-vehicles, against real PostgreSQL and the real bus. */
describe('facilities-and-vehicles: vehicle-costs', () => {
  let environment: TestEnvironment;
  let app: RunningApp;
  let client: Awaited<ReturnType<typeof connectTestClient>>;
  const [U1, U2]: string[] = [randomUUID(), randomUUID()];
  const staff = caller({ roles: ['section_staff'], sectionCode: 'jiguan_shiwu', permissions: [P.vehiclesRead, P.vehiclesManage, P.bookingsRead, P.bookingsManage, P.vehicleCostsRead, P.vehicleCostsManage] });
  const reader = caller({ roles: ['office_leader'], sectionCode: null, permissions: [P.vehicleCostsRead] });
  const liaison = (unitId: string): CallerContext => caller({ roles: ['unit_liaison'], sectionCode: null, unitId, permissions: [P.vehicleCostsOwn, P.bookingsOwn] });
  const call = <T>(subject: string, payload: unknown, who: CallerContext) => client.rpc.call<T>('facilities-and-vehicles', subject, payload, who);
  const subjectsOf = async (id: string) =>
    ((await app.parts.dataSource.query(`SELECT subject FROM "${app.parts.schema}".outbox WHERE envelope->'data'->>'id' = $1 ORDER BY seq`, [id])) as { subject: string }[]).map((r) => r.subject);
  const cars: VehicleView[] = [];
  const cost = (vehicleId: string, extra: Record<string, unknown> = {}) => ({ vehicleId, kind: 'fuel', date: '2026-11-20', amountFen: 42_000, supplier: '中石化博山城区定点加油站', ...extra });

  beforeAll(async () => {
    environment = await createTestEnvironment();
    app = await startTestApp(environment, facilitiesAndVehiclesDefinition);
    client = await connectTestClient(environment);
    for (const [unitId, plate] of [[U1, '鲁C0F001'], [U2, '鲁C0F002']]) {
      await call(VehicleSubjects.setQuota, { unitId, category: 'emergency', quota: 1, effectiveFrom: shanghaiDate(new Date()), source: '博编办〔2026〕5号' }, staff);
      const requested = await call<VehicleView>(
        VehicleSubjects.create,
        { unitId, category: 'emergency', purchaseKind: 'new', model: '红旗 H5', energyType: 'fuel', priceFen: 15_800_000, displacementMl: 1498, mileageKm: 1000, plate, markings: true },
        staff,
      );
      cars.push(await call<VehicleView>(VehicleSubjects.approve, { id: requested.id, expectedVersion: 1, approvalNumber: '博机管〔2026〕1号' }, staff));
    }
  });

  afterAll(async () => {
    await client?.close();
    await app?.stop();
    await environment?.dispose();
  });

  it('entered per vehicle with its unit, listed by month, voided with a reason; each step an event; a wrong vehicle or a future date refused', async () => {
    const created = await call<VehicleCostView>(VehicleCostSubjects.create, cost(cars[0].id, { invoiceNumber: '37001-2026-0088', note: '加油 52 升' }), staff);
    expect(created).toMatchObject({ unitId: U1, plate: '鲁C0F001', kindLabel: '定点加油', date: '2026-11-20', amountFen: 42_000, status: 'recorded', version: 1 });
    expect((await call<ListVehicleCosts.Reply>(VehicleCostSubjects.list, { month: '2026-11', vehicleId: cars[0].id }, reader)).items.map((c) => c.id)).toEqual([created.id]);
    expect((await call<ListVehicleCosts.Reply>(VehicleCostSubjects.list, { month: '2026-10', vehicleId: cars[0].id }, reader)).items).toEqual([]);
    await expect(call(VehicleCostSubjects.void, { id: created.id, expectedVersion: 1, reason: ' ' }, staff)).rejects.toMatchObject({ spec: { code: 'REQUEST.VALIDATION_FAILED' } });
    const voided = await call<VehicleCostView>(VehicleCostSubjects.void, { id: created.id, expectedVersion: 1, reason: '与 11 月 21 日记录重复' }, staff);
    expect(voided).toMatchObject({ status: 'voided', voidReason: '与 11 月 21 日记录重复', version: 2 });
    await expect(call(VehicleCostSubjects.void, { id: created.id, expectedVersion: 2, reason: '再次作废' }, staff)).rejects.toMatchObject({ spec: { code: 'VEHICLE_COST.INVALID_STATE' } });
    expect(await subjectsOf(created.id)).toEqual(['evt.facilities-and-vehicles.vehicle-cost.recorded', 'evt.facilities-and-vehicles.vehicle-cost.voided']);

    await expect(call(VehicleCostSubjects.create, cost(randomUUID()), staff)).rejects.toMatchObject({ spec: { code: 'VEHICLE_COST.VEHICLE_NOT_IN_SERVICE' }, fieldErrors: [expect.objectContaining({ field: 'vehicleId' })] });
    await expect(call(VehicleCostSubjects.create, cost(cars[0].id, { date: '2099-01-01' }), staff)).rejects.toMatchObject({ spec: { code: 'VEHICLE_COST.FUTURE_DATE' } });
    await expect(call(VehicleCostSubjects.create, cost(cars[0].id, { kind: 'parking', amountFen: 0, supplier: '' }), staff)).rejects.toMatchObject({
      spec: { code: 'REQUEST.VALIDATION_FAILED' },
      fieldErrors: expect.arrayContaining([expect.objectContaining({ field: 'kind' }), expect.objectContaining({ field: 'amountFen' }), expect.objectContaining({ field: 'supplier' })]),
    });
  });

  it('the report sums per vehicle, unit and month the recorded entries by kind and the trips’ costs; a liaison sees only their unit', async () => {
    await call(VehicleCostSubjects.create, cost(cars[0].id, { kind: 'maintenance', date: '2026-10-08', amountFen: 35_000, supplier: '博山区公务用车定点维修中心' }), staff);
    await call(VehicleCostSubjects.create, cost(cars[0].id, { kind: 'fuel', date: '2026-10-15', amountFen: 30_000 }), staff);
    await call(VehicleCostSubjects.create, cost(cars[1].id, { kind: 'insurance', date: '2026-10-02', amountFen: 480_000, supplier: '人保财险博山支公司' }), staff);
    const report = await call<VehicleCostReport.Reply>(VehicleCostSubjects.report, { year: 2026 }, reader);
    const october = report.rows.filter((r) => r.month === '2026-10');
    expect(october.find((r) => r.vehicleId === cars[0].id)).toMatchObject({ maintenanceFen: 35_000, fuelFen: 30_000, insuranceFen: 0, tripFen: 0, totalFen: 65_000, unitId: U1, plate: '鲁C0F001' });
    expect(october.find((r) => r.vehicleId === cars[1].id)).toMatchObject({ insuranceFen: 480_000, totalFen: 480_000, unitId: U2 });
    expect(report.units.filter((u) => u.month === '2026-10' && [U1, U2].includes(u.unitId))).toEqual(
      expect.arrayContaining([
        { month: '2026-10', unitId: U1, vehicles: 1, totalFen: 65_000 },
        { month: '2026-10', unitId: U2, vehicles: 1, totalFen: 480_000 },
      ]),
    );
    // The voided November entry counts for nothing.
    expect(report.rows.find((r) => r.month === '2026-11' && r.vehicleId === cars[0].id)).toBeUndefined();

    const mine = await call<VehicleCostReport.Reply>(VehicleCostSubjects.report, { year: 2026, unitId: U2 }, liaison(U1));
    expect(new Set(mine.rows.map((r) => r.unitId))).toEqual(new Set([U1]));
    expect(mine.totalFen).toBe(65_000);
    // The same figures as an .xlsx: the liaison's unit only (its vehicle-month rows, unit subtotals and the year's total).
    const exported = await call<ExportVehicleCostReport.Reply>(VehicleCostSubjects.exportReport, { year: 2026 }, liaison(U1));
    expect(exported).toMatchObject({ filename: '车辆运行费用-2026年.xlsx', rows: mine.rows.length + mine.units.length + 1 });
    expect(Buffer.from(exported.contentBase64, 'base64').subarray(0, 2).toString()).toBe('PK');
    await expect(call(VehicleCostSubjects.exportReport, { year: 1999 }, reader)).rejects.toMatchObject({ spec: { code: 'REQUEST.VALIDATION_FAILED' }, fieldErrors: [expect.objectContaining({ field: 'year' })] });
    const theirs = (await call<ListVehicleCosts.Reply>(VehicleCostSubjects.list, { vehicleId: cars[1].id }, staff)).items[0];
    await expect(call(VehicleCostSubjects.get, { id: theirs.id }, liaison(U1))).rejects.toMatchObject({ spec: { code: 'VEHICLE_COST.NOT_FOUND' } });
    await expect(call(VehicleCostSubjects.create, cost(cars[0].id), liaison(U1))).rejects.toMatchObject({ spec: { code: 'AUTH.FORBIDDEN' } });

    // A trip returned in March 2027 adds its fuel, tolls and parking to that month.
    const driver = await call<DriverView>(BookingSubjects.createDriver, { name: '孙师傅', mobile: '13812340000', licenceClass: 'B2' }, staff);
    const booking = await call<BookingView>(
      BookingSubjects.create,
      { purpose: '赴池上镇督查安全生产', origin: '区政府', destination: '池上镇政府', startsAt: '2027-03-09T08:30:00+08:00', endsAt: '2027-03-09T12:00:00+08:00', passengers: 2, riders: '张三，李四' },
      liaison(U1),
    );
    await call(BookingSubjects.approve, { id: booking.id, expectedVersion: 1 }, staff);
    await call(BookingSubjects.dispatch, { id: booking.id, expectedVersion: 2, vehicleId: cars[0].id, driverId: driver.id }, staff);
    await call(BookingSubjects.complete, { id: booking.id, expectedVersion: 3, mileageStartKm: 1000, mileageEndKm: 1086, fuelCostFen: 6_550, tollFen: 1_500, parkingFen: 500, returnedAt: '2027-03-09T12:10:00+08:00' }, staff);
    const next = await call<VehicleCostReport.Reply>(VehicleCostSubjects.report, { year: 2027 }, reader);
    expect(next.rows).toEqual([expect.objectContaining({ month: '2027-03', vehicleId: cars[0].id, tripFen: 8_550, totalFen: 8_550 })]);
  });
});
