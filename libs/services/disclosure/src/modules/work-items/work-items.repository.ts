import { Inject, Injectable } from '@nestjs/common';
import type { ListWorkItems, WorkItemStatus } from '@gov/contracts-disclosure';
import { Columns, Conditions, DATA_SOURCE, SCHEMA, selectPage, Table, type Paged } from '@gov/platform';
import type { DataSource, EntityManager } from 'typeorm';

export interface WorkItemRow {
  id: string;
  year: number;
  number: string;
  content: string;
  basisDocument: string;
  leadUnitId: string;
  coUnitIds: string[];
  dueDate: string;
  status: WorkItemStatus;
  reminded: boolean;
  lastReportedOn: string | null;
  completionReportedOn: string | null;
  completedOn: string | null;
  confirmedBy: string | null;
  returnReason: string | null;
  withdrawalReason: string | null;
  version: number;
  createdAt: Date;
  createdBy: string;
  updatedAt: Date;
  updatedBy: string;
}

export interface WorkItemReportRow {
  id: string;
  unitId: string;
  text: string;
  attachments: string[];
  reportedOn: string;
  completion: boolean;
  by: string;
  at: Date;
}

export interface WorkItemStepRow {
  at: Date;
  by: string;
  step: string;
  label: string;
  note: string | null;
}

const COLUMNS = new Columns<WorkItemRow>({
  id: 'id',
  year: ['year', 'number'],
  number: 'number',
  content: 'content',
  basisDocument: 'basis_document',
  leadUnitId: 'lead_unit_id',
  coUnitIds: ['co_unit_ids', 'uuid[]'],
  dueDate: ['due_date', 'date'],
  status: 'status',
  reminded: 'reminded',
  lastReportedOn: ['last_reported_on', 'date'],
  completionReportedOn: ['completion_reported_on', 'date'],
  completedOn: ['completed_on', 'date'],
  confirmedBy: 'confirmed_by',
  returnReason: 'return_reason',
  withdrawalReason: 'withdrawal_reason',
  version: 'version',
  createdAt: 'created_at',
  createdBy: 'created_by',
  updatedAt: 'updated_at',
  updatedBy: 'updated_by',
});

/** The only place that speaks SQL for 领导小组工作事项. */
@Injectable()
export class WorkItemsRepository {
  private readonly table: Table<WorkItemRow>;
  private readonly reports: string;
  private readonly steps: string;

  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(SCHEMA) schema: string,
  ) {
    this.table = new Table(`"${schema}".work_item`, COLUMNS);
    this.reports = `"${schema}".work_item_report`;
    this.steps = `"${schema}".work_item_step`;
  }

  findById(id: string, manager: EntityManager = this.dataSource.manager, forUpdate = false): Promise<WorkItemRow | null> {
    return this.table.find(manager, id, forUpdate);
  }

  async insert(row: WorkItemRow, manager: EntityManager): Promise<void> {
    await this.table.insert(manager, row);
  }

  /** Saves the next version if nobody saved one since `expectedVersion`; false when somebody did. */
  saveIfVersion(row: WorkItemRow, expectedVersion: number, manager: EntityManager): Promise<boolean> {
    return this.table.saveIfVersion(manager, row, expectedVersion);
  }

  /** Whether another item of the year, not withdrawn, has the number. */
  async numberTaken(manager: EntityManager, year: number, number: string, exceptId?: string): Promise<boolean> {
    const rows: unknown[] = await manager.query(`SELECT 1 FROM ${this.table.name} WHERE year = $1 AND number = $2 AND status <> 'withdrawn' AND ($3::uuid IS NULL OR id <> $3::uuid) LIMIT 1`, [year, number, exceptId ?? null]);
    return rows.length > 0;
  }

  async addReport(manager: EntityManager, workItemId: string, report: WorkItemReportRow): Promise<void> {
    await manager.query(`INSERT INTO ${this.reports} (id, work_item_id, unit_id, text, attachments, reported_on, completion, by_username, at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`, [
      report.id,
      workItemId,
      report.unitId,
      report.text,
      JSON.stringify(report.attachments),
      report.reportedOn,
      report.completion,
      report.by,
      report.at,
    ]);
  }

  async reportsOf(workItemId: string, manager: EntityManager = this.dataSource.manager): Promise<WorkItemReportRow[]> {
    const rows: { id: string; unit_id: string; text: string; attachments: string[]; reported_on: string; completion: boolean; by_username: string; at: Date }[] = await manager.query(
      `SELECT id, unit_id, text, attachments, to_char(reported_on, 'YYYY-MM-DD') AS reported_on, completion, by_username, at FROM ${this.reports} WHERE work_item_id = $1 ORDER BY at, id`,
      [workItemId],
    );
    return rows.map((r) => ({ id: r.id, unitId: r.unit_id, text: r.text, attachments: r.attachments, reportedOn: r.reported_on, completion: r.completion, by: r.by_username, at: r.at }));
  }

  async addStep(manager: EntityManager, workItemId: string, step: WorkItemStepRow): Promise<void> {
    await manager.query(`INSERT INTO ${this.steps} (work_item_id, at, by_username, step, label, note) VALUES ($1, $2, $3, $4, $5, $6)`, [workItemId, step.at, step.by, step.step, step.label, step.note]);
  }

  async stepsOf(workItemId: string, manager: EntityManager = this.dataSource.manager): Promise<WorkItemStepRow[]> {
    const rows: { at: Date; by_username: string; step: string; label: string; note: string | null }[] = await manager.query(
      `SELECT at, by_username, step, label, note FROM ${this.steps} WHERE work_item_id = $1 ORDER BY seq`,
      [workItemId],
    );
    return rows.map((r) => ({ at: r.at, by: r.by_username, step: r.step, label: r.label, note: r.note }));
  }

  /**
   * The open items not yet reminded whose deadline is on or before `dueBy`, locked (skipping those another replica holds):
   * the candidates of the reminder sweep, which judges each in working days.
   */
  async unremindedDueBy(manager: EntityManager, dueBy: string): Promise<WorkItemRow[]> {
    const rows: Record<string, unknown>[] = await manager.query(
      `SELECT ${this.table.select()} FROM ${this.table.name} WHERE status IN ('in_progress', 'returned') AND NOT reminded AND due_date <= $1::date ORDER BY due_date, id LIMIT 500 FOR UPDATE SKIP LOCKED`,
      [dueBy],
    );
    return rows.map((r) => COLUMNS.read(r));
  }

  search(query: ListWorkItems.Request & { limit: number; offset: number; onlyUnitId?: string; overdueBefore?: string }): Promise<Paged<WorkItemRow>> {
    const where = new Conditions()
      .when(query.onlyUnitId, '(lead_unit_id = ?::uuid OR ?::uuid = ANY (co_unit_ids))')
      .when(query.unitId, '(lead_unit_id = ?::uuid OR ?::uuid = ANY (co_unit_ids))')
      .when(query.year, 'year = ?::int')
      .when(query.status, 'status = ?')
      .when(query.overdueBefore, `status IN ('in_progress', 'returned') AND due_date < ?::date`)
      .search(query.q, 'content', 'basis_document', 'number');
    return selectPage(this.dataSource, { columns: this.table.select(), from: this.table.name, where, orderBy: 'year DESC, due_date, number, id', limit: query.limit, offset: query.offset }, (row) =>
      COLUMNS.read(row),
    );
  }
}
