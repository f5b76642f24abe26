import { randomUUID } from 'node:crypto';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { CommonErrors, pageOf, type CallerContext } from '@gov/contracts-common';
import {
  REFORM_CATEGORY_LABELS,
  ReformErrors,
  ReformEvents,
  type CloseReformTask,
  type ComputeReformAssessment,
  type CreateReformTask,
  type ListReformEvaluations,
  type ListReformProblems,
  type ListReformTasks,
  type RecordReformEvaluation,
  type RecordReformInspection,
  type ReformEvaluationView,
  type ReformInspectionView,
  type ReformProblemView,
  type ReformRecordSnapshot,
  type ReformTaskView,
  type ReportReformProgress,
  type SubmitRectification,
  type VerifyRectification,
} from '@gov/contracts-supervision';
import { shanghaiDate, type WorkingCalendar } from '@gov/calendar';
import { CalendarCopy, DomainError, Transactions, type Tx } from '@gov/platform';
import { computeDue, dueView } from '../suggestions/due-date.js';
import { requireReformAccess, requireReformManage, type ReformAccess } from './reform.policy.js';
import { ReformRepository, type EvaluationRow, type HistoryEntry, type InspectionRow, type ProblemRow, type ProgressRow, type TaskRow } from './reform.repository.js';
import { assessReform, REFORM_ASSESSMENT_METHOD } from './reform.rules.js';
import { assertVersion, commitStep } from '../../common/versioned-step.js';

/**
 * 放管服/“一次办好”改革台账 (政府职能转变协调推进科): reform tasks with lead units and deadlines, 督导检查 with
 * the problems found, 整改 per problem with its deadline and verification, and third-party evaluations.
 */
@Injectable()
export class ReformService implements OnModuleInit {
  constructor(
    private readonly reform: ReformRepository,
    private readonly transactions: Transactions,
    private readonly calendarCopy: CalendarCopy,
  ) {}

  onModuleInit(): void {
    this.calendarCopy.onChange(async (year, tx, calendar) => {
      await this.redateOpenDeadlines(year, tx, calendar);
    });
  }

  // ---------- tasks ----------

  async createTask(request: CreateReformTask.Request, caller: CallerContext): Promise<ReformTaskView> {
    requireReformManage(caller, '登记改革任务');
    const coUnitIds = [...new Set(request.coUnitIds)].filter((id) => id !== request.leadUnitId);
    const task = await this.transactions.run(async (tx) => {
      await this.assertActiveUnits([request.leadUnitId, ...coUnitIds], tx);
      const due = computeDue(await this.calendarCopy.current(), { start: request.assignedOn, amount: request.period.amount, unit: request.period.unit });
      const now = new Date();
      const row: TaskRow = {
        id: randomUUID(),
        title: request.title.trim(),
        category: request.category,
        description: request.description,
        leadUnitId: request.leadUnitId,
        coUnitIds,
        assignedOn: request.assignedOn,
        periodAmount: request.period.amount,
        periodUnit: request.period.unit,
        dueDate: due.dueDate,
        dueProvisional: due.provisional,
        dueExplanation: due.explanation,
        status: 'open',
        closingNote: null,
        workGroup: request.workGroup?.trim() || null,
        version: 1,
        createdAt: now,
        createdBy: caller.username,
        updatedAt: now,
        updatedBy: caller.username,
      };
      await this.reform.insertTask(row, tx.manager);
      await this.reform.recordHistory('task', row.id, 1, 'created', `登记${REFORM_CATEGORY_LABELS[row.category]}任务，完成期限 ${row.dueDate ?? '（暂无）'}`, caller.username, now, tx.manager);
      await tx.emit(ReformEvents.taskCreated, snapshot('task', row.id, row.version, row.leadUnitId, row.status));
      return row;
    });
    return this.taskView(task);
  }

  async closeTask(request: CloseReformTask.Request, caller: CallerContext): Promise<ReformTaskView> {
    requireReformManage(caller, '办结或撤销改革任务');
    const task = await this.transactions.run(async (tx) => {
      const current = await this.reform.findTask(request.id, tx.manager, true);
      if (!current) throw new DomainError(ReformErrors.taskNotFound, '改革任务不存在');
      assertVersion(current.version, request.expectedVersion, REFORM_CONFLICT);
      if (current.status !== 'open') throw new DomainError(ReformErrors.invalidState, '该任务已办结或已撤销');
      const next: TaskRow = { ...current, status: request.outcome, closingNote: request.note.trim(), version: current.version + 1, updatedAt: new Date(), updatedBy: caller.username };
      const label = request.outcome === 'completed' ? '完成' : '撤销';
      await commitStep(tx, {
        save: () => this.reform.updateTaskIfVersion(next, request.expectedVersion, tx.manager),
        conflict: REFORM_CONFLICT,
        history: () => this.reform.recordHistory('task', next.id, next.version, request.outcome, `${label}：${next.closingNote}`, caller.username, next.updatedAt, tx.manager),
        events: [[ReformEvents.taskClosed, snapshot('task', next.id, next.version, next.leadUnitId, next.status)]],
      });
      return next;
    });
    return this.taskView(task);
  }

  async getTask(id: string, caller: CallerContext): Promise<ReformTaskView> {
    const access = requireReformAccess(caller);
    const task = await this.reform.findTask(id);
    if (!task || !seesTask(access, task)) throw new DomainError(ReformErrors.taskNotFound, '改革任务不存在或无权查看');
    return this.taskView(task);
  }

  async listTasks(request: ListReformTasks.Request, caller: CallerContext): Promise<ListReformTasks.Reply> {
    const access = requireReformAccess(caller);
    const page = pageOf(request);
    const { items, total } = await this.reform.searchTasks({ ...request, ...page, onlyUnitId: access.kind === 'unit' ? access.unitId : undefined });
    const ids = items.map((t) => t.id);
    const [history, progress] = await Promise.all([this.reform.history('task', ids), this.reform.progressOf(ids)]);
    const today = this.today();
    return { items: items.map((t) => toTaskView(t, history, progress, today)), total, ...page };
  }

  /**
   * A unit reports its progress on a task it leads or joins (职能转变科 may record it for a unit named in the task):
   * kept as sent, newest first on the task, with a history line and a new version of the task (no If-Match needed:
   * a report adds, it changes nothing another holds).
   */
  async reportProgress(request: ReportReformProgress.Request, caller: CallerContext): Promise<ReformTaskView> {
    const access = requireReformAccess(caller);
    if (request.reportedOn > this.today()) throw new DomainError(CommonErrors.validationFailed, '截至日期不能晚于今天', [{ field: 'reportedOn', code: 'max', message: 'reportedOn：不能晚于今天' }]);
    const task = await this.transactions.run(async (tx) => {
      const current = await this.reform.findTask(request.id, tx.manager, true);
      if (!current || !seesTask(access, current)) throw new DomainError(ReformErrors.taskNotFound, '改革任务不存在或无权查看');
      if (access.kind === 'all') requireReformManage(caller, '代为报送推进情况');
      if (current.status !== 'open') throw new DomainError(ReformErrors.invalidState, '该任务已办结或已撤销，不再报送推进情况');
      if (request.reportedOn < current.assignedOn) throw new DomainError(CommonErrors.validationFailed, `截至日期不能早于任务下达日期 ${current.assignedOn}`, [{ field: 'reportedOn', code: 'min', message: `reportedOn：不能早于 ${current.assignedOn}` }]);
      const unitId = access.kind === 'unit' ? access.unitId : current.leadUnitId;
      const now = new Date();
      const row: ProgressRow = { id: randomUUID(), taskId: current.id, unitId, reportedOn: request.reportedOn, percent: request.percent ?? null, progress: request.progress.trim(), createdAt: now, createdBy: caller.username };
      const next: TaskRow = { ...current, version: current.version + 1, updatedAt: now, updatedBy: caller.username };
      const share = row.percent === null ? '' : `，完成 ${row.percent}%`;
      await this.reform.insertProgress(row, tx.manager);
      await commitStep(tx, {
        save: () => this.reform.updateTaskIfVersion(next, current.version, tx.manager),
        conflict: REFORM_CONFLICT,
        history: () => this.reform.recordHistory('task', next.id, next.version, 'progress_reported', `报送推进情况（截至 ${row.reportedOn}${share}）`, caller.username, now, tx.manager),
        events: [[ReformEvents.progressReported, snapshot('task', next.id, next.version, unitId, next.status)]],
      });
      return next;
    });
    return this.taskView(task);
  }

  /** The yearly assessment from the ledger, per unit and ranked; a liaison sees their unit's line only. */
  async assessment(request: ComputeReformAssessment.Request, caller: CallerContext): Promise<ComputeReformAssessment.Reply> {
    const access = requireReformAccess(caller);
    const asOf = this.today();
    const counts = await this.reform.assessmentCounts(request.year, asOf);
    const lines = assessReform(counts);
    return { year: request.year, asOf, method: REFORM_ASSESSMENT_METHOD, lines: access.kind === 'unit' ? lines.filter((l) => l.unitId === access.unitId) : lines };
  }

  // ---------- inspections and problems ----------

  async recordInspection(request: RecordReformInspection.Request, caller: CallerContext): Promise<ReformInspectionView> {
    requireReformManage(caller, '登记督导检查');
    if (request.inspectedOn > this.today()) throw new DomainError(CommonErrors.validationFailed, '检查日期不能晚于今天', [{ field: 'inspectedOn', code: 'max', message: 'inspectedOn：不能晚于今天' }]);
    const inspectionId = await this.transactions.run(async (tx) => {
      if (request.taskId && !(await this.reform.findTask(request.taskId, tx.manager))) throw new DomainError(ReformErrors.taskNotFound, '关联的改革任务不存在');
      await this.assertActiveUnits([request.unitId, ...request.problems.map((p) => p.unitId)], tx);
      const now = new Date();
      const inspection: InspectionRow = {
        id: randomUUID(),
        taskId: request.taskId ?? null,
        title: request.title.trim(),
        unitId: request.unitId,
        inspectedOn: request.inspectedOn,
        inspectors: request.inspectors.map((i) => i.trim()),
        summary: request.summary,
        version: 1,
        createdAt: now,
        createdBy: caller.username,
      };
      await this.reform.insertInspection(inspection, tx.manager);
      await this.reform.recordHistory('inspection', inspection.id, 1, 'recorded', `${inspection.inspectedOn} 督导检查，发现问题 ${request.problems.length} 个`, caller.username, now, tx.manager);
      const calendar = await this.calendarCopy.current();
      for (const found of request.problems) {
        // 整改期限 counts from the day of the inspection (《民法典》第201条: that day is not counted).
        const due = computeDue(calendar, { start: request.inspectedOn, amount: found.period.amount, unit: found.period.unit });
        const problem: ProblemRow = {
          id: randomUUID(),
          inspectionId: inspection.id,
          taskId: inspection.taskId,
          unitId: found.unitId,
          description: found.description,
          periodAmount: found.period.amount,
          periodUnit: found.period.unit,
          dueStart: request.inspectedOn,
          dueDate: due.dueDate,
          dueProvisional: due.provisional,
          dueExplanation: due.explanation,
          status: 'open',
          rectification: null,
          rectifiedOn: null,
          verificationNote: null,
          returnCount: 0,
          version: 1,
          createdAt: now,
          createdBy: caller.username,
          updatedAt: now,
          updatedBy: caller.username,
        };
        await this.reform.insertProblem(problem, tx.manager);
        await this.reform.recordHistory('problem', problem.id, 1, 'found', `督导检查发现，整改期限 ${problem.dueDate ?? '（暂无）'}`, caller.username, now, tx.manager);
      }
      await tx.emit(ReformEvents.inspectionRecorded, snapshot('inspection', inspection.id, 1, inspection.unitId));
      return inspection.id;
    });
    return this.getInspection(inspectionId, caller);
  }

  async getInspection(id: string, caller: CallerContext): Promise<ReformInspectionView> {
    const access = requireReformAccess(caller);
    const inspection = await this.reform.findInspection(id);
    const problems = inspection ? await this.reform.problemsOf(id) : [];
    const concerns = (unitId: string) => inspection?.unitId === unitId || problems.some((p) => p.unitId === unitId);
    if (!inspection || (access.kind === 'unit' && !concerns(access.unitId))) throw new DomainError(ReformErrors.inspectionNotFound, '督导检查记录不存在或无权查看');
    const visible = access.kind === 'unit' ? problems.filter((p) => p.unitId === access.unitId) : problems;
    const history = await this.reform.history('problem', visible.map((p) => p.id));
    const today = this.today();
    return {
      id: inspection.id,
      taskId: inspection.taskId,
      title: inspection.title,
      unitId: inspection.unitId,
      inspectedOn: inspection.inspectedOn,
      inspectors: inspection.inspectors,
      summary: inspection.summary,
      problems: visible.map((p) => toProblemView(p, history, today)),
      version: inspection.version,
      createdAt: inspection.createdAt.toISOString(),
      createdBy: inspection.createdBy,
    };
  }

  async getProblem(id: string, caller: CallerContext): Promise<ReformProblemView> {
    const access = requireReformAccess(caller);
    const problem = await this.reform.findProblem(id);
    if (!problem || (access.kind === 'unit' && problem.unitId !== access.unitId)) throw new DomainError(ReformErrors.problemNotFound, '问题不存在或无权查看');
    return this.problemView(problem);
  }

  async listProblems(request: ListReformProblems.Request, caller: CallerContext): Promise<ListReformProblems.Reply> {
    const access = requireReformAccess(caller);
    const page = pageOf(request);
    const { items, total } = await this.reform.searchProblems({ ...request, ...page, onlyUnitId: access.kind === 'unit' ? access.unitId : undefined });
    const history = await this.reform.history('problem', items.map((p) => p.id));
    const today = this.today();
    return { items: items.map((p) => toProblemView(p, history, today)), total, ...page };
  }

  /** The responsible unit reports its 整改 (or 职能转变科 records it on the unit's behalf). */
  async submitRectification(request: SubmitRectification.Request, caller: CallerContext): Promise<ReformProblemView> {
    if (request.rectifiedOn > this.today()) throw new DomainError(CommonErrors.validationFailed, '整改完成日期不能晚于今天', [{ field: 'rectifiedOn', code: 'max', message: 'rectifiedOn：不能晚于今天' }]);
    return this.changeProblem(request.id, request.expectedVersion, caller, (problem) => {
      if (!caller.unitId) requireReformManage(caller, '代为报送整改情况');
      if (problem.status !== 'open') throw new DomainError(ReformErrors.invalidState, problem.status === 'submitted' ? '整改情况已报送，待验收' : '该问题已验收销号');
      if (request.rectifiedOn < problem.dueStart) throw new DomainError(CommonErrors.validationFailed, `整改完成日期不能早于检查日期 ${problem.dueStart}`);
      Object.assign(problem, { status: 'submitted', rectification: request.rectification, rectifiedOn: request.rectifiedOn });
      const late = problem.dueDate && request.rectifiedOn > problem.dueDate ? `（超过整改期限 ${problem.dueDate}）` : '';
      return { action: 'rectification_submitted', note: `报送整改情况，完成日期 ${request.rectifiedOn}${late}`, event: ReformEvents.rectificationSubmitted };
    });
  }

  /** 验收: verified closes the problem (销号); returned sends it back to the unit with the reason, keeping its deadline. */
  async verifyRectification(request: VerifyRectification.Request, caller: CallerContext): Promise<ReformProblemView> {
    requireReformManage(caller, '验收整改');
    const note = request.note?.trim() || null;
    if (request.decision === 'returned' && (!note || note.length < 2)) {
      throw new DomainError(CommonErrors.validationFailed, '退回须说明理由', [{ field: 'note', code: 'isNotEmpty', message: 'note：退回时必须填写理由' }]);
    }
    return this.changeProblem(request.id, request.expectedVersion, caller, (problem) => {
      if (problem.status !== 'submitted') throw new DomainError(ReformErrors.invalidState, '整改情况尚未报送或已验收');
      if (request.decision === 'verified') {
        Object.assign(problem, { status: 'verified', verificationNote: note });
        return { action: 'verified', note: note ? `验收通过：${note}` : '验收通过，销号', event: ReformEvents.rectificationVerified };
      }
      Object.assign(problem, { status: 'open', verificationNote: note, returnCount: problem.returnCount + 1 });
      return { action: 'returned', note: `退回重新整改：${note}`, event: ReformEvents.rectificationReturned };
    });
  }

  // ---------- evaluations ----------

  async recordEvaluation(request: RecordReformEvaluation.Request, caller: CallerContext): Promise<ReformEvaluationView> {
    requireReformManage(caller, '登记第三方评估');
    if (!request.taskId && !request.unitId) {
      throw new DomainError(CommonErrors.validationFailed, '须指明评估的改革任务或单位', [{ field: 'taskId', code: 'isDefined', message: 'taskId：改革任务和被评估单位至少填写一项' }]);
    }
    const row = await this.transactions.run(async (tx) => {
      if (request.taskId && !(await this.reform.findTask(request.taskId, tx.manager))) throw new DomainError(ReformErrors.taskNotFound, '关联的改革任务不存在');
      if (request.unitId) await this.assertActiveUnits([request.unitId], tx);
      const now = new Date();
      const evaluation: EvaluationRow = {
        id: randomUUID(),
        taskId: request.taskId ?? null,
        unitId: request.unitId ?? null,
        evaluator: request.evaluator.trim(),
        evaluatedOn: request.evaluatedOn,
        score: request.score,
        findings: request.findings,
        version: 1,
        createdAt: now,
        createdBy: caller.username,
      };
      await this.reform.insertEvaluation(evaluation, tx.manager);
      await this.reform.recordHistory('evaluation', evaluation.id, 1, 'recorded', `${evaluation.evaluator} 评估，得分 ${evaluation.score}`, caller.username, now, tx.manager);
      await tx.emit(ReformEvents.evaluationRecorded, snapshot('evaluation', evaluation.id, 1, evaluation.unitId ?? undefined));
      return evaluation;
    });
    return toEvaluationView(row);
  }

  async listEvaluations(request: ListReformEvaluations.Request, caller: CallerContext): Promise<ListReformEvaluations.Reply> {
    const access = requireReformAccess(caller);
    const page = pageOf(request);
    const { items, total } = await this.reform.searchEvaluations({ ...request, ...page, onlyUnitId: access.kind === 'unit' ? access.unitId : undefined });
    return { items: items.map(toEvaluationView), total, ...page };
  }

  // ---------- calendar ----------

  /**
   * Re-dates the open tasks' and problems' deadlines after a year of the calendar was loaded or corrected, in the
   * calendar change's own transaction: each one that moves gets a new version, a history line by 系统 and an event.
   */
  async redateOpenDeadlines(year: number, tx: Tx, calendar: WorkingCalendar): Promise<number> {
    const { tasks, problems } = await this.reform.openDeadlinesAround(year, tx.manager);
    let redated = 0;
    for (const task of tasks) {
      const due = computeDue(calendar, { start: task.assignedOn, amount: task.periodAmount, unit: task.periodUnit });
      if (!dueMoved(task, due)) continue;
      const next: TaskRow = { ...task, dueDate: due.dueDate, dueProvisional: due.provisional, dueExplanation: due.explanation, version: task.version + 1, updatedAt: new Date(), updatedBy: SYSTEM_ACTOR };
      await commitStep(tx, {
        save: () => this.reform.updateTaskIfVersion(next, task.version, tx.manager),
        conflict: REFORM_CONFLICT,
        history: () => this.reform.recordHistory('task', next.id, next.version, 'redated', redatedNote(year, task, next), SYSTEM_ACTOR, next.updatedAt, tx.manager),
        events: [[ReformEvents.deadlineRedated, snapshot('task', next.id, next.version, next.leadUnitId, next.status)]],
      });
      redated += 1;
    }
    for (const problem of problems) {
      const due = computeDue(calendar, { start: problem.dueStart, amount: problem.periodAmount, unit: problem.periodUnit });
      if (!dueMoved(problem, due)) continue;
      const next: ProblemRow = { ...problem, dueDate: due.dueDate, dueProvisional: due.provisional, dueExplanation: due.explanation, version: problem.version + 1, updatedAt: new Date(), updatedBy: SYSTEM_ACTOR };
      await commitStep(tx, {
        save: () => this.reform.updateProblemIfVersion(next, problem.version, tx.manager),
        conflict: REFORM_CONFLICT,
        history: () => this.reform.recordHistory('problem', next.id, next.version, 'redated', redatedNote(year, problem, next), SYSTEM_ACTOR, next.updatedAt, tx.manager),
        events: [[ReformEvents.deadlineRedated, snapshot('problem', next.id, next.version, next.unitId, next.status)]],
      });
      redated += 1;
    }
    return redated;
  }

  // ---------- internals ----------

  private async changeProblem(
    id: string,
    expectedVersion: number,
    caller: CallerContext,
    work: (problem: ProblemRow) => { action: string; note: string; event: string },
  ): Promise<ReformProblemView> {
    const access = requireReformAccess(caller);
    const problem = await this.transactions.run(async (tx) => {
      const current = await this.reform.findProblem(id, tx.manager, true);
      if (!current || (access.kind === 'unit' && current.unitId !== access.unitId)) throw new DomainError(ReformErrors.problemNotFound, '问题不存在或无权查看');
      assertVersion(current.version, expectedVersion, REFORM_CONFLICT);
      const next: ProblemRow = { ...current };
      const change = work(next);
      Object.assign(next, { version: current.version + 1, updatedAt: new Date(), updatedBy: caller.username });
      await commitStep(tx, {
        save: () => this.reform.updateProblemIfVersion(next, expectedVersion, tx.manager),
        conflict: REFORM_CONFLICT,
        history: () => this.reform.recordHistory('problem', next.id, next.version, change.action, change.note, caller.username, next.updatedAt, tx.manager),
        events: [[change.event, snapshot('problem', next.id, next.version, next.unitId, next.status)]],
      });
      return next;
    });
    return this.problemView(problem);
  }

  private async assertActiveUnits(ids: string[], tx: Tx): Promise<void> {
    const missing = await this.reform.inactiveUnits(ids, tx.manager);
    if (missing.length) throw new DomainError(ReformErrors.unknownUnit, `单位不存在或已停用：${missing.join('、')}`);
  }

  private async taskView(task: TaskRow): Promise<ReformTaskView> {
    const [history, progress] = await Promise.all([this.reform.history('task', [task.id]), this.reform.progressOf([task.id])]);
    return toTaskView(task, history, progress, this.today());
  }

  private async problemView(problem: ProblemRow): Promise<ReformProblemView> {
    return toProblemView(problem, await this.reform.history('problem', [problem.id]), this.today());
  }

  private today(): string {
    return shanghaiDate(new Date());
  }
}

const REFORM_CONFLICT = { error: ReformErrors.versionConflict, what: '记录' };

/** Who a step the service takes on its own is recorded as. */
const SYSTEM_ACTOR = '系统';

interface Dated {
  dueDate: string | null;
  dueProvisional: boolean;
  dueExplanation: string[];
}

function dueMoved(current: Dated, due: { dueDate: string | null; provisional: boolean; explanation: string[] }): boolean {
  return due.dueDate !== current.dueDate || due.provisional !== current.dueProvisional || due.explanation.join('\n') !== current.dueExplanation.join('\n');
}

function redatedNote(year: number, before: Dated, after: Dated): string {
  const show = (d: Dated) => `${d.dueDate ?? '（暂无）'}${d.dueProvisional ? '（暂定）' : ''}`;
  return `${year} 年节假日安排更新，期限由 ${show(before)} 重新计算为 ${show(after)}`;
}

function seesTask(access: Exclude<ReformAccess, { kind: 'none' }>, task: TaskRow): boolean {
  return access.kind === 'all' || task.leadUnitId === access.unitId || task.coUnitIds.includes(access.unitId);
}

function snapshot(record: ReformRecordSnapshot['record'], id: string, version: number, unitId?: string, status?: string): ReformRecordSnapshot {
  return { id, record, version, ...(unitId ? { unitId } : {}), ...(status ? { status } : {}) };
}

function toTaskView(t: TaskRow, history: Map<string, HistoryEntry[]>, progress: Map<string, ProgressRow[]>, today: string): ReformTaskView {
  return {
    id: t.id,
    title: t.title,
    category: t.category,
    description: t.description,
    leadUnitId: t.leadUnitId,
    coUnitIds: t.coUnitIds,
    assignedOn: t.assignedOn,
    period: { amount: t.periodAmount, unit: t.periodUnit },
    due: dueView({ dueDate: t.dueDate, provisional: t.dueProvisional, explanation: t.dueExplanation }, today, t.status === 'open'),
    status: t.status,
    closingNote: t.closingNote,
    ...(t.workGroup ? { workGroup: t.workGroup } : {}),
    version: t.version,
    createdAt: t.createdAt.toISOString(),
    createdBy: t.createdBy,
    updatedAt: t.updatedAt.toISOString(),
    updatedBy: t.updatedBy,
    history: history.get(t.id) ?? [],
    progress: (progress.get(t.id) ?? []).map((p) => ({
      id: p.id,
      unitId: p.unitId,
      reportedOn: p.reportedOn,
      percent: p.percent,
      progress: p.progress,
      createdAt: p.createdAt.toISOString(),
      createdBy: p.createdBy,
    })),
  };
}

function toProblemView(p: ProblemRow, history: Map<string, HistoryEntry[]>, today: string): ReformProblemView {
  return {
    id: p.id,
    inspectionId: p.inspectionId,
    taskId: p.taskId,
    unitId: p.unitId,
    description: p.description,
    period: { amount: p.periodAmount, unit: p.periodUnit },
    due: dueView({ dueDate: p.dueDate, provisional: p.dueProvisional, explanation: p.dueExplanation }, today, p.status === 'open'),
    status: p.status,
    rectification: p.rectification,
    rectifiedOn: p.rectifiedOn,
    verificationNote: p.verificationNote,
    returnCount: p.returnCount,
    version: p.version,
    createdAt: p.createdAt.toISOString(),
    updatedAt: p.updatedAt.toISOString(),
    updatedBy: p.updatedBy,
    history: history.get(p.id) ?? [],
  };
}

function toEvaluationView(e: EvaluationRow): ReformEvaluationView {
  return {
    id: e.id,
    taskId: e.taskId,
    unitId: e.unitId,
    evaluator: e.evaluator,
    evaluatedOn: e.evaluatedOn,
    score: e.score,
    findings: e.findings,
    version: e.version,
    createdAt: e.createdAt.toISOString(),
    createdBy: e.createdBy,
  };
}
