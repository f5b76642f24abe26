import { describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { shanghaiDate } from '@gov/calendar';
import type { CallerContext } from '@gov/contracts-common';
import {
  ReformEvents,
  ReformSubjects,
  SupervisionPlanSubjects,
  type ApprovalItemView,
  type ReformEvaluationView,
  type ReformInspectionView,
  type ReformProblemView,
  type ReformTaskView,
  type SupervisionPlanView,
} from '@gov/contracts-supervision';
import { CalendarCopy } from '@gov/platform';
import { caller } from '@gov/testing';
import { supervisionTestbed } from './testbed.js';

/** 督查活动计划备案 and the reform ledger (放管服/“一次办好”台账) in supervision, against real PostgreSQL and the real bus. */
describe('supervision plans and the reform ledger', () => {
  const [U1, U2, U3, U4, U5] = [randomUUID(), randomUUID(), randomUUID(), randomUUID(), randomUUID()];
  const ducha = caller({ roles: ['section_staff'], sectionCode: 'ducha', permissions: ['supervision-plans:read', 'supervision-plans:manage', 'reform:read'] });
  const zhineng = caller({ roles: ['section_staff'], sectionCode: 'zhineng_zhuanbian', permissions: ['reform:read', 'reform:manage', 'supervision-plans:read'] });
  const liaison = (unitId: string): CallerContext => caller({ roles: ['unit_liaison'], unitId, permissions: ['supervision-plans:file-own', 'reform:handle-own'] });
  const today = shanghaiDate(new Date());
  const bed = supervisionTestbed({
    units: [
      { id: U1, code: 'R-U1', name: '测试审批局' },
      { id: U2, code: 'R-U2', name: '测试市场监管局' },
      { id: U3, code: 'R-U3', name: '测试城东街道' },
      { id: U4, code: 'R-U4', name: '测试行政审批服务局' },
      { id: U5, code: 'R-U5', name: '测试大数据中心' },
    ],
    calendarYears: (year) => year >= 2025,
  });
  const call = <T>(subject: string, payload: unknown, who: CallerContext) => bed.call<T>(subject, payload, who);
  const subjectsOf = (id: string) => bed.subjectsOf(id);

  const plan = { title: '2026年安全生产专项督查', periodStart: '2026-12-01', periodEnd: '2026-12-20', content: '对全区危化企业开展专项督查，每周不超过两次。', attachments: [{ name: '专项督查方案.pdf', reference: '纸质件存督查室' }] };

  it('a unit files its plan; 督查室 returns it with a reason, the unit files it again and the office approves it', async () => {
    const filed = await call<SupervisionPlanView>(SupervisionPlanSubjects.file, plan, liaison(U1));
    expect(filed).toMatchObject({ unitId: U1, unitName: '测试审批局', status: 'filed', version: 1 });
    await expect(call(SupervisionPlanSubjects.approve, { id: filed.id, expectedVersion: 1 }, liaison(U1))).rejects.toMatchObject({ spec: { code: 'AUTH.FORBIDDEN' } });
    await expect(call(SupervisionPlanSubjects.return, { id: filed.id, expectedVersion: 1 }, ducha)).rejects.toMatchObject({ spec: { code: 'REQUEST.VALIDATION_FAILED' } });
    const returned = await call<SupervisionPlanView>(SupervisionPlanSubjects.return, { id: filed.id, expectedVersion: 1, note: '督查频次过高，请压减' }, ducha);
    expect(returned).toMatchObject({ status: 'returned', decisionNote: '督查频次过高，请压减', decidedBy: ducha.username });
    await expect(call(SupervisionPlanSubjects.approve, { id: filed.id, expectedVersion: returned.version }, ducha)).rejects.toMatchObject({ spec: { code: 'SUPERVISION_PLAN.INVALID_STATE' } });
    const refiled = await call<SupervisionPlanView>(SupervisionPlanSubjects.refile, { ...plan, content: '对全区危化企业开展专项督查，每月一次。', id: filed.id, expectedVersion: returned.version }, liaison(U1));
    expect(refiled).toMatchObject({ status: 'filed', decisionNote: null });
    await expect(call(SupervisionPlanSubjects.approve, { id: filed.id, expectedVersion: returned.version }, ducha)).rejects.toMatchObject({ spec: { code: 'SUPERVISION_PLAN.VERSION_CONFLICT' } });
    const approved = await call<SupervisionPlanView>(SupervisionPlanSubjects.approve, { id: filed.id, expectedVersion: refiled.version }, ducha);
    expect(approved).toMatchObject({ status: 'approved', version: 4 });
    expect(approved.timeline.map((t) => t.action)).toEqual(['filed', 'returned', 'refiled', 'approved']);
    expect(await subjectsOf(filed.id)).toEqual(['evt.supervision.plan.filed', 'evt.supervision.plan.returned', 'evt.supervision.plan.filed', 'evt.supervision.plan.approved']);
  });

  it("a liaison sees only their unit's plans, by list and by id; bad periods are refused", async () => {
    const mine = await call<SupervisionPlanView>(SupervisionPlanSubjects.file, { ...plan, title: '可见性测试计划甲' }, liaison(U2));
    const theirs = await call<SupervisionPlanView>(SupervisionPlanSubjects.file, { ...plan, title: '可见性测试计划乙' }, liaison(U3));
    const listed = await call<{ items: SupervisionPlanView[] }>(SupervisionPlanSubjects.list, { q: '可见性测试' }, liaison(U2));
    expect(listed.items.map((p) => p.id)).toEqual([mine.id]);
    const all = await call<{ items: SupervisionPlanView[] }>(SupervisionPlanSubjects.list, { q: '可见性测试' }, ducha);
    expect(all.items.map((p) => p.id).sort()).toEqual([mine.id, theirs.id].sort());
    await expect(call(SupervisionPlanSubjects.get, { id: theirs.id }, liaison(U2))).rejects.toMatchObject({ spec: { code: 'SUPERVISION_PLAN.NOT_FOUND' } });
    await expect(call(SupervisionPlanSubjects.refile, { ...plan, id: theirs.id, expectedVersion: 1 }, liaison(U2))).rejects.toMatchObject({ spec: { code: 'SUPERVISION_PLAN.NOT_FOUND' } });
    await expect(call(SupervisionPlanSubjects.file, { ...plan, unitId: U3 }, liaison(U2))).rejects.toMatchObject({ spec: { code: 'SUPERVISION_PLAN.FORBIDDEN' } });
    await expect(call(SupervisionPlanSubjects.file, { ...plan, periodEnd: '2026-11-01' }, liaison(U2))).rejects.toMatchObject({ spec: { code: 'SUPERVISION_PLAN.INVALID_PERIOD' } });
    await expect(call(SupervisionPlanSubjects.file, plan, ducha)).rejects.toMatchObject({ spec: { code: 'SUPERVISION_PLAN.UNIT_REQUIRED' } });
  });

  it('a reform task gets its deadline from the engine and is seen by its lead and co-units only', async () => {
    const task = await call<ReformTaskView>(
      ReformSubjects.createTask,
      { title: '企业开办“一窗通办”', category: 'yicibanhao', description: '企业开办压缩至 0.5 个工作日', leadUnitId: U1, coUnitIds: [U2], assignedOn: '2026-07-01', period: { amount: 3, unit: 'months' } },
      zhineng,
    );
    // 2026-10-01 falls in the National Day holiday: the period ends on 10-08 (《民法典》第203条).
    expect(task.due.dueDate).toBe('2026-10-08');
    expect(task.due.explanation.join('\n')).toContain('国庆节');
    await expect(
      call(ReformSubjects.createTask, { title: '越权任务', category: 'other', description: '越权登记', leadUnitId: U1, coUnitIds: [], assignedOn: today, period: { amount: 1, unit: 'months' } }, ducha),
    ).rejects.toMatchObject({ spec: { code: 'AUTH.FORBIDDEN' } });
    expect((await call<ReformTaskView>(ReformSubjects.getTask, { id: task.id }, liaison(U2))).id).toBe(task.id);
    await expect(call(ReformSubjects.getTask, { id: task.id }, liaison(U3))).rejects.toMatchObject({ spec: { code: 'REFORM.TASK_NOT_FOUND' } });
    expect((await call<{ items: ReformTaskView[] }>(ReformSubjects.listTasks, { q: '一窗通办' }, liaison(U3))).items).toEqual([]);
    expect((await call<{ items: ReformTaskView[] }>(ReformSubjects.listTasks, { q: '一窗通办' }, liaison(U1))).items.map((t) => t.id)).toEqual([task.id]);
    const closed = await call<ReformTaskView>(ReformSubjects.closeTask, { id: task.id, expectedVersion: 1, outcome: 'completed', note: '已压缩至 0.5 个工作日' }, zhineng);
    expect(closed).toMatchObject({ status: 'completed', closingNote: '已压缩至 0.5 个工作日', version: 2 });
    expect(closed.history.map((h) => h.action)).toEqual(['created', 'completed']);
  });

  it('an inspection records problems with 整改 deadlines; the unit reports rectification, the office returns it once and then verifies it', async () => {
    const inspection = await call<ReformInspectionView>(
      ReformSubjects.recordInspection,
      {
        title: '“一次办好”改革落实情况督导检查',
        unitId: U1,
        inspectedOn: '2026-09-25',
        inspectors: ['刘检查', '陈检查'],
        summary: '窗口服务总体规范，个别事项仍需多次跑腿。',
        problems: [
          { description: '不动产登记仍需两次到场', unitId: U1, period: { amount: 30, unit: 'calendar_days' } },
          { description: '市场主体登记材料重复提交', unitId: U2, period: { amount: 10, unit: 'working_days' } },
        ],
      },
      zhineng,
    );
    const own = inspection.problems.find((p) => p.unitId === U1)!;
    const other = inspection.problems.find((p) => p.unitId === U2)!;
    // 30 days after 09-25 is Sunday 10-25: the period ends on Monday 10-26 (《民法典》第203条).
    expect(own).toMatchObject({ unitId: U1, status: 'open', due: expect.objectContaining({ dueDate: '2026-10-26' }) });
    // 10 working days after Friday 09-25: 09-28…09-30, then 国庆节 to 10-07, 10-08, 10-09, Saturday 10-10 (调休上班), 10-12…10-15.
    expect(other.due.dueDate).toBe('2026-10-15');
    expect(other.due.explanation.join('\n')).toContain('国庆节调休上班');

    // The liaison of U2 sees the inspection with its own problem only; U3 does not see it at all.
    expect((await call<ReformInspectionView>(ReformSubjects.getInspection, { id: inspection.id }, liaison(U2))).problems.map((p) => p.id)).toEqual([other.id]);
    await expect(call(ReformSubjects.getInspection, { id: inspection.id }, liaison(U3))).rejects.toMatchObject({ spec: { code: 'REFORM.INSPECTION_NOT_FOUND' } });
    await expect(call(ReformSubjects.submitRectification, { id: other.id, expectedVersion: 1, rectification: '越权报送', rectifiedOn: today }, liaison(U1))).rejects.toMatchObject({
      spec: { code: 'REFORM.PROBLEM_NOT_FOUND' },
    });
    expect((await call<{ items: ReformProblemView[] }>(ReformSubjects.listProblems, { inspectionId: inspection.id }, liaison(U1))).items.map((p) => p.id)).toEqual([own.id]);

    const submitted = await call<ReformProblemView>(ReformSubjects.submitRectification, { id: own.id, expectedVersion: 1, rectification: '推行一窗受理、并联审批', rectifiedOn: '2026-10-20' }, liaison(U1));
    expect(submitted).toMatchObject({ status: 'submitted', rectifiedOn: '2026-10-20' });
    await expect(call(ReformSubjects.verifyRectification, { id: own.id, expectedVersion: 2, decision: 'verified' }, liaison(U1))).rejects.toMatchObject({ spec: { code: 'AUTH.FORBIDDEN' } });
    await expect(call(ReformSubjects.verifyRectification, { id: own.id, expectedVersion: 2, decision: 'returned' }, zhineng)).rejects.toMatchObject({ spec: { code: 'REQUEST.VALIDATION_FAILED' } });
    const returned = await call<ReformProblemView>(ReformSubjects.verifyRectification, { id: own.id, expectedVersion: 2, decision: 'returned', note: '抽查仍有两次到场情况' }, zhineng);
    expect(returned).toMatchObject({ status: 'open', returnCount: 1, verificationNote: '抽查仍有两次到场情况', due: expect.objectContaining({ dueDate: '2026-10-26' }) });
    const again = await call<ReformProblemView>(ReformSubjects.submitRectification, { id: own.id, expectedVersion: 3, rectification: '全面推行一次到场', rectifiedOn: today }, liaison(U1));
    const verified = await call<ReformProblemView>(ReformSubjects.verifyRectification, { id: own.id, expectedVersion: again.version, decision: 'verified', note: '复查通过' }, zhineng);
    expect(verified).toMatchObject({ status: 'verified', version: 5 });
    expect(verified.history.map((h) => h.action)).toEqual(['found', 'rectification_submitted', 'returned', 'rectification_submitted', 'verified']);
    expect(await subjectsOf(own.id)).toEqual([
      'evt.supervision.reform.rectification-submitted',
      'evt.supervision.reform.rectification-returned',
      'evt.supervision.reform.rectification-submitted',
      'evt.supervision.reform.rectification-verified',
    ]);
  });

  it('third-party evaluations are recorded and a liaison sees those of their own unit', async () => {
    const evaluation = await call<ReformEvaluationView>(
      ReformSubjects.recordEvaluation,
      { unitId: U3, evaluator: '山东某第三方评估机构', evaluatedOn: '2026-11-10', score: 87.5, findings: '群众满意度较高，线上办理比例有待提升' },
      zhineng,
    );
    expect(evaluation).toMatchObject({ unitId: U3, score: 87.5, evaluatedOn: '2026-11-10' });
    await expect(call(ReformSubjects.recordEvaluation, { evaluator: '某机构', evaluatedOn: '2026-11-10', score: 90, findings: '没有对象' }, zhineng)).rejects.toMatchObject({
      spec: { code: 'REQUEST.VALIDATION_FAILED' },
    });
    await expect(call(ReformSubjects.recordEvaluation, { unitId: U3, evaluator: '某机构', evaluatedOn: '2026-11-10', score: 101, findings: '超出范围' }, zhineng)).rejects.toMatchObject({
      spec: { code: 'REQUEST.VALIDATION_FAILED' },
    });
    expect((await call<{ items: ReformEvaluationView[] }>(ReformSubjects.listEvaluations, {}, liaison(U3))).items.map((e) => e.id)).toEqual([evaluation.id]);
    expect((await call<{ items: ReformEvaluationView[] }>(ReformSubjects.listEvaluations, { unitId: U3 }, liaison(U2))).items).toEqual([]);
    expect((await call<{ items: ReformEvaluationView[] }>(ReformSubjects.listEvaluations, { unitId: U3 }, ducha)).items.map((e) => e.id)).toEqual([evaluation.id]);
  });
  it('a corrected calendar year re-dates open reform deadlines with a new version, a history line by 系统 and an event', async () => {
    const task = await call<ReformTaskView>(
      ReformSubjects.createTask,
      { title: '工程建设项目审批提速', category: 'fangguanfu', description: '审批时限压缩一半', leadUnitId: U1, coUnitIds: [], assignedOn: '2026-11-01', period: { amount: 1, unit: 'months' } },
      zhineng,
    );
    expect(task.due).toMatchObject({ dueDate: '2026-12-01', provisional: false });
    const untouched = await call<ReformTaskView>(
      ReformSubjects.createTask,
      { title: '不受更正影响的任务', category: 'other', description: '期限在更正日之前', leadUnitId: U1, coUnitIds: [], assignedOn: '2026-10-01', period: { amount: 1, unit: 'months' } },
      zhineng,
    );
    const inspection = await call<ReformInspectionView>(
      ReformSubjects.recordInspection,
      { title: '12月督导检查', unitId: U2, inspectedOn: '2026-11-01', inspectors: ['张三'], summary: '发现问题一个', problems: [{ description: '窗口仍收取纸质材料', unitId: U2, period: { amount: 30, unit: 'calendar_days' } }] },
      zhineng,
    );
    const [problem] = inspection.problems;
    expect(problem.due.dueDate).toBe('2026-12-01');

    // The calendar for 2026 is corrected: 2026-12-01 becomes a day off.
    const [stored] = await bed.sql(`SELECT holidays, makeup_workdays, source, version FROM "${bed.app.parts.schema}".calendar_year_copy WHERE year = 2026`);
    const corrected = { year: 2026, holidays: [...stored.holidays, { date: '2026-12-01', name: '测试更正休息日' }], makeupWorkdays: stored.makeup_workdays, source: '测试：2026 年安排更正', version: stored.version + 1 };
    const copy = bed.app.nest.get(CalendarCopy);
    await bed.app.parts.transactions.run((tx) => copy.applyWhenCalendarYearPublished(corrected, tx));

    const redated = await call<ReformTaskView>(ReformSubjects.getTask, { id: task.id }, zhineng);
    expect(redated).toMatchObject({ due: { dueDate: '2026-12-02', provisional: false }, version: task.version + 1, updatedBy: '系统' });
    expect(redated.history.at(-1)).toMatchObject({ action: 'redated', by: '系统' });
    expect(redated.history.at(-1)?.note).toContain('期限由 2026-12-01 重新计算为 2026-12-02');
    expect(await subjectsOf(task.id)).toEqual([ReformEvents.taskCreated, ReformEvents.deadlineRedated]);
    const movedProblem = await call<ReformProblemView>(ReformSubjects.getProblem, { id: problem.id }, zhineng);
    expect(movedProblem).toMatchObject({ due: { dueDate: '2026-12-02' }, version: problem.version + 1 });
    expect(movedProblem.history.map((h) => h.action)).toEqual(['found', 'redated']);
    expect(await subjectsOf(problem.id)).toEqual([ReformEvents.deadlineRedated]);
    // A deadline the correction does not move keeps its version, history and events.
    const same = await call<ReformTaskView>(ReformSubjects.getTask, { id: untouched.id }, zhineng);
    expect(same.version).toBe(untouched.version);
    expect(await subjectsOf(untouched.id)).toEqual([ReformEvents.taskCreated]);
  });

  it('units report progress on their tasks; the yearly assessment is computed from the ledger, a liaison seeing their own line', async () => {
    const year = Number(today.slice(0, 4));
    const task = await call<ReformTaskView>(
      ReformSubjects.createTask,
      { title: '工程建设项目审批“一网通办”', category: 'yicibanhao', description: '审批流程再造', leadUnitId: U4, coUnitIds: [U5], assignedOn: today, period: { amount: 1, unit: 'months' }, workGroup: '审批服务功能组' },
      zhineng,
    );
    expect(task).toMatchObject({ workGroup: '审批服务功能组', progress: [] });
    const liaisonU5 = liaison(U5);
    const reported = await call<ReformTaskView>(ReformSubjects.reportProgress, { id: task.id, reportedOn: today, percent: 40, progress: '  已完成流程再造方案  ' }, liaisonU5);
    expect(reported.version).toBe(2);
    expect(reported.progress).toEqual([expect.objectContaining({ unitId: U5, reportedOn: today, percent: 40, progress: '已完成流程再造方案', createdBy: liaisonU5.username })]);
    expect(reported.history.map((h) => h.action)).toEqual(['created', 'progress_reported']);
    expect(await subjectsOf(task.id)).toEqual(['evt.supervision.reform.task-created', 'evt.supervision.reform.progress-reported']);
    await expect(call(ReformSubjects.reportProgress, { id: task.id, reportedOn: today, progress: '越权报送' }, liaison(U3))).rejects.toMatchObject({ spec: { code: 'REFORM.TASK_NOT_FOUND' } });
    await expect(call(ReformSubjects.reportProgress, { id: task.id, reportedOn: '2099-01-01', progress: '未来日期' }, liaison(U4))).rejects.toMatchObject({ spec: { code: 'REQUEST.VALIDATION_FAILED' } });
    await expect(call(ReformSubjects.reportProgress, { id: task.id, reportedOn: today, percent: 101, progress: '超过百分百' }, liaison(U4))).rejects.toMatchObject({ spec: { code: 'REQUEST.VALIDATION_FAILED' } });
    await expect(call(ReformSubjects.reportProgress, { id: task.id, reportedOn: today, progress: '督查室代报' }, ducha)).rejects.toMatchObject({ spec: { code: 'AUTH.FORBIDDEN' } });
    const onBehalf = await call<ReformTaskView>(ReformSubjects.reportProgress, { id: task.id, reportedOn: today, progress: '职能转变科代为报送' }, zhineng);
    expect(onBehalf.progress.map((p) => p.unitId)).toEqual([U4, U5]);
    expect((await call<{ items: ReformTaskView[] }>(ReformSubjects.listTasks, { workGroup: '审批服务功能组' }, zhineng)).items.map((t) => t.id)).toEqual([task.id]);
    await call(ReformSubjects.closeTask, { id: task.id, expectedVersion: onBehalf.version, outcome: 'completed', note: '已上线运行' }, zhineng);
    await expect(call(ReformSubjects.reportProgress, { id: task.id, reportedOn: today, progress: '办结后报送' }, liaison(U4))).rejects.toMatchObject({ spec: { code: 'REFORM.INVALID_STATE' } });

    // A task of U5 from early in the year, still open: late once its due date has passed.
    const early = await call<ReformTaskView>(
      ReformSubjects.createTask,
      { title: '政务数据共享目录编制', category: 'fangguanfu', description: '编制目录', leadUnitId: U5, coUnitIds: [], assignedOn: `${year}-01-05`, period: { amount: 5, unit: 'working_days' } },
      zhineng,
    );
    await call(ReformSubjects.recordEvaluation, { unitId: U4, evaluator: '第三方评估机构', evaluatedOn: today, score: 90, findings: '群众满意度较高' }, zhineng);

    const assessed = await call<{ year: number; asOf: string; method: string; lines: { unitId: string; [k: string]: unknown }[] }>(ReformSubjects.assessment, { year }, zhineng);
    expect(assessed).toMatchObject({ year, asOf: today });
    expect(assessed.method).toContain('按期完成率');
    const line = (unitId: string) => assessed.lines.find((l) => l.unitId === unitId);
    expect(line(U4)).toMatchObject({ unitName: '测试行政审批服务局', tasksLed: 1, tasksCompleted: 1, tasksOnTime: 1, tasksLate: 0, onTimeRate: 100, evaluationAverage: 90, rectificationRate: null, score: 97.14 });
    expect(line(U5)).toMatchObject({ tasksLed: 1, tasksCompleted: 0, tasksOnTime: 0, tasksLate: early.due.dueDate! < today ? 1 : 0, onTimeRate: 0, score: 0 });
    expect(line(U4)!.rank as number).toBeLessThan(line(U5)!.rank as number);
    const own = await call<{ lines: { unitId: string }[] }>(ReformSubjects.assessment, { year }, liaison(U5));
    expect(own.lines.map((l) => l.unitId)).toEqual([U5]);
    await expect(call(ReformSubjects.assessment, { year: 1999 }, zhineng)).rejects.toMatchObject({ spec: { code: 'REQUEST.VALIDATION_FAILED' } });
  });

  it('行政审批 reform items: registered with the unit and a deadline, implemented by the unit, withdrawn with a reason; a liaison sees their own', async () => {
    const delegated = { sourceLevel: 'province', sourceDocument: '鲁政字〔2026〕88号', itemName: '建筑工程施工许可证核发（限额以下）', changeKind: 'delegated', unitId: U4, receivedOn: today, period: { amount: 10, unit: 'working_days' } };
    const item = await call<ApprovalItemView>(ReformSubjects.registerApprovalItem, delegated, zhineng);
    expect(item).toMatchObject({ status: 'pending', unitId: U4, version: 1, measures: null });
    expect(item.due.dueDate).not.toBeNull();
    expect(item.due.explanation.length).toBeGreaterThan(0);
    await expect(call(ReformSubjects.registerApprovalItem, delegated, liaison(U4))).rejects.toMatchObject({ spec: { code: 'AUTH.FORBIDDEN' } });
    await expect(call(ReformSubjects.registerApprovalItem, { sourceLevel: 'county', sourceDocument: '某文', itemName: '某事项', changeKind: 'delegated', unitId: U4, receivedOn: today, period: { amount: 1, unit: 'months' } }, zhineng)).rejects.toMatchObject({
      spec: { code: 'REQUEST.VALIDATION_FAILED' },
    });
    await expect(call(ReformSubjects.getApprovalItem, { id: item.id }, liaison(U5))).rejects.toMatchObject({ spec: { code: 'REFORM.APPROVAL_ITEM_NOT_FOUND' } });
    expect((await call<{ items: ApprovalItemView[] }>(ReformSubjects.listApprovalItems, { q: '施工许可' }, liaison(U5))).items).toEqual([]);
    expect((await call<{ items: ApprovalItemView[] }>(ReformSubjects.listApprovalItems, { q: '施工许可' }, liaison(U4))).items.map((i) => i.id)).toEqual([item.id]);

    await expect(call(ReformSubjects.implementApprovalItem, { id: item.id, expectedVersion: 1, measures: '已承接', implementedOn: '2099-01-01' }, liaison(U4))).rejects.toMatchObject({ spec: { code: 'REQUEST.VALIDATION_FAILED' } });
    const implemented = await call<ApprovalItemView>(ReformSubjects.implementApprovalItem, { id: item.id, expectedVersion: 1, measures: '已制定承接方案并明确事中事后监管措施', implementedOn: today }, liaison(U4));
    expect(implemented).toMatchObject({ status: 'implemented', implementedOn: today, version: 2 });
    await expect(call(ReformSubjects.withdrawApprovalItem, { id: item.id, expectedVersion: 2, reason: '登记有误' }, zhineng)).rejects.toMatchObject({ spec: { code: 'REFORM.INVALID_STATE' } });

    const wrong = await call<ApprovalItemView>(
      ReformSubjects.registerApprovalItem,
      { sourceLevel: 'city', sourceDocument: '淄政字〔2026〕12号', itemName: '重复登记的事项', changeKind: 'cancelled', unitId: U5, receivedOn: today, period: { amount: 1, unit: 'months' } },
      zhineng,
    );
    await expect(call(ReformSubjects.withdrawApprovalItem, { id: wrong.id, expectedVersion: 1, reason: ' ' }, zhineng)).rejects.toMatchObject({ spec: { code: 'REQUEST.VALIDATION_FAILED' } });
    const withdrawn = await call<ApprovalItemView>(ReformSubjects.withdrawApprovalItem, { id: wrong.id, expectedVersion: 1, reason: '与已登记事项重复' }, zhineng);
    expect(withdrawn).toMatchObject({ status: 'withdrawn', withdrawalReason: '与已登记事项重复' });
    expect(withdrawn.history.map((h) => h.action)).toEqual(['registered', 'withdrawn']);
    expect(await subjectsOf(item.id)).toEqual(['evt.supervision.reform.approval-item-registered', 'evt.supervision.reform.approval-item-implemented']);
    // The pending item waited in the unit's 待办 with its deadline, and left it when implemented.
    const tasks = await bed.sql(`SELECT subject, envelope->'data' AS data FROM supervision.outbox WHERE envelope->'data'->'recordRef'->>'id' = $1 ORDER BY seq`, [item.id]);
    expect(tasks.map((t: { subject: string }) => t.subject)).toEqual(['evt.supervision.task.opened', 'evt.supervision.task.closed']);
    expect(tasks[0].data).toMatchObject({ kind: 'reform_approval_implementation', assignee: { type: 'unit', id: U4 }, deadline: { date: item.due.dueDate }, link: `/supervision/reform/approval-items/${item.id}` });
    expect(tasks[1].data).toMatchObject({ outcome: 'done' });
  });
});
