import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { createUserForTest, signIn } from '@gov/service-gateway';
import { createTestEnvironment, type TestEnvironment } from '@gov/testing';
import request from 'supertest';
import { launchPlatform, type RunningPlatform } from '../src/launch.js';

const plan = (title: string) => ({
  title,
  protocolLevel: 'important',
  purpose: '商谈陶瓷琉璃产业合作',
  startsAt: '2026-05-11T09:00:00+08:00',
  endsAt: '2026-05-11T17:00:00+08:00',
  location: '博山宾馆',
  guests: [{ name: 'Anna Schmidt', organization: '杜塞尔多夫市经济促进局', title: '局长', country: '德国' }],
  leaders: [{ userId: randomUUID(), name: '王区长' }],
  programme: [{ at: '2026-05-11T09:30:00+08:00', item: '会见' }],
  responsible: [{ name: '潘婷', duty: '迎送' }],
  gifts: [{ item: '琉璃摆件', recipient: 'Anna Schmidt', quantity: 2, unitValueFen: 38_000 }],
});

/** 外宾接待 through the gateway: Idempotency-Key, ETag/If-Match, scheduling, a liaison seeing only their unit. */
describe('foreign-affairs receptions end to end', () => {
  let environment: TestEnvironment;
  let platform: RunningPlatform;
  let http: ReturnType<typeof request>;
  const tokens = { office: '', liaisonA: '', liaisonB: '' };
  const path = '/api/foreign-affairs/receptions';
  const bearer = (token: string) => `Bearer ${token}`;

  beforeAll(async () => {
    environment = await createTestEnvironment();
    platform = await launchPlatform({ env: environment.env, bus: environment.bus, port: 0, host: '127.0.0.1' });
    http = request(platform.gateway.url);
    const office = await createUserForTest(platform.gateway, { roles: ['section_staff'], sectionCode: 'waishi' });
    tokens.office = await signIn(http, office.username, office.password);
    for (const key of ['liaisonA', 'liaisonB'] as const) {
      const liaison = await createUserForTest(platform.gateway, { roles: ['unit_liaison'], unitId: randomUUID(), sectionCode: null });
      tokens[key] = await signIn(http, liaison.username, liaison.password);
    }
  });

  afterAll(async () => {
    await platform?.stop();
    await environment?.dispose();
  });

  it('plans once per Idempotency-Key, schedules with If-Match (a stale one is 412), summarizes after the visit', async () => {
    const key = randomUUID();
    const body = plan('端到端外宾接待');
    const created = await http.post(path).set('authorization', bearer(tokens.office)).set('idempotency-key', key).send(body);
    expect({ status: created.status, body: created.body }).toMatchObject({ status: 201, body: { status: 'planned', giftsTotalFen: 76_000, version: 1 } });
    const replayed = await http.post(path).set('authorization', bearer(tokens.office)).set('idempotency-key', key).send(body);
    expect(replayed.body.id).toBe(created.body.id);
    const scheduled = await http.post(`${path}/${created.body.id}/schedule`).set('authorization', bearer(tokens.office)).set('if-match', created.headers.etag).send({});
    expect({ status: scheduled.status, state: scheduled.body.status }).toEqual({ status: 200, state: 'scheduled' });
    const stale = await http.post(`${path}/${created.body.id}/schedule`).set('authorization', bearer(tokens.office)).set('if-match', created.headers.etag).send({});
    expect(stale.status).toBe(412);
    const held = await http.post(`${path}/${created.body.id}/summary`).set('authorization', bearer(tokens.office)).set('if-match', scheduled.headers.etag).send({ summary: '双方签署合作备忘录，商定回访。' });
    expect({ status: held.status, state: held.body.status }).toEqual({ status: 200, state: 'held' });
    const bad = await http.post(path).set('authorization', bearer(tokens.office)).set('idempotency-key', randomUUID()).send({ ...plan('时间有误的接待'), endsAt: '2026-05-11T08:00:00+08:00' });
    expect({ status: bad.status, code: bad.body.code }).toEqual({ status: 400, code: 'RECEPTION.BAD_TIMES' });
  });

  it("a liaison sees only their own unit's receptions (another unit's is 404)", async () => {
    const created = await http.post(path).set('authorization', bearer(tokens.liaisonA)).set('idempotency-key', randomUUID()).send(plan('联络员甲的外宾接待'));
    expect(created.status).toBe(201);
    expect((await http.get(`${path}/${created.body.id}`).set('authorization', bearer(tokens.liaisonA))).status).toBe(200);
    expect((await http.get(`${path}/${created.body.id}`).set('authorization', bearer(tokens.liaisonB))).status).toBe(404);
    const listed = await http.get(path).query({ q: '联络员甲' }).set('authorization', bearer(tokens.liaisonB));
    expect({ status: listed.status, items: listed.body.items }).toEqual({ status: 200, items: [] });
  });
});
