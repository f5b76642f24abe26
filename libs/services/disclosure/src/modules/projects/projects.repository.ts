import { Inject, Injectable } from '@nestjs/common';
import type { AcceptanceResult, ListProjects, PerformanceGrade, ProjectKind, ProjectStatus } from '@gov/contracts-disclosure';
import { Columns, Conditions, DATA_SOURCE, SCHEMA, selectPage, Table, type Paged } from '@gov/platform';
import type { DataSource, EntityManager } from 'typeorm';

export interface ProjectRow {
  id: string;
  unitId: string | null;
  title: string;
  kind: ProjectKind;
  content: string;
  budgetYuan: number;
  plannedStartOn: string;
  plannedEndOn: string;
  status: ProjectStatus;
  submittedOn: string;
  reviewedOn: string | null;
  reviewedBy: string | null;
  reviewOpinion: string | null;
  supervisionCount: number;
  acceptedOn: string | null;
  acceptanceResult: AcceptanceResult | null;
  acceptanceExperts: string[];
  acceptanceOpinion: string | null;
  evaluatedOn: string | null;
  score: number | null;
  grade: PerformanceGrade | null;
  gradeScaleVersion: number | null;
  evaluationOpinion: string | null;
  withdrawalReason: string | null;
  version: number;
  createdAt: Date;
  createdBy: string;
  updatedAt: Date;
  updatedBy: string;
}

/** One line of a project's timeline. */
export interface ProjectStepRow {
  at: Date;
  by: string;
  step: string;
  label: string;
  on: string | null;
  note: string | null;
  issues: string | null;
  progressPercent: number | null;
}

const COLUMNS = new Columns<ProjectRow>({
  id: 'id',
  unitId: 'unit_id',
  title: 'title',
  kind: 'kind',
  content: 'content',
  budgetYuan: ['budget_yuan', 'number'],
  plannedStartOn: ['planned_start_on', 'date'],
  plannedEndOn: ['planned_end_on', 'date'],
  status: 'status',
  submittedOn: ['submitted_on', 'date'],
  reviewedOn: ['reviewed_on', 'date'],
  reviewedBy: 'reviewed_by',
  reviewOpinion: 'review_opinion',
  supervisionCount: ['supervision_count', 'number'],
  acceptedOn: ['accepted_on', 'date'],
  acceptanceResult: 'acceptance_result',
  acceptanceExperts: ['acceptance_experts', 'json'],
  acceptanceOpinion: 'acceptance_opinion',
  evaluatedOn: ['evaluated_on', 'date'],
  score: ['score', 'number'],
  grade: 'grade',
  gradeScaleVersion: ['grade_scale_version', 'number'],
  evaluationOpinion: 'evaluation_opinion',
  withdrawalReason: 'withdrawal_reason',
  version: 'version',
  createdAt: 'created_at',
  createdBy: 'created_by',
  updatedAt: 'updated_at',
  updatedBy: 'updated_by',
});

/** The only place that speaks SQL for 信息化项目. */
@Injectable()
export class ProjectsRepository {
  private readonly table: Table<ProjectRow>;
  private readonly steps: string;

  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(SCHEMA) schema: string,
  ) {
    this.table = new Table(`"${schema}".project`, COLUMNS);
    this.steps = `"${schema}".project_step`;
  }

  findById(id: string, manager: EntityManager = this.dataSource.manager, forUpdate = false): Promise<ProjectRow | null> {
    return this.table.find(manager, id, forUpdate);
  }

  async insert(row: ProjectRow, manager: EntityManager): Promise<void> {
    await this.table.insert(manager, row);
  }

  /** Saves the next version if nobody saved one since `expectedVersion`; false when somebody did. */
  saveIfVersion(row: ProjectRow, expectedVersion: number, manager: EntityManager): Promise<boolean> {
    return this.table.saveIfVersion(manager, row, expectedVersion);
  }

  async addStep(manager: EntityManager, projectId: string, step: ProjectStepRow): Promise<void> {
    await manager.query(`INSERT INTO ${this.steps} (project_id, at, by_username, step, label, on_date, note, issues, progress_percent) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`, [
      projectId,
      step.at,
      step.by,
      step.step,
      step.label,
      step.on,
      step.note,
      step.issues,
      step.progressPercent,
    ]);
  }

  async stepsOf(projectId: string, manager: EntityManager = this.dataSource.manager): Promise<ProjectStepRow[]> {
    const rows: { at: Date; by_username: string; step: string; label: string; on_date: string | null; note: string | null; issues: string | null; progress_percent: number | null }[] = await manager.query(
      `SELECT at, by_username, step, label, to_char(on_date, 'YYYY-MM-DD') AS on_date, note, issues, progress_percent FROM ${this.steps} WHERE project_id = $1 ORDER BY seq`,
      [projectId],
    );
    return rows.map((r) => ({ at: r.at, by: r.by_username, step: r.step, label: r.label, on: r.on_date, note: r.note, issues: r.issues, progressPercent: r.progress_percent === null ? null : Number(r.progress_percent) }));
  }

  search(query: ListProjects.Request & { limit: number; offset: number; onlyUnitId?: string; overdueBefore?: string }): Promise<Paged<ProjectRow>> {
    const where = new Conditions()
      .when(query.status, 'status = ?')
      .when(query.kind, 'kind = ?')
      .when(query.onlyUnitId, 'unit_id = ?')
      .when(query.overdueBefore, `status = 'implementing' AND planned_end_on < ?::date`)
      .search(query.q, 'title');
    return selectPage(this.dataSource, { columns: this.table.select(), from: this.table.name, where, orderBy: 'created_at DESC, id', limit: query.limit, offset: query.offset }, (row) =>
      COLUMNS.read(row),
    );
  }
}
