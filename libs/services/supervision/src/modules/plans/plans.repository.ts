import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { ListSupervisionPlans, PlanAttachment, PlanStatus } from '@gov/contracts-supervision';
import { DATA_SOURCE, SCHEMA } from '@gov/platform';
import type { DataSource, EntityManager } from 'typeorm';
import { escapeLike, isoDate, updatedCount } from '../suggestions/sql.js';

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

/** The only place that speaks SQL for 督查活动计划备案. */
@Injectable()
export class PlansRepository {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(SCHEMA) private readonly schema: string,
  ) {}

  private t(table: string): string {
    return `"${this.schema}".${table}`;
  }

  async findById(id: string, manager: EntityManager = this.dataSource.manager, forUpdate = false): Promise<PlanRow | null> {
    const [row] = await manager.query(`SELECT * FROM ${this.t('supervision_plan')} WHERE id = $1 ${forUpdate ? 'FOR UPDATE' : ''}`, [id]);
    return row ? toPlan(row) : null;
  }

  async insert(p: PlanRow, manager: EntityManager): Promise<void> {
    await manager.query(
      `INSERT INTO ${this.t('supervision_plan')} (id, unit_id, title, period_start, period_end, content, attachments, status, decision_note, decided_by, decided_at,
         version, created_at, created_by, updated_at, updated_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)`,
      [p.id, p.unitId, p.title, p.periodStart, p.periodEnd, p.content, JSON.stringify(p.attachments), p.status, p.decisionNote, p.decidedBy, p.decidedAt, p.version, p.createdAt, p.createdBy, p.updatedAt, p.updatedBy],
    );
  }

  /** Saves the next version if nobody saved one since `expectedVersion`; false when somebody did. */
  async updateIfVersion(p: PlanRow, expectedVersion: number, manager: EntityManager): Promise<boolean> {
    const rows = await manager.query(
      `UPDATE ${this.t('supervision_plan')} SET title = $3, period_start = $4, period_end = $5, content = $6, attachments = $7, status = $8, decision_note = $9,
         decided_by = $10, decided_at = $11, version = $12, updated_at = $13, updated_by = $14
       WHERE id = $1 AND version = $2 RETURNING id`,
      [p.id, expectedVersion, p.title, p.periodStart, p.periodEnd, p.content, JSON.stringify(p.attachments), p.status, p.decisionNote, p.decidedBy, p.decidedAt, p.version, p.updatedAt, p.updatedBy],
    );
    return updatedCount(rows) === 1;
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

  async history(planIds: string[]): Promise<Map<string, { action: string; note: string; at: string; by: string }[]>> {
    const out = new Map<string, { action: string; note: string; at: string; by: string }[]>();
    if (!planIds.length) return out;
    const rows: { plan_id: string; action: string; note: string; at: Date; actor: string }[] = await this.dataSource.query(
      `SELECT plan_id, action, note, at, actor FROM ${this.t('supervision_plan_history')} WHERE plan_id = ANY($1::uuid[]) ORDER BY version`,
      [planIds],
    );
    for (const r of rows) out.set(r.plan_id, [...(out.get(r.plan_id) ?? []), { action: r.action, note: r.note, at: r.at.toISOString(), by: r.actor }]);
    return out;
  }

  async unitNames(ids: string[]): Promise<Map<string, string>> {
    if (!ids.length) return new Map();
    const rows: { id: string; name: string }[] = await this.dataSource.query(`SELECT id, name FROM ${this.t('unit_directory')} WHERE id = ANY($1::uuid[])`, [ids]);
    return new Map(rows.map((r) => [r.id, r.name]));
  }

  async isActiveUnit(id: string, manager: EntityManager): Promise<boolean> {
    const rows = await manager.query(`SELECT 1 FROM ${this.t('unit_directory')} WHERE id = $1 AND status = 'active'`, [id]);
    return rows.length === 1;
  }

  async search(query: ListSupervisionPlans.Request & { limit: number; offset: number; onlyUnitId?: string }): Promise<{ items: PlanRow[]; total: number }> {
    const where: string[] = [];
    const params: unknown[] = [];
    const add = (sql: string, value: unknown) => {
      params.push(value);
      where.push(sql.replaceAll('?', `$${params.length}`));
    };
    if (query.status) add('status = ?', query.status);
    if (query.unitId) add('unit_id = ?', query.unitId);
    if (query.onlyUnitId) add('unit_id = ?', query.onlyUnitId);
    if (query.q) add(`title ILIKE ? ESCAPE '\\'`, `%${escapeLike(query.q)}%`);
    const whereSql = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const [{ n }] = await this.dataSource.query(`SELECT count(*)::int AS n FROM ${this.t('supervision_plan')} ${whereSql}`, params);
    const rows = await this.dataSource.query(
      `SELECT * FROM ${this.t('supervision_plan')} ${whereSql} ORDER BY created_at DESC, id LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, query.limit, query.offset],
    );
    return { items: rows.map(toPlan), total: n };
  }
}

function toPlan(r: Record<string, unknown>): PlanRow {
  return {
    id: r.id as string,
    unitId: r.unit_id as string,
    title: r.title as string,
    periodStart: isoDate(r.period_start),
    periodEnd: isoDate(r.period_end),
    content: r.content as string,
    attachments: r.attachments as PlanAttachment[],
    status: r.status as PlanStatus,
    decisionNote: (r.decision_note as string) ?? null,
    decidedBy: (r.decided_by as string) ?? null,
    decidedAt: (r.decided_at as Date) ?? null,
    version: r.version as number,
    createdAt: r.created_at as Date,
    createdBy: r.created_by as string,
    updatedAt: r.updated_at as Date,
    updatedBy: r.updated_by as string,
  };
}
