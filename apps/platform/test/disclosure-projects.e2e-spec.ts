import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { shanghaiDate } from '@gov/calendar';
import { createUserForTest, signIn } from '@gov/service-gateway';
import { createTestEnvironment, eventually, type TestEnvironment } from '@gov/testing';
import request from 'supertest';
import { launchPlatform, type RunningPlatform } from '../src/launch.js';

/** 信息化项目 of disclosure through the gateway: sign-in, Idempotency-Key, ETag/If-Match, the section's steps, a liaison seeing only their unit. */
describe('disclosure projects end to end', () => {
  let environment: TestEnvironment;
  let platform: RunningPlatform;
  let http: ReturnType<typeof request>;
  const tokens = { office: '', leader: '', liaisonA: '', liaisonB: '' };
  const path = '/api/disclosure/projects';
  const bearer = (token: string) => `Bearer ${token}`;
  const today = shanghaiDate(new Date());
  const fields = (title: string) => ({ title, kind: 'smart_city', content: '城市运行管理平台一期', budgetYuan: 3_500_000, plannedStartOn: '2026-03-01', plannedEndOn: '2027-02-28' });

  beforeAll(async () => {
    environment = await createTestEnvironment();
    platform = await launchPlatform({ env: environment.env, bus: environment.bus, port: 0, host: '127.0.0.1' });
    http = request(platform.gateway.url);
    const office = await createUserForTest(platform.gateway, { roles: ['section_staff'], sectionCode: 'dashuju' });
    tokens.office = await signIn(http, office.username, office.password);
    const leader = await createUserForTest(platform.gateway, { roles: ['office_leader'], sectionCode: null });
    tokens.leader = await signIn(http, leader.username, leader.password);
    for (const key of ['liaisonA', 'liaisonB'] as const) {
      const liaison = await createUserForTest(platform.gateway, { roles: ['unit_liaison'], unitId: randomUUID(), sectionCode: null });
      tokens[key] = await signIn(http, liaison.username, liaison.password);
    }
  });

  afterAll(async () => {
    await platform?.stop();
    await environment?.dispose();
  });

  it('a liaison submits once per Idempotency-Key; the section reviews, supervises, accepts and evaluates with If-Match (a stale one is 412)', async () => {
    const key = randomUUID();
    const body = fields('端到端测试项目');
    const created = await http.post(path).set('authorization', bearer(tokens.liaisonA)).set('idempotency-key', key).send(body);
    expect({ status: created.status, body: created.body }).toMatchObject({ status: 201, body: { title: '端到端测试项目', status: 'submitted', version: 1 } });
    const replayed = await http.post(path).set('authorization', bearer(tokens.liaisonA)).set('idempotency-key', key).send(body);
    expect(replayed.body.id).toBe(created.body.id);
    const at = `${path}/${created.body.id}`;

    const read = await http.get(at).set('authorization', bearer(tokens.office));
    expect({ status: read.status, etag: read.headers.etag }).toEqual({ status: 200, etag: created.headers.etag });
    const byLiaison = await http.post(`${at}/review`).set('authorization', bearer(tokens.liaisonA)).set('if-match', read.headers.etag).send({ decision: 'approved', reviewedOn: today });
    expect(byLiaison.status).toBe(403);
    const unreasoned = await http.post(`${at}/review`).set('authorization', bearer(tokens.office)).set('if-match', read.headers.etag).send({ decision: 'returned', reviewedOn: today });
    expect({ status: unreasoned.status, type: unreasoned.headers['content-type'] }).toEqual({ status: 400, type: expect.stringContaining('application/problem+json') });

    const approved = await http.post(`${at}/review`).set('authorization', bearer(tokens.office)).set('if-match', read.headers.etag).send({ decision: 'approved', reviewedOn: today, opinion: '同意立项' });
    expect({ status: approved.status, state: approved.body.status }).toEqual({ status: 200, state: 'implementing' });
    const stale = await http.post(`${at}/supervise`).set('authorization', bearer(tokens.office)).set('if-match', read.headers.etag).send({ recordedOn: today, progress: '过期版本' });
    expect(stale.status).toBe(412);
    const supervised = await http.post(`${at}/supervise`).set('authorization', bearer(tokens.office)).set('if-match', approved.headers.etag).send({ recordedOn: today, progress: '完成主体建设', progressPercent: 80 });
    expect({ status: supervised.status, count: supervised.body.supervisionCount }).toEqual({ status: 200, count: 1 });
    const accepted = await http.post(`${at}/accept`).set('authorization', bearer(tokens.office)).set('if-match', supervised.headers.etag).send({ acceptedOn: today, result: 'passed', experts: ['赵一', '钱二', '孙三'] });
    expect({ status: accepted.status, state: accepted.body.status }).toEqual({ status: 200, state: 'accepted' });
    const evaluated = await http.post(`${at}/evaluate`).set('authorization', bearer(tokens.office)).set('if-match', accepted.headers.etag).send({ evaluatedOn: today, score: 93 });
    expect({ status: evaluated.status, grade: evaluated.body.gradeLabel, steps: evaluated.body.steps.length }).toEqual({ status: 200, grade: '优', steps: 5 });
    const again = await http.post(`${at}/evaluate`).set('authorization', bearer(tokens.office)).set('if-match', evaluated.headers.etag).send({ evaluatedOn: today, score: 60 });
    expect({ status: again.status, code: again.body.code }).toEqual({ status: 422, code: 'PROJECT.INVALID_STATE' });
    const leaderRead = await http.get(at).set('authorization', bearer(tokens.leader));
    expect({ status: leaderRead.status, state: leaderRead.body.status }).toEqual({ status: 200, state: 'evaluated' });
  });

  it('待办: a submitted project waits in the section’s list; returned, in the submitting unit’s; resubmitted, back in the section’s', async () => {
    type Task = { kind: string; link: string; status?: string };
    const tasksOf = async (token: string) => ((await http.get('/api/tasks').query({ limit: 100 }).set('authorization', bearer(token))).body.items as Task[]) ?? [];
    const created = await http.post(path).set('authorization', bearer(tokens.liaisonA)).set('idempotency-key', randomUUID()).send(fields('待办测试项目'));
    expect(created.status).toBe(201);
    const link = `/disclosure/projects/${created.body.id}`;
    await eventually(async () => (await tasksOf(tokens.office)).find((t) => t.kind === 'disclosure_project_review' && t.link === link), 15_000, 'the review task in the section’s 待办');
    expect((await tasksOf(tokens.liaisonA)).some((t) => t.link === link)).toBe(false);

    const returned = await http.post(`${path}/${created.body.id}/review`).set('authorization', bearer(tokens.office)).set('if-match', created.headers.etag).send({ decision: 'returned', reviewedOn: today, opinion: '请补充预算测算依据' });
    expect({ status: returned.status, state: returned.body.status }).toEqual({ status: 200, state: 'returned' });
    await eventually(async () => (await tasksOf(tokens.liaisonA)).find((t) => t.kind === 'disclosure_project_revision' && t.link === link), 15_000, 'the revision task in the unit’s 待办');
    await eventually(async () => ((await tasksOf(tokens.office)).some((t) => t.kind === 'disclosure_project_review' && t.link === link) ? undefined : true), 15_000, 'the review task closed');
    expect((await tasksOf(tokens.liaisonB)).some((t) => t.link === link)).toBe(false);

    const resubmitted = await http.post(`${path}/${created.body.id}/resubmit`).set('authorization', bearer(tokens.liaisonA)).set('if-match', returned.headers.etag).send({ note: '已补充测算依据' });
    expect(resubmitted.status).toBe(200);
    await eventually(async () => ((await tasksOf(tokens.liaisonA)).some((t) => t.link === link) ? undefined : true), 15_000, 'the revision task closed');
    await eventually(async () => (await tasksOf(tokens.office)).find((t) => t.kind === 'disclosure_project_review' && t.link === link), 15_000, 'the review task open again');
  });

  it("a liaison sees only their own unit's projects (another unit's is 404); withdrawn with a reason", async () => {
    const created = await http.post(path).set('authorization', bearer(tokens.liaisonA)).set('idempotency-key', randomUUID()).send(fields('联络员甲的项目'));
    expect(created.status).toBe(201);
    expect((await http.get(`${path}/${created.body.id}`).set('authorization', bearer(tokens.liaisonA))).status).toBe(200);
    expect((await http.get(`${path}/${created.body.id}`).set('authorization', bearer(tokens.liaisonB))).status).toBe(404);
    const listed = await http.get(path).query({ q: '联络员甲' }).set('authorization', bearer(tokens.liaisonB));
    expect({ status: listed.status, items: listed.body.items }).toEqual({ status: 200, items: [] });
    const office = await http.get(path).query({ q: '联络员甲' }).set('authorization', bearer(tokens.office));
    expect(office.body.items.map((r: { id: string }) => r.id)).toEqual([created.body.id]);
    const withdrawn = await http.post(`${path}/${created.body.id}/withdraw`).set('authorization', bearer(tokens.liaisonA)).set('if-match', created.headers.etag).send({ reason: '并入全区统一建设' });
    expect({ status: withdrawn.status, body: withdrawn.body }).toMatchObject({ status: 200, body: { status: 'withdrawn', withdrawalReason: '并入全区统一建设', version: 2 } });
  });
});
