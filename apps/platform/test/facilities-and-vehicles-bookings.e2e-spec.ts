import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { shanghaiDate } from '@gov/calendar';
import { createUserForTest, signIn } from '@gov/service-gateway';
import { createTestEnvironment, type TestEnvironment } from '@gov/testing';
import request from 'supertest';
import { launchPlatform, type RunningPlatform } from '../src/launch.js';

/** 公车平台 of facilities-and-vehicles through the gateway: booking → approval → dispatch → return, no double booking, a liaison seeing only their unit. */
describe('facilities-and-vehicles bookings end to end', () => {
  let environment: TestEnvironment;
  let platform: RunningPlatform;
  let http: ReturnType<typeof request>;
  const tokens = { office: '', liaisonA: '', liaisonB: '' };
  const unitA = randomUUID();
  const base = '/api/facilities-and-vehicles';
  const path = `${base}/bookings`;
  const bearer = (token: string) => `Bearer ${token}`;
  const trip = (from: string, to: string) => ({ purpose: '赴山头街道调研', origin: '区政府', destination: '山头街道办事处', startsAt: from, endsAt: to, passengers: 3, riders: '王五，赵六，钱七' });
  let carId = '';
  let driverId = '';

  const post = (url: string, token: string, body: object) => http.post(url).set('authorization', bearer(token)).set('idempotency-key', randomUUID()).send(body);
  const change = (url: string, token: string, etag: string, body: object) => http.post(url).set('authorization', bearer(token)).set('if-match', etag).send(body);

  beforeAll(async () => {
    environment = await createTestEnvironment();
    platform = await launchPlatform({ env: environment.env, bus: environment.bus, port: 0, host: '127.0.0.1' });
    http = request(platform.gateway.url);
    const office = await createUserForTest(platform.gateway, { roles: ['section_staff'], sectionCode: 'jiguan_shiwu' });
    tokens.office = await signIn(http, office.username, office.password);
    const liaisonA = await createUserForTest(platform.gateway, { roles: ['unit_liaison'], unitId: unitA, sectionCode: null });
    tokens.liaisonA = await signIn(http, liaisonA.username, liaisonA.password);
    const liaisonB = await createUserForTest(platform.gateway, { roles: ['unit_liaison'], unitId: randomUUID(), sectionCode: null });
    tokens.liaisonB = await signIn(http, liaisonB.username, liaisonB.password);
    expect((await post(`${base}/vehicle-quotas`, tokens.office, { unitId: unitA, category: 'other', quota: 1, effectiveFrom: shanghaiDate(new Date()), source: '博编办〔2026〕5号' })).status).toBe(201);
    const car = await post(`${base}/vehicles`, tokens.office, { unitId: unitA, category: 'other', purchaseKind: 'new', model: '比亚迪 汉', energyType: 'electric', priceFen: 17_000_000, mileageKm: 0, plate: '鲁C0D001', markings: true });
    expect(car.status).toBe(201);
    const approved = await change(`${base}/vehicles/${car.body.id}/approve`, tokens.office, car.headers.etag, { approvalNumber: '博机管〔2026〕8号' });
    expect(approved.status).toBe(200);
    carId = car.body.id;
    const driver = await post(`${base}/drivers`, tokens.office, { name: '孙师傅', mobile: '13700001111', licenceClass: 'C1' });
    expect({ status: driver.status, mobile: driver.body.mobileMasked }).toEqual({ status: 201, mobile: '137****1111' });
    driverId = driver.body.id;
  });

  afterAll(async () => {
    await platform?.stop();
    await environment?.dispose();
  });

  it('a booking is approved, dispatched and returned with its mileage; a second booking of the same car for an overlapping time is refused (409)', async () => {
    const booked = await post(path, tokens.liaisonA, trip('2027-03-09T08:00:00+08:00', '2027-03-09T12:00:00+08:00'));
    expect({ status: booked.status, body: booked.body }).toMatchObject({ status: 201, body: { status: 'requested', unitId: unitA } });
    const approved = await change(`${path}/${booked.body.id}/approve`, tokens.office, booked.headers.etag, {});
    expect(approved.status).toBe(200);
    const free = await http.get(`${path}/${booked.body.id}/available`).set('authorization', bearer(tokens.office));
    expect(free.body.vehicles.map((v: { id: string }) => v.id)).toContain(carId);
    const dispatched = await change(`${path}/${booked.body.id}/dispatch`, tokens.office, approved.headers.etag, { vehicleId: carId, driverId });
    expect({ status: dispatched.status, body: dispatched.body }).toMatchObject({ status: 200, body: { status: 'dispatched', vehiclePlate: '鲁C0D001', driverName: '孙师傅' } });

    const second = await post(path, tokens.liaisonA, trip('2027-03-09T11:00:00+08:00', '2027-03-09T15:00:00+08:00'));
    const secondApproved = await change(`${path}/${second.body.id}/approve`, tokens.office, second.headers.etag, {});
    const clash = await change(`${path}/${second.body.id}/dispatch`, tokens.office, secondApproved.headers.etag, { vehicleId: carId, driverId });
    expect({ status: clash.status, code: clash.body.code }).toEqual({ status: 409, code: 'BOOKING.VEHICLE_BUSY' });
    expect(clash.headers['content-type']).toContain('application/problem+json');

    const stale = await change(`${path}/${booked.body.id}/complete`, tokens.office, approved.headers.etag, { mileageStartKm: 0, mileageEndKm: 42, fuelCostFen: 0, tollFen: 0, parkingFen: 1000, returnedAt: '2027-03-09T11:50:00+08:00' });
    expect(stale.status).toBe(412);
    const returned = await change(`${path}/${booked.body.id}/complete`, tokens.office, dispatched.headers.etag, { mileageStartKm: 0, mileageEndKm: 42, fuelCostFen: 0, tollFen: 0, parkingFen: 1000, returnedAt: '2027-03-09T11:50:00+08:00' });
    expect({ status: returned.status, body: returned.body }).toMatchObject({ status: 200, body: { status: 'completed', distanceKm: 42, parkingFen: 1000 } });
    const car = await http.get(`${base}/vehicles/${carId}`).set('authorization', bearer(tokens.office));
    expect(car.body.mileageKm).toBe(42);
    const board = await http.get(`${base}/dispatch-board`).query({ from: '2027-03-09T00:00:00+08:00', to: '2027-03-10T00:00:00+08:00' }).set('authorization', bearer(tokens.office));
    expect(board.body.trips.map((t: { bookingId: string }) => t.bookingId)).toEqual([booked.body.id]);
  });

  it("a liaison sees only their own unit's bookings (another unit's is 404) and cannot dispatch", async () => {
    const booked = await post(path, tokens.liaisonA, trip('2027-03-10T08:00:00+08:00', '2027-03-10T09:00:00+08:00'));
    expect((await http.get(`${path}/${booked.body.id}`).set('authorization', bearer(tokens.liaisonB))).status).toBe(404);
    expect((await http.get(path).set('authorization', bearer(tokens.liaisonB))).body.items).toEqual([]);
    expect((await change(`${path}/${booked.body.id}/approve`, tokens.liaisonA, booked.headers.etag, {})).status).toBe(403);
    expect((await http.get(`${base}/drivers`).set('authorization', bearer(tokens.liaisonA))).status).toBe(403);
    const bad = await post(path, tokens.liaisonA, { ...trip('2027-03-10T08:00:00+08:00', '2027-03-10T09:00:00+08:00'), passengers: 0 });
    expect({ status: bad.status, type: bad.headers['content-type'] }).toEqual({ status: 400, type: expect.stringContaining('application/problem+json') });
  });
});
