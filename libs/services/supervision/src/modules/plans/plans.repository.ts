import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { ListSupervisionPlans, PlanAttachment, PlanStatus } from '@gov/contracts-supervision';
import type { EntityManager } from 'typeorm';
import { Columns, Conditions, type Paged } from '@gov/platform';
import { SchemaRepository, type HistoryLine } from '../../common/schema.repository.js';

export interface PlanRow {
  id: string;
  unitId: string;
  title: string;
  periodStart: string;
  periodEnd: string;
  content: string;
  attachments: PlanAttachment[];
  status: PlanStatus;
  decisionNote: string | null;
  decidedBy: string | null;
  decidedAt: Date | null;
  version: number;
  createdAt: Date;
  createdBy: string;
  updatedAt: Date;
  updatedBy: string;
}

const PLAN = new Columns<PlanRow>({
  id: 'id',
  unitId: 'unit_id',
  title: 'title',
  periodStart: ['period_start', 'date'],
  periodEnd: ['period_end', 'date'],
  content: 'content',
  attachments: ['attachments', 'json'],
  status: 'status',
  decisionNote: 'decision_note',
  decidedBy: 'decided_by',
  decidedAt: 'decided_at',
  version: 'version',
  createdAt: 'created_at',
  createdBy: 'created_by',
  updatedAt: 'updated_at',
  updatedBy: 'updated_by',
});
const CHANGEABLE: (keyof PlanRow)[] = ['title', 'periodStart', 'periodEnd', 'content', 'attachments', 'status', 'decisionNote', 'decidedBy', 'decidedAt', 'updatedAt', 'updatedBy'];

/** The only place that speaks SQL for 督查活动计划备案. */
@Injectable()
export class PlansRepository extends SchemaRepository {
  findById(id: string, manager?: EntityManager, forUpdate = false): Promise<PlanRow | null> {
    return this.findRow('supervision_plan', id, PLAN, manager, forUpdate);
  }

  async insert(p: PlanRow, manager: EntityManager): Promise<void> {
    await this.insertRow(PLAN, 'supervision_plan', p, manager);
  }

  /** Saves the next version if nobody saved one since `expectedVersion`; false when somebody did. */
  async updateIfVersion(p: PlanRow, expectedVersion: number, manager: EntityManager): Promise<boolean> {
    return this.saveIfVersion(PLAN, 'supervision_plan', p, expectedVersion, CHANGEABLE, manager);
  }

  async recordHistory(p: PlanRow, action: string, note: string, manager: EntityManager): Promise<void> {
    await manager.query(`INSERT INTO ${this.t('supervision_plan_history')} (id, plan_id, version, action, note, actor, at) VALUES ($1, $2, $3, $4, $5, $6, $7)`, [
      randomUUID(),
      p.id,
      p.version,
      action,
      note,
      p.updatedBy,
      p.updatedAt,
    ]);
  }

  history(planIds: string[]): Promise<Map<string, HistoryLine[]>> {
    return this.historyOf('supervision_plan_history', 'plan_id', planIds);
  }

  async isActiveUnit(id: string, manager: EntityManager): Promise<boolean> {
    return (await this.activeUnits([id], manager)).has(id);
  }

  search(query: ListSupervisionPlans.Request & { limit: number; offset: number; onlyUnitId?: string }): Promise<Paged<PlanRow>> {
    const filters = new Conditions()
      .when(query.status, 'status = ?')
      .when(query.unitId, 'unit_id = ?')
      .when(query.onlyUnitId, 'unit_id = ?')
      .search(query.q, 'title');
    return this.page(this.t('supervision_plan'), filters, 'created_at DESC, id', query, PLAN);
  }
}
