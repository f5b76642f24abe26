import { Inject, Injectable } from '@nestjs/common';
import type { ListSalaryChanges, SalaryChangeKind, SalaryChangeStatus } from '@gov/contracts-personnel-finance';
import { Columns, Conditions, DATA_SOURCE, SCHEMA, selectPage, Table, type Paged } from '@gov/platform';
import type { DataSource, EntityManager } from 'typeorm';
import type { TimelineEntry } from '../../common/timeline.js';

export interface SalaryChangeRow {
  id: string;
  staffMemberId: string;
  name: string;
  sectionCode: string;
  kind: SalaryChangeKind;
  beforeGrade: number;
  beforeStep: number;
  afterGrade: number;
  afterStep: number;
  /** `{ beforeFen, afterFen }`, SM4-encrypted (FieldCipher). */
  amountsEncrypted: string;
  effectiveYear: number;
  effectiveMonth: number;
  basisDocument: string;
  basis: string | null;
  approvedBy: string;
  approvedOn: string;
  checkNote: string;
  status: SalaryChangeStatus;
  voidReason: string | null;
  timeline: TimelineEntry[];
  version: number;
  createdAt: Date;
  createdBy: string;
  updatedAt: Date;
  updatedBy: string;
}

const COLUMNS = new Columns<SalaryChangeRow>({
  id: 'id',
  staffMemberId: 'staff_member_id',
  name: 'name',
  sectionCode: 'section_code',
  kind: 'kind',
  beforeGrade: 'before_grade',
  beforeStep: 'before_step',
  afterGrade: 'after_grade',
  afterStep: 'after_step',
  amountsEncrypted: 'amounts_encrypted',
  effectiveYear: 'effective_year',
  effectiveMonth: 'effective_month',
  basisDocument: 'basis_document',
  basis: 'basis',
  approvedBy: 'approved_by',
  approvedOn: ['approved_on', 'date'],
  checkNote: 'check_note',
  status: 'status',
  voidReason: 'void_reason',
  timeline: ['timeline', 'json'],
  version: 'version',
  createdAt: 'created_at',
  createdBy: 'created_by',
  updatedAt: 'updated_at',
  updatedBy: 'updated_by',
});

/** The only place that speaks SQL for 工资晋级晋档 (and the finalised 年度考核 results it rests on). */
@Injectable()
export class SalaryChangesRepository {
  private readonly table: Table<SalaryChangeRow>;

  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(SCHEMA) private readonly schema: string,
  ) {
    this.table = new Table(`"${schema}".salary_change`, COLUMNS);
  }

  findById(id: string, manager: EntityManager = this.dataSource.manager, forUpdate = false): Promise<SalaryChangeRow | null> {
    return this.table.find(manager, id, forUpdate);
  }

  async insert(row: SalaryChangeRow, manager: EntityManager): Promise<void> {
    await this.table.insert(manager, row);
  }

  /** Saves the next version if nobody saved one since `expectedVersion`; false when somebody did. */
  saveIfVersion(row: SalaryChangeRow, expectedVersion: number, manager: EntityManager): Promise<boolean> {
    return this.table.saveIfVersion(manager, row, expectedVersion);
  }

  /** The changes in effect (not voided) of these people, oldest effective month first. */
  async inEffect(staffMemberIds: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<SalaryChangeRow[]> {
    if (!staffMemberIds.length) return [];
    const rows = (await manager.query(
      `SELECT ${this.table.select()} FROM ${this.table.name} WHERE staff_member_id = ANY($1::uuid[]) AND status = 'effective' ORDER BY effective_year, effective_month, created_at`,
      [staffMemberIds],
    )) as Record<string, unknown>[];
    return rows.map((r) => COLUMNS.read(r));
  }

  /** Each person's grade in each finalised 年度考核 of `years` (a probationer's is null). */
  async annualGrades(staffMemberIds: readonly string[], years: readonly number[], manager: EntityManager = this.dataSource.manager): Promise<Map<string, Map<number, string | null>>> {
    const result = new Map<string, Map<number, string | null>>();
    if (!staffMemberIds.length || !years.length) return result;
    const rows = (await manager.query(
      `SELECT e.staff_member_id, a.year, e.grade FROM "${this.schema}".assessment a JOIN "${this.schema}".assessment_entry e ON e.assessment_id = a.id
       WHERE a.status = 'finalized' AND a.year = ANY($2::int[]) AND e.staff_member_id = ANY($1::uuid[])`,
      [staffMemberIds, years],
    )) as { staff_member_id: string; year: number; grade: string | null }[];
    for (const r of rows) {
      const person = result.get(r.staff_member_id) ?? new Map<number, string | null>();
      person.set(Number(r.year), r.grade);
      result.set(r.staff_member_id, person);
    }
    return result;
  }

  search(query: ListSalaryChanges.Request & { limit: number; offset: number }): Promise<Paged<SalaryChangeRow>> {
    const where = new Conditions().when(query.status, 'status = ?').when(query.staffMemberId, 'staff_member_id = ?').when(query.year, 'effective_year = ?').search(query.q, 'name');
    return selectPage(this.dataSource, { columns: this.table.select(), from: this.table.name, where, orderBy: 'effective_year DESC, effective_month DESC, created_at DESC, id', limit: query.limit, offset: query.offset }, (row) =>
      COLUMNS.read(row),
    );
  }
}
