import { Inject, Injectable } from '@nestjs/common';
import type { ClueDisposition, ClueHistoryEntry, ClueStatus, ListClues, ListIntegrity, ListTalks, ResponsibilityItem, ResponsibilityStatus, TalkKind, TalkStatus } from '@gov/contracts-party-affairs';
import { Columns, Conditions, DATA_SOURCE, SCHEMA, selectPage, Table, type Paged } from '@gov/platform';
import type { DataSource, EntityManager } from 'typeorm';
import { memberOf, organisationsOf, type MemberRef, type Organisation } from '../../common/organisations.repository.js';

interface RecordColumns {
  version: number;
  createdAt: Date;
  createdBy: string;
  updatedAt: Date;
  updatedBy: string;
}
const RECORD = { version: 'version', createdAt: 'created_at', createdBy: 'created_by', updatedAt: 'updated_at', updatedBy: 'updated_by' } as const;

export interface ResponsibilityRow extends RecordColumns {
  id: string;
  year: number;
  branchId: string;
  branchName: string;
  unitId: string | null;
  title: string;
  items: ResponsibilityItem[];
  status: ResponsibilityStatus;
  withdrawalReason: string | null;
}

export interface TalkRow extends RecordColumns {
  id: string;
  memberId: string | null;
  personName: string;
  personUnit: string | null;
  kind: TalkKind;
  talkedOn: string;
  talker: string;
  record: string;
  status: TalkStatus;
  withdrawalReason: string | null;
}

export interface ClueRow extends RecordColumns {
  id: string;
  receivedOn: string;
  source: string;
  personConcerned: string;
  personUnit: string | null;
  summary: string;
  secrecyLevel: number;
  status: ClueStatus;
  disposition: ClueDisposition | null;
  /** The version of the 初核 time limit (local setting) the clue was registered under. */
  checkRuleVersion: string;
  history: ClueHistoryEntry[];
}

const RESPONSIBILITY = new Columns<ResponsibilityRow>({
  id: 'id',
  year: 'year',
  branchId: 'branch_id',
  branchName: 'branch_name',
  unitId: 'unit_id',
  title: 'title',
  items: ['items', 'json'],
  status: 'status',
  withdrawalReason: 'withdrawal_reason',
  ...RECORD,
});

const TALK = new Columns<TalkRow>({
  id: 'id',
  memberId: 'member_id',
  personName: 'person_name',
  personUnit: 'person_unit',
  kind: 'kind',
  talkedOn: ['talked_on', 'date'],
  talker: 'talker',
  record: 'record',
  status: 'status',
  withdrawalReason: 'withdrawal_reason',
  ...RECORD,
});

const CLUE = new Columns<ClueRow>({
  id: 'id',
  receivedOn: ['received_on', 'date'],
  source: 'source',
  personConcerned: 'person_concerned',
  personUnit: 'person_unit',
  summary: 'summary',
  secrecyLevel: ['secrecy_level', 'number'],
  status: 'status',
  disposition: 'disposition',
  checkRuleVersion: 'check_rule_version',
  history: ['history', 'json'],
  ...RECORD,
});

/** The only place that speaks SQL for 纪检监察 / 党风廉政. */
@Injectable()
export class IntegrityRepository {
  readonly lists: Table<ResponsibilityRow>;
  readonly talks: Table<TalkRow>;
  readonly clues: Table<ClueRow>;

  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(SCHEMA) private readonly schema: string,
  ) {
    this.lists = new Table(`"${schema}".responsibility_list`, RESPONSIBILITY);
    this.talks = new Table(`"${schema}".integrity_talk`, TALK);
    this.clues = new Table(`"${schema}".integrity_clue`, CLUE);
  }

  get manager(): EntityManager {
    return this.dataSource.manager;
  }

  organisation(id: string, manager: EntityManager): Promise<Organisation | undefined> {
    return organisationsOf(manager, this.schema, [id]).then((rows) => rows[0]);
  }

  member(id: string, manager: EntityManager): Promise<MemberRef | null> {
    return memberOf(manager, this.schema, id);
  }

  /** Whether another open list of the branch exists for the year. */
  async openListOf(branchId: string, year: number, exceptId: string | null, manager: EntityManager): Promise<boolean> {
    const rows = (await manager.query(`SELECT 1 FROM ${this.lists.name} WHERE branch_id = $1 AND year = $2 AND status = 'open' AND id <> COALESCE($3::uuid, '00000000-0000-0000-0000-000000000000')`, [
      branchId,
      year,
      exceptId,
    ])) as unknown[];
    return rows.length > 0;
  }

  searchLists(query: ListIntegrity.Request & { limit: number; offset: number; onlyUnitId?: string }): Promise<Paged<ResponsibilityRow>> {
    const where = new Conditions()
      .when(query.status, 'status = ?')
      .when(query.year, 'year = ?')
      .when(query.branchId, 'branch_id = ?')
      .when(query.onlyUnitId, 'unit_id = ?')
      .search(query.q, 'title');
    return selectPage(this.dataSource, { columns: this.lists.select(), from: this.lists.name, where, orderBy: 'year DESC, branch_name, id', limit: query.limit, offset: query.offset }, (row) =>
      RESPONSIBILITY.read(row),
    );
  }

  /** The open lists of a year (for the year view), optionally one unit's. */
  async listsOfYear(year: number, onlyUnitId?: string): Promise<ResponsibilityRow[]> {
    const page = await this.searchLists({ year, status: 'open', onlyUnitId, limit: 1000, offset: 0 });
    return page.items;
  }

  searchTalks(query: ListTalks.Request & { limit: number; offset: number }): Promise<Paged<TalkRow>> {
    const where = new Conditions()
      .when(query.kind, 'kind = ?')
      .when(query.year ? `${query.year}-01-01` : undefined, 'talked_on >= ?')
      .when(query.year ? `${query.year}-12-31` : undefined, 'talked_on <= ?');
    return selectPage(this.dataSource, { columns: this.talks.select(), from: this.talks.name, where, orderBy: 'talked_on DESC, id', limit: query.limit, offset: query.offset }, (row) => TALK.read(row));
  }

  searchClues(query: ListClues.Request & { limit: number; offset: number; maxLevel: number }): Promise<Paged<ClueRow>> {
    const where = new Conditions().add('secrecy_level <= ?', query.maxLevel).when(query.status, 'status = ?');
    return selectPage(this.dataSource, { columns: this.clues.select(), from: this.clues.name, where, orderBy: 'received_on DESC, id', limit: query.limit, offset: query.offset }, (row) => CLUE.read(row));
  }
}
