import { Inject, Injectable } from '@nestjs/common';
import type { CallerContext } from '@gov/contracts-common';
import type { FilingRecipient, FilingStatus } from '@gov/contracts-document-secretariat';
import { DATA_SOURCE, SCHEMA, selectPage, updatedCount, type Paged, type Queryable } from '@gov/platform';
import type { DataSource } from 'typeorm';
import { visibleTo } from '../../common/access.js';
import type { AuditColumns } from '../../common/audit-columns.js';

export interface FilingRow extends AuditColumns {
  id: string;
  document_id: string;
  title: string;
  doc_number: string;
  recipient: FilingRecipient;
  recipient_name: string;
  publication_date: string;
  due_date: string | null;
  provisional: boolean;
  due_explanation: string[];
  rule_id: string;
  rule_source: string;
  status: FilingStatus;
  submitted_on: string | null;
  filing_reference: string | null;
  last_reason: string | null;
  secrecy_level: number;
  unit_ids: string[];
  user_ids: string[];
}

const COLUMNS = `f.id, f.document_id, f.title, f.doc_number, f.recipient, f.recipient_name, to_char(f.publication_date, 'YYYY-MM-DD') AS publication_date,
  to_char(f.due_date, 'YYYY-MM-DD') AS due_date, f.provisional, f.due_explanation, f.rule_id, r.source AS rule_source, f.status,
  to_char(f.submitted_on, 'YYYY-MM-DD') AS submitted_on, f.filing_reference, f.last_reason, f.secrecy_level, f.unit_ids, f.user_ids, f.version,
  f.created_by, f.created_at, f.updated_by, f.updated_at`;

/** The only place that speaks SQL for 报备. */
@Injectable()
export class FilingsRepository {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(SCHEMA) private readonly schema: string,
  ) {}

  /** A filing with the source of the rule its due date came from. */
  private get from(): string {
    return `"${this.schema}".filing f JOIN "${this.schema}".archive_legal_rule r ON r.id = f.rule_id`;
  }

  /** One filing by id (its own row locked for the caller's transaction when asked); null when there is none. */
  async find(id: string, db: Queryable = this.dataSource, lock = false): Promise<FilingRow | null> {
    const [row] = (await db.query(`SELECT ${COLUMNS} FROM ${this.from} WHERE f.id = $1 ${lock ? 'FOR UPDATE OF f' : ''}`, [id])) as FilingRow[];
    return row ?? null;
  }

  /** Whether the document was already filed with that body (a filing not withdrawn). */
  async alreadyFiled(db: Queryable, documentId: string, recipient: FilingRecipient, recipientName: string): Promise<boolean> {
    const [duplicate] = (await db.query(`SELECT 1 FROM "${this.schema}".filing WHERE document_id = $1 AND recipient = $2 AND recipient_name = $3 AND status <> 'withdrawn'`, [
      documentId,
      recipient,
      recipientName,
    ])) as unknown[];
    return !!duplicate;
  }

  async insert(db: Queryable, row: FilingRow): Promise<void> {
    await db.query(
      `INSERT INTO "${this.schema}".filing (id, document_id, title, doc_number, recipient, recipient_name, publication_date, due_date, provisional, due_explanation, rule_id,
         status, secrecy_level, version, created_by, created_at, updated_by, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, 'pending', $12, 1, $13, $14, $13, $14)`,
      [
        row.id,
        row.document_id,
        row.title,
        row.doc_number,
        row.recipient,
        row.recipient_name,
        row.publication_date,
        row.due_date,
        row.provisional,
        JSON.stringify(row.due_explanation),
        row.rule_id,
        row.secrecy_level,
        row.created_by,
        row.created_at,
      ],
    );
  }

  /** The filings the caller may see, by due date; `overdue` the open ones past their date (`today`) or the others. */
  search(query: { status?: FilingStatus; overdue?: boolean; q?: string; today: string; limit: number; offset: number }, caller: CallerContext): Promise<Paged<FilingRow>> {
    const where = visibleTo(caller, 'f').when(query.status, 'f.status = ?');
    if (query.overdue !== undefined) {
      const overdue = `(f.status IN ('pending', 'returned') AND f.due_date < ?::date)`;
      where.add(query.overdue ? overdue : `NOT ${overdue}`, query.today);
    }
    where.search(query.q, 'f.title', 'f.doc_number');
    return selectPage<FilingRow>(this.dataSource, { columns: COLUMNS, from: this.from, where, orderBy: 'f.due_date NULLS LAST, f.created_at', limit: query.limit, offset: query.offset });
  }

  /** Saves a step (status, dates, reference, reason) with the next version if nobody saved one since `expectedVersion`. */
  async saveIfVersion(db: Queryable, next: FilingRow, expectedVersion: number): Promise<boolean> {
    const result = await db.query(
      `UPDATE "${this.schema}".filing SET status = $3, submitted_on = $4, filing_reference = $5, last_reason = $6, version = $2 + 1, updated_by = $7, updated_at = $8
        WHERE id = $1 AND version = $2`,
      [next.id, expectedVersion, next.status, next.submitted_on, next.filing_reference, next.last_reason, next.updated_by, next.updated_at],
    );
    return updatedCount(result) === 1;
  }
}
