import { Inject, Injectable } from '@nestjs/common';
import type { GuidanceVisitStatus, GuidanceVisitStepView, ListGuidanceVisits, RectificationItem } from '@gov/contracts-facilities-and-vehicles';
import { Columns, Conditions, DATA_SOURCE, SCHEMA, selectPage, Table, type Paged } from '@gov/platform';
import type { DataSource, EntityManager } from 'typeorm';

export interface GuidanceVisitRow {
  id: string;
  unitId: string;
  unitName: string;
  visitDate: string;
  visitors: string;
  findings: string;
  items: RectificationItem[];
  dueDate: string | null;
  status: GuidanceVisitStatus;
  rectificationReport: string | null;
  reportedBy: string | null;
  reportedAt: Date | null;
  closingNote: string | null;
  closedBy: string | null;
  closedAt: Date | null;
  withdrawalReason: string | null;
  history: GuidanceVisitStepView[];
  version: number;
  createdAt: Date;
  createdBy: string;
  updatedAt: Date;
  updatedBy: string;
}

const COLUMNS = new Columns<GuidanceVisitRow>({
  id: 'id',
  unitId: 'unit_id',
  unitName: 'unit_name',
  visitDate: ['visit_date', 'date'],
  visitors: 'visitors',
  findings: 'findings',
  items: ['items', 'json'],
  dueDate: ['due_date', 'date'],
  status: 'status',
  rectificationReport: 'rectification_report',
  reportedBy: 'reported_by',
  reportedAt: 'reported_at',
  closingNote: 'closing_note',
  closedBy: 'closed_by',
  closedAt: 'closed_at',
  withdrawalReason: 'withdrawal_reason',
  history: ['history', 'json'],
  version: 'version',
  createdAt: 'created_at',
  createdBy: 'created_by',
  updatedAt: 'updated_at',
  updatedBy: 'updated_by',
});

/** The only place that speaks SQL for 指导检查. */
@Injectable()
export class GuidanceVisitsRepository {
  private readonly table: Table<GuidanceVisitRow>;

  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(SCHEMA) schema: string,
  ) {
    this.table = new Table(`"${schema}".guidance_visit`, COLUMNS);
  }

  findById(id: string, manager: EntityManager = this.dataSource.manager, forUpdate = false): Promise<GuidanceVisitRow | null> {
    return this.table.find(manager, id, forUpdate);
  }

  async insert(row: GuidanceVisitRow, manager: EntityManager): Promise<void> {
    await this.table.insert(manager, row);
  }

  /** Saves the next version if nobody saved one since `expectedVersion`; false when somebody did. */
  saveIfVersion(row: GuidanceVisitRow, expectedVersion: number, manager: EntityManager): Promise<boolean> {
    return this.table.saveIfVersion(manager, row, expectedVersion);
  }

  search(query: ListGuidanceVisits.Request & { limit: number; offset: number; onlyUnitId?: string }): Promise<Paged<GuidanceVisitRow>> {
    const where = new Conditions().when(query.status, 'status = ?').when(query.onlyUnitId, 'unit_id = ?').search(query.q, 'unit_name', 'findings');
    return selectPage(this.dataSource, { columns: this.table.select(), from: this.table.name, where, orderBy: 'visit_date DESC, created_at DESC, id', limit: query.limit, offset: query.offset }, (row) =>
      COLUMNS.read(row),
    );
  }
}
