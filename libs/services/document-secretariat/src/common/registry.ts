import { Inject, Injectable } from '@nestjs/common';
import { pageOf, type CallerContext } from '@gov/contracts-common';
import { CommonDocumentErrors, RECORD_KIND_LABELS, type RecordKind, type RecordSummaryView, type SearchRecords } from '@gov/contracts-document-secretariat';
import { DATA_SOURCE, DomainError, SCHEMA, type Tx } from '@gov/platform';
import type { DataSource } from 'typeorm';
import { canSee, visibilitySql, type Visibility } from './access.js';

export interface RegistryEntry extends Visibility {
  kind: RecordKind;
  id: string;
  title: string;
  docNumber?: string | null;
  status: string;
  year: number;
  createdAt: Date;
  updatedAt: Date;
}

interface RegistryRow {
  kind: RecordKind;
  id: string;
  title: string;
  doc_number: string | null;
  secrecy_level: number;
  status: string;
  unit_ids: string[];
  user_ids: string[];
  year: number;
  updated_at: Date;
}

/**
 * One index of every record of the service (kind, title, 文号, status, 密级 and who it concerns), written by each module
 * in the transaction of its change. Search across kinds goes through it with the visibility rule in the SQL, and other
 * modules (archives, gazette) find records by id through it without knowing their tables.
 */
@Injectable()
export class Registry {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(SCHEMA) private readonly schema: string,
  ) {}

  async put(tx: Tx, entry: RegistryEntry): Promise<void> {
    await tx.manager.query(
      `INSERT INTO "${this.schema}".record_registry (kind, id, title, doc_number, secrecy_level, status, unit_ids, user_ids, year, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7::uuid[], $8::uuid[], $9, $10, $11)
       ON CONFLICT (kind, id) DO UPDATE SET title = EXCLUDED.title, doc_number = EXCLUDED.doc_number, secrecy_level = EXCLUDED.secrecy_level,
         status = EXCLUDED.status, unit_ids = EXCLUDED.unit_ids, user_ids = EXCLUDED.user_ids, year = EXCLUDED.year, updated_at = EXCLUDED.updated_at`,
      [
        entry.kind,
        entry.id,
        entry.title,
        entry.docNumber ?? null,
        entry.secrecyLevel,
        entry.status,
        [...new Set(entry.unitIds)],
        [...new Set(entry.userIds)],
        entry.year,
        entry.createdAt,
        entry.updatedAt,
      ],
    );
  }

  /** A record the caller may see, or DOCUMENT.NOT_FOUND: a reader not cleared for it learns nothing, not even that it exists. */
  async visible(kind: RecordKind, id: string, caller: CallerContext, tx?: Tx): Promise<RecordSummaryView & Visibility> {
    const [row]: RegistryRow[] = await (tx?.manager ?? this.dataSource).query(`SELECT * FROM "${this.schema}".record_registry WHERE kind = $1 AND id = $2`, [kind, id]);
    const visibility = row && { secrecyLevel: row.secrecy_level, unitIds: row.unit_ids, userIds: row.user_ids };
    if (!row || !canSee(caller, visibility)) throw new DomainError(CommonDocumentErrors.notFound, '记录不存在或无权查看');
    return { ...toSummary(row), ...visibility };
  }

  async search(request: SearchRecords.Request, caller: CallerContext): Promise<SearchRecords.Reply> {
    const page = pageOf(request);
    const visibility = visibilitySql(caller, 1);
    const where = [visibility.sql];
    const params = [...visibility.params];
    if (request.kind) {
      params.push(request.kind);
      where.push(`kind = $${params.length}`);
    }
    if (request.year) {
      params.push(request.year);
      where.push(`year = $${params.length}`);
    }
    if (request.q?.trim()) {
      params.push(`%${request.q.trim().replace(/[\\%_]/g, (m) => `\\${m}`)}%`);
      where.push(`(title ILIKE $${params.length} OR doc_number ILIKE $${params.length})`);
    }
    params.push(page.limit, page.offset);
    const rows: (RegistryRow & { total: string })[] = await this.dataSource.query(
      `SELECT *, count(*) OVER () AS total FROM "${this.schema}".record_registry WHERE ${where.join(' AND ')}
        ORDER BY updated_at DESC, id LIMIT $${params.length - 1} OFFSET $${params.length}`,
      params,
    );
    let total = rows.length ? Number(rows[0].total) : 0;
    if (!rows.length && page.offset > 0) {
      // A page past the end still reports how many there are.
      const [count]: { total: string }[] = await this.dataSource.query(`SELECT count(*) AS total FROM "${this.schema}".record_registry WHERE ${where.join(' AND ')}`, params.slice(0, -2));
      total = Number(count.total);
    }
    return { items: rows.map(toSummary), total, ...page };
  }
}

function toSummary(row: RegistryRow): RecordSummaryView {
  return {
    kind: row.kind,
    kindLabel: RECORD_KIND_LABELS[row.kind],
    id: row.id,
    title: row.title,
    ...(row.doc_number ? { docNumber: row.doc_number } : {}),
    secrecyLevel: row.secrecy_level,
    status: row.status,
    updatedAt: row.updated_at.toISOString(),
  };
}
