import { Inject, Injectable } from '@nestjs/common';
import type { AssignmentStatus, ListSolicitations, SolicitationStatus } from '@gov/contracts-information';
import { Columns, Conditions, DATA_SOURCE, SCHEMA, selectPage, Table, type Paged } from '@gov/platform';
import type { DataSource, EntityManager } from 'typeorm';

export interface SolicitationRow {
  id: string;
  title: string;
  source: string;
  requirements: string;
  receivedOn: string;
  upperDeadline: string;
  internalWorkingDays: number;
  status: SolicitationStatus;
  replySummary: string | null;
  repliedOn: string | null;
  withdrawalReason: string | null;
  version: number;
  createdAt: Date;
  createdBy: string;
  updatedAt: Date;
  updatedBy: string;
}

export interface AssignmentRow {
  id: string;
  solicitationId: string;
  unitId: string;
  dueDate: string;
  dueExplanation: string[];
  status: AssignmentStatus;
  answer: string | null;
  answeredAt: Date | null;
  answeredBy: string | null;
  late: boolean;
  deduction: number;
  weightVersion: string | null;
}

const COLUMNS = new Columns<SolicitationRow>({
  id: 'id',
  title: 'title',
  source: 'source',
  requirements: 'requirements',
  receivedOn: ['received_on', 'date'],
  upperDeadline: ['upper_deadline', 'date'],
  internalWorkingDays: 'internal_working_days',
  status: 'status',
  replySummary: 'reply_summary',
  repliedOn: ['replied_on', 'date'],
  withdrawalReason: 'withdrawal_reason',
  version: 'version',
  createdAt: 'created_at',
  createdBy: 'created_by',
  updatedAt: 'updated_at',
  updatedBy: 'updated_by',
});

const ASSIGNMENT_COLUMNS = new Columns<AssignmentRow>({
  id: 'id',
  solicitationId: 'solicitation_id',
  unitId: 'unit_id',
  dueDate: ['due_date', 'date'],
  dueExplanation: ['due_explanation', 'json'],
  status: 'status',
  answer: 'answer',
  answeredAt: 'answered_at',
  answeredBy: 'answered_by',
  late: 'late',
  deduction: 'deduction',
  weightVersion: 'weight_version',
});

/** The only place that speaks SQL for 约稿. */
@Injectable()
export class SolicitationsRepository {
  private readonly table: Table<SolicitationRow>;
  private readonly assignmentTable: Table<AssignmentRow>;

  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(SCHEMA) private readonly schema: string,
  ) {
    this.table = new Table(`"${schema}".solicitation`, COLUMNS);
    this.assignmentTable = new Table(`"${schema}".solicitation_assignment`, ASSIGNMENT_COLUMNS);
  }

  findById(id: string, manager: EntityManager = this.dataSource.manager, forUpdate = false): Promise<SolicitationRow | null> {
    return this.table.find(manager, id, forUpdate);
  }

  async insert(row: SolicitationRow, manager: EntityManager): Promise<void> {
    await this.table.insert(manager, row);
  }

  /** Saves the next version if nobody saved one since `expectedVersion`; false when somebody did. */
  saveIfVersion(row: SolicitationRow, expectedVersion: number, manager: EntityManager): Promise<boolean> {
    return this.table.saveIfVersion(manager, row, expectedVersion);
  }

  async insertAssignment(row: AssignmentRow, manager: EntityManager): Promise<void> {
    await this.assignmentTable.insert(manager, row);
  }

  async saveAssignment(row: AssignmentRow, manager: EntityManager): Promise<void> {
    await manager.query(...ASSIGNMENT_COLUMNS.updateById(this.assignmentTable.name, row, ['status', 'answer', 'answeredAt', 'answeredBy', 'late', 'deduction', 'weightVersion']));
  }

  async assignments(solicitationIds: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<AssignmentRow[]> {
    if (!solicitationIds.length) return [];
    const rows = (await manager.query(`SELECT ${this.assignmentTable.select()} FROM ${this.assignmentTable.name} WHERE solicitation_id = ANY($1::uuid[]) ORDER BY due_date, unit_id`, [
      solicitationIds,
    ])) as Record<string, unknown>[];
    return rows.map((row) => ASSIGNMENT_COLUMNS.read(row));
  }

  /** Open 约稿 with pending parts received in or around `year` (their internal deadlines depend on that year's calendar). */
  async openAround(year: number, manager: EntityManager): Promise<SolicitationRow[]> {
    const rows = (await manager.query(
      `SELECT ${this.table.select()} FROM ${this.table.name} WHERE status = 'open' AND extract(year FROM received_on) BETWEEN $1 AND $2 AND id IN (SELECT solicitation_id FROM ${this.assignmentTable.name} WHERE status = 'pending') FOR UPDATE`,
      [year - 1, year],
    )) as Record<string, unknown>[];
    return rows.map((row) => COLUMNS.read(row));
  }

  async redate(row: AssignmentRow, manager: EntityManager): Promise<void> {
    await manager.query(...ASSIGNMENT_COLUMNS.updateById(this.assignmentTable.name, row, ['dueDate', 'dueExplanation']));
  }

  /** The deductions of the units' parts due within [from, until), for the monthly notice. */
  async deductions(from: string, until: string): Promise<{ unitId: string; deduction: number; status: AssignmentStatus; late: boolean; weightVersion: string | null }[]> {
    return (await this.dataSource.query(
      `SELECT unit_id AS "unitId", deduction, status, late, weight_version AS "weightVersion" FROM ${this.assignmentTable.name} WHERE due_date >= $1::date AND due_date < $2::date AND deduction > 0`,
      [from, until],
    )) as { unitId: string; deduction: number; status: AssignmentStatus; late: boolean; weightVersion: string | null }[];
  }

  search(query: ListSolicitations.Request & { limit: number; offset: number; onlyUnitId?: string }): Promise<Paged<SolicitationRow>> {
    const where = new Conditions()
      .when(query.status, 'status = ?')
      .when(query.onlyUnitId, `id IN (SELECT solicitation_id FROM "${this.schema}".solicitation_assignment WHERE unit_id = ?)`)
      .search(query.q, 'title');
    return selectPage(this.dataSource, { columns: this.table.select(), from: this.table.name, where, orderBy: 'received_on DESC, id', limit: query.limit, offset: query.offset }, (row) =>
      COLUMNS.read(row),
    );
  }
}
