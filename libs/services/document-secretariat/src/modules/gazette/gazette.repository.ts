import { Inject, Injectable } from '@nestjs/common';
import type { CallerContext } from '@gov/contracts-common';
import type { FileRefView, GazetteStatus } from '@gov/contracts-document-secretariat';
import { DATA_SOURCE, SCHEMA, selectPage, type Paged, type Queryable } from '@gov/platform';
import type { DataSource } from 'typeorm';
import { visibleTo } from '../../common/access.js';
import type { AuditColumns } from '../../common/audit-columns.js';

export interface IssueRow extends AuditColumns {
  id: string;
  year: number;
  issue_number: number | null;
  note: string | null;
  status: GazetteStatus;
  published_on: string | null;
  published_by: string | null;
  cancel_reason: string | null;
  secrecy_level: number;
  unit_ids: string[];
  user_ids: string[];
}

export interface EntryRow {
  id: string;
  issue_id: string;
  document_id: string;
  position: number;
  title: string;
  doc_number: string;
  body: FileRefView;
  added_by: string;
  added_at: Date;
}

const ISSUE_COLUMNS = `id, year, issue_number, note, status, to_char(published_on, 'YYYY-MM-DD') AS published_on, published_by, cancel_reason, secrecy_level, unit_ids, user_ids,
  version, created_by, created_at, updated_by, updated_at`;

/** The only place that speaks SQL for 政府公报 issues, their entries and the per-year numbering. */
@Injectable()
export class GazetteRepository {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(SCHEMA) private readonly schema: string,
  ) {}

  private t(table: string): string {
    return `"${this.schema}".${table}`;
  }

  async insertIssue(db: Queryable, row: IssueRow): Promise<void> {
    await db.query(`INSERT INTO ${this.t('gazette_issue')} (id, year, note, status, version, created_by, created_at, updated_by, updated_at) VALUES ($1, $2, $3, 'draft', 1, $4, $5, $4, $5)`, [
      row.id,
      row.year,
      row.note,
      row.created_by,
      row.created_at,
    ]);
  }

  /** One issue by id, locked for the caller's transaction when `forUpdate`; null when there is none. */
  async findIssue(id: string, db: Queryable = this.dataSource, forUpdate = false): Promise<IssueRow | null> {
    const [row] = (await db.query(`SELECT ${ISSUE_COLUMNS} FROM ${this.t('gazette_issue')} WHERE id = $1 ${forUpdate ? 'FOR UPDATE' : ''}`, [id])) as IssueRow[];
    return row ?? null;
  }

  /** The issues the caller may see, newest first (drafts before the numbered issues of their year). */
  searchIssues(query: { year?: number; status?: GazetteStatus; limit: number; offset: number }, caller: CallerContext): Promise<Paged<IssueRow>> {
    const where = visibleTo(caller).when(query.year, 'year = ?').when(query.status, 'status = ?');
    return selectPage<IssueRow>(this.dataSource, {
      columns: ISSUE_COLUMNS,
      from: this.t('gazette_issue'),
      where,
      orderBy: 'year DESC, issue_number DESC NULLS FIRST, created_at DESC',
      limit: query.limit,
      offset: query.offset,
    });
  }

  /** The entries of an issue still in it, in order. */
  entries(issueId: string, db: Queryable = this.dataSource): Promise<EntryRow[]> {
    return db.query(
      `SELECT id, issue_id, document_id, position, title, doc_number, body, added_by, added_at FROM ${this.t('gazette_entry')}
        WHERE issue_id = $1 AND removed_at IS NULL ORDER BY position`,
      [issueId],
    ) as Promise<EntryRow[]>;
  }

  /** The issue a document is already in (an entry not removed), if any. */
  async issueHolding(db: Queryable, documentId: string): Promise<{ year: number; issue_number: number | null } | null> {
    const [row] = (await db.query(
      `SELECT i.year, i.issue_number FROM ${this.t('gazette_entry')} e JOIN ${this.t('gazette_issue')} i ON i.id = e.issue_id
        WHERE e.document_id = $1 AND e.removed_at IS NULL`,
      [documentId],
    )) as { year: number; issue_number: number | null }[];
    return row ?? null;
  }

  async findEntry(db: Queryable, issueId: string, documentId: string): Promise<EntryRow | null> {
    const [row] = (await db.query(`SELECT id, position, title, doc_number FROM ${this.t('gazette_entry')} WHERE issue_id = $1 AND document_id = $2 AND removed_at IS NULL`, [
      issueId,
      documentId,
    ])) as EntryRow[];
    return row ?? null;
  }

  /** Inserts an entry at `position`, moving the entries from there one place down. */
  async insertEntryAt(db: Queryable, entry: Omit<EntryRow, 'added_at'>): Promise<void> {
    await db.query(`UPDATE ${this.t('gazette_entry')} SET position = position + 1 WHERE issue_id = $1 AND removed_at IS NULL AND position >= $2`, [entry.issue_id, entry.position]);
    await db.query(
      `INSERT INTO ${this.t('gazette_entry')} (id, issue_id, document_id, position, title, doc_number, body, added_by, added_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, now())`,
      [entry.id, entry.issue_id, entry.document_id, entry.position, entry.title, entry.doc_number, JSON.stringify(entry.body), entry.added_by],
    );
  }

  /** Marks an entry removed (kept, with who and why) and moves the entries after it one place up. */
  async removeEntry(db: Queryable, entry: Pick<EntryRow, 'id' | 'issue_id' | 'position'>, by: string, reason: string): Promise<void> {
    await db.query(`UPDATE ${this.t('gazette_entry')} SET removed_at = now(), removed_by = $2, removed_reason = $3 WHERE id = $1`, [entry.id, by, reason]);
    await db.query(`UPDATE ${this.t('gazette_entry')} SET position = position - 1 WHERE issue_id = $1 AND removed_at IS NULL AND position > $2`, [entry.issue_id, entry.position]);
  }

  /** Marks every entry of an issue removed (a cancelled draft's documents are free again for another issue). */
  async removeAllEntries(db: Queryable, issueId: string, by: string, reason: string): Promise<void> {
    await db.query(`UPDATE ${this.t('gazette_entry')} SET removed_at = now(), removed_by = $2, removed_reason = $3 WHERE issue_id = $1 AND removed_at IS NULL`, [issueId, by, reason]);
  }

  /** The next number of the year, in the caller's transaction (gap-free: a rollback gives it back). */
  async nextIssueNumber(db: Queryable, year: number): Promise<number> {
    const [{ last_number }] = (await db.query(
      `INSERT INTO ${this.t('gazette_issue_sequence')} (year, last_number) VALUES ($1, 1)
       ON CONFLICT (year) DO UPDATE SET last_number = gazette_issue_sequence.last_number + 1, updated_at = now() RETURNING last_number`,
      [year],
    )) as { last_number: number }[];
    return Number(last_number);
  }

  async markPublished(db: Queryable, issue: Pick<IssueRow, 'id' | 'issue_number' | 'published_on' | 'published_by'>): Promise<void> {
    await db.query(`UPDATE ${this.t('gazette_issue')} SET status = 'published', issue_number = $2, published_on = $3, published_by = $4 WHERE id = $1`, [
      issue.id,
      issue.issue_number,
      issue.published_on,
      issue.published_by,
    ]);
  }

  async markCancelled(db: Queryable, id: string, reason: string): Promise<void> {
    await db.query(`UPDATE ${this.t('gazette_issue')} SET status = 'cancelled', cancel_reason = $2 WHERE id = $1`, [id, reason]);
  }

  /** Saves the issue's new version and who changed it, when. */
  async saveVersion(db: Queryable, issue: Pick<IssueRow, 'id' | 'version' | 'updated_by' | 'updated_at'>): Promise<void> {
    await db.query(`UPDATE ${this.t('gazette_issue')} SET version = $2, updated_by = $3, updated_at = $4 WHERE id = $1`, [issue.id, issue.version, issue.updated_by, issue.updated_at]);
  }
}
