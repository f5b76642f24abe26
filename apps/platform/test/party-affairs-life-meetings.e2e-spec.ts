import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { createUserForTest, signIn } from '@gov/service-gateway';
import { createTestEnvironment, type TestEnvironment } from '@gov/testing';
import request from 'supertest';
import { launchPlatform, type RunningPlatform } from '../src/launch.js';

const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
const lastYear = Number(today.slice(0, 4)) - 1;

/** 组织生活 through the gateway: meetings recorded with If-Match steps, and a branch without a 党员大会 in a quarter is red. */
describe('party-affairs life meetings end to end', () => {
  let environment: TestEnvironment;
  let platform: RunningPlatform;
  let http: ReturnType<typeof request>;
  const unitA = randomUUID();
  const branches = { a: '', b: '' };
  const tokens = { office: '', liaisonA: '', liaisonB: '' };
  const path = '/api/party-affairs/life-meetings';
  const as = (token: string) => ({ authorization: `Bearer ${token}` });
  const meeting = (branchId: string, kind: string, heldOn: string) => ({ branchId, kind, heldOn, topic: '学习党章党规', expected: 8, absences: [], minutes: '记录' });

  beforeAll(async () => {
    environment = await createTestEnvironment();
    platform = await launchPlatform({ env: environment.env, bus: environment.bus, port: 0, host: '127.0.0.1' });
    http = request(platform.gateway.url);
    const office = await createUserForTest(platform.gateway, { roles: ['section_staff'], sectionCode: 'dang_zongzhi' });
    tokens.office = await signIn(http, office.username, office.password);
    for (const [key, unitId] of [['liaisonA', unitA], ['liaisonB', randomUUID()]] as const) {
      const liaison = await createUserForTest(platform.gateway, { roles: ['unit_liaison'], unitId, sectionCode: null });
      tokens[key] = await signIn(http, liaison.username, liaison.password);
    }
    for (const [key, unitId] of [['a', unitA], ['b', null]] as const) {
      const created = await http
        .post('/api/party-affairs/branches')
        .set(as(tokens.office))
        .set('idempotency-key', randomUUID())
        .send({ name: `组织生活端到端支部${key}`, kind: 'branch', unitId, committee: [{ post: 'secretary', name: '王书记' }], termStartedOn: `${lastYear - 1}-01-01` });
      branches[key] = created.body.id;
    }
  });

  afterAll(async () => {
    await platform?.stop();
    await environment?.dispose();
  });

  it('records once per Idempotency-Key, reads with an ETag, withdraws with If-Match and a reason; a liaison records for their own branch only', async () => {
    const key = randomUUID();
    const created = await http.post(path).set(as(tokens.office)).set('idempotency-key', key).send(meeting(branches.a, 'committee', today));
    expect({ status: created.status, present: created.body.present }).toEqual({ status: 201, present: 8 });
    expect((await http.post(path).set(as(tokens.office)).set('idempotency-key', key).send(meeting(branches.a, 'committee', today))).body.id).toBe(created.body.id);
    const read = await http.get(`${path}/${created.body.id}`).set(as(tokens.office));
    expect(read.headers.etag).toBe(created.headers.etag);
    const withdrawn = await http.post(`${path}/${created.body.id}/withdraw`).set(as(tokens.office)).set('if-match', read.headers.etag).send({ reason: '误登记' });
    expect({ status: withdrawn.status, state: withdrawn.body.status }).toEqual({ status: 200, state: 'withdrawn' });
    const stale = await http.post(`${path}/${created.body.id}/withdraw`).set(as(tokens.office)).set('if-match', read.headers.etag).send({ reason: '再次撤回' });
    expect(stale.status).toBe(412);

    expect((await http.post(path).set(as(tokens.liaisonA)).set('idempotency-key', randomUUID()).send(meeting(branches.a, 'theme_day', today))).status).toBe(201);
    expect((await http.post(path).set(as(tokens.liaisonA)).set('idempotency-key', randomUUID()).send(meeting(branches.b, 'theme_day', today))).status).toBe(422);
    expect((await http.get(path).query({ branchId: branches.a }).set(as(tokens.liaisonB))).body.items).toEqual([]);
  });

  it('a branch that held no 党员大会 in a quarter is red', async () => {
    for (const day of [`${lastYear}-03-01`, `${lastYear}-06-01`, `${lastYear}-09-01`]) {
      expect((await http.post(path).set(as(tokens.office)).set('idempotency-key', randomUUID()).send(meeting(branches.a, 'party_congress', day))).status).toBe(201);
    }
    const view = await http.get('/api/party-affairs/compliance').query({ year: lastYear }).set(as(tokens.office));
    expect(view.status).toBe(200);
    const a = view.body.branches.find((b: { branchId: string }) => b.branchId === branches.a);
    const congress = a.lines.find((l: { kind: string }) => l.kind === 'party_congress');
    expect(congress.periods.map((p: { light: string }) => p.light)).toEqual(['green', 'green', 'green', 'red']);
    expect(a.light).toBe('red');
    const mine = await http.get('/api/party-affairs/compliance').query({ year: lastYear }).set(as(tokens.liaisonA));
    expect(mine.body.branches.map((b: { branchId: string }) => b.branchId)).toEqual([branches.a]);
    expect((await http.get('/api/party-affairs/compliance').query({ year: 'abc' }).set(as(tokens.office))).status).toBe(400);
  });
});
