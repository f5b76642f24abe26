import { Inject, Injectable } from '@nestjs/common';
import type { DevelopmentEntry, DuesCategory, Gender, ListMembers, MemberStage, MemberStatus, TransferEntry } from '@gov/contracts-party-affairs';
import { Columns, Conditions, DATA_SOURCE, SCHEMA, selectPage, Table, type Paged } from '@gov/platform';
import type { DataSource, EntityManager } from 'typeorm';

export interface MemberRow {
  id: string;
  branchId: string;
  name: string;
  gender: Gender;
  idNumberEncrypted: string;
  idNumberMasked: string;
  mobileEncrypted: string | null;
  mobileMasked: string | null;
  post: string | null;
  stage: MemberStage;
  status: MemberStatus;
  appliedOn: string | null;
  talkedOn: string | null;
  activistOn: string | null;
  candidateOn: string | null;
  admittedOn: string | null;
  approvedOn: string | null;
  fullOn: string | null;
  probationExtensionMonths: number;
  development: DevelopmentEntry[];
  transfers: TransferEntry[];
  duesCategory: DuesCategory | null;
  duesBaseEncrypted: string | null;
  duesYear: number | null;
  duesMonthlyFen: number | null;
  withdrawalReason: string | null;
  version: number;
  createdAt: Date;
  createdBy: string;
  updatedAt: Date;
  updatedBy: string;
}

/** A member row with its branch's name and unit (joined for the views). */
export type MemberWithBranch = MemberRow & { branchName: string; unitId: string | null };

const COLUMNS = new Columns<MemberRow>({
  id: 'id',
  branchId: 'branch_id',
  name: 'name',
  gender: 'gender',
  idNumberEncrypted: 'id_number_encrypted',
  idNumberMasked: 'id_number_masked',
  mobileEncrypted: 'mobile_encrypted',
  mobileMasked: 'mobile_masked',
  post: 'post',
  stage: 'stage',
  status: 'status',
  appliedOn: ['applied_on', 'date'],
  talkedOn: ['talked_on', 'date'],
  activistOn: ['activist_on', 'date'],
  candidateOn: ['candidate_on', 'date'],
  admittedOn: ['admitted_on', 'date'],
  approvedOn: ['approved_on', 'date'],
  fullOn: ['full_on', 'date'],
  probationExtensionMonths: 'probation_extension_months',
  development: ['development', 'json'],
  transfers: ['transfers', 'json'],
  duesCategory: 'dues_category',
  duesBaseEncrypted: 'dues_base_encrypted',
  duesYear: 'dues_year',
  duesMonthlyFen: 'dues_monthly_fen',
  withdrawalReason: 'withdrawal_reason',
  version: 'version',
  createdAt: 'created_at',
  createdBy: 'created_by',
  updatedAt: 'updated_at',
  updatedBy: 'updated_by',
});

/** The branch a member belongs to, as the member module needs it. */
export interface BranchRef {
  id: string;
  name: string;
  unitId: string | null;
  status: string;
}

/** The only place that speaks SQL for 党员. */
@Injectable()
export class MembersRepository {
  private readonly table: Table<MemberRow>;
  private readonly withBranch: string;

  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(SCHEMA) private readonly schema: string,
  ) {
    this.table = new Table(`"${schema}".member`, COLUMNS);
    this.withBranch = `"${schema}".member m JOIN "${schema}".branch b ON b.id = m.branch_id`;
  }

  private read(row: Record<string, unknown>): MemberWithBranch {
    return { ...COLUMNS.read(row), branchName: row.branchName as string, unitId: (row.unitId as string | null) ?? null };
  }

  async findById(id: string, manager: EntityManager = this.dataSource.manager, forUpdate = false): Promise<MemberWithBranch | null> {
    const rows = (await manager.query(`SELECT ${COLUMNS.select('m')}, b.name AS "branchName", b.unit_id AS "unitId" FROM ${this.withBranch} WHERE m.id = $1${forUpdate ? ' FOR UPDATE OF m' : ''}`, [id])) as Record<
      string,
      unknown
    >[];
    return rows.length ? this.read(rows[0]) : null;
  }

  async branch(id: string, manager: EntityManager = this.dataSource.manager): Promise<BranchRef | null> {
    const rows = (await manager.query(`SELECT id, name, unit_id AS "unitId", status FROM "${this.schema}".branch WHERE id = $1`, [id])) as BranchRef[];
    return rows[0] ?? null;
  }

  async insert(row: MemberRow, manager: EntityManager): Promise<void> {
    await this.table.insert(manager, row);
  }

  /** Saves the next version if nobody saved one since `expectedVersion`; false when somebody did. */
  saveIfVersion(row: MemberRow, expectedVersion: number, manager: EntityManager): Promise<boolean> {
    return this.table.saveIfVersion(manager, row, expectedVersion);
  }

  async paidMonths(memberId: string, manager: EntityManager = this.dataSource.manager): Promise<string[]> {
    const rows = (await manager.query(`SELECT month FROM "${this.schema}".dues_payment WHERE member_id = $1 AND voided_at IS NULL ORDER BY month`, [memberId])) as { month: string }[];
    return rows.map((r) => r.month);
  }

  /**
   * Who owes `month`: active 预备/正式 members with dues set, admitted by the month's end, without a payment in effect
   * for it; the amount is the reduced one under a 减交 in force, and a 免交 in force owes nothing (dues.rules.ts `monthDues`).
   */
  async arrears(month: string, monthEnd: string, onlyUnitId?: string): Promise<{ memberId: string; name: string; branchName: string; amountFen: number }[]> {
    return (await this.dataSource.query(
      `SELECT m.id AS "memberId", m.name, b.name AS "branchName",
              CASE WHEN r.kind = 'reduce' THEN LEAST(r.reduced_monthly_fen, m.dues_monthly_fen) ELSE m.dues_monthly_fen END AS "amountFen"
         FROM ${this.withBranch}
         LEFT JOIN "${this.schema}".dues_reduction r ON r.member_id = m.id AND r.status = 'in_force' AND r.from_month <= $1 AND $1 <= r.to_month
        WHERE m.status = 'active' AND m.stage IN ('probationary', 'full') AND m.dues_monthly_fen IS NOT NULL AND m.admitted_on <= $2
          AND ($3::uuid IS NULL OR b.unit_id = $3) AND r.kind IS DISTINCT FROM 'exempt'
          AND NOT EXISTS (SELECT 1 FROM "${this.schema}".dues_payment p WHERE p.member_id = m.id AND p.month = $1 AND p.voided_at IS NULL)
        ORDER BY b.name, m.name`,
      [month, monthEnd, onlyUnitId ?? null],
    )) as { memberId: string; name: string; branchName: string; amountFen: number }[];
  }

  search(query: ListMembers.Request & { limit: number; offset: number; onlyUnitId?: string }): Promise<Paged<MemberWithBranch>> {
    const where = new Conditions()
      .when(query.status, 'm.status = ?')
      .when(query.stage, 'm.stage = ?')
      .when(query.branchId, 'm.branch_id = ?')
      .when(query.onlyUnitId, 'b.unit_id = ?')
      .search(query.q, 'm.name');
    return selectPage(
      this.dataSource,
      { columns: `${COLUMNS.select('m')}, b.name AS "branchName", b.unit_id AS "unitId"`, from: this.withBranch, where, orderBy: 'b.name, m.stage, m.name, m.id', limit: query.limit, offset: query.offset },
      (row) => this.read(row),
    );
  }
}
