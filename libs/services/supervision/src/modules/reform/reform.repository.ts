import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { ListReformEvaluations, ListReformProblems, ListReformTasks, ProblemStatus, ReformCategory, ReformPeriodUnit, ReformTaskStatus } from '@gov/contracts-supervision';
import type { WorkingCalendar } from '@gov/calendar';
import { DATA_SOURCE, SCHEMA } from '@gov/platform';
import type { DataSource, EntityManager } from 'typeorm';
import { calendarIn } from '../suggestions/due-date.js';
import { escapeLike, isoDate, isoDateOrNull, updatedCount } from '../suggestions/sql.js';

export interface TaskRow {
  id: string;
  title: string;
  category: ReformCategory;
  description: string;
  leadUnitId: string;
  coUnitIds: string[];
  assignedOn: string;
  periodAmount: number;
  periodUnit: ReformPeriodUnit;
  dueDate: string | null;
  dueProvisional: boolean;
  dueExplanation: string[];
  status: ReformTaskStatus;
  closingNote: string | null;
  version: number;
  createdAt: Date;
  createdBy: string;
  updatedAt: Date;
  updatedBy: string;
}

export interface InspectionRow {
  id: string;
  taskId: string | null;
  title: string;
  unitId: string;
  inspectedOn: string;
  inspectors: string[];
  summary: string;
  version: number;
  createdAt: Date;
  createdBy: string;
}

export interface ProblemRow {
  id: string;
  inspectionId: string;
  taskId: string | null;
  unitId: string;
  description: string;
  periodAmount: number;
  periodUnit: ReformPeriodUnit;
  dueStart: string;
  dueDate: string | null;
  dueProvisional: boolean;
  dueExplanation: string[];
  status: ProblemStatus;
  rectification: string | null;
  rectifiedOn: string | null;
  verificationNote: string | null;
  returnCount: number;
  version: number;
  createdAt: Date;
  createdBy: string;
  updatedAt: Date;
  updatedBy: string;
}

export interface EvaluationRow {
  id: string;
  taskId: string | null;
  unitId: string | null;
  evaluator: string;
  evaluatedOn: string;
  score: number;
  findings: string;
  version: number;
  createdAt: Date;
  createdBy: string;
}

export type HistoryEntry = { action: string; note: string; at: string; by: string };

/** The only place that speaks SQL for the reform ledger (放管服/“一次办好”台账). */
@Injectable()
export class ReformRepository {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(SCHEMA) private readonly schema: string,
  ) {}

  /** The calendar copy as the transaction sees it (see `calendarIn`). */
  calendar(manager: EntityManager): Promise<WorkingCalendar> {
    return calendarIn(manager, this.schema);
  }

  private t(table: string): string {
    return `"${this.schema}".${table}`;
  }

  // ---------- tasks ----------

  async findTask(id: string, manager: EntityManager = this.dataSource.manager, forUpdate = false): Promise<TaskRow | null> {
    const [row] = await manager.query(`SELECT * FROM ${this.t('reform_task')} WHERE id = $1 ${forUpdate ? 'FOR UPDATE' : ''}`, [id]);
    return row ? toTask(row) : null;
  }

  async insertTask(x: TaskRow, manager: EntityManager): Promise<void> {
    await manager.query(
      `INSERT INTO ${this.t('reform_task')} (id, title, category, description, lead_unit_id, co_unit_ids, assigned_on, period_amount, period_unit, due_date, due_provisional,
         due_explanation, status, closing_note, version, created_at, created_by, updated_at, updated_by)
       VALUES ($1, $2, $3, $4, $5, $6::uuid[], $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19)`,
      [
        x.id,
        x.title,
        x.category,
        x.description,
        x.leadUnitId,
        x.coUnitIds,
        x.assignedOn,
        x.periodAmount,
        x.periodUnit,
        x.dueDate,
        x.dueProvisional,
        JSON.stringify(x.dueExplanation),
        x.status,
        x.closingNote,
        x.version,
        x.createdAt,
        x.createdBy,
        x.updatedAt,
        x.updatedBy,
      ],
    );
  }

  async updateTaskIfVersion(x: TaskRow, expectedVersion: number, manager: EntityManager): Promise<boolean> {
    const rows = await manager.query(
      `UPDATE ${this.t('reform_task')} SET due_date = $3, due_provisional = $4, due_explanation = $5, status = $6, closing_note = $7, version = $8, updated_at = $9, updated_by = $10
       WHERE id = $1 AND version = $2 RETURNING id`,
      [x.id, expectedVersion, x.dueDate, x.dueProvisional, JSON.stringify(x.dueExplanation), x.status, x.closingNote, x.version, x.updatedAt, x.updatedBy],
    );
    return updatedCount(rows) === 1;
  }

  async searchTasks(q: ListReformTasks.Request & { limit: number; offset: number; onlyUnitId?: string }): Promise<{ items: TaskRow[]; total: number }> {
    const { whereSql, params } = build((add) => {
      if (q.category) add('category = ?', q.category);
      if (q.status) add('status = ?', q.status);
      if (q.unitId) add('(lead_unit_id = ? OR co_unit_ids @> ARRAY[?]::uuid[])', q.unitId);
      if (q.onlyUnitId) add('(lead_unit_id = ? OR co_unit_ids @> ARRAY[?]::uuid[])', q.onlyUnitId);
      if (q.q) add(`title ILIKE ? ESCAPE '\\'`, `%${escapeLike(q.q)}%`);
    });
    return this.page(`reform_task`, whereSql, params, 'created_at DESC, id', q, toTask);
  }

  // ---------- inspections and problems ----------

  async findInspection(id: string): Promise<InspectionRow | null> {
    const [row] = await this.dataSource.query(`SELECT * FROM ${this.t('reform_inspection')} WHERE id = $1`, [id]);
    return row ? toInspection(row) : null;
  }

  async insertInspection(x: InspectionRow, manager: EntityManager): Promise<void> {
    await manager.query(
      `INSERT INTO ${this.t('reform_inspection')} (id, task_id, title, unit_id, inspected_on, inspectors, summary, version, created_at, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [x.id, x.taskId, x.title, x.unitId, x.inspectedOn, JSON.stringify(x.inspectors), x.summary, x.version, x.createdAt, x.createdBy],
    );
  }

  async findProblem(id: string, manager: EntityManager = this.dataSource.manager, forUpdate = false): Promise<ProblemRow | null> {
    const [row] = await manager.query(`SELECT * FROM ${this.t('reform_problem')} WHERE id = $1 ${forUpdate ? 'FOR UPDATE' : ''}`, [id]);
    return row ? toProblem(row) : null;
  }

  async problemsOf(inspectionId: string): Promise<ProblemRow[]> {
    const rows = await this.dataSource.query(`SELECT * FROM ${this.t('reform_problem')} WHERE inspection_id = $1 ORDER BY created_at, id`, [inspectionId]);
    return rows.map(toProblem);
  }

  async insertProblem(x: ProblemRow, manager: EntityManager): Promise<void> {
    await manager.query(
      `INSERT INTO ${this.t('reform_problem')} (id, inspection_id, task_id, unit_id, description, period_amount, period_unit, due_start, due_date, due_provisional, due_explanation,
         status, rectification, rectified_on, verification_note, return_count, version, created_at, created_by, updated_at, updated_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21)`,
      [
        x.id,
        x.inspectionId,
        x.taskId,
        x.unitId,
        x.description,
        x.periodAmount,
        x.periodUnit,
        x.dueStart,
        x.dueDate,
        x.dueProvisional,
        JSON.stringify(x.dueExplanation),
        x.status,
        x.rectification,
        x.rectifiedOn,
        x.verificationNote,
        x.returnCount,
        x.version,
        x.createdAt,
        x.createdBy,
        x.updatedAt,
        x.updatedBy,
      ],
    );
  }

  async updateProblemIfVersion(x: ProblemRow, expectedVersion: number, manager: EntityManager): Promise<boolean> {
    const rows = await manager.query(
      `UPDATE ${this.t('reform_problem')} SET due_date = $3, due_provisional = $4, due_explanation = $5, status = $6, rectification = $7, rectified_on = $8,
         verification_note = $9, return_count = $10, version = $11, updated_at = $12, updated_by = $13
       WHERE id = $1 AND version = $2 RETURNING id`,
      [x.id, expectedVersion, x.dueDate, x.dueProvisional, JSON.stringify(x.dueExplanation), x.status, x.rectification, x.rectifiedOn, x.verificationNote, x.returnCount, x.version, x.updatedAt, x.updatedBy],
    );
    return updatedCount(rows) === 1;
  }

  async searchProblems(q: ListReformProblems.Request & { limit: number; offset: number; onlyUnitId?: string }): Promise<{ items: ProblemRow[]; total: number }> {
    const { whereSql, params } = build((add) => {
      if (q.status) add('status = ?', q.status);
      if (q.unitId) add('unit_id = ?', q.unitId);
      if (q.onlyUnitId) add('unit_id = ?', q.onlyUnitId);
      if (q.taskId) add('task_id = ?', q.taskId);
      if (q.inspectionId) add('inspection_id = ?', q.inspectionId);
    });
    return this.page('reform_problem', whereSql, params, 'due_date NULLS LAST, created_at, id', q, toProblem);
  }

  // ---------- evaluations ----------

  async insertEvaluation(x: EvaluationRow, manager: EntityManager): Promise<void> {
    await manager.query(
      `INSERT INTO ${this.t('reform_evaluation')} (id, task_id, unit_id, evaluator, evaluated_on, score, findings, version, created_at, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [x.id, x.taskId, x.unitId, x.evaluator, x.evaluatedOn, x.score, x.findings, x.version, x.createdAt, x.createdBy],
    );
  }

  async searchEvaluations(q: ListReformEvaluations.Request & { limit: number; offset: number; onlyUnitId?: string }): Promise<{ items: EvaluationRow[]; total: number }> {
    const { whereSql, params } = build((add) => {
      if (q.taskId) add('task_id = ?', q.taskId);
      if (q.unitId) add('unit_id = ?', q.unitId);
      // A liaison sees evaluations of their unit and of the tasks their unit leads or joins.
      if (q.onlyUnitId) {
        add(`(unit_id = ? OR task_id IN (SELECT id FROM ${this.t('reform_task')} WHERE lead_unit_id = ? OR co_unit_ids @> ARRAY[?]::uuid[]))`, q.onlyUnitId);
      }
    });
    return this.page('reform_evaluation', whereSql, params, 'evaluated_on DESC, id', q, toEvaluation);
  }

  // ---------- shared ----------

  async recordHistory(recordType: string, recordId: string, version: number, action: string, note: string, actor: string, at: Date, manager: EntityManager): Promise<void> {
    await manager.query(`INSERT INTO ${this.t('reform_history')} (id, record_type, record_id, version, action, note, actor, at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`, [
      randomUUID(),
      recordType,
      recordId,
      version,
      action,
      note,
      actor,
      at,
    ]);
  }

  async history(recordType: string, ids: string[]): Promise<Map<string, HistoryEntry[]>> {
    const out = new Map<string, HistoryEntry[]>();
    if (!ids.length) return out;
    const rows: { record_id: string; action: string; note: string; at: Date; actor: string }[] = await this.dataSource.query(
      `SELECT record_id, action, note, at, actor FROM ${this.t('reform_history')} WHERE record_type = $1 AND record_id = ANY($2::uuid[]) ORDER BY version`,
      [recordType, ids],
    );
    for (const r of rows) out.set(r.record_id, [...(out.get(r.record_id) ?? []), { action: r.action, note: r.note, at: r.at.toISOString(), by: r.actor }]);
    return out;
  }

  async inactiveUnits(ids: string[], manager: EntityManager): Promise<string[]> {
    const unique = [...new Set(ids)];
    if (!unique.length) return [];
    const rows: { id: string }[] = await manager.query(`SELECT id FROM ${this.t('unit_directory')} WHERE id = ANY($1::uuid[]) AND status = 'active'`, [unique]);
    const active = new Set(rows.map((r) => r.id));
    return unique.filter((id) => !active.has(id));
  }

  /** Open tasks and problems whose deadlines a newly loaded calendar year may move. */
  async openDeadlinesAround(year: number, manager: EntityManager): Promise<{ tasks: TaskRow[]; problems: ProblemRow[] }> {
    const near = `(due_provisional OR extract(year FROM due_date) BETWEEN $1 - 1 AND $1)`;
    const tasks = await manager.query(`SELECT * FROM ${this.t('reform_task')} WHERE status = 'open' AND ${near} FOR UPDATE`, [year]);
    const problems = await manager.query(`SELECT * FROM ${this.t('reform_problem')} WHERE status <> 'verified' AND ${near} FOR UPDATE`, [year]);
    return { tasks: tasks.map(toTask), problems: problems.map(toProblem) };
  }

  private async page<T>(
    table: string,
    whereSql: string,
    params: unknown[],
    order: string,
    q: { limit: number; offset: number },
    map: (r: Record<string, unknown>) => T,
  ): Promise<{ items: T[]; total: number }> {
    const [{ n }] = await this.dataSource.query(`SELECT count(*)::int AS n FROM ${this.t(table)} ${whereSql}`, params);
    const rows = await this.dataSource.query(`SELECT * FROM ${this.t(table)} ${whereSql} ORDER BY ${order} LIMIT $${params.length + 1} OFFSET $${params.length + 2}`, [...params, q.limit, q.offset]);
    return { items: rows.map(map), total: n };
  }
}

function build(fill: (add: (sql: string, value: unknown) => void) => void): { whereSql: string; params: unknown[] } {
  const where: string[] = [];
  const params: unknown[] = [];
  fill((sql, value) => {
    params.push(value);
    where.push(sql.replaceAll('?', `$${params.length}`));
  });
  return { whereSql: where.length ? `WHERE ${where.join(' AND ')}` : '', params };
}

function toTask(r: Record<string, unknown>): TaskRow {
  return {
    id: r.id as string,
    title: r.title as string,
    category: r.category as ReformCategory,
    description: r.description as string,
    leadUnitId: r.lead_unit_id as string,
    coUnitIds: r.co_unit_ids as string[],
    assignedOn: isoDate(r.assigned_on),
    periodAmount: r.period_amount as number,
    periodUnit: r.period_unit as ReformPeriodUnit,
    dueDate: isoDateOrNull(r.due_date),
    dueProvisional: r.due_provisional as boolean,
    dueExplanation: r.due_explanation as string[],
    status: r.status as ReformTaskStatus,
    closingNote: (r.closing_note as string) ?? null,
    version: r.version as number,
    createdAt: r.created_at as Date,
    createdBy: r.created_by as string,
    updatedAt: r.updated_at as Date,
    updatedBy: r.updated_by as string,
  };
}

function toInspection(r: Record<string, unknown>): InspectionRow {
  return {
    id: r.id as string,
    taskId: (r.task_id as string) ?? null,
    title: r.title as string,
    unitId: r.unit_id as string,
    inspectedOn: isoDate(r.inspected_on),
    inspectors: r.inspectors as string[],
    summary: r.summary as string,
    version: r.version as number,
    createdAt: r.created_at as Date,
    createdBy: r.created_by as string,
  };
}

function toProblem(r: Record<string, unknown>): ProblemRow {
  return {
    id: r.id as string,
    inspectionId: r.inspection_id as string,
    taskId: (r.task_id as string) ?? null,
    unitId: r.unit_id as string,
    description: r.description as string,
    periodAmount: r.period_amount as number,
    periodUnit: r.period_unit as ReformPeriodUnit,
    dueStart: isoDate(r.due_start),
    dueDate: isoDateOrNull(r.due_date),
    dueProvisional: r.due_provisional as boolean,
    dueExplanation: r.due_explanation as string[],
    status: r.status as ProblemStatus,
    rectification: (r.rectification as string) ?? null,
    rectifiedOn: isoDateOrNull(r.rectified_on),
    verificationNote: (r.verification_note as string) ?? null,
    returnCount: r.return_count as number,
    version: r.version as number,
    createdAt: r.created_at as Date,
    createdBy: r.created_by as string,
    updatedAt: r.updated_at as Date,
    updatedBy: r.updated_by as string,
  };
}

function toEvaluation(r: Record<string, unknown>): EvaluationRow {
  return {
    id: r.id as string,
    taskId: (r.task_id as string) ?? null,
    unitId: (r.unit_id as string) ?? null,
    evaluator: r.evaluator as string,
    evaluatedOn: isoDate(r.evaluated_on),
    score: Number(r.score),
    findings: r.findings as string,
    version: r.version as number,
    createdAt: r.created_at as Date,
    createdBy: r.created_by as string,
  };
}
