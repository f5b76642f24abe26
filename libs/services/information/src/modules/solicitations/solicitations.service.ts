import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { shanghaiDate, type WorkingCalendar } from '@gov/calendar';
import { CommonErrors, pageOf, type CallerContext } from '@gov/contracts-common';
import {
  SOLICITATION_STATUS_LABELS,
  SolicitationChanged,
  SolicitationErrors,
  SolicitationEvents,
  type AnswerSolicitation,
  type CreateSolicitation,
  type ListSolicitations,
  type ReplySolicitation,
  type SolicitationView,
  type WithdrawSolicitation,
} from '@gov/contracts-information';
import { CalendarCopy, DomainError, publishTaskChanges, requireReason, Transactions, type Tx } from '@gov/platform';
import { solicitationTaskChange, solicitationTasks } from '../../common/tasks.js';
import { SubmissionsRepository } from '../submissions/submissions.repository.js';
import { weightsOn } from '../submissions/submissions.rules.js';
import { canAnswerFor, canManageSolicitations, canSeeSolicitation, solicitationAccess } from './solicitations.policy.js';
import { SolicitationsRepository, type AssignmentRow, type SolicitationRow } from './solicitations.repository.js';
import { canTake, deductionFor, internalDue, isLate, redatedDue, statusAfter, type SolicitationStep } from './solicitations.rules.js';
import { snapshotOf, toSolicitationView } from './solicitations.views.js';

const today = () => shanghaiDate(new Date());

/**
 * 约稿: 信息科 registers a request from above and assigns it to units with an internal deadline from the deadline engine;
 * each unit's liaison answers (late answers flagged and deducted); 信息科 sends the compiled reply upward, and the units
 * that never answered are marked 未报 and deducted (RULES.md §2.7). Every waiting step is in 待办.
 */
@Injectable()
export class SolicitationsService {
  constructor(
    private readonly solicitations: SolicitationsRepository,
    private readonly scoring: SubmissionsRepository,
    private readonly calendarCopy: CalendarCopy,
    private readonly transactions: Transactions,
  ) {
    this.calendarCopy.onChange((year, tx, calendar) => this.redateOpenDeadlines(year, tx, calendar));
  }

  /** A calendar year loaded or corrected: the pending parts' internal deadlines are computed again, their 待办 re-dated. */
  async redateOpenDeadlines(year: number, tx: Tx, calendar: WorkingCalendar): Promise<void> {
    for (const row of await this.solicitations.openAround(year, tx.manager)) {
      const assignments = await this.solicitations.assignments([row.id], tx.manager);
      const before = solicitationTasks(row, assignments);
      const due = redatedDue(calendar, row.receivedOn, row.internalWorkingDays, row.upperDeadline);
      const changed = assignments.filter((a) => a.status === 'pending' && (a.dueDate !== due.dueDate || a.dueExplanation.join() !== due.explanation.join()));
      if (!changed.length) continue;
      for (const assignment of changed) {
        Object.assign(assignment, { dueDate: due.dueDate, dueExplanation: due.explanation });
        await this.solicitations.redate(assignment, tx.manager);
      }
      const next: SolicitationRow = { ...row, version: row.version + 1, updatedAt: new Date(), updatedBy: 'system' };
      if (!(await this.solicitations.saveIfVersion(next, row.version, tx.manager))) continue;
      await publishTaskChanges(tx, solicitationTaskChange(before, next, assignments));
    }
  }

  async create(request: CreateSolicitation.Request, caller: CallerContext): Promise<SolicitationView> {
    if (!canManageSolicitations(caller)) throw new DomainError(CommonErrors.forbidden, '只有信息科可以登记约稿');
    if (request.upperDeadline < request.receivedOn) throw new DomainError(SolicitationErrors.upperBeforeReceived, `上级时限 ${request.upperDeadline} 早于收到日期 ${request.receivedOn}`);
    const unitIds = [...new Set(request.unitIds)];
    const id = await this.transactions.run(async (tx) => {
      const due = internalDue(await this.calendarCopy.current(tx), request.receivedOn, request.internalWorkingDays, request.upperDeadline);
      if (!due) {
        throw new DomainError(
          SolicitationErrors.internalAfterUpper,
          `自 ${request.receivedOn} 起 ${request.internalWorkingDays} 个工作日的内部时限晚于上级时限 ${request.upperDeadline}，请缩短内部时限（内部时限须留出汇总上报的时间）`,
        );
      }
      const now = new Date();
      const row: SolicitationRow = {
        id: randomUUID(),
        title: request.title.trim(),
        source: request.source.trim(),
        requirements: request.requirements,
        receivedOn: request.receivedOn,
        upperDeadline: request.upperDeadline,
        internalWorkingDays: request.internalWorkingDays,
        status: 'open',
        replySummary: null,
        repliedOn: null,
        withdrawalReason: null,
        version: 1,
        createdAt: now,
        createdBy: caller.username,
        updatedAt: now,
        updatedBy: caller.username,
      };
      await this.solicitations.insert(row, tx.manager);
      const assignments: AssignmentRow[] = unitIds.map((unitId) => ({
        id: randomUUID(),
        solicitationId: row.id,
        unitId,
        dueDate: due.dueDate,
        dueExplanation: due.explanation,
        status: 'pending',
        answer: null,
        answeredAt: null,
        answeredBy: null,
        late: false,
        deduction: 0,
        weightVersion: null,
      }));
      for (const assignment of assignments) await this.solicitations.insertAssignment(assignment, tx.manager);
      await tx.emit(SolicitationEvents.created, snapshotOf(row, assignments), undefined, SolicitationChanged.Event);
      await publishTaskChanges(tx, solicitationTaskChange([], row, assignments, caller.userId));
      return row.id;
    });
    return this.view(id);
  }

  /** A unit's answer (its liaison, or 信息科 on its behalf); after the internal deadline it is late and deducted. */
  answer(request: AnswerSolicitation.Request, caller: CallerContext): Promise<SolicitationView> {
    const unitId = caller.unitId ?? request.unitId;
    return this.step(request.id, request.expectedVersion, caller, 'answer', false, async (row, assignments, tx, now) => {
      if (!unitId) throw new DomainError(SolicitationErrors.notAssigned, '信息科代为登记时须指明单位（unitId）');
      if (!canAnswerFor(caller, unitId)) throw new DomainError(CommonErrors.forbidden, '只能报送本单位的约稿');
      const assignment = assignments.find((a) => a.unitId === unitId);
      if (!assignment) throw new DomainError(SolicitationErrors.notAssigned, '该单位不是此约稿的承办单位');
      if (assignment.status !== 'pending') throw new DomainError(SolicitationErrors.alreadyAnswered, '该单位已报送此约稿');
      const answeredOn = shanghaiDate(now);
      assignment.status = 'answered';
      assignment.answer = request.content;
      assignment.answeredAt = now;
      assignment.answeredBy = caller.username;
      assignment.late = isLate(assignment.dueDate, answeredOn);
      if (assignment.late) {
        const weights = await this.weightsFor(answeredOn, tx);
        assignment.deduction = deductionFor('answered', true, weights.deduction);
        assignment.weightVersion = weights.version;
      }
      await this.solicitations.saveAssignment(assignment, tx.manager);
      return SolicitationEvents.answered;
    });
  }

  /** The compiled reply goes upward; the units that never answered are marked 未报 and deducted. */
  reply(request: ReplySolicitation.Request, caller: CallerContext): Promise<SolicitationView> {
    return this.step(request.id, request.expectedVersion, caller, 'reply', true, async (row, assignments, tx) => {
      row.replySummary = request.summary;
      row.repliedOn = request.repliedOn;
      const missed = assignments.filter((a) => a.status === 'pending');
      if (missed.length) {
        const weights = await this.weightsFor(request.repliedOn, tx);
        for (const assignment of missed) {
          assignment.status = 'missed';
          assignment.deduction = deductionFor('missed', false, weights.deduction);
          assignment.weightVersion = weights.version;
          await this.solicitations.saveAssignment(assignment, tx.manager);
        }
      }
      return SolicitationEvents.replied;
    });
  }

  withdraw(request: WithdrawSolicitation.Request, caller: CallerContext): Promise<SolicitationView> {
    const reason = requireReason(request.reason);
    return this.step(request.id, request.expectedVersion, caller, 'withdraw', true, async (row) => {
      row.withdrawalReason = reason;
      return SolicitationEvents.withdrawn;
    });
  }

  async get(id: string, caller: CallerContext): Promise<SolicitationView> {
    const row = await this.solicitations.findById(id);
    const assignments = row ? await this.solicitations.assignments([id]) : [];
    if (!row || !canSeeSolicitation(caller, assignments.map((a) => a.unitId))) throw new DomainError(SolicitationErrors.notFound, '约稿不存在或无权查看');
    return toSolicitationView(row, assignments, today(), caller.unitId ?? undefined);
  }

  async list(request: ListSolicitations.Request, caller: CallerContext): Promise<ListSolicitations.Reply> {
    const access = solicitationAccess(caller);
    if (access.kind === 'none') throw new DomainError(CommonErrors.forbidden, '无权查看约稿');
    const page = pageOf(request);
    const onlyUnitId = access.kind === 'unit' ? access.unitId : undefined;
    const { items, total } = await this.solicitations.search({ ...request, ...page, onlyUnitId });
    const assignments = await this.solicitations.assignments(items.map((r) => r.id));
    return { items: items.map((r) => toSolicitationView(r, assignments, today(), onlyUnitId)), total, ...page };
  }

  private async weightsFor(date: string, tx: Tx) {
    const weights = weightsOn(await this.scoring.weights(tx.manager), date);
    if (!weights) throw new DomainError(SolicitationErrors.invalidState, `${date} 没有生效的政务信息计分标准（RULES.md §2.7）`);
    return weights;
  }

  private async view(id: string, caller?: CallerContext): Promise<SolicitationView> {
    const row = await this.solicitations.findById(id);
    if (!row) throw new DomainError(SolicitationErrors.notFound, '约稿不存在');
    return toSolicitationView(row, await this.solicitations.assignments([id]), today(), caller?.unitId ?? undefined);
  }

  /** One step on a versioned record, in one transaction: seen, allowed, at the version held, saved, its event and 待办 in the outbox. */
  private async step(
    id: string,
    expectedVersion: number,
    caller: CallerContext,
    step: SolicitationStep,
    sectionOnly: boolean,
    change: (row: SolicitationRow, assignments: AssignmentRow[], tx: Tx, now: Date) => Promise<string>,
  ): Promise<SolicitationView> {
    await this.transactions.run(async (tx) => {
      const current = await this.solicitations.findById(id, tx.manager, true);
      const assignments = current ? await this.solicitations.assignments([id], tx.manager) : [];
      if (!current || !canSeeSolicitation(caller, assignments.map((a) => a.unitId))) throw new DomainError(SolicitationErrors.notFound, '约稿不存在或无权查看');
      if (sectionOnly && !canManageSolicitations(caller)) throw new DomainError(CommonErrors.forbidden, '只有信息科可以办理此步骤');
      if (current.version !== expectedVersion) {
        throw new DomainError(SolicitationErrors.versionConflict, `约稿已被他人修改（当前版本 ${current.version}，您提交的版本 ${expectedVersion}），请刷新后重试`);
      }
      if (!canTake(step, current.status)) throw new DomainError(SolicitationErrors.invalidState, `约稿${SOLICITATION_STATUS_LABELS[current.status]}，不能进行此操作`);
      const before = solicitationTasks(current, assignments);
      const next: SolicitationRow = { ...current };
      const working = assignments.map((a) => ({ ...a }));
      const event = await change(next, working, tx, new Date());
      Object.assign(next, { status: statusAfter(step, current.status), version: current.version + 1, updatedAt: new Date(), updatedBy: caller.username });
      if (!(await this.solicitations.saveIfVersion(next, expectedVersion, tx.manager))) throw new DomainError(SolicitationErrors.versionConflict, '约稿已被他人修改，请刷新后重试');
      await tx.emit(event, snapshotOf(next, working), undefined, SolicitationChanged.Event);
      await publishTaskChanges(tx, solicitationTaskChange(before, next, working, caller.userId));
    });
    return this.view(id, caller);
  }
}
