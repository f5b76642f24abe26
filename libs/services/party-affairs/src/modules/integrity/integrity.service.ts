import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { CommonErrors, pageOf, type CallerContext } from '@gov/contracts-common';
import {
  ResponsibilityChanged,
  ResponsibilityErrors,
  ResponsibilityEvents,
  type CompleteResponsibilityItem,
  type CreateResponsibility,
  type ListIntegrity,
  type ResponsibilityFields,
  type ResponsibilityItem,
  type ResponsibilityView,
  type ResponsibilityYear,
  type UpdateResponsibility,
  type WithdrawResponsibility,
} from '@gov/contracts-party-affairs';
import { DomainError, requireReason, Transactions } from '@gov/platform';
import type { EntityManager } from 'typeorm';
import { todayInShanghai } from '../../common/dates.js';
import { canCompleteResponsibility, canManageResponsibility, canSeeResponsibility, responsibilityAccess } from './integrity.policy.js';
import { IntegrityRepository, type ResponsibilityRow } from './integrity.repository.js';
import { canTake, completionOf, dueOutsideYear, mergeItems, percent, type ResponsibilityStep } from './integrity.rules.js';
import { responsibilitySnapshot, toResponsibilityView } from './integrity.views.js';

const NOT_FOUND = '责任清单不存在或无权查看';

/** 全面从严治党 主体责任清单: set up by the 总支 per branch and year; items completed by the section or the unit's liaison. */
@Injectable()
export class IntegrityService {
  constructor(
    private readonly repository: IntegrityRepository,
    private readonly transactions: Transactions,
  ) {}

  async create(request: CreateResponsibility.Request, caller: CallerContext): Promise<ResponsibilityView> {
    if (!canManageResponsibility(caller)) throw new DomainError(CommonErrors.forbidden, '无权制定责任清单');
    const row = await this.transactions.run(async (tx) => {
      const now = new Date();
      const fields = await this.checkedFields(request, null, [], tx.manager);
      const created: ResponsibilityRow = { id: randomUUID(), ...fields, status: 'open', withdrawalReason: null, version: 1, createdAt: now, createdBy: caller.username, updatedAt: now, updatedBy: caller.username };
      await this.repository.lists.insert(tx.manager, created);
      await tx.emit(ResponsibilityEvents.created, responsibilitySnapshot(created), undefined, ResponsibilityChanged.Event);
      return created;
    });
    return toResponsibilityView(row, todayInShanghai());
  }

  update(request: UpdateResponsibility.Request, caller: CallerContext): Promise<ResponsibilityView> {
    return this.step(request.id, request.expectedVersion, caller, 'update', async (row, manager) => {
      Object.assign(row, await this.checkedFields(request, row.id, row.items, manager));
      return ResponsibilityEvents.updated;
    });
  }

  complete(request: CompleteResponsibilityItem.Request, caller: CallerContext): Promise<ResponsibilityView> {
    return this.step(request.id, request.expectedVersion, caller, 'complete', (row) => {
      const item = row.items.find((i) => i.id === request.itemId);
      if (!item) throw new DomainError(ResponsibilityErrors.itemUnknown, '该清单中没有这一条目', [{ field: 'itemId', code: 'unknown', message: 'itemId：该清单中没有这一条目' }]);
      if (request.doneOn > todayInShanghai()) throw new DomainError(ResponsibilityErrors.dateOutOfRange, '完成日期不能晚于今天', [{ field: 'doneOn', code: 'future', message: 'doneOn：完成日期不能晚于今天' }]);
      const done: ResponsibilityItem = { ...item, doneOn: request.doneOn, evidence: request.evidence.trim(), completedBy: caller.username };
      row.items = row.items.map((i) => (i.id === item.id ? done : i));
      return ResponsibilityEvents.completed;
    });
  }

  withdraw(request: WithdrawResponsibility.Request, caller: CallerContext): Promise<ResponsibilityView> {
    const reason = requireReason(request.reason);
    return this.step(request.id, request.expectedVersion, caller, 'withdraw', (row) => {
      row.status = 'withdrawn';
      row.withdrawalReason = reason;
      return ResponsibilityEvents.withdrawn;
    });
  }

  async get(id: string, caller: CallerContext): Promise<ResponsibilityView> {
    const row = await this.repository.lists.find(this.repository.manager, id);
    if (!row || !canSeeResponsibility(caller, row.unitId)) throw new DomainError(ResponsibilityErrors.notFound, NOT_FOUND);
    return toResponsibilityView(row, todayInShanghai());
  }

  async list(request: ListIntegrity.Request, caller: CallerContext): Promise<ListIntegrity.Reply> {
    const access = responsibilityAccess(caller);
    if (access.kind === 'none') throw new DomainError(CommonErrors.forbidden, '无权查看责任清单');
    const page = pageOf(request);
    const today = todayInShanghai();
    const { items, total } = await this.repository.searchLists({ ...request, ...page, onlyUnitId: access.kind === 'unit' ? access.unitId : undefined });
    return { items: items.map((row) => toResponsibilityView(row, today)), total, ...page };
  }

  /** The year view: every open list's completion and the year's rate over all their items. */
  async year(request: ResponsibilityYear.Request, caller: CallerContext): Promise<ResponsibilityYear.Reply> {
    const access = responsibilityAccess(caller);
    if (access.kind === 'none') throw new DomainError(CommonErrors.forbidden, '无权查看责任清单');
    const today = todayInShanghai();
    const rows = await this.repository.listsOfYear(request.year, access.kind === 'unit' ? access.unitId : undefined);
    const lists = rows.map((row) => ({ id: row.id, title: row.title, branchId: row.branchId, branchName: row.branchName, ...completionOf(row.items, today) }));
    const all = completionOf(
      rows.flatMap((row) => row.items),
      today,
    );
    return { year: request.year, asOf: today, lists, total: all.total, done: all.done, overdue: all.overdue, completionRate: percent(all.done, all.total) };
  }

  private async checkedFields(fields: ResponsibilityFields, id: string | null, existing: readonly ResponsibilityItem[], manager: EntityManager) {
    const branch = await this.repository.organisation(fields.branchId, manager);
    if (!branch || branch.status !== 'active') throw new DomainError(ResponsibilityErrors.branchUnknown, '所选党组织不存在或已撤销');
    const outside = dueOutsideYear(fields.items, fields.year);
    if (outside) {
      throw new DomainError(ResponsibilityErrors.dateOutOfRange, `完成时限 ${outside} 不在 ${fields.year} 年度内`, [{ field: 'items', code: 'year', message: `items.dueOn：年度清单的完成时限须在 ${fields.year} 年内` }]);
    }
    if (await this.repository.openListOf(branch.id, fields.year, id, manager)) throw new DomainError(ResponsibilityErrors.duplicate, `${branch.name} ${fields.year} 年度已有责任清单，请修改原清单`);
    const merged = mergeItems(existing, fields.items, randomUUID);
    if (merged.unknownId) throw new DomainError(ResponsibilityErrors.itemUnknown, '条目 ID 不属于该清单', [{ field: 'items', code: 'unknown', message: `items.id：${merged.unknownId} 不属于该清单` }]);
    return { year: fields.year, branchId: branch.id, branchName: branch.name, unitId: branch.unitId, title: fields.title.trim(), items: merged.items };
  }

  /** One step on a versioned list, in one transaction: seen, allowed, at the version held, saved, its event in the outbox. */
  private async step(
    id: string,
    expectedVersion: number,
    caller: CallerContext,
    step: ResponsibilityStep,
    change: (row: ResponsibilityRow, manager: EntityManager) => string | Promise<string>,
  ): Promise<ResponsibilityView> {
    const row = await this.transactions.run(async (tx) => {
      const current = await this.repository.lists.find(tx.manager, id, true);
      if (!current || !canSeeResponsibility(caller, current.unitId)) throw new DomainError(ResponsibilityErrors.notFound, NOT_FOUND);
      const allowed = step === 'complete' ? canCompleteResponsibility(caller, current.unitId) : canManageResponsibility(caller);
      if (!allowed) throw new DomainError(CommonErrors.forbidden, '无权办理该责任清单');
      if (current.version !== expectedVersion) {
        throw new DomainError(ResponsibilityErrors.versionConflict, `责任清单已被他人修改（当前版本 ${current.version}，您提交的版本 ${expectedVersion}），请刷新后重试`);
      }
      if (!canTake(step, current.status)) throw new DomainError(ResponsibilityErrors.invalidState, '责任清单已撤回，不能再办理');
      const next: ResponsibilityRow = { ...current };
      const event = await change(next, tx.manager);
      Object.assign(next, { version: current.version + 1, updatedAt: new Date(), updatedBy: caller.username });
      if (!(await this.repository.lists.saveIfVersion(tx.manager, next, expectedVersion))) throw new DomainError(ResponsibilityErrors.versionConflict, '责任清单已被他人修改，请刷新后重试');
      await tx.emit(event, responsibilitySnapshot(next), undefined, ResponsibilityChanged.Event);
      return next;
    });
    return toResponsibilityView(row, todayInShanghai());
  }
}
