import { Inject, Injectable } from '@nestjs/common';
import type { DuesReductionKind, DuesReductionStatus, ListDues } from '@gov/contracts-party-affairs';
import { Columns, Conditions, DATA_SOURCE, SCHEMA, selectPage, Table, updatedCount, type Paged } from '@gov/platform';
import type { DataSource, EntityManager } from 'typeorm';
import type { ReductionSpan } from './dues.rules.js';

export interface DuesReductionRow {
  id: string;
  memberId: string;
  branchId: string;
  kind: DuesReductionKind;
  fromMonth: string;
  toMonth: string;
  reducedMonthlyFen: number | null;
  reason: string;
  status: DuesReductionStatus;
  branchDecidedOn: string | null;
  branchMeetingRef: string | null;
  approver: string | null;
  approvedOn: string | null;
  refusalReason: string | null;
  withdrawalReason: string | null;
  version: number;
  createdAt: Date;
  createdBy: string;
  updatedAt: Date;
  updatedBy: string;
}

/** A reduction with its member's name and branch (joined for the views and the access rule). */
export type DuesReductionWithNames = DuesReductionRow & { memberName: string; branchName: string; unitId: string | null };

const COLUMNS = new Columns<DuesReductionRow>({
  id: 'id',
  memberId: 'member_id',
  branchId: 'branch_id',
  kind: 'kind',
  fromMonth: 'from_month',
  toMonth: 'to_month',
  reducedMonthlyFen: 'reduced_monthly_fen',
  reason: 'reason',
  status: 'status',
  branchDecidedOn: ['branch_decided_on', 'date'],
  branchMeetingRef: 'branch_meeting_ref',
  approver: 'approver',
  approvedOn: ['approved_on', 'date'],
  refusalReason: 'refusal_reason',
  withdrawalReason: 'withdrawal_reason',
  version: 'version',
  createdAt: 'created_at',
  createdBy: 'created_by',
  updatedAt: 'updated_at',
  updatedBy: 'updated_by',
});

/** One recorded payment with its receipt. */
export interface PaymentRow {
  id: string;
  memberId: string;
  memberName: string;
  branchId: string;
  month: string;
  amountFen: number;
  paidOn: string;
  recordedBy: string;
  recordedAt: Date;
  receiptYear: number;
  receiptSeq: number;
  voidedAt: Date | null;
  voidedBy: string | null;
  voidReason: string | null;
}

/** A member as the dues computations need it. */
export interface DuesMember {
  id: string;
  name: string;
  branchId: string;
  stage: string;
  status: string;
  admittedOn: string | null;
  duesMonthlyFen: number | null;
}

export interface BranchInfo {
  id: string;
  name: string;
  unitId: string | null;
  status: string;
}

const PAYMENT_SELECT = `p.id, p.member_id AS "memberId", m.name AS "memberName", p.branch_id AS "branchId", p.month, p.amount_fen AS "amountFen",
  to_char(p.paid_on, 'YYYY-MM-DD') AS "paidOn", p.recorded_by AS "recordedBy", p.recorded_at AS "recordedAt", p.receipt_year AS "receiptYear",
  p.receipt_seq AS "receiptSeq", p.voided_at AS "voidedAt", p.voided_by AS "voidedBy", p.void_reason AS "voidReason"`;

/** The only place that speaks SQL for 党费减免, 党费收据 and the yearly statement. */
@Injectable()
export class DuesRepository {
  private readonly table: Table<DuesReductionRow>;
  private readonly s: string;

  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(SCHEMA) schema: string,
  ) {
    this.s = schema;
    this.table = new Table(`"${schema}".dues_reduction`, COLUMNS);
  }

  private get withNames(): string {
    return `"${this.s}".dues_reduction r JOIN "${this.s}".member m ON m.id = r.member_id JOIN "${this.s}".branch b ON b.id = r.branch_id`;
  }

  private read(row: Record<string, unknown>): DuesReductionWithNames {
    return { ...COLUMNS.read(row), memberName: row.memberName as string, branchName: row.branchName as string, unitId: (row.unitId as string | null) ?? null };
  }

  async findById(id: string, manager: EntityManager = this.dataSource.manager, forUpdate = false): Promise<DuesReductionWithNames | null> {
    const rows = (await manager.query(
      `SELECT ${COLUMNS.select('r')}, m.name AS "memberName", b.name AS "branchName", b.unit_id AS "unitId" FROM ${this.withNames} WHERE r.id = $1${forUpdate ? ' FOR UPDATE OF r' : ''}`,
      [id],
    )) as Record<string, unknown>[];
    return rows.length ? this.read(rows[0]) : null;
  }

  async insert(row: DuesReductionRow, manager: EntityManager): Promise<void> {
    await this.table.insert(manager, row);
  }

  /** Saves the next version if nobody saved one since `expectedVersion`; false when somebody did. */
  saveIfVersion(row: DuesReductionRow, expectedVersion: number, manager: EntityManager): Promise<boolean> {
    return this.table.saveIfVersion(manager, row, expectedVersion);
  }

  search(query: ListDues.Request & { limit: number; offset: number; onlyUnitId?: string }): Promise<Paged<DuesReductionWithNames>> {
    const where = new Conditions().when(query.status, 'r.status = ?').when(query.memberId, 'r.member_id = ?').when(query.onlyUnitId, 'b.unit_id = ?').search(query.q, 'm.name');
    return selectPage(
      this.dataSource,
      { columns: `${COLUMNS.select('r')}, m.name AS "memberName", b.name AS "branchName", b.unit_id AS "unitId"`, from: this.withNames, where, orderBy: 'r.created_at DESC, r.id', limit: query.limit, offset: query.offset },
      (row) => this.read(row),
    );
  }

  /** A member's reductions (every state), locked with the member by the caller's transaction when it holds one. */
  async reductionsOf(memberId: string, manager: EntityManager = this.dataSource.manager): Promise<ReductionSpan[]> {
    return (await manager.query(
      `SELECT id, kind, from_month AS "fromMonth", to_month AS "toMonth", reduced_monthly_fen AS "reducedMonthlyFen", status FROM "${this.s}".dues_reduction WHERE member_id = $1 ORDER BY from_month`,
      [memberId],
    )) as ReductionSpan[];
  }

  /** The reductions in force of several members, by member. */
  async reductionsInForce(memberIds: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<Map<string, ReductionSpan[]>> {
    const byMember = new Map<string, ReductionSpan[]>();
    if (!memberIds.length) return byMember;
    const rows = (await manager.query(
      `SELECT member_id AS "memberId", id, kind, from_month AS "fromMonth", to_month AS "toMonth", reduced_monthly_fen AS "reducedMonthlyFen", status
         FROM "${this.s}".dues_reduction WHERE status = 'in_force' AND member_id = ANY($1::uuid[])`,
      [memberIds],
    )) as (ReductionSpan & { memberId: string })[];
    for (const { memberId, ...span } of rows) byMember.set(memberId, [...(byMember.get(memberId) ?? []), span]);
    return byMember;
  }

  async member(id: string, manager: EntityManager = this.dataSource.manager): Promise<(DuesMember & { unitId: string | null }) | null> {
    const rows = (await manager.query(
      `SELECT m.id, m.name, m.branch_id AS "branchId", m.stage, m.status, to_char(m.admitted_on, 'YYYY-MM-DD') AS "admittedOn", m.dues_monthly_fen AS "duesMonthlyFen", b.unit_id AS "unitId"
         FROM "${this.s}".member m JOIN "${this.s}".branch b ON b.id = m.branch_id WHERE m.id = $1 FOR UPDATE OF m`,
      [id],
    )) as (DuesMember & { unitId: string | null })[];
    return rows[0] ?? null;
  }

  async branch(id: string): Promise<BranchInfo | null> {
    const rows = (await this.dataSource.query(`SELECT id, name, unit_id AS "unitId", status FROM "${this.s}".branch WHERE id = $1`, [id])) as BranchInfo[];
    return rows[0] ?? null;
  }

  /** The members of a branch who may owe dues (预备/正式, dues set; in the register or transferred out). */
  async duesMembers(branchId: string): Promise<DuesMember[]> {
    return (await this.dataSource.query(
      `SELECT id, name, branch_id AS "branchId", stage, status, to_char(admitted_on, 'YYYY-MM-DD') AS "admittedOn", dues_monthly_fen AS "duesMonthlyFen"
         FROM "${this.s}".member WHERE branch_id = $1 AND status <> 'withdrawn' AND stage IN ('probationary', 'full') ORDER BY name, id`,
      [branchId],
    )) as DuesMember[];
  }

  /**
   * The payments whose month is in `year`, voided ones included: those made in the branch, and those its present
   * members made in another branch (before a transfer within the office).
   */
  async paymentsForYear(branchId: string, year: number): Promise<PaymentRow[]> {
    return (await this.dataSource.query(
      `SELECT ${PAYMENT_SELECT} FROM "${this.s}".dues_payment p JOIN "${this.s}".member m ON m.id = p.member_id
        WHERE (p.branch_id = $1 OR m.branch_id = $1) AND p.month LIKE $2 ORDER BY p.receipt_year, p.receipt_seq`,
      [branchId, `${year}-%`],
    )) as PaymentRow[];
  }

  /** A branch's receipts of the payments made (paid on) in a month, in number order. */
  async receiptsPaidIn(branchId: string, month: string): Promise<PaymentRow[]> {
    return (await this.dataSource.query(
      `SELECT ${PAYMENT_SELECT} FROM "${this.s}".dues_payment p JOIN "${this.s}".member m ON m.id = p.member_id
        WHERE p.branch_id = $1 AND to_char(p.paid_on, 'YYYY-MM') = $2 ORDER BY p.receipt_year, p.receipt_seq`,
      [branchId, month],
    )) as PaymentRow[];
  }

  /**
   * Records a month's payment with the next receipt number of the branch and year (the counter row is locked by the
   * upsert until the transaction ends: numbers follow each other without gaps and are never reused). Null when a
   * payment of that month is already in effect.
   */
  async recordPayment(payment: { memberId: string; branchId: string; month: string; amountFen: number; paidOn: string; by: string }, manager: EntityManager): Promise<{ receiptYear: number; receiptSeq: number } | null> {
    const existing = (await manager.query(`SELECT 1 FROM "${this.s}".dues_payment WHERE member_id = $1 AND month = $2 AND voided_at IS NULL`, [payment.memberId, payment.month])) as unknown[];
    if (existing.length) return null;
    const year = Number(payment.paidOn.slice(0, 4));
    const [{ seq }] = (await manager.query(
      `INSERT INTO "${this.s}".dues_receipt_counter (branch_id, year, last_seq) VALUES ($1, $2, 1)
         ON CONFLICT (branch_id, year) DO UPDATE SET last_seq = dues_receipt_counter.last_seq + 1 RETURNING last_seq AS seq`,
      [payment.branchId, year],
    )) as { seq: number }[];
    await manager.query(
      `INSERT INTO "${this.s}".dues_payment (id, member_id, branch_id, month, amount_fen, paid_on, recorded_by, recorded_at, receipt_year, receipt_seq)
         VALUES (gen_random_uuid(), $1, $2, $3, $4, $5, $6, now(), $7, $8)`,
      [payment.memberId, payment.branchId, payment.month, payment.amountFen, payment.paidOn, payment.by, year, seq],
    );
    return { receiptYear: year, receiptSeq: seq };
  }

  /** Voids the payment of a month in effect (kept, with its receipt number, marked 作废); false when there is none. */
  async voidPayment(memberId: string, month: string, reason: string, by: string, manager: EntityManager): Promise<boolean> {
    const result: unknown = await manager.query(
      `UPDATE "${this.s}".dues_payment SET voided_at = now(), voided_by = $3, void_reason = $4 WHERE member_id = $1 AND month = $2 AND voided_at IS NULL`,
      [memberId, month, by, reason],
    );
    return updatedCount(result) > 0;
  }
}
