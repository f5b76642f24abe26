import { Inject, Injectable } from '@nestjs/common';
import type { EstablishmentKind, EstablishmentLevel, EstablishmentPostStatus, EstablishmentRevisionView, ListEstablishmentPosts } from '@gov/contracts-personnel-finance';
import { Columns, Conditions, DATA_SOURCE, SCHEMA, selectPage, Table, type Paged } from '@gov/platform';
import type { DataSource, EntityManager } from 'typeorm';
import type { TimelineEntry } from '../../common/timeline.js';

export interface EstablishmentPostRow {
  id: string;
  unitId: string | null;
  unitName: string;
  kind: EstablishmentKind;
  level: EstablishmentLevel;
  title: string;
  postTitles: string[];
  approvedCount: number;
  reportedFilled: number | null;
  basisNumber: string;
  basisDate: string;
  revisions: EstablishmentRevisionView[];
  status: EstablishmentPostStatus;
  withdrawalReason: string | null;
  timeline: TimelineEntry[];
  version: number;
  createdAt: Date;
  createdBy: string;
  updatedAt: Date;
  updatedBy: string;
}

const COLUMNS = new Columns<EstablishmentPostRow>({
  id: 'id',
  unitId: 'unit_id',
  unitName: 'unit_name',
  kind: 'kind',
  level: 'level',
  title: 'title',
  postTitles: ['post_titles', 'json'],
  approvedCount: 'approved_count',
  reportedFilled: 'reported_filled',
  basisNumber: 'basis_number',
  basisDate: ['basis_date', 'date'],
  revisions: ['revisions', 'json'],
  status: 'status',
  withdrawalReason: 'withdrawal_reason',
  timeline: ['timeline', 'json'],
  version: 'version',
  createdAt: 'created_at',
  createdBy: 'created_by',
  updatedAt: 'updated_at',
  updatedBy: 'updated_by',
});

const ORDER = `unit_id NULLS FIRST, unit_name, kind, CASE level WHEN 'principal_section' THEN 1 WHEN 'deputy_section' THEN 2 WHEN 'unit_chief' THEN 3 ELSE 4 END, title, id`;

/** The only place that speaks SQL for 机构编制. */
@Injectable()
export class EstablishmentPostsRepository {
  private readonly table: Table<EstablishmentPostRow>;

  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(SCHEMA) schema: string,
  ) {
    this.table = new Table(`"${schema}".establishment_post`, COLUMNS);
  }

  findById(id: string, manager: EntityManager = this.dataSource.manager, forUpdate = false): Promise<EstablishmentPostRow | null> {
    return this.table.find(manager, id, forUpdate);
  }

  async insert(row: EstablishmentPostRow, manager: EntityManager): Promise<void> {
    await this.table.insert(manager, row);
  }

  /** Saves the next version if nobody saved one since `expectedVersion`; false when somebody did. */
  saveIfVersion(row: EstablishmentPostRow, expectedVersion: number, manager: EntityManager): Promise<boolean> {
    return this.table.saveIfVersion(manager, row, expectedVersion);
  }

  /** Another line in force of the same unit, kind, level and post (one line each); null when none. */
  async sameLineInForce(row: Pick<EstablishmentPostRow, 'id' | 'unitId' | 'kind' | 'level' | 'title'>, manager: EntityManager): Promise<string | null> {
    const rows = (await manager.query(
      `SELECT id FROM ${this.table.name} WHERE status = 'in_force' AND unit_id IS NOT DISTINCT FROM $1 AND kind = $2 AND level = $3 AND title = $4 AND id <> $5 LIMIT 1`,
      [row.unitId, row.kind, row.level, row.title, row.id],
    )) as { id: string }[];
    return rows[0]?.id ?? null;
  }

  /** The office's own lines in force (the fill computation needs them all: the general posts count what no other names). */
  async officeLinesInForce(manager: EntityManager = this.dataSource.manager): Promise<EstablishmentPostRow[]> {
    const rows = (await manager.query(`SELECT ${this.table.select()} FROM ${this.table.name} WHERE status = 'in_force' AND unit_id IS NULL ORDER BY ${ORDER}`)) as Record<string, unknown>[];
    return rows.map((row) => COLUMNS.read(row));
  }

  search(query: ListEstablishmentPosts.Request & { limit: number; offset: number }): Promise<Paged<EstablishmentPostRow>> {
    const where = new Conditions()
      .when(query.status, 'status = ?')
      .when(query.kind, 'kind = ?')
      .when(query.ownOffice, "(unit_id IS NULL) = (?::text = 'true')")
      .search(query.q, 'unit_name', 'title');
    return selectPage(this.dataSource, { columns: this.table.select(), from: this.table.name, where, orderBy: ORDER, limit: query.limit, offset: query.offset }, (row) => COLUMNS.read(row));
  }
}
