import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { createUserForTest, signIn } from '@gov/service-gateway';
import { createTestEnvironment, type TestEnvironment } from '@gov/testing';
import request from 'supertest';
import { launchPlatform, type RunningPlatform } from '../src/launch.js';

/** 政府信息公开指南 of disclosure through the gateway: sign-in, Idempotency-Key, versions under If-Match, a liaison seeing only their unit. */
describe('disclosure guides end to end', () => {
  let environment: TestEnvironment;
  let platform: RunningPlatform;
  let http: ReturnType<typeof request>;
  const tokens = { office: '', liaisonA: '', liaisonB: '' };
  const path = '/api/disclosure/guides';
  const bearer = (token: string) => `Bearer ${token}`;
  const text = (what: string) => `${what}：公开工作机构、办公地址、办公时间、联系电话、依申请公开的渠道和程序。`;

  beforeAll(async () => {
    environment = await createTestEnvironment();
    platform = await launchPlatform({ env: environment.env, bus: environment.bus, port: 0, host: '127.0.0.1' });
    http = request(platform.gateway.url);
    const office = await createUserForTest(platform.gateway, { roles: ['section_staff'], sectionCode: 'dashuju' });
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

  it('registers once per Idempotency-Key, revises into a new version with If-Match (a stale one is 412), retires with a reason', async () => {
    const key = randomUUID();
    const body = { title: '端到端测试指南', content: text('第一版'), effectiveOn: '2025-01-01' };
    const created = await http.post(path).set('authorization', bearer(tokens.office)).set('idempotency-key', key).send(body);
    expect({ status: created.status, body: created.body }).toMatchObject({ status: 201, body: { currentNumber: 1, status: 'in_force', version: 1 } });
    expect((await http.post(path).set('authorization', bearer(tokens.office)).set('idempotency-key', key).send(body)).body.id).toBe(created.body.id);
    const at = `${path}/${created.body.id}`;
    const revised = await http.post(`${at}/revise`).set('authorization', bearer(tokens.office)).set('if-match', created.headers.etag).send({ content: text('第二版'), effectiveOn: '2026-01-01', changeNote: '更新受理渠道' });
    expect({ status: revised.status, number: revised.body.currentNumber, versions: revised.body.versions.length }).toEqual({ status: 200, number: 2, versions: 2 });
    const stale = await http.post(`${at}/revise`).set('authorization', bearer(tokens.office)).set('if-match', created.headers.etag).send({ content: text('第三版'), effectiveOn: '2026-06-01', changeNote: '过期版本' });
    expect(stale.status).toBe(412);
    const unreasoned = await http.post(`${at}/withdraw`).set('authorization', bearer(tokens.office)).set('if-match', revised.headers.etag).send({});
    expect({ status: unreasoned.status, type: unreasoned.headers['content-type'] }).toEqual({ status: 400, type: expect.stringContaining('application/problem+json') });
    const retired = await http.post(`${at}/withdraw`).set('authorization', bearer(tokens.office)).set('if-match', revised.headers.etag).send({ reason: '由新指南替代' });
    expect({ status: retired.status, body: retired.body }).toMatchObject({ status: 200, body: { status: 'retired', withdrawalReason: '由新指南替代', version: 3 } });
  });

  it("a liaison sees only their own unit's guide (another unit's is 404)", async () => {
    const created = await http.post(path).set('authorization', bearer(tokens.liaisonA)).set('idempotency-key', randomUUID()).send({ title: '联络员甲的指南', content: text('甲'), effectiveOn: '2025-01-01' });
    expect(created.status).toBe(201);
    expect((await http.get(`${path}/${created.body.id}`).set('authorization', bearer(tokens.liaisonA))).status).toBe(200);
    expect((await http.get(`${path}/${created.body.id}`).set('authorization', bearer(tokens.liaisonB))).status).toBe(404);
    const listed = await http.get(path).query({ q: '联络员甲' }).set('authorization', bearer(tokens.liaisonB));
    expect({ status: listed.status, items: listed.body.items }).toEqual({ status: 200, items: [] });
  });
});
