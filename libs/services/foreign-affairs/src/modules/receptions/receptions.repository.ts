import { Inject, Injectable } from '@nestjs/common';
import type { ForeignGuest, ListReceptions, ProtocolLevel, ReceptionGift, ReceptionLeader, ReceptionProgrammeItem, ReceptionResponsible, ReceptionStatus } from '@gov/contracts-foreign-affairs';
import { Columns, Conditions, DATA_SOURCE, SCHEMA, selectPage, Table, type Paged } from '@gov/platform';
import type { DataSource, EntityManager } from 'typeorm';

export interface ReceptionRow {
  id: string;
  unitId: string | null;
  title: string;
  protocolLevel: ProtocolLevel;
  purpose: string;
  startsAt: string;
  endsAt: string;
  location: string | null;
  guests: ForeignGuest[];
  leaders: ReceptionLeader[];
  programme: ReceptionProgrammeItem[];
  responsible: ReceptionResponsible[];
  gifts: ReceptionGift[];
  giftsTotalFen: number;
  status: ReceptionStatus;
  summary: string | null;
  withdrawalReason: string | null;
  version: number;
  createdAt: Date;
  createdBy: string;
  updatedAt: Date;
  updatedBy: string;
}

const COLUMNS = new Columns<ReceptionRow>({
  id: 'id',
  unitId: 'unit_id',
  title: 'title',
  protocolLevel: 'protocol_level',
  purpose: 'purpose',
  startsAt: ['starts_at', 'instant'],
  endsAt: ['ends_at', 'instant'],
  location: 'location',
  guests: ['guests', 'json'],
  leaders: ['leaders', 'json'],
  programme: ['programme', 'json'],
  responsible: ['responsible', 'json'],
  gifts: ['gifts', 'json'],
  giftsTotalFen: ['gifts_total_fen', 'number'],
  status: 'status',
  summary: 'summary',
  withdrawalReason: 'withdrawal_reason',
  version: 'version',
  createdAt: 'created_at',
  createdBy: 'created_by',
  updatedAt: 'updated_at',
  updatedBy: 'updated_by',
});

/** The only place that speaks SQL for 外宾接待. */
@Injectable()
export class ReceptionsRepository {
  private readonly table: Table<ReceptionRow>;

  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(SCHEMA) private readonly schema: string,
  ) {
    this.table = new Table(`"${schema}".reception`, COLUMNS);
  }

  findById(id: string, manager: EntityManager = this.dataSource.manager, forUpdate = false): Promise<ReceptionRow | null> {
    return this.table.find(manager, id, forUpdate);
  }

  async insert(row: ReceptionRow, manager: EntityManager): Promise<void> {
    await this.table.insert(manager, row);
  }

  /** Saves the next version if nobody saved one since `expectedVersion`; false when somebody did. */
  saveIfVersion(row: ReceptionRow, expectedVersion: number, manager: EntityManager): Promise<boolean> {
    return this.table.saveIfVersion(manager, row, expectedVersion);
  }

  async addHistory(entry: { receptionId: string; step: string; fromStatus: ReceptionStatus | null; toStatus: ReceptionStatus; note: string | null; at: Date; by: string }, manager: EntityManager): Promise<void> {
    await manager.query(`INSERT INTO "${this.schema}".reception_history (reception_id, step, from_status, to_status, note, at, by) VALUES ($1, $2, $3, $4, $5, $6, $7)`, [
      entry.receptionId,
      entry.step,
      entry.fromStatus,
      entry.toStatus,
      entry.note,
      entry.at,
      entry.by,
    ]);
  }

  search(query: ListReceptions.Request & { limit: number; offset: number; onlyUnitId?: string }): Promise<Paged<ReceptionRow>> {
    const where = new Conditions().when(query.status, 'status = ?').when(query.onlyUnitId, 'unit_id = ?').search(query.q, 'title');
    return selectPage(this.dataSource, { columns: this.table.select(), from: this.table.name, where, orderBy: 'starts_at DESC, id', limit: query.limit, offset: query.offset }, (row) =>
      COLUMNS.read(row),
    );
  }
}
