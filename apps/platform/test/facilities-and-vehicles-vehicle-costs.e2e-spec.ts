import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { createUserForTest, signIn } from '@gov/service-gateway';
import { createTestEnvironment, type TestEnvironment } from '@gov/testing';
import request from 'supertest';
import { launchPlatform, type RunningPlatform } from '../src/launch.js';

/** 车辆运行费用 of facilities-and-vehicles through the gateway: an entry with Idempotency-Key, voided with If-Match, the yearly report per vehicle, unit and month. */
describe('facilities-and-vehicles vehicle costs end to end', () => {
  let environment: TestEnvironment;
  let platform: RunningPlatform;
  let http: ReturnType<typeof request>;
  const tokens = { office: '', liaison: '' };
  const bearer = (token: string) => `Bearer ${token}`;
  const base = '/api/facilities-and-vehicles';
  const unitId = randomUUID();

  beforeAll(async () => {
    environment = await createTestEnvironment({ RATE_LIMIT_SIGN_IN_PER_MINUTE: '1000' });
    platform = await launchPlatform({ env: environment.env, bus: environment.bus, port: 0, host: '127.0.0.1' });
    http = request(platform.gateway.url);
    const office = await createUserForTest(platform.gateway, { roles: ['section_staff'], sectionCode: 'jiguan_shiwu' });
    const liaison = await createUserForTest(platform.gateway, { roles: ['unit_liaison'], unitId: randomUUID(), sectionCode: null });
    tokens.office = await signIn(http, office.username, office.password, office.totpSecret);
    tokens.liaison = await signIn(http, liaison.username, liaison.password, liaison.totpSecret);
  });

  afterAll(async () => {
    await platform?.stop();
    await environment?.dispose();
  });

  it('records a bill for a car in service, reports it in its month, voids it with If-Match; a liaison cannot record', async () => {
    const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
    const quota = await http.post(`${base}/vehicle-quotas`).set('authorization', bearer(tokens.office)).set('idempotency-key', randomUUID()).send({ unitId, category: 'emergency', quota: 1, effectiveFrom: today, source: '博编办〔2026〕5号' });
    expect(quota.status).toBe(201);
    const car = await http.post(`${base}/vehicles`).set('authorization', bearer(tokens.office)).set('idempotency-key', randomUUID()).send({ unitId, category: 'emergency', purchaseKind: 'new', model: '红旗 H5', energyType: 'fuel', priceFen: 15_800_000, displacementMl: 1498, mileageKm: 0, plate: '鲁C0E901', markings: true });
    const approved = await http.post(`${base}/vehicles/${car.body.id}/approve`).set('authorization', bearer(tokens.office)).set('if-match', car.headers.etag).send({ approvalNumber: '博机管〔2026〕9号' });
    expect(approved.body.status).toBe('in_service');

    const body = { vehicleId: car.body.id, kind: 'maintenance', date: today, amountFen: 35_000, supplier: '博山区公务用车定点维修中心', note: '更换刹车片' };
    const key = randomUUID();
    const created = await http.post(`${base}/vehicle-costs`).set('authorization', bearer(tokens.office)).set('idempotency-key', key).send(body);
    expect({ status: created.status, body: created.body }).toMatchObject({ status: 201, body: { plate: '鲁C0E901', unitId, kindLabel: '定点维修', status: 'recorded' } });
    expect((await http.post(`${base}/vehicle-costs`).set('authorization', bearer(tokens.office)).set('idempotency-key', key).send(body)).body.id).toBe(created.body.id);

    const report = await http.get(`${base}/vehicle-cost-report`).query({ year: today.slice(0, 4), unitId }).set('authorization', bearer(tokens.office));
    expect(report.status).toBe(200);
    expect(report.body).toMatchObject({ totalFen: 35_000, rows: [expect.objectContaining({ month: today.slice(0, 7), vehicleId: car.body.id, maintenanceFen: 35_000, totalFen: 35_000 })], units: [{ month: today.slice(0, 7), unitId, vehicles: 1, totalFen: 35_000 }] });
    const badYear = await http.get(`${base}/vehicle-cost-report`).query({ year: 'abc' }).set('authorization', bearer(tokens.office));
    expect(badYear.status).toBe(400);

    const voided = await http.post(`${base}/vehicle-costs/${created.body.id}/void`).set('authorization', bearer(tokens.office)).set('if-match', created.headers.etag).send({ reason: '发票作废重开' });
    expect({ status: voided.status, status2: voided.body.status }).toEqual({ status: 200, status2: 'voided' });
    expect((await http.get(`${base}/vehicle-cost-report`).query({ year: today.slice(0, 4), unitId }).set('authorization', bearer(tokens.office))).body.totalFen).toBe(0);

    expect((await http.post(`${base}/vehicle-costs`).set('authorization', bearer(tokens.liaison)).set('idempotency-key', randomUUID()).send(body)).status).toBe(403);
    const theirs = await http.get(`${base}/vehicle-costs/${created.body.id}`).set('authorization', bearer(tokens.liaison));
    expect(theirs.status).toBe(404);
  });
});
