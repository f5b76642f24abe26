import { Inject, Injectable } from '@nestjs/common';
import { pageOf, type CallerContext } from '@gov/contracts-common';
import { CommonDocumentErrors, RECORD_KIND_LABELS, type RecordKind, type RecordSummaryView, type SearchRecords } from '@gov/contracts-document-secretariat';
import { DATA_SOURCE, DomainError, SCHEMA, type Tx, selectPage } from '@gov/platform';
import type { DataSource } from 'typeorm';
import { canSee, type Visibility, visibleTo } from './access.js';

export interface RegistryEntry extends Visibility {
  kind: RecordKind;
  id: string;
  title: string;
  docNumber?: string | null;
  /** The state code of the record's own state machine (e.g. `issued`), never its label. */
  status: string;
  /** The state in Chinese, as search shows it (e.g. 已核发). */
  statusLabel: string;
  year: number;
  createdAt: Date;
  updatedAt: Date;
}

/** The registry is the one table with `section_codes`: its visibility includes the sections a record was routed to. */
const WITH_SECTIONS = { sectionCodes: true } as const;

interface RegistryRow {
  kind: RecordKind;
  id: string;
  title: string;
  doc_number: string | null;
  secrecy_level: number;
  status: string;
  status_label: string;
  unit_ids: string[];
  user_ids: string[];
  section_codes: string[];
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

  /** Adds or refreshes a record's entry; without `sectionCodes` an existing entry keeps its sections. */
  async put(tx: Tx, entry: RegistryEntry): Promise<void> {
    await tx.manager.query(
      `INSERT INTO "${this.schema}".record_registry (kind, id, title, doc_number, secrecy_level, status, status_label, unit_ids, user_ids, section_codes, year, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8::uuid[], $9::uuid[], COALESCE($13::text[], '{}'), $10, $11, $12)
       ON CONFLICT (kind, id) DO UPDATE SET title = EXCLUDED.title, doc_number = EXCLUDED.doc_number, secrecy_level = EXCLUDED.secrecy_level,
         status = EXCLUDED.status, status_label = EXCLUDED.status_label, unit_ids = EXCLUDED.unit_ids, user_ids = EXCLUDED.user_ids,
         section_codes = COALESCE($13::text[], record_registry.section_codes), year = EXCLUDED.year, updated_at = EXCLUDED.updated_at`,
      [
        entry.kind,
        entry.id,
        entry.title,
        entry.docNumber ?? null,
        entry.secrecyLevel,
        entry.status,
        entry.statusLabel,
        [...new Set(entry.unitIds)],
        [...new Set(entry.userIds)],
        entry.year,
        entry.createdAt,
        entry.updatedAt,
        entry.sectionCodes ? [...new Set(entry.sectionCodes)] : null,
      ],
    );
  }

  /** A record the caller may see, or DOCUMENT.NOT_FOUND: a reader not cleared for it learns nothing, not even that it exists. */
  async visible(kind: RecordKind, id: string, caller: CallerContext, tx?: Tx): Promise<RecordSummaryView & Visibility> {
    const [row]: RegistryRow[] = await (tx?.manager ?? this.dataSource).query(`SELECT * FROM "${this.schema}".record_registry WHERE kind = $1 AND id = $2`, [kind, id]);
    const visibility = row && { secrecyLevel: row.secrecy_level, unitIds: row.unit_ids, userIds: row.user_ids, sectionCodes: row.section_codes };
    if (!row || !canSee(caller, visibility)) throw new DomainError(CommonDocumentErrors.notFound, '记录不存在或无权查看');
    return { ...toSummary(row), ...visibility };
  }

  async search(request: SearchRecords.Request, caller: CallerContext): Promise<SearchRecords.Reply> {
    const page = pageOf(request);
    const filters = visibleTo(caller, undefined, WITH_SECTIONS);
    if (request.kind) filters.add('kind = ?', request.kind);
    if (request.year) filters.add('year = ?', request.year);
    filters.search(request.q, 'title', 'doc_number');
    const { items: rows, total } = await selectPage<RegistryRow>(this.dataSource, { columns: '*', from: `"${this.schema}".record_registry`, where: filters, orderBy: 'updated_at DESC, id', ...page });
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
    statusLabel: row.status_label,
    updatedAt: row.updated_at.toISOString(),
  };
}
