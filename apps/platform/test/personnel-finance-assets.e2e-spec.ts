import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { createUserForTest, signIn } from '@gov/service-gateway';
import { createTestEnvironment, type TestEnvironment } from '@gov/testing';
import request from 'supertest';
import { launchPlatform, type RunningPlatform } from '../src/launch.js';

/** 国有资产 of personnel-finance through the gateway: the purchase procedure with If-Match, a skipped step refused, the report download. */
describe('personnel-finance assets end to end', () => {
  let environment: TestEnvironment;
  let platform: RunningPlatform;
  let http: ReturnType<typeof request>;
  const tokens = { caiwu: '', leader: '', liaison: '' };
  const base = '/api/personnel-finance';
  const bearer = (token: string) => `Bearer ${token}`;
  const binary = (req: request.Test) =>
    req.buffer(true).parse((res, done) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => done(null, Buffer.concat(chunks)));
    });

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

  it('申请 once per Idempotency-Key; 审批 by a leader with If-Match (stale is 412); a skipped step is 422 with its code; the card and the report follow', async () => {
    const key = randomUUID();
    const body = { name: '笔记本电脑', category: 'general_equipment', estimatedFen: 700_000, purpose: '外出办公' };
    const created = await http.post(`${base}/asset-purchases`).set('authorization', bearer(tokens.caiwu)).set('idempotency-key', key).send(body);
    expect({ status: created.status, body: created.body }).toMatchObject({ status: 201, body: { status: 'requested', version: 1 } });
    expect((await http.post(`${base}/asset-purchases`).set('authorization', bearer(tokens.caiwu)).set('idempotency-key', key).send(body)).body.id).toBe(created.body.id);
    const id = created.body.id as string;

    const skipped = await http.post(`${base}/asset-purchases/${id}/accept`).set('authorization', bearer(tokens.caiwu)).set('if-match', created.headers.etag).send({ acceptedOn: '2026-03-10', acceptors: '李验收' });
    expect({ status: skipped.status, code: skipped.body.code, type: skipped.headers['content-type'] }).toMatchObject({ status: 422, code: 'ASSET_PURCHASE.STEP_OUT_OF_ORDER', type: expect.stringContaining('application/problem+json') });
    expect((await http.post(`${base}/asset-purchases/${id}/approve`).set('authorization', bearer(tokens.caiwu)).set('if-match', created.headers.etag).send({})).status).toBe(403);
    const approved = await http.post(`${base}/asset-purchases/${id}/approve`).set('authorization', bearer(tokens.leader)).set('if-match', created.headers.etag).send({});
    expect({ status: approved.status, version: approved.body.version }).toEqual({ status: 200, version: 2 });
    const stale = await http.post(`${base}/asset-purchases/${id}/buy`).set('authorization', bearer(tokens.caiwu)).set('if-match', created.headers.etag).send({ supplier: '某公司', amountFen: 690_000, purchasedOn: '2026-03-01' });
    expect(stale.status).toBe(412);
    const bought = await http.post(`${base}/asset-purchases/${id}/buy`).set('authorization', bearer(tokens.caiwu)).set('if-match', approved.headers.etag).send({ supplier: '某公司', amountFen: 690_000, purchasedOn: '2026-03-01' });
    const accepted = await http.post(`${base}/asset-purchases/${id}/accept`).set('authorization', bearer(tokens.caiwu)).set('if-match', bought.headers.etag).send({ acceptedOn: '2026-03-10', acceptors: '李验收' });
    const carded = await http.post(`${base}/asset-purchases/${id}/card`).set('authorization', bearer(tokens.caiwu)).set('if-match', accepted.headers.etag).send({ location: '办公楼 205 室', keeperName: '刘保管' });
    expect({ status: carded.status, body: carded.body }).toMatchObject({ status: 200, body: { status: 'carded', assetNumber: expect.stringMatching(/^ZC-2026-/) } });

    const card = await http.get(`${base}/assets/${carded.body.assetId}`).set('authorization', bearer(tokens.leader));
    expect({ status: card.status, valueFen: card.body.valueFen, status2: card.body.status }).toEqual({ status: 200, valueFen: 690_000, status2: 'in_use' });
    expect((await http.get(`${base}/assets/${carded.body.assetId}`).set('authorization', bearer(tokens.liaison))).status).toBe(403);

    const report = await http.get(`${base}/asset-report`).query({ year: 2026, month: 3 }).set('authorization', bearer(tokens.caiwu));
    expect({ status: report.status, period: report.body.period, additions: report.body.total.additions }).toEqual({ status: 200, period: '2026-03', additions: 1 });
    const file = await binary(http.get(`${base}/asset-report.xlsx`).query({ year: 2026 }).set('authorization', bearer(tokens.caiwu)));
    expect({ status: file.status, type: file.headers['content-type'] }).toEqual({ status: 200, type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
    expect((file.body as Buffer).subarray(0, 2).toString()).toBe('PK');
  });
});
