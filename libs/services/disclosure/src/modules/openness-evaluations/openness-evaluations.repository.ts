import { Inject, Injectable } from '@nestjs/common';
import type { DeductionView, Evaluator, ListOpennessEvaluations, OpennessEvaluationStatus } from '@gov/contracts-disclosure';
import { Columns, Conditions, DATA_SOURCE, SCHEMA, selectPage, Table, type Paged } from '@gov/platform';
import type { DataSource, EntityManager } from 'typeorm';
import type { Indicator } from './openness-evaluations.rules.js';

/** The evaluator's result as recorded. */
export interface EvaluationResult {
  resultOn: string;
  score: number;
  rank: number;
  rankOf: number | null;
  deductions: DeductionView[];
  note: string | null;
  recordedAt: string;
  recordedBy: string;
}

export interface OpennessEvaluationRow {
  id: string;
  year: number;
  evaluator: Evaluator;
  title: string;
  dueOn: string;
  indicators: Indicator[];
  status: OpennessEvaluationStatus;
  submittedOn: string | null;
  result: EvaluationResult | null;
  frozenSnapshot: Record<string, unknown> | null;
  withdrawalReason: string | null;
  version: number;
  createdAt: Date;
  createdBy: string;
  updatedAt: Date;
  updatedBy: string;
}

export interface EvaluationStepRow {
  at: Date;
  by: string;
  step: string;
  label: string;
  note: string | null;
}

const COLUMNS = new Columns<OpennessEvaluationRow>({
  id: 'id',
  year: ['year', 'number'],
  evaluator: 'evaluator',
  title: 'title',
  dueOn: ['due_on', 'date'],
  indicators: ['indicators', 'json'],
  status: 'status',
  submittedOn: ['submitted_on', 'date'],
  result: ['result', 'json'],
  frozenSnapshot: ['frozen_snapshot', 'json'],
  withdrawalReason: 'withdrawal_reason',
  version: 'version',
  createdAt: 'created_at',
  createdBy: 'created_by',
  updatedAt: 'updated_at',
  updatedBy: 'updated_by',
});

/** The tables of the records an evidence item may link to, in this service's schema. */
const LINK_TABLES = { publication: 'publication', 'annual-report': 'annual_report', guide: 'guide', inspection: 'inspection', 'data-resource': 'data_resource' } as const;

/** The only place that speaks SQL for 政务公开考评. */
@Injectable()
export class OpennessEvaluationsRepository {
  private readonly table: Table<OpennessEvaluationRow>;
  private readonly steps: string;

  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(SCHEMA) private readonly schema: string,
  ) {
    this.table = new Table(`"${schema}".openness_evaluation`, COLUMNS);
    this.steps = `"${schema}".openness_evaluation_step`;
  }

  findById(id: string, manager: EntityManager = this.dataSource.manager, forUpdate = false): Promise<OpennessEvaluationRow | null> {
    return this.table.find(manager, id, forUpdate);
  }

  /** The evaluation of that year and evaluator not withdrawn, if any. */
  async holderOf(year: number, evaluator: Evaluator, manager: EntityManager): Promise<string | null> {
    const [row] = await manager.query(`SELECT id FROM ${this.table.name} WHERE year = $1 AND evaluator = $2 AND status <> 'withdrawn'`, [year, evaluator]);
    return (row?.id as string | undefined) ?? null;
  }

  /** Whether a record of ours of that kind exists (an evidence link). */
  async linkExists(kind: keyof typeof LINK_TABLES, id: string, manager: EntityManager): Promise<boolean> {
    const rows = await manager.query(`SELECT 1 FROM "${this.schema}".${LINK_TABLES[kind]} WHERE id = $1`, [id]);
    return rows.length > 0;
  }

  async insert(row: OpennessEvaluationRow, manager: EntityManager): Promise<void> {
    await this.table.insert(manager, row);
  }

  saveIfVersion(row: OpennessEvaluationRow, expectedVersion: number, manager: EntityManager): Promise<boolean> {
    return this.table.saveIfVersion(manager, row, expectedVersion);
  }

  async addStep(manager: EntityManager, id: string, step: EvaluationStepRow): Promise<void> {
    await manager.query(`INSERT INTO ${this.steps} (evaluation_id, at, by_username, step, label, note) VALUES ($1, $2, $3, $4, $5, $6)`, [id, step.at, step.by, step.step, step.label, step.note]);
  }

  async stepsOf(id: string, manager: EntityManager = this.dataSource.manager): Promise<EvaluationStepRow[]> {
    const rows: { at: Date; by_username: string; step: string; label: string; note: string | null }[] = await manager.query(
      `SELECT at, by_username, step, label, note FROM ${this.steps} WHERE evaluation_id = $1 ORDER BY seq`,
      [id],
    );
    return rows.map((r) => ({ at: r.at, by: r.by_username, step: r.step, label: r.label, note: r.note }));
  }

  search(query: ListOpennessEvaluations.Request & { limit: number; offset: number }): Promise<Paged<OpennessEvaluationRow>> {
    const where = new Conditions()
      .when(query.status, 'status = ?')
      .when(query.evaluator, 'evaluator = ?')
      .when(query.year, 'year = ?::int')
      .search(query.q, 'title');
    return selectPage(this.dataSource, { columns: this.table.select(), from: this.table.name, where, orderBy: 'year DESC, created_at DESC, id', limit: query.limit, offset: query.offset }, (row) =>
      COLUMNS.read(row),
    );
  }
}
