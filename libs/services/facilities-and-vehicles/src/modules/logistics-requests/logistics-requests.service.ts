import { randomUUID } from 'node:crypto';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { CommonErrors, pageOf, type CallerContext } from '@gov/contracts-common';
import {
  LOGISTICS_CATEGORIES,
  LOGISTICS_CATEGORY_LABELS,
  LOGISTICS_REQUEST_STATUS_LABELS,
  LogisticsRequestChanged,
  LogisticsRequestErrors,
  LogisticsRequestEvents,
  URGENCIES,
  URGENCY_LABELS,
  type AssignLogisticsRequest,
  type CompleteLogisticsRequest,
  type ConfirmLogisticsRequest,
  type CreateLogisticsRequest,
  type ExportLogisticsStatistics,
  type ListLogisticsRequests,
  type ListLogisticsRules,
  type LogisticsCategoryStatistics,
  type LogisticsRequestView,
  type LogisticsRuleView,
  type LogisticsStatistics,
  type ReworkLogisticsRequest,
  type SetLogisticsRule,
  type WithdrawLogisticsRequest,
} from '@gov/contracts-facilities-and-vehicles';
import { shanghaiDate, type WorkingCalendar } from '@gov/calendar';
import { CalendarCopy, DomainError, publishTaskChanges, reasonOf, Transactions, type Tx, type WaitingStep, writeXlsx, XLSX_MEDIA_TYPE } from '@gov/platform';
import { canHandleLogisticsRequest, canSeeLogisticsRequest, canSubmitLogisticsRequest, logisticsRequestAccess } from './logistics-requests.policy.js';
import { LogisticsRequestsRepository, type LogisticsRequestRow } from './logistics-requests.repository.js';
import { beijing, canTake, deadlinesOf, lightOf, redatingOf, ruleInForce, ruleOfRequest, ruleText, statusAfter, type LogisticsStep } from './logistics-requests.rules.js';
import { ruleView, snapshotOf, toLogisticsRequestView } from './logistics-requests.views.js';

const SECTION = 'jiguan_shiwu';
const today = (): string => shanghaiDate(new Date());

/** What a request waits on: 机关事务管理科's assignment, then the work's completion, then the requester's confirmation. */
export function logisticsTasks(row: LogisticsRequestRow): WaitingStep[] {
  const link = `/facilities-and-vehicles/logistics-requests/${row.id}`;
  const what = `${LOGISTICS_CATEGORY_LABELS[row.category]}（${URGENCY_LABELS[row.urgency]}）：${row.location}`;
  switch (row.status) {
    case 'submitted':
      return [
        {
          step: 'assign',
          kind: 'logistics_assign',
          title: `后勤报修派单 ${what}`,
          assignee: { type: 'role', id: 'section_staff' },
          section: SECTION,
          deadline: { at: row.responseDueAt.toISOString(), explanation: `响应（派单）时限 ${beijing(row.responseDueAt)}` },
          link,
        },
      ];
    case 'assigned':
      return [
        {
          step: 'complete',
          kind: 'logistics_complete',
          title: `督促完工（${row.assignee ?? ''}）${what}`,
          assignee: { type: 'role', id: 'section_staff' },
          section: SECTION,
          deadline: { at: row.completionDueAt.toISOString(), explanation: `完成时限 ${beijing(row.completionDueAt)}` },
          link,
        },
      ];
    case 'completed':
      return [{ step: 'confirm', kind: 'logistics_confirm', title: `确认后勤服务完工并评价：${what}`, assignee: row.unitId ? { type: 'unit', id: row.unitId } : { type: 'person', id: row.requesterId }, link }];
    default:
      return [];
  }
}

/**
 * 后勤服务申请: submitted by office staff or a unit's liaison, with deadlines from the rule of its urgency (the version
 * kept); assigned and completed by 机关事务管理科; confirmed (with a satisfaction score) or sent back by the requester.
 */
@Injectable()
export class LogisticsRequestsService implements OnModuleInit {
  constructor(
    private readonly requests: LogisticsRequestsRepository,
    private readonly transactions: Transactions,
    private readonly calendar: CalendarCopy,
  ) {}

  onModuleInit(): void {
    this.calendar.onChange((year, tx, calendar) => this.redateOpenDeadlines(year, tx, calendar));
  }

  /**
   * When a calendar year is loaded or corrected (in the copy's transaction): the open requests' working-day deadlines
   * computed again under the rule each was submitted under; a moved one is a new version with a timeline line, its
   * explanation extended with the change, `logistics-request.redated` and its 待办 re-opened with the new deadline.
   */
  async redateOpenDeadlines(year: number, tx: Tx, calendar: WorkingCalendar): Promise<void> {
    const open = await this.requests.openForUpdate(tx.manager);
    if (!open.length) return;
    const rules = await this.requests.ruleVersions(tx.manager);
    const now = new Date();
    for (const current of open) {
      const rule = ruleOfRequest(rules, current.urgency, current.submittedAt);
      const change = rule && redatingOf(calendar, current, rule, year);
      if (!change) continue;
      const next: LogisticsRequestRow = {
        ...current,
        responseDueAt: change.responseDueAt,
        completionDueAt: change.completionDueAt,
        dueExplanation: change.explanation,
        version: current.version + 1,
        updatedAt: now,
        updatedBy: 'system',
      };
      if (!(await this.requests.saveIfVersion(next, current.version, tx.manager))) continue;
      await this.requests.addHistory(next.id, next.version, 'redate', 'system', now, change.note, tx.manager);
      await tx.emit(LogisticsRequestEvents.redated, snapshotOf(next), undefined, LogisticsRequestChanged.Event);
      await publishTaskChanges(tx, { app: 'facilities-and-vehicles', record: { type: 'logistics-request', id: next.id }, before: logisticsTasks(current), after: logisticsTasks(next), version: next.version, by: 'system' });
    }
  }

  async create(request: CreateLogisticsRequest.Request, caller: CallerContext): Promise<LogisticsRequestView> {
    if (!canSubmitLogisticsRequest(caller)) throw new DomainError(CommonErrors.forbidden, '无权提出后勤服务申请');
    const id = await this.transactions.run(async (tx) => {
      const now = new Date();
      const rule = ruleInForce(await this.requests.ruleVersions(tx.manager), request.urgency, shanghaiDate(now));
      if (!rule) throw new DomainError(LogisticsRequestErrors.noRule, `尚无「${URGENCY_LABELS[request.urgency]}」的后勤服务时限规则`);
      const deadlines = deadlinesOf(await this.calendar.current(tx), now, rule);
      const row: LogisticsRequestRow = {
        id: randomUUID(),
        unitId: caller.unitId ?? null,
        requesterId: caller.userId,
        requesterName: caller.displayName || caller.username,
        category: request.category,
        urgency: request.urgency,
        location: request.location.trim(),
        description: request.description.trim(),
        photoFileIds: request.photoFileIds ?? [],
        status: 'submitted',
        submittedAt: now,
        responseDueAt: deadlines.responseDueAt,
        completionDueAt: deadlines.completionDueAt,
        dueExplanation: deadlines.explanation,
        deadlineRule: ruleText(rule),
        assignee: null,
        assignedAt: null,
        completedAt: null,
        completionNote: null,
        satisfaction: null,
        feedback: null,
        reason: null,
        version: 1,
        createdAt: now,
        createdBy: caller.username,
        updatedAt: now,
        updatedBy: caller.username,
      };
      await this.requests.insert(row, tx.manager);
      await this.requests.addHistory(row.id, 1, 'create', caller.username, now, null, tx.manager);
      await tx.emit(LogisticsRequestEvents.created, snapshotOf(row), undefined, LogisticsRequestChanged.Event);
      await publishTaskChanges(tx, { app: 'facilities-and-vehicles', record: { type: 'logistics-request', id: row.id }, before: [], after: logisticsTasks(row), version: 1, by: caller.username });
      return row.id;
    });
    return this.get(id, caller);
  }

  assign(request: AssignLogisticsRequest.Request, caller: CallerContext): Promise<LogisticsRequestView> {
    return this.step(request.id, request.expectedVersion, caller, 'assign', (row, now) => {
      const again = row.status === 'assigned';
      Object.assign(row, { assignee: request.assignee.trim(), assignedAt: row.assignedAt ?? now });
      return { event: LogisticsRequestEvents.assigned, note: `${again ? '改派' : '派单'}给 ${row.assignee}` };
    });
  }

  complete(request: CompleteLogisticsRequest.Request, caller: CallerContext): Promise<LogisticsRequestView> {
    return this.step(request.id, request.expectedVersion, caller, 'complete', (row, now) => {
      Object.assign(row, { completedAt: now, completionNote: request.note.trim() });
      const late = now.getTime() > row.completionDueAt.getTime();
      return { event: LogisticsRequestEvents.completed, note: `${row.completionNote}${late ? `（超过完成时限 ${beijing(row.completionDueAt)}）` : ''}` };
    });
  }

  confirm(request: ConfirmLogisticsRequest.Request, caller: CallerContext): Promise<LogisticsRequestView> {
    return this.step(request.id, request.expectedVersion, caller, 'confirm', (row) => {
      Object.assign(row, { satisfaction: request.satisfaction, feedback: request.feedback?.trim() || null });
      return { event: LogisticsRequestEvents.confirmed, note: `满意度 ${request.satisfaction} 分${row.feedback ? `：${row.feedback}` : ''}` };
    });
  }

  rework(request: ReworkLogisticsRequest.Request, caller: CallerContext): Promise<LogisticsRequestView> {
    const reason = this.reasonOrRefuse(request.reason);
    return this.step(request.id, request.expectedVersion, caller, 'rework', (row) => {
      Object.assign(row, { reason, completedAt: null, completionNote: null });
      return { event: LogisticsRequestEvents.reworked, note: reason };
    });
  }

  withdraw(request: WithdrawLogisticsRequest.Request, caller: CallerContext): Promise<LogisticsRequestView> {
    const reason = this.reasonOrRefuse(request.reason);
    return this.step(request.id, request.expectedVersion, caller, 'withdraw', (row) => {
      row.reason = reason;
      return { event: LogisticsRequestEvents.withdrawn, note: reason };
    });
  }

  async get(id: string, caller: CallerContext): Promise<LogisticsRequestView> {
    const row = await this.requests.findById(id);
    if (!row || !canSeeLogisticsRequest(caller, row)) throw new DomainError(LogisticsRequestErrors.notFound, '后勤服务申请不存在或无权查看');
    return toLogisticsRequestView(row, new Date(), await this.requests.history(id));
  }

  async list(request: ListLogisticsRequests.Request, caller: CallerContext): Promise<ListLogisticsRequests.Reply> {
    const access = logisticsRequestAccess(caller);
    if (access.kind === 'none') throw new DomainError(CommonErrors.forbidden, '无权查看后勤服务申请');
    const page = pageOf(request);
    const { items, total } = await this.requests.search({
      ...request,
      ...page,
      onlyUnitId: access.kind === 'unit' ? access.unitId : undefined,
      onlyRequesterId: access.kind === 'requester' ? access.requesterId : undefined,
    });
    const now = new Date();
    return { items: items.map((row) => toLogisticsRequestView(row, now)), total, ...page };
  }

  /** Per category: requests, completed, on time, late, satisfaction — computed from the records of the period. */
  async statistics(request: LogisticsStatistics.Request, caller: CallerContext): Promise<LogisticsStatistics.Reply> {
    if (logisticsRequestAccess(caller).kind !== 'all') throw new DomainError(CommonErrors.forbidden, '无权查看后勤服务统计');
    if (request.to < request.from) throw new DomainError(CommonErrors.validationFailed, '截止日期不能早于起始日期', [{ field: 'to', code: 'min', message: 'to：不能早于 from' }]);
    const rows = await this.requests.submittedBetween(request.from, request.to);
    const now = new Date();
    const categories: LogisticsCategoryStatistics[] = LOGISTICS_CATEGORIES.map((category) => {
      const mine = rows.filter((r) => r.category === category);
      const done = mine.filter((r) => r.status === 'completed' || r.status === 'confirmed');
      const rated = mine.filter((r) => r.satisfaction !== null);
      const late = mine.filter((r) => lightOf(r, now).late).length;
      const sum = rated.reduce((total, r) => total + (r.satisfaction as number), 0);
      return {
        category,
        categoryLabel: LOGISTICS_CATEGORY_LABELS[category],
        total: mine.length,
        completed: done.length,
        onTime: done.filter((r) => !lightOf(r, now).late).length,
        late,
        rated: rated.length,
        averageSatisfaction: rated.length ? Math.round((sum / rated.length) * 10) / 10 : null,
      };
    });
    return { from: request.from, to: request.to, categories };
  }

  async exportStatistics(request: ExportLogisticsStatistics.Request, caller: CallerContext): Promise<ExportLogisticsStatistics.Reply> {
    const stats = await this.statistics(request, caller);
    const content = writeXlsx({
      name: '后勤服务统计',
      header: ['类别', '受理数', '已完工', '按时完工', '逾期', '已评价', '平均满意度'],
      widths: [10, 10, 10, 10, 8, 10, 12],
      rows: stats.categories.map((c) => [c.categoryLabel, c.total, c.completed, c.onTime, c.late, c.rated, c.averageSatisfaction ?? '']),
    });
    return { filename: `后勤服务统计-${request.from}至${request.to}.xlsx`, mediaType: XLSX_MEDIA_TYPE, rows: stats.categories.length, contentBase64: content.toString('base64') };
  }

  async listRules(_request: ListLogisticsRules.Request, caller: CallerContext): Promise<ListLogisticsRules.Reply> {
    if (logisticsRequestAccess(caller).kind === 'none') throw new DomainError(CommonErrors.forbidden, '无权查看后勤服务时限');
    const all = await this.requests.ruleVersions();
    const asOf = today();
    const effective = URGENCIES.map((u) => ruleInForce(all, u, asOf)).filter((r): r is NonNullable<typeof r> => !!r);
    return { effective: effective.map(ruleView), all: all.map(ruleView) };
  }

  /** A new version of an urgency's deadlines, effective from a day not before today (submitted requests keep theirs). */
  async setRule(request: SetLogisticsRule.Request, caller: CallerContext): Promise<LogisticsRuleView> {
    if (!canHandleLogisticsRequest(caller)) throw new DomainError(CommonErrors.forbidden, '后勤服务时限由机关事务管理科设定');
    if (request.effectiveFrom < today()) throw new DomainError(LogisticsRequestErrors.retroactiveRule, '新时限的生效日期不能早于今天：已受理的申请保留原时限');
    const row = { ...request, id: randomUUID(), source: request.source.trim(), createdAt: new Date(), createdBy: caller.username };
    await this.transactions.run(async (tx) => this.requests.insertRule(row, tx.manager));
    return ruleView(row);
  }

  private reasonOrRefuse(text: string): string {
    const reason = reasonOf(text);
    if (!reason) throw new DomainError(CommonErrors.validationFailed, '须说明理由', [{ field: 'reason', code: 'minLength', message: 'reason：须说明理由（至少 2 个字）' }]);
    return reason;
  }

  /**
   * Who may take a step: the section assigns and completes; the requester (for a unit's request, any liaison of that
   * unit) confirms or sends back; the requester, the unit's liaison or the section withdraws.
   */
  private allowed(step: LogisticsStep, row: LogisticsRequestRow, caller: CallerContext): void {
    const requester = row.requesterId === caller.userId || (!!row.unitId && caller.unitId === row.unitId);
    if (step === 'assign' || step === 'complete') {
      if (!canHandleLogisticsRequest(caller)) throw new DomainError(CommonErrors.forbidden, '派单和完工登记由机关事务管理科办理');
    } else if (step === 'confirm' || step === 'rework') {
      if (!requester) throw new DomainError(LogisticsRequestErrors.notRequester, '只有报修人可以确认完工或退回返工');
    } else if (!requester && !canHandleLogisticsRequest(caller)) {
      throw new DomainError(CommonErrors.forbidden, '只有报修人或机关事务管理科可以撤回');
    }
  }

  private async step(id: string, expectedVersion: number, caller: CallerContext, step: LogisticsStep, change: (row: LogisticsRequestRow, now: Date) => { event: string; note: string | null }): Promise<LogisticsRequestView> {
    await this.transactions.run(async (tx: Tx) => {
      const current = await this.requests.findById(id, tx.manager, true);
      if (!current || !canSeeLogisticsRequest(caller, current)) throw new DomainError(LogisticsRequestErrors.notFound, '后勤服务申请不存在或无权查看');
      this.allowed(step, current, caller);
      if (current.version !== expectedVersion) {
        throw new DomainError(LogisticsRequestErrors.versionConflict, `后勤服务申请已被他人修改（当前版本 ${current.version}，您提交的版本 ${expectedVersion}），请刷新后重试`);
      }
      if (!canTake(step, current.status)) {
        throw new DomainError(LogisticsRequestErrors.invalidState, `后勤服务申请当前状态为「${LOGISTICS_REQUEST_STATUS_LABELS[current.status]}」，不能进行此操作`);
      }
      const now = new Date();
      const next: LogisticsRequestRow = { ...current };
      const { event, note } = change(next, now);
      Object.assign(next, { status: statusAfter(step), version: current.version + 1, updatedAt: now, updatedBy: caller.username });
      if (!(await this.requests.saveIfVersion(next, expectedVersion, tx.manager))) throw new DomainError(LogisticsRequestErrors.versionConflict, '后勤服务申请已被他人修改，请刷新后重试');
      await this.requests.addHistory(next.id, next.version, step, caller.username, now, note, tx.manager);
      await tx.emit(event, snapshotOf(next), undefined, LogisticsRequestChanged.Event);
      const outcome = step === 'withdraw' ? 'withdrawn' : step === 'rework' ? 'returned' : 'done';
      await publishTaskChanges(tx, {
        app: 'facilities-and-vehicles',
        record: { type: 'logistics-request', id: next.id },
        before: logisticsTasks(current),
        after: logisticsTasks(next),
        version: next.version,
        by: caller.username,
        outcome,
      });
    });
    return this.get(id, caller);
  }
}
