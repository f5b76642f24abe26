import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { shanghaiDate } from '@gov/calendar';
import type { CallerContext } from '@gov/contracts-common';
import {
  BookingSubjects,
  VehicleCostSubjects,
  VehicleStatisticsSubjects,
  VehicleSubjects,
  FacilitiesAndVehiclesPermissions as P,
  type BookingView,
  type DriverView,
  type ExportVehicleStatistics,
  type VehicleCostView,
  type VehicleStatistics,
  type VehicleView,
} from '@gov/contracts-facilities-and-vehicles';
import type { RunningApp } from '@gov/platform';
import { caller, connectTestClient, createTestEnvironment, startTestApp, type TestEnvironment } from '@gov/testing';
import { facilitiesAndVehiclesDefinition } from '../src/index.js';

/** 公务用车年度统计 in facilities-and-vehicles: computed from the register, the trips and the costs, on real PostgreSQL and the real bus. */
describe('facilities-and-vehicles: vehicle-statistics', () => {
  let environment: TestEnvironment;
  let app: RunningApp;
  let client: Awaited<ReturnType<typeof connectTestClient>>;
  const [U1, U2]: string[] = [randomUUID(), randomUUID()];
  const staff = caller({ roles: ['section_staff'], sectionCode: 'jiguan_shiwu', permissions: [P.vehiclesRead, P.vehiclesManage, P.bookingsRead, P.bookingsManage, P.vehicleCostsRead, P.vehicleCostsManage] });
  const reader = caller({ roles: ['office_leader'], sectionCode: null, permissions: [P.vehiclesRead] });
  const liaison = (unitId: string): CallerContext => caller({ roles: ['unit_liaison'], sectionCode: null, unitId, permissions: [P.vehiclesOwn, P.bookingsOwn] });
  const call = <T>(subject: string, payload: unknown, who: CallerContext) => client.rpc.call<T>('facilities-and-vehicles', subject, payload, who);
  const today = shanghaiDate(new Date());
  const year = Number(today.slice(0, 4));
  const car = { category: 'emergency', model: '红旗 H5', energyType: 'fuel', priceFen: 15_800_000, displacementMl: 1498, mileageKm: 1000, markings: true };

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

  it('per unit and category: quota, held at the year end, renewals, additions, disposals, mileage, dispatches and the running costs; a liaison gets their unit', async () => {
    await call(VehicleSubjects.setQuota, { unitId: U1, category: 'emergency', quota: 2, effectiveFrom: today, source: '博编办〔2026〕5号' }, staff);
    await call(VehicleSubjects.setQuota, { unitId: U2, category: 'law_enforcement', quota: 1, effectiveFrom: today, source: '博编办〔2026〕6号' }, staff);
    const first = await call<VehicleView>(VehicleSubjects.create, { ...car, unitId: U1, purchaseKind: 'new', plate: '鲁C0S001' }, staff);
    const old = await call<VehicleView>(VehicleSubjects.approve, { id: first.id, expectedVersion: 1, approvalNumber: '博机管〔2026〕11号' }, staff);
    await call<VehicleCostView>(VehicleCostSubjects.create, { vehicleId: old.id, kind: 'fuel', date: `${year}-01-15`, amountFen: 10_000, supplier: '中石化博山城区定点加油站' }, staff);
    const renewal = await call<VehicleView>(VehicleSubjects.create, { ...car, unitId: U1, purchaseKind: 'renewal', replacesVehicleId: old.id, plate: '鲁C0S002' }, staff);
    const current = await call<VehicleView>(VehicleSubjects.approve, { id: renewal.id, expectedVersion: 1, approvalNumber: '博机管〔2026〕12号' }, staff);
    await call<VehicleCostView>(VehicleCostSubjects.create, { vehicleId: current.id, kind: 'maintenance', date: `${year}-01-20`, amountFen: 20_000, supplier: '博山区公务用车定点维修中心' }, staff);
    const wrong = await call<VehicleCostView>(VehicleCostSubjects.create, { vehicleId: current.id, kind: 'insurance', date: `${year}-01-21`, amountFen: 5_000, supplier: '人保财险博山支公司' }, staff);
    await call(VehicleCostSubjects.void, { id: wrong.id, expectedVersion: 1, reason: '重复录入' }, staff);

    const driver = await call<DriverView>(BookingSubjects.createDriver, { name: '孙师傅', mobile: '13812340001', licenceClass: 'B2' }, staff);
    const booking = await call<BookingView>(
      BookingSubjects.create,
      { purpose: '赴池上镇检查办公用房', origin: '区政府', destination: '池上镇政府', startsAt: `${year}-12-28T08:30:00+08:00`, endsAt: `${year}-12-28T12:00:00+08:00`, passengers: 2, riders: '张三，李四' },
      liaison(U1),
    );
    await call(BookingSubjects.approve, { id: booking.id, expectedVersion: 1, note: '同意' }, staff);
    await call(BookingSubjects.dispatch, { id: booking.id, expectedVersion: 2, vehicleId: current.id, driverId: driver.id }, staff);
    await call(BookingSubjects.complete, { id: booking.id, expectedVersion: 3, mileageStartKm: 1000, mileageEndKm: 1120, fuelCostFen: 3_000, tollFen: 1_000, parkingFen: 500, returnedAt: `${year}-12-28T12:10:00+08:00` }, staff);

    const report = await call<VehicleStatistics.Reply>(VehicleStatisticsSubjects.report, { year }, reader);
    const rows = report.rows.filter((r) => [U1, U2].includes(r.unitId));
    expect(rows).toEqual([
      ...[
        { unitId: U1, category: 'emergency', quota: 2, held: 1, renewals: 1, additions: 1, disposals: 1, mileageKm: 120, dispatches: 1, fuelFen: 13_000, maintenanceFen: 20_000, insuranceFen: 0, otherFen: 1_500, totalFen: 34_500 },
        { unitId: U2, category: 'law_enforcement', quota: 1, held: 0, renewals: 0, additions: 0, disposals: 0, mileageKm: 0, dispatches: 0, fuelFen: 0, maintenanceFen: 0, insuranceFen: 0, otherFen: 0, totalFen: 0 },
      ].sort((a, b) => a.unitId.localeCompare(b.unitId)),
    ]);
    // The year before: nothing (not even the quotas, in force from today).
    expect((await call<VehicleStatistics.Reply>(VehicleStatisticsSubjects.report, { year: year - 1, unitId: U1 }, reader)).rows).toEqual([]);

    const mine = await call<VehicleStatistics.Reply>(VehicleStatisticsSubjects.report, { year, unitId: U2 }, liaison(U1));
    expect(mine.rows.map((r) => r.unitId)).toEqual([U1]);
    expect(mine.total).toMatchObject({ held: 1, totalFen: 34_500 });
    const exported = await call<ExportVehicleStatistics.Reply>(VehicleStatisticsSubjects.export, { year }, liaison(U1));
    expect(exported).toMatchObject({ filename: `公务用车年度统计-${year}年.xlsx`, rows: 2 });
    expect(Buffer.from(exported.contentBase64, 'base64').subarray(0, 2).toString()).toBe('PK');
    await expect(call(VehicleStatisticsSubjects.report, { year: 1999 }, reader)).rejects.toMatchObject({ spec: { code: 'REQUEST.VALIDATION_FAILED' }, fieldErrors: [expect.objectContaining({ field: 'year' })] });
    await expect(call(VehicleStatisticsSubjects.report, { year }, caller({ roles: ['section_staff'], sectionCode: 'xinxi', permissions: [] }))).rejects.toMatchObject({ spec: { code: 'AUTH.FORBIDDEN' } });
  });
});
