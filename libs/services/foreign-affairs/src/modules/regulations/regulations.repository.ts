import { Inject, Injectable } from '@nestjs/common';
import type { EducationAttendee, EducationKind, EducationSessionStatus, ListEducationSessions, ListRegulations, RegulationKind, RegulationStatus } from '@gov/contracts-foreign-affairs';
import { Columns, Conditions, DATA_SOURCE, SCHEMA, selectPage, Table, type Paged } from '@gov/platform';
import type { DataSource, EntityManager } from 'typeorm';

export interface RegulationRow {
  id: string;
  title: string;
  documentNumber: string;
  kind: RegulationKind;
  effectiveOn: string;
  body: string;
  revision: number;
  status: RegulationStatus;
  repealedOn: string | null;
  repealReason: string | null;
  version: number;
  createdAt: Date;
  createdBy: string;
  updatedAt: Date;
  updatedBy: string;
}

const COLUMNS = new Columns<RegulationRow>({
  id: 'id',
  title: 'title',
  documentNumber: 'document_number',
  kind: 'kind',
  effectiveOn: ['effective_on', 'date'],
  body: 'body',
  revision: 'revision',
  status: 'status',
  repealedOn: ['repealed_on', 'date'],
  repealReason: 'repeal_reason',
  version: 'version',
  createdAt: 'created_at',
  createdBy: 'created_by',
  updatedAt: 'updated_at',
  updatedBy: 'updated_by',
});

export interface RevisionRow {
  regulationId: string;
  revision: number;
  title: string;
  documentNumber: string;
  kind: RegulationKind;
  effectiveOn: string;
  body: string;
  note: string | null;
  recordedAt: Date;
  recordedBy: string;
}

const REVISION_COLUMNS = new Columns<RevisionRow>({
  regulationId: 'regulation_id',
  revision: 'revision',
  title: 'title',
  documentNumber: 'document_number',
  kind: 'kind',
  effectiveOn: ['effective_on', 'date'],
  body: 'body',
  note: 'note',
  recordedAt: 'recorded_at',
  recordedBy: 'recorded_by',
});

export interface EducationSessionRow {
  id: string;
  heldOn: string;
  topic: string;
  kind: EducationKind;
  speaker: string;
  tripId: string | null;
  attendees: EducationAttendee[];
  status: EducationSessionStatus;
  withdrawalReason: string | null;
  version: number;
  createdAt: Date;
  createdBy: string;
  updatedAt: Date;
  updatedBy: string;
}

const SESSION_COLUMNS = new Columns<EducationSessionRow>({
  id: 'id',
  heldOn: ['held_on', 'date'],
  topic: 'topic',
  kind: 'kind',
  speaker: 'speaker',
  tripId: 'trip_id',
  attendees: ['attendees', 'json'],
  status: 'status',
  withdrawalReason: 'withdrawal_reason',
  version: 'version',
  createdAt: 'created_at',
  createdBy: 'created_by',
  updatedAt: 'updated_at',
  updatedBy: 'updated_by',
});

/** The only place that speaks SQL for 外事制度规则 and 外事教育. */
@Injectable()
export class RegulationsRepository {
  private readonly table: Table<RegulationRow>;
  private readonly sessions: Table<EducationSessionRow>;

  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(SCHEMA) private readonly schema: string,
  ) {
    this.table = new Table(`"${schema}".regulation`, COLUMNS);
    this.sessions = new Table(`"${schema}".education_session`, SESSION_COLUMNS);
  }

  findById(id: string, manager: EntityManager = this.dataSource.manager, forUpdate = false): Promise<RegulationRow | null> {
    return this.table.find(manager, id, forUpdate);
  }

  async insert(row: RegulationRow, manager: EntityManager): Promise<void> {
    await this.table.insert(manager, row);
  }

  saveIfVersion(row: RegulationRow, expectedVersion: number, manager: EntityManager): Promise<boolean> {
    return this.table.saveIfVersion(manager, row, expectedVersion);
  }

  async addRevision(row: RevisionRow, manager: EntityManager): Promise<void> {
    await manager.query(
      `INSERT INTO "${this.schema}".regulation_revision (regulation_id, revision, title, document_number, kind, effective_on, body, note, recorded_at, recorded_by) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [row.regulationId, row.revision, row.title, row.documentNumber, row.kind, row.effectiveOn, row.body, row.note, row.recordedAt, row.recordedBy],
    );
  }

  async revisions(regulationId: string): Promise<RevisionRow[]> {
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT ${REVISION_COLUMNS.select()} FROM "${this.schema}".regulation_revision WHERE regulation_id = $1 ORDER BY revision DESC`,
      [regulationId],
    );
    return rows.map((row) => REVISION_COLUMNS.read(row));
  }

  search(query: ListRegulations.Request & { limit: number; offset: number }): Promise<Paged<RegulationRow>> {
    const where = new Conditions().when(query.status, 'status = ?').when(query.kind, 'kind = ?').search(query.q, 'title', 'document_number');
    return selectPage(this.dataSource, { columns: this.table.select(), from: this.table.name, where, orderBy: 'effective_on DESC, created_at DESC, id', limit: query.limit, offset: query.offset }, (row) =>
      COLUMNS.read(row),
    );
  }

  findSession(id: string, manager: EntityManager = this.dataSource.manager, forUpdate = false): Promise<EducationSessionRow | null> {
    return this.sessions.find(manager, id, forUpdate);
  }

  async insertSession(row: EducationSessionRow, manager: EntityManager): Promise<void> {
    await this.sessions.insert(manager, row);
  }

  saveSessionIfVersion(row: EducationSessionRow, expectedVersion: number, manager: EntityManager): Promise<boolean> {
    return this.sessions.saveIfVersion(manager, row, expectedVersion);
  }

  async addSessionHistory(entry: { sessionId: string; step: string; note: string | null; at: Date; by: string }, manager: EntityManager): Promise<void> {
    await manager.query(`INSERT INTO "${this.schema}".education_session_history (session_id, step, note, at, by) VALUES ($1, $2, $3, $4, $5)`, [entry.sessionId, entry.step, entry.note, entry.at, entry.by]);
  }

  searchSessions(query: ListEducationSessions.Request & { limit: number; offset: number }): Promise<Paged<EducationSessionRow>> {
    const where = new Conditions()
      .when(query.kind, 'kind = ?')
      .when(query.status, 'status = ?')
      .when(query.from, 'held_on >= ?')
      .when(query.to, 'held_on <= ?')
      .search(query.q, 'topic', 'speaker');
    return selectPage(this.dataSource, { columns: this.sessions.select(), from: this.sessions.name, where, orderBy: 'held_on DESC, created_at DESC, id', limit: query.limit, offset: query.offset }, (row) =>
      SESSION_COLUMNS.read(row),
    );
  }

  /** The recorded (not withdrawn) sessions that list a person (by name, and unit when given), newest first. */
  async sessionsOf(name: string, unitName: string | undefined): Promise<EducationSessionRow[]> {
    const probe = JSON.stringify([unitName ? { name, unitName } : { name }]);
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT ${this.sessions.select()} FROM ${this.sessions.name} WHERE status = 'recorded' AND attendees @> $1::jsonb ORDER BY held_on DESC, created_at DESC LIMIT 500`,
      [probe],
    );
    return rows.map((row) => SESSION_COLUMNS.read(row));
  }
}
