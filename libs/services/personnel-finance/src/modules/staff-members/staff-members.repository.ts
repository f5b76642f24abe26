import { Inject, Injectable } from '@nestjs/common';
import type { ListStaffMembers, StaffCategory, StaffMemberStatus, Gender, StaffRecordEntryView } from '@gov/contracts-personnel-finance';
import { Columns, Conditions, DATA_SOURCE, SCHEMA, selectPage, Table, type Paged } from '@gov/platform';
import type { DataSource, EntityManager } from 'typeorm';
import type { TimelineEntry } from '../../common/timeline.js';

/** A 干部档案 entry as stored (in the record's `record_entries`): its view without the labels. */
export type StaffRecordEntry = Omit<StaffRecordEntryView, 'kindLabel' | 'subKindLabel'>;

export interface StaffMemberRow {
  id: string;
  name: string;
  gender: Gender;
  idNumberEncrypted: string;
  idNumberMasked: string;
  mobileEncrypted: string;
  mobileMasked: string;
  salaryEncrypted: string;
  sectionCode: string;
  category: StaffCategory;
  postTitle: string;
  rank: string;
  hiredOn: string;
  probationEndsOn: string | null;
  status: StaffMemberStatus;
  withdrawalReason: string | null;
  retiredOn: string | null;
  retirementDocument: string | null;
  recordEntries: StaffRecordEntry[];
  timeline: TimelineEntry[];
  version: number;
  createdAt: Date;
  createdBy: string;
  updatedAt: Date;
  updatedBy: string;
}

const COLUMNS = new Columns<StaffMemberRow>({
  id: 'id',
  name: 'name',
  gender: 'gender',
  idNumberEncrypted: 'id_number_encrypted',
  idNumberMasked: 'id_number_masked',
  mobileEncrypted: 'mobile_encrypted',
  mobileMasked: 'mobile_masked',
  salaryEncrypted: 'salary_encrypted',
  sectionCode: 'section_code',
  category: 'category',
  postTitle: 'post_title',
  rank: 'rank',
  hiredOn: ['hired_on', 'date'],
  probationEndsOn: ['probation_ends_on', 'date'],
  status: 'status',
  withdrawalReason: 'withdrawal_reason',
  retiredOn: ['retired_on', 'date'],
  retirementDocument: 'retirement_document',
  recordEntries: ['record_entries', 'json'],
  timeline: ['timeline', 'json'],
  version: 'version',
  createdAt: 'created_at',
  createdBy: 'created_by',
  updatedAt: 'updated_at',
  updatedBy: 'updated_by',
});

/** The only place that speaks SQL for 工作人员. */
@Injectable()
export class StaffMembersRepository {
  private readonly table: Table<StaffMemberRow>;

  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(SCHEMA) schema: string,
  ) {
    this.table = new Table(`"${schema}".staff_member`, COLUMNS);
  }

  findById(id: string, manager: EntityManager = this.dataSource.manager, forUpdate = false): Promise<StaffMemberRow | null> {
    return this.table.find(manager, id, forUpdate);
  }

  async insert(row: StaffMemberRow, manager: EntityManager): Promise<void> {
    await this.table.insert(manager, row);
  }

  /** Saves the next version if nobody saved one since `expectedVersion`; false when somebody did. */
  saveIfVersion(row: StaffMemberRow, expectedVersion: number, manager: EntityManager): Promise<boolean> {
    return this.table.saveIfVersion(manager, row, expectedVersion);
  }

  /** The active staff (all, or those of `ids`), by section and name; read inside the caller's transaction. */
  async active(manager: EntityManager = this.dataSource.manager, ids?: readonly string[]): Promise<StaffMemberRow[]> {
    const rows = (await manager.query(
      `SELECT ${this.table.select()} FROM ${this.table.name} WHERE status = 'active'${ids ? ' AND id = ANY($1::uuid[])' : ''} ORDER BY section_code, name, id`,
      ids ? [ids] : [],
    )) as Record<string, unknown>[];
    return rows.map((row) => COLUMNS.read(row));
  }

  search(query: ListStaffMembers.Request & { limit: number; offset: number }): Promise<Paged<StaffMemberRow>> {
    const where = new Conditions().when(query.status, 'status = ?').when(query.sectionCode, 'section_code = ?').search(query.q, 'name', 'post_title');
    return selectPage(this.dataSource, { columns: this.table.select(), from: this.table.name, where, orderBy: 'section_code, name, id', limit: query.limit, offset: query.offset }, (row) =>
      COLUMNS.read(row),
    );
  }
}
