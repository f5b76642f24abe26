import { Inject, Injectable } from '@nestjs/common';
import type { InstitutionAssessmentStatus, InstitutionGrade, InstitutionGradeBands, InstitutionIndicator, InstitutionScore, ListInstitutionAssessments } from '@gov/contracts-personnel-finance';
import { Columns, Conditions, DATA_SOURCE, SCHEMA, selectPage, Table, type Paged } from '@gov/platform';
import type { DataSource, EntityManager } from 'typeorm';
import type { TimelineEntry } from '../../common/timeline.js';

/** The final results, stored when the assessment is finalised (shown from then on, never recomputed). */
export interface InstitutionResult {
  unitId: string;
  unitName: string;
  total: number;
  grade: InstitutionGrade;
}

export interface InstitutionAssessmentRow {
  id: string;
  year: number;
  title: string;
  indicators: InstitutionIndicator[];
  bands: InstitutionGradeBands;
  excellentQuotaPercent: number;
  configVersion: string;
  status: InstitutionAssessmentStatus;
  results: InstitutionResult[] | null;
  finalizedAt: Date | null;
  withdrawalReason: string | null;
  timeline: TimelineEntry[];
  version: number;
  createdAt: Date;
  createdBy: string;
  updatedAt: Date;
  updatedBy: string;
}

export interface InstitutionUnitRow {
  id: string;
  assessmentId: string;
  unitId: string;
  unitName: string;
  selfScores: InstitutionScore[];
  selfTotal: number | null;
  selfSubmittedAt: Date | null;
  selfSubmittedBy: string | null;
  reviewScores: InstitutionScore[];
  total: number | null;
  grade: InstitutionGrade | null;
  reviewedAt: Date | null;
  reviewedBy: string | null;
  position: number;
}

const COLUMNS = new Columns<InstitutionAssessmentRow>({
  id: 'id',
  year: 'year',
  title: 'title',
  indicators: ['indicators', 'json'],
  bands: ['bands', 'json'],
  excellentQuotaPercent: 'excellent_quota_percent',
  configVersion: 'config_version',
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

const UNIT_COLUMNS = new Columns<InstitutionUnitRow>({
  id: 'id',
  assessmentId: 'assessment_id',
  unitId: 'unit_id',
  unitName: 'unit_name',
  selfScores: ['self_scores', 'json'],
  selfTotal: 'self_total',
  selfSubmittedAt: 'self_submitted_at',
  selfSubmittedBy: 'self_submitted_by',
  reviewScores: ['review_scores', 'json'],
  total: 'total',
  grade: 'grade',
  reviewedAt: 'reviewed_at',
  reviewedBy: 'reviewed_by',
  position: 'position',
});

/** The only place that speaks SQL for 事业单位绩效考核. */
@Injectable()
export class InstitutionAssessmentsRepository {
  private readonly table: Table<InstitutionAssessmentRow>;
  private readonly units: Table<InstitutionUnitRow>;

  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(SCHEMA) schema: string,
  ) {
    this.table = new Table(`"${schema}".institution_assessment`, COLUMNS);
    this.units = new Table(`"${schema}".institution_assessment_unit`, UNIT_COLUMNS);
  }

  findById(id: string, manager: EntityManager = this.dataSource.manager, forUpdate = false): Promise<InstitutionAssessmentRow | null> {
    return this.table.find(manager, id, forUpdate);
  }

  async yearTaken(year: number, manager: EntityManager): Promise<boolean> {
    const rows = (await manager.query(`SELECT 1 FROM ${this.table.name} WHERE year = $1 AND status <> 'withdrawn'`, [year])) as unknown[];
    return rows.length > 0;
  }

  async insert(row: InstitutionAssessmentRow, manager: EntityManager): Promise<void> {
    await this.table.insert(manager, row);
  }

  async insertUnit(row: InstitutionUnitRow, manager: EntityManager): Promise<void> {
    await this.units.insert(manager, row);
  }

  async saveUnit(row: InstitutionUnitRow, manager: EntityManager): Promise<void> {
    await manager.query(...UNIT_COLUMNS.updateById(this.units.name, row, ['selfScores', 'selfTotal', 'selfSubmittedAt', 'selfSubmittedBy', 'reviewScores', 'total', 'grade', 'reviewedAt', 'reviewedBy']));
  }

  async unitsOf(assessmentIds: string[], manager: EntityManager = this.dataSource.manager): Promise<InstitutionUnitRow[]> {
    if (!assessmentIds.length) return [];
    const rows = (await manager.query(`SELECT ${this.units.select()} FROM ${this.units.name} WHERE assessment_id = ANY($1::uuid[]) ORDER BY position`, [assessmentIds])) as Record<string, unknown>[];
    return rows.map((r) => UNIT_COLUMNS.read(r));
  }

  /** Saves the next version if nobody saved one since `expectedVersion`; false when somebody did. */
  saveIfVersion(row: InstitutionAssessmentRow, expectedVersion: number, manager: EntityManager): Promise<boolean> {
    return this.table.saveIfVersion(manager, row, expectedVersion);
  }

  /** A liaison's list holds only the assessments their unit takes part in. */
  search(query: ListInstitutionAssessments.Request & { limit: number; offset: number; onlyUnitId?: string }): Promise<Paged<InstitutionAssessmentRow>> {
    const where = new Conditions()
      .when(query.status, 'status = ?')
      .when(query.year, 'year = ?')
      .when(query.onlyUnitId, `EXISTS (SELECT 1 FROM ${this.units.name} u WHERE u.assessment_id = ${this.table.name}.id AND u.unit_id = ?)`)
      .search(query.q, 'title');
    return selectPage(this.dataSource, { columns: this.table.select(), from: this.table.name, where, orderBy: 'year DESC, created_at DESC, id', limit: query.limit, offset: query.offset }, (row) =>
      COLUMNS.read(row),
    );
  }
}
