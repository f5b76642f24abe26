import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { CommonErrors, pageOf, type CallerContext } from '@gov/contracts-common';
import {
  PairingChanged,
  PairingErrors,
  PairingEvents,
  type CreatePairing,
  type ListPairings,
  type PairingFields,
  type PairingGoal,
  type PairingView,
  type RecordPairingHelp,
  type RecordPairingOutcome,
  type RecordPairingVisit,
  type UpdatePairing,
  type WithdrawPairing,
} from '@gov/contracts-party-affairs';
import { DomainError, requireReason, Transactions } from '@gov/platform';
import type { EntityManager } from 'typeorm';
import { todayInShanghai } from '../../common/dates.js';

import { canChangePairing, canSeePairing, pairingAccess } from './pairings.policy.js';
import { PairingsRepository, type PairingRow } from './pairings.repository.js';
import { canTake, dateInYear, mergeGoals, type PairingStep } from './pairings.rules.js';
import { snapshotOf, toPairingView } from './pairings.views.js';

const NOT_FOUND = '结对帮扶不存在或无权查看';

/** 结对帮扶: set up by the 总支 or the unit's liaison for its branch; visits, help and outcomes recorded under its version. */
@Injectable()
export class PairingsService {
  constructor(
    private readonly pairings: PairingsRepository,
    private readonly transactions: Transactions,
  ) {}

  async create(request: CreatePairing.Request, caller: CallerContext): Promise<PairingView> {
    const row = await this.transactions.run(async (tx) => {
      const fields = await this.checkedFields(request, [], caller, tx.manager);
      const now = new Date();
      const created: PairingRow = {
        id: randomUUID(),
        ...fields,
        visits: [],
        help: [],
        status: 'open',
        withdrawalReason: null,
        version: 1,
        createdAt: now,
        createdBy: caller.username,
        updatedAt: now,
        updatedBy: caller.username,
      };
      await this.pairings.insert(created, tx.manager);
      await tx.emit(PairingEvents.created, snapshotOf(created), undefined, PairingChanged.Event);
      return created;
    });
    return toPairingView(row);
  }

  update(request: UpdatePairing.Request, caller: CallerContext): Promise<PairingView> {
    return this.step(request.id, request.expectedVersion, caller, 'update', async (row, manager) => {
      if (request.year !== row.year && (row.visits.length || row.help.length)) {
        throw new DomainError(PairingErrors.outsideYear, '已登记走访或帮扶的结对不能改年度', [{ field: 'year', code: 'locked', message: 'year：已有走访或帮扶记录，不能改年度' }]);
      }
      Object.assign(row, await this.checkedFields(request, row.goals, caller, manager));
      return PairingEvents.updated;
    });
  }

  visit(request: RecordPairingVisit.Request, caller: CallerContext): Promise<PairingView> {
    return this.step(request.id, request.expectedVersion, caller, 'visit', (row) => {
      this.inYear(row, request.visitedOn, 'visitedOn');
      row.visits = [
        ...row.visits,
        { id: randomUUID(), visitedOn: request.visitedOn, participants: request.participants.map((p) => p.trim()), content: request.content.trim(), recordedBy: caller.username, recordedAt: new Date().toISOString() },
      ];
      return PairingEvents.visited;
    });
  }

  help(request: RecordPairingHelp.Request, caller: CallerContext): Promise<PairingView> {
    return this.step(request.id, request.expectedVersion, caller, 'help', (row) => {
      this.inYear(row, request.givenOn, 'givenOn');
      row.help = [
        ...row.help,
        { id: randomUUID(), kind: request.kind, givenOn: request.givenOn, valueFen: request.valueFen, description: request.description.trim(), recordedBy: caller.username, recordedAt: new Date().toISOString() },
      ];
      return PairingEvents.helped;
    });
  }

  outcome(request: RecordPairingOutcome.Request, caller: CallerContext): Promise<PairingView> {
    return this.step(request.id, request.expectedVersion, caller, 'outcome', (row) => {
      const goal = row.goals.find((g) => g.id === request.goalId);
      if (!goal) throw new DomainError(PairingErrors.goalUnknown, '该结对没有这一帮扶目标', [{ field: 'goalId', code: 'unknown', message: 'goalId：该结对没有这一帮扶目标' }]);
      if (request.achievedOn) this.inYear(row, request.achievedOn, 'achievedOn');
      const next: PairingGoal = { ...goal, outcome: request.outcome.trim(), achievedOn: request.achievedOn ?? null };
      row.goals = row.goals.map((g) => (g.id === goal.id ? next : g));
      return PairingEvents.outcome;
    });
  }

  withdraw(request: WithdrawPairing.Request, caller: CallerContext): Promise<PairingView> {
    const reason = requireReason(request.reason);
    return this.step(request.id, request.expectedVersion, caller, 'withdraw', (row) => {
      row.status = 'withdrawn';
      row.withdrawalReason = reason;
      return PairingEvents.withdrawn;
    });
  }

  async get(id: string, caller: CallerContext): Promise<PairingView> {
    const row = await this.pairings.findById(id);
    if (!row || !canSeePairing(caller, row.unitId)) throw new DomainError(PairingErrors.notFound, NOT_FOUND);
    return toPairingView(row);
  }

  async list(request: ListPairings.Request, caller: CallerContext): Promise<ListPairings.Reply> {
    const access = pairingAccess(caller);
    if (access.kind === 'none') throw new DomainError(CommonErrors.forbidden, '无权查看结对帮扶');
    const page = pageOf(request);
    const { items, total } = await this.pairings.search({ ...request, ...page, onlyUnitId: access.kind === 'unit' ? access.unitId : undefined });
    return { items: items.map(toPairingView), total, ...page };
  }

  private inYear(row: PairingRow, date: string, field: string): void {
    if (!dateInYear(date, row.year, todayInShanghai())) {
      throw new DomainError(PairingErrors.outsideYear, `日期须在 ${row.year} 年度内且不晚于今天`, [{ field, code: 'year', message: `${field}：日期须在 ${row.year} 年度内且不晚于今天` }]);
    }
  }

  /** The fields, checked: the branch active and the caller's; the member (if any) of that branch; goals' ids known. */
  private async checkedFields(fields: PairingFields, existingGoals: readonly PairingGoal[], caller: CallerContext, manager: EntityManager) {
    const branch = await this.pairings.organisation(fields.branchId, manager);
    if (!branch || branch.status !== 'active' || !canSeePairing(caller, branch.unitId)) throw new DomainError(PairingErrors.branchUnknown, '所选党组织不存在或已撤销');
    if (!canChangePairing(caller, branch.unitId)) throw new DomainError(CommonErrors.forbidden, '无权登记该党组织的结对帮扶');
    let memberName: string | null = null;
    if (fields.memberId) {
      const member = await this.pairings.member(fields.memberId, manager);
      if (!member || member.branchId !== branch.id || member.status !== 'active') {
        throw new DomainError(PairingErrors.memberUnknown, '所选党员不存在或不在该党支部', [{ field: 'memberId', code: 'unknown', message: 'memberId：党员不存在或不在该党支部' }]);
      }
      memberName = member.name;
    }
    const merged = mergeGoals(existingGoals, fields.goals, randomUUID);
    if (merged.unknownId) throw new DomainError(PairingErrors.goalUnknown, '目标 ID 不属于该结对', [{ field: 'goals', code: 'unknown', message: `goals.id：${merged.unknownId} 不属于该结对` }]);
    return {
      year: fields.year,
      branchId: branch.id,
      branchName: branch.name,
      unitId: branch.unitId,
      memberId: fields.memberId ?? null,
      memberName,
      targetKind: fields.targetKind,
      targetName: fields.targetName.trim(),
      targetPlace: fields.targetPlace?.trim() || null,
      plannedVisits: fields.plannedVisits,
      plannedHelpFen: fields.plannedHelpFen,
      goals: merged.goals,
    };
  }

  /** One step on a versioned record, in one transaction: seen, allowed, at the version held, saved, its event in the outbox. */
  private async step(id: string, expectedVersion: number, caller: CallerContext, step: PairingStep, change: (row: PairingRow, manager: EntityManager) => string | Promise<string>): Promise<PairingView> {
    const row = await this.transactions.run(async (tx) => {
      const current = await this.pairings.findById(id, tx.manager, true);
      if (!current || !canSeePairing(caller, current.unitId)) throw new DomainError(PairingErrors.notFound, NOT_FOUND);
      if (!canChangePairing(caller, current.unitId)) throw new DomainError(CommonErrors.forbidden, '无权办理该结对帮扶');
      if (current.version !== expectedVersion) {
        throw new DomainError(PairingErrors.versionConflict, `结对帮扶已被他人修改（当前版本 ${current.version}，您提交的版本 ${expectedVersion}），请刷新后重试`);
      }
      if (!canTake(step, current.status)) throw new DomainError(PairingErrors.invalidState, '结对帮扶已撤回，不能再办理');
      const next: PairingRow = { ...current };
      const event = await change(next, tx.manager);
      Object.assign(next, { version: current.version + 1, updatedAt: new Date(), updatedBy: caller.username });
      if (!(await this.pairings.saveIfVersion(next, expectedVersion, tx.manager))) throw new DomainError(PairingErrors.versionConflict, '结对帮扶已被他人修改，请刷新后重试');
      await tx.emit(event, snapshotOf(next), undefined, PairingChanged.Event);
      return next;
    });
    return toPairingView(row);
  }
}
