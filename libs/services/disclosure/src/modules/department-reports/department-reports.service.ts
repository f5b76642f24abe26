import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { shanghaiDate } from '@gov/calendar';
import { CommonErrors, pageOf, type CallerContext } from '@gov/contracts-common';
import {
  DEPARTMENT_REPORT_STATUS_LABELS,
  DepartmentReportChanged,
  DepartmentReportErrors,
  DepartmentReportEvents,
  DepartmentReportRoundChanged,
  type ChangeDepartmentReportRoundUnits,
  type DepartmentReportContent,
  type DepartmentReportRoundView,
  type DepartmentReportView,
  type ListDepartmentReportRounds,
  type ListDepartmentReports,
  type OpenDepartmentReportRound,
  type PublishDepartmentReportRound,
  type ResubmitDepartmentReport,
  type ReviewDepartmentReport,
  type SubmitDepartmentReport,
} from '@gov/contracts-disclosure';
import { DomainError, publishTaskChanges, requireReason, Transactions, type Tx } from '@gov/platform';
import { AnnualReportRecordsService } from '../annual-reports/annual-report-records.service.js';
import { canManageDepartmentReports, canSeeDepartmentReport, canSeeRounds, canSubmitFor, departmentReportAccess } from './department-reports.policy.js';
import { DepartmentReportsRepository, type DepartmentReportAction, type DepartmentReportRoundRow, type DepartmentReportRow } from './department-reports.repository.js';
import { canTake, contentProblems, DEPARTMENT_REPORT_STEP_LABELS, figuresProblems, publishProblem, roundYearProblem, statusAfter, submissionDeadline, type DepartmentReportStep, type FieldProblem } from './department-reports.rules.js';
import { reportTaskChange, roundTaskChange } from './department-reports.tasks.js';
import { roundSnapshotOf, snapshotOf, toDepartmentReportView, toRoundView } from './department-reports.views.js';

const today = () => shanghaiDate(new Date());

function refuseAll(error: (typeof DepartmentReportErrors)[keyof typeof DepartmentReportErrors], problems: FieldProblem[]): void {
  if (problems.length) throw new DomainError(error, problems.map((p) => p.message.replace(/^[a-zA-Z]+：/, '')).join('；'), problems);
}

function cleanContent(content: DepartmentReportContent) {
  return { text: (content.text ?? '').trim(), attachments: (content.attachments ?? []).map((a) => a.trim()).filter((a) => a.length > 0), figures: content.figures ?? null };
}

function checkContent(content: DepartmentReportContent): void {
  refuseAll(DepartmentReportErrors.content, contentProblems(content));
  refuseAll(DepartmentReportErrors.crossCheck, figuresProblems(content.figures));
}

/**
 * 部门政府信息公开工作年度报告 (第四十九条): 政务公开科 opens the year's collection with the units expected to submit (their 待办
 * due 31 January; the year's own report's 3/31 待办 with it); a unit's liaison submits and re-submits its own unit's report;
 * the section checks each (退回 with the reason, or 通过) and publishes the passed ones together (统一发布, the date recorded).
 */
@Injectable()
export class DepartmentReportsService {
  constructor(
    private readonly reports: DepartmentReportsRepository,
    private readonly annualReports: AnnualReportRecordsService,
    private readonly transactions: Transactions,
  ) {}

  async submit(request: SubmitDepartmentReport.Request, caller: CallerContext): Promise<DepartmentReportView> {
    if (!caller.unitId || !canSubmitFor(caller, caller.unitId)) throw new DomainError(CommonErrors.forbidden, '部门年度报告由本单位联络员报送');
    const unitId = caller.unitId;
    checkContent(request);
    return this.transactions.run(async (tx) => {
      const round = await this.reports.findRoundByYear(request.year, tx.manager, true);
      if (!round) throw new DomainError(DepartmentReportErrors.noRound, `政务公开科尚未启动${request.year}年度政府信息公开工作年度报告的收集`);
      if (await this.reports.findByUnit(request.year, unitId, tx.manager)) throw new DomainError(DepartmentReportErrors.exists, `本单位${request.year}年度报告已报送，请在原报告上修改或重新报送`);
      const submittedBefore = new Set((await this.reports.ofRound(round.id, tx.manager)).map((r) => r.unitId));
      const now = new Date();
      const day = today();
      const row: DepartmentReportRow = {
        id: randomUUID(),
        roundId: round.id,
        year: request.year,
        unitId,
        ...cleanContent(request),
        status: 'submitted',
        firstSubmittedOn: day,
        submittedOn: day,
        returnReason: null,
        reviewedBy: null,
        publishedOn: null,
        version: 1,
        createdAt: now,
        createdBy: caller.username,
        updatedAt: now,
        updatedBy: caller.username,
      };
      await this.reports.insert(row, tx.manager);
      await this.reports.addStep(tx.manager, row.id, { action: 'submit', note: null, content: cleanContent(request), at: now, by: caller.username });
      await tx.emit(DepartmentReportEvents.submitted, snapshotOf(row), undefined, DepartmentReportChanged.Event);
      await publishTaskChanges(tx, reportTaskChange(null, row, round, caller.userId));
      // The round no longer waits on this unit: its next version closes the unit's 待办.
      const nextRound: DepartmentReportRoundRow = { ...round, version: round.version + 1, updatedAt: now, updatedBy: caller.username };
      if (!(await this.reports.saveRoundIfVersion(nextRound, round.version, tx.manager))) throw new DomainError(DepartmentReportErrors.versionConflict, '年度报告收集已被他人修改，请重试');
      await tx.emit(DepartmentReportEvents.roundUpdated, roundSnapshotOf(nextRound), undefined, DepartmentReportRoundChanged.Event);
      await publishTaskChanges(tx, roundTaskChange({ round, submitted: submittedBefore }, nextRound, new Set([...submittedBefore, unitId]), caller.userId));
      return toDepartmentReportView(row, round.dueDate, await this.reports.stepsOf(row.id, tx.manager));
    });
  }

  resubmit(request: ResubmitDepartmentReport.Request, caller: CallerContext): Promise<DepartmentReportView> {
    // The content is checked once the report is found and visible: an unknown or another unit's report answers 404 first.
    return this.step(request.id, request.expectedVersion, caller, 'resubmit', (row) => {
      checkContent(request);
      Object.assign(row, { ...cleanContent(request), submittedOn: today(), returnReason: null, reviewedBy: null });
      return { event: DepartmentReportEvents.submitted, action: 'resubmit', note: null, content: cleanContent(request) };
    });
  }

  review(request: ReviewDepartmentReport.Request, caller: CallerContext): Promise<DepartmentReportView> {
    if (request.decision === 'return') {
      const reason = requireReason(request.reason, '退回', 'reason');
      return this.step(request.id, request.expectedVersion, caller, 'return', (row) => {
        Object.assign(row, { returnReason: reason, reviewedBy: caller.username });
        return { event: DepartmentReportEvents.returned, action: 'return', note: reason, content: null };
      });
    }
    return this.step(request.id, request.expectedVersion, caller, 'pass', (row) => {
      row.reviewedBy = caller.username;
      return { event: DepartmentReportEvents.passed, action: 'pass', note: null, content: null };
    });
  }

  async get(id: string, caller: CallerContext): Promise<DepartmentReportView> {
    const row = await this.reports.findById(id);
    if (!row || !canSeeDepartmentReport(caller, row.unitId)) throw new DomainError(DepartmentReportErrors.notFound, '部门年度报告不存在或无权查看');
    return toDepartmentReportView(row, submissionDeadline(row.year).dueDate, await this.reports.stepsOf(row.id));
  }

  async list(request: ListDepartmentReports.Request, caller: CallerContext): Promise<ListDepartmentReports.Reply> {
    const access = departmentReportAccess(caller);
    if (access.kind === 'none') throw new DomainError(CommonErrors.forbidden, '无权查看部门年度报告');
    const page = pageOf(request);
    const { items, total } = await this.reports.search({ ...request, ...page, onlyUnitId: access.kind === 'unit' ? access.unitId : undefined });
    return { items: items.map((row) => toDepartmentReportView(row, submissionDeadline(row.year).dueDate)), total, ...page };
  }

  async openRound(request: OpenDepartmentReportRound.Request, caller: CallerContext): Promise<DepartmentReportRoundView> {
    if (!canManageDepartmentReports(caller)) throw new DomainError(CommonErrors.forbidden, '部门年度报告的收集由政务公开科启动');
    const yearProblem = roundYearProblem(request.year, today());
    if (yearProblem) throw new DomainError(DepartmentReportErrors.dateOrder, yearProblem, [{ field: 'year', code: 'future', message: `year：${yearProblem}` }]);
    return this.transactions.run(async (tx) => {
      const now = new Date();
      const due = submissionDeadline(request.year);
      const round: DepartmentReportRoundRow = {
        id: randomUUID(),
        year: request.year,
        unitIds: [...request.unitIds],
        dueDate: due.dueDate,
        dueExplanation: due.explanation,
        status: 'collecting',
        publishedOn: null,
        publishedBy: null,
        version: 1,
        createdAt: now,
        createdBy: caller.username,
        updatedAt: now,
        updatedBy: caller.username,
      };
      if (!(await this.reports.insertRound(round, tx.manager))) throw new DomainError(DepartmentReportErrors.roundExists, `${request.year}年度部门年度报告的收集已启动，请在原收集上调整应报送单位`);
      await tx.emit(DepartmentReportEvents.roundOpened, roundSnapshotOf(round), undefined, DepartmentReportRoundChanged.Event);
      await publishTaskChanges(tx, roundTaskChange(null, round, new Set(), caller.userId));
      // The year's own report (3/31) is due with it: its draft, and so its 待办, exists from now on.
      await this.annualReports.ensureDraft(tx, request.year, caller);
      return toRoundView(round, [], today(), true);
    });
  }

  changeRoundUnits(request: ChangeDepartmentReportRoundUnits.Request, caller: CallerContext): Promise<DepartmentReportRoundView> {
    return this.roundStep(request.id, request.expectedVersion, caller, (round) => {
      round.unitIds = [...request.unitIds];
      return DepartmentReportEvents.roundUpdated;
    });
  }

  publishRound(request: PublishDepartmentReportRound.Request, caller: CallerContext): Promise<DepartmentReportRoundView> {
    return this.roundStep(request.id, request.expectedVersion, caller, async (round, tx, reports, now) => {
      const problem = publishProblem(round.year, request.publishedOn, today(), reports.map((r) => r.status));
      if (problem) throw new DomainError(DepartmentReportErrors[problem.code], problem.message, [{ field: 'publishedOn', code: problem.code, message: `publishedOn：${problem.message}` }]);
      for (const current of reports.filter((r) => r.status === 'passed')) {
        const next: DepartmentReportRow = { ...current, status: 'published', publishedOn: request.publishedOn, version: current.version + 1, updatedAt: now, updatedBy: caller.username };
        if (!(await this.reports.saveIfVersion(next, current.version, tx.manager))) throw new DomainError(DepartmentReportErrors.versionConflict, '部门年度报告已被他人修改，请刷新后重试');
        await this.reports.addStep(tx.manager, next.id, { action: 'publish', note: `统一发布（${request.publishedOn}）`, content: null, at: now, by: caller.username });
        await tx.emit(DepartmentReportEvents.published, snapshotOf(next), undefined, DepartmentReportChanged.Event);
        Object.assign(current, next);
      }
      if (round.status === 'collecting') Object.assign(round, { status: 'published', publishedOn: request.publishedOn, publishedBy: caller.username });
      return DepartmentReportEvents.roundPublished;
    });
  }

  async getRound(id: string, caller: CallerContext): Promise<DepartmentReportRoundView> {
    if (!canSeeRounds(caller)) throw new DomainError(DepartmentReportErrors.roundNotFound, '该年度的部门年度报告收集不存在或无权查看');
    const round = await this.reports.findRoundById(id);
    if (!round) throw new DomainError(DepartmentReportErrors.roundNotFound, '该年度的部门年度报告收集不存在或无权查看');
    return toRoundView(round, await this.reports.ofRound(round.id), today(), true);
  }

  async listRounds(request: ListDepartmentReportRounds.Request, caller: CallerContext): Promise<ListDepartmentReportRounds.Reply> {
    if (!canSeeRounds(caller)) throw new DomainError(CommonErrors.forbidden, '无权查看部门年度报告的收集情况');
    const page = pageOf(request);
    const now = today();
    const { items, total } = await this.reports.searchRounds({ ...request, ...page });
    const views = await Promise.all(items.map(async (round) => toRoundView(round, await this.reports.ofRound(round.id), now, false)));
    return { items: views, total, ...page };
  }

  /** One step on a unit's report, in one transaction: seen, allowed, at the version held, saved, a timeline row, its event and 待办. */
  private async step(
    id: string,
    expectedVersion: number,
    caller: CallerContext,
    step: DepartmentReportStep,
    change: (row: DepartmentReportRow) => { event: string; action: DepartmentReportAction; note: string | null; content: ReturnType<typeof cleanContent> | null },
  ): Promise<DepartmentReportView> {
    return this.transactions.run(async (tx) => {
      const current = await this.reports.findById(id, tx.manager, true);
      if (!current || !canSeeDepartmentReport(caller, current.unitId)) throw new DomainError(DepartmentReportErrors.notFound, '部门年度报告不存在或无权查看');
      const allowed = step === 'resubmit' ? canSubmitFor(caller, current.unitId) : canManageDepartmentReports(caller);
      if (!allowed) throw new DomainError(CommonErrors.forbidden, step === 'resubmit' ? '部门年度报告由本单位联络员重新报送' : '部门年度报告由政务公开科审核');
      if (current.version !== expectedVersion) {
        throw new DomainError(DepartmentReportErrors.versionConflict, `部门年度报告已被他人修改（当前版本 ${current.version}，您提交的版本 ${expectedVersion}），请刷新后重试`);
      }
      if (!canTake(step, current.status)) throw new DomainError(DepartmentReportErrors.invalidState, `当前为"${DEPARTMENT_REPORT_STATUS_LABELS[current.status]}"，不能${DEPARTMENT_REPORT_STEP_LABELS[step]}`);
      const round = await this.reports.findRoundById(current.roundId, tx.manager);
      if (!round) throw new DomainError(DepartmentReportErrors.roundNotFound, '该年度的部门年度报告收集不存在');
      const now = new Date();
      const next: DepartmentReportRow = { ...current };
      const effect = change(next);
      Object.assign(next, { status: statusAfter(step), version: current.version + 1, updatedAt: now, updatedBy: caller.username });
      if (!(await this.reports.saveIfVersion(next, expectedVersion, tx.manager))) throw new DomainError(DepartmentReportErrors.versionConflict, '部门年度报告已被他人修改，请刷新后重试');
      await this.reports.addStep(tx.manager, next.id, { action: effect.action, note: effect.note, content: effect.content, at: now, by: caller.username });
      await tx.emit(effect.event, snapshotOf(next), undefined, DepartmentReportChanged.Event);
      await publishTaskChanges(tx, reportTaskChange(current, next, round, caller.userId));
      return toDepartmentReportView(next, round.dueDate, await this.reports.stepsOf(next.id, tx.manager));
    });
  }

  /** One step on the year's collection: the section only, at the version held; its reports locked; its 待办 re-published. */
  private async roundStep(
    id: string,
    expectedVersion: number,
    caller: CallerContext,
    change: (round: DepartmentReportRoundRow, tx: Tx, reports: DepartmentReportRow[], now: Date) => string | Promise<string>,
  ): Promise<DepartmentReportRoundView> {
    return this.transactions.run(async (tx) => {
      const current = await this.reports.findRoundById(id, tx.manager, true);
      if (!current || !canSeeRounds(caller)) throw new DomainError(DepartmentReportErrors.roundNotFound, '该年度的部门年度报告收集不存在或无权查看');
      if (!canManageDepartmentReports(caller)) throw new DomainError(CommonErrors.forbidden, '部门年度报告的收集由政务公开科办理');
      if (current.version !== expectedVersion) {
        throw new DomainError(DepartmentReportErrors.versionConflict, `年度报告收集已被他人修改（当前版本 ${current.version}，您提交的版本 ${expectedVersion}），请刷新后重试`);
      }
      const reports = await this.reports.ofRound(current.id, tx.manager, true);
      const submitted = new Set(reports.map((r) => r.unitId));
      const now = new Date();
      const next: DepartmentReportRoundRow = { ...current };
      const event = await change(next, tx, reports, now);
      Object.assign(next, { version: current.version + 1, updatedAt: now, updatedBy: caller.username });
      if (!(await this.reports.saveRoundIfVersion(next, expectedVersion, tx.manager))) throw new DomainError(DepartmentReportErrors.versionConflict, '年度报告收集已被他人修改，请刷新后重试');
      await tx.emit(event, roundSnapshotOf(next), undefined, DepartmentReportRoundChanged.Event);
      await publishTaskChanges(tx, roundTaskChange({ round: current, submitted }, next, submitted, caller.userId));
      return toRoundView(next, reports, today(), true);
    });
  }
}
