import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import type { CallerContext } from '@gov/contracts-common';
import { shanghaiDate } from '@gov/calendar';
import { VehicleSubjects, FacilitiesAndVehiclesPermissions as P, type ExportVehicleRegister, type ListVehicleCaps, type ListVehicleQuotas, type ListVehicles, type VehicleView } from '@gov/contracts-facilities-and-vehicles';
import type { RunningApp } from '@gov/platform';
import { caller, connectTestClient, createTestEnvironment, startTestApp, type TestEnvironment } from '@gov/testing';
import { facilitiesAndVehiclesDefinition } from '../src/index.js';

/** 公务用车台账 in facilities-and-vehicles, against real PostgreSQL and the real bus. */
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
  const taskSubjectsOf = async (id: string) =>
    (
      (await app.parts.dataSource.query(`SELECT subject FROM "${app.parts.schema}".outbox WHERE envelope->'data'->'recordRef'->>'id' = $1 ORDER BY seq`, [id])) as { subject: string }[]
    ).map((r) => r.subject);
  const purchase = (over: Record<string, unknown> = {}) => ({
    category: 'emergency',
    purchaseKind: 'new',
    model: '红旗 H5',
    energyType: 'fuel',
    priceFen: 15_800_000,
    displacementMl: 1498,
    mileageKm: 0,
    markings: true,
    ...over,
  });
  const today = shanghaiDate(new Date());

  beforeAll(async () => {
    environment = await createTestEnvironment();
    app = await startTestApp(environment, facilitiesAndVehiclesDefinition);
    client = await connectTestClient(environment);
    await call(VehicleSubjects.setQuota, { unitId: U1, category: 'emergency', quota: 2, effectiveFrom: today, source: '博编办〔2026〕5号' }, office);
    await call(VehicleSubjects.setQuota, { unitId: U2, category: 'emergency', quota: 1, effectiveFrom: today, source: '博编办〔2026〕5号' }, office);
  });

  afterAll(async () => {
    await client?.close();
    await app?.stop();
    await environment?.dispose();
  });

  it('the caps of 中办发〔2017〕71号 are seeded as versioned configuration with their source', async () => {
    const caps = await call<ListVehicleCaps.Reply>(VehicleSubjects.listCaps, {}, reader);
    expect(caps.effective.find((c) => c.category === 'confidential_comm')).toMatchObject({ priceCapFen: 12_000_000, displacementCapMl: 1600, effectiveFrom: '2017-12-05', source: expect.stringContaining('中办发〔2017〕71号') });
    expect(caps.effective.find((c) => c.category === 'emergency')).toMatchObject({ priceCapFen: 18_000_000, displacementCapMl: 1800 });
    await expect(call(VehicleSubjects.setCap, { category: 'emergency', priceCapFen: 1, displacementCapMl: 1, effectiveFrom: '2020-01-01', source: '倒签' }, office)).rejects.toMatchObject({
      spec: { code: 'VEHICLE.RETROACTIVE_RULE' },
    });
    await expect(call(VehicleSubjects.setCap, { category: 'emergency', priceCapFen: 1, displacementCapMl: 1, effectiveFrom: today, source: '联络员' }, liaison(U1))).rejects.toMatchObject({ spec: { code: 'AUTH.FORBIDDEN' } });
  });

  it('a purchase is requested, approved into the register with the versions it was decided under, updated, disposed; each step in the timeline, the outbox and 待办', async () => {
    const requested = await call<VehicleView>(VehicleSubjects.create, purchase(), liaison(U1));
    expect(requested).toMatchObject({ unitId: U1, status: 'requested', statusLabel: '购置申请', version: 1, categoryLabel: '应急保障用车' });
    await expect(call(VehicleSubjects.approve, { id: requested.id, expectedVersion: 1, approvalNumber: '越权' }, liaison(U1))).rejects.toMatchObject({ spec: { code: 'AUTH.FORBIDDEN' } });
    const approved = await call<VehicleView>(VehicleSubjects.approve, { id: requested.id, expectedVersion: 1, approvalNumber: '博机管〔2026〕1号' }, office);
    expect(approved).toMatchObject({ status: 'in_service', version: 2, approvalNumber: '博机管〔2026〕1号' });
    expect(approved.capRule).toContain('中办发〔2017〕71号');
    expect(approved.quotaRule).toContain('博编办〔2026〕5号');
    const updated = await call<VehicleView>(VehicleSubjects.update, { id: requested.id, expectedVersion: 2, plate: '鲁C0A001', mileageKm: 1200, insuranceExpiry: '2027-06-30', markings: true }, liaison(U1));
    expect(updated).toMatchObject({ plate: '鲁C0A001', mileageKm: 1200, insuranceExpiry: '2027-06-30', version: 3 });
    await expect(call(VehicleSubjects.update, { id: requested.id, expectedVersion: 2, mileageKm: 1, markings: true }, office)).rejects.toMatchObject({ spec: { code: 'VEHICLE.VERSION_CONFLICT' } });
    await expect(call(VehicleSubjects.withdraw, { id: requested.id, expectedVersion: 3, reason: '不买了' }, office)).rejects.toMatchObject({ spec: { code: 'VEHICLE.INVALID_STATE' } });
    await expect(call(VehicleSubjects.dispose, { id: requested.id, expectedVersion: 3, method: 'auction', approvalNumber: '博机管〔2026〕9号', reason: ' ' }, office)).rejects.toMatchObject({
      spec: { code: 'REQUEST.VALIDATION_FAILED' },
    });
    const disposed = await call<VehicleView>(VehicleSubjects.dispose, { id: requested.id, expectedVersion: 3, method: 'auction', approvalNumber: '博机管〔2026〕9号', reason: '车况差，公开拍卖' }, office);
    expect(disposed).toMatchObject({ status: 'disposed', disposalMethod: 'auction', reason: '车况差，公开拍卖', version: 4 });
    expect(disposed.timeline.map((t) => t.step)).toEqual(['create', 'approve', 'update', 'dispose']);
    expect(await subjectsOf(requested.id)).toEqual([
      'evt.facilities-and-vehicles.vehicle.created',
      'evt.facilities-and-vehicles.vehicle.approved',
      'evt.facilities-and-vehicles.vehicle.updated',
      'evt.facilities-and-vehicles.vehicle.disposed',
    ]);
    expect(await taskSubjectsOf(requested.id)).toEqual(['evt.facilities-and-vehicles.task.opened', 'evt.facilities-and-vehicles.task.closed']);
  });

  it('a purchase beyond the unit’s 编制 or over the category’s caps is refused with the rule cited; a renewal replaces the vehicle it renews', async () => {
    await expect(call(VehicleSubjects.create, purchase({ category: 'confidential_comm', priceFen: 11_000_000 }), liaison(U2))).rejects.toMatchObject({ spec: { code: 'VEHICLE.NO_QUOTA' }, message: expect.stringContaining('未核定编制') });
    await expect(call(VehicleSubjects.create, purchase({ priceFen: 19_000_000 }), liaison(U2))).rejects.toMatchObject({
      spec: { code: 'VEHICLE.OVER_CAP' },
      message: expect.stringContaining('中办发〔2017〕71号'),
    });
    await expect(call(VehicleSubjects.create, purchase({ displacementMl: 1998 }), liaison(U2))).rejects.toMatchObject({ spec: { code: 'VEHICLE.OVER_CAP' }, message: expect.stringContaining('排气量') });
    const first = await call<VehicleView>(VehicleSubjects.create, purchase({ model: '比亚迪 汉', energyType: 'electric', displacementMl: null, priceFen: 17_900_000 }), liaison(U2));
    await expect(call(VehicleSubjects.create, purchase(), liaison(U2))).rejects.toMatchObject({ spec: { code: 'VEHICLE.OVER_QUOTA' }, message: expect.stringContaining('编制 1 辆') });
    const inService = await call<VehicleView>(VehicleSubjects.approve, { id: first.id, expectedVersion: 1, approvalNumber: '博机管〔2026〕2号' }, office);
    const renewal = await call<VehicleView>(VehicleSubjects.create, purchase({ purchaseKind: 'renewal', replacesVehicleId: inService.id }), liaison(U2));
    await call(VehicleSubjects.approve, { id: renewal.id, expectedVersion: 1, approvalNumber: '博机管〔2026〕3号' }, office);
    expect(await call<VehicleView>(VehicleSubjects.get, { id: first.id }, office)).toMatchObject({ status: 'disposed', disposalApprovalNumber: '博机管〔2026〕3号', reason: expect.stringContaining('更新替换') });
    const quotas = await call<ListVehicleQuotas.Reply>(VehicleSubjects.listQuotas, {}, liaison(U2));
    expect(quotas.effective).toEqual([expect.objectContaining({ unitId: U2, category: 'emergency', quota: 1, used: 1 })]);
  });

  it("a liaison sees only their own unit's vehicles; a reader cannot change; the register exports as .xlsx; bad input is refused in Chinese", async () => {
    const theirs = await call<ListVehicles.Reply>(VehicleSubjects.list, {}, liaison(U2));
    expect(theirs.items.every((v) => v.unitId === U2)).toBe(true);
    const mine = await call<ListVehicles.Reply>(VehicleSubjects.list, {}, liaison(U1));
    expect(mine.items.length).toBeGreaterThan(0);
    expect(mine.items.every((v) => v.unitId === U1)).toBe(true);
    await expect(call(VehicleSubjects.get, { id: theirs.items[0].id }, liaison(U1))).rejects.toMatchObject({ spec: { code: 'VEHICLE.NOT_FOUND' } });
    await expect(call(VehicleSubjects.create, { ...purchase(), unitId: U1 }, reader)).rejects.toMatchObject({ spec: { code: 'AUTH.FORBIDDEN' } });
    await expect(call(VehicleSubjects.create, { ...purchase(), unitId: U1 }, liaison(U2))).rejects.toMatchObject({ spec: { code: 'AUTH.FORBIDDEN' } });
    const exported = await call<ExportVehicleRegister.Reply>(VehicleSubjects.exportRegister, {}, liaison(U2));
    expect(exported).toMatchObject({ mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', rows: theirs.total });
    expect(Buffer.from(exported.contentBase64, 'base64').subarray(0, 2).toString()).toBe('PK');
    await expect(call(VehicleSubjects.create, { ...purchase(), category: 'limousine', priceFen: 1.5, plate: 'ABC' }, office)).rejects.toMatchObject({
      spec: { code: 'REQUEST.VALIDATION_FAILED' },
      fieldErrors: expect.arrayContaining([expect.objectContaining({ field: 'category' }), expect.objectContaining({ field: 'priceFen' }), expect.objectContaining({ field: 'plate' })]),
    });
    await expect(call(VehicleSubjects.create, purchase(), office)).rejects.toMatchObject({ spec: { code: 'VEHICLE.UNIT_REQUIRED' } });
  });
});
