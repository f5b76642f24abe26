import { Inject, Injectable } from '@nestjs/common';
import type { ListSecurityIncidents, SecurityIncidentKind, SecurityIncidentLevel, SecurityIncidentStatus } from '@gov/contracts-facilities-and-vehicles';
import { Columns, Conditions, DATA_SOURCE, SCHEMA, selectPage, Table, type Paged } from '@gov/platform';
import type { DataSource, EntityManager } from 'typeorm';

export interface SecurityIncidentRow {
  id: string;
  title: string;
  kind: SecurityIncidentKind;
  occurredAt: Date;
  place: string;
  description: string;
  handling: string | null;
  status: SecurityIncidentStatus;
  closedAt: Date | null;
  withdrawalReason: string | null;
  escalationLevel: SecurityIncidentLevel | null;
  escalatedAt: Date | null;
  escalatedBy: string | null;
  escalationNote: string | null;
  version: number;
  createdAt: Date;
  createdBy: string;
  updatedAt: Date;
  updatedBy: string;
}

const COLUMNS = new Columns<SecurityIncidentRow>({
  id: 'id',
  title: 'title',
  kind: 'kind',
  occurredAt: 'occurred_at',
  place: 'place',
  description: 'description',
  handling: 'handling',
  status: 'status',
  closedAt: 'closed_at',
  withdrawalReason: 'withdrawal_reason',
  escalationLevel: 'escalation_level',
  escalatedAt: 'escalated_at',
  escalatedBy: 'escalated_by',
  escalationNote: 'escalation_note',
  version: 'version',
  createdAt: 'created_at',
  createdBy: 'created_by',
  updatedAt: 'updated_at',
  updatedBy: 'updated_by',
});

/** The only place that speaks SQL for 安全事件. */
@Injectable()
export class SecurityIncidentsRepository {
  private readonly table: Table<SecurityIncidentRow>;

  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(SCHEMA) schema: string,
  ) {
    this.table = new Table(`"${schema}".security_incident`, COLUMNS);
  }

  findById(id: string, manager: EntityManager = this.dataSource.manager, forUpdate = false): Promise<SecurityIncidentRow | null> {
    return this.table.find(manager, id, forUpdate);
  }

  async insert(row: SecurityIncidentRow, manager: EntityManager): Promise<void> {
    await this.table.insert(manager, row);
  }

  /** Saves the next version if nobody saved one since `expectedVersion`; false when somebody did. */
  saveIfVersion(row: SecurityIncidentRow, expectedVersion: number, manager: EntityManager): Promise<boolean> {
    return this.table.saveIfVersion(manager, row, expectedVersion);
  }

  /** The incidents, newest first; dates are Beijing days of the occurrence. */
  search(query: ListSecurityIncidents.Request & { limit: number; offset: number }): Promise<Paged<SecurityIncidentRow>> {
    const where = new Conditions()
      .when(query.status, 'status = ?')
      .when(query.kind, 'kind = ?')
      .when(query.escalated, '(escalated_at IS NOT NULL) = ?::boolean')
      .when(query.from, `(occurred_at AT TIME ZONE 'Asia/Shanghai')::date >= ?::date`)
      .when(query.to, `(occurred_at AT TIME ZONE 'Asia/Shanghai')::date <= ?::date`)
      .search(query.q, 'title', 'place');
    return selectPage(this.dataSource, { columns: this.table.select(), from: this.table.name, where, orderBy: 'occurred_at DESC, id', limit: query.limit, offset: query.offset }, (row) =>
      COLUMNS.read(row),
    );
  }
}
