import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { shanghaiDate } from '@gov/calendar';
import { createUserForTest, signIn } from '@gov/service-gateway';
import { createTestEnvironment, eventually, type TestEnvironment } from '@gov/testing';
import request from 'supertest';
import { launchPlatform, type RunningPlatform } from '../src/launch.js';

interface Task {
  kind: string;
  link: string;
}

/** 政务公开稿件 of disclosure through the gateway: sign-in, Idempotency-Key, ETag/If-Match, 政务公开科's steps and 待办, the yearly count, a liaison seeing only their unit. */
describe('disclosure manuscripts end to end', () => {
  let environment: TestEnvironment;
  let platform: RunningPlatform;
  let http: ReturnType<typeof request>;
  const tokens = { office: '', leader: '', liaisonA: '', liaisonB: '' };
  const units = { liaisonA: randomUUID(), liaisonB: randomUUID() };
  const path = '/api/disclosure/manuscripts';
  const bearer = (token: string) => `Bearer ${token}`;
  const today = shanghaiDate(new Date());
  const year = Number(today.slice(0, 4));
  const fields = (title: string) => ({ title, authors: ['王五'], authorUnit: '区市场监管局', target: 'city', content: '区市场监管局以"双随机、一公开"为抓手，推进监管信息公开。' });
  const tasksOf = async (token: string) => ((await http.get('/api/tasks').query({ limit: 100 }).set('authorization', bearer(token))).body.items as Task[]) ?? [];

  beforeAll(async () => {
    environment = await createTestEnvironment();
    platform = await launchPlatform({ env: environment.env, bus: environment.bus, port: 0, host: '127.0.0.1' });
    http = request(platform.gateway.url);
    const office = await createUserForTest(platform.gateway, { roles: ['section_staff'], sectionCode: 'dashuju' });
    tokens.office = await signIn(http, office.username, office.password);
    const leader = await createUserForTest(platform.gateway, { roles: ['office_leader'], sectionCode: null });
    tokens.leader = await signIn(http, leader.username, leader.password);
    for (const key of ['liaisonA', 'liaisonB'] as const) {
      const liaison = await createUserForTest(platform.gateway, { roles: ['unit_liaison'], unitId: units[key], sectionCode: null });
      tokens[key] = await signIn(http, liaison.username, liaison.password);
    }
  });

  afterAll(async () => {
    await platform?.stop();
    await environment?.dispose();
  });

  it('a liaison registers once per Idempotency-Key; 政务公开科 sends it on and records its adoption with If-Match (a stale one is 412); the 待办 follows', async () => {
    const key = randomUUID();
    const body = fields('端到端测试稿件');
    const created = await http.post(path).set('authorization', bearer(tokens.liaisonA)).set('idempotency-key', key).send(body);
    expect({ status: created.status, body: created.body }).toMatchObject({ status: 201, body: { title: '端到端测试稿件', unitId: units.liaisonA, status: 'pending', version: 1 } });
    const replayed = await http.post(path).set('authorization', bearer(tokens.liaisonA)).set('idempotency-key', key).send(body);
    expect(replayed.body.id).toBe(created.body.id);
    const at = `${path}/${created.body.id}`;
    const link = `/disclosure/manuscripts/${created.body.id}`;
    await eventually(async () => (await tasksOf(tokens.office)).find((t) => t.kind === 'disclosure_manuscript_submission' && t.link === link), 15_000, 'the sending-on task in 政务公开科’s 待办');

    const read = await http.get(at).set('authorization', bearer(tokens.office));
    expect({ status: read.status, etag: read.headers.etag }).toEqual({ status: 200, etag: created.headers.etag });
    const byLiaison = await http.post(`${at}/submit`).set('authorization', bearer(tokens.liaisonA)).set('if-match', read.headers.etag).send({ submittedOn: today });
    expect(byLiaison.status).toBe(403);
    const sent = await http.post(`${at}/submit`).set('authorization', bearer(tokens.office)).set('if-match', read.headers.etag).send({ submittedOn: today });
    expect({ status: sent.status, state: sent.body.status }).toEqual({ status: 200, state: 'submitted' });
    const stale = await http.post(`${at}/adopt`).set('authorization', bearer(tokens.office)).set('if-match', read.headers.etag).send({ adoptedOn: today, publishedIn: '淄博市政府网站' });
    expect(stale.status).toBe(412);
    const invalid = await http.post(`${at}/adopt`).set('authorization', bearer(tokens.office)).set('if-match', sent.headers.etag).send({ adoptedOn: '2026-13-01', publishedIn: '' });
    expect({ status: invalid.status, type: invalid.headers['content-type'] }).toEqual({ status: 400, type: expect.stringContaining('application/problem+json') });
    const adopted = await http.post(`${at}/adopt`).set('authorization', bearer(tokens.office)).set('if-match', sent.headers.etag).send({ adoptedOn: today, publishedIn: '淄博市政府网站·政务公开专栏', issueNumber: '第 12 期' });
    expect({ status: adopted.status, body: adopted.body }).toMatchObject({ status: 200, body: { status: 'adopted', publishedIn: '淄博市政府网站·政务公开专栏', issueNumber: '第 12 期', version: 3 } });
    await eventually(async () => ((await tasksOf(tokens.office)).some((t) => t.link === link) ? undefined : true), 15_000, 'the tasks closed once adopted');

    const counted = await http.get(`${path}/years/${year}`).set('authorization', bearer(tokens.liaisonA));
    expect({ status: counted.status, body: counted.body }).toEqual({ status: 200, body: { year, rows: [{ unitId: units.liaisonA, target: 'city', targetLabel: '市级政务公开栏目', submitted: 1, adopted: 1 }], submitted: 1, adopted: 1 } });
    expect((await http.get(`${path}/years/${year}`).set('authorization', bearer(tokens.liaisonB))).body).toMatchObject({ rows: [], submitted: 0 });
  });

  it("a liaison sees only their own unit's manuscripts (another unit's is 404); withdrawn with a reason; leaders read only", async () => {
    const created = await http.post(path).set('authorization', bearer(tokens.liaisonA)).set('idempotency-key', randomUUID()).send(fields('联络员甲的稿件'));
    expect(created.status).toBe(201);
    const at = `${path}/${created.body.id}`;
    expect((await http.get(at).set('authorization', bearer(tokens.liaisonA))).status).toBe(200);
    expect((await http.get(at).set('authorization', bearer(tokens.liaisonB))).status).toBe(404);
    const listed = await http.get(path).query({ q: '联络员甲' }).set('authorization', bearer(tokens.liaisonB));
    expect({ status: listed.status, items: listed.body.items }).toEqual({ status: 200, items: [] });
    const office = await http.get(path).query({ q: '联络员甲' }).set('authorization', bearer(tokens.office));
    expect(office.body.items.map((r: { id: string }) => r.id)).toEqual([created.body.id]);
    expect((await http.get(at).set('authorization', bearer(tokens.leader))).status).toBe(200);
    expect((await http.post(path).set('authorization', bearer(tokens.leader)).set('idempotency-key', randomUUID()).send(fields('领导登记'))).status).toBe(403);
    const unreasoned = await http.post(`${at}/withdraw`).set('authorization', bearer(tokens.liaisonA)).set('if-match', created.headers.etag).send({});
    expect(unreasoned.status).toBe(400);
    const withdrawn = await http.post(`${at}/withdraw`).set('authorization', bearer(tokens.liaisonA)).set('if-match', created.headers.etag).send({ reason: '单位决定不再投稿' });
    expect({ status: withdrawn.status, body: withdrawn.body }).toMatchObject({ status: 200, body: { status: 'withdrawn', withdrawalReason: '单位决定不再投稿', version: 2 } });
  });
});
