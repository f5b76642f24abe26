import { Inject, Injectable } from '@nestjs/common';
import type { InspectionStatus, ListDisclosureInspections } from '@gov/contracts-disclosure';
import { Columns, Conditions, DATA_SOURCE, SCHEMA, selectPage, Table, type Paged } from '@gov/platform';
import type { DataSource, EntityManager } from 'typeorm';

export interface InspectionRow {
  id: string;
  unitId: string;
  title: string;
  url: string | null;
  inspectedOn: string;
  content: string;
  status: InspectionStatus;
  workingDays: number | null;
  dueDate: string | null;
  dueExplanation: string[];
  rectifiedOn: string | null;
  rectificationNote: string | null;
  rectifiedBy: string | null;
  withdrawalReason: string | null;
  version: number;
  createdAt: Date;
  createdBy: string;
  updatedAt: Date;
  updatedBy: string;
}

const COLUMNS = new Columns<InspectionRow>({
  id: 'id',
  unitId: 'unit_id',
  title: 'title',
  url: 'url',
  inspectedOn: ['inspected_on', 'date'],
  content: 'content',
  status: 'status',
  workingDays: ['working_days', 'number'],
  dueDate: ['due_date', 'date'],
  dueExplanation: ['due_explanation', 'json'],
  rectifiedOn: ['rectified_on', 'date'],
  rectificationNote: 'rectification_note',
  rectifiedBy: 'rectified_by',
  withdrawalReason: 'withdrawal_reason',
  version: 'version',
  createdAt: 'created_at',
  createdBy: 'created_by',
  updatedAt: 'updated_at',
  updatedBy: 'updated_by',
});

/** The only place that speaks SQL for 公开巡查. */
@Injectable()
export class InspectionsRepository {
  private readonly table: Table<InspectionRow>;

  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(SCHEMA) schema: string,
  ) {
    this.table = new Table(`"${schema}".inspection`, COLUMNS);
  }

  findById(id: string, manager: EntityManager = this.dataSource.manager, forUpdate = false): Promise<InspectionRow | null> {
    return this.table.find(manager, id, forUpdate);
  }

  async insert(row: InspectionRow, manager: EntityManager): Promise<void> {
    await this.table.insert(manager, row);
  }

  /** Saves the next version if nobody saved one since `expectedVersion`; false when somebody did. */
  saveIfVersion(row: InspectionRow, expectedVersion: number, manager: EntityManager): Promise<boolean> {
    return this.table.saveIfVersion(manager, row, expectedVersion);
  }

  /** The inspections still being rectified, whose deadline a calendar change may move, locked. */
  async rectifyingForRedating(manager: EntityManager): Promise<InspectionRow[]> {
    const rows: Record<string, unknown>[] = await manager.query(`SELECT ${this.table.select()} FROM ${this.table.name} WHERE status = 'rectifying' ORDER BY id FOR UPDATE`);
    return rows.map((r) => COLUMNS.read(r));
  }

  search(query: ListDisclosureInspections.Request & { limit: number; offset: number; onlyUnitId?: string; overdueBefore?: string }): Promise<Paged<InspectionRow>> {
    const where = new Conditions()
      .when(query.status, 'status = ?')
      .when(query.onlyUnitId, 'unit_id = ?')
      .when(query.overdueBefore, `status = 'rectifying' AND due_date < ?::date`)
      .search(query.q, 'title');
    return selectPage(this.dataSource, { columns: this.table.select(), from: this.table.name, where, orderBy: 'inspected_on DESC, created_at DESC, id', limit: query.limit, offset: query.offset }, (row) =>
      COLUMNS.read(row),
    );
  }
}
