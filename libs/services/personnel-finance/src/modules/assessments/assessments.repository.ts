import { Inject, Injectable } from '@nestjs/common';
import type { AssessmentGrade, AssessmentResultSnapshot, AssessmentStatus, ListAssessments, QuotaApprovalView } from '@gov/contracts-personnel-finance';
import { Columns, Conditions, DATA_SOURCE, SCHEMA, selectPage, Table, type Paged } from '@gov/platform';
import type { DataSource, EntityManager } from 'typeorm';
import type { TimelineEntry } from '../../common/timeline.js';

export interface AssessmentRow {
  id: string;
  year: number;
  title: string;
  quotaVersion: string;
  quotaApproval: QuotaApprovalView | null;
  status: AssessmentStatus;
  results: AssessmentResultSnapshot[] | null;
  finalizedAt: Date | null;
  withdrawalReason: string | null;
  timeline: TimelineEntry[];
  version: number;
  createdAt: Date;
  createdBy: string;
  updatedAt: Date;
  updatedBy: string;
}

export interface AssessmentEntryRow {
  id: string;
  assessmentId: string;
  staffMemberId: string;
  name: string;
  sectionCode: string;
  probationer: boolean;
  grade: AssessmentGrade | null;
  comment: string | null;
  position: number;
}

const COLUMNS = new Columns<AssessmentRow>({
  id: 'id',
  year: 'year',
  title: 'title',
  quotaVersion: 'quota_version',
  quotaApproval: ['quota_approval', 'json'],
  status: 'status',
  results: ['results', 'json'],
  finalizedAt: 'finalized_at',
  withdrawalReason: 'withdrawal_reason',
  timeline: ['timeline', 'json'],
  version: 'version',
  createdAt: 'created_at',
  createdBy: 'created_by',
  updatedAt: 'updated_at',
  updatedBy: 'updated_by',
});

const ENTRY_COLUMNS = new Columns<AssessmentEntryRow>({
  id: 'id',
  assessmentId: 'assessment_id',
  staffMemberId: 'staff_member_id',
  name: 'name',
  sectionCode: 'section_code',
  probationer: 'probationer',
  grade: 'grade',
  comment: 'comment',
  position: 'position',
});

/** The only place that speaks SQL for 年度考核. */
@Injectable()
export class AssessmentsRepository {
  private readonly table: Table<AssessmentRow>;
  private readonly entries: Table<AssessmentEntryRow>;

  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(SCHEMA) schema: string,
  ) {
    this.table = new Table(`"${schema}".assessment`, COLUMNS);
    this.entries = new Table(`"${schema}".assessment_entry`, ENTRY_COLUMNS);
  }

  findById(id: string, manager: EntityManager = this.dataSource.manager, forUpdate = false): Promise<AssessmentRow | null> {
    return this.table.find(manager, id, forUpdate);
  }

  async yearTaken(year: number, manager: EntityManager): Promise<boolean> {
    const rows = (await manager.query(`SELECT 1 FROM ${this.table.name} WHERE year = $1 AND status <> 'withdrawn'`, [year])) as unknown[];
    return rows.length > 0;
  }

  async insert(row: AssessmentRow, manager: EntityManager): Promise<void> {
    await this.table.insert(manager, row);
  }

  async insertEntry(row: AssessmentEntryRow, manager: EntityManager): Promise<void> {
    await this.entries.insert(manager, row);
  }

  async saveEntry(row: AssessmentEntryRow, manager: EntityManager): Promise<void> {
    await manager.query(...ENTRY_COLUMNS.updateById(this.entries.name, row, ['grade', 'comment']));
  }

  async entriesOf(assessmentIds: string[], manager: EntityManager = this.dataSource.manager): Promise<AssessmentEntryRow[]> {
    if (!assessmentIds.length) return [];
    const rows = (await manager.query(`SELECT ${this.entries.select()} FROM ${this.entries.name} WHERE assessment_id = ANY($1::uuid[]) ORDER BY position`, [assessmentIds])) as Record<string, unknown>[];
    return rows.map((r) => ENTRY_COLUMNS.read(r));
  }

  /** Saves the next version if nobody saved one since `expectedVersion`; false when somebody did. */
  saveIfVersion(row: AssessmentRow, expectedVersion: number, manager: EntityManager): Promise<boolean> {
    return this.table.saveIfVersion(manager, row, expectedVersion);
  }

  search(query: ListAssessments.Request & { limit: number; offset: number }): Promise<Paged<AssessmentRow>> {
    const where = new Conditions().when(query.status, 'status = ?').when(query.year, 'year = ?').search(query.q, 'title');
    return selectPage(this.dataSource, { columns: this.table.select(), from: this.table.name, where, orderBy: 'year DESC, created_at DESC, id', limit: query.limit, offset: query.offset }, (row) =>
      COLUMNS.read(row),
    );
  }
}
