import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { createUserForTest, signIn } from '@gov/service-gateway';
import { createTestEnvironment, type TestEnvironment } from '@gov/testing';
import request from 'supertest';
import { launchPlatform, type RunningPlatform } from '../src/launch.js';

/** 预算/决算 of personnel-finance through the gateway: sign-in, Idempotency-Key, ETag/If-Match, the over-budget refusal, who may do what. */
describe('personnel-finance budgets end to end', () => {
  let environment: TestEnvironment;
  let platform: RunningPlatform;
  let http: ReturnType<typeof request>;
  const tokens = { caiwu: '', leader: '', liaison: '' };
  const path = '/api/personnel-finance/budgets';
  const bearer = (token: string) => `Bearer ${token}`;

  beforeAll(async () => {
    environment = await createTestEnvironment();
    platform = await launchPlatform({ env: environment.env, bus: environment.bus, port: 0, host: '127.0.0.1' });
    http = request(platform.gateway.url);
    const caiwu = await createUserForTest(platform.gateway, { roles: ['section_staff'], sectionCode: 'caiwu' });
    tokens.caiwu = await signIn(http, caiwu.username, caiwu.password);
    const leader = await createUserForTest(platform.gateway, { roles: ['office_leader'], sectionCode: null });
    tokens.leader = await signIn(http, leader.username, leader.password);
    const liaison = await createUserForTest(platform.gateway, { roles: ['unit_liaison'], unitId: randomUUID(), sectionCode: null });
    tokens.liaison = await signIn(http, liaison.username, liaison.password);
  });

  afterAll(async () => {
    await platform?.stop();
    await environment?.dispose();
  });

  it('drafts once per Idempotency-Key, approves with If-Match, refuses a payment beyond the item (422 problem+json), reads the execution', async () => {
    const key = randomUUID();
    const body = { year: 2041, title: '2041 年度部门预算', items: [{ functionCode: '2010301', economicCode: '30201', name: '行政运行—办公费', amountFen: 500_000 }] };
    const created = await http.post(path).set('authorization', bearer(tokens.caiwu)).set('idempotency-key', key).send(body);
    expect({ status: created.status, body: created.body }).toMatchObject({ status: 201, body: { status: 'draft', version: 1 } });
    const replayed = await http.post(path).set('authorization', bearer(tokens.caiwu)).set('idempotency-key', key).send(body);
    expect(replayed.body.id).toBe(created.body.id);
    const at = `${path}/${created.body.id}`;

    const stale = await http.post(`${at}/approve`).set('authorization', bearer(tokens.caiwu)).set('if-match', '"9"').send({ documentNumber: '博财预〔2041〕1号', approvedOn: '2041-01-15', approvedBy: '博山区财政局' });
    expect(stale.status).toBe(412);
    const approved = await http.post(`${at}/approve`).set('authorization', bearer(tokens.caiwu)).set('if-match', created.headers.etag).send({ documentNumber: '博财预〔2041〕1号', approvedOn: '2041-01-15', approvedBy: '博山区财政局' });
    expect({ status: approved.status, state: approved.body.status }).toEqual({ status: 200, state: 'approved' });

    const over = await http
      .post(`${at}/entries`)
      .set('authorization', bearer(tokens.caiwu))
      .set('if-match', approved.headers.etag)
      .send({ itemKey: '2010301/30201', kind: 'payment', amountFen: 500_001, occurredOn: '2041-02-01', reference: '记-204102-0001', purpose: '办公用品' });
    expect({ status: over.status, code: over.body.code, type: over.headers['content-type'] }).toMatchObject({ status: 422, code: 'BUDGET.OVER_AVAILABLE', type: expect.stringContaining('application/problem+json') });
    const paid = await http
      .post(`${at}/entries`)
      .set('authorization', bearer(tokens.caiwu))
      .set('if-match', approved.headers.etag)
      .send({ itemKey: '2010301/30201', kind: 'payment', amountFen: 125_000, occurredOn: '2041-02-01', reference: '记-204102-0001', purpose: '办公用品' });
    expect({ status: paid.status, totals: paid.body.totals }).toMatchObject({ status: 200, totals: { paidFen: 125_000, availableFen: 375_000, executionRate: 25 } });

    const read = await http.get(at).set('authorization', bearer(tokens.leader));
    expect({ status: read.status, etag: read.headers.etag }).toEqual({ status: 200, etag: paid.headers.etag });
    const entries = await http.get(`${at}/entries`).query({ kind: 'payment' }).set('authorization', bearer(tokens.leader));
    expect(entries.body.items.map((e: { reference: string }) => e.reference)).toEqual(['记-204102-0001']);
  });

  it('the office leader reads but does not act; a unit liaison sees nothing', async () => {
    const refused = await http.post(path).set('authorization', bearer(tokens.leader)).set('idempotency-key', randomUUID()).send({ year: 2042, title: '越权', items: [] });
    expect(refused.status).toBe(403);
    expect((await http.get(path).set('authorization', bearer(tokens.leader))).status).toBe(200);
    expect((await http.get(path).set('authorization', bearer(tokens.liaison))).status).toBe(403);
  });
});
