import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { createUserForTest, signIn } from '@gov/service-gateway';
import { createTestEnvironment, type TestEnvironment } from '@gov/testing';
import request from 'supertest';
import { launchPlatform, type RunningPlatform } from '../src/launch.js';

/** 公开巡查 of disclosure through the gateway: the section inspects (Idempotency-Key), the unit rectifies (If-Match), another unit sees nothing. */
describe('disclosure inspections end to end', () => {
  let environment: TestEnvironment;
  let platform: RunningPlatform;
  let http: ReturnType<typeof request>;
  const tokens = { office: '', liaisonA: '', liaisonB: '' };
  const units = { a: randomUUID(), b: randomUUID() };
  const path = '/api/disclosure/inspections';
  const bearer = (token: string) => `Bearer ${token}`;

  beforeAll(async () => {
    environment = await createTestEnvironment();
    platform = await launchPlatform({ env: environment.env, bus: environment.bus, port: 0, host: '127.0.0.1' });
    http = request(platform.gateway.url);
    const office = await createUserForTest(platform.gateway, { roles: ['section_staff'], sectionCode: 'dashuju' });
    tokens.office = await signIn(http, office.username, office.password);
    for (const [key, unitId] of [['liaisonA', units.a], ['liaisonB', units.b]] as const) {
      const liaison = await createUserForTest(platform.gateway, { roles: ['unit_liaison'], unitId, sectionCode: null });
      tokens[key] = await signIn(http, liaison.username, liaison.password);
    }
  });

  afterAll(async () => {
    await platform?.stop();
    await environment?.dispose();
  });

  it('the section records findings with a working-day deadline; a liaison cannot inspect; the unit rectifies with If-Match; another unit gets 404', async () => {
    const key = randomUUID();
    const body = { unitId: units.a, title: '端到端测试 政府信息公开专栏', inspectedOn: '2026-09-28', content: '公开指南未载明申请渠道', workingDays: 10 };
    const created = await http.post(path).set('authorization', bearer(tokens.office)).set('idempotency-key', key).send(body);
    expect({ status: created.status, body: created.body }).toMatchObject({ status: 201, body: { status: 'rectifying', dueDate: '2026-10-16', version: 1 } });
    const replayed = await http.post(path).set('authorization', bearer(tokens.office)).set('idempotency-key', key).send(body);
    expect(replayed.body.id).toBe(created.body.id);
    const byLiaison = await http.post(path).set('authorization', bearer(tokens.liaisonA)).set('idempotency-key', randomUUID()).send(body);
    expect(byLiaison.status).toBe(403);
    const missing = await http.post(path).set('authorization', bearer(tokens.office)).set('idempotency-key', randomUUID()).send({ ...body, workingDays: undefined });
    expect({ status: missing.status, type: missing.headers['content-type'] }).toEqual({ status: 400, type: expect.stringContaining('application/problem+json') });

    const at = `${path}/${created.body.id}`;
    expect((await http.get(at).set('authorization', bearer(tokens.liaisonB))).status).toBe(404);
    const read = await http.get(at).set('authorization', bearer(tokens.liaisonA));
    expect({ status: read.status, etag: read.headers.etag }).toEqual({ status: 200, etag: created.headers.etag });
    const rectified = await http.post(`${at}/rectify`).set('authorization', bearer(tokens.liaisonA)).set('if-match', read.headers.etag).send({ rectifiedOn: '2026-10-15', note: '已在公开指南中补充申请渠道' });
    expect({ status: rectified.status, body: rectified.body }).toMatchObject({ status: 200, body: { status: 'rectified', overdue: false, version: 2 } });
    const stale = await http.post(`${at}/withdraw`).set('authorization', bearer(tokens.office)).set('if-match', read.headers.etag).send({ reason: '过期版本' });
    expect(stale.status).toBe(412);
    const listed = await http.get(path).query({ q: '端到端测试' }).set('authorization', bearer(tokens.liaisonB));
    expect({ status: listed.status, items: listed.body.items }).toEqual({ status: 200, items: [] });
  });
});
