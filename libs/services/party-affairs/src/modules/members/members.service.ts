import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { computeDeadline } from '@gov/calendar';
import { CommonErrors, pageOf, type CallerContext } from '@gov/contracts-common';
import {
  MemberChanged,
  MemberErrors,
  MemberEvents,
  type CreateMember,
  type DevelopMember,
  type ListDuesArrears,
  type ListMembers,
  type PayMemberDues,
  type MemberView,
  type SetMemberDues,
  type TransferMember,
  type UpdateMember,
  type VoidMemberDuesPayment,
  type WithdrawMember,
} from '@gov/contracts-party-affairs';
import { CalendarCopy, DomainError, FieldCipher, maskIdNumber, maskPhone, publishTaskChanges, Transactions, type Tx } from '@gov/platform';
import type { WorkingCalendar } from '@gov/calendar';
import { addMonths, todayInShanghai } from '../../common/dates.js';
import { checkStep, nextStep, stageAfter, STEP_LABELS } from './development.rules.js';
import { DUES_SOURCE, monthlyDues } from './dues.rules.js';
import { DuesRepository } from '../dues/dues.repository.js';
import { monthDues, REDUCTION_SOURCE } from '../dues/dues.rules.js';
import { memberTaskChange, memberTasks } from './member-tasks.js';
import { canChangeMember, canSeeMember, memberAccess, seesPersonalData } from './members.policy.js';
import { MembersRepository, type MemberRow, type MemberWithBranch } from './members.repository.js';
import { snapshotOf, toMemberView } from './members.views.js';

const NOT_FOUND = '党员不存在或无权查看';

type Computed = Pick<MemberView, 'next' | 'dues' | 'dormant'>;

/** The last day of a month (YYYY-MM). */
const lastDayOf = (month: string): string => new Date(Date.parse(`${addMonths(`${month}-01`, 1)}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

/** 党员: registered by the 机关党总支, developed step by step under the time rules, transferred with letters, dues set yearly. */
@Injectable()
export class MembersService {
  constructor(
    private readonly members: MembersRepository,
    private readonly transactions: Transactions,
    private readonly calendar: CalendarCopy,
    private readonly dues: DuesRepository,
    @Inject(FieldCipher) private readonly cipher: FieldCipher,
  ) {}

  async create(request: CreateMember.Request, caller: CallerContext): Promise<MemberView> {
    if (!canChangeMember(caller)) throw new DomainError(CommonErrors.forbidden, '只有机关党总支可以登记党员');
    const today = todayInShanghai();
    const missing = (field: string, message: string) => new DomainError(CommonErrors.validationFailed, message, [{ field, code: 'required', message: `${field}：${message}` }]);
    if (request.stage === 'applicant' && !request.appliedOn) throw missing('appliedOn', '入党申请人须填写递交入党申请书日期');
    if (request.stage !== 'applicant' && !request.admittedOn) throw missing('admittedOn', '预备党员、正式党员须填写入党日期');
    if (request.stage === 'full' && !request.fullOn) throw missing('fullOn', '正式党员须填写转正日期');
    for (const [field, value] of [['appliedOn', request.appliedOn], ['admittedOn', request.admittedOn], ['fullOn', request.fullOn]] as const) {
      if (value && value > today) throw new DomainError(CommonErrors.validationFailed, '日期不能晚于今天', [{ field, code: 'future', message: `${field}：日期不能晚于今天` }]);
    }
    return this.transactions.run(async (tx) => {
      const branch = await this.members.branch(request.branchId, tx.manager);
      if (!branch || branch.status !== 'active') throw new DomainError(MemberErrors.branchUnknown, '所选党支部不存在或已撤销');
      const now = new Date();
      const row: MemberWithBranch = {
        id: randomUUID(),
        branchId: branch.id,
        branchName: branch.name,
        unitId: branch.unitId,
        name: request.name.trim(),
        gender: request.gender,
        ...this.sealPersonal(request.idNumber, request.mobile ?? null),
        post: request.post?.trim() || null,
        stage: request.stage,
        status: 'active',
        appliedOn: request.appliedOn ?? null,
        talkedOn: null,
        activistOn: null,
        candidateOn: null,
        admittedOn: request.stage === 'applicant' ? null : (request.admittedOn ?? null),
        // A member entered as 预备 or 正式 was admitted and approved before the record was kept here.
        approvedOn: request.stage === 'applicant' ? null : (request.admittedOn ?? null),
        fullOn: request.stage === 'full' ? (request.fullOn ?? null) : null,
        probationExtensionMonths: 0,
        development: [],
        transfers: request.transferIn
          ? [{ kind: 'in', on: request.transferIn.on, letterNo: request.transferIn.letterNo.trim(), counterpart: request.transferIn.from.trim(), by: caller.username }]
          : [],
        duesCategory: null,
        duesBaseEncrypted: null,
        duesYear: null,
        duesMonthlyFen: null,
        withdrawalReason: null,
        version: 1,
        createdAt: now,
        createdBy: caller.username,
        updatedAt: now,
        updatedBy: caller.username,
      };
      await this.members.insert(row, tx.manager);
      await tx.emit(MemberEvents.created, snapshotOf(row), undefined, MemberChanged.Event);
      const view = await this.view(row, tx);
      await publishTaskChanges(tx, memberTaskChange([], view, caller.userId));
      return view;
    });
  }

  update(request: UpdateMember.Request, caller: CallerContext): Promise<MemberView> {
    return this.step(request.id, request.expectedVersion, caller, (row) => {
      if (request.branchId !== row.branchId) {
        throw new DomainError(CommonErrors.validationFailed, '更换党支部须办理组织关系转接', [{ field: 'branchId', code: 'transfer', message: 'branchId：更换党支部须办理组织关系转接（内部转移）' }]);
      }
      Object.assign(row, { name: request.name.trim(), gender: request.gender, post: request.post?.trim() || null, ...this.sealPersonal(request.idNumber, request.mobile ?? null) });
      return MemberEvents.updated;
    });
  }

  /** One step of 发展党员: refused before its time with the rule cited; recorded with its documents and vote. */
  develop(request: DevelopMember.Request, caller: CallerContext): Promise<MemberView> {
    return this.step(request.id, request.expectedVersion, caller, (row) => {
      const today = todayInShanghai();
      const check = checkStep(request.step, row, request, today);
      if (!check.ok) throw new DomainError(MemberErrors.developmentRule, check.message, [{ field: 'on', code: check.code, message: `on：${check.message}` }]);
      switch (request.step) {
        case 'talk':
          row.talkedOn = request.on;
          break;
        case 'activist':
          row.activistOn = request.on;
          break;
        case 'candidate':
          row.candidateOn = request.on;
          break;
        case 'admit':
          row.admittedOn = request.on;
          break;
        case 'approve':
          row.approvedOn = request.on;
          break;
        case 'extend':
          row.probationExtensionMonths += request.months ?? 0;
          break;
        case 'full':
          row.fullOn = request.on;
          break;
      }
      row.stage = stageAfter(request.step, row.stage);
      const detail =
        request.step === 'admit'
          ? `短期集中培训 ${request.trainingHours} 学时；政治审查 ${request.politicalReviewOn}；上级预审 ${request.preReviewedOn}`
          : request.step === 'extend'
            ? `延长预备期 ${request.months} 个月`
            : null;
      row.development = [
        ...row.development,
        {
          step: request.step,
          label: STEP_LABELS[request.step],
          on: request.on,
          votes: request.votes ? { for: request.votes.for, against: request.votes.against, abstain: request.votes.abstain } : null,
          documents: request.documents?.trim() || null,
          note: [detail, request.note?.trim()].filter(Boolean).join('；') || null,
          by: caller.username,
          at: new Date().toISOString(),
        },
      ];
      return MemberEvents.developed;
    });
  }

  /** 组织关系转接: within (to another active branch), out (status 已转出), or the receipt of a transfer out. */
  transfer(request: TransferMember.Request, caller: CallerContext): Promise<MemberView> {
    return this.step(
      request.id,
      request.expectedVersion,
      caller,
      async (row, tx) => {
        const entry = { kind: request.kind, on: request.on, letterNo: request.letterNo.trim(), counterpart: '', by: caller.username };
        if (request.kind === 'within') {
          if (row.status !== 'active') throw new DomainError(MemberErrors.invalidState, '该党员不在册，不能内部转移');
          const target = request.toBranchId ? await this.members.branch(request.toBranchId, tx.manager) : null;
          if (!target || target.status !== 'active') throw new DomainError(MemberErrors.transferRule, '内部转移须选择一个正常的党支部', [{ field: 'toBranchId', code: 'required', message: 'toBranchId：须选择转入的党支部' }]);
          if (target.id === row.branchId) throw new DomainError(MemberErrors.transferRule, '转入的党支部与原党支部相同', [{ field: 'toBranchId', code: 'same', message: 'toBranchId：与原党支部相同' }]);
          entry.counterpart = `${row.branchName} → ${target.name}`;
          Object.assign(row, { branchId: target.id, branchName: target.name, unitId: target.unitId });
        } else if (request.kind === 'out') {
          if (row.status !== 'active') throw new DomainError(MemberErrors.invalidState, '该党员不在册，不能转出');
          if (!request.destination?.trim()) throw new DomainError(MemberErrors.transferRule, '转出须填写转往单位', [{ field: 'destination', code: 'required', message: 'destination：须填写转往单位' }]);
          entry.counterpart = request.destination.trim();
          row.status = 'transferred_out';
        } else {
          if (row.status !== 'transferred_out') throw new DomainError(MemberErrors.invalidState, '只有已转出的党员可以登记回执');
          entry.counterpart = row.transfers.filter((t) => t.kind === 'out').at(-1)?.counterpart ?? '';
        }
        row.transfers = [...row.transfers, entry];
        return MemberEvents.transferred;
      },
      true,
    );
  }

  /** The yearly dues base (encrypted) and category; the monthly amount is computed by the 2008 rates. */
  setDues(request: SetMemberDues.Request, caller: CallerContext): Promise<MemberView> {
    return this.step(request.id, request.expectedVersion, caller, (row) => {
      if (row.stage !== 'probationary' && row.stage !== 'full') throw new DomainError(MemberErrors.invalidState, '党费自支部大会接收为预备党员之日起交纳，入党申请人、积极分子、发展对象不交党费');
      row.duesCategory = request.category;
      row.duesBaseEncrypted = this.cipher.encrypt(String(request.baseFen));
      row.duesYear = request.year;
      row.duesMonthlyFen = monthlyDues(request.category, request.baseFen).monthlyFen;
      return MemberEvents.duesSet;
    });
  }

  /**
   * 党费收缴: the month's computed dues recorded as paid (预备党员 from the month of their admission), once per month, with
   * the branch's next receipt number; under a reduction in force the reduced amount, and nothing under a 免交.
   */
  payDues(request: PayMemberDues.Request, caller: CallerContext): Promise<MemberView> {
    return this.step(request.id, request.expectedVersion, caller, async (row, tx) => {
      if (row.duesMonthlyFen === null) throw new DomainError(MemberErrors.duesNotOwed, '尚未核定党费基数，请先核定');
      if (!row.admittedOn || row.admittedOn > lastDayOf(request.month)) {
        throw new DomainError(MemberErrors.duesNotOwed, `预备党员自支部大会接收之日起交纳党费，${request.month} 尚不需交纳（${DUES_SOURCE}）`);
      }
      if (request.paidOn > todayInShanghai()) throw new DomainError(CommonErrors.validationFailed, '交纳日期不能晚于今天', [{ field: 'paidOn', code: 'future', message: 'paidOn：交纳日期不能晚于今天' }]);
      const due = monthDues(row.duesMonthlyFen, request.month, await this.dues.reductionsOf(row.id, tx.manager));
      if (due.reduction?.kind === 'exempt') throw new DomainError(MemberErrors.duesNotOwed, `${request.month} 经批准免交党费，不需交纳（${REDUCTION_SOURCE}）`);
      const recorded = await this.dues.recordPayment({ memberId: row.id, branchId: row.branchId, month: request.month, amountFen: due.dueFen, paidOn: request.paidOn, by: caller.username }, tx.manager);
      if (!recorded) throw new DomainError(MemberErrors.duesAlreadyPaid, `${request.month} 的党费已登记`);
      return MemberEvents.duesPaid;
    });
  }

  /** 作废一笔党费交纳: the payment stays with its receipt number, marked 作废 with the reason; the month is owed again. */
  voidDues(request: VoidMemberDuesPayment.Request, caller: CallerContext): Promise<MemberView> {
    const reason = request.reason?.trim() ?? '';
    if (reason.length < 2) throw new DomainError(CommonErrors.validationFailed, '作废须说明理由', [{ field: 'reason', code: 'minLength', message: 'reason：作废须说明理由（至少 2 个字）' }]);
    return this.step(
      request.id,
      request.expectedVersion,
      caller,
      async (row, tx) => {
        if (!(await this.dues.voidPayment(row.id, request.month, reason, caller.username, tx.manager))) {
          throw new DomainError(MemberErrors.duesPaymentUnknown, `${request.month} 没有有效的党费交纳记录`, [{ field: 'month', code: 'unknown', message: `month：${request.month} 没有有效的党费交纳记录` }]);
        }
        return MemberEvents.duesVoided;
      },
      true,
    );
  }

  /** 欠缴党费名单 of a month, computed from the records (a liaison: their unit's branches). */
  async arrears(request: ListDuesArrears.Request, caller: CallerContext): Promise<ListDuesArrears.Reply> {
    const access = memberAccess(caller);
    if (access.kind === 'none') throw new DomainError(CommonErrors.forbidden, '无权查看党费');
    const items = await this.members.arrears(request.month, lastDayOf(request.month), access.kind === 'unit' ? access.unitId : undefined);
    return { month: request.month, items, totalFen: items.reduce((sum, i) => sum + i.amountFen, 0) };
  }

  withdraw(request: WithdrawMember.Request, caller: CallerContext): Promise<MemberView> {
    const reason = request.reason?.trim() ?? '';
    if (reason.length < 2) throw new DomainError(CommonErrors.validationFailed, '撤销须说明理由', [{ field: 'reason', code: 'minLength', message: 'reason：撤销须说明理由（至少 2 个字）' }]);
    return this.step(request.id, request.expectedVersion, caller, (row) => {
      row.status = 'withdrawn';
      row.withdrawalReason = reason;
      return MemberEvents.withdrawn;
    });
  }

  async get(id: string, caller: CallerContext): Promise<MemberView> {
    const row = await this.members.findById(id);
    if (!row || !canSeeMember(caller, row.unitId)) throw new DomainError(MemberErrors.notFound, NOT_FOUND);
    return this.view(row, undefined, seesPersonalData(caller));
  }

  async list(request: ListMembers.Request, caller: CallerContext): Promise<ListMembers.Reply> {
    const access = memberAccess(caller);
    if (access.kind === 'none') throw new DomainError(CommonErrors.forbidden, '无权查看党员');
    const page = pageOf(request);
    const { items, total } = await this.members.search({ ...request, ...page, onlyUnitId: access.kind === 'unit' ? access.unitId : undefined });
    const calendar = await this.calendar.current();
    const today = todayInShanghai();
    const paid = await Promise.all(items.map((r) => this.members.paidMonths(r.id)));
    return { items: items.map((r, i) => toMemberView(r, { ...this.computed(r, calendar, today), paidMonths: paid[i] })), total, ...page };
  }

  private sealPersonal(idNumber: string, mobile: string | null): Pick<MemberRow, 'idNumberEncrypted' | 'idNumberMasked' | 'mobileEncrypted' | 'mobileMasked'> {
    return {
      idNumberEncrypted: this.cipher.encrypt(idNumber),
      idNumberMasked: maskIdNumber(idNumber),
      mobileEncrypted: mobile ? this.cipher.encrypt(mobile) : null,
      mobileMasked: mobile ? maskPhone(mobile) : null,
    };
  }

  /** The next step with its deadline (deadline engine over the calendar copy), the dues, and the 口袋党员 flag. */
  private computed(row: MemberWithBranch, calendar: WorkingCalendar, today: string): Computed {
    const step = row.status === 'active' ? nextStep(row) : null;
    let next: MemberView['next'] = null;
    if (step) {
      const due = step.deadline ? computeDeadline(calendar, { start: step.deadline.from, amount: step.deadline.months, unit: 'months' }) : null;
      next = { step: step.step, label: step.label, earliestOn: step.earliestOn, dueOn: due?.dueDate ?? null, dueExplanation: due?.explanation ?? [], rule: step.rule };
    }
    let dues: MemberView['dues'] = null;
    if (row.duesCategory && row.duesBaseEncrypted && row.duesYear && (row.stage === 'probationary' || row.stage === 'full')) {
      const result = monthlyDues(row.duesCategory, Number(this.cipher.decrypt(row.duesBaseEncrypted)));
      dues = { category: row.duesCategory, year: row.duesYear, monthlyFen: result.monthlyFen, explanation: result.explanation };
    }
    const lastOut = row.transfers.filter((t) => t.kind === 'out').at(-1);
    const receipt = lastOut && row.transfers.some((t) => t.kind === 'receipt' && t.on >= lastOut.on);
    const dormant = row.status === 'transferred_out' && !!lastOut && !receipt && addMonths(lastOut.on, 3) < today;
    return { next, dues, dormant };
  }

  private async view(row: MemberWithBranch, tx?: Pick<Tx, 'manager'>, plain = false): Promise<MemberView> {
    const calendar = await this.calendar.current(tx);
    const computed = this.computed(row, calendar, todayInShanghai());
    const paidMonths = await this.members.paidMonths(row.id, tx?.manager);
    const personal = plain ? { idNumber: this.cipher.decrypt(row.idNumberEncrypted), mobile: row.mobileEncrypted ? this.cipher.decrypt(row.mobileEncrypted) : null } : undefined;
    return toMemberView(row, { ...computed, paidMonths }, personal);
  }

  /** One step on a versioned record, in one transaction: seen, allowed, at the version held, saved, its event and 待办 in the outbox. */
  private async step(
    id: string,
    expectedVersion: number,
    caller: CallerContext,
    change: (row: MemberWithBranch, tx: Tx) => string | Promise<string>,
    evenIfNotActive = false,
  ): Promise<MemberView> {
    return this.transactions.run(async (tx) => {
      const current = await this.members.findById(id, tx.manager, true);
      if (!current || !canSeeMember(caller, current.unitId)) throw new DomainError(MemberErrors.notFound, NOT_FOUND);
      if (!canChangeMember(caller)) throw new DomainError(CommonErrors.forbidden, '只有机关党总支可以办理党员事项');
      if (current.version !== expectedVersion) {
        throw new DomainError(MemberErrors.versionConflict, `党员信息已被他人修改（当前版本 ${current.version}，您提交的版本 ${expectedVersion}），请刷新后重试`);
      }
      if (current.status === 'withdrawn' || (!evenIfNotActive && current.status !== 'active')) throw new DomainError(MemberErrors.invalidState, '该党员记录已撤销或已转出，不能再办理');
      const before = memberTasks(await this.view(current, tx));
      const next: MemberWithBranch = { ...current };
      const event = await change(next, tx);
      Object.assign(next, { version: current.version + 1, updatedAt: new Date(), updatedBy: caller.username });
      if (!(await this.members.saveIfVersion(next, expectedVersion, tx.manager))) throw new DomainError(MemberErrors.versionConflict, '党员信息已被他人修改，请刷新后重试');
      await tx.emit(event, snapshotOf(next), undefined, MemberChanged.Event);
      const view = await this.view(next, tx, seesPersonalData(caller));
      await publishTaskChanges(tx, memberTaskChange(before, view, caller.userId));
      return view;
    });
  }
}
