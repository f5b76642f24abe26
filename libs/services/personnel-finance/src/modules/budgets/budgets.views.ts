import type { BudgetEntryView, BudgetSnapshot, BudgetSummaryView, BudgetView } from '@gov/contracts-personnel-finance';
import type { BudgetEntryRow, BudgetRow } from './budgets.repository.js';
import { executedFen, executionOf, type ItemExecution } from './budgets.rules.js';

/** Row + execution sums → view (a closed budget shows its 决算 snapshot, never a recomputation). */
export function toBudgetView(row: BudgetRow, sums: ReadonlyMap<string, ItemExecution>): BudgetView {
  const execution = row.finalAccounts ? { items: row.finalAccounts.items, totals: row.finalAccounts.totals } : executionOf(row.items, sums);
  return {
    id: row.id,
    year: row.year,
    title: row.title,
    status: row.status,
    items: execution.items,
    totals: execution.totals,
    approval: row.approval,
    adjustments: row.adjustments,
    unitBudgets: row.unitBudgets,
    unitBudgetsTotalFen: row.unitBudgets.reduce((acc, u) => acc + u.totalFen, 0),
    finalAccounts: row.finalAccounts,
    withdrawalReason: row.withdrawalReason,
    timeline: row.timeline,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    createdBy: row.createdBy,
    updatedAt: row.updatedAt.toISOString(),
    updatedBy: row.updatedBy,
  };
}

export function toBudgetSummary(row: BudgetRow): BudgetSummaryView {
  return { id: row.id, year: row.year, title: row.title, status: row.status, amountFen: row.items.reduce((acc, i) => acc + i.amountFen, 0), version: row.version, updatedAt: row.updatedAt.toISOString() };
}

export function toEntryView(row: BudgetEntryRow): BudgetEntryView {
  return {
    id: row.id,
    budgetId: row.budgetId,
    itemKey: row.itemKey,
    kind: row.kind,
    amountFen: row.amountFen,
    occurredOn: row.occurredOn,
    reference: row.reference,
    purpose: row.purpose,
    unitId: row.unitId,
    unitName: row.unitName,
    approvedBy: row.approvedBy,
    approvedOn: row.approvedOn,
    status: row.status,
    voidReason: row.voidReason,
    claimId: row.claimId,
    createdAt: row.createdAt.toISOString(),
    createdBy: row.createdBy,
  };
}

/** What the events carry. */
export function snapshotOf(row: BudgetRow, sums: ReadonlyMap<string, ItemExecution>): BudgetSnapshot {
  const executed = [...sums.values()].reduce((acc, e) => acc + executedFen(e), 0);
  return { id: row.id, year: row.year, title: row.title, status: row.status, amountFen: row.items.reduce((acc, i) => acc + i.amountFen, 0), executedFen: executed, version: row.version };
}
