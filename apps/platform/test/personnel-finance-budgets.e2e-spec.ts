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
  const tokens = { caiwu: '', chief: '', leader: '', liaison: '' };
  const path = '/api/personnel-finance/budgets';
  const bearer = (token: string) => `Bearer ${token}`;

  beforeAll(async () => {
    environment = await createTestEnvironment();
    platform = await launchPlatform({ env: environment.env, bus: environment.bus, port: 0, host: '127.0.0.1' });
    http = request(platform.gateway.url);
    const caiwu = await createUserForTest(platform.gateway, { roles: ['section_staff'], sectionCode: 'caiwu' });
    tokens.caiwu = await signIn(http, caiwu.username, caiwu.password);
    const chief = await createUserForTest(platform.gateway, { roles: ['section_chief'], sectionCode: 'caiwu' });
    tokens.chief = await signIn(http, chief.username, chief.password);
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

  const binary = (req: request.Test) =>
    req.buffer(true).parse((res, done) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => done(null, Buffer.concat(chunks)));
    });

  it('a travel claim is checked against the standards, charged to a budget item and paid into its execution; the 决算 downloads as .xlsx', async () => {
    const ITEM = '2010301/30211';
    let budget = await http.post(path).set('authorization', bearer(tokens.caiwu)).set('idempotency-key', randomUUID()).send({ year: 2043, title: '2043 年度部门预算', items: [{ functionCode: '2010301', economicCode: '30211', name: '行政运行—差旅费', amountFen: 300_000 }] });
    const at = `${path}/${budget.body.id}`;
    budget = await http.post(`${at}/approve`).set('authorization', bearer(tokens.caiwu)).set('if-match', budget.headers.etag).send({ documentNumber: '博财预〔2043〕1号', approvedOn: '2043-01-15', approvedBy: '博山区财政局' });
    expect(budget.status).toBe(200);

    const trip = { travellerName: '林娜', rankClass: 'other', destination: 'beijing', departOn: '2043-03-01', returnOn: '2043-03-03', nights: 2, lodgingFen: 100_000, mealFen: 30_000, transportFen: 24_000 };
    const claim = { title: '赴京汇报', claimantName: '林娜', sectionCode: 'caiwu', expenseKind: 'travel', paymentMethod: 'official_card', items: [{ description: '住宿费及补助、车票', amountFen: 200_000, occurredOn: '2043-03-03' }], trips: [trip], budgetId: budget.body.id, budgetItemKey: ITEM };
    const over = await http.post('/api/personnel-finance/claims').set('authorization', bearer(tokens.caiwu)).set('idempotency-key', randomUUID()).send({ ...claim, trips: [{ ...trip, lodgingFen: 100_001 }] });
    expect({ status: over.status, code: over.body.code, type: over.headers['content-type'], detail: over.body.detail }).toMatchObject({
      status: 422,
      code: 'CLAIM.OVER_STANDARD',
      type: expect.stringContaining('application/problem+json'),
      detail: expect.stringContaining('限额 1000.00 元'),
    });
    let res = await http.post('/api/personnel-finance/claims').set('authorization', bearer(tokens.caiwu)).set('idempotency-key', randomUUID()).send(claim);
    expect({ status: res.status, version: res.body.standardsVersion }).toEqual({ status: 201, version: 'CLBZ-2025-01' });
    const claimAt = `/api/personnel-finance/claims/${res.body.id}`;
    res = await http.post(`${claimAt}/submit`).set('authorization', bearer(tokens.caiwu)).set('if-match', res.headers.etag).send();
    res = await http.post(`${claimAt}/approve`).set('authorization', bearer(tokens.chief)).set('if-match', res.headers.etag).send({});
    expect(res.body.status).toBe('approved');
    const committed = await http.get(at).set('authorization', bearer(tokens.leader));
    expect(committed.body.items[0]).toMatchObject({ claimCommittedFen: 200_000, paidFen: 0 });
    res = await http.post(`${claimAt}/pay`).set('authorization', bearer(tokens.caiwu)).set('if-match', res.headers.etag).send({ paidOn: '2043-03-10' });
    expect(res.body.status).toBe('paid');
    const entries = await http.get(`${at}/entries`).query({ kind: 'payment' }).set('authorization', bearer(tokens.leader));
    expect(entries.body.items).toEqual([expect.objectContaining({ claimId: res.body.id, amountFen: 200_000 })]);

    const early = await http.get(`${at}/final-accounts.xlsx`).set('authorization', bearer(tokens.leader));
    expect({ status: early.status, code: early.body.code }).toEqual({ status: 422, code: 'BUDGET.NOT_CLOSED' });
    const current = await http.get(at).set('authorization', bearer(tokens.caiwu));
    const closed = await http.post(`${at}/close`).set('authorization', bearer(tokens.caiwu)).set('if-match', current.headers.etag).send({ closedOn: '2043-12-31' });
    expect(closed.body).toMatchObject({ status: 'closed', finalAccounts: { totals: { paidFen: 200_000 } } });
    const file = await binary(http.get(`${at}/final-accounts.xlsx`).set('authorization', bearer(tokens.leader)));
    expect({ status: file.status, type: file.headers['content-type'] }).toEqual({ status: 200, type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
    expect((file.body as Buffer).subarray(0, 2).toString()).toBe('PK');
    expect((await http.get(`${at}/final-accounts.xlsx`).set('authorization', bearer(tokens.liaison))).status).toBe(403);
  });

  it('the office leader reads but does not act; a unit liaison sees nothing', async () => {
    const refused = await http.post(path).set('authorization', bearer(tokens.leader)).set('idempotency-key', randomUUID()).send({ year: 2042, title: '越权', items: [] });
    expect(refused.status).toBe(403);
    expect((await http.get(path).set('authorization', bearer(tokens.leader))).status).toBe(200);
    expect((await http.get(path).set('authorization', bearer(tokens.liaison))).status).toBe(403);
  });
});
