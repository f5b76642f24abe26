import { Inject, Injectable } from '@nestjs/common';
import type { AuditFindingView, InternalAuditStatus, ListInternalAudits } from '@gov/contracts-personnel-finance';
import { Columns, Conditions, DATA_SOURCE, SCHEMA, selectPage, Table, type Paged } from '@gov/platform';
import type { DataSource, EntityManager } from 'typeorm';
import type { TimelineEntry } from '../../common/timeline.js';

export interface InternalAuditRow {
  id: string;
  unitId: string;
  unitName: string;
  periodFrom: string;
  periodTo: string;
  scope: string;
  team: string[];
  plannedOn: string;
  startedOn: string | null;
  reportNumber: string | null;
  reportedOn: string | null;
  closedOn: string | null;
  findings: AuditFindingView[];
  status: InternalAuditStatus;
  withdrawalReason: string | null;
  timeline: TimelineEntry[];
  version: number;
  createdAt: Date;
  createdBy: string;
  updatedAt: Date;
  updatedBy: string;
}

const COLUMNS = new Columns<InternalAuditRow>({
  id: 'id',
  unitId: 'unit_id',
  unitName: 'unit_name',
  periodFrom: ['period_from', 'date'],
  periodTo: ['period_to', 'date'],
  scope: 'scope',
  team: ['team', 'json'],
  plannedOn: ['planned_on', 'date'],
  startedOn: ['started_on', 'date'],
  reportNumber: 'report_number',
  reportedOn: ['reported_on', 'date'],
  closedOn: ['closed_on', 'date'],
  findings: ['findings', 'json'],
  status: 'status',
  withdrawalReason: 'withdrawal_reason',
  timeline: ['timeline', 'json'],
  version: 'version',
  createdAt: 'created_at',
  createdBy: 'created_by',
  updatedAt: 'updated_at',
  updatedBy: 'updated_by',
});

/** The only place that speaks SQL for 内部审计. */
@Injectable()
export class InternalAuditsRepository {
  private readonly table: Table<InternalAuditRow>;

  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(SCHEMA) schema: string,
  ) {
    this.table = new Table(`"${schema}".internal_audit`, COLUMNS);
  }

  findById(id: string, manager: EntityManager = this.dataSource.manager, forUpdate = false): Promise<InternalAuditRow | null> {
    return this.table.find(manager, id, forUpdate);
  }

  async insert(row: InternalAuditRow, manager: EntityManager): Promise<void> {
    await this.table.insert(manager, row);
  }

  /** Saves the next version if nobody saved one since `expectedVersion`; false when somebody did. */
  saveIfVersion(row: InternalAuditRow, expectedVersion: number, manager: EntityManager): Promise<boolean> {
    return this.table.saveIfVersion(manager, row, expectedVersion);
  }

  search(query: ListInternalAudits.Request & { limit: number; offset: number }): Promise<Paged<InternalAuditRow>> {
    const where = new Conditions().when(query.status, 'status = ?').when(query.unitId, 'unit_id = ?').search(query.q, 'unit_name', 'scope');
    return selectPage(this.dataSource, { columns: this.table.select(), from: this.table.name, where, orderBy: 'planned_on DESC, created_at DESC, id', limit: query.limit, offset: query.offset }, (row) =>
      COLUMNS.read(row),
    );
  }
}
