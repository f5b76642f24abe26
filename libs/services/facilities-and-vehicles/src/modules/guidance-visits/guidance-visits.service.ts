import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { shanghaiDate } from '@gov/calendar';
import { CommonErrors, pageOf, type CallerContext } from '@gov/contracts-common';
import {
  GuidanceVisitChanged,
  GuidanceVisitErrors,
  GuidanceVisitEvents,
  type CloseGuidanceVisit,
  type CreateGuidanceVisit,
  type GuidanceVisitView,
  type ListGuidanceVisits,
  type ReportGuidanceVisit,
  type ReturnGuidanceVisit,
  type WithdrawGuidanceVisit,
} from '@gov/contracts-facilities-and-vehicles';
import { DomainError, publishTaskChanges, requireReason, Transactions } from '@gov/platform';
import { canChangeGuidanceVisit, canManageGuidanceVisits, canSeeGuidanceVisit, guidanceVisitAccess } from './guidance-visits.policy.js';
import { GuidanceVisitsRepository, type GuidanceVisitRow } from './guidance-visits.repository.js';
import { canTake, dateProblems, dueDateOf, guidanceVisitTasks, initialStatus, statusAfter, type GuidanceVisitStep } from './guidance-visits.rules.js';
import { snapshotOf, toGuidanceVisitView } from './guidance-visits.views.js';

const STEP_EVENTS: Record<GuidanceVisitStep, string> = {
  report: GuidanceVisitEvents.reported,
  return: GuidanceVisitEvents.returned,
  close: GuidanceVisitEvents.closed,
  withdraw: GuidanceVisitEvents.withdrawn,
};
const STEP_LABELS: Record<GuidanceVisitStep, string> = { report: '报告整改', return: '退回', close: '销号', withdraw: '撤回' };

const today = (): string => shanghaiDate(new Date());

/**
 * 指导检查: 机关事务管理科 records a visit to a town or street with its findings and rectification items; the unit's liaison
 * reports the rectification (待办 due by the earliest deadline); the section closes it (销号) or returns it with a reason.
 */
@Injectable()
export class GuidanceVisitsService {
  constructor(
    private readonly guidanceVisits: GuidanceVisitsRepository,
    private readonly transactions: Transactions,
  ) {}

  async create(request: CreateGuidanceVisit.Request, caller: CallerContext): Promise<GuidanceVisitView> {
    if (!canManageGuidanceVisits(caller)) throw new DomainError(CommonErrors.forbidden, '指导检查由机关事务管理科登记');
    const problems = dateProblems(request.visitDate, request.items, today());
    if (problems.length) throw new DomainError(GuidanceVisitErrors.badDates, problems.map((p) => p.message.split('：')[1]).join('；'), problems.map((p) => ({ field: p.field, code: 'date', message: p.message })));
    const row = await this.transactions.run(async (tx) => {
      const now = new Date();
      const items = request.items.map((item) => ({ content: item.content.trim(), deadline: item.deadline }));
      const created: GuidanceVisitRow = {
        id: randomUUID(),
        unitId: request.unitId,
        unitName: request.unitName.trim(),
        visitDate: request.visitDate,
        visitors: request.visitors.trim(),
        findings: request.findings.trim(),
        items,
        dueDate: dueDateOf(items),
        status: initialStatus(items),
        rectificationReport: null,
        reportedBy: null,
        reportedAt: null,
        closingNote: items.length === 0 ? '未发现须整改的问题' : null,
        closedBy: items.length === 0 ? caller.username : null,
        closedAt: items.length === 0 ? now : null,
        withdrawalReason: null,
        history: [{ step: 'record', actor: caller.username, at: now.toISOString(), note: items.length ? `整改事项 ${items.length} 项` : '无整改事项' }],
        version: 1,
        createdAt: now,
        createdBy: caller.username,
        updatedAt: now,
        updatedBy: caller.username,
      };
      await this.guidanceVisits.insert(created, tx.manager);
      await tx.emit(GuidanceVisitEvents.created, snapshotOf(created), undefined, GuidanceVisitChanged.Event);
      await publishTaskChanges(tx, { app: 'facilities-and-vehicles', record: { type: 'guidance-visit', id: created.id }, before: [], after: guidanceVisitTasks(created), version: 1, by: caller.userId });
      return created;
    });
    return toGuidanceVisitView(row, today());
  }

  /** 报告整改: the visited unit's liaison (or the section for it), while rectifying. */
  report(request: ReportGuidanceVisit.Request, caller: CallerContext): Promise<GuidanceVisitView> {
    const report = requireReason(request.report, '报告整改', 'report');
    return this.step(request.id, request.expectedVersion, caller, 'report', report, (row, now) => Object.assign(row, { rectificationReport: report, reportedBy: caller.username, reportedAt: now }));
  }

  return(request: ReturnGuidanceVisit.Request, caller: CallerContext): Promise<GuidanceVisitView> {
    const reason = requireReason(request.reason, '退回');
    return this.step(request.id, request.expectedVersion, caller, 'return', reason, () => undefined);
  }

  close(request: CloseGuidanceVisit.Request, caller: CallerContext): Promise<GuidanceVisitView> {
    const note = request.note?.trim() || null;
    return this.step(request.id, request.expectedVersion, caller, 'close', note, (row, now) => Object.assign(row, { closingNote: note, closedBy: caller.username, closedAt: now }));
  }

  withdraw(request: WithdrawGuidanceVisit.Request, caller: CallerContext): Promise<GuidanceVisitView> {
    const reason = requireReason(request.reason);
    return this.step(request.id, request.expectedVersion, caller, 'withdraw', reason, (row) => Object.assign(row, { withdrawalReason: reason }));
  }

  async get(id: string, caller: CallerContext): Promise<GuidanceVisitView> {
    const row = await this.guidanceVisits.findById(id);
    if (!row || !canSeeGuidanceVisit(caller, row.unitId)) throw new DomainError(GuidanceVisitErrors.notFound, '指导检查不存在或无权查看');
    return toGuidanceVisitView(row, today());
  }

  async list(request: ListGuidanceVisits.Request, caller: CallerContext): Promise<ListGuidanceVisits.Reply> {
    const access = guidanceVisitAccess(caller);
    if (access.kind === 'none') throw new DomainError(CommonErrors.forbidden, '无权查看指导检查');
    const page = pageOf(request);
    const { items, total } = await this.guidanceVisits.search({ ...request, ...page, onlyUnitId: access.kind === 'unit' ? access.unitId : undefined });
    const day = today();
    return { items: items.map((row) => toGuidanceVisitView(row, day)), total, ...page };
  }

  /** One step on a versioned record, in one transaction: seen, allowed, at the version held, saved, its event and 待办 in the outbox. */
  private async step(id: string, expectedVersion: number, caller: CallerContext, step: GuidanceVisitStep, note: string | null, change: (row: GuidanceVisitRow, now: Date) => unknown): Promise<GuidanceVisitView> {
    const row = await this.transactions.run(async (tx) => {
      const current = await this.guidanceVisits.findById(id, tx.manager, true);
      if (!current || !canSeeGuidanceVisit(caller, current.unitId)) throw new DomainError(GuidanceVisitErrors.notFound, '指导检查不存在或无权查看');
      const allowed = step === 'report' ? canChangeGuidanceVisit(caller, current.unitId) : canManageGuidanceVisits(caller);
      if (!allowed) throw new DomainError(CommonErrors.forbidden, step === 'report' ? '无权报告该单位的整改情况' : `指导检查的${STEP_LABELS[step]}由机关事务管理科办理`);
      if (current.version !== expectedVersion) {
        throw new DomainError(GuidanceVisitErrors.versionConflict, `指导检查已被他人修改（当前版本 ${current.version}，您提交的版本 ${expectedVersion}），请刷新后重试`);
      }
      if (!canTake(step, current.status)) throw new DomainError(GuidanceVisitErrors.invalidState, `指导检查当前状态不能${STEP_LABELS[step]}`);
      const now = new Date();
      const next: GuidanceVisitRow = { ...current, history: [...current.history] };
      change(next, now);
      next.history.push({ step, actor: caller.username, at: now.toISOString(), note });
      Object.assign(next, { status: statusAfter(step), version: current.version + 1, updatedAt: now, updatedBy: caller.username });
      if (!(await this.guidanceVisits.saveIfVersion(next, expectedVersion, tx.manager))) throw new DomainError(GuidanceVisitErrors.versionConflict, '指导检查已被他人修改，请刷新后重试');
      await tx.emit(STEP_EVENTS[step], snapshotOf(next), undefined, GuidanceVisitChanged.Event);
      await publishTaskChanges(tx, {
        app: 'facilities-and-vehicles',
        record: { type: 'guidance-visit', id: next.id },
        before: guidanceVisitTasks(current),
        after: guidanceVisitTasks(next),
        version: next.version,
        by: caller.userId,
        outcome: step === 'withdraw' ? 'withdrawn' : step === 'return' ? 'returned' : 'done',
      });
      return next;
    });
    return toGuidanceVisitView(row, today());
  }
}
