import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { createUserForTest, signIn } from '@gov/service-gateway';
import { createTestEnvironment, type TestEnvironment } from '@gov/testing';
import request from 'supertest';
import { launchPlatform, type RunningPlatform } from '../src/launch.js';

const facts = (title: string) => ({
  kind: 'incident',
  title,
  level: 'general',
  occurredAt: '2026-06-01T08:00:00+08:00',
  receivedAt: '2026-06-01T08:30:00+08:00',
  location: '博山区某企业',
  summary: '一名外籍员工与企业发生劳动纠纷。',
  units: [{ name: '博山区人力资源和社会保障局' }],
  contacts: [{ name: '企业负责人', relation: '当事单位', phone: '13805335678' }],
});

/** 涉外案事件 through the gateway: Idempotency-Key, If-Match, the report chain, phones masked in lists, a liaison seeing only their unit. */
describe('foreign-affairs incidents end to end', () => {
  let environment: TestEnvironment;
  let platform: RunningPlatform;
  let http: ReturnType<typeof request>;
  const tokens = { office: '', liaisonA: '', liaisonB: '' };
  const path = '/api/foreign-affairs/incidents';
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

  it('received once per Idempotency-Key, reported up the chain with If-Match, closed after the 终报', async () => {
    const key = randomUUID();
    const created = await http.post(path).set('authorization', bearer(tokens.office)).set('idempotency-key', key).send(facts('端到端涉外纠纷'));
    expect({ status: created.status, state: created.body.status }).toEqual({ status: 201, state: 'open' });
    const replayed = await http.post(path).set('authorization', bearer(tokens.office)).set('idempotency-key', key).send(facts('端到端涉外纠纷'));
    expect(replayed.body.id).toBe(created.body.id);
    const listed = await http.get(path).query({ q: '端到端涉外纠纷' }).set('authorization', bearer(tokens.office));
    expect(listed.body.items[0].contacts[0].phone).toBe('138****5678');
    const early = await http.post(`${path}/${created.body.id}/close`).set('authorization', bearer(tokens.office)).set('if-match', created.headers.etag).send({ outcome: '调解完毕' });
    expect({ status: early.status, code: early.body.code }).toEqual({ status: 422, code: 'INCIDENT.REPORT_CHAIN' });
    let res = await http.post(`${path}/${created.body.id}/reports`).set('authorization', bearer(tokens.office)).set('if-match', created.headers.etag).send({ stage: 'initial', reportedAt: '2026-06-01T09:00:00+08:00', to: '区政府值班室', content: '初步情况' });
    expect(res.status).toBe(200);
    res = await http.post(`${path}/${created.body.id}/reports`).set('authorization', bearer(tokens.office)).set('if-match', res.headers.etag).send({ stage: 'final', reportedAt: '2026-06-03T09:00:00+08:00', to: '区政府值班室', content: '已调解' });
    res = await http.post(`${path}/${created.body.id}/close`).set('authorization', bearer(tokens.office)).set('if-match', res.headers.etag).send({ outcome: '经调解双方达成协议' });
    expect({ status: res.status, state: res.body.status, reports: res.body.reports.map((r: { label: string }) => r.label) }).toEqual({ status: 200, state: 'closed', reports: ['初报', '终报'] });
  });

  it("a liaison sees only their own unit's incidents (another unit's is 404)", async () => {
    const created = await http.post(path).set('authorization', bearer(tokens.liaisonA)).set('idempotency-key', randomUUID()).send(facts('联络员甲的涉外事件'));
    expect(created.status).toBe(201);
    expect((await http.get(`${path}/${created.body.id}`).set('authorization', bearer(tokens.liaisonA))).status).toBe(200);
    expect((await http.get(`${path}/${created.body.id}`).set('authorization', bearer(tokens.liaisonB))).status).toBe(404);
  });
});
