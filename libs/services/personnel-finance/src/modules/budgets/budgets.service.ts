import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { CommonErrors, pageOf, type CallerContext } from '@gov/contracts-common';
import {
  BudgetChanged,
  BudgetErrors,
  BudgetEvents,
  type AdjustBudget,
  type ApproveBudget,
  type BudgetView,
  type CloseBudget,
  type CreateBudget,
  type ExportBudgetFinalAccounts,
  type ListBudgetEntries,
  type ListBudgets,
  type RecordBudgetEntry,
  type SetUnitBudget,
  type TransferToUnit,
  type UpdateBudget,
  type VoidBudgetEntry,
  type WithdrawBudget,
} from '@gov/contracts-personnel-finance';
import { DomainError, requireReason, Transactions, writeWorkbook, XLSX_MEDIA_TYPE } from '@gov/platform';
import type { EntityManager } from 'typeorm';
import { timelineEntry } from '../../common/timeline.js';
import { canManageBudgets, canSeeBudgets } from './budgets.policy.js';
import { BudgetsRepository, type BudgetEntryRow, type BudgetRow } from './budgets.repository.js';
import { applyAdjustment, canTake, duplicateKey, executionOf, fits, itemsOf, NO_EXECUTION, statusAfter, yuan, type BudgetStep, type ItemExecution } from './budgets.rules.js';
import { finalAccountsSheets } from './budgets.final-accounts.js';
import { snapshotOf, toBudgetSummary, toBudgetView, toEntryView } from './budgets.views.js';

const STATE_MESSAGES: Record<BudgetStep, string> = {
  update: '预算已批复，不能再修改，只能调整',
  approve: '只有编制中的预算可以批复',
  adjust: '只有执行中的预算可以调整',
  record: '只有执行中的预算可以记录承诺、支付或拨付',
  void: '只有执行中的预算可以作废执行记录',
  'unit-budget': '已决算或已撤回的预算不能再登记下属单位预算',
  close: '只有执行中的预算可以决算',
  withdraw: '只有编制中的预算可以撤回',
};

/** A step's outcome: the event it publishes, and the timeline note. */
interface StepResult {
  event: string;
  note: string | null;
}

/**
 * 预算/决算 of the office (财务科): drafted by item, approved with its 批复 (then immutable but for 调整 with a reason and its
 * approval), executed by commitments, payments and 拨付 against its items (a payment beyond an item's available amount is
 * refused), the subordinate units' budgets entered for the summary, and closed at year end with the 决算 snapshot.
 */
@Injectable()
export class BudgetsService {
  constructor(
    private readonly budgets: BudgetsRepository,
    private readonly transactions: Transactions,
  ) {}

  async create(request: CreateBudget.Request, caller: CallerContext): Promise<BudgetView> {
    this.requireManager(caller);
    const duplicate = duplicateKey(request.items);
    if (duplicate) throw new DomainError(BudgetErrors.duplicateItem, `预算项目 ${duplicate} 重复`, [{ field: 'items', code: 'duplicate', message: `items：预算项目 ${duplicate}（功能分类/经济分类）重复` }]);
    const row = await this.transactions.run(async (tx) => {
      if (await this.budgets.yearTaken(request.year, tx.manager)) throw new DomainError(BudgetErrors.duplicateYear, `${request.year} 年度已有预算，请在原预算上修改或调整`);
      const now = new Date();
      const created: BudgetRow = {
        id: randomUUID(),
        year: request.year,
        title: request.title.trim(),
        items: itemsOf(request.items),
        approval: null,
        adjustments: [],
        unitBudgets: [],
        finalAccounts: null,
        status: 'draft',
        withdrawalReason: null,
        timeline: [timelineEntry(caller.username, '编制预算', null, now)],
        version: 1,
        createdAt: now,
        createdBy: caller.username,
        updatedAt: now,
        updatedBy: caller.username,
      };
      await this.budgets.insert(created, tx.manager);
      await tx.emit(BudgetEvents.created, snapshotOf(created, new Map()), undefined, BudgetChanged.Event);
      return created;
    });
    return toBudgetView(row, new Map());
  }

  update(request: UpdateBudget.Request, caller: CallerContext): Promise<BudgetView> {
    const duplicate = duplicateKey(request.items);
    if (duplicate) throw new DomainError(BudgetErrors.duplicateItem, `预算项目 ${duplicate} 重复`, [{ field: 'items', code: 'duplicate', message: `items：预算项目 ${duplicate}（功能分类/经济分类）重复` }]);
    return this.step(request.id, request.expectedVersion, caller, 'update', async (row, manager) => {
      if (row.year !== request.year && (await this.budgets.yearTaken(request.year, manager, row.id))) throw new DomainError(BudgetErrors.duplicateYear, `${request.year} 年度已有预算`);
      row.year = request.year;
      row.title = request.title.trim();
      row.items = itemsOf(request.items);
      return { event: BudgetEvents.updated, note: null };
    });
  }

  approve(request: ApproveBudget.Request, caller: CallerContext): Promise<BudgetView> {
    return this.step(request.id, request.expectedVersion, caller, 'approve', (row) => {
      row.approval = { documentNumber: request.documentNumber.trim(), approvedOn: request.approvedOn, approvedBy: request.approvedBy.trim(), recordedBy: caller.username, recordedAt: new Date().toISOString() };
      row.items = row.items.map((i) => ({ ...i, originalFen: i.amountFen }));
      return { event: BudgetEvents.approved, note: `${request.approvedBy.trim()} ${request.documentNumber.trim()}（${request.approvedOn}）` };
    });
  }

  adjust(request: AdjustBudget.Request, caller: CallerContext): Promise<BudgetView> {
    const reason = requireReason(request.reason, '调整');
    const duplicate = duplicateKey(request.changes);
    if (duplicate) throw new DomainError(BudgetErrors.duplicateItem, `调整项目 ${duplicate} 重复`, [{ field: 'changes', code: 'duplicate', message: `changes：调整项目 ${duplicate} 重复` }]);
    return this.step(request.id, request.expectedVersion, caller, 'adjust', (row, _manager, sums) => {
      const result = applyAdjustment(row.items, request.changes, (key) => sums.get(key) ?? NO_EXECUTION);
      if (result.belowExecuted) {
        throw new DomainError(BudgetErrors.belowExecuted, `预算项目 ${result.belowExecuted.key} 已支付和拨付 ${yuan(result.belowExecuted.executed)}，调整后金额不能低于已执行金额`);
      }
      row.items = result.items;
      const sequence = row.adjustments.length + 1;
      row.adjustments = [
        ...row.adjustments,
        { sequence, reason, documentNumber: request.documentNumber.trim(), approvedBy: request.approvedBy.trim(), approvedOn: request.approvedOn, changes: result.changes, recordedBy: caller.username, recordedAt: new Date().toISOString() },
      ];
      return { event: BudgetEvents.adjusted, note: `第 ${sequence} 次调整：${reason}（${request.documentNumber.trim()}）` };
    });
  }

  recordEntry(request: RecordBudgetEntry.Request, caller: CallerContext): Promise<BudgetView> {
    return this.step(request.id, request.expectedVersion, caller, 'record', async (row, manager, sums) => {
      await this.addEntry(row, manager, sums, caller, { kind: request.kind, itemKey: request.itemKey, amountFen: request.amountFen, occurredOn: request.occurredOn, reference: request.reference.trim(), purpose: request.purpose.trim() });
      return { event: BudgetEvents.entryRecorded, note: `${request.kind === 'payment' ? '支付' : '承诺'} ${yuan(request.amountFen)}（${request.itemKey}，${request.reference.trim()}）` };
    });
  }

  transfer(request: TransferToUnit.Request, caller: CallerContext): Promise<BudgetView> {
    return this.step(request.id, request.expectedVersion, caller, 'record', async (row, manager, sums) => {
      await this.addEntry(row, manager, sums, caller, {
        kind: 'transfer',
        itemKey: request.itemKey,
        amountFen: request.amountFen,
        occurredOn: request.occurredOn,
        reference: request.reference?.trim() || '拨付',
        purpose: request.purpose.trim(),
        unitId: request.unitId,
        unitName: request.unitName.trim(),
        approvedBy: request.approvedBy.trim(),
        approvedOn: request.approvedOn,
      });
      return { event: BudgetEvents.transferred, note: `拨付 ${request.unitName.trim()} ${yuan(request.amountFen)}（${request.purpose.trim()}；${request.approvedBy.trim()} ${request.approvedOn} 批准）` };
    });
  }

  voidEntry(request: VoidBudgetEntry.Request, caller: CallerContext): Promise<BudgetView> {
    const reason = requireReason(request.reason, '作废');
    return this.step(request.id, request.expectedVersion, caller, 'void', async (row, manager, sums) => {
      const entry = await this.budgets.findEntry(request.entryId, manager, true);
      if (!entry || entry.budgetId !== row.id || entry.status !== 'recorded') throw new DomainError(BudgetErrors.unknownEntry, '执行记录不存在或已作废');
      await this.budgets.voidEntry(entry.id, reason, caller.username, manager);
      const e = { ...(sums.get(entry.itemKey) ?? NO_EXECUTION) };
      if (entry.kind === 'commitment') e.committedFen -= entry.amountFen;
      else if (entry.kind === 'payment') e.paidFen -= entry.amountFen;
      else e.transferredFen -= entry.amountFen;
      sums.set(entry.itemKey, e);
      return { event: BudgetEvents.entryVoided, note: `作废 ${yuan(entry.amountFen)}（${entry.reference}）：${reason}` };
    });
  }

  setUnitBudget(request: SetUnitBudget.Request, caller: CallerContext): Promise<BudgetView> {
    return this.step(request.id, request.expectedVersion, caller, 'unit-budget', (row) => {
      const entry = {
        unitId: request.unitId,
        unitName: request.unitName.trim(),
        basicFen: request.basicFen,
        projectFen: request.projectFen,
        totalFen: request.basicFen + request.projectFen,
        note: request.note?.trim() || null,
        enteredBy: caller.username,
        enteredAt: new Date().toISOString(),
      };
      const before = row.unitBudgets.find((u) => u.unitId === request.unitId);
      row.unitBudgets = before ? row.unitBudgets.map((u) => (u.unitId === request.unitId ? entry : u)) : [...row.unitBudgets, entry];
      return { event: BudgetEvents.unitBudgetSet, note: `${entry.unitName} ${yuan(entry.totalFen)}${before ? `（原 ${yuan(before.totalFen)}）` : ''}` };
    });
  }

  close(request: CloseBudget.Request, caller: CallerContext): Promise<BudgetView> {
    return this.step(request.id, request.expectedVersion, caller, 'close', (row, _manager, sums) => {
      const { items, totals } = executionOf(row.items, sums);
      row.finalAccounts = { closedOn: request.closedOn, items, totals, unitBudgetsTotalFen: row.unitBudgets.reduce((acc, u) => acc + u.totalFen, 0), closedBy: caller.username, closedAt: new Date().toISOString() };
      return { event: BudgetEvents.closed, note: `决算：预算 ${yuan(totals.amountFen)}，执行 ${yuan(totals.paidFen + totals.transferredFen)}（${totals.executionRate}%）` };
    });
  }

  withdraw(request: WithdrawBudget.Request, caller: CallerContext): Promise<BudgetView> {
    const reason = requireReason(request.reason);
    return this.step(request.id, request.expectedVersion, caller, 'withdraw', (row) => {
      row.withdrawalReason = reason;
      return { event: BudgetEvents.withdrawn, note: reason };
    });
  }

  /**
   * Why a claim may not be charged to `itemKey` of `budgetId` (no such budget, not in execution, no such item), in
   * Chinese; null when it may. Called by the claims module.
   */
  async chargeRefusal(budgetId: string, itemKey: string, manager?: EntityManager): Promise<string | null> {
    const row = await this.budgets.findById(budgetId, manager);
    if (!row) return '列支的预算不存在';
    if (row.status !== 'approved') return `${row.year} 年度预算不在执行中（${row.status === 'closed' ? '已决算' : row.status === 'draft' ? '尚未批复' : '已撤回'}），不能列支`;
    if (!row.items.some((i) => i.key === itemKey)) return `${row.year} 年度预算中没有项目 ${itemKey}`;
    return null;
  }

  /**
   * A paid 报销单 as a payment against its budget item, in the claim's transaction (a savepoint of it): the budget's next
   * version, a payment entry naming the claim, its timeline line and `budget.entry-recorded`. Beyond the item's available
   * amount it is refused with `BUDGET.OVER_AVAILABLE` (《预算法》第十三条), and the claim stays unpaid. The claim's
   * `claims:manage` authorises it (the caller need not hold `budgets:manage`).
   */
  async chargeClaimPayment(
    charge: { budgetId: string; itemKey: string; amountFen: number; paidOn: string; claimId: string; claimNumber: string; voucherNumber: string; purpose: string },
    caller: CallerContext,
  ): Promise<void> {
    await this.step(
      charge.budgetId,
      null,
      caller,
      'record',
      async (row, manager, sums) => {
        await this.addEntry(row, manager, sums, caller, {
          kind: 'payment',
          itemKey: charge.itemKey,
          amountFen: charge.amountFen,
          occurredOn: charge.paidOn,
          reference: `${charge.voucherNumber}（${charge.claimNumber}）`,
          purpose: charge.purpose,
          claimId: charge.claimId,
        });
        return { event: BudgetEvents.entryRecorded, note: `报销单 ${charge.claimNumber} 支付 ${yuan(charge.amountFen)}（${charge.itemKey}，${charge.voucherNumber}）` };
      },
      true,
    );
  }

  /** 决算 as .xlsx (a closed budget: its snapshot, never a recomputation). */
  async exportFinalAccounts(request: ExportBudgetFinalAccounts.Request, caller: CallerContext): Promise<ExportBudgetFinalAccounts.Reply> {
    this.requireReader(caller);
    const row = await this.budgets.findById(request.id);
    if (!row) throw new DomainError(BudgetErrors.notFound, '预算不存在');
    if (!row.finalAccounts) throw new DomainError(BudgetErrors.notClosed, `${row.year} 年度预算尚未决算，决算表在决算后导出`);
    const sheets = finalAccountsSheets(row, row.finalAccounts);
    return { filename: `${row.year}年度决算表.xlsx`, mediaType: XLSX_MEDIA_TYPE, rows: sheets[0].rows.length, contentBase64: writeWorkbook(sheets).toString('base64') };
  }

  async get(id: string, caller: CallerContext): Promise<BudgetView> {
    this.requireReader(caller);
    const row = await this.budgets.findById(id);
    if (!row) throw new DomainError(BudgetErrors.notFound, '预算不存在');
    return toBudgetView(row, await this.budgets.executionSums(row.id));
  }

  async list(request: ListBudgets.Request, caller: CallerContext): Promise<ListBudgets.Reply> {
    this.requireReader(caller);
    const page = pageOf(request);
    const { items, total } = await this.budgets.search({ ...request, ...page });
    return { items: items.map(toBudgetSummary), total, ...page };
  }

  async entries(request: ListBudgetEntries.Request, caller: CallerContext): Promise<ListBudgetEntries.Reply> {
    this.requireReader(caller);
    if (!(await this.budgets.findById(request.id))) throw new DomainError(BudgetErrors.notFound, '预算不存在');
    const page = pageOf(request);
    const { items, total } = await this.budgets.searchEntries({ ...request, ...page });
    return { items: items.map(toEntryView), total, ...page };
  }

  private requireReader(caller: CallerContext): void {
    if (!canSeeBudgets(caller)) throw new DomainError(CommonErrors.forbidden, '无权查看预算');
  }

  private requireManager(caller: CallerContext): void {
    if (!canManageBudgets(caller)) throw new DomainError(CommonErrors.forbidden, '无权办理预算');
  }

  /** A commitment, payment or 拨付 against an item of the budget: the item must exist, and a payment or 拨付 fit its available amount. */
  private async addEntry(
    row: BudgetRow,
    manager: EntityManager,
    sums: Map<string, ItemExecution>,
    caller: CallerContext,
    entry: Pick<BudgetEntryRow, 'kind' | 'itemKey' | 'amountFen' | 'occurredOn' | 'reference' | 'purpose'> & Partial<Pick<BudgetEntryRow, 'unitId' | 'unitName' | 'approvedBy' | 'approvedOn' | 'claimId'>>,
  ): Promise<void> {
    const item = row.items.find((i) => i.key === entry.itemKey);
    if (!item) throw new DomainError(BudgetErrors.unknownItem, `预算项目 ${entry.itemKey} 不存在，请先调整预算增加该项目`, [{ field: 'itemKey', code: 'unknown', message: `itemKey：预算项目 ${entry.itemKey} 不存在` }]);
    const execution = sums.get(item.key) ?? NO_EXECUTION;
    const check = fits(item, execution, entry.kind, entry.amountFen);
    if (!check.ok) {
      throw new DomainError(
        BudgetErrors.overAvailable,
        `${entry.kind === 'transfer' ? '拨付' : '支付'} ${yuan(entry.amountFen)} 超出预算项目「${item.name}」（${item.key}）的可用余额 ${yuan(check.available)}：无预算不得支出，须先调整预算（《中华人民共和国预算法》第十三条）`,
        [{ field: 'amountFen', code: 'overAvailable', message: `amountFen：超出可用余额 ${yuan(check.available)}` }],
      );
    }
    const now = new Date();
    await this.budgets.insertEntry(
      {
        id: randomUUID(),
        budgetId: row.id,
        itemKey: item.key,
        kind: entry.kind,
        amountFen: entry.amountFen,
        occurredOn: entry.occurredOn,
        reference: entry.reference,
        purpose: entry.purpose,
        unitId: entry.unitId ?? null,
        unitName: entry.unitName ?? null,
        approvedBy: entry.approvedBy ?? null,
        approvedOn: entry.approvedOn ?? null,
        status: 'recorded',
        voidReason: null,
        voidedAt: null,
        voidedBy: null,
        claimId: entry.claimId ?? null,
        createdAt: now,
        createdBy: caller.username,
      },
      manager,
    );
    const next = { ...execution };
    if (entry.kind === 'commitment') next.committedFen += entry.amountFen;
    else if (entry.kind === 'payment') next.paidFen += entry.amountFen;
    else next.transferredFen += entry.amountFen;
    sums.set(item.key, next);
  }

  /** One step on the budget, in one transaction: allowed, at the version held, saved with its timeline line, its event in the outbox. */
  private async step(
    id: string,
    /** null: the version current when locked (a step taken for another record's step, e.g. a claim's payment). */
    expectedVersion: number | null,
    caller: CallerContext,
    step: BudgetStep,
    change: (row: BudgetRow, manager: EntityManager, sums: Map<string, ItemExecution>) => StepResult | Promise<StepResult>,
    authorizedElsewhere = false,
  ): Promise<BudgetView> {
    if (!authorizedElsewhere) this.requireManager(caller);
    const [row, sums] = await this.transactions.run(async (tx) => {
      const current = await this.budgets.findById(id, tx.manager, true);
      if (!current) throw new DomainError(BudgetErrors.notFound, '预算不存在');
      if (expectedVersion !== null && current.version !== expectedVersion) {
        throw new DomainError(BudgetErrors.versionConflict, `预算已被他人修改（当前版本 ${current.version}，您提交的版本 ${expectedVersion}），请刷新后重试`);
      }
      if (!canTake(step, current.status)) throw new DomainError(BudgetErrors.invalidState, STATE_MESSAGES[step]);
      const sums = await this.budgets.executionSums(current.id, tx.manager);
      const next: BudgetRow = { ...current };
      const result = await change(next, tx.manager, sums);
      const now = new Date();
      Object.assign(next, {
        status: statusAfter(step, current.status),
        version: current.version + 1,
        updatedAt: now,
        updatedBy: caller.username,
        timeline: [...current.timeline, timelineEntry(caller.username, STEP_LABELS[step], result.note, now)],
      });
      if (!(await this.budgets.saveIfVersion(next, current.version, tx.manager))) throw new DomainError(BudgetErrors.versionConflict, '预算已被他人修改，请刷新后重试');
      await tx.emit(result.event, snapshotOf(next, sums), undefined, BudgetChanged.Event);
      return [next, sums] as const;
    });
    return toBudgetView(row, sums);
  }
}

const STEP_LABELS: Record<BudgetStep, string> = {
  update: '修改预算',
  approve: '预算批复',
  adjust: '预算调整',
  record: '记录执行',
  void: '作废执行记录',
  'unit-budget': '登记下属单位预算',
  close: '决算',
  withdraw: '撤回',
};
