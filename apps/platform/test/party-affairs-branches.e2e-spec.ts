import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { createUserForTest, signIn } from '@gov/service-gateway';
import { createTestEnvironment, type TestEnvironment } from '@gov/testing';
import request from 'supertest';
import { launchPlatform, type RunningPlatform } from '../src/launch.js';

/** Shifts a YYYY-MM-DD date by whole months (the test's own arithmetic, on the corresponding day). */
function monthsFrom(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const index = y * 12 + (m - 1) + months;
  const last = new Date(Date.UTC(Math.floor(index / 12), (index % 12) + 1, 0)).getUTCDate();
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}
const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);

/** 党组织 of party-affairs through the gateway: sign-in, Idempotency-Key, ETag/If-Match, the term reminder, a liaison's view. */
describe('party-affairs branches end to end', () => {
  let environment: TestEnvironment;
  let platform: RunningPlatform;
  let http: ReturnType<typeof request>;
  const unitA = randomUUID();
  const tokens = { office: '', liaisonA: '', liaisonB: '' };
  const path = '/api/party-affairs/branches';
  const bearer = (token: string) => `Bearer ${token}`;
  const fields = (name: string, extra: object = {}) => ({ name, kind: 'branch', committee: [{ post: 'secretary', name: '王书记' }], termStartedOn: monthsFrom(today, -12), ...extra });

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
  });

  afterAll(async () => {
    await platform?.stop();
    await environment?.dispose();
  });

  it('sets up once per Idempotency-Key, reads with an ETag, elects with If-Match (a stale one is 412), withdraws with a reason', async () => {
    const key = randomUUID();
    const body = fields('端到端测试支部', { termStartedOn: monthsFrom(today, -30) });
    const created = await http.post(path).set('authorization', bearer(tokens.office)).set('idempotency-key', key).send(body);
    expect({ status: created.status, body: created.body }).toMatchObject({ status: 201, body: { name: '端到端测试支部', status: 'active', version: 1 } });
    const replayed = await http.post(path).set('authorization', bearer(tokens.office)).set('idempotency-key', key).send(body);
    expect(replayed.body.id).toBe(created.body.id);

    const read = await http.get(`${path}/${created.body.id}`).set('authorization', bearer(tokens.office));
    expect(read.status).toBe(200);
    expect(read.headers.etag).toBe(created.headers.etag);

    const election = { electedOn: today, committee: [{ post: 'secretary', name: '李书记' }], approval: '博政办党字〔2026〕1号' };
    const elected = await http.post(`${path}/${created.body.id}/elect`).set('authorization', bearer(tokens.office)).set('if-match', read.headers.etag).send(election);
    expect({ status: elected.status, version: elected.body.version, endsOn: elected.body.term.endsOn }).toEqual({ status: 200, version: 2, endsOn: monthsFrom(today, 36) });
    const stale = await http.put(`${path}/${created.body.id}`).set('authorization', bearer(tokens.office)).set('if-match', read.headers.etag).send(body);
    expect(stale.status).toBe(412);
    const tooLong = await http.post(`${path}/${created.body.id}/extend`).set('authorization', bearer(tokens.office)).set('if-match', elected.headers.etag).send({ months: 13, approval: '批复' });
    expect({ status: tooLong.status, type: tooLong.headers['content-type'] }).toMatchObject({ status: 400, type: expect.stringContaining('application/problem+json') });
    const unreasoned = await http.post(`${path}/${created.body.id}/withdraw`).set('authorization', bearer(tokens.office)).set('if-match', elected.headers.etag).send({});
    expect(unreasoned.status).toBe(400);
    const withdrawn = await http.post(`${path}/${created.body.id}/withdraw`).set('authorization', bearer(tokens.office)).set('if-match', elected.headers.etag).send({ reason: '机构调整' });
    expect({ status: withdrawn.status, body: withdrawn.body }).toMatchObject({ status: 200, body: { status: 'withdrawn', withdrawalReason: '机构调整', version: 3 } });
  });

  it('换届 through the gateway: 请示 → 批复 → 选举 → 报告 with If-Match; a step out of order is 422 with a stable code', async () => {
    const due = await http.post(path).set('authorization', bearer(tokens.office)).set('idempotency-key', randomUUID()).send(fields('换届程序端到端支部', { unitId: unitA, termStartedOn: monthsFrom(today, -31) }));
    const at = `${path}/${due.body.id}`;
    const send = (step: string, etag: string, body: object, token = tokens.office) => http.post(`${at}/${step}`).set('authorization', bearer(token)).set('if-match', etag).send(body);
    const approval = { approvalNumber: '博政办党字〔2026〕9号', approvedOn: today, approver: '中共博山区委区直机关工委' };

    const outOfOrder = await send('election-approval', due.headers.etag, approval);
    expect({ status: outOfOrder.status, code: outOfOrder.body.code, type: outOfOrder.headers['content-type'] }).toEqual({
      status: 422,
      code: 'BRANCH.ELECTION_OUT_OF_ORDER',
      type: expect.stringContaining('application/problem+json'),
    });
    const unapproved = await send('elect', due.headers.etag, { electedOn: today, committee: [{ post: 'secretary', name: '新书记' }] });
    expect(unapproved.status).toBe(400);
    expect((await send('election-request', due.headers.etag, { plannedOn: monthsFrom(today, 2), reason: '任期届满' }, tokens.liaisonA)).status).toBe(403);

    const requested = await send('election-request', due.headers.etag, { plannedOn: monthsFrom(today, 2), reason: '本届任期即将届满，拟按期换届' });
    expect({ status: requested.status, procedure: requested.body.procedure }).toMatchObject({ status: 200, procedure: { stage: 'requested', early: false } });
    expect((await send('election-approval', due.headers.etag, approval)).status).toBe(412);
    const approved = await send('election-approval', requested.headers.etag, approval);
    expect(approved.body.procedure).toMatchObject({ stage: 'approved', approvalNumber: '博政办党字〔2026〕9号' });
    const elected = await send('elect', approved.headers.etag, { electedOn: today, committee: [{ post: 'secretary', name: '新书记' }] });
    expect({ status: elected.status, stage: elected.body.procedure.stage, endsOn: elected.body.term.endsOn }).toEqual({ status: 200, stage: 'elected', endsOn: monthsFrom(today, 36) });
    const reported = await send('election-report', elected.headers.etag, { reportedOn: today, reportNumber: '一支发〔2026〕1号', reportedTo: '区直机关工委' });
    expect({ status: reported.status, procedure: reported.body.procedure, version: reported.body.version }).toMatchObject({ status: 200, procedure: { stage: 'reported', reportedTo: '区直机关工委' }, version: 5 });
    const liaisonRead = await http.get(at).set('authorization', bearer(tokens.liaisonA));
    expect(liaisonRead.body.elections.map((e: { kind: string }) => e.kind)).toEqual(['request', 'approval', 'election', 'report']);
  });

  it("a branch whose term ends in 5 months shows its reminder; a liaison sees only their own unit's branch and sets up none", async () => {
    const due = await http.post(path).set('authorization', bearer(tokens.office)).set('idempotency-key', randomUUID()).send(fields('换届提醒端到端支部', { unitId: unitA, termStartedOn: monthsFrom(today, -31) }));
    expect(due.body.term).toMatchObject({ state: 'reminder', endsOn: monthsFrom(today, 5) });
    expect((await http.get(`${path}/${due.body.id}`).set('authorization', bearer(tokens.liaisonA))).status).toBe(200);
    expect((await http.get(`${path}/${due.body.id}`).set('authorization', bearer(tokens.liaisonB))).status).toBe(404);
    const listed = await http.get(path).query({ q: '换届提醒端到端' }).set('authorization', bearer(tokens.liaisonB));
    expect({ status: listed.status, items: listed.body.items }).toEqual({ status: 200, items: [] });
    const refused = await http.post(path).set('authorization', bearer(tokens.liaisonA)).set('idempotency-key', randomUUID()).send(fields('联络员设立'));
    expect(refused.status).toBe(403);
  });
});
