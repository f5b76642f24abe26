import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { createUserForTest, signIn } from '@gov/service-gateway';
import { createTestEnvironment, type TestEnvironment } from '@gov/testing';
import request from 'supertest';
import { launchPlatform, type RunningPlatform } from '../src/launch.js';

/**
 * The departments' 政府信息公开工作年度报告 and the 协助调查件 of disclosure through the gateway: sign-in, Idempotency-Key,
 * ETag/If-Match, a liaison submitting and seeing only its own unit's report, the section's check and 统一发布.
 */
describe('disclosure department reports and assistance requests end to end', () => {
  let environment: TestEnvironment;
  let platform: RunningPlatform;
  let http: ReturnType<typeof request>;
  const tokens = { office: '', leader: '', liaisonA: '', liaisonB: '' };
  const units = { liaisonA: randomUUID(), liaisonB: randomUUID() };
  const reports = '/api/disclosure/department-reports';
  const rounds = '/api/disclosure/department-report-rounds';
  const assistance = '/api/disclosure/assistance-requests';
  const bearer = (token: string) => `Bearer ${token}`;

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

  it('the section opens the year; a liaison submits once per Idempotency-Key and sees only its own unit’s report; the section returns, passes and publishes', async () => {
    const openKey = randomUUID();
    const opened = await http.post(rounds).set('authorization', bearer(tokens.office)).set('idempotency-key', openKey).send({ year: 2025, unitIds: [units.liaisonA, units.liaisonB] });
    expect({ status: opened.status, body: opened.body }).toMatchObject({ status: 201, body: { year: 2025, status: 'collecting', dueDate: '2026-01-31', missingCount: 2 } });
    expect((await http.post(rounds).set('authorization', bearer(tokens.liaisonA)).set('idempotency-key', randomUUID()).send({ year: 2024, unitIds: [units.liaisonA] })).status).toBe(403);
    expect((await http.get(`${rounds}/${opened.body.id}`).set('authorization', bearer(tokens.liaisonA))).status).toBe(403);

    const key = randomUUID();
    const body = { year: 2025, text: '一、总体情况……', attachments: ['2025年度政府信息公开工作年度报告.pdf'], figures: { newApplications: 5, carriedOver: 0, concluded: 4, carriedForward: 1, reviews: 0, lawsuits: 0 } };
    const mine = await http.post(reports).set('authorization', bearer(tokens.liaisonA)).set('idempotency-key', key).send(body);
    expect({ status: mine.status, body: mine.body }).toMatchObject({ status: 201, body: { unitId: units.liaisonA, status: 'submitted', late: true, version: 1 } });
    const replayed = await http.post(reports).set('authorization', bearer(tokens.liaisonA)).set('idempotency-key', key).send(body);
    expect(replayed.body.id).toBe(mine.body.id);
    const unbalanced = await http.post(reports).set('authorization', bearer(tokens.liaisonB)).set('idempotency-key', randomUUID()).send({ ...body, figures: { ...body.figures, concluded: 9 } });
    expect({ status: unbalanced.status, code: unbalanced.body.code }).toEqual({ status: 422, code: 'DEPARTMENT_REPORT.CROSS_CHECK' });
    expect(unbalanced.headers['content-type']).toContain('application/problem+json');
    const theirs = await http.post(reports).set('authorization', bearer(tokens.liaisonB)).set('idempotency-key', randomUUID()).send({ year: 2025, text: '乙单位报告' });
    expect(theirs.status).toBe(201);

    // A liaison sees its own unit's report only (another unit's is 404); the leader sees both.
    expect((await http.get(`${reports}/${mine.body.id}`).set('authorization', bearer(tokens.liaisonA))).status).toBe(200);
    expect((await http.get(`${reports}/${mine.body.id}`).set('authorization', bearer(tokens.liaisonB))).status).toBe(404);
    const listedB = await http.get(reports).query({ year: 2025 }).set('authorization', bearer(tokens.liaisonB));
    expect({ status: listedB.status, ids: listedB.body.items.map((r: { id: string }) => r.id) }).toEqual({ status: 200, ids: [theirs.body.id] });
    const listedLeader = await http.get(reports).query({ year: 2025 }).set('authorization', bearer(tokens.leader));
    expect(listedLeader.body.items.map((r: { id: string }) => r.id).sort()).toEqual([mine.body.id, theirs.body.id].sort());
    expect((await http.post(`${reports}/${mine.body.id}/review`).set('authorization', bearer(tokens.liaisonA)).set('if-match', mine.headers.etag).send({ decision: 'pass' })).status).toBe(403);

    const read = await http.get(`${reports}/${mine.body.id}`).set('authorization', bearer(tokens.office));
    expect(read.headers.etag).toBe(mine.headers.etag);
    const noReason = await http.post(`${reports}/${mine.body.id}/review`).set('authorization', bearer(tokens.office)).set('if-match', read.headers.etag).send({ decision: 'return' });
    expect(noReason.status).toBe(400);
    const returned = await http.post(`${reports}/${mine.body.id}/review`).set('authorization', bearer(tokens.office)).set('if-match', read.headers.etag).send({ decision: 'return', reason: '缺少复议诉讼情况' });
    expect({ status: returned.status, body: returned.body }).toMatchObject({ status: 200, body: { status: 'returned', returnReason: '缺少复议诉讼情况', version: 2 } });
    const stale = await http.put(`${reports}/${mine.body.id}`).set('authorization', bearer(tokens.liaisonA)).set('if-match', read.headers.etag).send({ text: '过期版本' });
    expect(stale.status).toBe(412);
    const again = await http.put(`${reports}/${mine.body.id}`).set('authorization', bearer(tokens.liaisonA)).set('if-match', returned.headers.etag).send({ text: '一、总体情况……四、复议诉讼情况……', figures: body.figures });
    expect({ status: again.status, version: again.body.version, state: again.body.status }).toEqual({ status: 200, version: 3, state: 'submitted' });
    const passed = await http.post(`${reports}/${mine.body.id}/review`).set('authorization', bearer(tokens.office)).set('if-match', again.headers.etag).send({ decision: 'pass' });
    expect(passed.body.status).toBe('passed');
    const theirsRead = await http.get(`${reports}/${theirs.body.id}`).set('authorization', bearer(tokens.office));
    expect((await http.post(`${reports}/${theirs.body.id}/review`).set('authorization', bearer(tokens.office)).set('if-match', theirsRead.headers.etag).send({ decision: 'pass' })).status).toBe(200);

    const round = await http.get(`${rounds}/${opened.body.id}`).set('authorization', bearer(tokens.leader));
    expect({ status: round.status, submitted: round.body.submittedCount, missing: round.body.missingCount }).toEqual({ status: 200, submitted: 2, missing: 0 });
    const published = await http.post(`${rounds}/${opened.body.id}/publish`).set('authorization', bearer(tokens.office)).set('if-match', round.headers.etag).send({ publishedOn: '2026-12-01' });
    expect({ status: published.status, body: published.body }).toMatchObject({ status: 200, body: { status: 'published', publishedOn: '2026-12-01' } });
    expect(published.body.units.map((u: { state: string }) => u.state)).toEqual(['published', 'published']);
  });

  it('协助调查件: the section registers (deadline by the stated date), replies at the version held; a liaison has no access', async () => {
    const body = { requesterKind: 'court', requester: '博山区人民法院', documentNumber: '（2026）鲁0304行初12号', receivedOn: '2026-11-02', title: '李某诉区政府办政府信息公开案应诉材料', matter: '提交答辩状及证据', handler: '赵承办', statedDueOn: '2026-11-16' };
    const key = randomUUID();
    const created = await http.post(assistance).set('authorization', bearer(tokens.office)).set('idempotency-key', key).send(body);
    expect({ status: created.status, body: created.body }).toMatchObject({ status: 201, body: { status: 'received', dueDate: '2026-11-16', requesterKindLabel: '人民法院', version: 1 } });
    expect((await http.post(assistance).set('authorization', bearer(tokens.office)).set('idempotency-key', key).send(body)).body.id).toBe(created.body.id);
    const both = await http.post(assistance).set('authorization', bearer(tokens.office)).set('idempotency-key', randomUUID()).send({ ...body, workingDays: 5 });
    expect({ status: both.status, code: both.body.code }).toEqual({ status: 422, code: 'ASSISTANCE_REQUEST.DEADLINE' });
    expect((await http.get(`${assistance}/${created.body.id}`).set('authorization', bearer(tokens.liaisonA))).status).toBe(403);
    expect((await http.get(assistance).set('authorization', bearer(tokens.liaisonA))).status).toBe(403);
    const read = await http.get(`${assistance}/${created.body.id}`).set('authorization', bearer(tokens.leader));
    expect({ status: read.status, etag: read.headers.etag }).toEqual({ status: 200, etag: created.headers.etag });
    expect((await http.post(`${assistance}/${created.body.id}/reply`).set('authorization', bearer(tokens.leader)).set('if-match', read.headers.etag).send({ repliedOn: '2026-11-10', text: '已提交' })).status).toBe(403);
    const replied = await http.post(`${assistance}/${created.body.id}/reply`).set('authorization', bearer(tokens.office)).set('if-match', read.headers.etag).send({ repliedOn: '2026-11-10', text: '已提交答辩状及证据', attachments: ['答辩状.pdf'] });
    expect({ status: replied.status, body: replied.body }).toMatchObject({ status: 200, body: { status: 'replied', overdue: false, replyAttachments: ['答辩状.pdf'], version: 2 } });
    const stale = await http.post(`${assistance}/${created.body.id}/withdraw`).set('authorization', bearer(tokens.office)).set('if-match', read.headers.etag).send({ reason: '过期版本' });
    expect(stale.status).toBe(412);
  });
});
