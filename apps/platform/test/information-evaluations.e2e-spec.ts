import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { createUserForTest, signIn } from '@gov/service-gateway';
import { createTestEnvironment, type TestEnvironment } from '@gov/testing';
import request from 'supertest';
import { launchPlatform, type RunningPlatform } from '../src/launch.js';

/** 年度业绩考评 of information through the gateway: created once per Idempotency-Key, 定稿 with If-Match, then every change refused. */
describe('information evaluations end to end', () => {
  let environment: TestEnvironment;
  let platform: RunningPlatform;
  let http: ReturnType<typeof request>;
  const tokens = { office: '', leader: '', liaison: '' };
  const path = '/api/information/evaluations';
  const bearer = (token: string) => `Bearer ${token}`;

  beforeAll(async () => {
    environment = await createTestEnvironment();
    platform = await launchPlatform({ env: environment.env, bus: environment.bus, port: 0, host: '127.0.0.1' });
    http = request(platform.gateway.url);
    const office = await createUserForTest(platform.gateway, { roles: ['section_staff'], sectionCode: 'xinxi' });
    tokens.office = await signIn(http, office.username, office.password);
    const leader = await createUserForTest(platform.gateway, { roles: ['office_leader'], sectionCode: null });
    tokens.leader = await signIn(http, leader.username, leader.password);
    const liaison = await createUserForTest(platform.gateway, { roles: ['unit_liaison'], unitId: randomUUID(), sectionCode: null });
    tokens.liaison = await signIn(http, liaison.username, liaison.password);
  });

  afterAll(async () => {
    await platform?.stop();
    await environment?.dispose();
  });

  it('a year is started once, read with an ETag, finalized with If-Match; after 定稿 every change (even with a stale If-Match) is refused with EVALUATION.FINALIZED', async () => {
    const key = randomUUID();
    const created = await http.post(path).set('authorization', bearer(tokens.office)).set('idempotency-key', key).send({ year: 2025 });
    expect({ status: created.status, body: created.body }).toMatchObject({ status: 201, body: { year: 2025, status: 'draft', version: 1 } });
    const replayed = await http.post(path).set('authorization', bearer(tokens.office)).set('idempotency-key', key).send({ year: 2025 });
    expect(replayed.body.id).toBe(created.body.id);
    const duplicate = await http.post(path).set('authorization', bearer(tokens.office)).set('idempotency-key', randomUUID()).send({ year: 2025 });
    expect({ status: duplicate.status, code: duplicate.body.code }).toEqual({ status: 409, code: 'EVALUATION.DUPLICATE_YEAR' });

    const read = await http.get(`${path}/${created.body.id}`).set('authorization', bearer(tokens.leader));
    expect(read.status).toBe(200);
    expect(read.headers.etag).toBe(created.headers.etag);
    const unreasoned = await http.post(`${path}/${created.body.id}/adjustments`).set('authorization', bearer(tokens.office)).set('if-match', read.headers.etag).send({ unitId: randomUUID(), points: 3 });
    expect({ status: unreasoned.status, type: unreasoned.headers['content-type'] }).toEqual({ status: 400, type: expect.stringContaining('application/problem+json') });

    const final = await http.post(`${path}/${created.body.id}/finalize`).set('authorization', bearer(tokens.office)).set('if-match', read.headers.etag).send({});
    expect({ status: final.status, body: final.body }).toMatchObject({ status: 200, body: { status: 'final', version: 2 } });
    const stale = await http.post(`${path}/${created.body.id}/finalize`).set('authorization', bearer(tokens.office)).set('if-match', read.headers.etag).send({});
    expect(stale.status).toBe(422);

    const refused = await http.post(`${path}/${created.body.id}/adjustments`).set('authorization', bearer(tokens.office)).set('if-match', final.headers.etag).send({ unitId: randomUUID(), points: 3, reason: '定稿后补加分' });
    expect({ status: refused.status, code: refused.body.code, type: refused.headers['content-type'] }).toEqual({ status: 422, code: 'EVALUATION.FINALIZED', type: expect.stringContaining('application/problem+json') });
    const after = await http.get(`${path}/${created.body.id}`).set('authorization', bearer(tokens.leader));
    expect({ status: after.body.status, version: after.body.version, adjustments: after.body.adjustments }).toEqual({ status: 'final', version: 2, adjustments: [] });

    const xlsx = await http.get(`${path}/${created.body.id}/xlsx`).set('authorization', bearer(tokens.leader)).buffer(true);
    expect({ status: xlsx.status, type: xlsx.headers['content-type'] }).toEqual({ status: 200, type: expect.stringContaining('spreadsheetml') });
  });

  it('a leader reads but cannot change; a liaison has no access', async () => {
    const created = await http.post(path).set('authorization', bearer(tokens.leader)).set('idempotency-key', randomUUID()).send({ year: 2024 });
    expect(created.status).toBe(403);
    expect((await http.get(path).set('authorization', bearer(tokens.leader))).status).toBe(200);
    expect((await http.get(path).set('authorization', bearer(tokens.liaison))).status).toBe(403);
  });
});
