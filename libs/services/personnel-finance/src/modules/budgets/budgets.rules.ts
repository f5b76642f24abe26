import type { BudgetEntryKind, BudgetItemFields, BudgetItemView, BudgetStatus, BudgetTotals } from '@gov/contracts-personnel-finance';

/** The steps of one budget, and the states each is allowed from. */
export type BudgetStep = 'update' | 'approve' | 'adjust' | 'record' | 'void' | 'unit-budget' | 'close' | 'withdraw';

const ALLOWED: Record<BudgetStep, readonly BudgetStatus[]> = {
  update: ['draft'],
  approve: ['draft'],
  adjust: ['approved'],
  record: ['approved'],
  void: ['approved'],
  'unit-budget': ['draft', 'approved'],
  close: ['approved'],
  withdraw: ['draft'],
};

const AFTER: Partial<Record<BudgetStep, BudgetStatus>> = { approve: 'approved', close: 'closed', withdraw: 'withdrawn' };

/** Whether `step` may be taken from `status` (pure: no I/O). */
export function canTake(step: BudgetStep, status: BudgetStatus): boolean {
  return ALLOWED[step].includes(status);
}

/** The state after `step`. */
export function statusAfter(step: BudgetStep, status: BudgetStatus): BudgetStatus {
  return AFTER[step] ?? status;
}

/** An item as the record keeps it: the amount in force and the one first approved (null while draft). */
export interface BudgetItem {
  key: string;
  functionCode: string;
  economicCode: string;
  name: string;
  amountFen: number;
  originalFen: number;
}

/** Execution sums of one item (entries not voided). */
export interface ItemExecution {
  committedFen: number;
  paidFen: number;
  transferredFen: number;
  /** 报销单 approved against the item, not yet paid (counted with the commitments). */
  claimCommittedFen?: number;
}

export const NO_EXECUTION: ItemExecution = { committedFen: 0, paidFen: 0, transferredFen: 0 };

export function itemKey(item: Pick<BudgetItemFields, 'functionCode' | 'economicCode'>): string {
  return `${item.functionCode}/${item.economicCode}`;
}

/** The first key given twice, or null. */
export function duplicateKey(items: readonly Pick<BudgetItemFields, 'functionCode' | 'economicCode'>[]): string | null {
  const seen = new Set<string>();
  for (const item of items) {
    const key = itemKey(item);
    if (seen.has(key)) return key;
    seen.add(key);
  }
  return null;
}

export function itemsOf(fields: readonly BudgetItemFields[]): BudgetItem[] {
  return fields.map((f) => ({ key: itemKey(f), functionCode: f.functionCode, economicCode: f.economicCode, name: f.name.trim(), amountFen: f.amountFen, originalFen: f.amountFen }));
}

/** Executed = paid + transferred: what is spent of the item. Available = amount − executed (commitments do not reduce it). */
export function executedFen(execution: ItemExecution): number {
  return execution.paidFen + execution.transferredFen;
}

/** The execution rate in %, two decimals, by integer arithmetic (floor): 0 when the amount is 0. */
export function executionRate(executed: number, amount: number): number {
  if (amount <= 0) return 0;
  return Math.floor((executed * 10000) / amount) / 100;
}

/**
 * Whether an entry of `kind` and `amountFen` fits the item: a payment or a 拨付 may not take the item beyond its amount
 * (`BUDGET.OVER_AVAILABLE`); a commitment is not bounded (it records what is promised, paid later). Returns the
 * available amount before the entry, and whether it fits.
 */
export function fits(item: BudgetItem, execution: ItemExecution, kind: BudgetEntryKind, amountFen: number): { available: number; ok: boolean } {
  const available = item.amountFen - executedFen(execution);
  return { available, ok: kind === 'commitment' || amountFen <= available };
}

/** An adjustment's new amounts: a new key adds an item; an amount below what is already executed is refused (returns that item). */
export function applyAdjustment(
  items: readonly BudgetItem[],
  changes: readonly BudgetItemFields[],
  executionOf: (key: string) => ItemExecution,
): { items: BudgetItem[]; changes: { key: string; name: string; beforeFen: number; afterFen: number }[]; belowExecuted: { key: string; executed: number } | null } {
  const next = items.map((i) => ({ ...i }));
  const out: { key: string; name: string; beforeFen: number; afterFen: number }[] = [];
  for (const change of changes) {
    const key = itemKey(change);
    const executed = executedFen(executionOf(key));
    if (change.amountFen < executed) return { items: [...items], changes: [], belowExecuted: { key, executed } };
    const existing = next.find((i) => i.key === key);
    if (existing) {
      out.push({ key, name: change.name.trim(), beforeFen: existing.amountFen, afterFen: change.amountFen });
      existing.amountFen = change.amountFen;
      existing.name = change.name.trim();
    } else {
      out.push({ key, name: change.name.trim(), beforeFen: 0, afterFen: change.amountFen });
      next.push({ key, functionCode: change.functionCode, economicCode: change.economicCode, name: change.name.trim(), amountFen: change.amountFen, originalFen: 0 });
    }
  }
  return { items: next, changes: out, belowExecuted: null };
}

/** The items with their execution, and the totals. */
export function executionOf(items: readonly BudgetItem[], sums: ReadonlyMap<string, ItemExecution>): { items: BudgetItemView[]; totals: BudgetTotals } {
  const views: BudgetItemView[] = items.map((item) => {
    const e = sums.get(item.key) ?? NO_EXECUTION;
    const executed = executedFen(e);
    const claims = e.claimCommittedFen ?? 0;
    return { ...item, committedFen: e.committedFen + claims, claimCommittedFen: claims, paidFen: e.paidFen, transferredFen: e.transferredFen, availableFen: item.amountFen - executed, executionRate: executionRate(executed, item.amountFen) };
  });
  const sum = (f: (v: BudgetItemView) => number) => views.reduce((acc, v) => acc + f(v), 0);
  const amountFen = sum((v) => v.amountFen);
  const paidFen = sum((v) => v.paidFen);
  const transferredFen = sum((v) => v.transferredFen);
  return {
    items: views,
    totals: {
      amountFen,
      originalFen: sum((v) => v.originalFen),
      committedFen: sum((v) => v.committedFen),
      paidFen,
      transferredFen,
      availableFen: amountFen - paidFen - transferredFen,
      executionRate: executionRate(paidFen + transferredFen, amountFen),
    },
  };
}

/** Yuan with two decimals for messages, from integer 分 (no floats: string arithmetic). */
export function yuan(fen: number): string {
  const negative = fen < 0;
  const abs = Math.abs(fen);
  const whole = Math.floor(abs / 100).toLocaleString('en-US');
  return `${negative ? '-' : ''}¥${whole}.${String(abs % 100).padStart(2, '0')}`;
}
