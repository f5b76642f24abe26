import { Inject, Injectable } from '@nestjs/common';
import type { ClaimApprovalView, ClaimItem, ClaimMeeting, ClaimStatus, ClaimTrip, ExpenseKind, ListClaims, PaymentMethod } from '@gov/contracts-personnel-finance';
import { Columns, Conditions, DATA_SOURCE, SCHEMA, selectPage, Table, type Paged } from '@gov/platform';
import type { DataSource, EntityManager } from 'typeorm';
import type { TimelineEntry } from '../../common/timeline.js';

export interface ClaimRow {
  id: string;
  number: string;
  title: string;
  claimantName: string;
  sectionCode: string;
  expenseKind: ExpenseKind;
  paymentMethod: PaymentMethod;
  items: ClaimItem[];
  attachments: string[];
  trips: ClaimTrip[];
  meeting: ClaimMeeting | null;
  budgetId: string | null;
  budgetItemKey: string | null;
  totalFen: number;
  status: ClaimStatus;
  thresholdsVersion: string;
  standardsVersion: string | null;
  requiredApprovals: string[];
  approvals: ClaimApprovalView[];
  voucherNumber: string | null;
  paidOn: string | null;
  reason: string | null;
  timeline: TimelineEntry[];
  version: number;
  createdAt: Date;
  createdBy: string;
  updatedAt: Date;
  updatedBy: string;
}

const COLUMNS = new Columns<ClaimRow>({
  id: 'id',
  number: 'number',
  title: 'title',
  claimantName: 'claimant_name',
  sectionCode: 'section_code',
  expenseKind: 'expense_kind',
  paymentMethod: 'payment_method',
  items: ['items', 'json'],
  attachments: ['attachments', 'json'],
  trips: ['trips', 'json'],
  meeting: ['meeting', 'json'],
  budgetId: 'budget_id',
  budgetItemKey: 'budget_item_key',
  totalFen: ['total_fen', 'number'],
  status: 'status',
  thresholdsVersion: 'thresholds_version',
  standardsVersion: 'standards_version',
  requiredApprovals: ['required_approvals', 'json'],
  approvals: ['approvals', 'json'],
  voucherNumber: 'voucher_number',
  paidOn: ['paid_on', 'date'],
  reason: 'reason',
  timeline: ['timeline', 'json'],
  version: 'version',
  createdAt: 'created_at',
  createdBy: 'created_by',
  updatedAt: 'updated_at',
  updatedBy: 'updated_by',
});

/** The only place that speaks SQL for 报销单. */
@Injectable()
export class ClaimsRepository {
  private readonly table: Table<ClaimRow>;
  private readonly counters: string;

  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(SCHEMA) schema: string,
  ) {
    this.table = new Table(`"${schema}".claim`, COLUMNS);
    this.counters = `"${schema}".number_counter`;
  }

  findById(id: string, manager: EntityManager = this.dataSource.manager, forUpdate = false): Promise<ClaimRow | null> {
    return this.table.find(manager, id, forUpdate);
  }

  async insert(row: ClaimRow, manager: EntityManager): Promise<void> {
    await this.table.insert(manager, row);
  }

  /** The next number of a series (`claim-2026`, `voucher-2026-12`), in the caller's transaction: gap-free, one writer at a time. */
  async nextNumber(series: string, manager: EntityManager): Promise<number> {
    const [row] = (await manager.query(`INSERT INTO ${this.counters} (name, last) VALUES ($1, 1) ON CONFLICT (name) DO UPDATE SET last = ${this.counters}.last + 1 RETURNING last`, [series])) as { last: number }[];
    return Number(row.last);
  }

  /** Saves the next version if nobody saved one since `expectedVersion`; false when somebody did. */
  saveIfVersion(row: ClaimRow, expectedVersion: number, manager: EntityManager): Promise<boolean> {
    return this.table.saveIfVersion(manager, row, expectedVersion);
  }

  search(query: ListClaims.Request & { limit: number; offset: number }): Promise<Paged<ClaimRow>> {
    const where = new Conditions().when(query.status, 'status = ?').when(query.expenseKind, 'expense_kind = ?').search(query.q, 'title', 'claimant_name', 'number');
    return selectPage(this.dataSource, { columns: this.table.select(), from: this.table.name, where, orderBy: 'created_at DESC, id', limit: query.limit, offset: query.offset }, (row) => COLUMNS.read(row));
  }

  /** The paid claims of a period, by voucher number (for the general-ledger export). */
  async paidBetween(from: string, to: string): Promise<ClaimRow[]> {
    const rows = (await this.dataSource.query(`SELECT ${this.table.select()} FROM ${this.table.name} WHERE status = 'paid' AND paid_on BETWEEN $1 AND $2 ORDER BY voucher_number`, [from, to])) as Record<
      string,
      unknown
    >[];
    return rows.map((r) => COLUMNS.read(r));
  }
}
