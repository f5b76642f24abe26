import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { CallerContext } from '@gov/contracts-common';
import { CommonDocumentErrors, type BodyVersionSummary, type BodyVersionView, type DiffBodyVersions, type RecordKind } from '@gov/contracts-document-secretariat';
import { DATA_SOURCE, DomainError, SCHEMA, type Tx } from '@gov/platform';
import type { DataSource } from 'typeorm';
import { diffLines } from './diff.js';

interface VersionRow {
  version_no: number;
  text?: string;
  sha256: string;
  length: number;
  saved_by: string;
  saved_by_name: string;
  saved_at: Date;
  note: string | null;
}

/**
 * The versions of a record's body: every save is a new numbered version with its SHA-256, author and time (the table
 * refuses UPDATE and DELETE), and any two versions can be compared line by line. The owning module saves in its own
 * transaction, after locking its record, and checks who may read before calling the readers here.
 */
@Injectable()
export class BodyVersions {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(SCHEMA) private readonly schema: string,
  ) {}

  async save(tx: Tx, caller: CallerContext, record: { kind: RecordKind; id: string }, text: string, note?: string | null): Promise<BodyVersionSummary> {
    const sha256 = createHash('sha256').update(text, 'utf8').digest('hex');
    const [row]: VersionRow[] = await tx.manager.query(
      `INSERT INTO "${this.schema}".body_version (record_kind, record_id, version_no, text, sha256, saved_by_user_id, saved_by, saved_by_name, saved_at, note)
       SELECT $1, $2, COALESCE(max(version_no), 0) + 1, $3, $4, $5, $6, $7, now(), $8 FROM "${this.schema}".body_version WHERE record_kind = $1 AND record_id = $2
       RETURNING version_no, sha256, char_length(text) AS length, saved_by, saved_by_name, saved_at, note`,
      [record.kind, record.id, text, sha256, caller.userId, caller.username, caller.displayName, note ?? null],
    );
    return toSummary(row);
  }

  async latest(record: { kind: RecordKind; id: string }, tx?: Tx): Promise<BodyVersionView | null> {
    const [row]: VersionRow[] = await (tx?.manager ?? this.dataSource).query(
      `SELECT version_no, text, sha256, char_length(text) AS length, saved_by, saved_by_name, saved_at, note FROM "${this.schema}".body_version
        WHERE record_kind = $1 AND record_id = $2 ORDER BY version_no DESC LIMIT 1`,
      [record.kind, record.id],
    );
    return row ? { ...toSummary(row), text: row.text as string } : null;
  }

  async list(record: { kind: RecordKind; id: string }): Promise<BodyVersionSummary[]> {
    const rows: VersionRow[] = await this.dataSource.query(
      `SELECT version_no, sha256, char_length(text) AS length, saved_by, saved_by_name, saved_at, note FROM "${this.schema}".body_version
        WHERE record_kind = $1 AND record_id = $2 ORDER BY version_no`,
      [record.kind, record.id],
    );
    return rows.map(toSummary);
  }

  async get(record: { kind: RecordKind; id: string }, versionNo: number): Promise<BodyVersionView> {
    const [row]: VersionRow[] = await this.dataSource.query(
      `SELECT version_no, text, sha256, char_length(text) AS length, saved_by, saved_by_name, saved_at, note FROM "${this.schema}".body_version
        WHERE record_kind = $1 AND record_id = $2 AND version_no = $3`,
      [record.kind, record.id, versionNo],
    );
    if (!row) throw new DomainError(CommonDocumentErrors.versionNotFound, `正文第 ${versionNo} 版不存在`);
    return { ...toSummary(row), text: row.text as string };
  }

  async diff(record: { kind: RecordKind; id: string }, from: number, to: number): Promise<DiffBodyVersions.Reply> {
    const [a, b] = await Promise.all([this.get(record, from), this.get(record, to)]);
    return { from, to, lines: diffLines(a.text, b.text) };
  }
}

function toSummary(row: VersionRow): BodyVersionSummary {
  return {
    versionNo: row.version_no,
    sha256: row.sha256,
    length: Number(row.length),
    savedBy: row.saved_by,
    savedByName: row.saved_by_name,
    savedAt: row.saved_at.toISOString(),
    ...(row.note ? { note: row.note } : {}),
  };
}
