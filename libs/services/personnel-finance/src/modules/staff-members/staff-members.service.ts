import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { CommonErrors, pageOf, type CallerContext } from '@gov/contracts-common';
import {
  StaffMemberChanged,
  StaffMemberErrors,
  StaffMemberEvents,
  type CreateStaffMember,
  type ListStaffMembers,
  type StaffMemberView,
  type UpdateStaffMember,
  type WithdrawStaffMember,
} from '@gov/contracts-personnel-finance';
import { DomainError, Transactions } from '@gov/platform';
import { canChangeStaffMember, canSeeStaffMember, staffMemberAccess } from './staff-members.policy.js';
import { StaffMembersRepository, type StaffMemberRow } from './staff-members.repository.js';
import { canTake, reasonOf, statusAfter, type StaffMemberStep } from './staff-members.rules.js';
import { snapshotOf, toStaffMemberView } from './staff-members.views.js';

/** 工作人员: created by the section or by a unit's liaison, changed while open, withdrawn with a reason. */
@Injectable()
export class StaffMembersService {
  constructor(
    private readonly staffMembers: StaffMembersRepository,
    private readonly transactions: Transactions,
  ) {}

  async create(request: CreateStaffMember.Request, caller: CallerContext): Promise<StaffMemberView> {
    const unitId = caller.unitId ?? null;
    if (!canChangeStaffMember(caller, unitId)) throw new DomainError(CommonErrors.forbidden, '无权登记工作人员');
    const row = await this.transactions.run(async (tx) => {
      const now = new Date();
      const created: StaffMemberRow = {
        id: randomUUID(),
        unitId,
        title: request.title.trim(),
        content: request.content,
        status: 'open',
        withdrawalReason: null,
        version: 1,
        createdAt: now,
        createdBy: caller.username,
        updatedAt: now,
        updatedBy: caller.username,
      };
      await this.staffMembers.insert(created, tx.manager);
      await tx.emit(StaffMemberEvents.created, snapshotOf(created), undefined, StaffMemberChanged.Event);
      return created;
    });
    return toStaffMemberView(row);
  }

  update(request: UpdateStaffMember.Request, caller: CallerContext): Promise<StaffMemberView> {
    return this.step(request.id, request.expectedVersion, caller, 'update', (row) => {
      row.title = request.title.trim();
      row.content = request.content;
      return StaffMemberEvents.updated;
    });
  }

  withdraw(request: WithdrawStaffMember.Request, caller: CallerContext): Promise<StaffMemberView> {
    const reason = reasonOf(request.reason);
    if (!reason) throw new DomainError(CommonErrors.validationFailed, '撤回须说明理由', [{ field: 'reason', code: 'minLength', message: 'reason：撤回须说明理由（至少 2 个字）' }]);
    return this.step(request.id, request.expectedVersion, caller, 'withdraw', (row) => {
      row.withdrawalReason = reason;
      return StaffMemberEvents.withdrawn;
    });
  }

  async get(id: string, caller: CallerContext): Promise<StaffMemberView> {
    const row = await this.staffMembers.findById(id);
    if (!row || !canSeeStaffMember(caller, row.unitId)) throw new DomainError(StaffMemberErrors.notFound, '工作人员不存在或无权查看');
    return toStaffMemberView(row);
  }

  async list(request: ListStaffMembers.Request, caller: CallerContext): Promise<ListStaffMembers.Reply> {
    const access = staffMemberAccess(caller);
    if (access.kind === 'none') throw new DomainError(CommonErrors.forbidden, '无权查看工作人员');
    const page = pageOf(request);
    const { items, total } = await this.staffMembers.search({ ...request, ...page, onlyUnitId: access.kind === 'unit' ? access.unitId : undefined });
    return { items: items.map(toStaffMemberView), total, ...page };
  }

  /** One step on a versioned record, in one transaction: seen, allowed, at the version held, saved, its event in the outbox. */
  private async step(id: string, expectedVersion: number, caller: CallerContext, step: StaffMemberStep, change: (row: StaffMemberRow) => string): Promise<StaffMemberView> {
    const row = await this.transactions.run(async (tx) => {
      const current = await this.staffMembers.findById(id, tx.manager, true);
      if (!current || !canSeeStaffMember(caller, current.unitId)) throw new DomainError(StaffMemberErrors.notFound, '工作人员不存在或无权查看');
      if (!canChangeStaffMember(caller, current.unitId)) throw new DomainError(CommonErrors.forbidden, '无权办理该工作人员');
      if (current.version !== expectedVersion) {
        throw new DomainError(StaffMemberErrors.versionConflict, `工作人员已被他人修改（当前版本 ${current.version}，您提交的版本 ${expectedVersion}），请刷新后重试`);
      }
      if (!canTake(step, current.status)) throw new DomainError(StaffMemberErrors.invalidState, '工作人员已撤回，不能再办理');
      const next: StaffMemberRow = { ...current };
      const event = change(next);
      Object.assign(next, { status: statusAfter(step, current.status), version: current.version + 1, updatedAt: new Date(), updatedBy: caller.username });
      if (!(await this.staffMembers.saveIfVersion(next, expectedVersion, tx.manager))) throw new DomainError(StaffMemberErrors.versionConflict, '工作人员已被他人修改，请刷新后重试');
      await tx.emit(event, snapshotOf(next), undefined, StaffMemberChanged.Event);
      return next;
    });
    return toStaffMemberView(row);
  }
}
