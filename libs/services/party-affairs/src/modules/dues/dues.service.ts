import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { CommonErrors, pageOf, type CallerContext } from '@gov/contracts-common';
import {
  DuesReductionChanged,
  DuesReductionErrors,
  DuesReductionEvents,
  type ApproveDuesReduction,
  type CreateDuesReduction,
  type DecideDuesReduction,
  type DuesReductionView,
  type ListDues,
  type RefuseDuesReduction,
  type WithdrawDuesReduction,
} from '@gov/contracts-party-affairs';
import { DomainError, reasonOf, Transactions } from '@gov/platform';
import { todayInShanghai } from '../../common/dates.js';
import { canChangeDuesReduction, canSeeDuesReduction, duesReductionAccess } from './dues.policy.js';
import { DuesRepository, type DuesReductionWithNames } from './dues.repository.js';
import { canTake, checkRequest, REDUCTION_SOURCE, statusAfter, type DuesReductionStep } from './dues.rules.js';
import { snapshotOf, toDuesReductionView } from './dues.views.js';

const NOT_FOUND = '党费减免不存在或无权查看';

/** 党费减免: requested for a member, decided by the 支部委员会, approved by the 党总支, then in force; refused or withdrawn with a reason. */
@Injectable()
export class DuesService {
  constructor(
    private readonly dues: DuesRepository,
    private readonly transactions: Transactions,
  ) {}

  async create(request: CreateDuesReduction.Request, caller: CallerContext): Promise<DuesReductionView> {
    if (!canChangeDuesReduction(caller)) throw new DomainError(CommonErrors.forbidden, '只有机关党总支可以登记党费减免');
    return this.transactions.run(async (tx) => {
      const member = await this.dues.member(request.memberId, tx.manager);
      if (!member || member.status !== 'active' || (member.stage !== 'probationary' && member.stage !== 'full')) {
        throw new DomainError(DuesReductionErrors.memberUnknown, '党员不存在、不在册或不需交纳党费', [{ field: 'memberId', code: 'unknown', message: 'memberId：党员不存在、不在册或不需交纳党费' }]);
      }
      if (member.duesMonthlyFen === null) throw new DomainError(DuesReductionErrors.rule, '该党员尚未核定党费基数，请先核定', [{ field: 'memberId', code: 'noDues', message: 'memberId：尚未核定党费基数' }]);
      const check = checkRequest(request, member.duesMonthlyFen, await this.dues.reductionsOf(member.id, tx.manager));
      if (!check.ok) throw new DomainError(check.code === 'overlap' ? DuesReductionErrors.overlap : DuesReductionErrors.rule, check.message, [{ field: check.field, code: check.code, message: `${check.field}：${check.message}` }]);
      const now = new Date();
      const row: DuesReductionWithNames = {
        id: randomUUID(),
        memberId: member.id,
        memberName: member.name,
        branchId: member.branchId,
        branchName: '',
        unitId: member.unitId,
        kind: request.kind,
        fromMonth: request.fromMonth,
        toMonth: request.toMonth,
        reducedMonthlyFen: request.kind === 'reduce' ? (request.reducedMonthlyFen ?? null) : null,
        reason: request.reason.trim(),
        status: 'requested',
        branchDecidedOn: null,
        branchMeetingRef: null,
        approver: null,
        approvedOn: null,
        refusalReason: null,
        withdrawalReason: null,
        version: 1,
        createdAt: now,
        createdBy: caller.username,
        updatedAt: now,
        updatedBy: caller.username,
      };
      const { memberName: _m, branchName: _b, unitId: _u, ...stored } = row;
      await this.dues.insert(stored, tx.manager);
      const saved = (await this.dues.findById(row.id, tx.manager))!;
      await tx.emit(DuesReductionEvents.created, snapshotOf(saved), undefined, DuesReductionChanged.Event);
      return toDuesReductionView(saved);
    });
  }

  /** 支部委员会研究同意: its date (not in the future) and meeting. */
  decide(request: DecideDuesReduction.Request, caller: CallerContext): Promise<DuesReductionView> {
    this.notFuture('on', request.on);
    return this.step(request.id, request.expectedVersion, caller, 'decide', (row) => {
      row.branchDecidedOn = request.on;
      row.branchMeetingRef = request.meetingRef.trim();
      return DuesReductionEvents.decided;
    });
  }

  /** 党总支批准: not before the branch's decision, not in the future; from then on the months owe the reduced amount. */
  approve(request: ApproveDuesReduction.Request, caller: CallerContext): Promise<DuesReductionView> {
    this.notFuture('on', request.on);
    return this.step(request.id, request.expectedVersion, caller, 'approve', (row) => {
      if (row.branchDecidedOn && request.on < row.branchDecidedOn) {
        throw new DomainError(DuesReductionErrors.rule, `批准日期不能早于支部委员会研究日期 ${row.branchDecidedOn}（${REDUCTION_SOURCE}）`, [{ field: 'on', code: 'beforeDecision', message: 'on：批准日期不能早于支部委员会研究日期' }]);
      }
      row.approver = request.approver.trim();
      row.approvedOn = request.on;
      return DuesReductionEvents.approved;
    });
  }

  refuse(request: RefuseDuesReduction.Request, caller: CallerContext): Promise<DuesReductionView> {
    const reason = this.reason(request.reason, '不予批准须说明理由');
    return this.step(request.id, request.expectedVersion, caller, 'refuse', (row) => {
      row.refusalReason = reason;
      return DuesReductionEvents.refused;
    });
  }

  withdraw(request: WithdrawDuesReduction.Request, caller: CallerContext): Promise<DuesReductionView> {
    const reason = this.reason(request.reason, '撤回须说明理由');
    return this.step(request.id, request.expectedVersion, caller, 'withdraw', (row) => {
      row.withdrawalReason = reason;
      return DuesReductionEvents.withdrawn;
    });
  }

  async get(id: string, caller: CallerContext): Promise<DuesReductionView> {
    const row = await this.dues.findById(id);
    if (!row || !canSeeDuesReduction(caller, row.unitId)) throw new DomainError(DuesReductionErrors.notFound, NOT_FOUND);
    return toDuesReductionView(row);
  }

  async list(request: ListDues.Request, caller: CallerContext): Promise<ListDues.Reply> {
    const access = duesReductionAccess(caller);
    if (access.kind === 'none') throw new DomainError(CommonErrors.forbidden, '无权查看党费减免');
    const page = pageOf(request);
    const { items, total } = await this.dues.search({ ...request, ...page, onlyUnitId: access.kind === 'unit' ? access.unitId : undefined });
    return { items: items.map(toDuesReductionView), total, ...page };
  }

  private reason(text: string | undefined, message: string): string {
    const reason = reasonOf(text);
    if (!reason) throw new DomainError(CommonErrors.validationFailed, message, [{ field: 'reason', code: 'minLength', message: `reason：${message}（至少 2 个字）` }]);
    return reason;
  }

  private notFuture(field: string, date: string): void {
    if (date > todayInShanghai()) throw new DomainError(CommonErrors.validationFailed, '日期不能晚于今天', [{ field, code: 'future', message: `${field}：日期不能晚于今天` }]);
  }

  /** One step on a versioned record, in one transaction: seen, allowed, at the version held, saved, its event in the outbox. */
  private async step(id: string, expectedVersion: number, caller: CallerContext, step: DuesReductionStep, change: (row: DuesReductionWithNames) => string): Promise<DuesReductionView> {
    return this.transactions.run(async (tx) => {
      const current = await this.dues.findById(id, tx.manager, true);
      if (!current || !canSeeDuesReduction(caller, current.unitId)) throw new DomainError(DuesReductionErrors.notFound, NOT_FOUND);
      if (!canChangeDuesReduction(caller)) throw new DomainError(CommonErrors.forbidden, '只有机关党总支可以办理党费减免');
      if (current.version !== expectedVersion) {
        throw new DomainError(DuesReductionErrors.versionConflict, `党费减免已被他人修改（当前版本 ${current.version}，您提交的版本 ${expectedVersion}），请刷新后重试`);
      }
      if (!canTake(step, current.status)) throw new DomainError(DuesReductionErrors.invalidState, `党费减免当前状态不能${STEP_LABELS[step]}`);
      const next: DuesReductionWithNames = { ...current };
      const event = change(next);
      Object.assign(next, { status: statusAfter(step), version: current.version + 1, updatedAt: new Date(), updatedBy: caller.username });
      const { memberName: _m, branchName: _b, unitId: _u, ...stored } = next;
      if (!(await this.dues.saveIfVersion(stored, expectedVersion, tx.manager))) throw new DomainError(DuesReductionErrors.versionConflict, '党费减免已被他人修改，请刷新后重试');
      await tx.emit(event, snapshotOf(next), undefined, DuesReductionChanged.Event);
      return toDuesReductionView(next);
    });
  }
}

const STEP_LABELS: Record<DuesReductionStep, string> = { decide: '登记支部委员会研究', approve: '批准', refuse: '不予批准', withdraw: '撤回' };
