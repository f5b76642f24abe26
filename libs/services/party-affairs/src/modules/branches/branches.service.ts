import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { CommonErrors, pageOf, type CallerContext } from '@gov/contracts-common';
import {
  BranchChanged,
  BranchErrors,
  BranchEvents,
  type BranchFields,
  type BranchView,
  type CreateBranch,
  type ElectBranch,
  type ExtendBranchTerm,
  type ListBranches,
  type UpdateBranch,
  type WithdrawBranch,
} from '@gov/contracts-party-affairs';
import { DomainError, Transactions } from '@gov/platform';
import type { EntityManager } from 'typeorm';
import { todayInShanghai } from '../../common/dates.js';
import { branchAccess, canChangeBranch, canSeeBranch } from './branches.policy.js';
import { BranchesRepository, type BranchRow } from './branches.repository.js';
import { BRANCH_SOURCES, canTake, extensionAfter, reasonOf, statusAfter, type BranchStep } from './branches.rules.js';
import { snapshotOf, toBranchView } from './branches.views.js';

const NOT_FOUND = '党组织不存在或无权查看';

/** 党组织: set up by the 机关党总支, changed while active, re-elected every 3 years (or extended with approval), withdrawn with a reason. */
@Injectable()
export class BranchesService {
  constructor(
    private readonly branches: BranchesRepository,
    private readonly transactions: Transactions,
  ) {}

  async create(request: CreateBranch.Request, caller: CallerContext): Promise<BranchView> {
    if (!canChangeBranch(caller)) throw new DomainError(CommonErrors.forbidden, '只有机关党总支可以设立党组织');
    const row = await this.transactions.run(async (tx) => {
      await this.assertNameFree(request.name.trim(), null, tx.manager);
      const now = new Date();
      const created: BranchRow = {
        id: randomUUID(),
        ...this.fieldsOf(request),
        termExtensionMonths: 0,
        elections: [],
        status: 'active',
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
    return this.view(row);
  }

  update(request: UpdateBranch.Request, caller: CallerContext): Promise<BranchView> {
    return this.step(request.id, request.expectedVersion, caller, 'update', async (row, manager) => {
      await this.assertNameFree(request.name.trim(), row.id, manager);
      Object.assign(row, this.fieldsOf(request));
      return BranchEvents.updated;
    });
  }

  /** 换届选举: the new committee starts a new 3-year term on the election day; any extension ends with the old term. */
  elect(request: ElectBranch.Request, caller: CallerContext): Promise<BranchView> {
    return this.step(request.id, request.expectedVersion, caller, 'elect', (row) => {
      if (request.electedOn <= row.termStartedOn) {
        throw new DomainError(BranchErrors.electionDate, `换届日期 ${request.electedOn} 须晚于本届任期开始日 ${row.termStartedOn}`);
      }
      row.committee = request.committee.map((seat) => ({ post: seat.post, name: seat.name.trim() }));
      row.termStartedOn = request.electedOn;
      row.termExtensionMonths = 0;
      row.elections = [...row.elections, { kind: 'election', on: request.electedOn, approval: request.approval.trim(), months: null, by: caller.username }];
      return BranchEvents.elected;
    });
  }

  /** 延期换届: at most 12 months in all, with the higher committee's approval recorded. */
  extend(request: ExtendBranchTerm.Request, caller: CallerContext): Promise<BranchView> {
    return this.step(request.id, request.expectedVersion, caller, 'extend', (row) => {
      const total = extensionAfter(row.termExtensionMonths, request.months);
      if (total === null) {
        throw new DomainError(BranchErrors.extensionTooLong, `本届已延期 ${row.termExtensionMonths} 个月，再延期 ${request.months} 个月将超过 1 年（${BRANCH_SOURCES.term}）`);
      }
      row.termExtensionMonths = total;
      row.elections = [...row.elections, { kind: 'extension', on: todayInShanghai(), approval: request.approval.trim(), months: request.months, by: caller.username }];
      return BranchEvents.extended;
    });
  }

  withdraw(request: WithdrawBranch.Request, caller: CallerContext): Promise<BranchView> {
    const reason = reasonOf(request.reason);
    if (!reason) throw new DomainError(CommonErrors.validationFailed, '撤销须说明理由', [{ field: 'reason', code: 'minLength', message: 'reason：撤销须说明理由（至少 2 个字）' }]);
    return this.step(request.id, request.expectedVersion, caller, 'withdraw', (row) => {
      row.withdrawalReason = reason;
      return BranchEvents.withdrawn;
    });
  }

  async get(id: string, caller: CallerContext): Promise<BranchView> {
    const row = await this.branches.findById(id);
    if (!row || !canSeeBranch(caller, row.unitId)) throw new DomainError(BranchErrors.notFound, NOT_FOUND);
    return this.view(row);
  }

  async list(request: ListBranches.Request, caller: CallerContext): Promise<ListBranches.Reply> {
    const access = branchAccess(caller);
    if (access.kind === 'none') throw new DomainError(CommonErrors.forbidden, '无权查看党组织');
    const page = pageOf(request);
    const { items, total } = await this.branches.search({ ...request, ...page, onlyUnitId: access.kind === 'unit' ? access.unitId : undefined });
    const counts = await this.branches.counts(items.map((r) => r.id));
    const today = todayInShanghai();
    return { items: items.map((r) => toBranchView(r, counts.get(r.id)!, today)), total, ...page };
  }

  private fieldsOf(fields: BranchFields): Pick<BranchRow, 'name' | 'kind' | 'unitId' | 'committee' | 'termStartedOn' | 'themeDay'> {
    return {
      name: fields.name.trim(),
      kind: fields.kind,
      unitId: fields.unitId ?? null,
      committee: fields.committee.map((seat) => ({ post: seat.post, name: seat.name.trim() })),
      termStartedOn: fields.termStartedOn,
      themeDay: fields.themeDay ?? null,
    };
  }

  private async assertNameFree(name: string, exceptId: string | null, manager: EntityManager): Promise<void> {
    if (await this.branches.nameTaken(name, exceptId, manager)) {
      throw new DomainError(CommonErrors.validationFailed, '已有同名的党组织', [{ field: 'name', code: 'unique', message: 'name：已有同名的党组织' }]);
    }
  }

  private async view(row: BranchRow, manager?: EntityManager): Promise<BranchView> {
    const counts = await this.branches.counts([row.id], manager);
    return toBranchView(row, counts.get(row.id)!, todayInShanghai());
  }

  /** One step on a versioned record, in one transaction: seen, allowed, at the version held, saved, its event in the outbox. */
  private async step(id: string, expectedVersion: number, caller: CallerContext, step: BranchStep, change: (row: BranchRow, manager: EntityManager) => string | Promise<string>): Promise<BranchView> {
    const row = await this.transactions.run(async (tx) => {
      const current = await this.branches.findById(id, tx.manager, true);
      if (!current || !canSeeBranch(caller, current.unitId)) throw new DomainError(BranchErrors.notFound, NOT_FOUND);
      if (!canChangeBranch(caller)) throw new DomainError(CommonErrors.forbidden, '只有机关党总支可以办理党组织事项');
      if (current.version !== expectedVersion) {
        throw new DomainError(BranchErrors.versionConflict, `党组织已被他人修改（当前版本 ${current.version}，您提交的版本 ${expectedVersion}），请刷新后重试`);
      }
      if (!canTake(step, current.status)) throw new DomainError(BranchErrors.invalidState, '党组织已撤销，不能再办理');
      const next: BranchRow = { ...current };
      const event = await change(next, tx.manager);
      Object.assign(next, { status: statusAfter(step, current.status), version: current.version + 1, updatedAt: new Date(), updatedBy: caller.username });
      if (!(await this.branches.saveIfVersion(next, expectedVersion, tx.manager))) throw new DomainError(BranchErrors.versionConflict, '党组织已被他人修改，请刷新后重试');
      await tx.emit(event, snapshotOf(next), undefined, BranchChanged.Event);
      return next;
    });
    return this.view(row);
  }
}
