import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { ListReformEvaluations, ListReformProblems, ListReformTasks, ProblemStatus, ReformCategory, ReformPeriodUnit, ReformTaskStatus } from '@gov/contracts-supervision';
import type { EntityManager } from 'typeorm';
import { Columns, Conditions, type Paged } from '@gov/platform';
import { SchemaRepository, type HistoryLine } from '../../common/schema.repository.js';
import type { ReformCounts } from './reform.rules.js';

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
  workGroup: string | null;
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

/** One progress report of a unit on a task (never changed). */
export interface ProgressRow {
  id: string;
  taskId: string;
  unitId: string;
  reportedOn: string;
  percent: number | null;
  progress: string;
  createdAt: Date;
  createdBy: string;
}

export type HistoryEntry = HistoryLine;

const AUDIT = { version: 'version', createdAt: 'created_at', createdBy: 'created_by' } as const;
const CHANGE_AUDIT = { ...AUDIT, updatedAt: 'updated_at', updatedBy: 'updated_by' } as const;
const DUE = { dueDate: ['due_date', 'date'], dueProvisional: 'due_provisional', dueExplanation: ['due_explanation', 'json'] } as const;

const TASK = new Columns<TaskRow>({
  id: 'id',
  title: 'title',
  category: 'category',
  description: 'description',
  leadUnitId: 'lead_unit_id',
  coUnitIds: 'co_unit_ids',
  assignedOn: ['assigned_on', 'date'],
  periodAmount: 'period_amount',
  periodUnit: 'period_unit',
  ...DUE,
  status: 'status',
  closingNote: 'closing_note',
  workGroup: 'work_group',
  ...CHANGE_AUDIT,
});
const PROGRESS = new Columns<ProgressRow>({
  id: 'id',
  taskId: 'task_id',
  unitId: 'unit_id',
  reportedOn: ['reported_on', 'date'],
  percent: 'percent',
  progress: 'progress',
  createdAt: 'created_at',
  createdBy: 'created_by',
});
const INSPECTION = new Columns<InspectionRow>({
  id: 'id',
  taskId: 'task_id',
  title: 'title',
  unitId: 'unit_id',
  inspectedOn: ['inspected_on', 'date'],
  inspectors: ['inspectors', 'json'],
  summary: 'summary',
  ...AUDIT,
});
const PROBLEM = new Columns<ProblemRow>({
  id: 'id',
  inspectionId: 'inspection_id',
  taskId: 'task_id',
  unitId: 'unit_id',
  description: 'description',
  periodAmount: 'period_amount',
  periodUnit: 'period_unit',
  dueStart: ['due_start', 'date'],
  ...DUE,
  status: 'status',
  rectification: 'rectification',
  rectifiedOn: ['rectified_on', 'date'],
  verificationNote: 'verification_note',
  returnCount: 'return_count',
  ...CHANGE_AUDIT,
});
const EVALUATION = new Columns<EvaluationRow>({
  id: 'id',
  taskId: 'task_id',
  unitId: 'unit_id',
  evaluator: 'evaluator',
  evaluatedOn: ['evaluated_on', 'date'],
  score: ['score', 'number'],
  findings: 'findings',
  ...AUDIT,
});
const CHANGED = ['dueDate', 'dueProvisional', 'dueExplanation', 'status', 'updatedAt', 'updatedBy'] as const;
const TASK_CHANGES: (keyof TaskRow)[] = [...CHANGED, 'closingNote'];
const PROBLEM_CHANGES: (keyof ProblemRow)[] = [...CHANGED, 'rectification', 'rectifiedOn', 'verificationNote', 'returnCount'];
/** A unit takes part in a task as its lead or as a co-unit. */
const IN_TASK = '(lead_unit_id = ? OR co_unit_ids @> ARRAY[?]::uuid[])';

/** The only place that speaks SQL for the reform ledger (放管服/“一次办好”台账). */
@Injectable()
export class ReformRepository extends SchemaRepository {
  // ---------- tasks ----------

  findTask(id: string, manager?: EntityManager, forUpdate = false): Promise<TaskRow | null> {
    return this.findRow('reform_task', id, TASK, manager, forUpdate);
  }

  async insertTask(x: TaskRow, manager: EntityManager): Promise<void> {
    await this.insertRow(TASK, 'reform_task', x, manager);
  }

  async updateTaskIfVersion(x: TaskRow, expectedVersion: number, manager: EntityManager): Promise<boolean> {
    return this.saveIfVersion(TASK, 'reform_task', x, expectedVersion, TASK_CHANGES, manager);
  }

  searchTasks(q: ListReformTasks.Request & { limit: number; offset: number; onlyUnitId?: string }): Promise<Paged<TaskRow>> {
    const filters = new Conditions()
      .when(q.category, 'category = ?')
      .when(q.status, 'status = ?')
      .when(q.unitId, IN_TASK)
      .when(q.onlyUnitId, IN_TASK)
      .when(q.workGroup, 'work_group = ?')
      .search(q.q, 'title');
    return this.page(this.t('reform_task'), filters, 'created_at DESC, id', q, TASK);
  }

  async insertProgress(x: ProgressRow, manager: EntityManager): Promise<void> {
    await this.insertRow(PROGRESS, 'reform_task_progress', x, manager);
  }

  /** The progress reports of the tasks, newest first, by task. */
  async progressOf(taskIds: string[]): Promise<Map<string, ProgressRow[]>> {
    const byTask = new Map<string, ProgressRow[]>();
    if (!taskIds.length) return byTask;
    for (const row of await this.select(PROGRESS, 'reform_task_progress', 'task_id = ANY($1::uuid[])', [taskIds], 'reported_on DESC, created_at DESC, id')) {
      byTask.set(row.taskId, [...(byTask.get(row.taskId) ?? []), row]);
    }
    return byTask;
  }

  /**
   * What the ledger counts per unit for the yearly assessment: tasks assigned in `year` that the unit leads (cancelled
   * ones left out), completed, on time (closed on or before the due date, Beijing day), late (open past the due date on
   * `asOf`, or completed after it); problems found at inspections in `year`, verified, late (reported after the due
   * date, or not reported and past it); the average of the unit's third-party evaluations dated in `year`.
   */
  async assessmentCounts(year: number, asOf: string, onlyUnitId?: string): Promise<ReformCounts[]> {
    const closedOn = `(updated_at AT TIME ZONE 'Asia/Shanghai')::date`;
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `WITH t AS (
         SELECT lead_unit_id AS unit_id, count(*)::int AS led,
                count(*) FILTER (WHERE status = 'completed')::int AS completed,
                count(*) FILTER (WHERE status = 'completed' AND (due_date IS NULL OR ${closedOn} <= due_date))::int AS on_time,
                count(*) FILTER (WHERE (status = 'open' AND due_date < $2::date) OR (status = 'completed' AND ${closedOn} > due_date))::int AS late
           FROM ${this.t('reform_task')}
          WHERE status <> 'cancelled' AND assigned_on >= make_date($1, 1, 1) AND assigned_on < make_date($1 + 1, 1, 1)
          GROUP BY lead_unit_id),
       p AS (
         SELECT unit_id, count(*)::int AS found,
                count(*) FILTER (WHERE status = 'verified')::int AS verified,
                count(*) FILTER (WHERE (rectified_on IS NOT NULL AND rectified_on > due_date) OR (rectified_on IS NULL AND due_date < $2::date))::int AS late
           FROM ${this.t('reform_problem')}
          WHERE due_start >= make_date($1, 1, 1) AND due_start < make_date($1 + 1, 1, 1)
          GROUP BY unit_id),
       e AS (
         SELECT unit_id, round(avg(score), 2)::float8 AS average
           FROM ${this.t('reform_evaluation')}
          WHERE unit_id IS NOT NULL AND evaluated_on >= make_date($1, 1, 1) AND evaluated_on < make_date($1 + 1, 1, 1)
          GROUP BY unit_id),
       u AS (SELECT unit_id FROM t UNION SELECT unit_id FROM p UNION SELECT unit_id FROM e)
       SELECT u.unit_id, coalesce(d.name, u.unit_id::text) AS unit_name,
              coalesce(t.led, 0) AS led, coalesce(t.completed, 0) AS completed, coalesce(t.on_time, 0) AS on_time, coalesce(t.late, 0) AS task_late,
              coalesce(p.found, 0) AS found, coalesce(p.verified, 0) AS verified, coalesce(p.late, 0) AS problem_late, e.average
         FROM u
         LEFT JOIN t ON t.unit_id = u.unit_id
         LEFT JOIN p ON p.unit_id = u.unit_id
         LEFT JOIN e ON e.unit_id = u.unit_id
         LEFT JOIN ${this.t('unit_directory')} d ON d.id = u.unit_id
        WHERE $3::uuid IS NULL OR u.unit_id = $3::uuid`,
      [year, asOf, onlyUnitId ?? null],
    );
    return rows.map((r) => ({
      unitId: r.unit_id as string,
      unitName: r.unit_name as string,
      tasksLed: r.led as number,
      tasksCompleted: r.completed as number,
      tasksOnTime: r.on_time as number,
      tasksLate: r.task_late as number,
      problemsFound: r.found as number,
      problemsVerified: r.verified as number,
      problemsLate: r.problem_late as number,
      evaluationAverage: (r.average as number | null) ?? null,
    }));
  }

  // ---------- inspections and problems ----------

  findInspection(id: string): Promise<InspectionRow | null> {
    return this.findRow('reform_inspection', id, INSPECTION);
  }

  async insertInspection(x: InspectionRow, manager: EntityManager): Promise<void> {
    await this.insertRow(INSPECTION, 'reform_inspection', x, manager);
  }

  findProblem(id: string, manager?: EntityManager, forUpdate = false): Promise<ProblemRow | null> {
    return this.findRow('reform_problem', id, PROBLEM, manager, forUpdate);
  }

  problemsOf(inspectionId: string): Promise<ProblemRow[]> {
    return this.select(PROBLEM, 'reform_problem', 'inspection_id = $1', [inspectionId], 'created_at, id');
  }

  async insertProblem(x: ProblemRow, manager: EntityManager): Promise<void> {
    await this.insertRow(PROBLEM, 'reform_problem', x, manager);
  }

  async updateProblemIfVersion(x: ProblemRow, expectedVersion: number, manager: EntityManager): Promise<boolean> {
    return this.saveIfVersion(PROBLEM, 'reform_problem', x, expectedVersion, PROBLEM_CHANGES, manager);
  }

  searchProblems(q: ListReformProblems.Request & { limit: number; offset: number; onlyUnitId?: string }): Promise<Paged<ProblemRow>> {
    const filters = new Conditions()
      .when(q.status, 'status = ?')
      .when(q.unitId, 'unit_id = ?')
      .when(q.onlyUnitId, 'unit_id = ?')
      .when(q.taskId, 'task_id = ?')
      .when(q.inspectionId, 'inspection_id = ?');
    return this.page(this.t('reform_problem'), filters, 'due_date NULLS LAST, created_at, id', q, PROBLEM);
  }

  // ---------- evaluations ----------

  async insertEvaluation(x: EvaluationRow, manager: EntityManager): Promise<void> {
    await this.insertRow(EVALUATION, 'reform_evaluation', x, manager);
  }

  searchEvaluations(q: ListReformEvaluations.Request & { limit: number; offset: number; onlyUnitId?: string }): Promise<Paged<EvaluationRow>> {
    // A liaison sees evaluations of their unit and of the tasks their unit leads or joins.
    const filters = new Conditions()
      .when(q.taskId, 'task_id = ?')
      .when(q.unitId, 'unit_id = ?')
      .when(q.onlyUnitId, `(unit_id = ? OR task_id IN (SELECT id FROM ${this.t('reform_task')} WHERE ${IN_TASK}))`);
    return this.page(this.t('reform_evaluation'), filters, 'evaluated_on DESC, id', q, EVALUATION);
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

  history(recordType: string, ids: string[]): Promise<Map<string, HistoryEntry[]>> {
    return this.historyOf('reform_history', 'record_id', ids, recordType);
  }

  async inactiveUnits(ids: string[], manager: EntityManager): Promise<string[]> {
    const active = await this.activeUnits(ids, manager);
    return [...new Set(ids)].filter((id) => !active.has(id));
  }

  /** Open tasks and problems whose deadlines a newly loaded calendar year may move. */
  async openDeadlinesAround(year: number, manager: EntityManager): Promise<{ tasks: TaskRow[]; problems: ProblemRow[] }> {
    const near = `(due_provisional OR extract(year FROM due_date) BETWEEN $1 - 1 AND $1)`;
    const tasks = await this.select(TASK, 'reform_task', `status = 'open' AND ${near}`, [year], 'id', manager, true);
    const problems = await this.select(PROBLEM, 'reform_problem', `status <> 'verified' AND ${near}`, [year], 'id', manager, true);
    return { tasks, problems };
  }
}
