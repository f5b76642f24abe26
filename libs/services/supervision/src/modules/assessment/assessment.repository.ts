import { Inject, Injectable } from '@nestjs/common';
import type { AssessedUnitType, AssessmentIndicatorWeight } from '@gov/contracts-supervision';
import { DATA_SOURCE, SCHEMA } from '@gov/platform';
import type { DataSource, EntityManager } from 'typeorm';
import { isoDate } from '../items/item-deadlines.js';

export interface PeriodRow {
  id: string;
  name: string;
  startsOn: string;
  endsOn: string;
  unitTypes: AssessedUnitType[];
  indicators: AssessmentIndicatorWeight[];
  weightsSource: string;
  version: number;
  createdAt: Date;
  createdBy: string;
  updatedAt: Date;
  updatedBy: string;
}

export interface AdjustmentRow {
  id: string;
  periodId: string;
  unitId: string;
  points: number;
  reason: string;
  createdBy: string;
  createdAt: Date;
}

/** The only place that speaks SQL for 考核 periods and adjustments. */
@Injectable()
export class AssessmentRepository {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(SCHEMA) private readonly schema: string,
  ) {}

  async insertPeriod(period: PeriodRow, manager: EntityManager): Promise<void> {
    await manager.query(
      `INSERT INTO "${this.schema}".assessment_period (id, name, starts_on, ends_on, unit_types, indicators, weights_source, version, created_at, created_by, updated_at, updated_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
      [period.id, period.name, period.startsOn, period.endsOn, period.unitTypes, JSON.stringify(period.indicators), period.weightsSource, period.version, period.createdAt, period.createdBy, period.updatedAt, period.updatedBy],
    );
  }

  async findPeriod(id: string): Promise<PeriodRow | null> {
    const [row] = await this.dataSource.query(`SELECT * FROM "${this.schema}".assessment_period WHERE id = $1`, [id]);
    return row ? toPeriod(row) : null;
  }

  async listPeriods(limit: number, offset: number): Promise<{ items: PeriodRow[]; total: number }> {
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT *, count(*) OVER () AS total_count FROM "${this.schema}".assessment_period ORDER BY starts_on DESC, id LIMIT $1 OFFSET $2`,
      [limit, offset],
    );
    return { items: rows.map(toPeriod), total: rows.length ? Number(rows[0].total_count) : 0 };
  }

  async insertAdjustment(adjustment: AdjustmentRow, manager: EntityManager): Promise<void> {
    await manager.query(
      `INSERT INTO "${this.schema}".assessment_adjustment (id, period_id, unit_id, points, reason, created_by, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [adjustment.id, adjustment.periodId, adjustment.unitId, adjustment.points, adjustment.reason, adjustment.createdBy, adjustment.createdAt],
    );
  }

  async adjustmentsOf(periodId: string): Promise<AdjustmentRow[]> {
    const rows: Record<string, unknown>[] = await this.dataSource.query(`SELECT * FROM "${this.schema}".assessment_adjustment WHERE period_id = $1 ORDER BY created_at, id`, [periodId]);
    return rows.map((r) => ({
      id: r.id as string,
      periodId: r.period_id as string,
      unitId: r.unit_id as string,
      points: Number(r.points),
      reason: r.reason as string,
      createdBy: r.created_by as string,
      createdAt: r.created_at as Date,
    }));
  }
}

function toPeriod(r: Record<string, unknown>): PeriodRow {
  return {
    id: r.id as string,
    name: r.name as string,
    startsOn: isoDate(r.starts_on),
    endsOn: isoDate(r.ends_on),
    unitTypes: r.unit_types as AssessedUnitType[],
    indicators: r.indicators as AssessmentIndicatorWeight[],
    weightsSource: r.weights_source as string,
    version: r.version as number,
    createdAt: r.created_at as Date,
    createdBy: r.created_by as string,
    updatedAt: r.updated_at as Date,
    updatedBy: r.updated_by as string,
  };
}
