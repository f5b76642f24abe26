import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { CommonErrors, hasPermission, pageOf, type CallerContext } from '@gov/contracts-common';
import {
  LeaveErrors,
  LeaveEvents,
  type DecideLeave,
  type LeaveStatus,
  type LeaveView,
  type ListLeave,
  type RecordLeaveReturn,
  type RequestLeave,
  type WhoIsAway,
  type WithdrawLeave,
  DutyAndMeetingsPermissions,
} from '@gov/contracts-duty-and-meetings';
import { DomainError, publishTaskChanges, Transactions, type Tx } from '@gov/platform';
import { dutyTaskChange, leaveTasks } from '../../common/tasks.js';
import { ScheduleHistory } from '../activities/schedule-history.js';
import { UnitCheck } from '../activities/unit-check.js';
import { LeaveRepository, type LeaveRow } from './leave.repository.js';

export const LEAVE_READ = DutyAndMeetingsPermissions.leaveRead;
export const LEAVE_REQUEST = DutyAndMeetingsPermissions.leaveRequest;
export const LEAVE_APPROVE = DutyAndMeetingsPermissions.leaveApprove;

/** Leave that still counts: a pending or approved request (a returned one ends on its return day). */
const LIVE: readonly LeaveStatus[] = ['pending', 'approved'];

/**
 * 请销假 of the principal leaders of government-system units: a request (filed by 综合科 or by the unit's
 * own liaison), approval by an office leader, 销假 on return, and who is away on any day. A request that
 * overlaps another live request of the same person is accepted but flagged on both.
 */
@Injectable()
export class LeaveService {
  constructor(
    private readonly transactions: Transactions,
    private readonly history: ScheduleHistory,
    private readonly units: UnitCheck,
    private readonly leave: LeaveRepository,
  ) {}

  async request(request: RequestLeave.Request, caller: CallerContext): Promise<LeaveView> {
    if (!hasPermission(caller, LEAVE_REQUEST)) throw new DomainError(LeaveErrors.forbidden, '无权提交请假');
    // A liaison files for their own unit only; another unit's id is answered as unknown.
    if (caller.unitId && caller.unitId !== request.unitId) throw new DomainError(LeaveErrors.unknownUnit, '只能为本单位主要负责人提交请假');
    if (request.endsOn < request.startsOn) {
      throw new DomainError(LeaveErrors.invalidDates, '结束日期不能早于离岗日期', [{ field: 'endsOn', code: 'dates', message: '结束日期不能早于离岗日期' }]);
    }
    return this.transactions.run(async (tx) => {
      await this.units.activeUnits([request.unitId], tx.manager, LeaveErrors.unknownUnit);
      const personName = request.personName.trim();
      // One person's requests are checked one at a time: the unit's row is locked for the check.
      await this.leave.lockUnit(request.unitId, tx.manager);
      const overlapping = await this.leave.findLiveOverlapping(request.unitId, personName, request.startsOn, request.endsOn, LIVE, tx.manager);
      const id = randomUUID();
      await this.leave.insert(
        {
          id,
          unitId: request.unitId,
          personName,
          personTitle: request.personTitle?.trim() || null,
          startsOn: request.startsOn,
          endsOn: request.endsOn,
          destination: request.destination.trim(),
          reason: request.reason.trim(),
          actingPersonName: request.actingPersonName.trim(),
          overlapsWith: overlapping,
          createdBy: caller.username,
        },
        tx.manager,
      );
      // The flag goes both ways: the earlier request now names the new one too.
      for (const other of overlapping) await this.leave.addOverlap(other, id, tx.manager);
      const row = (await this.leave.findById(id, tx.manager)) as LeaveRow;
      await publishTaskChanges(tx, dutyTaskChange('leave', id, [], leaveTasks(row), row.version, caller.userId));
      return this.changed(tx, row, 'requested', caller, LeaveEvents.requested, { overlapsWith: row.overlaps_with });
    });
  }

  async decide(request: DecideLeave.Request, caller: CallerContext): Promise<LeaveView> {
    if (caller.unitId || !hasPermission(caller, LEAVE_APPROVE)) throw new DomainError(LeaveErrors.forbidden, '请假由办公室领导审批');
    return this.transition(request, caller, ['pending'], async (tx, current) => {
      const status: LeaveStatus = request.approved ? 'approved' : 'rejected';
      await this.leave.recordDecision(current.id, status, caller.displayName, request.comment?.trim() || null, caller.username, tx.manager);
      return { action: status, subject: request.approved ? LeaveEvents.approved : LeaveEvents.rejected, detail: { comment: request.comment ?? null } };
    });
  }

  async recordReturn(request: RecordLeaveReturn.Request, caller: CallerContext): Promise<LeaveView> {
    if (!hasPermission(caller, LEAVE_REQUEST)) throw new DomainError(LeaveErrors.forbidden, '无权办理销假');
    return this.transition(request, caller, ['approved'], async (tx, current) => {
      if (request.returnedOn < current.starts_on) {
        throw new DomainError(LeaveErrors.invalidDates, `返岗日期不能早于离岗日期 ${current.starts_on}`, [{ field: 'returnedOn', code: 'dates', message: '返岗日期不能早于离岗日期' }]);
      }
      await this.leave.recordReturn(current.id, request.returnedOn, caller.username, tx.manager);
      return { action: 'returned', subject: LeaveEvents.returned, detail: { returnedOn: request.returnedOn, plannedEndsOn: current.ends_on } };
    });
  }

  async withdraw(request: WithdrawLeave.Request, caller: CallerContext): Promise<LeaveView> {
    if (!hasPermission(caller, LEAVE_REQUEST)) throw new DomainError(LeaveErrors.forbidden, '无权撤回请假');
    return this.transition(request, caller, ['pending', 'approved'], async (tx, current) => {
      await this.leave.recordWithdrawal(current.id, request.reason.trim(), caller.username, tx.manager);
      return { action: 'withdrawn', subject: LeaveEvents.withdrawn, detail: { reason: request.reason } };
    });
  }

  async get(id: string, caller: CallerContext): Promise<LeaveView> {
    this.assertReader(caller);
    const row = await this.leave.findById(id);
    if (!row || !canSee(row, caller)) throw new DomainError(LeaveErrors.notFound, '请假记录不存在或无权查看');
    return toView(row);
  }

  async list(request: ListLeave.Request, caller: CallerContext): Promise<ListLeave.Reply> {
    this.assertReader(caller);
    const page = pageOf(request);
    const { items, total } = await this.leave.search({ ...page, onlyUnitId: caller.unitId ?? undefined, unitId: request.unitId, status: request.status, q: request.q });
    return { items: items.map(toView), total, ...page };
  }

  /** Who is away on a day: approved leave covering it, and returned leave whose 销假 came after that day. */
  async whoIsAway(request: WhoIsAway.Request, caller: CallerContext): Promise<WhoIsAway.Reply> {
    this.assertReader(caller);
    const rows = await this.leave.findAwayOn(request.date, caller.unitId ?? undefined);
    return { date: request.date, items: rows.map(toView) };
  }

  private async transition(
    request: { id: string; expectedVersion: number },
    caller: CallerContext,
    from: readonly LeaveStatus[],
    work: (tx: Tx, current: LeaveRow) => Promise<{ action: string; subject: string; detail: object }>,
  ): Promise<LeaveView> {
    return this.transactions.run(async (tx) => {
      const current = await this.leave.findForUpdate(request.id, tx.manager);
      if (!current || !canSee(current, caller)) throw new DomainError(LeaveErrors.notFound, '请假记录不存在或无权查看');
      if (!from.includes(current.status)) throw new DomainError(LeaveErrors.invalidState, `请假记录当前状态（${current.status}）不允许此操作`);
      if (current.version !== request.expectedVersion) {
        throw new DomainError(LeaveErrors.versionConflict, `请假记录已被他人修改（当前版本 ${current.version}），请刷新后重试`);
      }
      const { action, subject, detail } = await work(tx, current);
      const after = (await this.leave.findById(current.id, tx.manager)) as LeaveRow;
      await publishTaskChanges(tx, dutyTaskChange('leave', current.id, leaveTasks(current), leaveTasks(after), after.version, caller.userId, after.status === 'withdrawn'));
      return this.changed(tx, after, action, caller, subject, detail);
    });
  }

  private async changed(tx: Tx, row: LeaveRow, action: string, caller: CallerContext, subject: string, detail: object): Promise<LeaveView> {
    return this.history.changed(tx, 'leave', toView(row), action, subject, caller, detail);
  }

  private assertReader(caller: CallerContext): void {
    if (![LEAVE_READ, LEAVE_REQUEST, LEAVE_APPROVE].some((p) => hasPermission(caller, p))) throw new DomainError(CommonErrors.forbidden, '无权查看请销假');
  }
}

function canSee(row: LeaveRow, caller: CallerContext): boolean {
  return !caller.unitId || caller.unitId === row.unit_id;
}

function toView(row: LeaveRow): LeaveView {
  return {
    id: row.id,
    unitId: row.unit_id,
    unitName: row.unit_name,
    personName: row.person_name,
    ...(row.person_title ? { personTitle: row.person_title } : {}),
    startsOn: row.starts_on,
    endsOn: row.ends_on,
    destination: row.destination,
    reason: row.reason,
    actingPersonName: row.acting_person_name,
    status: row.status,
    overlapsWith: row.overlaps_with,
    decidedBy: row.decided_by,
    decidedAt: row.decided_at?.toISOString() ?? null,
    decisionComment: row.decision_comment,
    returnedOn: row.returned_on,
    returnRecordedBy: row.return_recorded_by,
    withdrawReason: row.withdraw_reason,
    version: row.version,
    createdAt: row.created_at.toISOString(),
    createdBy: row.created_by,
    updatedAt: row.updated_at.toISOString(),
    updatedBy: row.updated_by,
  };
}
