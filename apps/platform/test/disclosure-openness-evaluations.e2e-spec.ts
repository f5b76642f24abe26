import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { shanghaiDate } from '@gov/calendar';
import { createUserForTest, signIn } from '@gov/service-gateway';
import { createTestEnvironment, eventually, type TestEnvironment } from '@gov/testing';
import request from 'supertest';
import { launchPlatform, type RunningPlatform } from '../src/launch.js';

/** 政务公开考评 of disclosure through the gateway: Idempotency-Key, ETag/If-Match, the 待办 of the submission, frozen after the result, the office only. */
describe('disclosure openness-evaluations end to end', () => {
  let environment: TestEnvironment;
  let platform: RunningPlatform;
  let http: ReturnType<typeof request>;
  const tokens = { office: '', leader: '', liaison: '' };
  const path = '/api/disclosure/openness-evaluations';
  const bearer = (token: string) => `Bearer ${token}`;
  const today = shanghaiDate(new Date());

  beforeAll(async () => {
    environment = await createTestEnvironment();
    platform = await launchPlatform({ env: environment.env, bus: environment.bus, port: 0, host: '127.0.0.1' });
    http = request(platform.gateway.url);
    const office = await createUserForTest(platform.gateway, { roles: ['section_staff'], sectionCode: 'dashuju' });
    tokens.office = await signIn(http, office.username, office.password);
    const leader = await createUserForTest(platform.gateway, { roles: ['office_leader'], sectionCode: null });
    tokens.leader = await signIn(http, leader.username, leader.password);
    const liaison = await createUserForTest(platform.gateway, { roles: ['unit_liaison'], unitId: randomUUID(), sectionCode: null });
    tokens.liaison = await signIn(http, liaison.username, liaison.password);
  });

  afterAll(async () => {
    await platform?.stop();
    await environment?.dispose();
  });

  it('registered once per Idempotency-Key, its 待办 in the section’s list until submitted, self-assessed with If-Match, frozen once the result is in', async () => {
    type Task = { kind: string; link: string };
    const tasksOf = async () => ((await http.get('/api/tasks').query({ limit: 100 }).set('authorization', bearer(tokens.office))).body.items as Task[]) ?? [];
    const key = randomUUID();
    const body = { year: 2030, evaluator: 'city', title: '端到端政务公开考评', dueOn: '2030-11-30', indicators: [{ name: '主动公开', maxPoints: 10 }] };
    const created = await http.post(path).set('authorization', bearer(tokens.office)).set('idempotency-key', key).send(body);
    expect({ status: created.status, body: created.body }).toMatchObject({ status: 201, body: { status: 'preparing', totalPoints: 10, version: 1 } });
    const replayed = await http.post(path).set('authorization', bearer(tokens.office)).set('idempotency-key', key).send(body);
    expect(replayed.body.id).toBe(created.body.id);
    const at = `${path}/${created.body.id}`;
    const link = `/disclosure/openness-evaluations/${created.body.id}`;
    await eventually(async () => (await tasksOf()).find((t) => t.kind === 'disclosure_evaluation_submission' && t.link === link), 15_000, 'the submission task in the section’s 待办');

    const indicatorId = created.body.indicators[0].id as string;
    const over = await http.post(`${at}/self-assessment`).set('authorization', bearer(tokens.office)).set('if-match', created.headers.etag).send({ scores: [{ indicatorId, score: 10.5 }] });
    expect({ status: over.status, code: over.body.code }).toEqual({ status: 422, code: 'OPENNESS_EVALUATION.SCORE' });
    const evidence = await http.post(`${at}/evidence`).set('authorization', bearer(tokens.office)).set('if-match', created.headers.etag).send({ indicatorId, description: '公开目录全年更新 320 条', attachments: ['更新统计.xlsx'] });
    expect(evidence.status).toBe(200);
    const stale = await http.post(`${at}/self-assessment`).set('authorization', bearer(tokens.office)).set('if-match', created.headers.etag).send({ scores: [{ indicatorId, score: 9 }] });
    expect(stale.status).toBe(412);
    const assessed = await http.post(`${at}/self-assessment`).set('authorization', bearer(tokens.office)).set('if-match', evidence.headers.etag).send({ scores: [{ indicatorId, score: 9 }] });
    expect({ status: assessed.status, selfTotal: assessed.body.selfTotal }).toEqual({ status: 200, selfTotal: 9 });
    const submitted = await http.post(`${at}/submit`).set('authorization', bearer(tokens.office)).set('if-match', assessed.headers.etag).send({ submittedOn: today });
    expect({ status: submitted.status, state: submitted.body.status }).toEqual({ status: 200, state: 'submitted' });
    await eventually(async () => ((await tasksOf()).some((t) => t.kind === 'disclosure_evaluation_submission' && t.link === link) ? undefined : true), 15_000, 'the submission task closed');
    const resulted = await http.post(`${at}/result`).set('authorization', bearer(tokens.office)).set('if-match', submitted.headers.etag).send({ resultOn: today, score: 8.5, rank: 3, rankOf: 9, deductions: [{ indicatorId, points: 1.5, reason: '部分栏目更新滞后', rectification: '建立周更新台账' }] });
    expect({ status: resulted.status, state: resulted.body.status, score: resulted.body.resultScore }).toEqual({ status: 200, state: 'resulted', score: 8.5 });
    const frozen = await http.post(`${at}/withdraw`).set('authorization', bearer(tokens.office)).set('if-match', resulted.headers.etag).send({ reason: '结果录入后撤销' });
    expect({ status: frozen.status, code: frozen.body.code }).toEqual({ status: 422, code: 'OPENNESS_EVALUATION.FROZEN' });
    const leaderRead = await http.get(at).set('authorization', bearer(tokens.leader));
    expect({ status: leaderRead.status, rank: leaderRead.body.result?.rank }).toEqual({ status: 200, rank: 3 });
    const leaderChange = await http.post(`${at}/withdraw`).set('authorization', bearer(tokens.leader)).set('if-match', resulted.headers.etag).send({ reason: '领导不能撤销' });
    expect(leaderChange.status).toBe(403);
  });

  it('a unit liaison holds no evaluation permission (403)', async () => {
    expect((await http.get(path).set('authorization', bearer(tokens.liaison))).status).toBe(403);
    expect((await http.get(`${path}/${randomUUID()}`).set('authorization', bearer(tokens.liaison))).status).toBe(403);
  });
});
