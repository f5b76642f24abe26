import { Inject, Injectable } from '@nestjs/common';
import type { CallerContext } from '@gov/contracts-common';
import type { DecisionResult, DecisionStage, DecisionStageStatus, DecisionStatus, FileRefView, ListDecisions } from '@gov/contracts-document-secretariat';
import { DATA_SOURCE, SCHEMA, selectPage, Columns, Table } from '@gov/platform';
import type { DataSource, EntityManager } from 'typeorm';
import { type AuditColumns, VERSIONED_RECORD_COLUMNS, VERSIONED_RECORD_KINDS, type VersionedRecordRow } from '../../common/audit-columns.js';
import { visibleTo } from '../../common/access.js';

export interface CatalogueRow extends AuditColumns {
  year: number;
  id: string;
  published: boolean;
  published_at: Date | null;
  published_by: string | null;
  publication_channel: string | null;
}

export interface DecisionRow extends VersionedRecordRow {
  id: string;
  year: number;
  title: string;
  summary: string | null;
  undertaking_unit_id: string;
  undertaking_unit_name: string;
  planned_time: string;
  status: DecisionStatus;
  result: DecisionResult | null;
  withdrawal_reason: string | null;
}

export interface StageRow {
  decision_id: string;
  stage: DecisionStage;
  seq: number;
  required: boolean;
  status: DecisionStageStatus;
  not_applicable_reason: string | null;
  round: number;
  started_at: Date | null;
  started_by: string | null;
  finished_at: Date | null;
  finished_by: string | null;
  period_start: string | null;
  period_days: number | null;
  period_end: string | null;
  period_explanation: string[] | null;
  period_provisional: boolean | null;
  outcome: Record<string, unknown>;
  evidence: FileRefView[];
}

export interface AdjustmentRow {
  id: string;
  decision_id: string;
  reason: string;
  before: Record<string, unknown>;
  after: Record<string, unknown>;
  adjusted_by: string;
  adjusted_at: Date;
}

const DECISION_COLUMNS = [
  'id',
  'year',
  'title',
  'summary',
  'undertaking_unit_id',
  'undertaking_unit_name',
  'planned_time',
  'status',
  'result',
  'withdrawal_reason',
  ...VERSIONED_RECORD_COLUMNS,
] as const;

const STAGE_COLUMNS = [
  'decision_id',
  'stage',
  'seq',
  'required',
  'status',
  'not_applicable_reason',
  'round',
  'started_at',
  'started_by',
  'finished_at',
  'finished_by',
  'period_start',
  'period_days',
  'period_end',
  'period_explanation',
  'period_provisional',
  'outcome',
  'evidence',
] as const;

const JSON_COLUMNS = new Set(['period_explanation', 'outcome', 'evidence']);

/** The only place that speaks SQL for 重大行政决策. Dates are read as text (`YYYY-MM-DD`), never shifted by a time zone. */
@Injectable()
export class DecisionsRepository {
  private readonly decisions: Table<DecisionRow>;

  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(SCHEMA) private readonly schema: string,
  ) {
    this.decisions = new Table<DecisionRow>(this.t('major_decision'), Columns.named<DecisionRow>(DECISION_COLUMNS, VERSIONED_RECORD_KINDS));
  }

  private t(table: string): string {
    return `"${this.schema}".${table}`;
  }

  async catalogue(year: number, manager: EntityManager = this.dataSource.manager, lock = false): Promise<CatalogueRow | null> {
    const [row] = await manager.query(`SELECT * FROM ${this.t('decision_catalogue')} WHERE year = $1${lock ? ' FOR UPDATE' : ''}`, [year]);
    return row ?? null;
  }

  /** The year's catalogue, created (version 1) on first use; locked for the rest of the transaction. */
  async ensureCatalogue(year: number, id: string, by: string, manager: EntityManager): Promise<{ row: CatalogueRow; created: boolean }> {
    const inserted: CatalogueRow[] = await manager.query(
      `INSERT INTO ${this.t('decision_catalogue')} (year, id, version, created_at, created_by, updated_at, updated_by)
       VALUES ($1, $2, 1, now(), $3, now(), $3) ON CONFLICT (year) DO NOTHING RETURNING *`,
      [year, id, by],
    );
    const row = await this.catalogue(year, manager, true);
    return { row: row as CatalogueRow, created: inserted.length > 0 };
  }

  async publishCatalogue(year: number, expectedVersion: number, channel: string, by: string, manager: EntityManager): Promise<CatalogueRow | null> {
    const [rows] = await manager.query(
      `UPDATE ${this.t('decision_catalogue')} SET published = true, published_at = now(), published_by = $3, publication_channel = $4,
         version = version + 1, updated_at = now(), updated_by = $3
       WHERE year = $1 AND version = $2 RETURNING *`,
      [year, expectedVersion, by, channel],
    );
    return (rows as CatalogueRow[])[0] ?? null;
  }

  async insertDecision(row: DecisionRow, manager: EntityManager): Promise<void> {
    await this.decisions.insert(manager, row);
  }

  /** Saves the new state if nobody saved one since `expectedVersion`; false when somebody did. */
  async updateDecision(row: DecisionRow, expectedVersion: number, manager: EntityManager): Promise<boolean> {
    return this.decisions.saveIfVersion(manager, row, expectedVersion);
  }

  async findDecision(id: string, manager: EntityManager = this.dataSource.manager, lock = false): Promise<DecisionRow | null> {
    return this.decisions.find(manager, id, lock);
  }

  async insertStages(rows: StageRow[], manager: EntityManager): Promise<void> {
    for (const row of rows) {
      await manager.query(
        `INSERT INTO ${this.t('major_decision_stage')} (${STAGE_COLUMNS.join(', ')}) VALUES (${STAGE_COLUMNS.map((_, i) => `$${i + 1}`).join(', ')})`,
        STAGE_COLUMNS.map((c) => (JSON_COLUMNS.has(c) && row[c] !== null ? JSON.stringify(row[c]) : row[c])),
      );
    }
  }

  async updateStage(row: StageRow, manager: EntityManager): Promise<void> {
    const columns = STAGE_COLUMNS.filter((c) => c !== 'decision_id' && c !== 'stage' && c !== 'seq');
    await manager.query(
      `UPDATE ${this.t('major_decision_stage')} SET ${columns.map((c, i) => `${c} = $${i + 3}`).join(', ')} WHERE decision_id = $1 AND stage = $2`,
      [row.decision_id, row.stage, ...columns.map((c) => (JSON_COLUMNS.has(c) && row[c] !== null ? JSON.stringify(row[c]) : row[c]))],
    );
  }

  async stagesOf(decisionId: string, manager: EntityManager = this.dataSource.manager): Promise<StageRow[]> {
    return manager.query(
      `SELECT ${STAGE_COLUMNS.map((c) => (c === 'period_start' || c === 'period_end' ? `to_char(${c}, 'YYYY-MM-DD') AS ${c}` : c)).join(', ')}
         FROM ${this.t('major_decision_stage')} WHERE decision_id = $1 ORDER BY seq`,
      [decisionId],
    );
  }

  /** Open 公众参与 periods that touch `year`: the ones to re-date when that year's calendar changes. */
  async openCommentPeriodsIn(year: number, manager: EntityManager): Promise<StageRow[]> {
    return manager.query(
      `SELECT ${STAGE_COLUMNS.map((c) => (c === 'period_start' || c === 'period_end' ? `to_char(${c}, 'YYYY-MM-DD') AS ${c}` : c)).join(', ')}
         FROM ${this.t('major_decision_stage')}
        WHERE stage = 'public_participation' AND status = 'in_progress'
          AND (extract(year FROM period_start) = $1 OR extract(year FROM period_end) = $1)
        FOR UPDATE`,
      [year],
    );
  }

  async insertAdjustment(row: AdjustmentRow, manager: EntityManager): Promise<void> {
    await manager.query(
      `INSERT INTO ${this.t('major_decision_adjustment')} (id, decision_id, reason, before, after, adjusted_by, adjusted_at) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [row.id, row.decision_id, row.reason, JSON.stringify(row.before), JSON.stringify(row.after), row.adjusted_by, row.adjusted_at],
    );
  }

  async adjustmentsOf(decisionId: string, manager: EntityManager = this.dataSource.manager): Promise<AdjustmentRow[]> {
    return manager.query(`SELECT * FROM ${this.t('major_decision_adjustment')} WHERE decision_id = $1 ORDER BY adjusted_at, id`, [decisionId]);
  }

  /** A page of the decisions the caller may see (the clearance rule is in the SQL), with the stage due next. */
  async search(query: ListDecisions.Request & { limit: number; offset: number }, caller: CallerContext): Promise<{ items: (DecisionRow & { next_stage: DecisionStage | null })[]; total: number }> {
    const filters = visibleTo(caller, 'd');
    if (query.year) filters.add('d.year = ?', query.year);
    if (query.status) filters.add('d.status = ?', query.status);
    if (query.undertakingUnitId) filters.add('d.undertaking_unit_id = ?', query.undertakingUnitId);
    filters.search(query.q, 'd.title');
    const nextStage = `(SELECT s.stage FROM ${this.t('major_decision_stage')} s WHERE s.decision_id = d.id AND s.required AND s.status <> 'finished' ORDER BY s.seq LIMIT 1) AS next_stage`;
    const { items: rows, total } = await selectPage<DecisionRow & { next_stage: DecisionStage | null }>(this.dataSource, {
      columns: `${this.decisions.select('d')}, ${nextStage}`,
      from: `${this.t('major_decision')} d`,
      where: filters,
      orderBy: 'd.year DESC, d.created_at, d.id',
      limit: query.limit,
      offset: query.offset,
    });
    return { items: rows, total };
  }

  async countActive(year: number, manager: EntityManager = this.dataSource.manager): Promise<number> {
    const [row] = await manager.query(`SELECT count(*)::int AS n FROM ${this.t('major_decision')} WHERE year = $1 AND status <> 'withdrawn'`, [year]);
    return row.n;
  }
}
