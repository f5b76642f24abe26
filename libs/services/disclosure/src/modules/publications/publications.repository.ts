import { Inject, Injectable } from '@nestjs/common';
import type { CatalogueCategory, ListPublications, PublicationSource, PublicationStatus } from '@gov/contracts-disclosure';
import { Columns, Conditions, DATA_SOURCE, SCHEMA, selectPage, Table, type Paged } from '@gov/platform';
import type { DataSource, EntityManager } from 'typeorm';

export interface PublicationRow {
  id: string;
  unitId: string | null;
  title: string;
  content: string;
  category: CatalogueCategory;
  source: PublicationSource;
  documentId: string | null;
  docNumber: string | null;
  issuingBody: string | null;
  madeOn: string;
  status: PublicationStatus;
  dueDate: string | null;
  dueExplanation: string[];
  secrecyReviewedBy: string | null;
  secrecyReviewedOn: string | null;
  secrecyNote: string | null;
  indexYear: number | null;
  indexSeq: number | null;
  indexNumber: string | null;
  publishedOn: string | null;
  url: string | null;
  withdrawalReason: string | null;
  version: number;
  createdAt: Date;
  createdBy: string;
  updatedAt: Date;
  updatedBy: string;
}

const COLUMNS = new Columns<PublicationRow>({
  id: 'id',
  unitId: 'unit_id',
  title: 'title',
  content: 'content',
  category: 'category',
  source: 'source',
  documentId: 'document_id',
  docNumber: 'doc_number',
  issuingBody: 'issuing_body',
  madeOn: ['made_on', 'date'],
  status: 'status',
  dueDate: ['due_date', 'date'],
  dueExplanation: ['due_explanation', 'json'],
  secrecyReviewedBy: 'secrecy_reviewed_by',
  secrecyReviewedOn: ['secrecy_reviewed_on', 'date'],
  secrecyNote: 'secrecy_note',
  indexYear: 'index_year',
  indexSeq: 'index_seq',
  indexNumber: 'index_number',
  publishedOn: ['published_on', 'date'],
  url: 'url',
  withdrawalReason: 'withdrawal_reason',
  version: 'version',
  createdAt: 'created_at',
  createdBy: 'created_by',
  updatedAt: 'updated_at',
  updatedBy: 'updated_by',
});

/** The only place that speaks SQL for 主动公开信息. */
@Injectable()
export class PublicationsRepository {
  private readonly table: Table<PublicationRow>;

  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(SCHEMA) schema: string,
  ) {
    this.table = new Table(`"${schema}".publication`, COLUMNS);
  }

  findById(id: string, manager: EntityManager = this.dataSource.manager, forUpdate = false): Promise<PublicationRow | null> {
    return this.table.find(manager, id, forUpdate);
  }

  async findByDocument(documentId: string, manager: EntityManager): Promise<PublicationRow | null> {
    const [row] = (await manager.query(`SELECT ${this.table.select()} FROM ${this.table.name} WHERE document_id = $1`, [documentId])) as Record<string, unknown>[];
    return row ? COLUMNS.read(row) : null;
  }

  async insert(row: PublicationRow, manager: EntityManager): Promise<void> {
    await this.table.insert(manager, row);
  }

  /** Saves the next version if nobody saved one since `expectedVersion`; false when somebody did. */
  saveIfVersion(row: PublicationRow, expectedVersion: number, manager: EntityManager): Promise<boolean> {
    return this.table.saveIfVersion(manager, row, expectedVersion);
  }

  /** The next 索引号 sequence of a year, under a transaction-level lock on that year. */
  async nextIndexSeq(manager: EntityManager, year: number): Promise<number> {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`${this.table.name}:index:${year}`]);
    const [row] = (await manager.query(`SELECT coalesce(max(index_seq), 0) + 1 AS n FROM ${this.table.name} WHERE index_year = $1`, [year])) as { n: number }[];
    return Number(row.n);
  }

  /** The queued and cleared entries whose 第二十六条 deadline a calendar change may move, locked. */
  async waitingForRedating(manager: EntityManager): Promise<PublicationRow[]> {
    const rows: Record<string, unknown>[] = await manager.query(`SELECT ${this.table.select()} FROM ${this.table.name} WHERE status IN ('queued', 'cleared') ORDER BY id FOR UPDATE`);
    return rows.map((r) => COLUMNS.read(r));
  }

  search(query: ListPublications.Request & { limit: number; offset: number; lateBefore?: string }): Promise<Paged<PublicationRow>> {
    const where = new Conditions()
      .when(query.status, 'status = ?')
      .when(query.category, 'category = ?')
      .when(query.lateBefore, `status IN ('queued', 'cleared') AND due_date < ?::date`)
      .search(query.q, 'title', 'doc_number');
    return selectPage(this.dataSource, { columns: this.table.select(), from: this.table.name, where, orderBy: 'made_on DESC, created_at DESC, id', limit: query.limit, offset: query.offset }, (row) =>
      COLUMNS.read(row),
    );
  }
}
