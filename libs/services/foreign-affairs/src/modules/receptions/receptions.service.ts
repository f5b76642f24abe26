import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { CommonErrors, pageOf, type CallerContext } from '@gov/contracts-common';
import {
  ReceptionCancelled,
  ReceptionChanged,
  ReceptionErrors,
  ReceptionEvents,
  ReceptionScheduled,
  RECEPTION_STATUS_LABELS,
  type CreateReception,
  type ListReceptions,
  type ReceptionFields,
  type ReceptionView,
  type ScheduleReception,
  type SummarizeReception,
  type UpdateReception,
  type WithdrawReception,
} from '@gov/contracts-foreign-affairs';
import { DomainError, publishTaskChanges, requireReason, Transactions, type Tx, type WaitingStep } from '@gov/platform';
import { canChangeReception, canSeeReception, receptionAccess } from './receptions.policy.js';
import { ReceptionsRepository, type ReceptionRow } from './receptions.repository.js';
import { canTake, giftsTotalFen, hasEnded, statusAfter, timeProblems, type ReceptionStep } from './receptions.rules.js';
import { calendarEntryOf, snapshotOf, toReceptionView } from './receptions.views.js';

const STEP_LABELS: Record<ReceptionStep, string> = { update: '修改', schedule: '安排（列入领导日程）', summarize: '填写接待总结', withdraw: '撤回' };

/** The 待办 of a reception: once scheduled, 外事科 writes its summary after the visit. */
function receptionTasks(row: ReceptionRow): WaitingStep[] {
  if (row.status !== 'scheduled') return [];
  const endDay = new Date(Date.parse(row.endsAt) + 8 * 3_600_000).toISOString().slice(0, 10);
  return [
    {
      step: 'summarize',
      kind: 'reception_summary',
      title: `填写外宾接待总结：${row.title}`,
      assignee: row.unitId ? { type: 'unit', id: row.unitId } : { type: 'role', id: 'section_staff' },
      ...(row.unitId ? {} : { section: 'waishi' }),
      deadline: { date: endDay, explanation: `接待于 ${endDay} 结束后填写总结` },
      link: `/foreign-affairs/receptions/${row.id}`,
    },
  ];
}

/**
 * 外宾接待: planned by 外事科 (or a unit's liaison), scheduled (it goes on the accompanying leaders' calendars through
 * `reception.scheduled`, as duty-and-meetings' activities of kind 接待), summarized after the visit, or withdrawn with a
 * reason (a scheduled one leaves the calendars through `reception.cancelled`).
 */
@Injectable()
export class ReceptionsService {
  constructor(
    private readonly receptions: ReceptionsRepository,
    private readonly transactions: Transactions,
  ) {}

  async create(request: CreateReception.Request, caller: CallerContext): Promise<ReceptionView> {
    const unitId = caller.unitId ?? null;
    if (!canChangeReception(caller, unitId)) throw new DomainError(CommonErrors.forbidden, '无权登记外宾接待');
    assertTimes(request);
    const row = await this.transactions.run(async (tx) => {
      const now = new Date();
      const created: ReceptionRow = {
        id: randomUUID(),
        unitId,
        ...planOf(request),
        status: 'planned',
        summary: null,
        withdrawalReason: null,
        version: 1,
        createdAt: now,
        createdBy: caller.username,
        updatedAt: now,
        updatedBy: caller.username,
      };
      await this.receptions.insert(created, tx.manager);
      await this.receptions.addHistory({ receptionId: created.id, step: 'create', fromStatus: null, toStatus: 'planned', note: null, at: now, by: caller.username }, tx.manager);
      await tx.emit(ReceptionEvents.created, snapshotOf(created), undefined, ReceptionChanged.Event);
      return created;
    });
    return toReceptionView(row);
  }

  /** A change of the plan; a scheduled reception's calendar entry is re-sent with the new version. */
  update(request: UpdateReception.Request, caller: CallerContext): Promise<ReceptionView> {
    assertTimes(request);
    return this.step(request.id, request.expectedVersion, caller, 'update', async (row, tx) => {
      Object.assign(row, planOf(request));
      await tx.emit(ReceptionEvents.updated, snapshotOf(row), undefined, ReceptionChanged.Event);
      if (row.status === 'scheduled') await tx.emit(ReceptionEvents.scheduled, calendarEntryOf(row), undefined, ReceptionScheduled.Event);
      return null;
    });
  }

  schedule(request: ScheduleReception.Request, caller: CallerContext): Promise<ReceptionView> {
    return this.step(request.id, request.expectedVersion, caller, 'schedule', async (row, tx) => {
      await tx.emit(ReceptionEvents.scheduled, calendarEntryOf(row), undefined, ReceptionScheduled.Event);
      return `列入 ${row.leaders.map((l) => l.name).join('、')} 的日程`;
    });
  }

  summarize(request: SummarizeReception.Request, caller: CallerContext): Promise<ReceptionView> {
    return this.step(request.id, request.expectedVersion, caller, 'summarize', async (row, tx) => {
      if (!hasEnded(row.endsAt, new Date())) throw new DomainError(ReceptionErrors.notYetHeld, `接待 ${row.endsAt} 结束后才能填写总结`);
      row.summary = request.summary.trim();
      await tx.emit(ReceptionEvents.held, snapshotOf(row), undefined, ReceptionChanged.Event);
      return null;
    });
  }

  withdraw(request: WithdrawReception.Request, caller: CallerContext): Promise<ReceptionView> {
    const reason = requireReason(request.reason);
    return this.step(request.id, request.expectedVersion, caller, 'withdraw', async (row, tx, before) => {
      row.withdrawalReason = reason;
      await tx.emit(ReceptionEvents.withdrawn, snapshotOf(row), undefined, ReceptionChanged.Event);
      if (before.status === 'scheduled') {
        const cancelled: ReceptionCancelled.Event = { receptionId: row.id, reason, version: row.version };
        await tx.emit(ReceptionEvents.cancelled, cancelled, undefined, ReceptionCancelled.Event);
      }
      return reason;
    });
  }

  async get(id: string, caller: CallerContext): Promise<ReceptionView> {
    const row = await this.receptions.findById(id);
    if (!row || !canSeeReception(caller, row.unitId)) throw new DomainError(ReceptionErrors.notFound, '外宾接待不存在或无权查看');
    return toReceptionView(row);
  }

  async list(request: ListReceptions.Request, caller: CallerContext): Promise<ListReceptions.Reply> {
    const access = receptionAccess(caller);
    if (access.kind === 'none') throw new DomainError(CommonErrors.forbidden, '无权查看外宾接待');
    const page = pageOf(request);
    const { items, total } = await this.receptions.search({ ...request, ...page, onlyUnitId: access.kind === 'unit' ? access.unitId : undefined });
    return { items: items.map(toReceptionView), total, ...page };
  }

  /** One step in one transaction: seen, allowed, at the version held, saved, its timeline line, its events and 待办. */
  private async step(
    id: string,
    expectedVersion: number,
    caller: CallerContext,
    step: ReceptionStep,
    change: (row: ReceptionRow, tx: Tx, before: ReceptionRow) => Promise<string | null>,
  ): Promise<ReceptionView> {
    const row = await this.transactions.run(async (tx) => {
      const current = await this.receptions.findById(id, tx.manager, true);
      if (!current || !canSeeReception(caller, current.unitId)) throw new DomainError(ReceptionErrors.notFound, '外宾接待不存在或无权查看');
      if (!canChangeReception(caller, current.unitId)) throw new DomainError(CommonErrors.forbidden, '无权办理该外宾接待');
      if (current.version !== expectedVersion) {
        throw new DomainError(ReceptionErrors.versionConflict, `外宾接待已被他人修改（当前版本 ${current.version}，您提交的版本 ${expectedVersion}），请刷新后重试`);
      }
      if (!canTake(step, current.status)) throw new DomainError(ReceptionErrors.invalidState, `外宾接待当前为「${RECEPTION_STATUS_LABELS[current.status]}」，不能${STEP_LABELS[step]}`);
      const now = new Date();
      const next: ReceptionRow = { ...current, status: statusAfter(step, current.status), version: current.version + 1, updatedAt: now, updatedBy: caller.username };
      const note = await change(next, tx, current);
      if (!(await this.receptions.saveIfVersion(next, expectedVersion, tx.manager))) throw new DomainError(ReceptionErrors.versionConflict, '外宾接待已被他人修改，请刷新后重试');
      await this.receptions.addHistory({ receptionId: id, step, fromStatus: current.status, toStatus: next.status, note, at: now, by: caller.username }, tx.manager);
      await publishTaskChanges(tx, {
        app: 'foreign-affairs',
        record: { type: 'reception', id },
        before: receptionTasks(current),
        after: receptionTasks(next),
        version: next.version,
        by: caller.userId,
        outcome: next.status === 'withdrawn' ? 'withdrawn' : 'done',
      });
      return next;
    });
    return toReceptionView(row);
  }
}

function assertTimes(fields: ReceptionFields): void {
  const problems = timeProblems(fields);
  if (problems.length) throw new DomainError(ReceptionErrors.badTimes, problems.map((p) => p.message).join('；'), problems.map((p) => ({ field: p.field, code: 'time', message: p.message })));
}

function planOf(request: ReceptionFields): Omit<ReceptionRow, 'id' | 'unitId' | 'status' | 'summary' | 'withdrawalReason' | 'version' | 'createdAt' | 'createdBy' | 'updatedAt' | 'updatedBy'> {
  return {
    title: request.title.trim(),
    protocolLevel: request.protocolLevel,
    purpose: request.purpose.trim(),
    startsAt: new Date(request.startsAt).toISOString(),
    endsAt: new Date(request.endsAt).toISOString(),
    location: request.location?.trim() || null,
    guests: request.guests,
    leaders: request.leaders,
    programme: request.programme,
    responsible: request.responsible,
    gifts: request.gifts,
    giftsTotalFen: giftsTotalFen(request.gifts),
  };
}
