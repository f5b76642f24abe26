import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { createUserForTest, signIn } from '@gov/service-gateway';
import { createTestEnvironment, type TestEnvironment } from '@gov/testing';
import request from 'supertest';
import { launchPlatform, type RunningPlatform } from '../src/launch.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
const year = Number(today.slice(0, 4)) - 1;

/** 党费减免, 党费收据, the yearly statement and summary, the 灯塔 export through the gateway. */
describe('party-affairs dues end to end', () => {
  let environment: TestEnvironment;
  let platform: RunningPlatform;
  let http: ReturnType<typeof request>;
  let branchId = '';
  let member: { id: string; etag: string } = { id: '', etag: '' };
  const unitA = randomUUID();
  const tokens = { office: '', leader: '', liaisonA: '', liaisonB: '', auditor: '' };
  let officeName = '';
  const path = '/api/party-affairs/dues-reductions';
  const as = (token: string) => ({ authorization: `Bearer ${token}` });

  beforeAll(async () => {
    environment = await createTestEnvironment();
    platform = await launchPlatform({ env: environment.env, bus: environment.bus, port: 0, host: '127.0.0.1' });
    http = request(platform.gateway.url);
    const office = await createUserForTest(platform.gateway, { roles: ['section_staff'], sectionCode: 'dang_zongzhi' });
    tokens.office = await signIn(http, office.username, office.password);
    officeName = office.username;
    const auditor = await createUserForTest(platform.gateway, { roles: ['audit_admin'], sectionCode: null });
    tokens.auditor = await signIn(http, auditor.username, auditor.password, auditor.totpSecret);
    const leader = await createUserForTest(platform.gateway, { roles: ['office_leader'], sectionCode: null });
    tokens.leader = await signIn(http, leader.username, leader.password);
    for (const [key, unitId] of [['liaisonA', unitA], ['liaisonB', randomUUID()]] as const) {
      const liaison = await createUserForTest(platform.gateway, { roles: ['unit_liaison'], unitId, sectionCode: null });
      tokens[key] = await signIn(http, liaison.username, liaison.password);
    }
    const branch = await http
      .post('/api/party-affairs/branches')
      .set(as(tokens.office))
      .set('idempotency-key', randomUUID())
      .send({ name: '党费端到端支部', kind: 'branch', unitId: unitA, committee: [{ post: 'secretary', name: '王书记' }], termStartedOn: `${year - 1}-06-01` });
    branchId = branch.body.id;
    const created = await http
      .post('/api/party-affairs/members')
      .set(as(tokens.office))
      .set('idempotency-key', randomUUID())
      .send({ name: '端到端党员', gender: 'female', branchId, idNumber: '370304198502021234', mobile: '13700001111', stage: 'full', admittedOn: `${year - 3}-01-01`, fullOn: `${year - 2}-01-01` });
    const dues = await http.post(`/api/party-affairs/members/${created.body.id}/dues`).set(as(tokens.office)).set('if-match', created.headers.etag).send({ category: 'in_service', baseFen: 300_000, year });
    expect(dues.status).toBe(200);
    member = { id: created.body.id, etag: dues.headers.etag };
  });

  afterAll(async () => {
    await platform?.stop();
    await environment?.dispose();
  });

  it('a reduction: requested once per Idempotency-Key, decided and approved with If-Match (a stale one is 412); then the month pays the reduced amount', async () => {
    const key = randomUUID();
    const body = { memberId: member.id, kind: 'reduce', fromMonth: `${year}-02`, toMonth: `${year}-02`, reducedMonthlyFen: 500, reason: '生活困难' };
    const created = await http.post(path).set(as(tokens.office)).set('idempotency-key', key).send(body);
    expect({ status: created.status, body: created.body }).toMatchObject({ status: 201, body: { status: 'requested', version: 1 } });
    expect((await http.post(path).set(as(tokens.office)).set('idempotency-key', key).send(body)).body.id).toBe(created.body.id);
    expect((await http.post(path).set(as(tokens.liaisonA)).set('idempotency-key', randomUUID()).send(body)).status).toBe(403);
    const decided = await http.post(`${path}/${created.body.id}/decide`).set(as(tokens.office)).set('if-match', created.headers.etag).send({ on: today, meetingRef: '支委会纪要 1 号' });
    expect(decided.status).toBe(200);
    expect((await http.post(`${path}/${created.body.id}/approve`).set(as(tokens.office)).set('if-match', created.headers.etag).send({ approver: '总支书记', on: today })).status).toBe(412);
    const approved = await http.post(`${path}/${created.body.id}/approve`).set(as(tokens.office)).set('if-match', decided.headers.etag).send({ approver: '总支书记', on: today });
    expect({ status: approved.status, state: approved.body.status }).toEqual({ status: 200, state: 'in_force' });
    expect((await http.get(`${path}/${created.body.id}`).set(as(tokens.liaisonA))).status).toBe(200);
    expect((await http.get(`${path}/${created.body.id}`).set(as(tokens.liaisonB))).status).toBe(404);

    const paid = await http.post(`/api/party-affairs/members/${member.id}/dues-payments`).set(as(tokens.office)).set('if-match', member.etag).send({ month: `${year}-02`, paidOn: today });
    expect(paid.status).toBe(200);
    member.etag = paid.headers.etag;
    const receipts = await http.get('/api/party-affairs/dues-receipts').query({ branchId, month: today.slice(0, 7) }).set(as(tokens.liaisonA));
    expect({ status: receipts.status, items: receipts.body.items.map((r: { number: string; amountFen: number }) => [r.number, r.amountFen]) }).toEqual({ status: 200, items: [[`${today.slice(0, 4)}-0001`, 500]] });
    expect((await http.get('/api/party-affairs/dues-receipts').query({ branchId, month: today.slice(0, 7) }).set(as(tokens.liaisonB))).status).toBe(404);
    const unreasoned = await http.post(`/api/party-affairs/members/${member.id}/dues-payments/void`).set(as(tokens.office)).set('if-match', member.etag).send({ month: `${year}-02` });
    expect({ status: unreasoned.status, type: unreasoned.headers['content-type'] }).toEqual({ status: 400, type: expect.stringContaining('application/problem+json') });
    const file = await http.get('/api/party-affairs/dues-receipts.xlsx').query({ branchId, month: today.slice(0, 7) }).set(as(tokens.office)).buffer(true);
    expect({ status: file.status, type: file.headers['content-type'] }).toEqual({ status: 200, type: expect.stringContaining(XLSX) });
  });

  it('the yearly statement and summary for readers; the 灯塔 export for the section only', async () => {
    const statement = await http.get('/api/party-affairs/dues-statement').query({ branchId, year }).set(as(tokens.leader));
    // 15.00 a month (3000 元 × 0.5 %), February reduced to 5.00 and paid.
    expect({ status: statement.status, due: statement.body.dueFen, paid: statement.body.paidFen, reduced: statement.body.reducedFen }).toEqual({ status: 200, due: 11 * 1_500 + 500, paid: 500, reduced: 1_000 });
    const bad = await http.get('/api/party-affairs/dues-statement').query({ branchId, year: 'x' }).set(as(tokens.leader));
    expect(bad.status).toBe(400);
    const summary = await http.get('/api/party-affairs/yearly-summary').query({ branchId, year }).set(as(tokens.liaisonA));
    expect({ status: summary.status, full: summary.body.stages.find((s: { stage: string }) => s.stage === 'full').count }).toEqual({ status: 200, full: 1 });
    expect((await http.get('/api/party-affairs/yearly-summary.xlsx').query({ branchId, year }).set(as(tokens.office))).headers['content-type']).toContain(XLSX);

    expect((await http.post('/api/party-affairs/dengta-export.xlsx').query({ year }).set(as(tokens.liaisonA))).status).toBe(403);
    expect((await http.post('/api/party-affairs/dengta-export.xlsx').query({ year }).set(as(tokens.leader))).status).toBe(403);
    const exported = await http.post('/api/party-affairs/dengta-export.xlsx').query({ year }).set(as(tokens.office)).buffer(true);
    expect({ status: exported.status, type: exported.headers['content-type'], disposition: exported.headers['content-disposition'] }).toEqual({
      status: 200,
      type: expect.stringContaining(XLSX),
      disposition: expect.stringContaining(encodeURIComponent('灯塔-党建在线导入数据')),
    });
    // The export of personal data is in the gateway's audit log, with who made it.
    const audit = await http.get('/api/audit/events').query({ actor: officeName, limit: 100 }).set(as(tokens.auditor));
    expect(audit.status).toBe(200);
    const exports = (audit.body.items as { action: string; statusCode: number }[]).filter((e) => e.action === 'POST /api/party-affairs/dengta-export.xlsx');
    expect(exports.map((e) => e.statusCode)).toContain(200);
  });
});
