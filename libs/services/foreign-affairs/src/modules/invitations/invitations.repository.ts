import { Inject, Injectable } from '@nestjs/common';
import type { InvitationStatus, ListInvitations } from '@gov/contracts-foreign-affairs';
import { Columns, Conditions, DATA_SOURCE, SCHEMA, selectPage, Table, type Paged } from '@gov/platform';
import type { DataSource, EntityManager } from 'typeorm';

/** A guest as stored: the 护照号 encrypted, with its masked form for lists. */
export interface StoredGuest {
  name: string;
  nationality: string;
  organization: string | null;
  post: string | null;
  passportEncrypted: string;
  passportMasked: string;
}

export interface InvitationRow {
  id: string;
  unitId: string | null;
  title: string;
  unitName: string;
  purpose: string;
  arrivalDate: string;
  departureDate: string;
  guests: StoredGuest[];
  status: InvitationStatus;
  opinion: string | null;
  letterNumber: string | null;
  letterIssuedOn: string | null;
  withdrawalReason: string | null;
  version: number;
  createdAt: Date;
  createdBy: string;
  updatedAt: Date;
  updatedBy: string;
}

const COLUMNS = new Columns<InvitationRow>({
  id: 'id',
  unitId: 'unit_id',
  title: 'title',
  unitName: 'unit_name',
  purpose: 'purpose',
  arrivalDate: ['arrival_date', 'date'],
  departureDate: ['departure_date', 'date'],
  guests: ['guests', 'json'],
  status: 'status',
  opinion: 'opinion',
  letterNumber: 'letter_number',
  letterIssuedOn: ['letter_issued_on', 'date'],
  withdrawalReason: 'withdrawal_reason',
  version: 'version',
  createdAt: 'created_at',
  createdBy: 'created_by',
  updatedAt: 'updated_at',
  updatedBy: 'updated_by',
});

/** The only place that speaks SQL for 外国人来华邀请. */
@Injectable()
export class InvitationsRepository {
  private readonly table: Table<InvitationRow>;

  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(SCHEMA) private readonly schema: string,
  ) {
    this.table = new Table(`"${schema}".invitation`, COLUMNS);
  }

  findById(id: string, manager: EntityManager = this.dataSource.manager, forUpdate = false): Promise<InvitationRow | null> {
    return this.table.find(manager, id, forUpdate);
  }

  async insert(row: InvitationRow, manager: EntityManager): Promise<void> {
    await this.table.insert(manager, row);
  }

  saveIfVersion(row: InvitationRow, expectedVersion: number, manager: EntityManager): Promise<boolean> {
    return this.table.saveIfVersion(manager, row, expectedVersion);
  }

  async addHistory(entry: { invitationId: string; step: string; fromStatus: InvitationStatus | null; toStatus: InvitationStatus; note: string | null; at: Date; by: string }, manager: EntityManager): Promise<void> {
    await manager.query(`INSERT INTO "${this.schema}".invitation_history (invitation_id, step, from_status, to_status, note, at, by) VALUES ($1, $2, $3, $4, $5, $6, $7)`, [
      entry.invitationId,
      entry.step,
      entry.fromStatus,
      entry.toStatus,
      entry.note,
      entry.at,
      entry.by,
    ]);
  }

  search(query: ListInvitations.Request & { limit: number; offset: number; onlyUnitId?: string }): Promise<Paged<InvitationRow>> {
    const where = new Conditions().when(query.status, 'status = ?').when(query.onlyUnitId, 'unit_id = ?').search(query.q, 'title', 'unit_name');
    return selectPage(this.dataSource, { columns: this.table.select(), from: this.table.name, where, orderBy: 'created_at DESC, id', limit: query.limit, offset: query.offset }, (row) =>
      COLUMNS.read(row),
    );
  }
}
