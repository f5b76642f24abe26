import { Inject, Injectable } from '@nestjs/common';
import type { FriendshipAgreement, FriendshipExchange, FriendshipKind, FriendshipStatus, HonoraryTitleStatus, ListFriendships, ListHonoraryTitles, PartnerType } from '@gov/contracts-foreign-affairs';
import { Columns, Conditions, DATA_SOURCE, SCHEMA, selectPage, Table, type Paged } from '@gov/platform';
import type { DataSource, EntityManager } from 'typeorm';

export interface FriendshipRow {
  id: string;
  unitId: string | null;
  partnerName: string;
  partnerOriginalName: string;
  partnerType: PartnerType;
  country: string;
  kind: FriendshipKind;
  responsibleUnitName: string;
  note: string | null;
  status: FriendshipStatus;
  signedOn: string | null;
  terminatedOn: string | null;
  terminationReason: string | null;
  agreements: FriendshipAgreement[];
  exchanges: FriendshipExchange[];
  version: number;
  createdAt: Date;
  createdBy: string;
  updatedAt: Date;
  updatedBy: string;
}

const COLUMNS = new Columns<FriendshipRow>({
  id: 'id',
  unitId: 'unit_id',
  partnerName: 'partner_name',
  partnerOriginalName: 'partner_original_name',
  partnerType: 'partner_type',
  country: 'country',
  kind: 'kind',
  responsibleUnitName: 'responsible_unit_name',
  note: 'note',
  status: 'status',
  signedOn: ['signed_on', 'date'],
  terminatedOn: ['terminated_on', 'date'],
  terminationReason: 'termination_reason',
  agreements: ['agreements', 'json'],
  exchanges: ['exchanges', 'json'],
  version: 'version',
  createdAt: 'created_at',
  createdBy: 'created_by',
  updatedAt: 'updated_at',
  updatedBy: 'updated_by',
});

export interface HonoraryTitleRow {
  id: string;
  unitId: string | null;
  friendshipId: string | null;
  titleName: string;
  nomineeName: string;
  nationality: string;
  passportEncrypted: string;
  passportMasked: string;
  contribution: string;
  proposingUnitName: string;
  status: HonoraryTitleStatus;
  reviewOpinion: string | null;
  reviewedBy: string | null;
  approver: string | null;
  approvingBody: string | null;
  approvedOn: string | null;
  conferredOn: string | null;
  certificateNumber: string | null;
  endReason: string | null;
  version: number;
  createdAt: Date;
  createdBy: string;
  updatedAt: Date;
  updatedBy: string;
}

const TITLE_COLUMNS = new Columns<HonoraryTitleRow>({
  id: 'id',
  unitId: 'unit_id',
  friendshipId: 'friendship_id',
  titleName: 'title_name',
  nomineeName: 'nominee_name',
  nationality: 'nationality',
  passportEncrypted: 'passport_encrypted',
  passportMasked: 'passport_masked',
  contribution: 'contribution',
  proposingUnitName: 'proposing_unit_name',
  status: 'status',
  reviewOpinion: 'review_opinion',
  reviewedBy: 'reviewed_by',
  approver: 'approver',
  approvingBody: 'approving_body',
  approvedOn: ['approved_on', 'date'],
  conferredOn: ['conferred_on', 'date'],
  certificateNumber: 'certificate_number',
  endReason: 'end_reason',
  version: 'version',
  createdAt: 'created_at',
  createdBy: 'created_by',
  updatedAt: 'updated_at',
  updatedBy: 'updated_by',
});

export interface HistoryEntry {
  recordId: string;
  step: string;
  fromStatus: string | null;
  toStatus: string;
  note: string | null;
  at: Date;
  by: string;
}

/** The only place that speaks SQL for 国际友好关系 and 荣誉称号. */
@Injectable()
export class FriendshipsRepository {
  private readonly table: Table<FriendshipRow>;
  private readonly titles: Table<HonoraryTitleRow>;

  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(SCHEMA) private readonly schema: string,
  ) {
    this.table = new Table(`"${schema}".friendship`, COLUMNS);
    this.titles = new Table(`"${schema}".honorary_title`, TITLE_COLUMNS);
  }

  findById(id: string, manager: EntityManager = this.dataSource.manager, forUpdate = false): Promise<FriendshipRow | null> {
    return this.table.find(manager, id, forUpdate);
  }

  async insert(row: FriendshipRow, manager: EntityManager): Promise<void> {
    await this.table.insert(manager, row);
  }

  /** Saves the next version if nobody saved one since `expectedVersion`; false when somebody did. */
  saveIfVersion(row: FriendshipRow, expectedVersion: number, manager: EntityManager): Promise<boolean> {
    return this.table.saveIfVersion(manager, row, expectedVersion);
  }

  async addHistory(entry: HistoryEntry, manager: EntityManager): Promise<void> {
    await manager.query(`INSERT INTO "${this.schema}".friendship_history (friendship_id, step, from_status, to_status, note, at, by) VALUES ($1, $2, $3, $4, $5, $6, $7)`, [
      entry.recordId,
      entry.step,
      entry.fromStatus,
      entry.toStatus,
      entry.note,
      entry.at,
      entry.by,
    ]);
  }

  search(query: ListFriendships.Request & { limit: number; offset: number; onlyUnitId?: string }): Promise<Paged<FriendshipRow>> {
    const where = new Conditions()
      .when(query.status, 'status = ?')
      .when(query.kind, 'kind = ?')
      .when(query.country?.trim(), 'country = ?')
      .when(query.onlyUnitId, 'unit_id = ?')
      .search(query.q, 'partner_name', 'partner_original_name', 'responsible_unit_name');
    return selectPage(this.dataSource, { columns: this.table.select(), from: this.table.name, where, orderBy: 'created_at DESC, id', limit: query.limit, offset: query.offset }, (row) =>
      COLUMNS.read(row),
    );
  }

  findTitle(id: string, manager: EntityManager = this.dataSource.manager, forUpdate = false): Promise<HonoraryTitleRow | null> {
    return this.titles.find(manager, id, forUpdate);
  }

  async insertTitle(row: HonoraryTitleRow, manager: EntityManager): Promise<void> {
    await this.titles.insert(manager, row);
  }

  saveTitleIfVersion(row: HonoraryTitleRow, expectedVersion: number, manager: EntityManager): Promise<boolean> {
    return this.titles.saveIfVersion(manager, row, expectedVersion);
  }

  async addTitleHistory(entry: HistoryEntry, manager: EntityManager): Promise<void> {
    await manager.query(`INSERT INTO "${this.schema}".honorary_title_history (honorary_title_id, step, from_status, to_status, note, at, by) VALUES ($1, $2, $3, $4, $5, $6, $7)`, [
      entry.recordId,
      entry.step,
      entry.fromStatus,
      entry.toStatus,
      entry.note,
      entry.at,
      entry.by,
    ]);
  }

  searchTitles(query: ListHonoraryTitles.Request & { limit: number; offset: number; onlyUnitId?: string }): Promise<Paged<HonoraryTitleRow>> {
    const where = new Conditions()
      .when(query.status, 'status = ?')
      .when(query.friendshipId, 'friendship_id = ?')
      .when(query.onlyUnitId, 'unit_id = ?')
      .search(query.q, 'nominee_name', 'title_name', 'nationality');
    return selectPage(this.dataSource, { columns: this.titles.select(), from: this.titles.name, where, orderBy: 'created_at DESC, id', limit: query.limit, offset: query.offset }, (row) =>
      TITLE_COLUMNS.read(row),
    );
  }
}
