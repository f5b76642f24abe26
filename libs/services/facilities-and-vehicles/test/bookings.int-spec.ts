import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import type { CallerContext } from '@gov/contracts-common';
import { shanghaiDate } from '@gov/calendar';
import {
  BookingSubjects,
  VehicleSubjects,
  FacilitiesAndVehiclesPermissions as P,
  type AvailableForBooking,
  type BookingBoard,
  type BookingView,
  type DriverView,
  type ListBookings,
  type ListDrivers,
  type VehicleView,
} from '@gov/contracts-facilities-and-vehicles';
import type { RunningApp } from '@gov/platform';
import { caller, connectTestClient, createTestEnvironment, startTestApp, type TestEnvironment } from '@gov/testing';
import { facilitiesAndVehiclesDefinition } from '../src/index.js';

/** 公车平台 in facilities-and-vehicles, against real PostgreSQL and the real bus. */
describe('facilities-and-vehicles: bookings', () => {
  let environment: TestEnvironment;
  let app: RunningApp;
  let client: Awaited<ReturnType<typeof connectTestClient>>;
  const [U1, U2] = [randomUUID(), randomUUID()];
  const all = [P.bookingsRead, P.bookingsManage, P.vehiclesRead, P.vehiclesManage];
  const staff = caller({ roles: ['section_staff'], sectionCode: 'jiguan_shiwu', permissions: all });
  const chief = caller({ roles: ['section_chief'], sectionCode: 'jiguan_shiwu', permissions: all });
  const reader = caller({ roles: ['office_leader'], sectionCode: null, permissions: [P.bookingsRead] });
  const liaison = (unitId: string): CallerContext => caller({ roles: ['unit_liaison'], sectionCode: null, unitId, permissions: [P.bookingsOwn] });
  const call = <T>(subject: string, payload: unknown, who: CallerContext) => client.rpc.call<T>('facilities-and-vehicles', subject, payload, who);
  const subjectsOf = async (id: string) =>
    ((await app.parts.dataSource.query(`SELECT subject FROM "${app.parts.schema}".outbox WHERE envelope->'data'->>'id' = $1 ORDER BY seq`, [id])) as { subject: string }[]).map((r) => r.subject);
  const tasksOf = async (id: string) =>
    (
      (await app.parts.dataSource.query(
        `SELECT subject, envelope->'data'->>'kind' AS kind, envelope->'data'->'assignee'->>'id' AS assignee FROM "${app.parts.schema}".outbox WHERE envelope->'data'->'recordRef'->>'id' = $1 ORDER BY seq`,
        [id],
      )) as { subject: string; kind: string; assignee: string | null }[]
    ).map((r) => `${r.subject.split('.').pop()}:${r.kind}${r.assignee ? `:${r.assignee}` : ''}`);
  // A Tuesday (a working day) and a Sunday of 2027.
  const tuesday = (hh: string) => `2027-03-09T${hh}:00+08:00`;
  const sunday = (hh: string) => `2027-03-14T${hh}:00+08:00`;
  const trip = (from: string, to: string, over: Record<string, unknown> = {}) => ({ purpose: '赴池上镇督查安全生产', origin: '区政府', destination: '池上镇政府', startsAt: from, endsAt: to, passengers: 2, riders: '张三，李四', ...over });
  const cars: VehicleView[] = [];
  let drivers: DriverView[] = [];

  beforeAll(async () => {
    environment = await createTestEnvironment();
    app = await startTestApp(environment, facilitiesAndVehiclesDefinition);
    client = await connectTestClient(environment);
    await call(VehicleSubjects.setQuota, { unitId: U1, category: 'emergency', quota: 2, effectiveFrom: shanghaiDate(new Date()), source: '博编办〔2026〕5号' }, staff);
    for (const plate of ['鲁C0B001', '鲁C0B002']) {
      const requested = await call<VehicleView>(
        VehicleSubjects.create,
        { unitId: U1, category: 'emergency', purchaseKind: 'new', model: '红旗 H5', energyType: 'fuel', priceFen: 15_800_000, displacementMl: 1498, mileageKm: 1000, plate, markings: true },
        staff,
      );
      cars.push(await call<VehicleView>(VehicleSubjects.approve, { id: requested.id, expectedVersion: 1, approvalNumber: '博机管〔2026〕1号' }, staff));
    }
    drivers = [await call<DriverView>(BookingSubjects.createDriver, { name: '王师傅', mobile: '13812345678', licenceClass: 'B2' }, staff), await call<DriverView>(BookingSubjects.createDriver, { name: '赵师傅', mobile: '13987654321', licenceClass: 'C1' }, staff)];
  });

  afterAll(async () => {
    await client?.close();
    await app?.stop();
    await environment?.dispose();
  });

  it('drivers: the 手机号 is encrypted at rest and masked in the list', async () => {
    const listed = await call<ListDrivers.Reply>(BookingSubjects.listDrivers, {}, reader);
    expect(listed.items.find((d) => d.name === '王师傅')).toMatchObject({ mobileMasked: '138****5678', licenceClass: 'B2' });
    expect(JSON.stringify(listed)).not.toContain('13812345678');
    const [stored] = (await app.parts.dataSource.query(`SELECT mobile_encrypted FROM "${app.parts.schema}".driver WHERE id = $1`, [drivers[0].id])) as { mobile_encrypted: string }[];
    expect(stored.mobile_encrypted.startsWith('sm4:')).toBe(true);
    expect(stored.mobile_encrypted).not.toContain('13812345678');
  });

  it('a booking is approved, dispatched with a free car and driver (a 派车单 numbered), and completed with its mileage and costs; each step in the timeline, the outbox and 待办', async () => {
    const booking = await call<BookingView>(BookingSubjects.create, trip(tuesday('08:30'), tuesday('12:00')), liaison(U1));
    expect(booking).toMatchObject({ unitId: U1, status: 'requested', restDayUse: false, version: 1 });
    await expect(call(BookingSubjects.approve, { id: booking.id, expectedVersion: 1 }, liaison(U1))).rejects.toMatchObject({ spec: { code: 'AUTH.FORBIDDEN' } });
    const approved = await call<BookingView>(BookingSubjects.approve, { id: booking.id, expectedVersion: 1 }, staff);
    expect(approved).toMatchObject({ status: 'approved', approvedBy: staff.username, version: 2 });
    const free = await call<AvailableForBooking.Reply>(BookingSubjects.available, { id: booking.id }, staff);
    expect(free.vehicles.map((v) => v.id).sort()).toEqual(cars.map((c) => c.id).sort());
    expect(free.drivers.map((d) => d.id).sort()).toEqual(drivers.map((d) => d.id).sort());
    const dispatched = await call<BookingView>(BookingSubjects.dispatch, { id: booking.id, expectedVersion: 2, vehicleId: cars[0].id, driverId: drivers[0].id }, staff);
    expect(dispatched).toMatchObject({ status: 'dispatched', vehiclePlate: '鲁C0B001', driverName: '王师傅', dispatchNumber: expect.stringMatching(/^派车〔\d{4}〕\d{4}号$/) });
    await expect(
      call(BookingSubjects.complete, { id: booking.id, expectedVersion: 3, mileageStartKm: 1000, mileageEndKm: 990, fuelCostFen: 0, tollFen: 0, parkingFen: 0, returnedAt: tuesday('12:10') }, staff),
    ).rejects.toMatchObject({ spec: { code: 'BOOKING.BAD_MILEAGE' } });
    const completed = await call<BookingView>(
      BookingSubjects.complete,
      { id: booking.id, expectedVersion: 3, mileageStartKm: 1000, mileageEndKm: 1086, fuelCostFen: 6_550, tollFen: 1_500, parkingFen: 500, returnedAt: tuesday('12:10') },
      staff,
    );
    expect(completed).toMatchObject({ status: 'completed', distanceKm: 86, fuelCostFen: 6_550, version: 4 });
    expect(completed.timeline.map((t) => t.step)).toEqual(['create', 'approve', 'dispatch', 'complete']);
    expect(await call<VehicleView>(VehicleSubjects.get, { id: cars[0].id }, staff)).toMatchObject({ mileageKm: 1086 });
    expect(await subjectsOf(booking.id)).toEqual([
      'evt.facilities-and-vehicles.booking.created',
      'evt.facilities-and-vehicles.booking.approved',
      'evt.facilities-and-vehicles.booking.dispatched',
      'evt.facilities-and-vehicles.booking.completed',
    ]);
    expect(await tasksOf(booking.id)).toEqual([
      'opened:car_booking_approval:section_staff',
      'closed:car_booking_approval',
      'opened:car_dispatch:section_staff',
      'closed:car_dispatch',
      'opened:car_return:section_staff',
      'closed:car_return',
    ]);
  });

  it('a car or a driver cannot be double-booked for an overlapping time; the free ones are suggested; back-to-back trips are fine', async () => {
    const first = await call<BookingView>(BookingSubjects.create, trip(tuesday('14:00'), tuesday('17:00')), liaison(U1));
    await call(BookingSubjects.approve, { id: first.id, expectedVersion: 1 }, staff);
    await call(BookingSubjects.dispatch, { id: first.id, expectedVersion: 2, vehicleId: cars[1].id, driverId: drivers[1].id }, staff);
    const second = await call<BookingView>(BookingSubjects.create, trip(tuesday('16:00'), tuesday('18:00'), { destination: '域城镇政府' }), liaison(U1));
    await call(BookingSubjects.approve, { id: second.id, expectedVersion: 1 }, staff);
    await expect(call(BookingSubjects.dispatch, { id: second.id, expectedVersion: 2, vehicleId: cars[1].id, driverId: drivers[0].id }, staff)).rejects.toMatchObject({
      spec: { code: 'BOOKING.VEHICLE_BUSY' },
      message: expect.stringContaining('鲁C0B002'),
    });
    await expect(call(BookingSubjects.dispatch, { id: second.id, expectedVersion: 2, vehicleId: cars[0].id, driverId: drivers[1].id }, staff)).rejects.toMatchObject({
      spec: { code: 'BOOKING.DRIVER_BUSY' },
      message: expect.stringContaining('赵师傅'),
    });
    const free = await call<AvailableForBooking.Reply>(BookingSubjects.available, { id: second.id }, staff);
    expect({ vehicles: free.vehicles.map((v) => v.id), drivers: free.drivers.map((d) => d.id) }).toEqual({ vehicles: [cars[0].id], drivers: [drivers[0].id] });
    const third = await call<BookingView>(BookingSubjects.create, trip(tuesday('17:00'), tuesday('19:00')), liaison(U1));
    await call(BookingSubjects.approve, { id: third.id, expectedVersion: 1 }, staff);
    expect(await call<BookingView>(BookingSubjects.dispatch, { id: third.id, expectedVersion: 2, vehicleId: cars[1].id, driverId: drivers[1].id }, staff)).toMatchObject({ status: 'dispatched' });
    const board = await call<BookingBoard.Reply>(BookingSubjects.board, { from: tuesday('00:00'), to: `2027-03-10T00:00:00+08:00` }, staff);
    expect(board.trips.filter((t) => t.vehicleId === cars[1].id).map((t) => t.bookingId)).toEqual([first.id, third.id]);
  });

  it('a trip on a rest day of the calendar needs the section chief’s extra approval with a reason', async () => {
    const weekend = await call<BookingView>(BookingSubjects.create, trip(sunday('08:00'), sunday('18:00'), { purpose: '防汛应急值守' }), liaison(U1));
    expect(weekend).toMatchObject({ restDayUse: true, restDayExplanation: [expect.stringContaining('2027-03-14')] });
    expect(await tasksOf(weekend.id)).toEqual(['opened:car_booking_approval:section_chief']);
    await expect(call(BookingSubjects.approve, { id: weekend.id, expectedVersion: 1, note: '同意' }, staff)).rejects.toMatchObject({ spec: { code: 'BOOKING.REST_DAY_APPROVAL' }, message: expect.stringContaining('科长加签') });
    await expect(call(BookingSubjects.approve, { id: weekend.id, expectedVersion: 1 }, chief)).rejects.toMatchObject({ spec: { code: 'BOOKING.REST_DAY_APPROVAL' } });
    expect(await call<BookingView>(BookingSubjects.approve, { id: weekend.id, expectedVersion: 1, note: '防汛应急，同意' }, chief)).toMatchObject({ status: 'approved', approvalNote: '防汛应急，同意' });
  });

  it("a liaison sees only their own unit's bookings and withdraws them with a reason; bad input is refused in Chinese", async () => {
    const theirs = await call<BookingView>(BookingSubjects.create, trip(tuesday('09:00'), tuesday('10:00')), liaison(U2));
    await expect(call(BookingSubjects.get, { id: theirs.id }, liaison(U1))).rejects.toMatchObject({ spec: { code: 'BOOKING.NOT_FOUND' } });
    expect((await call<ListBookings.Reply>(BookingSubjects.list, {}, liaison(U2))).items.map((b) => b.id)).toEqual([theirs.id]);
    await expect(call(BookingSubjects.withdraw, { id: theirs.id, expectedVersion: 1, reason: ' ' }, liaison(U2))).rejects.toMatchObject({ spec: { code: 'REQUEST.VALIDATION_FAILED' } });
    expect(await call<BookingView>(BookingSubjects.withdraw, { id: theirs.id, expectedVersion: 1, reason: '会议改期' }, liaison(U2))).toMatchObject({ status: 'withdrawn', reason: '会议改期' });
    await expect(call(BookingSubjects.create, trip(tuesday('10:00'), tuesday('09:00')), liaison(U2))).rejects.toMatchObject({ spec: { code: 'BOOKING.BAD_TIMES' } });
    await expect(call(BookingSubjects.create, { ...trip(tuesday('09:00'), tuesday('10:00')), passengers: 0, startsAt: '明天' }, liaison(U2))).rejects.toMatchObject({
      spec: { code: 'REQUEST.VALIDATION_FAILED' },
      fieldErrors: expect.arrayContaining([expect.objectContaining({ field: 'passengers' }), expect.objectContaining({ field: 'startsAt' })]),
    });
    await expect(call(BookingSubjects.create, trip(tuesday('09:00'), tuesday('10:00')), reader)).rejects.toMatchObject({ spec: { code: 'AUTH.FORBIDDEN' } });
  });
});
