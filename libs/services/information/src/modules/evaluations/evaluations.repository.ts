import { Inject, Injectable } from '@nestjs/common';
import type { EvaluationLine, EvaluationStatus, ListEvaluations } from '@gov/contracts-information';
import { Columns, Conditions, DATA_SOURCE, SCHEMA, selectPage, Table, type Paged } from '@gov/platform';
import type { DataSource, EntityManager } from 'typeorm';

export interface EvaluationRow {
  id: string;
  year: number;
  status: EvaluationStatus;
  finalLines: EvaluationLine[] | null;
  finalizedBy: string | null;
  finalizedAt: Date | null;
  version: number;
  createdAt: Date;
  createdBy: string;
  updatedAt: Date;
  updatedBy: string;
}

export interface AdjustmentRow {
  id: string;
  evaluationId: string;
  unitId: string;
  unitName: string;
  points: number;
  reason: string;
  createdBy: string;
  createdAt: Date;
  withdrawalReason: string | null;
  withdrawnBy: string | null;
  withdrawnAt: Date | null;
}

const COLUMNS = new Columns<EvaluationRow>({
  id: 'id',
  year: 'year',
  status: 'status',
  finalLines: ['final_lines', 'json'],
  finalizedBy: 'finalized_by',
  finalizedAt: 'finalized_at',
  version: 'version',
  createdAt: 'created_at',
  createdBy: 'created_by',
  updatedAt: 'updated_at',
  updatedBy: 'updated_by',
});

const ADJUSTMENT_COLUMNS = new Columns<AdjustmentRow>({
  id: 'id',
  evaluationId: 'evaluation_id',
  unitId: 'unit_id',
  unitName: 'unit_name',
  points: 'points',
  reason: 'reason',
  createdBy: 'created_by',
  createdAt: 'created_at',
  withdrawalReason: 'withdrawal_reason',
  withdrawnBy: 'withdrawn_by',
  withdrawnAt: 'withdrawn_at',
});

/** The only place that speaks SQL for 业绩考评. */
@Injectable()
export class EvaluationsRepository {
  private readonly table: Table<EvaluationRow>;
  private readonly adjustmentTable: Table<AdjustmentRow>;

  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(SCHEMA) schema: string,
  ) {
    this.table = new Table(`"${schema}".evaluation`, COLUMNS);
    this.adjustmentTable = new Table(`"${schema}".evaluation_adjustment`, ADJUSTMENT_COLUMNS);
  }

  findById(id: string, manager: EntityManager = this.dataSource.manager, forUpdate = false): Promise<EvaluationRow | null> {
    return this.table.find(manager, id, forUpdate);
  }

  async findByYear(year: number, manager: EntityManager): Promise<EvaluationRow | null> {
    const rows = (await manager.query(`SELECT ${this.table.select()} FROM ${this.table.name} WHERE year = $1`, [year])) as Record<string, unknown>[];
    return rows.length ? COLUMNS.read(rows[0]) : null;
  }

  async insert(row: EvaluationRow, manager: EntityManager): Promise<void> {
    await this.table.insert(manager, row);
  }

  /** Saves the next version if nobody saved one since `expectedVersion`; false when somebody did. */
  saveIfVersion(row: EvaluationRow, expectedVersion: number, manager: EntityManager): Promise<boolean> {
    return this.table.saveIfVersion(manager, row, expectedVersion);
  }

  async insertAdjustment(row: AdjustmentRow, manager: EntityManager): Promise<void> {
    await this.adjustmentTable.insert(manager, row);
  }

  /** Marks an adjustment withdrawn (kept, no longer counted). */
  async withdrawAdjustment(id: string, reason: string, by: string, at: Date, manager: EntityManager): Promise<void> {
    await manager.query(`UPDATE ${this.adjustmentTable.name} SET withdrawal_reason = $2, withdrawn_by = $3, withdrawn_at = $4 WHERE id = $1 AND withdrawn_at IS NULL`, [id, reason, by, at]);
  }

  async adjustments(evaluationId: string, manager: EntityManager = this.dataSource.manager): Promise<AdjustmentRow[]> {
    const rows = (await manager.query(`SELECT ${this.adjustmentTable.select()} FROM ${this.adjustmentTable.name} WHERE evaluation_id = $1 ORDER BY created_at, id`, [evaluationId])) as Record<
      string,
      unknown
    >[];
    return rows.map((row) => ADJUSTMENT_COLUMNS.read(row));
  }

  search(query: ListEvaluations.Request & { limit: number; offset: number }): Promise<Paged<EvaluationRow>> {
    const where = new Conditions().when(query.status, 'status = ?').when(query.year, 'year = ?');
    return selectPage(this.dataSource, { columns: this.table.select(), from: this.table.name, where, orderBy: 'year DESC, id', limit: query.limit, offset: query.offset }, (row) => COLUMNS.read(row));
  }
}
