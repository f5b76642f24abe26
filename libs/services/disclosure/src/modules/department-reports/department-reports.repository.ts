import { Inject, Injectable } from '@nestjs/common';
import type { DepartmentReportFigures, DepartmentReportRoundStatus, DepartmentReportStatus, ListDepartmentReportRounds, ListDepartmentReports } from '@gov/contracts-disclosure';
import { Columns, Conditions, DATA_SOURCE, SCHEMA, selectPage, Table, type Paged } from '@gov/platform';
import type { DataSource, EntityManager } from 'typeorm';

export interface DepartmentReportRow {
  id: string;
  roundId: string;
  year: number;
  unitId: string;
  text: string;
  attachments: string[];
  figures: DepartmentReportFigures | null;
  status: DepartmentReportStatus;
  firstSubmittedOn: string;
  submittedOn: string;
  returnReason: string | null;
  reviewedBy: string | null;
  publishedOn: string | null;
  version: number;
  createdAt: Date;
  createdBy: string;
  updatedAt: Date;
  updatedBy: string;
}

export interface DepartmentReportRoundRow {
  id: string;
  year: number;
  unitIds: string[];
  dueDate: string;
  dueExplanation: string[];
  status: DepartmentReportRoundStatus;
  publishedOn: string | null;
  publishedBy: string | null;
  version: number;
  createdAt: Date;
  createdBy: string;
  updatedAt: Date;
  updatedBy: string;
}

export type DepartmentReportAction = 'submit' | 'resubmit' | 'return' | 'pass' | 'publish';

export interface DepartmentReportStepRow {
  seq: number;
  action: DepartmentReportAction;
  note: string | null;
  content: { text: string; attachments: string[]; figures: DepartmentReportFigures | null } | null;
  at: Date;
  by: string;
}

const REPORT_COLUMNS = new Columns<DepartmentReportRow>({
  id: 'id',
  roundId: 'round_id',
  year: ['year', 'number'],
  unitId: 'unit_id',
  text: 'text',
  attachments: ['attachments', 'json'],
  figures: ['figures', 'json'],
  status: 'status',
  firstSubmittedOn: ['first_submitted_on', 'date'],
  submittedOn: ['submitted_on', 'date'],
  returnReason: 'return_reason',
  reviewedBy: 'reviewed_by',
  publishedOn: ['published_on', 'date'],
  version: 'version',
  createdAt: 'created_at',
  createdBy: 'created_by',
  updatedAt: 'updated_at',
  updatedBy: 'updated_by',
});

const ROUND_COLUMNS = new Columns<DepartmentReportRoundRow>({
  id: 'id',
  year: ['year', 'number'],
  unitIds: ['unit_ids', 'json'],
  dueDate: ['due_date', 'date'],
  dueExplanation: ['due_explanation', 'json'],
  status: 'status',
  publishedOn: ['published_on', 'date'],
  publishedBy: 'published_by',
  version: 'version',
  createdAt: 'created_at',
  createdBy: 'created_by',
  updatedAt: 'updated_at',
  updatedBy: 'updated_by',
});

/** The only place that speaks SQL for the departments' annual reports and the year's collection. */
@Injectable()
export class DepartmentReportsRepository {
  private readonly reports: Table<DepartmentReportRow>;
  private readonly rounds: Table<DepartmentReportRoundRow>;
  private readonly steps: string;

  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(SCHEMA) schema: string,
  ) {
    this.reports = new Table(`"${schema}".department_report`, REPORT_COLUMNS);
    this.rounds = new Table(`"${schema}".department_report_round`, ROUND_COLUMNS);
    this.steps = `"${schema}".department_report_step`;
  }

  findById(id: string, manager: EntityManager = this.dataSource.manager, forUpdate = false): Promise<DepartmentReportRow | null> {
    return this.reports.find(manager, id, forUpdate);
  }

  async insert(row: DepartmentReportRow, manager: EntityManager): Promise<void> {
    await this.reports.insert(manager, row);
  }

  saveIfVersion(row: DepartmentReportRow, expectedVersion: number, manager: EntityManager): Promise<boolean> {
    return this.reports.saveIfVersion(manager, row, expectedVersion);
  }

  async findByUnit(year: number, unitId: string, manager: EntityManager = this.dataSource.manager): Promise<DepartmentReportRow | null> {
    const rows: Record<string, unknown>[] = await manager.query(`SELECT ${this.reports.select()} FROM ${this.reports.name} WHERE year = $1 AND unit_id = $2`, [year, unitId]);
    return rows[0] ? REPORT_COLUMNS.read(rows[0]) : null;
  }

  /** Every report of a year's collection (locked when publishing). */
  async ofRound(roundId: string, manager: EntityManager = this.dataSource.manager, forUpdate = false): Promise<DepartmentReportRow[]> {
    const rows: Record<string, unknown>[] = await manager.query(`SELECT ${this.reports.select()} FROM ${this.reports.name} WHERE round_id = $1 ORDER BY id${forUpdate ? ' FOR UPDATE' : ''}`, [roundId]);
    return rows.map((r) => REPORT_COLUMNS.read(r));
  }

  search(query: ListDepartmentReports.Request & { limit: number; offset: number; onlyUnitId?: string }): Promise<Paged<DepartmentReportRow>> {
    const where = new Conditions().when(query.year, 'year = ?').when(query.status, 'status = ?').when(query.unitId, 'unit_id = ?').when(query.onlyUnitId, 'unit_id = ?');
    return selectPage(this.dataSource, { columns: this.reports.select(), from: this.reports.name, where, orderBy: 'year DESC, submitted_on DESC, id', limit: query.limit, offset: query.offset }, (row) =>
      REPORT_COLUMNS.read(row),
    );
  }

  async addStep(manager: EntityManager, reportId: string, step: Omit<DepartmentReportStepRow, 'seq'>): Promise<void> {
    await manager.query(
      `INSERT INTO ${this.steps} (report_id, seq, action, note, content, at, by)
       VALUES ($1, (SELECT COALESCE(MAX(seq), 0) + 1 FROM ${this.steps} WHERE report_id = $1), $2, $3, $4::jsonb, $5, $6)`,
      [reportId, step.action, step.note, step.content ? JSON.stringify(step.content) : null, step.at, step.by],
    );
  }

  async stepsOf(reportId: string, manager: EntityManager = this.dataSource.manager): Promise<DepartmentReportStepRow[]> {
    const rows: Record<string, unknown>[] = await manager.query(`SELECT seq, action, note, content, at, by FROM ${this.steps} WHERE report_id = $1 ORDER BY seq`, [reportId]);
    return rows.map((r) => ({ ...(r as unknown as DepartmentReportStepRow), seq: Number(r.seq) }));
  }

  findRoundById(id: string, manager: EntityManager = this.dataSource.manager, forUpdate = false): Promise<DepartmentReportRoundRow | null> {
    return this.rounds.find(manager, id, forUpdate);
  }

  async findRoundByYear(year: number, manager: EntityManager = this.dataSource.manager, forUpdate = false): Promise<DepartmentReportRoundRow | null> {
    const rows: Record<string, unknown>[] = await manager.query(`SELECT ${this.rounds.select()} FROM ${this.rounds.name} WHERE year = $1${forUpdate ? ' FOR UPDATE' : ''}`, [year]);
    return rows[0] ? ROUND_COLUMNS.read(rows[0]) : null;
  }

  /** Inserts the year's collection; false when the year already has one. */
  async insertRound(row: DepartmentReportRoundRow, manager: EntityManager): Promise<boolean> {
    if (await this.findRoundByYear(row.year, manager)) return false;
    await this.rounds.insert(manager, row);
    return true;
  }

  saveRoundIfVersion(row: DepartmentReportRoundRow, expectedVersion: number, manager: EntityManager): Promise<boolean> {
    return this.rounds.saveIfVersion(manager, row, expectedVersion);
  }

  searchRounds(query: ListDepartmentReportRounds.Request & { limit: number; offset: number }): Promise<Paged<DepartmentReportRoundRow>> {
    const where = new Conditions().when(query.year, 'year = ?');
    return selectPage(this.dataSource, { columns: this.rounds.select(), from: this.rounds.name, where, orderBy: 'year DESC, id', limit: query.limit, offset: query.offset }, (row) => ROUND_COLUMNS.read(row));
  }
}
