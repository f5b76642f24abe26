import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { createUserForTest, signIn } from '@gov/service-gateway';
import { createTestEnvironment, type TestEnvironment } from '@gov/testing';
import request from 'supertest';
import { launchPlatform, type RunningPlatform } from '../src/launch.js';

/** 依申请公开申请 of disclosure through the gateway: sign-in, Idempotency-Key, ETag/If-Match, a liaison seeing only their unit. */
describe('disclosure applications end to end', () => {
  let environment: TestEnvironment;
  let platform: RunningPlatform;
  let http: ReturnType<typeof request>;
  const tokens = { office: '', liaisonA: '', liaisonB: '' };
  const path = '/api/disclosure/applications';
  const bearer = (token: string) => `Bearer ${token}`;

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

  it('creates once per Idempotency-Key, reads with an ETag, changes with If-Match (a stale one is 412), withdraws with a reason', async () => {
    const key = randomUUID();
    const body = { title: '端到端测试记录', content: '第一稿' };
    const created = await http.post(path).set('authorization', bearer(tokens.office)).set('idempotency-key', key).send(body);
    expect({ status: created.status, body: created.body }).toMatchObject({ status: 201, body: { title: '端到端测试记录', status: 'open', version: 1 } });
    const replayed = await http.post(path).set('authorization', bearer(tokens.office)).set('idempotency-key', key).send(body);
    expect(replayed.body.id).toBe(created.body.id);

    const read = await http.get(`${path}/${created.body.id}`).set('authorization', bearer(tokens.office));
    expect(read.status).toBe(200);
    expect(read.headers.etag).toBe(created.headers.etag);

    const changed = await http.put(`${path}/${created.body.id}`).set('authorization', bearer(tokens.office)).set('if-match', read.headers.etag).send({ title: '端到端测试记录（改）', content: '第二稿' });
    expect({ status: changed.status, version: changed.body.version }).toEqual({ status: 200, version: 2 });
    const stale = await http.put(`${path}/${created.body.id}`).set('authorization', bearer(tokens.office)).set('if-match', read.headers.etag).send(body);
    expect(stale.status).toBe(412);
    const unreasoned = await http.post(`${path}/${created.body.id}/withdraw`).set('authorization', bearer(tokens.office)).set('if-match', changed.headers.etag).send({});
    expect(unreasoned.status).toBe(400);
    expect(unreasoned.headers['content-type']).toContain('application/problem+json');
    const withdrawn = await http.post(`${path}/${created.body.id}/withdraw`).set('authorization', bearer(tokens.office)).set('if-match', changed.headers.etag).send({ reason: '重复登记' });
    expect({ status: withdrawn.status, body: withdrawn.body }).toMatchObject({ status: 200, body: { status: 'withdrawn', withdrawalReason: '重复登记', version: 3 } });
  });

  it("a liaison sees only their own unit's records (another unit's is 404)", async () => {
    const created = await http.post(path).set('authorization', bearer(tokens.liaisonA)).set('idempotency-key', randomUUID()).send({ title: '联络员甲的记录', content: '—' });
    expect(created.status).toBe(201);
    expect((await http.get(`${path}/${created.body.id}`).set('authorization', bearer(tokens.liaisonA))).status).toBe(200);
    expect((await http.get(`${path}/${created.body.id}`).set('authorization', bearer(tokens.liaisonB))).status).toBe(404);
    const listed = await http.get(path).query({ q: '联络员甲' }).set('authorization', bearer(tokens.liaisonB));
    expect({ status: listed.status, items: listed.body.items }).toEqual({ status: 200, items: [] });
    const office = await http.get(path).query({ q: '联络员甲' }).set('authorization', bearer(tokens.office));
    expect(office.body.items.map((r: { id: string }) => r.id)).toEqual([created.body.id]);
  });
});
