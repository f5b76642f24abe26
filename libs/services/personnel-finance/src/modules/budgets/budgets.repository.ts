import { Inject, Injectable } from '@nestjs/common';
import type { BudgetAdjustmentView, BudgetApprovalView, BudgetEntryKind, BudgetFinalAccountsView, BudgetStatus, ListBudgetEntries, ListBudgets, UnitBudgetView } from '@gov/contracts-personnel-finance';
import { Columns, Conditions, DATA_SOURCE, SCHEMA, selectPage, Table, type Paged } from '@gov/platform';
import type { DataSource, EntityManager } from 'typeorm';
import type { TimelineEntry } from '../../common/timeline.js';
import type { BudgetItem, ItemExecution } from './budgets.rules.js';

export interface BudgetRow {
  id: string;
  year: number;
  title: string;
  items: BudgetItem[];
  approval: BudgetApprovalView | null;
  adjustments: BudgetAdjustmentView[];
  unitBudgets: UnitBudgetView[];
  finalAccounts: BudgetFinalAccountsView | null;
  status: BudgetStatus;
  withdrawalReason: string | null;
  timeline: TimelineEntry[];
  version: number;
  createdAt: Date;
  createdBy: string;
  updatedAt: Date;
  updatedBy: string;
}

export interface BudgetEntryRow {
  id: string;
  budgetId: string;
  itemKey: string;
  kind: BudgetEntryKind;
  amountFen: number;
  occurredOn: string;
  reference: string;
  purpose: string;
  unitId: string | null;
  unitName: string | null;
  approvedBy: string | null;
  approvedOn: string | null;
  status: 'recorded' | 'voided';
  voidReason: string | null;
  voidedAt: Date | null;
  voidedBy: string | null;
  claimId: string | null;
  createdAt: Date;
  createdBy: string;
}

const COLUMNS = new Columns<BudgetRow>({
  id: 'id',
  year: 'year',
  title: 'title',
  items: ['items', 'json'],
  approval: ['approval', 'json'],
  adjustments: ['adjustments', 'json'],
  unitBudgets: ['unit_budgets', 'json'],
  finalAccounts: ['final_accounts', 'json'],
  status: 'status',
  withdrawalReason: 'withdrawal_reason',
  timeline: ['timeline', 'json'],
  version: 'version',
  createdAt: 'created_at',
  createdBy: 'created_by',
  updatedAt: 'updated_at',
  updatedBy: 'updated_by',
});

const ENTRY_COLUMNS = new Columns<BudgetEntryRow>({
  id: 'id',
  budgetId: 'budget_id',
  itemKey: 'item_key',
  kind: 'kind',
  amountFen: ['amount_fen', 'number'],
  occurredOn: ['occurred_on', 'date'],
  reference: 'reference',
  purpose: 'purpose',
  unitId: 'unit_id',
  unitName: 'unit_name',
  approvedBy: 'approved_by',
  approvedOn: ['approved_on', 'date'],
  status: 'status',
  voidReason: 'void_reason',
  voidedAt: 'voided_at',
  voidedBy: 'voided_by',
  claimId: 'claim_id',
  createdAt: 'created_at',
  createdBy: 'created_by',
});

/** The only place that speaks SQL for 预算/决算. */
@Injectable()
export class BudgetsRepository {
  private readonly table: Table<BudgetRow>;
  private readonly entries: Table<BudgetEntryRow>;
  private readonly claims: string;

  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(SCHEMA) schema: string,
  ) {
    this.table = new Table(`"${schema}".budget`, COLUMNS);
    this.entries = new Table(`"${schema}".budget_entry`, ENTRY_COLUMNS);
    this.claims = `"${schema}".claim`;
  }

  findById(id: string, manager: EntityManager = this.dataSource.manager, forUpdate = false): Promise<BudgetRow | null> {
    return this.table.find(manager, id, forUpdate);
  }

  async yearTaken(year: number, manager: EntityManager, exceptId?: string): Promise<boolean> {
    const rows = (await manager.query(`SELECT 1 FROM ${this.table.name} WHERE year = $1 AND status <> 'withdrawn' AND id <> $2`, [year, exceptId ?? '00000000-0000-0000-0000-000000000000'])) as unknown[];
    return rows.length > 0;
  }

  async insert(row: BudgetRow, manager: EntityManager): Promise<void> {
    await this.table.insert(manager, row);
  }

  /** Saves the next version if nobody saved one since `expectedVersion`; false when somebody did. */
  saveIfVersion(row: BudgetRow, expectedVersion: number, manager: EntityManager): Promise<boolean> {
    return this.table.saveIfVersion(manager, row, expectedVersion);
  }

  async insertEntry(row: BudgetEntryRow, manager: EntityManager): Promise<void> {
    await this.entries.insert(manager, row);
  }

  findEntry(id: string, manager: EntityManager, forUpdate = false): Promise<BudgetEntryRow | null> {
    return this.entries.find(manager, id, forUpdate);
  }

  async voidEntry(id: string, reason: string, by: string, manager: EntityManager): Promise<void> {
    await manager.query(`UPDATE ${this.entries.name} SET status = 'voided', void_reason = $2, voided_at = now(), voided_by = $3 WHERE id = $1 AND status = 'recorded'`, [id, reason, by]);
  }

  /** The execution sums of each item of a budget (voided entries left out), exact: bigint sums read as text. */
  async executionSums(budgetId: string, manager: EntityManager = this.dataSource.manager): Promise<Map<string, ItemExecution>> {
    const rows = (await manager.query(
      `SELECT item_key,
              COALESCE(SUM(amount_fen) FILTER (WHERE kind = 'commitment'), 0)::text AS committed,
              COALESCE(SUM(amount_fen) FILTER (WHERE kind = 'payment'), 0)::text AS paid,
              COALESCE(SUM(amount_fen) FILTER (WHERE kind = 'transfer'), 0)::text AS transferred
         FROM ${this.entries.name} WHERE budget_id = $1 AND status = 'recorded' GROUP BY item_key`,
      [budgetId],
    )) as { item_key: string; committed: string; paid: string; transferred: string }[];
    const sums = new Map<string, ItemExecution>(rows.map((r) => [r.item_key, { committedFen: Number(r.committed), paidFen: Number(r.paid), transferredFen: Number(r.transferred), claimCommittedFen: 0 }]));
    // 报销单 approved and charged to an item but not yet paid: commitments of the item (paid ones are payment entries).
    const claims = (await manager.query(`SELECT budget_item_key, SUM(total_fen)::text AS committed FROM ${this.claims} WHERE budget_id = $1 AND status = 'approved' GROUP BY budget_item_key`, [budgetId])) as {
      budget_item_key: string;
      committed: string;
    }[];
    for (const c of claims) {
      const e = sums.get(c.budget_item_key) ?? { committedFen: 0, paidFen: 0, transferredFen: 0, claimCommittedFen: 0 };
      sums.set(c.budget_item_key, { ...e, claimCommittedFen: Number(c.committed) });
    }
    return sums;
  }

  searchEntries(query: ListBudgetEntries.Request & { limit: number; offset: number }): Promise<Paged<BudgetEntryRow>> {
    const where = new Conditions().when(query.id, 'budget_id = ?').when(query.itemKey, 'item_key = ?').when(query.kind, 'kind = ?');
    return selectPage(this.dataSource, { columns: this.entries.select(), from: this.entries.name, where, orderBy: 'occurred_on DESC, created_at DESC, id', limit: query.limit, offset: query.offset }, (row) =>
      ENTRY_COLUMNS.read(row),
    );
  }

  search(query: ListBudgets.Request & { limit: number; offset: number }): Promise<Paged<BudgetRow>> {
    const where = new Conditions().when(query.status, 'status = ?').search(query.q, 'title');
    return selectPage(this.dataSource, { columns: this.table.select(), from: this.table.name, where, orderBy: 'year DESC, created_at DESC, id', limit: query.limit, offset: query.offset }, (row) =>
      COLUMNS.read(row),
    );
  }
}
