import { Inject, Injectable } from '@nestjs/common';
import type { BulletinKind, BulletinStatus, ListBulletins } from '@gov/contracts-information';
import { Columns, Conditions, DATA_SOURCE, SCHEMA, selectPage, Table, type Paged } from '@gov/platform';
import type { DataSource, EntityManager } from 'typeorm';

export interface BulletinRow {
  id: string;
  kind: BulletinKind;
  theme: string | null;
  editorNote: string | null;
  year: number | null;
  number: number | null;
  status: BulletinStatus;
  itemIds: string[];
  reviewedBy: string | null;
  reviewedAt: Date | null;
  signedBy: string | null;
  releasedOn: string | null;
  distribution: string[];
  reason: string | null;
  version: number;
  createdAt: Date;
  createdBy: string;
  updatedAt: Date;
  updatedBy: string;
}

export interface BulletinItemRow {
  bulletinId: string;
  position: number;
  submissionId: string;
  title: string;
  body: string;
  unitId: string | null;
}

const COLUMNS = new Columns<BulletinRow>({
  id: 'id',
  kind: 'kind',
  theme: 'theme',
  editorNote: 'editor_note',
  year: 'year',
  number: 'number',
  status: 'status',
  itemIds: ['item_ids', 'uuid[]'],
  reviewedBy: 'reviewed_by',
  reviewedAt: 'reviewed_at',
  signedBy: 'signed_by',
  releasedOn: ['released_on', 'date'],
  distribution: 'distribution',
  reason: 'reason',
  version: 'version',
  createdAt: 'created_at',
  createdBy: 'created_by',
  updatedAt: 'updated_at',
  updatedBy: 'updated_by',
});

const ITEM_COLUMNS = new Columns<BulletinItemRow>({ bulletinId: 'bulletin_id', position: 'position', submissionId: 'submission_id', title: 'title', body: 'body', unitId: 'unit_id' });

/** The only place that speaks SQL for 《博山政务信息》. */
@Injectable()
export class BulletinsRepository {
  private readonly table: Table<BulletinRow>;

  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(SCHEMA) private readonly schema: string,
  ) {
    this.table = new Table(`"${schema}".bulletin`, COLUMNS);
  }

  findById(id: string, manager: EntityManager = this.dataSource.manager, forUpdate = false): Promise<BulletinRow | null> {
    return this.table.find(manager, id, forUpdate);
  }

  async insert(row: BulletinRow, manager: EntityManager): Promise<void> {
    await this.table.insert(manager, row);
  }

  saveIfVersion(row: BulletinRow, expectedVersion: number, manager: EntityManager): Promise<boolean> {
    return this.table.saveIfVersion(manager, row, expectedVersion);
  }

  /** The numbers given in a year and kind, under a transaction lock so that two 签发 never take the same one. */
  async takenNumbers(year: number, kind: BulletinKind, manager: EntityManager): Promise<number[]> {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`${this.schema}.bulletin:${year}:${kind}`]);
    const rows = (await manager.query(`SELECT number FROM ${this.table.name} WHERE year = $1 AND kind = $2 AND number IS NOT NULL`, [year, kind])) as { number: number }[];
    return rows.map((r) => Number(r.number));
  }

  async insertItem(row: BulletinItemRow, manager: EntityManager): Promise<void> {
    await manager.query(...ITEM_COLUMNS.insert(`"${this.schema}".bulletin_item`, row));
  }

  async items(bulletinIds: readonly string[]): Promise<BulletinItemRow[]> {
    if (!bulletinIds.length) return [];
    const rows = (await this.dataSource.query(`SELECT ${ITEM_COLUMNS.select()} FROM "${this.schema}".bulletin_item WHERE bulletin_id = ANY($1::uuid[]) ORDER BY bulletin_id, position`, [
      bulletinIds,
    ])) as Record<string, unknown>[];
    return rows.map((row) => ITEM_COLUMNS.read(row));
  }

  /** Which of these submissions already appear in a released issue (with its label parts). */
  async published(submissionIds: readonly string[], manager: EntityManager): Promise<{ submissionId: string; year: number; number: number; kind: BulletinKind }[]> {
    return (await manager.query(
      `SELECT i.submission_id AS "submissionId", b.year, b.number, b.kind FROM "${this.schema}".bulletin_item i JOIN ${this.table.name} b ON b.id = i.bulletin_id WHERE i.submission_id = ANY($1::uuid[])`,
      [submissionIds],
    )) as { submissionId: string; year: number; number: number; kind: BulletinKind }[];
  }

  async insertStep(row: { bulletinId: string; step: string; status: BulletinStatus; note: string | null; actor: string; at: Date }, manager: EntityManager): Promise<void> {
    await manager.query(
      `INSERT INTO "${this.schema}".bulletin_step (bulletin_id, seq, step, status, note, actor, at) SELECT $1, coalesce(max(seq), 0) + 1, $2, $3, $4, $5, $6 FROM "${this.schema}".bulletin_step WHERE bulletin_id = $1`,
      [row.bulletinId, row.step, row.status, row.note, row.actor, row.at],
    );
  }

  async released(year: number): Promise<BulletinRow[]> {
    const rows = (await this.dataSource.query(`SELECT ${this.table.select()} FROM ${this.table.name} WHERE status = 'released' AND year = $1 ORDER BY kind, number`, [year])) as Record<string, unknown>[];
    return rows.map((row) => COLUMNS.read(row));
  }

  search(query: ListBulletins.Request & { limit: number; offset: number; onlyReleased?: boolean }): Promise<Paged<BulletinRow>> {
    const where = new Conditions()
      .when(query.status, 'status = ?')
      .when(query.kind, 'kind = ?')
      .when(query.year, 'year = ?')
      .when(query.onlyReleased ? 'released' : undefined, 'status = ?');
    return selectPage(this.dataSource, { columns: this.table.select(), from: this.table.name, where, orderBy: 'year DESC NULLS FIRST, number DESC NULLS FIRST, created_at DESC, id', limit: query.limit, offset: query.offset }, (row) =>
      COLUMNS.read(row),
    );
  }
}
