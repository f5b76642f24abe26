import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { CommonErrors, pageOf, type CallerContext } from '@gov/contracts-common';
import {
  LifeMeetingChanged,
  LifeMeetingErrors,
  LifeMeetingEvents,
  type CreateLifeMeeting,
  type LifeCompliance,
  type LifeMeetingFields,
  type LifeMeetingView,
  type ListLifeMeetings,
  type UpdateLifeMeeting,
  type WithdrawLifeMeeting,
} from '@gov/contracts-party-affairs';
import { DomainError, Transactions, requireReason } from '@gov/platform';
import type { EntityManager } from 'typeorm';
import { todayInShanghai } from '../../common/dates.js';
import { branchCompliance, configOn, worst } from './compliance.rules.js';
import { LifeDueTasks } from './life-due-tasks.js';
import { canChangeLifeMeeting, canSeeLifeMeeting, lifeMeetingAccess } from './life-meetings.policy.js';
import { LifeMeetingsRepository, type LifeMeetingWithBranch } from './life-meetings.repository.js';
import { snapshotOf, toLifeMeetingView } from './life-meetings.views.js';

const NOT_FOUND = '组织生活记录不存在或无权查看';

/** 组织生活: recorded by the 机关党总支 or the unit's liaison for its branch, changed while recorded, withdrawn with a reason. */
@Injectable()
export class LifeMeetingsService {
  constructor(
    private readonly meetings: LifeMeetingsRepository,
    private readonly transactions: Transactions,
    private readonly due: LifeDueTasks,
  ) {}

  async create(request: CreateLifeMeeting.Request, caller: CallerContext): Promise<LifeMeetingView> {
    const row = await this.transactions.run(async (tx) => {
      const fields = await this.checkedFields(request, caller, tx.manager);
      const now = new Date();
      const created: LifeMeetingWithBranch = {
        id: randomUUID(),
        ...fields,
        status: 'recorded',
        withdrawalReason: null,
        version: 1,
        createdAt: now,
        createdBy: caller.username,
        updatedAt: now,
        updatedBy: caller.username,
      };
      await this.meetings.insert(created, tx.manager);
      await tx.emit(LifeMeetingEvents.created, snapshotOf(created), undefined, LifeMeetingChanged.Event);
      await this.due.sync(created.branchId, tx, undefined, caller.userId);
      return created;
    });
    return toLifeMeetingView(row);
  }

  update(request: UpdateLifeMeeting.Request, caller: CallerContext): Promise<LifeMeetingView> {
    return this.step(request.id, request.expectedVersion, caller, async (row, manager) => {
      Object.assign(row, await this.checkedFields(request, caller, manager));
      return LifeMeetingEvents.updated;
    });
  }

  withdraw(request: WithdrawLifeMeeting.Request, caller: CallerContext): Promise<LifeMeetingView> {
    const reason = requireReason(request.reason);
    return this.step(request.id, request.expectedVersion, caller, (row) => {
      row.status = 'withdrawn';
      row.withdrawalReason = reason;
      return LifeMeetingEvents.withdrawn;
    });
  }

  async get(id: string, caller: CallerContext): Promise<LifeMeetingView> {
    const row = await this.meetings.findById(id);
    if (!row || !canSeeLifeMeeting(caller, row.unitId)) throw new DomainError(LifeMeetingErrors.notFound, NOT_FOUND);
    return toLifeMeetingView(row);
  }

  async list(request: ListLifeMeetings.Request, caller: CallerContext): Promise<ListLifeMeetings.Reply> {
    const access = lifeMeetingAccess(caller);
    if (access.kind === 'none') throw new DomainError(CommonErrors.forbidden, '无权查看组织生活记录');
    const page = pageOf(request);
    const { items, total } = await this.meetings.search({ ...request, ...page, onlyUnitId: access.kind === 'unit' ? access.unitId : undefined });
    return { items: items.map(toLifeMeetingView), total, ...page };
  }

  /** The compliance view of `year` per branch, against the frequency configuration in force today. */
  async compliance(request: LifeCompliance.Request, caller: CallerContext): Promise<LifeCompliance.Reply> {
    const access = lifeMeetingAccess(caller);
    if (access.kind === 'none') throw new DomainError(CommonErrors.forbidden, '无权查看组织生活记录');
    const today = todayInShanghai();
    const config = configOn(today);
    const branches = await this.meetings.activeBranches(access.kind === 'unit' ? access.unitId : undefined, request.branchId);
    const held = await this.meetings.heldBetween(
      branches.map((b) => b.id),
      `${request.year}-01-01`,
      `${request.year}-12-31`,
    );
    return {
      year: request.year,
      asOf: today,
      configVersion: config.version,
      configEffectiveFrom: config.effectiveFrom,
      configSource: config.source,
      branches: branches.map((branch) => {
        const lines = branchCompliance(
          held.filter((m) => m.branchId === branch.id),
          request.year,
          today,
          branch.termStartedOn,
          config,
        );
        return { branchId: branch.id, branchName: branch.name, unitId: branch.unitId, light: worst(lines.map((l) => l.light)), lines };
      }),
    };
  }

  /** The fields, checked: the branch is active and the caller's to record for; absences within attendance; not in the future. */
  private async checkedFields(
    fields: LifeMeetingFields,
    caller: CallerContext,
    manager: EntityManager,
  ): Promise<Pick<LifeMeetingWithBranch, 'branchId' | 'branchName' | 'unitId' | 'kind' | 'heldOn' | 'topic' | 'expected' | 'absences' | 'minutes'>> {
    const branch = await this.meetings.branch(fields.branchId, manager);
    if (!branch || branch.status !== 'active' || !canSeeLifeMeeting(caller, branch.unitId)) throw new DomainError(LifeMeetingErrors.branchUnknown, '所选党支部不存在或已撤销');
    if (!canChangeLifeMeeting(caller, branch.unitId)) throw new DomainError(CommonErrors.forbidden, '无权登记该党支部的组织生活');
    if (fields.absences.length > fields.expected) {
      throw new DomainError(LifeMeetingErrors.attendance, `缺席 ${fields.absences.length} 人，超过应到人数 ${fields.expected} 人`, [{ field: 'absences', code: 'max', message: 'absences：缺席人数不能超过应到人数' }]);
    }
    if (fields.heldOn > todayInShanghai()) throw new DomainError(CommonErrors.validationFailed, '召开日期不能晚于今天', [{ field: 'heldOn', code: 'future', message: 'heldOn：召开日期不能晚于今天（登记的是已召开的会议）' }]);
    return {
      branchId: branch.id,
      branchName: branch.name,
      unitId: branch.unitId,
      kind: fields.kind,
      heldOn: fields.heldOn,
      topic: fields.topic.trim(),
      expected: fields.expected,
      absences: fields.absences.map((a) => ({ name: a.name.trim(), reason: a.reason.trim() })),
      minutes: fields.minutes,
    };
  }

  /** One step on a versioned record, in one transaction: seen, allowed, at the version held, saved, its event in the outbox. */
  private async step(id: string, expectedVersion: number, caller: CallerContext, change: (row: LifeMeetingWithBranch, manager: EntityManager) => string | Promise<string>): Promise<LifeMeetingView> {
    const row = await this.transactions.run(async (tx) => {
      const current = await this.meetings.findById(id, tx.manager, true);
      if (!current || !canSeeLifeMeeting(caller, current.unitId)) throw new DomainError(LifeMeetingErrors.notFound, NOT_FOUND);
      if (!canChangeLifeMeeting(caller, current.unitId)) throw new DomainError(CommonErrors.forbidden, '无权办理该组织生活记录');
      if (current.version !== expectedVersion) {
        throw new DomainError(LifeMeetingErrors.versionConflict, `组织生活记录已被他人修改（当前版本 ${current.version}，您提交的版本 ${expectedVersion}），请刷新后重试`);
      }
      if (current.status !== 'recorded') throw new DomainError(LifeMeetingErrors.invalidState, '组织生活记录已撤回，不能再办理');
      const next: LifeMeetingWithBranch = { ...current };
      const event = await change(next, tx.manager);
      Object.assign(next, { version: current.version + 1, updatedAt: new Date(), updatedBy: caller.username });
      if (!(await this.meetings.saveIfVersion(next, expectedVersion, tx.manager))) throw new DomainError(LifeMeetingErrors.versionConflict, '组织生活记录已被他人修改，请刷新后重试');
      await tx.emit(event, snapshotOf(next), undefined, LifeMeetingChanged.Event);
      for (const branchId of new Set([current.branchId, next.branchId])) await this.due.sync(branchId, tx, undefined, caller.userId);
      return next;
    });
    return toLifeMeetingView(row);
  }
}
