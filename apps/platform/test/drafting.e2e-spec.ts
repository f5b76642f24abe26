import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { Clearance } from '@gov/contracts-common';
import { CalendarCopy } from '@gov/platform';
import { DraftingOverdueSweeper } from '@gov/service-document-secretariat';
import { createUserForTest, signIn } from '@gov/service-gateway';
import { createTestEnvironment, eventually, type TestEnvironment } from '@gov/testing';
import request from 'supertest';
import { launchPlatform, type RunningPlatform } from '../src/launch.js';

/** The whole platform: 秘书一科 drafts a speech for the 区长 through review, versions and a leader's 定稿; the research plan. */
describe('drafting end to end: 文稿起草 with versions, reviews, deadlines and the research plan', () => {
  let environment: TestEnvironment;
  let platform: RunningPlatform;
  let http: ReturnType<typeof request>;
  const users: Record<string, { id: string; name: string; token: string }> = {};

  const service = () => platform.services.find((s) => s.parts.app === 'document-secretariat')!;
  const bearer = async (name: string, displayName: string, spec: Parameters<typeof createUserForTest>[1]) => {
    const user = await createUserForTest(platform.gateway, { ...spec, displayName });
    users[name] = { id: user.id, name: displayName, token: `Bearer ${await signIn(http, user.username, user.password, user.totpSecret)}` };
  };
  const ref = (name: string) => ({ userId: users[name].id, name: users[name].name });
  const get = (path: string, who = 'secretary') => http.get(path).set('authorization', users[who].token);
  const post = (path: string, body: object, version?: number, who = 'secretary') => {
    const req = http.post(path).set('authorization', users[who].token);
    return (version ? req.set('if-match', `W/"${version}"`) : req).send(body);
  };
  const speech = (overrides: Record<string, unknown> = {}) => ({
    kind: 'speech',
    title: '在全区安全生产工作会议上的讲话',
    brief: '突出冬季安全生产重点',
    leader: { ...ref('mayor'), title: '区长' },
    reviewers: [ref('chief')],
    deadline: { workingDays: 5, from: '2026-09-30' },
    secrecyLevel: 0,
    ...overrides,
  });

  beforeAll(async () => {
    environment = await createTestEnvironment({ RATE_LIMIT_SIGN_IN_PER_MINUTE: '1000' });
    platform = await launchPlatform({ env: environment.env, bus: environment.bus, port: 0, host: '127.0.0.1' });
    http = request(platform.gateway.url);
    await bearer('secretary', '秘书一科甲', { roles: ['section_staff'], sectionCode: 'mishu_yi', clearance: Clearance.Confidential });
    await bearer('chief', '秘书一科科长', { roles: ['section_chief'], sectionCode: 'mishu_yi', clearance: Clearance.Confidential });
    await bearer('mayor', '张区长', { roles: ['district_leader'], clearance: Clearance.Confidential });
    await bearer('secretaryEr', '秘书二科甲', { roles: ['section_staff'], sectionCode: 'mishu_er', clearance: Clearance.None });
    await bearer('deputy', '李副区长', { roles: ['district_leader'], clearance: Clearance.Confidential });
    await bearer('liaison', '联络员甲', { roles: ['unit_liaison'], sectionCode: null });
    // The deadline engine works over the calendar that duty-and-meetings publishes to every service.
    const calendar = service().nest.get(CalendarCopy);
    await eventually(async () => (await calendar.current()).dayInfo('2026-10-01').loaded, 30_000, 'the 2026 calendar in document-secretariat');
  });

  afterAll(async () => {
    await platform?.stop();
    await environment?.dispose();
  });

  it('drafts a speech for the 区长: working-day deadline over the holidays, every save a version, reviews per version, 定稿 by the leader', async () => {
    const key = `dsd-${Date.now()}`;
    const created = await post('/api/drafting/tasks', speech()).set('idempotency-key', key);
    expect(created.status).toBe(201);
    expect(created.headers.etag).toBe('W/"1"');
    expect(created.body).toMatchObject({ status: 'drafting', section: 'mishu_yi', author: ref('secretary'), leader: { ...ref('mayor'), title: '区长' }, dueDate: '2026-10-13', deadlineProvisional: false });
    expect(created.body.deadlineExplanation).toEqual(expect.arrayContaining(['跳过 2026-10-01 至 2026-10-07 国庆节假期', '到期日 2026-10-13（星期二）']));
    const retried = await post('/api/drafting/tasks', speech()).set('idempotency-key', key);
    expect(retried.status).toBe(201);
    expect(retried.body.id).toBe(created.body.id);
    const id = created.body.id;

    const empty = await post(`/api/drafting/tasks/${id}/transitions`, { action: 'submit_for_review' }, 1);
    expect(empty.status).toBe(422);
    expect(empty.body.code).toBe('DRAFTING.NO_BODY');
    const v1 = await post(`/api/drafting/tasks/${id}/body`, { text: '同志们：\n今天召开会议。\n谢谢大家。', note: '初稿' }, 1);
    expect(v1.status).toBe(200);
    expect(v1.body.latestVersion).toMatchObject({ versionNo: 1, sha256: createHash('sha256').update('同志们：\n今天召开会议。\n谢谢大家。').digest('hex'), savedByName: '秘书一科甲' });
    const stale = await post(`/api/drafting/tasks/${id}/body`, { text: '过期的保存' }, 1);
    expect(stale.status).toBe(412);
    await post(`/api/drafting/tasks/${id}/body`, { text: '同志们：\n今天召开全区安全生产工作会议。\n谢谢大家。' }, 2);
    const inReview = await post(`/api/drafting/tasks/${id}/transitions`, { action: 'submit_for_review' }, 3);
    expect(inReview.status).toBe(200);
    expect(inReview.body.status).toBe('in_review');
    const locked = await post(`/api/drafting/tasks/${id}/body`, { text: '审核期间改稿' }, 4);
    expect(locked.status).toBe(422);

    const oldVersion = await post(`/api/drafting/tasks/${id}/reviews`, { versionNo: 1, verdict: 'approve', opinion: '同意' }, undefined, 'chief');
    expect(oldVersion.status).toBe(422);
    expect(oldVersion.body.code).toBe('DRAFTING.STALE_BODY_VERSION');
    const outsider = await post(`/api/drafting/tasks/${id}/reviews`, { versionNo: 2, verdict: 'approve', opinion: '同意' });
    expect(outsider.status).toBe(403);
    const revise = await post(`/api/drafting/tasks/${id}/reviews`, { versionNo: 2, verdict: 'revise', opinion: '请补充冬季防火内容' }, undefined, 'chief');
    expect(revise.status).toBe(201);
    expect(revise.body.reviews).toEqual([expect.objectContaining({ versionNo: 2, reviewerName: '秘书一科科长', verdict: 'revise', opinion: '请补充冬季防火内容' })]);
    const pending = await post(`/api/drafting/tasks/${id}/transitions`, { action: 'submit_to_leader' }, 4);
    expect(pending.status).toBe(422);
    expect(pending.body).toMatchObject({ code: 'DRAFTING.REVIEW_PENDING', detail: '审核人“秘书一科科长”尚未同意第 2 版，不能呈送领导' });

    expect((await post(`/api/drafting/tasks/${id}/transitions`, { action: 'request_revision', note: '按审核意见修改' }, 4, 'chief')).body.status).toBe('revising');
    await post(`/api/drafting/tasks/${id}/body`, { text: '同志们：\n今天召开全区安全生产工作会议。\n要抓好冬季防火。\n谢谢大家。' }, 5);
    await post(`/api/drafting/tasks/${id}/transitions`, { action: 'submit_for_review' }, 6);
    expect((await post(`/api/drafting/tasks/${id}/reviews`, { versionNo: 3, verdict: 'approve', opinion: '同意' }, undefined, 'chief')).status).toBe(201);
    const submitted = await post(`/api/drafting/tasks/${id}/transitions`, { action: 'submit_to_leader' }, 7);
    expect(submitted.body.status).toBe('submitted');
    const noReason = await post(`/api/drafting/tasks/${id}/transitions`, { action: 'return_for_revision' }, 8, 'mayor');
    expect(noReason.status).toBe(400);
    const finalized = await post(`/api/drafting/tasks/${id}/transitions`, { action: 'finalize' }, 8, 'mayor');
    expect(finalized.status).toBe(200);
    expect(finalized.body).toMatchObject({ status: 'finalized', finalVersionNo: 3, version: 9 });
    const again = await post(`/api/drafting/tasks/${id}/transitions`, { action: 'finalize' }, 9, 'mayor');
    expect(again.status).toBe(422);
    expect(again.body.detail).toBe('当前状态“已定稿”不能定稿');

    const diff = await get(`/api/documents/versions/drafting/${id}/diff?from=2&to=3`);
    expect(diff.status).toBe(200);
    expect(diff.body.lines.filter((l: { op: string }) => l.op !== 'equal')).toEqual([{ op: 'insert', text: '要抓好冬季防火。', newLine: 3 }]);
    const versions = await get(`/api/documents/versions/drafting/${id}`, 'mayor');
    expect(versions.body.items.map((v: { versionNo: number }) => v.versionNo)).toEqual([1, 2, 3]);

    const timeline = await get(`/api/documents/timeline/drafting/${id}`);
    expect(timeline.body.entries.map((e: { actionLabel: string; actorName: string }) => `${e.actorName}:${e.actionLabel}`)).toEqual([
      '秘书一科甲:布置起草任务（讲话稿）',
      '秘书一科甲:保存正文第 1 版',
      '秘书一科甲:保存正文第 2 版',
      '秘书一科甲:送审',
      '秘书一科科长:审核意见：需修改（第 2 版）',
      '秘书一科科长:退回修改',
      '秘书一科甲:保存正文第 3 版',
      '秘书一科甲:送审',
      '秘书一科科长:审核意见：同意（第 3 版）',
      '秘书一科甲:呈送领导',
      '张区长:定稿',
    ]);
  });

  it('a 机密 text is seen only by cleared readers; a liaison sees no drafts', async () => {
    const secret = await post('/api/drafting/tasks', speech({ title: '关于重点项目征收的汇报提纲', secrecyLevel: 2, secrecyPeriod: '10年', copyNumber: '000001', deadline: { dueDate: '2026-12-31' } }));
    expect(secret.status).toBe(201);
    expect(secret.body.deadlineExplanation).toEqual(['指定完成日期 2026-12-31']);
    expect((await get(`/api/drafting/tasks/${secret.body.id}`, 'mayor')).status).toBe(200);
    expect((await get(`/api/drafting/tasks/${secret.body.id}`, 'secretaryEr')).status).toBe(404);
    expect((await get('/api/drafting/tasks?q=征收的汇报', 'secretaryEr')).body).toMatchObject({ items: [], total: 0 });
    expect((await get('/api/drafting/tasks?q=征收的汇报')).body.total).toBe(1);
    expect((await get('/api/drafting/tasks', 'liaison')).status).toBe(403);
    const aboveOwnClearance = await post('/api/drafting/tasks', speech({ secrecyLevel: 1, secrecyPeriod: '10年' }), undefined, 'secretaryEr');
    expect(aboveOwnClearance.status).toBe(403);
  });

  it('flags a text overdue once its due day has ended (the sweep is the scheduled job, driven here directly)', async () => {
    const created = await post('/api/drafting/tasks', speech({ kind: 'press_release', title: '新闻发布稿：冬季供暖保障', deadline: { dueDate: '2030-01-15' } }));
    expect(created.body.overdue).toBe(false);
    const sweeper = service().nest.get(DraftingOverdueSweeper);
    await sweeper.sweep('2030-01-15');
    expect((await get(`/api/drafting/tasks/${created.body.id}`)).body).toMatchObject({ overdue: false, version: 1 });
    expect(await sweeper.sweep('2030-01-16')).toBeGreaterThanOrEqual(1);
    const flagged = await get(`/api/drafting/tasks/${created.body.id}`);
    expect(flagged.body).toMatchObject({ overdue: true, version: 2 });
    const overdueList = await get('/api/drafting/tasks?overdue=true&kind=press_release');
    expect(overdueList.body.items.map((i: { id: string }) => i.id)).toContain(created.body.id);
    await sweeper.sweep('2030-01-17');
    expect((await get(`/api/drafting/tasks/${created.body.id}`)).body.version).toBe(2);
    const timeline = await get(`/api/documents/timeline/drafting/${created.body.id}`);
    expect(timeline.body.entries.at(-1)).toMatchObject({ actionLabel: '逾期未完成', actorName: '系统', detail: { dueDate: '2030-01-15', today: '2030-01-16' } });
  });

  it('keeps the yearly research plan: topics with lead leader and quarter, completed only with a linked research report', async () => {
    const topic = await post(
      '/api/drafting/research-topics',
      { year: 2026, title: '关于全区老工业区转型发展的调研', leadLeader: { ...ref('deputy'), title: '副区长' }, section: 'mishu_er', responsible: ref('secretary'), plannedQuarter: 3, secrecyLevel: 0 },
    );
    expect(topic.status).toBe(201);
    expect(topic.body).toMatchObject({ status: 'planned', plannedQuarter: 3, leadLeader: { name: '李副区长', title: '副区长' } });
    const jump = await http.patch(`/api/drafting/research-topics/${topic.body.id}`).set('authorization', users.secretary.token).set('if-match', 'W/"1"').send({ status: 'completed' });
    expect(jump.status).toBe(422);
    expect(jump.body.detail).toBe('调研课题当前为“计划中”，不能改为“已完成”');
    const started = await http.patch(`/api/drafting/research-topics/${topic.body.id}`).set('authorization', users.secretary.token).set('if-match', 'W/"1"').send({ status: 'in_progress' });
    expect(started.status).toBe(200);
    const noReport = await http.patch(`/api/drafting/research-topics/${topic.body.id}`).set('authorization', users.secretary.token).set('if-match', 'W/"2"').send({ status: 'completed' });
    expect(noReport.status).toBe(422);
    expect(noReport.body.code).toBe('DRAFTING.REPORT_REQUIRED');

    const notAReport = await post('/api/drafting/tasks', speech({ title: '在调研座谈会上的讲话' }));
    const wrongKind = await http.patch(`/api/drafting/research-topics/${topic.body.id}`).set('authorization', users.secretary.token).set('if-match', 'W/"2"').send({ reportTaskId: notAReport.body.id });
    expect(wrongKind.status).toBe(422);
    expect(wrongKind.body.code).toBe('DRAFTING.NOT_A_RESEARCH_REPORT');
    const report = await post('/api/drafting/tasks', speech({ kind: 'research_report', section: 'mishu_er', title: '关于全区老工业区转型发展的调研报告', leader: { ...ref('deputy'), title: '副区长' }, researchTopicId: topic.body.id }));
    expect(report.status).toBe(201);
    const done = await http
      .patch(`/api/drafting/research-topics/${topic.body.id}`)
      .set('authorization', users.secretary.token)
      .set('if-match', 'W/"2"')
      .send({ reportTaskId: report.body.id, status: 'completed' });
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({ status: 'completed', reportTaskId: report.body.id, version: 3 });
    const plan = await get('/api/drafting/research-plans/2026?section=mishu_er', 'deputy');
    expect(plan.status).toBe(200);
    expect(plan.body.topics.map((t: { id: string; statusLabel: string }) => [t.id, t.statusLabel])).toEqual([[topic.body.id, '已完成']]);
    const history = await get(`/api/documents/timeline/research_topic/${topic.body.id}`);
    expect(history.body.entries.map((e: { actionLabel: string }) => e.actionLabel)).toEqual(['列入年度调研计划', '调研课题调研中', '调研课题已完成']);
  });
});
