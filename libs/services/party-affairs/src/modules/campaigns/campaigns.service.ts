import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { CommonErrors, pageOf, type CallerContext } from '@gov/contracts-common';
import {
  CampaignChanged,
  CampaignErrors,
  CampaignEvents,
  type CampaignFields,
  type CampaignTask,
  type CampaignView,
  type CompleteCampaignTask,
  type CreateCampaign,
  type ListCampaigns,
  type UpdateCampaign,
  type WithdrawCampaign,
} from '@gov/contracts-party-affairs';
import { DomainError, requireReason, Transactions } from '@gov/platform';
import type { EntityManager } from 'typeorm';
import { todayInShanghai } from '../../common/dates.js';

import { campaignAccess, canCompleteFor, canManageCampaign, canSeeCampaign } from './campaigns.policy.js';
import { CampaignsRepository, type CampaignRow } from './campaigns.repository.js';
import { canTake, completionDateOk, dueOutsidePeriod, keptCompletions, mergeTasks, withCompletion, type CampaignStep } from './campaigns.rules.js';
import { snapshotOf, toCampaignView, unitOf } from './campaigns.views.js';

const NOT_FOUND = '主题教育不存在或无权查看';

/** 主题教育: set up by the 总支 with its plan's tasks per branch; each branch's completion recorded by the 总支 or its liaison. */
@Injectable()
export class CampaignsService {
  constructor(
    private readonly campaigns: CampaignsRepository,
    private readonly transactions: Transactions,
  ) {}

  async create(request: CreateCampaign.Request, caller: CallerContext): Promise<CampaignView> {
    if (!canManageCampaign(caller)) throw new DomainError(CommonErrors.forbidden, '无权部署主题教育');
    const row = await this.transactions.run(async (tx) => {
      const fields = await this.checkedFields(request, [], tx.manager);
      const now = new Date();
      const created: CampaignRow = { id: randomUUID(), ...fields, completions: [], status: 'open', withdrawalReason: null, version: 1, createdAt: now, createdBy: caller.username, updatedAt: now, updatedBy: caller.username };
      await this.campaigns.insert(created, tx.manager);
      await tx.emit(CampaignEvents.created, snapshotOf(created), undefined, CampaignChanged.Event);
      return created;
    });
    return toCampaignView(row, todayInShanghai());
  }

  update(request: UpdateCampaign.Request, caller: CallerContext): Promise<CampaignView> {
    return this.step(request.id, request.expectedVersion, caller, 'update', async (row, manager) => {
      const fields = await this.checkedFields(request, row.tasks, manager);
      Object.assign(row, fields, { completions: keptCompletions(row.completions, fields.tasks) });
      return CampaignEvents.updated;
    });
  }

  complete(request: CompleteCampaignTask.Request, caller: CallerContext): Promise<CampaignView> {
    return this.step(request.id, request.expectedVersion, caller, 'complete', (row) => {
      const task = row.tasks.find((t) => t.id === request.taskId);
      const branch = row.branches.find((b) => b.id === request.branchId);
      if (!task || !branch || !task.branchIds.includes(branch.id)) throw new DomainError(CampaignErrors.taskUnknown, '该任务不存在或不由该党支部承担', [{ field: 'taskId', code: 'unknown', message: 'taskId：该任务不存在或不由该党支部承担' }]);
      if (!canCompleteFor(caller, branch.unitId)) throw new DomainError(CommonErrors.forbidden, '无权登记该党支部的完成情况');
      if (!completionDateOk(request.completedOn, row.startsOn, todayInShanghai())) {
        throw new DomainError(CampaignErrors.period, `完成日期须在 ${row.startsOn} 与今天之间`, [{ field: 'completedOn', code: 'period', message: `completedOn：完成日期须在 ${row.startsOn} 与今天之间` }]);
      }
      row.completions = withCompletion(row.completions, { taskId: task.id, branchId: branch.id, completedOn: request.completedOn, evidence: request.evidence.trim(), recordedBy: caller.username, recordedAt: new Date().toISOString() });
      return CampaignEvents.completed;
    });
  }

  withdraw(request: WithdrawCampaign.Request, caller: CallerContext): Promise<CampaignView> {
    const reason = requireReason(request.reason);
    return this.step(request.id, request.expectedVersion, caller, 'withdraw', (row) => {
      row.status = 'withdrawn';
      row.withdrawalReason = reason;
      return CampaignEvents.withdrawn;
    });
  }

  async get(id: string, caller: CallerContext): Promise<CampaignView> {
    const row = await this.campaigns.findById(id);
    if (!row || !canSeeCampaign(caller, row.unitIds)) throw new DomainError(CampaignErrors.notFound, NOT_FOUND);
    return toCampaignView(row, todayInShanghai(), unitOf(caller));
  }

  async list(request: ListCampaigns.Request, caller: CallerContext): Promise<ListCampaigns.Reply> {
    const access = campaignAccess(caller);
    if (access.kind === 'none') throw new DomainError(CommonErrors.forbidden, '无权查看主题教育');
    const page = pageOf(request);
    const today = todayInShanghai();
    const { items, total } = await this.campaigns.search({ ...request, ...page, onlyUnitId: access.kind === 'unit' ? access.unitId : undefined });
    return { items: items.map((row) => toCampaignView(row, today, unitOf(caller))), total, ...page };
  }

  /** The fields, checked: period in order, tasks due within it, every branch active; the branches' names and units kept. */
  private async checkedFields(fields: CampaignFields, existing: readonly CampaignTask[], manager: EntityManager) {
    if (fields.endsOn < fields.startsOn) throw new DomainError(CampaignErrors.period, '结束日期早于开始日期', [{ field: 'endsOn', code: 'order', message: 'endsOn：结束日期不能早于开始日期' }]);
    const outside = dueOutsidePeriod(fields.tasks, fields.startsOn, fields.endsOn);
    if (outside) throw new DomainError(CampaignErrors.period, `任务时限 ${outside} 不在主题教育期间内`, [{ field: 'tasks', code: 'period', message: `tasks.dueOn：${outside} 不在 ${fields.startsOn} 至 ${fields.endsOn} 之间` }]);
    const merged = mergeTasks(existing, fields.tasks, randomUUID);
    if (merged.unknownId) throw new DomainError(CampaignErrors.taskUnknown, '任务 ID 不属于该主题教育', [{ field: 'tasks', code: 'unknown', message: `tasks.id：${merged.unknownId} 不属于该主题教育` }]);
    const ids = [...new Set(merged.tasks.flatMap((t) => t.branchIds))];
    const found = await this.campaigns.organisations(ids, manager);
    const missing = ids.find((id) => !found.some((b) => b.id === id && b.status === 'active'));
    if (missing) throw new DomainError(CampaignErrors.branchUnknown, '所选党组织不存在或已撤销', [{ field: 'tasks', code: 'branch', message: `tasks.branchIds：${missing} 不存在或已撤销` }]);
    const branches = ids.flatMap((id) => found.filter((b) => b.id === id)).map((b) => ({ id: b.id, name: b.name, unitId: b.unitId }));
    return {
      name: fields.name.trim(),
      startsOn: fields.startsOn,
      endsOn: fields.endsOn,
      basisDocument: fields.basisDocument.trim(),
      tasks: merged.tasks,
      branches,
      unitIds: [...new Set(branches.flatMap((b) => (b.unitId ? [b.unitId] : [])))],
    };
  }

  /** One step on a versioned record, in one transaction: seen, allowed, at the version held, saved, its event in the outbox. */
  private async step(id: string, expectedVersion: number, caller: CallerContext, step: CampaignStep, change: (row: CampaignRow, manager: EntityManager) => string | Promise<string>): Promise<CampaignView> {
    const row = await this.transactions.run(async (tx) => {
      const current = await this.campaigns.findById(id, tx.manager, true);
      if (!current || !canSeeCampaign(caller, current.unitIds)) throw new DomainError(CampaignErrors.notFound, NOT_FOUND);
      if (step !== 'complete' && !canManageCampaign(caller)) throw new DomainError(CommonErrors.forbidden, '无权办理该主题教育');
      if (current.version !== expectedVersion) {
        throw new DomainError(CampaignErrors.versionConflict, `主题教育已被他人修改（当前版本 ${current.version}，您提交的版本 ${expectedVersion}），请刷新后重试`);
      }
      if (!canTake(step, current.status)) throw new DomainError(CampaignErrors.invalidState, '主题教育已撤回，不能再办理');
      const next: CampaignRow = { ...current };
      const event = await change(next, tx.manager);
      Object.assign(next, { version: current.version + 1, updatedAt: new Date(), updatedBy: caller.username });
      if (!(await this.campaigns.saveIfVersion(next, expectedVersion, tx.manager))) throw new DomainError(CampaignErrors.versionConflict, '主题教育已被他人修改，请刷新后重试');
      await tx.emit(event, snapshotOf(next), undefined, CampaignChanged.Event);
      return next;
    });
    return toCampaignView(row, todayInShanghai(), unitOf(caller));
  }
}
