import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { shanghaiDate } from '@gov/calendar';
import type { CallerContext } from '@gov/contracts-common';
import { ProjectSubjects, DisclosurePermissions as P, type ListProjects, type ProjectDetail } from '@gov/contracts-disclosure';
import type { RunningApp } from '@gov/platform';
import { caller, connectTestClient, createTestEnvironment, startTestApp, type TestEnvironment } from '@gov/testing';
import { disclosureDefinition } from '../src/index.js';

/** 信息化项目 in disclosure (审核 → 实施监督 → 验收 → 绩效评估), against real PostgreSQL and the real bus. */
describe('disclosure: projects', () => {
  let environment: TestEnvironment;
  let app: RunningApp;
  let client: Awaited<ReturnType<typeof connectTestClient>>;
  const [U1, U2] = [randomUUID(), randomUUID()];
  const office = caller({ roles: ['section_staff'], sectionCode: 'dashuju', permissions: [P.projectsRead, P.projectsManage] });
  const reader = caller({ roles: ['office_leader'], sectionCode: null, permissions: [P.projectsRead] });
  const liaison = (unitId: string): CallerContext => caller({ roles: ['unit_liaison'], sectionCode: null, unitId, permissions: [P.projectsOwn] });
  const call = <T>(subject: string, payload: unknown, who: CallerContext) => client.rpc.call<T>('disclosure', subject, payload, who);
  const subjectsOf = async (id: string) =>
    ((await app.parts.dataSource.query(`SELECT subject FROM "${app.parts.schema}".outbox WHERE envelope->'data'->>'id' = $1 ORDER BY seq`, [id])) as { subject: string }[]).map((r) => r.subject);
  const today = shanghaiDate(new Date());
  const fields = (title: string) => ({ title, kind: 'e_government', content: '建设统一身份认证与电子证照共享', budgetYuan: 1_200_000, plannedStartOn: '2026-01-01', plannedEndOn: '2026-12-31' });

  beforeAll(async () => {
    environment = await createTestEnvironment();
    app = await startTestApp(environment, disclosureDefinition);
    client = await connectTestClient(environment);
  });

  afterAll(async () => {
    await client?.close();
    await app?.stop();
    await environment?.dispose();
  });

  it('a unit’s project: returned with a reason, changed, resubmitted, approved, supervised, accepted after a failed acceptance, graded by the scale', async () => {
    const unit = liaison(U1);
    const created = await call<ProjectDetail>(ProjectSubjects.create, fields('一网通办平台升级'), unit);
    expect(created).toMatchObject({ status: 'submitted', statusLabel: '待审核', unitId: U1, submittedOn: today, budgetYuan: 1_200_000, version: 1, createdBy: unit.username });
    expect(created.steps.map((s) => s.step)).toEqual(['submit']);

    await expect(call(ProjectSubjects.review, { id: created.id, expectedVersion: 1, decision: 'approved', reviewedOn: today }, unit)).rejects.toMatchObject({ spec: { code: 'AUTH.FORBIDDEN' } });
    await expect(call(ProjectSubjects.review, { id: created.id, expectedVersion: 1, decision: 'returned', reviewedOn: today }, office)).rejects.toMatchObject({
      spec: { code: 'REQUEST.VALIDATION_FAILED' },
      fieldErrors: [expect.objectContaining({ field: 'opinion' })],
    });
    const returned = await call<ProjectDetail>(ProjectSubjects.review, { id: created.id, expectedVersion: 1, decision: 'returned', reviewedOn: today, opinion: '预算测算依据不足，请补充' }, office);
    expect(returned).toMatchObject({ status: 'returned', reviewOpinion: '预算测算依据不足，请补充', reviewedBy: office.username, version: 2 });

    const changed = await call<ProjectDetail>(ProjectSubjects.update, { id: created.id, expectedVersion: 2, ...fields('一网通办平台升级'), budgetYuan: 980_000 }, unit);
    expect(changed).toMatchObject({ status: 'returned', budgetYuan: 980_000, version: 3 });
    const resubmitted = await call<ProjectDetail>(ProjectSubjects.resubmit, { id: created.id, expectedVersion: 3, note: '已按意见压减预算' }, unit);
    expect(resubmitted).toMatchObject({ status: 'submitted', version: 4 });

    const approved = await call<ProjectDetail>(ProjectSubjects.review, { id: created.id, expectedVersion: 4, decision: 'approved', reviewedOn: today, opinion: '同意实施' }, office);
    expect(approved).toMatchObject({ status: 'implementing', statusLabel: '实施中', reviewedOn: today });
    await expect(call(ProjectSubjects.update, { id: created.id, expectedVersion: 5, ...fields('实施中不能改') }, unit)).rejects.toMatchObject({ spec: { code: 'PROJECT.INVALID_STATE' } });
    await expect(call(ProjectSubjects.withdraw, { id: created.id, expectedVersion: 5, reason: '单位自行撤回' }, unit)).rejects.toMatchObject({ spec: { code: 'AUTH.FORBIDDEN' } });

    const supervised = await call<ProjectDetail>(ProjectSubjects.supervise, { id: created.id, expectedVersion: 5, recordedOn: today, progress: '完成需求调研和招标', issues: '接口文档未交付', progressPercent: 30 }, office);
    expect(supervised).toMatchObject({ status: 'implementing', supervisionCount: 1, version: 6 });
    expect(supervised.steps.at(-1)).toMatchObject({ step: 'supervise', on: today, note: '完成需求调研和招标', issues: '接口文档未交付', progressPercent: 30, by: office.username });

    await expect(call(ProjectSubjects.accept, { id: created.id, expectedVersion: 6, acceptedOn: today, result: 'failed', experts: ['张三丰'] }, office)).rejects.toMatchObject({
      fieldErrors: [expect.objectContaining({ field: 'opinion' })],
    });
    const failed = await call<ProjectDetail>(ProjectSubjects.accept, { id: created.id, expectedVersion: 6, acceptedOn: today, result: 'failed', experts: ['张三丰', '李四光'], opinion: '安全测评未完成，整改后再验' }, office);
    expect(failed).toMatchObject({ status: 'implementing', acceptanceResult: 'failed', acceptedOn: null, acceptanceExperts: ['张三丰', '李四光'] });
    await expect(call(ProjectSubjects.evaluate, { id: created.id, expectedVersion: 7, evaluatedOn: today, score: 88 }, office)).rejects.toMatchObject({ spec: { code: 'PROJECT.INVALID_STATE' } });
    const accepted = await call<ProjectDetail>(ProjectSubjects.accept, { id: created.id, expectedVersion: 7, acceptedOn: today, result: 'passed', experts: ['张三丰', '李四光', '王五'] }, office);
    expect(accepted).toMatchObject({ status: 'accepted', acceptedOn: today, acceptanceResult: 'passed' });

    await expect(call(ProjectSubjects.evaluate, { id: created.id, expectedVersion: 8, evaluatedOn: today, score: 101 }, office)).rejects.toMatchObject({
      spec: { code: 'REQUEST.VALIDATION_FAILED' },
      fieldErrors: [expect.objectContaining({ field: 'score', message: expect.stringContaining('0–100') })],
    });
    const evaluated = await call<ProjectDetail>(ProjectSubjects.evaluate, { id: created.id, expectedVersion: 8, evaluatedOn: today, score: 86, opinion: '目标基本实现' }, office);
    expect(evaluated).toMatchObject({ status: 'evaluated', score: 86, grade: 'good', gradeLabel: '良', gradeScaleVersion: 1 });
    expect(evaluated.steps.map((s) => s.label)).toEqual(['申报', '审核退回修改', '修改', '重新报送审核', '审核通过', '实施监督', '验收不通过', '验收通过', '绩效评价']);
    await expect(call(ProjectSubjects.withdraw, { id: created.id, expectedVersion: 9, reason: '评估后撤回' }, office)).rejects.toMatchObject({ spec: { code: 'PROJECT.INVALID_STATE' } });

    expect(await call<ProjectDetail>(ProjectSubjects.get, { id: created.id }, reader)).toMatchObject({ id: created.id, version: 9 });
    expect(await subjectsOf(created.id)).toEqual([
      'evt.disclosure.project.created',
      'evt.disclosure.project.reviewed',
      'evt.disclosure.project.updated',
      'evt.disclosure.project.updated',
      'evt.disclosure.project.reviewed',
      'evt.disclosure.project.supervised',
      'evt.disclosure.project.accepted',
      'evt.disclosure.project.accepted',
      'evt.disclosure.project.evaluated',
    ]);
    // 待办: the 审核 waited in the section's list, the returned project in the unit's, the resubmission in the section's again.
    const tasks: { subject: string; data: Record<string, unknown> }[] = await app.parts.dataSource.query(
      `SELECT subject, envelope->'data' AS data FROM "${app.parts.schema}".outbox WHERE envelope->'data'->'recordRef'->>'id' = $1 ORDER BY seq`,
      [created.id],
    );
    expect(tasks.map((t) => `${t.subject.replace('evt.disclosure.task.', '')}:${String(t.data.kind)}`)).toEqual([
      'opened:disclosure_project_review',
      'closed:disclosure_project_review',
      'opened:disclosure_project_revision',
      'closed:disclosure_project_revision',
      'opened:disclosure_project_review',
      'closed:disclosure_project_review',
    ]);
    expect(tasks[0].data).toMatchObject({ assignee: { type: 'role', id: 'section_staff' }, section: 'dashuju', deadline: { date: '2026-01-01' }, link: `/disclosure/projects/${created.id}` });
    expect(tasks[1].data).toMatchObject({ outcome: 'returned', closedBy: office.userId });
    expect(tasks[2].data).toMatchObject({ assignee: { type: 'unit', id: U1 }, title: '信息化项目已退回，请修改后重新报送：一网通办平台升级' });
    expect(tasks[3].data).toMatchObject({ outcome: 'done', closedBy: unit.userId });
    expect(tasks[5].data).toMatchObject({ outcome: 'done' });
  });

  it('a stale version is a conflict; dates out of order and a blank reason are refused in Chinese; withdrawn with a reason', async () => {
    const created = await call<ProjectDetail>(ProjectSubjects.create, { ...fields('数据共享交换平台'), kind: 'data', unitId: U2 }, office);
    expect(created).toMatchObject({ unitId: U2, kind: 'data' });
    await expect(call(ProjectSubjects.update, { id: created.id, expectedVersion: 2, ...fields('过期版本') }, office)).rejects.toMatchObject({ spec: { code: 'PROJECT.VERSION_CONFLICT' } });
    await expect(call(ProjectSubjects.review, { id: created.id, expectedVersion: 1, decision: 'approved', reviewedOn: '2020-01-02' }, office)).rejects.toMatchObject({
      spec: { code: 'PROJECT.DATE_ORDER' },
      fieldErrors: [expect.objectContaining({ field: 'reviewedOn', message: expect.stringContaining('不能早于报送审核之日') })],
    });
    await expect(call(ProjectSubjects.create, { ...fields('日期倒置'), plannedStartOn: '2026-12-31', plannedEndOn: '2026-01-01' }, office)).rejects.toMatchObject({
      spec: { code: 'PROJECT.DATE_ORDER' },
      fieldErrors: [expect.objectContaining({ field: 'plannedEndOn' })],
    });
    await expect(call(ProjectSubjects.withdraw, { id: created.id, expectedVersion: 1, reason: ' ' }, office)).rejects.toMatchObject({ spec: { code: 'REQUEST.VALIDATION_FAILED' } });
    const withdrawn = await call<ProjectDetail>(ProjectSubjects.withdraw, { id: created.id, expectedVersion: 1, reason: '与市级项目重复' }, office);
    expect(withdrawn).toMatchObject({ status: 'withdrawn', withdrawalReason: '与市级项目重复', version: 2 });
    expect(withdrawn.steps.at(-1)).toMatchObject({ step: 'withdraw', note: '与市级项目重复', by: office.username });
    const closed: { data: Record<string, unknown> }[] = await app.parts.dataSource.query(
      `SELECT envelope->'data' AS data FROM "${app.parts.schema}".outbox WHERE subject = 'evt.disclosure.task.closed' AND envelope->'data'->'recordRef'->>'id' = $1`,
      [created.id],
    );
    expect(closed.map((c) => c.data)).toEqual([expect.objectContaining({ kind: 'disclosure_project_review', outcome: 'withdrawn' })]);
  });

  it("a liaison sees and changes only their own unit's projects; a reader cannot change; bad input is refused in Chinese", async () => {
    const mine = await call<ProjectDetail>(ProjectSubjects.create, { ...fields('可见性测试甲'), unitId: U2 }, liaison(U1));
    const theirs = await call<ProjectDetail>(ProjectSubjects.create, fields('可见性测试乙'), liaison(U2));
    expect(mine.unitId).toBe(U1);
    expect((await call<ListProjects.Reply>(ProjectSubjects.list, { q: '可见性测试' }, liaison(U1))).items.map((r) => r.id)).toEqual([mine.id]);
    expect((await call<ListProjects.Reply>(ProjectSubjects.list, { q: '可见性测试' }, office)).items.map((r) => r.id).sort()).toEqual([mine.id, theirs.id].sort());
    await expect(call(ProjectSubjects.get, { id: theirs.id }, liaison(U1))).rejects.toMatchObject({ spec: { code: 'PROJECT.NOT_FOUND' } });
    await expect(call(ProjectSubjects.withdraw, { id: theirs.id, expectedVersion: 1, reason: '越权撤回' }, liaison(U1))).rejects.toMatchObject({ spec: { code: 'PROJECT.NOT_FOUND' } });
    await expect(call(ProjectSubjects.create, fields('只读用户'), reader)).rejects.toMatchObject({ spec: { code: 'AUTH.FORBIDDEN' } });
    await expect(call(ProjectSubjects.create, { title: '甲', kind: 'other', content: '—', budgetYuan: 0, plannedStartOn: '2026-02-30', plannedEndOn: '2026-12-31' }, office)).rejects.toMatchObject({
      spec: { code: 'REQUEST.VALIDATION_FAILED' },
      fieldErrors: expect.arrayContaining([
        expect.objectContaining({ field: 'title' }),
        expect.objectContaining({ field: 'kind', message: 'kind：项目类别无效' }),
        expect.objectContaining({ field: 'content' }),
        expect.objectContaining({ field: 'budgetYuan' }),
        expect.objectContaining({ field: 'plannedStartOn' }),
      ]),
    });
  });

  it('the overdue filter lists projects still in implementation after their planned completion', async () => {
    const late = await call<ProjectDetail>(ProjectSubjects.create, { ...fields('逾期筛选测试'), plannedStartOn: '2025-01-01', plannedEndOn: '2025-06-30' }, office);
    const approved = await call<ProjectDetail>(ProjectSubjects.review, { id: late.id, expectedVersion: 1, decision: 'approved', reviewedOn: today }, office);
    expect(approved.overdue).toBe(true);
    const onTime = await call<ProjectDetail>(ProjectSubjects.create, { ...fields('逾期筛选测试（未逾期）'), plannedEndOn: '2099-12-31' }, office);
    await call(ProjectSubjects.review, { id: onTime.id, expectedVersion: 1, decision: 'approved', reviewedOn: today }, office);
    const listed = await call<ListProjects.Reply>(ProjectSubjects.list, { q: '逾期筛选测试', overdue: 'true' }, office);
    expect(listed.items.map((r) => r.id)).toEqual([late.id]);
  });
});
