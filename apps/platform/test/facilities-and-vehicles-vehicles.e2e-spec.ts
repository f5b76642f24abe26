import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { shanghaiDate } from '@gov/calendar';
import { createUserForTest, signIn } from '@gov/service-gateway';
import { createTestEnvironment, type TestEnvironment } from '@gov/testing';
import request from 'supertest';
import { launchPlatform, type RunningPlatform } from '../src/launch.js';

/** 公务用车台账 of facilities-and-vehicles through the gateway: 编制 and caps, Idempotency-Key, ETag/If-Match, a liaison seeing only their unit, the .xlsx. */
describe('facilities-and-vehicles vehicles end to end', () => {
  let environment: TestEnvironment;
  let platform: RunningPlatform;
  let http: ReturnType<typeof request>;
  const tokens = { office: '', leader: '', liaisonA: '', liaisonB: '' };
  const [unitA, unitB] = [randomUUID(), randomUUID()];
  const base = '/api/facilities-and-vehicles';
  const path = `${base}/vehicles`;
  const bearer = (token: string) => `Bearer ${token}`;
  const purchase = { category: 'emergency', purchaseKind: 'new', model: '红旗 H5', energyType: 'fuel', priceFen: 15_800_000, displacementMl: 1498, mileageKm: 0, markings: true };

  beforeAll(async () => {
    environment = await createTestEnvironment();
    platform = await launchPlatform({ env: environment.env, bus: environment.bus, port: 0, host: '127.0.0.1' });
    http = request(platform.gateway.url);
    const office = await createUserForTest(platform.gateway, { roles: ['section_staff'], sectionCode: 'jiguan_shiwu' });
    tokens.office = await signIn(http, office.username, office.password);
    const leader = await createUserForTest(platform.gateway, { roles: ['office_leader'], sectionCode: null });
    tokens.leader = await signIn(http, leader.username, leader.password);
    for (const [key, unitId] of [['liaisonA', unitA], ['liaisonB', unitB]] as const) {
      const liaison = await createUserForTest(platform.gateway, { roles: ['unit_liaison'], unitId, sectionCode: null });
      tokens[key] = await signIn(http, liaison.username, liaison.password);
    }
    const quota = await http
      .post(`${base}/vehicle-quotas`)
      .set('authorization', bearer(tokens.office))
      .set('idempotency-key', randomUUID())
      .send({ unitId: unitA, category: 'emergency', quota: 1, effectiveFrom: shanghaiDate(new Date()), source: '博编办〔2026〕5号' });
    expect(quota.status).toBe(201);
  });

  afterAll(async () => {
    await platform?.stop();
    await environment?.dispose();
  });

  it('a purchase is requested once per Idempotency-Key, approved with If-Match (a stale one is 412); one beyond the 编制 or over the cap is 422 citing the rule', async () => {
    const key = randomUUID();
    const created = await http.post(path).set('authorization', bearer(tokens.liaisonA)).set('idempotency-key', key).send(purchase);
    expect({ status: created.status, body: created.body }).toMatchObject({ status: 201, body: { unitId: unitA, status: 'requested', version: 1 } });
    const replayed = await http.post(path).set('authorization', bearer(tokens.liaisonA)).set('idempotency-key', key).send(purchase);
    expect(replayed.body.id).toBe(created.body.id);

    const overQuota = await http.post(path).set('authorization', bearer(tokens.liaisonA)).set('idempotency-key', randomUUID()).send(purchase);
    expect({ status: overQuota.status, code: overQuota.body.code }).toEqual({ status: 422, code: 'VEHICLE.OVER_QUOTA' });
    expect(overQuota.body.detail).toContain('中办发〔2017〕71号');
    const overCap = await http.post(path).set('authorization', bearer(tokens.liaisonA)).set('idempotency-key', randomUUID()).send({ ...purchase, category: 'confidential_comm' });
    expect({ status: overCap.status, code: overCap.body.code }).toEqual({ status: 422, code: 'VEHICLE.OVER_CAP' });
    expect(overCap.headers['content-type']).toContain('application/problem+json');
    expect(overCap.body.detail).toContain('中办发〔2017〕71号');

    const read = await http.get(`${path}/${created.body.id}`).set('authorization', bearer(tokens.office));
    expect(read.status).toBe(200);
    const byLiaison = await http.post(`${path}/${created.body.id}/approve`).set('authorization', bearer(tokens.liaisonA)).set('if-match', read.headers.etag).send({ approvalNumber: '越权' });
    expect(byLiaison.status).toBe(403);
    const approved = await http.post(`${path}/${created.body.id}/approve`).set('authorization', bearer(tokens.office)).set('if-match', read.headers.etag).send({ approvalNumber: '博机管〔2026〕1号' });
    expect({ status: approved.status, body: approved.body }).toMatchObject({ status: 200, body: { status: 'in_service', version: 2 } });
    const stale = await http.put(`${path}/${created.body.id}`).set('authorization', bearer(tokens.office)).set('if-match', read.headers.etag).send({ mileageKm: 10, markings: true });
    expect(stale.status).toBe(412);
    const leaderApprove = await http.post(`${path}/${created.body.id}/dispose`).set('authorization', bearer(tokens.leader)).set('if-match', approved.headers.etag).send({ method: 'scrap', approvalNumber: '—', reason: '领导无权处置' });
    expect(leaderApprove.status).toBe(403);
  });

  it("a liaison sees only their own unit's vehicles (another unit's is 404); the register downloads as .xlsx", async () => {
    const listed = await http.get(path).set('authorization', bearer(tokens.liaisonA));
    expect(listed.status).toBe(200);
    expect(listed.body.items.length).toBeGreaterThan(0);
    const id = listed.body.items[0].id as string;
    expect((await http.get(`${path}/${id}`).set('authorization', bearer(tokens.liaisonB))).status).toBe(404);
    expect((await http.get(path).set('authorization', bearer(tokens.liaisonB))).body.items).toEqual([]);
    const quotas = await http.get(`${base}/vehicle-quotas`).set('authorization', bearer(tokens.liaisonB));
    expect({ status: quotas.status, effective: quotas.body.effective }).toEqual({ status: 200, effective: [] });
    const file = await http.get(`${base}/vehicle-register.xlsx`).set('authorization', bearer(tokens.leader)).buffer(true).parse((res, done) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => done(null, Buffer.concat(chunks)));
    });
    expect(file.status).toBe(200);
    expect(file.headers['content-type']).toContain('spreadsheetml');
    expect((file.body as Buffer).subarray(0, 2).toString()).toBe('PK');
  });
});
