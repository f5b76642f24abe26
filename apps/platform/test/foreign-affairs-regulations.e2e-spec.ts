import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { createUserForTest, signIn } from '@gov/service-gateway';
import { createTestEnvironment, type TestEnvironment } from '@gov/testing';
import request from 'supertest';
import { launchPlatform, type RunningPlatform } from '../src/launch.js';

/** 外事制度规则 and 外事教育 of foreign-affairs through the gateway: sign-in, Idempotency-Key, ETag/If-Match, who reads what. */
describe('foreign-affairs regulations end to end', () => {
  let environment: TestEnvironment;
  let platform: RunningPlatform;
  let http: ReturnType<typeof request>;
  const tokens = { office: '', liaisonA: '', liaisonB: '' };
  const path = '/api/foreign-affairs/regulations';
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

  const text = { title: '外事接待管理规定', documentNumber: '区外办发〔2024〕5号', kind: 'provision', effectiveOn: '2024-06-01', body: '第一条 为规范外事接待……' };

  it('a rule document: created once per Idempotency-Key, revised with If-Match (a stale one is 412; the old text kept), repealed with a reason; liaisons read it', async () => {
    const key = randomUUID();
    const created = await http.post(path).set('authorization', bearer(tokens.office)).set('idempotency-key', key).send(text);
    expect({ status: created.status, body: created.body }).toMatchObject({ status: 201, body: { revision: 1, status: 'in_force', version: 1 } });
    const replayed = await http.post(path).set('authorization', bearer(tokens.office)).set('idempotency-key', key).send(text);
    expect(replayed.body.id).toBe(created.body.id);
    const id = created.body.id as string;

    const read = await http.get(`${path}/${id}`).set('authorization', bearer(tokens.liaisonA));
    expect({ status: read.status, etag: read.headers.etag }).toEqual({ status: 200, etag: created.headers.etag });
    const byLiaison = await http.post(path).set('authorization', bearer(tokens.liaisonA)).set('idempotency-key', randomUUID()).send(text);
    expect(byLiaison.status).toBe(403);

    const revised = await http
      .post(`${path}/${id}/revisions`)
      .set('authorization', bearer(tokens.office))
      .set('if-match', read.headers.etag)
      .send({ ...text, documentNumber: '区外办发〔2025〕1号', effectiveOn: '2025-01-01', body: '修订稿', note: '年度修订' });
    expect({ status: revised.status, revision: revised.body.revision, version: revised.body.version }).toEqual({ status: 200, revision: 2, version: 2 });
    const stale = await http.post(`${path}/${id}/revisions`).set('authorization', bearer(tokens.office)).set('if-match', read.headers.etag).send(text);
    expect(stale.status).toBe(412);
    const history = await http.get(`${path}/${id}/revisions`).set('authorization', bearer(tokens.liaisonB));
    expect({ status: history.status, revisions: history.body.items.map((r: { revision: number; body: string }) => [r.revision, r.body]) }).toEqual({
      status: 200,
      revisions: [
        [2, '修订稿'],
        [1, text.body],
      ],
    });
    const unreasoned = await http.post(`${path}/${id}/repeal`).set('authorization', bearer(tokens.office)).set('if-match', revised.headers.etag).send({ repealedOn: '2026-01-01' });
    expect(unreasoned.status).toBe(400);
    expect(unreasoned.headers['content-type']).toContain('application/problem+json');
    const repealed = await http.post(`${path}/${id}/repeal`).set('authorization', bearer(tokens.office)).set('if-match', revised.headers.etag).send({ reason: '已被新规定替代', repealedOn: '2026-01-01' });
    expect({ status: repealed.status, body: repealed.body }).toMatchObject({ status: 200, body: { status: 'repealed', repealReason: '已被新规定替代', version: 3 } });
  });

  it('education sessions: recorded with attendance by the section, a person’s history, an absence without a reason refused; liaisons see none', async () => {
    const sessions = '/api/foreign-affairs/education-sessions';
    const person = `端到端${randomUUID().slice(0, 6)}`;
    const body = {
      heldOn: '2025-03-20',
      topic: '外事纪律教育',
      kind: 'discipline',
      speaker: '外事科科长',
      attendees: [
        { name: person, unitName: '区财政局', present: true },
        { name: '赵六', unitName: '区财政局', present: false, absenceReason: '病假' },
      ],
    };
    const refused = await http
      .post(sessions)
      .set('authorization', bearer(tokens.office))
      .set('idempotency-key', randomUUID())
      .send({ ...body, attendees: [{ name: '赵六', unitName: '区财政局', present: false }] });
    expect({ status: refused.status, code: refused.body.code }).toEqual({ status: 400, code: 'EDUCATION_SESSION.BAD_ATTENDANCE' });
    const created = await http.post(sessions).set('authorization', bearer(tokens.office)).set('idempotency-key', randomUUID()).send(body);
    expect({ status: created.status, present: created.body.presentCount, absent: created.body.absentCount }).toEqual({ status: 201, present: 1, absent: 1 });
    const history = await http.get('/api/foreign-affairs/education-history').query({ name: person }).set('authorization', bearer(tokens.office));
    expect({ status: history.status, sessions: history.body.items.map((h: { sessionId: string }) => h.sessionId) }).toEqual({ status: 200, sessions: [created.body.id] });
    expect((await http.get(`${sessions}/${created.body.id}`).set('authorization', bearer(tokens.liaisonA))).status).toBe(403);
    const withdrawn = await http.post(`${sessions}/${created.body.id}/withdraw`).set('authorization', bearer(tokens.office)).set('if-match', created.headers.etag).send({ reason: '重复登记' });
    expect({ status: withdrawn.status, state: withdrawn.body.status }).toEqual({ status: 200, state: 'withdrawn' });
  });
});
