import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { createUserForTest, signIn } from '@gov/service-gateway';
import { createTestEnvironment, type TestEnvironment } from '@gov/testing';
import request from 'supertest';
import { launchPlatform, type RunningPlatform } from '../src/launch.js';

/** 内部审计 of personnel-finance through the gateway: sign-in, Idempotency-Key, ETag/If-Match, closing only when every finding is verified. */
describe('personnel-finance internal audits end to end', () => {
  let environment: TestEnvironment;
  let platform: RunningPlatform;
  let http: ReturnType<typeof request>;
  const tokens = { caiwu: '', leader: '', liaison: '' };
  const path = '/api/personnel-finance/internal-audits';
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

  it('plans, starts, records a finding, reports, and refuses to close before the finding is verified', async () => {
    const plan = { unitId: randomUUID(), unitName: '区机关事务服务中心', periodFrom: '2025-01-01', periodTo: '2025-12-31', scope: '2025 年度财务收支', team: ['王审计', '李会计'], plannedOn: '2026-03-01' };
    const created = await http.post(path).set('authorization', bearer(tokens.caiwu)).set('idempotency-key', randomUUID()).send(plan);
    expect({ status: created.status, state: created.body.status }).toEqual({ status: 201, state: 'planned' });
    const at = `${path}/${created.body.id}`;
    const started = await http.post(`${at}/start`).set('authorization', bearer(tokens.caiwu)).set('if-match', created.headers.etag).send({ startedOn: '2026-03-02' });
    expect(started.status).toBe(200);
    const found = await http
      .post(`${at}/findings`)
      .set('authorization', bearer(tokens.caiwu))
      .set('if-match', started.headers.etag)
      .send({ category: 'assets', description: '固定资产账实不符', amountFen: 120_000, requirement: '清查并调整账目', dueDate: '2026-06-30' });
    expect({ status: found.status, findings: found.body.findings.length }).toEqual({ status: 200, findings: 1 });
    const reported = await http.post(`${at}/report`).set('authorization', bearer(tokens.caiwu)).set('if-match', found.headers.etag).send({ reportNumber: '博政办财审〔2026〕2号', reportedOn: '2026-03-20' });
    expect(reported.body.status).toBe('reported');
    const early = await http.post(`${at}/close`).set('authorization', bearer(tokens.caiwu)).set('if-match', reported.headers.etag).send({ closedOn: '2026-03-21' });
    expect({ status: early.status, code: early.body.code, type: early.headers['content-type'] }).toMatchObject({ status: 422, code: 'INTERNAL_AUDIT.FINDINGS_NOT_VERIFIED', type: expect.stringContaining('application/problem+json') });
    expect((await http.post(`${at}/close`).set('authorization', bearer(tokens.leader)).set('if-match', reported.headers.etag).send({ closedOn: '2026-03-21' })).status).toBe(403);
    expect((await http.get(at).set('authorization', bearer(tokens.leader))).status).toBe(200);
    expect((await http.get(path).set('authorization', bearer(tokens.liaison))).status).toBe(403);
  });
});
