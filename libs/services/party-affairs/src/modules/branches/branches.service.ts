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
  type ApproveElection,
  type ElectBranch,
  type ElectionProcedure,
  type ExtendBranchTerm,
  type ListBranches,
  type ReportElection,
  type RequestElection,
  type UpdateBranch,
  type WithdrawBranch,
} from '@gov/contracts-party-affairs';
import { DomainError, reasonOf, requireReason, Transactions } from '@gov/platform';
import type { EntityManager } from 'typeorm';
import { addMonths, todayInShanghai } from '../../common/dates.js';
import { branchAccess, canChangeBranch, canSeeBranch } from './branches.policy.js';
import { BranchesRepository, type BranchRow } from './branches.repository.js';
import { BRANCH_LIMITS, BRANCH_SOURCES, canTake, ELECTION_STEP_NEEDS, electionStepAllowed, electionTiming, extensionAfter, statusAfter, type BranchStep, type ElectionStep } from './branches.rules.js';
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
        procedure: null,
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

  /** 换届请示: asks the higher committee to hold the election on `plannedOn`; 提前换届 when before the reminder window, ≤ 1 year early. */
  requestElection(request: RequestElection.Request, caller: CallerContext): Promise<BranchView> {
    const reason = reasonOf(request.reason);
    if (!reason) throw new DomainError(CommonErrors.validationFailed, '换届请示须说明事由', [{ field: 'reason', code: 'minLength', message: 'reason：须说明请示事由（至少 2 个字）' }]);
    return this.step(request.id, request.expectedVersion, caller, 'request', (row) => {
      this.assertInOrder('request', row);
      const requestedOn = request.requestedOn ?? todayInShanghai();
      if (request.plannedOn <= row.termStartedOn || request.plannedOn < requestedOn) {
        throw new DomainError(BranchErrors.electionStepDate, `计划选举日期 ${request.plannedOn} 须晚于本届任期开始日 ${row.termStartedOn}，且不早于请示日期 ${requestedOn}`);
      }
      const early = this.timing(row, request.plannedOn);
      row.procedure = {
        stage: 'requested',
        early,
        plannedOn: request.plannedOn,
        reason,
        requestedOn,
        requestedBy: caller.username,
        approvalNumber: null,
        approvedOn: null,
        approver: null,
        approvedBy: null,
        electedOn: null,
        reportedOn: null,
        reportNumber: null,
        reportedTo: null,
        reportedBy: null,
        inline: false,
      };
      row.elections = [...row.elections, { kind: 'request', on: requestedOn, approval: `${early ? '提前换届请示' : '换届请示'}：拟于 ${request.plannedOn} 选举；${reason}`, months: null, by: caller.username }];
      return BranchEvents.electionRequested;
    });
  }

  /** 上级批复: the higher committee's approval of the pending request (number, date, approver). */
  approveElection(request: ApproveElection.Request, caller: CallerContext): Promise<BranchView> {
    return this.step(request.id, request.expectedVersion, caller, 'approve', (row) => {
      const procedure = this.assertInOrder('approve', row)!;
      if (request.approvedOn < procedure.requestedOn) throw new DomainError(BranchErrors.electionStepDate, `批复日期 ${request.approvedOn} 不能早于请示日期 ${procedure.requestedOn}`);
      const approvalNumber = request.approvalNumber.trim();
      row.procedure = { ...procedure, stage: 'approved', approvalNumber, approvedOn: request.approvedOn, approver: request.approver.trim(), approvedBy: caller.username };
      row.elections = [...row.elections, { kind: 'approval', on: request.approvedOn, approval: `${request.approver.trim()} ${approvalNumber}`, months: null, by: caller.username }];
      return BranchEvents.electionApproved;
    });
  }

  /**
   * 换届选举: the new committee starts a new 3-year term on the election day; any extension ends with the old term. It
   * follows an approved 换届请示; without one, its `approval` records the request and the approval at once (inline).
   */
  elect(request: ElectBranch.Request, caller: CallerContext): Promise<BranchView> {
    return this.step(request.id, request.expectedVersion, caller, 'elect', (row) => {
      const inlineApproval = request.approval?.trim() ?? '';
      const pending = row.procedure?.stage === 'approved' ? row.procedure : null;
      if (!pending && inlineApproval.length < 2 && electionStepAllowed('elect', row.procedure?.stage ?? null, true)) {
        throw new DomainError(CommonErrors.validationFailed, '须先经上级党组织批复换届请示，或填写批复文号', [
          { field: 'approval', code: 'minLength', message: 'approval：须填写上级批复文号（至少 2 个字）' },
        ]);
      }
      this.assertInOrder('elect', row, inlineApproval.length >= 2);
      if (request.electedOn <= row.termStartedOn) {
        throw new DomainError(BranchErrors.electionDate, `换届日期 ${request.electedOn} 须晚于本届任期开始日 ${row.termStartedOn}`);
      }
      if (pending?.approvedOn && request.electedOn < pending.approvedOn) {
        throw new DomainError(BranchErrors.electionStepDate, `选举日期 ${request.electedOn} 不能早于上级批复日期 ${pending.approvedOn}`);
      }
      const early = this.timing(row, request.electedOn);
      const approval = pending?.approvalNumber ?? inlineApproval;
      row.procedure = pending
        ? { ...pending, stage: 'elected', electedOn: request.electedOn }
        : {
            stage: 'elected',
            early,
            plannedOn: request.electedOn,
            reason: '选举时一并登记请示与批复',
            requestedOn: request.electedOn,
            requestedBy: caller.username,
            approvalNumber: approval,
            approvedOn: request.electedOn,
            approver: null,
            approvedBy: caller.username,
            electedOn: request.electedOn,
            reportedOn: null,
            reportNumber: null,
            reportedTo: null,
            reportedBy: null,
            inline: true,
          };
      row.committee = request.committee.map((seat) => ({ post: seat.post, name: seat.name.trim() }));
      row.termStartedOn = request.electedOn;
      row.termExtensionMonths = 0;
      row.elections = [...row.elections, { kind: 'election', on: request.electedOn, approval, months: null, by: caller.username }];
      return BranchEvents.elected;
    });
  }

  /** 选举结果报告: the result reported to the higher committee (date, number, to whom); closes the 换届. */
  reportElection(request: ReportElection.Request, caller: CallerContext): Promise<BranchView> {
    return this.step(request.id, request.expectedVersion, caller, 'report', (row) => {
      const procedure = this.assertInOrder('report', row)!;
      if (procedure.electedOn && request.reportedOn < procedure.electedOn) {
        throw new DomainError(BranchErrors.electionStepDate, `报告日期 ${request.reportedOn} 不能早于选举日期 ${procedure.electedOn}`);
      }
      const reportNumber = request.reportNumber.trim();
      const reportedTo = request.reportedTo.trim();
      row.procedure = { ...procedure, stage: 'reported', reportedOn: request.reportedOn, reportNumber, reportedTo, reportedBy: caller.username };
      row.elections = [...row.elections, { kind: 'report', on: request.reportedOn, approval: `${reportNumber}（报 ${reportedTo}）`, months: null, by: caller.username }];
      return BranchEvents.electionReported;
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
    const reason = requireReason(request.reason, '撤销');
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

  /** Refuses a 换届 step out of its order (请示 → 批复 → 选举 → 报告); returns the procedure it follows. */
  private assertInOrder(step: ElectionStep, row: BranchRow, inlineApproval = false): ElectionProcedure | null {
    const stage = row.procedure?.stage ?? null;
    if (!electionStepAllowed(step, stage, inlineApproval)) {
      throw new DomainError(BranchErrors.electionOutOfOrder, `${ELECTION_STEP_NEEDS[step]}（${BRANCH_SOURCES.procedure}）`);
    }
    return row.procedure;
  }

  /** Whether an election on `date` is 提前换届; refused when more than 1 year before the term's end. */
  private timing(row: BranchRow, date: string): boolean {
    const endsOn = addMonths(row.termStartedOn, BRANCH_LIMITS.termYears * 12 + row.termExtensionMonths);
    const { early, tooEarly, earliest } = electionTiming(date, endsOn);
    if (tooEarly) throw new DomainError(BranchErrors.electionTooEarly, `本届任期 ${endsOn} 届满，提前换届不得早于 ${earliest}（${BRANCH_SOURCES.term}）`);
    return early;
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
