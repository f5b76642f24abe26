import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { createUserForTest, signIn } from '@gov/service-gateway';
import { createTestEnvironment, type TestEnvironment } from '@gov/testing';
import request from 'supertest';
import { launchPlatform, type RunningPlatform } from '../src/launch.js';

/** 报送信息 of information through the gateway: a liaison reports, 信息科 screens and adopts, the monthly notice ranks the units. */
describe('information submissions end to end', () => {
  let environment: TestEnvironment;
  let platform: RunningPlatform;
  let http: ReturnType<typeof request>;
  const tokens = { office: '', leader: '', liaisonA: '', liaisonB: '' };
  const path = '/api/information/submissions';
  const bearer = (token: string) => `Bearer ${token}`;
  const body = (text: string) => `${text}。这是一条端到端测试的政务信息正文。`;
  const unitA = randomUUID();
  const month = new Date().toISOString().slice(0, 7);
  const today = new Date().toISOString().slice(0, 10);

  beforeAll(async () => {
    environment = await createTestEnvironment();
    platform = await launchPlatform({ env: environment.env, bus: environment.bus, port: 0, host: '127.0.0.1' });
    http = request(platform.gateway.url);
    const office = await createUserForTest(platform.gateway, { roles: ['section_staff'], sectionCode: 'xinxi' });
    tokens.office = await signIn(http, office.username, office.password);
    const leader = await createUserForTest(platform.gateway, { roles: ['office_leader'], sectionCode: null });
    tokens.leader = await signIn(http, leader.username, leader.password);
    for (const [key, unitId] of [
      ['liaisonA', unitA],
      ['liaisonB', randomUUID()],
    ] as const) {
      const liaison = await createUserForTest(platform.gateway, { roles: ['unit_liaison'], unitId, sectionCode: null });
      tokens[key] = await signIn(http, liaison.username, liaison.password);
    }
  });

  afterAll(async () => {
    await platform?.stop();
    await environment?.dispose();
  });

  it('a liaison reports once per Idempotency-Key; 信息科 accepts and adopts it with If-Match (a stale one is 412); the notice ranks the unit and exports .xlsx', async () => {
    const key = randomUUID();
    const report = { title: '端到端测试：经验做法', body: body('第一稿'), category: 'practice' };
    const created = await http.post(path).set('authorization', bearer(tokens.liaisonA)).set('idempotency-key', key).send(report);
    expect({ status: created.status, body: created.body }).toMatchObject({ status: 201, body: { status: 'submitted', unitId: unitA, version: 1 } });
    const replayed = await http.post(path).set('authorization', bearer(tokens.liaisonA)).set('idempotency-key', key).send(report);
    expect(replayed.body.id).toBe(created.body.id);

    const read = await http.get(`${path}/${created.body.id}`).set('authorization', bearer(tokens.office));
    expect({ status: read.status, etag: read.headers.etag }).toEqual({ status: 200, etag: created.headers.etag });
    const forbidden = await http.post(`${path}/${created.body.id}/accept`).set('authorization', bearer(tokens.liaisonA)).set('if-match', read.headers.etag).send({});
    expect(forbidden.status).toBe(403);
    const unreasoned = await http.post(`${path}/${created.body.id}/return`).set('authorization', bearer(tokens.office)).set('if-match', read.headers.etag).send({});
    expect({ status: unreasoned.status, type: unreasoned.headers['content-type'] }).toEqual({ status: 400, type: expect.stringContaining('application/problem+json') });

    const accepted = await http.post(`${path}/${created.body.id}/accept`).set('authorization', bearer(tokens.office)).set('if-match', read.headers.etag).send({ note: '编入区刊' });
    expect({ status: accepted.status, state: accepted.body.status }).toEqual({ status: 200, state: 'accepted' });
    const stale = await http.post(`${path}/${created.body.id}/adoptions`).set('authorization', bearer(tokens.office)).set('if-match', read.headers.etag).send({ level: 'city', adoptedOn: today });
    expect(stale.status).toBe(412);
    const adopted = await http.post(`${path}/${created.body.id}/adoptions`).set('authorization', bearer(tokens.office)).set('if-match', accepted.headers.etag).send({ level: 'city', adoptedOn: today, outlet: '《淄博政务信息》' });
    expect({ status: adopted.status, score: adopted.body.score }).toEqual({ status: 200, score: 20 });
    const again = await http.post(`${path}/${created.body.id}/adoptions`).set('authorization', bearer(tokens.office)).set('if-match', adopted.headers.etag).send({ level: 'city', adoptedOn: today });
    expect({ status: again.status, code: again.body.code }).toEqual({ status: 422, code: 'SUBMISSION.ALREADY_ADOPTED' });

    const notice = await http.get('/api/information/monthly-report').query({ month }).set('authorization', bearer(tokens.leader));
    expect(notice.status).toBe(200);
    expect(notice.body.rows.find((r: { unitId: string }) => r.unitId === unitA)).toMatchObject({ submitted: 1, score: 20, rank: 1 });
    const xlsx = await http.get('/api/information/monthly-report.xlsx').query({ month }).set('authorization', bearer(tokens.office)).buffer(true);
    expect({ status: xlsx.status, type: xlsx.headers['content-type'] }).toEqual({ status: 200, type: expect.stringContaining('spreadsheetml') });
    expect((await http.get('/api/information/monthly-report').query({ month }).set('authorization', bearer(tokens.liaisonA))).status).toBe(403);
    expect((await http.get('/api/information/monthly-report').query({ month: '2026-13' }).set('authorization', bearer(tokens.office))).status).toBe(400);
  });

  it("a liaison sees only their own unit's records (another unit's is 404)", async () => {
    const created = await http.post(path).set('authorization', bearer(tokens.liaisonA)).set('idempotency-key', randomUUID()).send({ title: '联络员甲的信息', body: body('甲'), category: 'trend' });
    expect(created.status).toBe(201);
    expect((await http.get(`${path}/${created.body.id}`).set('authorization', bearer(tokens.liaisonA))).status).toBe(200);
    expect((await http.get(`${path}/${created.body.id}`).set('authorization', bearer(tokens.liaisonB))).status).toBe(404);
    const listed = await http.get(path).query({ q: '联络员甲' }).set('authorization', bearer(tokens.liaisonB));
    expect({ status: listed.status, items: listed.body.items }).toEqual({ status: 200, items: [] });
    const office = await http.get(path).query({ q: '联络员甲' }).set('authorization', bearer(tokens.office));
    expect(office.body.items.map((r: { id: string }) => r.id)).toEqual([created.body.id]);
  });
});
