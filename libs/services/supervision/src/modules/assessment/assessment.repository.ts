import { Injectable } from '@nestjs/common';
import type { AssessedUnitType, AssessmentAdjustmentView, AssessmentIndicatorWeight, AssessmentResultLine } from '@gov/contracts-supervision';
import type { EntityManager } from 'typeorm';
import { Columns, Conditions, type Paged } from '@gov/platform';
import { SchemaRepository } from '../../common/schema.repository.js';

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
  finalizedAt: Date | null;
  finalizedBy: string | null;
}

/** 定稿: the ranked result as finalized, stored once (the table refuses UPDATE and DELETE). */
export interface FinalResultRow {
  id: string;
  periodId: string;
  periodVersion: number;
  asOf: string;
  indicators: AssessmentIndicatorWeight[];
  weightsSource: string;
  formula: string;
  results: AssessmentResultLine[];
  adjustments: AssessmentAdjustmentView[];
  note: string | null;
  finalizedBy: string;
  finalizedAt: Date;
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

const PERIOD = new Columns<PeriodRow>({
  id: 'id',
  name: 'name',
  startsOn: ['starts_on', 'date'],
  endsOn: ['ends_on', 'date'],
  unitTypes: 'unit_types',
  indicators: ['indicators', 'json'],
  weightsSource: 'weights_source',
  version: 'version',
  createdAt: 'created_at',
  createdBy: 'created_by',
  updatedAt: 'updated_at',
  updatedBy: 'updated_by',
  finalizedAt: 'finalized_at',
  finalizedBy: 'finalized_by',
});
const FINAL_RESULT = new Columns<FinalResultRow>({
  id: 'id',
  periodId: 'period_id',
  periodVersion: 'period_version',
  asOf: ['as_of', 'date'],
  indicators: ['indicators', 'json'],
  weightsSource: 'weights_source',
  formula: 'formula',
  results: ['results', 'json'],
  adjustments: ['adjustments', 'json'],
  note: 'note',
  finalizedBy: 'finalized_by',
  finalizedAt: 'finalized_at',
});
const ADJUSTMENT = new Columns<AdjustmentRow>({
  id: 'id',
  periodId: 'period_id',
  unitId: 'unit_id',
  points: ['points', 'number'],
  reason: 'reason',
  createdBy: 'created_by',
  createdAt: 'created_at',
});

/** The only place that speaks SQL for 考核 periods and adjustments. */
@Injectable()
export class AssessmentRepository extends SchemaRepository {
  async insertPeriod(period: PeriodRow, manager: EntityManager): Promise<void> {
    await this.insertRow(PERIOD, 'assessment_period', period, manager);
  }

  /** The period; in a transaction, `lock` takes it FOR UPDATE so a finalization and an adjustment cannot interleave. */
  findPeriod(id: string, manager?: EntityManager, lock = false): Promise<PeriodRow | null> {
    return this.findRow('assessment_period', id, PERIOD, manager, lock);
  }

  /** Saves the period's finalization (who, when) where nobody saved a version since `expectedVersion`. */
  finalizePeriod(period: PeriodRow, expectedVersion: number, manager: EntityManager): Promise<boolean> {
    return this.saveIfVersion(PERIOD, 'assessment_period', period, expectedVersion, ['finalizedAt', 'finalizedBy', 'updatedAt', 'updatedBy'], manager);
  }

  async insertFinalResult(result: FinalResultRow, manager: EntityManager): Promise<void> {
    await this.insertRow(FINAL_RESULT, 'assessment_final_result', result, manager);
  }

  async findFinalResult(periodId: string): Promise<FinalResultRow | null> {
    const [row] = await this.select(FINAL_RESULT, 'assessment_final_result', 'period_id = $1', [periodId], 'id');
    return row ?? null;
  }

  listPeriods(limit: number, offset: number): Promise<Paged<PeriodRow>> {
    return this.page(this.t('assessment_period'), new Conditions(), 'starts_on DESC, id', { limit, offset }, PERIOD);
  }

  async insertAdjustment(adjustment: AdjustmentRow, manager: EntityManager): Promise<void> {
    await this.insertRow(ADJUSTMENT, 'assessment_adjustment', adjustment, manager);
  }

  adjustmentsOf(periodId: string): Promise<AdjustmentRow[]> {
    return this.select(ADJUSTMENT, 'assessment_adjustment', 'period_id = $1', [periodId], 'created_at, id');
  }
}
