import { Inject, Injectable } from '@nestjs/common';
import type { OutgoingDocType, ValidityStatus } from '@gov/contracts-document-secretariat';
import { DATA_SOURCE, SCHEMA, type Queryable } from '@gov/platform';
import type { DataSource } from 'typeorm';

export interface ValidityRow {
  document_id: string;
  status: ValidityStatus;
  effective_on: string;
  by_document_id: string | null;
  version: number;
  updated_by: string;
  updated_at: Date;
}

export interface ValidityChangeRow {
  id: string;
  document_id: string;
  from_status: ValidityStatus;
  status: ValidityStatus;
  effective_on: string;
  by_document_id: string | null;
  by_doc_number?: string | null;
  by_title?: string | null;
  reason: string;
  changed_by_user_id: string;
  changed_by: string;
  changed_by_name: string;
  changed_at: Date;
}

/** One line of a 汇编: an issued document with its current 效力 (有效 when never changed). */
export interface CompilationRow {
  id: string;
  doc_number: string | null;
  title: string;
  doc_type: string;
  written_date: string | null;
  issuing_body: string;
  status: ValidityStatus;
  effective_on: string | null;
  by_doc_number: string | null;
}

/** The only place that speaks SQL for 文件效力. */
@Injectable()
export class ValidityRepository {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(SCHEMA) private readonly schema: string,
  ) {}

  private t(table: string): string {
    return `"${this.schema}".${table}`;
  }

  /** The current 效力 of a document (locked for the caller's transaction when asked); null when it never changed. */
  async current(documentId: string, db: Queryable = this.dataSource, lock = false): Promise<ValidityRow | null> {
    const [row] = (await db.query(
      `SELECT *, to_char(effective_on, 'YYYY-MM-DD') AS effective_on FROM ${this.t('document_validity')} WHERE document_id = $1${lock ? ' FOR UPDATE' : ''}`,
      [documentId],
    )) as ValidityRow[];
    return row ?? null;
  }

  /** Writes the new current 效力 if nobody changed it since `expectedVersion` (1 = never changed); false when somebody did. */
  async save(db: Queryable, row: ValidityRow, expectedVersion: number): Promise<boolean> {
    if (expectedVersion === 1) {
      const inserted = (await db.query(
        `INSERT INTO ${this.t('document_validity')} (document_id, status, effective_on, by_document_id, version, updated_by, updated_at)
         VALUES ($1, $2, $3::date, $4, $5, $6, $7) ON CONFLICT (document_id) DO NOTHING RETURNING document_id`,
        [row.document_id, row.status, row.effective_on, row.by_document_id, row.version, row.updated_by, row.updated_at],
      )) as unknown[];
      return inserted.length === 1;
    }
    const [, affected] = (await db.query(
      `UPDATE ${this.t('document_validity')} SET status = $2, effective_on = $3::date, by_document_id = $4, version = $5, updated_by = $6, updated_at = $7
        WHERE document_id = $1 AND version = $8`,
      [row.document_id, row.status, row.effective_on, row.by_document_id, row.version, row.updated_by, row.updated_at, expectedVersion],
    )) as [unknown, number];
    return affected === 1;
  }

  async appendChange(db: Queryable, change: ValidityChangeRow): Promise<void> {
    await db.query(
      `INSERT INTO ${this.t('document_validity_change')} (id, document_id, from_status, status, effective_on, by_document_id, reason, changed_by_user_id, changed_by, changed_by_name, changed_at)
       VALUES ($1, $2, $3, $4, $5::date, $6, $7, $8, $9, $10, $11)`,
      [change.id, change.document_id, change.from_status, change.status, change.effective_on, change.by_document_id, change.reason, change.changed_by_user_id, change.changed_by, change.changed_by_name, change.changed_at],
    );
  }

  /** Every change of a document's 效力, oldest first, with the revising/repealing document's number and title. */
  history(documentId: string, db: Queryable = this.dataSource): Promise<ValidityChangeRow[]> {
    return db.query(
      `SELECT c.*, to_char(c.effective_on, 'YYYY-MM-DD') AS effective_on, d.doc_number AS by_doc_number, d.title AS by_title
         FROM ${this.t('document_validity_change')} c LEFT JOIN ${this.t('outgoing_document')} d ON d.id = c.by_document_id
        WHERE c.document_id = $1 ORDER BY c.changed_at, c.id`,
      [documentId],
    ) as Promise<ValidityChangeRow[]>;
  }

  /** The issued documents of a 发文字号 year (and 文种) up to `clearance`, with their current 效力, in 文号 order. */
  compilation(year: number, docType: OutgoingDocType | undefined, clearance: number): Promise<CompilationRow[]> {
    return this.dataSource.query(
      `SELECT o.id, o.doc_number, o.title, o.doc_type, o.written_date::text AS written_date, o.issuing_body,
              coalesce(v.status, 'valid') AS status, to_char(v.effective_on, 'YYYY-MM-DD') AS effective_on, b.doc_number AS by_doc_number
         FROM ${this.t('outgoing_document')} o
         LEFT JOIN ${this.t('document_validity')} v ON v.document_id = o.id
         LEFT JOIN ${this.t('outgoing_document')} b ON b.id = v.by_document_id
        WHERE o.status = 'issued' AND o.doc_year = $1 AND ($2::text IS NULL OR o.doc_type = $2) AND o.secrecy_level <= $3
        ORDER BY o.agency_code, o.doc_sequence, o.id`,
      [year, docType ?? null, clearance],
    ) as Promise<CompilationRow[]>;
  }
}
