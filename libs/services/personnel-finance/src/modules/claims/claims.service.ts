import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { CommonErrors, pageOf, type CallerContext } from '@gov/contracts-common';
import {
  ClaimChanged,
  ClaimErrors,
  ClaimEvents,
  EXPENSE_KIND_LABELS,
  PAYMENT_METHOD_LABELS,
  type ApproveClaim,
  type ClaimFields,
  type ClaimStatus,
  type ClaimView,
  type CreateClaim,
  type ExportClaimVouchers,
  type ListClaims,
  type PayClaim,
  type ReturnClaim,
  type SubmitClaim,
  type UpdateClaim,
  type WithdrawClaim,
} from '@gov/contracts-personnel-finance';
import { DomainError, publishTaskChanges, reasonOf, Transactions, writeXlsx, XLSX_MEDIA_TYPE } from '@gov/platform';
import { timelineEntry } from '../../common/timeline.js';
import { fenToYuan } from '../payslips/payroll.rules.js';

import { BudgetsService } from '../budgets/budgets.service.js';
import { checkStandards, missingStandardData, overStandardMessage, standardsOn } from './claim.standards.js';
import { APPROVAL_LEVEL_LABELS, levelsOf, nextApproval, paymentRefusal, requiredApprovals, thresholdsOn, type ApprovalLevel } from './claim.rules.js';
import { canApproveClaims, canManageClaims, canSeeClaims } from './claims.policy.js';
import { ClaimsRepository, type ClaimRow } from './claims.repository.js';
import { claimTaskChange } from './claims.tasks.js';
import { claimTotal, voucherLines } from './claims.vouchers.js';
import { snapshotOf, toClaimView } from './claims.views.js';

const today = (): string => new Date().toISOString().slice(0, 10);

/**
 * 报销单: entered by 财务科 (draft), submitted, approved level by level as the amount requires (财务科科长, then the office's
 * leaders), paid with a voucher number; returned with a reason and submitted again; withdrawn with a reason.
 */
@Injectable()
export class ClaimsService {
  constructor(
    private readonly claims: ClaimsRepository,
    private readonly transactions: Transactions,
    private readonly budgets: BudgetsService,
  ) {}

  async create(request: CreateClaim.Request, caller: CallerContext): Promise<ClaimView> {
    if (!canManageClaims(caller)) throw new DomainError(CommonErrors.forbidden, '无权登记报销单');
    this.assertPayment(request);
    const fields = this.fieldsOf(request);
    this.assertStandards(fields, false);
    await this.assertBudget(fields);
    const row = await this.transactions.run(async (tx) => {
      const now = new Date();
      const year = now.getUTCFullYear();
      const number = `BX-${year}-${String(await this.claims.nextNumber(`claim-${year}`, tx.manager)).padStart(4, '0')}`;
      const created: ClaimRow = {
        id: randomUUID(),
        number,
        ...fields,
        status: 'draft',
        voucherNumber: null,
        paidOn: null,
        reason: null,
        approvals: [],
        timeline: [timelineEntry(caller.username, '登记', null, now)],
        version: 1,
        createdAt: now,
        createdBy: caller.username,
        updatedAt: now,
        updatedBy: caller.username,
      };
      await this.claims.insert(created, tx.manager);
      await tx.emit(ClaimEvents.created, snapshotOf(created), undefined, ClaimChanged.Event);
      return created;
    });
    return toClaimView(row);
  }

  async update(request: UpdateClaim.Request, caller: CallerContext): Promise<ClaimView> {
    this.assertPayment(request);
    const fields = this.fieldsOf(request);
    this.assertStandards(fields, false);
    await this.assertBudget(fields);
    return this.step(request.id, request.expectedVersion, caller, ['draft', 'returned'], 'manage', (row) => {
      Object.assign(row, fields);
      row.timeline = [...row.timeline, timelineEntry(caller.username, '修改')];
      return ClaimEvents.updated;
    });
  }

  submit(request: SubmitClaim.Request, caller: CallerContext): Promise<ClaimView> {
    return this.step(request.id, request.expectedVersion, caller, ['draft', 'returned'], 'manage', async (row, manager) => {
      this.assertPayment(row);
      // The standards in force when it is submitted are the ones it is checked against (and keeps); the data they need is due now.
      row.standardsVersion = this.assertStandards(row, true);
      await this.assertBudget(row, manager);
      // The thresholds in force when it is submitted decide its approvals; the claim keeps that version.
      const thresholds = this.thresholds();
      row.thresholdsVersion = thresholds.version;
      row.requiredApprovals = requiredApprovals(row.totalFen, thresholds);
      row.approvals = [];
      row.reason = null;
      row.status = 'submitted';
      row.timeline = [...row.timeline, timelineEntry(caller.username, '提交审批', `合计 ${fenToYuan(row.totalFen)} 元，需${row.requiredApprovals.map((l) => APPROVAL_LEVEL_LABELS[l as ApprovalLevel]).join('、')}`)];
      return ClaimEvents.submitted;
    });
  }

  approve(request: ApproveClaim.Request, caller: CallerContext): Promise<ClaimView> {
    return this.step(request.id, request.expectedVersion, caller, ['submitted'], 'approve', (row) => {
      const level = this.levelFor(row, caller);
      row.approvals = [...row.approvals, { level, by: caller.username, at: new Date().toISOString(), note: request.note?.trim() || null }];
      if (!nextApproval(row.requiredApprovals as ApprovalLevel[], row.approvals.map((a) => a.level as ApprovalLevel))) row.status = 'approved';
      row.timeline = [...row.timeline, timelineEntry(caller.username, APPROVAL_LEVEL_LABELS[level], request.note?.trim() || '同意')];
      return ClaimEvents.approved;
    });
  }

  return(request: ReturnClaim.Request, caller: CallerContext): Promise<ClaimView> {
    const reason = this.reason(request.reason);
    return this.step(request.id, request.expectedVersion, caller, ['submitted'], 'approve', (row) => {
      const level = this.levelFor(row, caller);
      row.status = 'returned';
      row.reason = reason;
      row.timeline = [...row.timeline, timelineEntry(caller.username, `退回（${APPROVAL_LEVEL_LABELS[level]}）`, reason)];
      return ClaimEvents.returned;
    });
  }

  pay(request: PayClaim.Request, caller: CallerContext): Promise<ClaimView> {
    return this.step(request.id, request.expectedVersion, caller, ['approved'], 'manage', async (row, manager) => {
      const month = request.paidOn.slice(0, 7);
      row.voucherNumber = `记-${month.replace('-', '')}-${String(await this.claims.nextNumber(`voucher-${month}`, manager)).padStart(4, '0')}`;
      row.paidOn = request.paidOn;
      row.status = 'paid';
      // Charged to a budget item: the payment is recorded against the item in this transaction, or the claim stays unpaid.
      if (row.budgetId && row.budgetItemKey) {
        await this.budgets.chargeClaimPayment(
          { budgetId: row.budgetId, itemKey: row.budgetItemKey, amountFen: row.totalFen, paidOn: request.paidOn, claimId: row.id, claimNumber: row.number, voucherNumber: row.voucherNumber, purpose: `${row.claimantName}报销${EXPENSE_KIND_LABELS[row.expenseKind]}：${row.title}` },
          caller,
        );
      }
      row.timeline = [...row.timeline, timelineEntry(caller.username, '支付', `${PAYMENT_METHOD_LABELS[row.paymentMethod]} ${fenToYuan(row.totalFen)} 元，凭证 ${row.voucherNumber}`)];
      return ClaimEvents.paid;
    });
  }

  withdraw(request: WithdrawClaim.Request, caller: CallerContext): Promise<ClaimView> {
    const reason = this.reason(request.reason);
    return this.step(request.id, request.expectedVersion, caller, ['draft', 'returned'], 'manage', (row) => {
      row.status = 'withdrawn';
      row.reason = reason;
      row.timeline = [...row.timeline, timelineEntry(caller.username, '撤回', reason)];
      return ClaimEvents.withdrawn;
    });
  }

  async get(id: string, caller: CallerContext): Promise<ClaimView> {
    if (!canSeeClaims(caller)) throw new DomainError(ClaimErrors.notFound, '报销单不存在或无权查看');
    const row = await this.claims.findById(id);
    if (!row) throw new DomainError(ClaimErrors.notFound, '报销单不存在或无权查看');
    return toClaimView(row);
  }

  async list(request: ListClaims.Request, caller: CallerContext): Promise<ListClaims.Reply> {
    if (!canSeeClaims(caller)) throw new DomainError(CommonErrors.forbidden, '无权查看报销单');
    const page = pageOf(request);
    const { items, total } = await this.claims.search({ ...request, ...page });
    return { items: items.map(toClaimView), total, ...page };
  }

  /** The vouchers of the claims paid in a period, for the general ledger: two lines (debit, credit) per claim. */
  async exportVouchers(request: ExportClaimVouchers.Request, caller: CallerContext): Promise<ExportClaimVouchers.Reply> {
    if (!canSeeClaims(caller)) throw new DomainError(CommonErrors.forbidden, '无权导出记账凭证');
    if (request.to < request.from) throw new DomainError(CommonErrors.validationFailed, '日期范围有误', [{ field: 'to', code: 'order', message: 'to：截止日期不能早于起始日期' }]);
    const rows = await this.claims.paidBetween(request.from, request.to);
    const lines = rows.flatMap((claim) =>
      voucherLines(claim).map((line) => [
        claim.voucherNumber,
        claim.paidOn?.replace(/-/g, ''),
        `${claim.claimantName}报销${EXPENSE_KIND_LABELS[claim.expenseKind]}：${claim.title}（${claim.number}）`,
        line.account,
        line.side === '借' ? fenToYuan(line.amountFen) : '',
        line.side === '贷' ? fenToYuan(line.amountFen) : '',
        PAYMENT_METHOD_LABELS[claim.paymentMethod],
      ]),
    );
    const content = writeXlsx({ name: '记账凭证', header: ['凭证号', '日期', '摘要', '会计科目', '借方金额（元）', '贷方金额（元）', '结算方式'], rows: lines, widths: [16, 10, 50, 40, 14, 14, 10] });
    return { filename: `记账凭证_${request.from}_${request.to}.xlsx`, mediaType: XLSX_MEDIA_TYPE, rows: lines.length, contentBase64: content.toString('base64') };
  }

  private thresholds() {
    const thresholds = thresholdsOn(today());
    if (!thresholds) throw new DomainError(ClaimErrors.noThresholds, '没有适用的审批金额分级配置');
    return thresholds;
  }

  private levelFor(row: ClaimRow, caller: CallerContext): ApprovalLevel {
    const level = nextApproval(row.requiredApprovals as ApprovalLevel[], row.approvals.map((a) => a.level as ApprovalLevel));
    if (!level || !levelsOf(caller.roles, caller.sectionCode ?? null).includes(level)) {
      throw new DomainError(ClaimErrors.notYourLevel, `该报销单当前待${level ? APPROVAL_LEVEL_LABELS[level] : '办理'}，不由您审批`);
    }
    return level;
  }

  private reason(text: string): string {
    const reason = reasonOf(text);
    if (!reason) throw new DomainError(CommonErrors.validationFailed, '须说明理由', [{ field: 'reason', code: 'minLength', message: 'reason：须说明理由（至少 2 个字）' }]);
    return reason;
  }

  /**
   * 差旅、会议 standards in force today: inconsistent data (or, on submit, missing trips or meeting) is refused with
   * `CLAIM.STANDARD_DATA`, an amount above a cap with `CLAIM.OVER_STANDARD` citing the rule and the cap. Returns the version.
   */
  private assertStandards(claim: Pick<ClaimRow, 'expenseKind' | 'totalFen' | 'trips' | 'meeting'>, onSubmit: boolean): string {
    const standards = standardsOn(today());
    if (!standards) throw new DomainError(ClaimErrors.noStandards, '没有适用的差旅、会议开支标准配置');
    const missing = onSubmit ? missingStandardData(claim) : null;
    const { checks, problems } = checkStandards(claim, standards);
    const all = missing ? [missing, ...problems] : problems;
    if (all.length) throw new DomainError(ClaimErrors.standardDataRequired, all[0].message.replace(/^[\w.]+：/, ''), all.map((p) => ({ field: p.field, code: 'standardData', message: p.message })));
    const over = overStandardMessage(checks);
    if (over) throw new DomainError(ClaimErrors.overStandard, `${over}（配置版本 ${standards.version}）`, [{ field: claim.expenseKind === 'travel' ? 'trips' : 'meeting', code: 'overStandard', message: `${claim.expenseKind === 'travel' ? 'trips' : 'meeting'}：${over}` }]);
    return standards.version;
  }

  /** A claim charged to a budget names both the budget and the item, of a budget in execution. */
  private async assertBudget(claim: Pick<ClaimRow, 'budgetId' | 'budgetItemKey'>, manager?: import('typeorm').EntityManager): Promise<void> {
    if (!claim.budgetId && !claim.budgetItemKey) return;
    if (!claim.budgetId || !claim.budgetItemKey) {
      const field = claim.budgetId ? 'budgetItemKey' : 'budgetId';
      throw new DomainError(CommonErrors.validationFailed, '列支预算须同时填写预算和预算项目', [{ field, code: 'required', message: `${field}：列支预算须同时填写预算和预算项目` }]);
    }
    const refusal = await this.budgets.chargeRefusal(claim.budgetId, claim.budgetItemKey, manager);
    if (refusal) throw new DomainError(ClaimErrors.budgetItem, refusal, [{ field: 'budgetItemKey', code: 'budgetItem', message: `budgetItemKey：${refusal}` }]);
  }

  /** 公务卡 compulsory settlement: a cash claim for one of the 16 kinds is refused, citing the list. */
  private assertPayment(fields: Pick<ClaimFields, 'expenseKind' | 'paymentMethod'>): void {
    const refusal = paymentRefusal(fields.expenseKind, fields.paymentMethod);
    if (refusal) throw new DomainError(ClaimErrors.officialCardRequired, refusal, [{ field: 'paymentMethod', code: 'officialCardRequired', message: `paymentMethod：${refusal}` }]);
  }

  private fieldsOf(
    fields: ClaimFields,
  ): Pick<ClaimRow, 'title' | 'claimantName' | 'sectionCode' | 'expenseKind' | 'paymentMethod' | 'items' | 'attachments' | 'trips' | 'meeting' | 'budgetId' | 'budgetItemKey' | 'standardsVersion' | 'totalFen' | 'thresholdsVersion' | 'requiredApprovals'> {
    const items = fields.items.map((i) => ({ description: i.description.trim(), amountFen: i.amountFen, occurredOn: i.occurredOn, ...(i.invoiceNumber ? { invoiceNumber: i.invoiceNumber } : {}) }));
    const totalFen = claimTotal(items);
    const thresholds = this.thresholds();
    return {
      title: fields.title.trim(),
      claimantName: fields.claimantName.trim(),
      sectionCode: fields.sectionCode,
      expenseKind: fields.expenseKind,
      paymentMethod: fields.paymentMethod,
      items,
      attachments: fields.attachments ?? [],
      // Trips for a travel claim, the meeting for a meeting claim; dropped for other kinds.
      trips: fields.expenseKind === 'travel' ? (fields.trips ?? []).map((t) => ({ ...t, travellerName: t.travellerName.trim() })) : [],
      meeting: fields.expenseKind === 'meeting' && fields.meeting ? { category: fields.meeting.category, days: fields.meeting.days, attendees: fields.meeting.attendees } : null,
      budgetId: fields.budgetId ?? null,
      budgetItemKey: fields.budgetItemKey ?? null,
      standardsVersion: standardsOn(today())?.version ?? null,
      totalFen,
      thresholdsVersion: thresholds.version,
      requiredApprovals: requiredApprovals(totalFen, thresholds),
    };
  }

  /** One step on a claim, in one transaction: seen, allowed, in its state, at the version held, saved, its event and 待办 in the outbox. */
  private async step(
    id: string,
    expectedVersion: number,
    caller: CallerContext,
    from: readonly ClaimStatus[],
    who: 'manage' | 'approve',
    change: (row: ClaimRow, manager: import('typeorm').EntityManager) => string | Promise<string>,
  ): Promise<ClaimView> {
    const row = await this.transactions.run(async (tx) => {
      if (!canSeeClaims(caller)) throw new DomainError(ClaimErrors.notFound, '报销单不存在或无权查看');
      const current = await this.claims.findById(id, tx.manager, true);
      if (!current) throw new DomainError(ClaimErrors.notFound, '报销单不存在或无权查看');
      if (!(who === 'manage' ? canManageClaims(caller) : canApproveClaims(caller))) throw new DomainError(CommonErrors.forbidden, who === 'manage' ? '无权办理报销单' : '无权审批报销单');
      if (current.version !== expectedVersion) {
        throw new DomainError(ClaimErrors.versionConflict, `报销单已被他人修改（当前版本 ${current.version}，您提交的版本 ${expectedVersion}），请刷新后重试`);
      }
      if (!from.includes(current.status)) throw new DomainError(ClaimErrors.invalidState, `报销单当前状态不能进行此操作`);
      const next: ClaimRow = { ...current };
      const event = await change(next, tx.manager);
      Object.assign(next, { version: current.version + 1, updatedAt: new Date(), updatedBy: caller.username });
      if (!(await this.claims.saveIfVersion(next, expectedVersion, tx.manager))) throw new DomainError(ClaimErrors.versionConflict, '报销单已被他人修改，请刷新后重试');
      await tx.emit(event, snapshotOf(next), undefined, ClaimChanged.Event);
      await publishTaskChanges(tx, claimTaskChange(current, next, caller.userId));
      return next;
    });
    return toClaimView(row);
  }
}
