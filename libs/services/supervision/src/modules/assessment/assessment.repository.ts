import { Injectable } from '@nestjs/common';
import type { AssessedUnitType, AssessmentIndicatorWeight } from '@gov/contracts-supervision';
import type { EntityManager } from 'typeorm';
import { Columns, Filters, SchemaRepository, type Paged } from '../../common/sql.js';

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

  findPeriod(id: string): Promise<PeriodRow | null> {
    return this.findRow('assessment_period', id, PERIOD);
  }

  listPeriods(limit: number, offset: number): Promise<Paged<PeriodRow>> {
    return this.page(this.t('assessment_period'), new Filters(), 'starts_on DESC, id', { limit, offset }, PERIOD);
  }

  async insertAdjustment(adjustment: AdjustmentRow, manager: EntityManager): Promise<void> {
    await this.insertRow(ADJUSTMENT, 'assessment_adjustment', adjustment, manager);
  }

  adjustmentsOf(periodId: string): Promise<AdjustmentRow[]> {
    return this.select(ADJUSTMENT, 'assessment_adjustment', 'period_id = $1', [periodId], 'created_at, id');
  }
}
