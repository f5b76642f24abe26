import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { CommonErrors, pageOf, type CallerContext } from '@gov/contracts-common';
import {
  BranchChanged,
  BranchErrors,
  BranchEvents,
  type CreateBranch,
  type ListBranches,
  type BranchView,
  type UpdateBranch,
  type WithdrawBranch,
} from '@gov/contracts-party-affairs';
import { DomainError, Transactions } from '@gov/platform';
import { canChangeBranch, canSeeBranch, branchAccess } from './branches.policy.js';
import { BranchesRepository, type BranchRow } from './branches.repository.js';
import { canTake, reasonOf, statusAfter, type BranchStep } from './branches.rules.js';
import { snapshotOf, toBranchView } from './branches.views.js';

/** 党支部: created by the section or by a unit's liaison, changed while open, withdrawn with a reason. */
@Injectable()
export class BranchesService {
  constructor(
    private readonly branches: BranchesRepository,
    private readonly transactions: Transactions,
  ) {}

  async create(request: CreateBranch.Request, caller: CallerContext): Promise<BranchView> {
    const unitId = caller.unitId ?? null;
    if (!canChangeBranch(caller, unitId)) throw new DomainError(CommonErrors.forbidden, '无权登记党支部');
    const row = await this.transactions.run(async (tx) => {
      const now = new Date();
      const created: BranchRow = {
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
      await this.branches.insert(created, tx.manager);
      await tx.emit(BranchEvents.created, snapshotOf(created), undefined, BranchChanged.Event);
      return created;
    });
    return toBranchView(row);
  }

  update(request: UpdateBranch.Request, caller: CallerContext): Promise<BranchView> {
    return this.step(request.id, request.expectedVersion, caller, 'update', (row) => {
      row.title = request.title.trim();
      row.content = request.content;
      return BranchEvents.updated;
    });
  }

  withdraw(request: WithdrawBranch.Request, caller: CallerContext): Promise<BranchView> {
    const reason = reasonOf(request.reason);
    if (!reason) throw new DomainError(CommonErrors.validationFailed, '撤回须说明理由', [{ field: 'reason', code: 'minLength', message: 'reason：撤回须说明理由（至少 2 个字）' }]);
    return this.step(request.id, request.expectedVersion, caller, 'withdraw', (row) => {
      row.withdrawalReason = reason;
      return BranchEvents.withdrawn;
    });
  }

  async get(id: string, caller: CallerContext): Promise<BranchView> {
    const row = await this.branches.findById(id);
    if (!row || !canSeeBranch(caller, row.unitId)) throw new DomainError(BranchErrors.notFound, '党支部不存在或无权查看');
    return toBranchView(row);
  }

  async list(request: ListBranches.Request, caller: CallerContext): Promise<ListBranches.Reply> {
    const access = branchAccess(caller);
    if (access.kind === 'none') throw new DomainError(CommonErrors.forbidden, '无权查看党支部');
    const page = pageOf(request);
    const { items, total } = await this.branches.search({ ...request, ...page, onlyUnitId: access.kind === 'unit' ? access.unitId : undefined });
    return { items: items.map(toBranchView), total, ...page };
  }

  /** One step on a versioned record, in one transaction: seen, allowed, at the version held, saved, its event in the outbox. */
  private async step(id: string, expectedVersion: number, caller: CallerContext, step: BranchStep, change: (row: BranchRow) => string): Promise<BranchView> {
    const row = await this.transactions.run(async (tx) => {
      const current = await this.branches.findById(id, tx.manager, true);
      if (!current || !canSeeBranch(caller, current.unitId)) throw new DomainError(BranchErrors.notFound, '党支部不存在或无权查看');
      if (!canChangeBranch(caller, current.unitId)) throw new DomainError(CommonErrors.forbidden, '无权办理该党支部');
      if (current.version !== expectedVersion) {
        throw new DomainError(BranchErrors.versionConflict, `党支部已被他人修改（当前版本 ${current.version}，您提交的版本 ${expectedVersion}），请刷新后重试`);
      }
      if (!canTake(step, current.status)) throw new DomainError(BranchErrors.invalidState, '党支部已撤回，不能再办理');
      const next: BranchRow = { ...current };
      const event = change(next);
      Object.assign(next, { status: statusAfter(step, current.status), version: current.version + 1, updatedAt: new Date(), updatedBy: caller.username });
      if (!(await this.branches.saveIfVersion(next, expectedVersion, tx.manager))) throw new DomainError(BranchErrors.versionConflict, '党支部已被他人修改，请刷新后重试');
      await tx.emit(event, snapshotOf(next), undefined, BranchChanged.Event);
      return next;
    });
    return toBranchView(row);
  }
}
