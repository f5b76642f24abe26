import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { CommonErrors, pageOf, type CallerContext } from '@gov/contracts-common';
import {
  GUARD_SHIFT_KIND_LABELS,
  GUARD_SHIFT_STATUS_LABELS,
  GuardShiftChanged,
  GuardShiftErrors,
  GuardShiftEvents,
  type CancelGuardShift,
  type CreateGuardShift,
  type GuardShiftFields,
  type GuardShiftView,
  type ListGuardShifts,
  type UpdateGuardShift,
} from '@gov/contracts-facilities-and-vehicles';
import { DomainError, requireReason, Transactions, type Tx } from '@gov/platform';
import { canManageGuardShifts, canReadGuardShifts } from './guard-shifts.policy.js';
import { GuardShiftsRepository, type GuardShiftRow } from './guard-shifts.repository.js';
import { canTake, normalName, statusAfter, type GuardShiftStep } from './guard-shifts.rules.js';
import { snapshotOf, toGuardShiftView } from './guard-shifts.views.js';

const NOT_FOUND = '排班不存在或无权查看';
const MANAGERS_ONLY = '门卫排班由机关事务管理科办理';

/** 门卫排班: the section rosters a guard for a post, day and shift (one post per guard and shift), changes it, cancels it with a reason. */
@Injectable()
export class GuardShiftsService {
  constructor(
    private readonly shifts: GuardShiftsRepository,
    private readonly transactions: Transactions,
  ) {}

  async create(request: CreateGuardShift.Request, caller: CallerContext): Promise<GuardShiftView> {
    if (!canManageGuardShifts(caller)) throw new DomainError(CommonErrors.forbidden, MANAGERS_ONLY);
    const now = new Date();
    const row: GuardShiftRow = {
      id: randomUUID(),
      ...this.factsOf(request),
      status: 'scheduled',
      cancelReason: null,
      version: 1,
      createdAt: now,
      createdBy: caller.username,
      updatedAt: now,
      updatedBy: caller.username,
    };
    await this.transactions.run(async (tx) => {
      await this.assertFree(row, tx);
      await this.shifts.insert(row, tx.manager);
      await tx.emit(GuardShiftEvents.created, snapshotOf(row), undefined, GuardShiftChanged.Event);
    });
    return toGuardShiftView(row);
  }

  update(request: UpdateGuardShift.Request, caller: CallerContext): Promise<GuardShiftView> {
    const facts = this.factsOf(request);
    return this.step(request.id, request.expectedVersion, caller, 'update', async (row, tx) => {
      Object.assign(row, facts);
      await this.assertFree(row, tx);
      return GuardShiftEvents.updated;
    });
  }

  cancel(request: CancelGuardShift.Request, caller: CallerContext): Promise<GuardShiftView> {
    const reason = requireReason(request.reason, '取消');
    return this.step(request.id, request.expectedVersion, caller, 'cancel', async (row) => {
      row.cancelReason = reason;
      return GuardShiftEvents.cancelled;
    });
  }

  async get(id: string, caller: CallerContext): Promise<GuardShiftView> {
    if (!canReadGuardShifts(caller)) throw new DomainError(GuardShiftErrors.notFound, NOT_FOUND);
    const row = await this.shifts.findById(id);
    if (!row) throw new DomainError(GuardShiftErrors.notFound, NOT_FOUND);
    return toGuardShiftView(row);
  }

  async list(request: ListGuardShifts.Request, caller: CallerContext): Promise<ListGuardShifts.Reply> {
    if (!canReadGuardShifts(caller)) throw new DomainError(CommonErrors.forbidden, '无权查看门卫排班');
    const page = pageOf(request);
    const { items, total } = await this.shifts.search({ ...request, ...page });
    return { items: items.map(toGuardShiftView), total, ...page };
  }

  private factsOf(request: GuardShiftFields): Pick<GuardShiftRow, 'date' | 'shift' | 'post' | 'guardName' | 'note'> {
    return { date: request.date, shift: request.shift, post: request.post.trim(), guardName: normalName(request.guardName), note: request.note?.trim() || null };
  }

  /** A guard stands one post per shift: a second scheduled shift of the same day and shift is refused (409). */
  private async assertFree(row: GuardShiftRow, tx: Tx): Promise<void> {
    const other = await this.shifts.findScheduled(row.guardName, row.date, row.shift, row.id, tx.manager);
    if (other) {
      throw new DomainError(GuardShiftErrors.guardBusy, `${row.guardName} 在 ${row.date} ${GUARD_SHIFT_KIND_LABELS[row.shift]} 已排在「${other.post}」，同一班次不能再排其他岗位`, [
        { field: 'guardName', code: 'busy', message: `guardName：${row.guardName} 该班次已排在「${other.post}」` },
      ]);
    }
  }

  private async step(id: string, expectedVersion: number, caller: CallerContext, step: GuardShiftStep, change: (row: GuardShiftRow, tx: Tx) => Promise<string>): Promise<GuardShiftView> {
    const row = await this.transactions.run(async (tx) => {
      const current = await this.shifts.findById(id, tx.manager, true);
      if (!current || !canReadGuardShifts(caller)) throw new DomainError(GuardShiftErrors.notFound, NOT_FOUND);
      if (!canManageGuardShifts(caller)) throw new DomainError(CommonErrors.forbidden, MANAGERS_ONLY);
      if (current.version !== expectedVersion) throw new DomainError(GuardShiftErrors.versionConflict, `排班已被他人修改（当前版本 ${current.version}，您提交的版本 ${expectedVersion}），请刷新后重试`);
      if (!canTake(step, current.status)) throw new DomainError(GuardShiftErrors.invalidState, `排班当前状态为「${GUARD_SHIFT_STATUS_LABELS[current.status]}」，不能进行此操作`);
      const next: GuardShiftRow = { ...current, status: statusAfter(step, current.status), version: current.version + 1, updatedAt: new Date(), updatedBy: caller.username };
      const event = await change(next, tx);
      if (!(await this.shifts.saveIfVersion(next, expectedVersion, tx.manager))) throw new DomainError(GuardShiftErrors.versionConflict, '排班已被他人修改，请刷新后重试');
      await tx.emit(event, snapshotOf(next), undefined, GuardShiftChanged.Event);
      return next;
    });
    return toGuardShiftView(row);
  }
}
