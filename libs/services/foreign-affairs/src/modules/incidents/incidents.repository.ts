import { Inject, Injectable } from '@nestjs/common';
import type { ForeignIncidentKind, ForeignIncidentLevel, IncidentActionView, IncidentReportView, IncidentStatus, InvolvedUnit, ListIncidents } from '@gov/contracts-foreign-affairs';
import { Columns, Conditions, DATA_SOURCE, SCHEMA, selectPage, Table, type Paged } from '@gov/platform';
import type { DataSource, EntityManager } from 'typeorm';

/** A contact as stored: the 手机号 encrypted (SM4 + HMAC-SM3) with its masked form for lists. */
export interface StoredContact {
  name: string;
  relation: string;
  phoneEncrypted: string;
  phoneMasked: string;
}

export interface IncidentRow {
  id: string;
  unitId: string | null;
  kind: ForeignIncidentKind;
  title: string;
  level: ForeignIncidentLevel;
  occurredAt: string;
  receivedAt: string;
  location: string | null;
  country: string | null;
  summary: string;
  units: InvolvedUnit[];
  contacts: StoredContact[];
  reports: IncidentReportView[];
  actions: IncidentActionView[];
  status: IncidentStatus;
  outcome: string | null;
  withdrawalReason: string | null;
  version: number;
  createdAt: Date;
  createdBy: string;
  updatedAt: Date;
  updatedBy: string;
}

const COLUMNS = new Columns<IncidentRow>({
  id: 'id',
  unitId: 'unit_id',
  kind: 'kind',
  title: 'title',
  level: 'level',
  occurredAt: ['occurred_at', 'instant'],
  receivedAt: ['received_at', 'instant'],
  location: 'location',
  country: 'country',
  summary: 'summary',
  units: ['units', 'json'],
  contacts: ['contacts', 'json'],
  reports: ['reports', 'json'],
  actions: ['actions', 'json'],
  status: 'status',
  outcome: 'outcome',
  withdrawalReason: 'withdrawal_reason',
  version: 'version',
  createdAt: 'created_at',
  createdBy: 'created_by',
  updatedAt: 'updated_at',
  updatedBy: 'updated_by',
});

/** The only place that speaks SQL for 涉外案事件. */
@Injectable()
export class IncidentsRepository {
  private readonly table: Table<IncidentRow>;

  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(SCHEMA) private readonly schema: string,
  ) {
    this.table = new Table(`"${schema}".incident`, COLUMNS);
  }

  findById(id: string, manager: EntityManager = this.dataSource.manager, forUpdate = false): Promise<IncidentRow | null> {
    return this.table.find(manager, id, forUpdate);
  }

  async insert(row: IncidentRow, manager: EntityManager): Promise<void> {
    await this.table.insert(manager, row);
  }

  saveIfVersion(row: IncidentRow, expectedVersion: number, manager: EntityManager): Promise<boolean> {
    return this.table.saveIfVersion(manager, row, expectedVersion);
  }

  async addHistory(entry: { incidentId: string; step: string; fromStatus: IncidentStatus | null; toStatus: IncidentStatus; note: string | null; at: Date; by: string }, manager: EntityManager): Promise<void> {
    await manager.query(`INSERT INTO "${this.schema}".incident_history (incident_id, step, from_status, to_status, note, at, by) VALUES ($1, $2, $3, $4, $5, $6, $7)`, [
      entry.incidentId,
      entry.step,
      entry.fromStatus,
      entry.toStatus,
      entry.note,
      entry.at,
      entry.by,
    ]);
  }

  search(query: ListIncidents.Request & { limit: number; offset: number; onlyUnitId?: string }): Promise<Paged<IncidentRow>> {
    const where = new Conditions().when(query.status, 'status = ?').when(query.kind, 'kind = ?').when(query.onlyUnitId, 'unit_id = ?').search(query.q, 'title');
    return selectPage(this.dataSource, { columns: this.table.select(), from: this.table.name, where, orderBy: 'received_at DESC, id', limit: query.limit, offset: query.offset }, (row) =>
      COLUMNS.read(row),
    );
  }
}
