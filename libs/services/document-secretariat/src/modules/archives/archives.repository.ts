import { Inject, Injectable } from '@nestjs/common';
import type { CallerContext } from '@gov/contracts-common';
import type {
  ArchiveItemStatus,
  ArchivePartView,
  ArchiveSourceKind,
  FileArchiveItems,
  FileRefView,
  FondsRuleValue,
  RetentionCodeValue,
} from '@gov/contracts-document-secretariat';
import { DATA_SOURCE, SCHEMA, selectPage, updatedCount, type Conditions, type Paged, type Queryable } from '@gov/platform';
import type { DataSource, EntityManager } from 'typeorm';
import { visibleTo } from '../../common/access.js';
import type { AuditColumns } from '../../common/audit-columns.js';

export interface ItemRow extends AuditColumns {
  id: string;
  archive_code: string;
  fonds_code: string;
  category_code: string;
  year: number;
  retention: RetentionCodeValue;
  organization_code: string;
  item_number: number;
  source_kind: ArchiveSourceKind;
  source_id: string;
  doc_number: string | null;
  title: string;
  responsible: string;
  document_date: string;
  pages: number;
  matter: string | null;
  remark: string | null;
  parts: ArchivePartView[];
  status: ArchiveItemStatus;
  void_reason: string | null;
  voided_by: string | null;
  handover_id: string | null;
  rule_id: string;
  secrecy_level: number;
  unit_ids: string[];
  user_ids: string[];
}

export interface HandoverRow {
  id: string;
  from_party: string;
  to_party: string;
  handed_over_on: string;
  receiver_name: string;
  receiver_signature: FileRefView;
  item_count: number;
  note: string | null;
  secrecy_level: number;
  unit_ids: string[];
  user_ids: string[];
  created_by: string;
  created_at: Date;
}

const ITEM_COLUMNS = `id, archive_code, fonds_code, category_code, year, retention, organization_code, item_number, source_kind, source_id, doc_number, title,
  responsible, to_char(document_date, 'YYYY-MM-DD') AS document_date, pages, matter, remark, parts, status, void_reason, voided_by, handover_id, rule_id,
  secrecy_level, unit_ids, user_ids, version, created_by, created_at, updated_by, updated_at`;
const HANDOVER_COLUMNS = `id, from_party, to_party, to_char(handed_over_on, 'YYYY-MM-DD') AS handed_over_on, receiver_name, receiver_signature, item_count, note,
  secrecy_level, unit_ids, user_ids, created_by, created_at`;

/** A column of an item a step may change. */
export type ItemColumn = 'title' | 'responsible' | 'pages' | 'remark' | 'status' | 'void_reason' | 'voided_by' | 'handover_id';

/** What the 归档文件目录 is filtered by. */
export interface ItemFilter {
  year?: number;
  retention?: string;
  organizationCode?: string;
  status?: string;
  q?: string;
}

/** The only place that speaks SQL for 归档文件 (件), their 件号 sequences and their hand-overs. */
@Injectable()
export class ArchivesRepository {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(SCHEMA) private readonly schema: string,
  ) {}

  private t(table: string): string {
    return `"${this.schema}".${table}`;
  }

  /** Whether an incoming source was registered as a 普发件 and whether the office acted on it (主办/协办 or a 批示). */
  async incomingFilingFacts(sourceId: string, manager: EntityManager): Promise<{ general_distribution: boolean; acted_on: boolean } | null> {
    const [row] = (await manager.query(
      `SELECT d.general_distribution,
              (d.instruction_id IS NOT NULL OR EXISTS (SELECT 1 FROM ${this.t('doc_routing')} r WHERE r.record_kind = 'incoming' AND r.record_id = d.id AND r.role IN ('lead', 'co'))) AS acted_on
         FROM ${this.t('incoming_document')} d WHERE d.id = $1`,
      [sourceId],
    )) as { general_distribution: boolean; acted_on: boolean }[];
    return row ?? null;
  }

  /** The item a source is filed as (not voided), if any. */
  async filedItemOf(sourceKind: ArchiveSourceKind, sourceId: string, manager: EntityManager): Promise<{ archive_code: string } | null> {
    const [filed] = (await manager.query(`SELECT archive_code FROM ${this.t('archive_item')} WHERE source_kind = $1 AND source_id = $2 AND status <> 'voided'`, [
      sourceKind,
      sourceId,
    ])) as { archive_code: string }[];
    return filed ?? null;
  }

  async insertItem(row: ItemRow, manager: EntityManager): Promise<void> {
    await manager.query(
      `INSERT INTO ${this.t('archive_item')} (id, archive_code, fonds_code, category_code, year, retention, organization_code, item_number, source_kind, source_id,
         doc_number, title, responsible, document_date, pages, matter, remark, parts, status, rule_id, secrecy_level, unit_ids, user_ids, version, created_by, created_at, updated_by, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22::uuid[], $23::uuid[], $24, $25, $26, $27, $28)`,
      [
        row.id, row.archive_code, row.fonds_code, row.category_code, row.year, row.retention, row.organization_code, row.item_number, row.source_kind, row.source_id,
        row.doc_number, row.title, row.responsible, row.document_date, row.pages, row.matter, row.remark, JSON.stringify(row.parts), row.status, row.rule_id,
        row.secrecy_level, row.unit_ids, row.user_ids, row.version, row.created_by, row.created_at, row.updated_by, row.updated_at,
      ],
    );
  }

  /** The item by id, locked for the transaction when asked; null when there is none. */
  async findItem(id: string, db: Queryable = this.dataSource, lock = false): Promise<ItemRow | null> {
    const [row] = (await db.query(`SELECT ${ITEM_COLUMNS} FROM ${this.t('archive_item')} WHERE id = $1 ${lock ? 'FOR UPDATE' : ''}`, [id])) as ItemRow[];
    return row ?? null;
  }

  async searchItems(filter: ItemFilter, caller: CallerContext, page: { limit: number; offset: number }): Promise<Paged<ItemRow>> {
    return selectPage<ItemRow>(this.dataSource, {
      columns: ITEM_COLUMNS,
      from: this.t('archive_item'),
      where: itemFilters(caller, filter),
      orderBy: 'year DESC, retention, organization_code, item_number',
      ...page,
    });
  }

  /** The rows of the 归档文件目录 (at most 20000), in 件号 order within 保管期限 and 机构. */
  async catalogue(filter: ItemFilter, caller: CallerContext): Promise<ItemRow[]> {
    const filters = itemFilters(caller, filter);
    return this.dataSource.query(
      `SELECT ${ITEM_COLUMNS} FROM ${this.t('archive_item')} WHERE ${filters.expression} ORDER BY retention, organization_code, item_number LIMIT 20000`,
      filters.params,
    );
  }

  /** Saves `columns` of the item (and its version, who, when) where the stored version is still `expectedVersion`. */
  async saveItemIfVersion(next: ItemRow, expectedVersion: number, columns: readonly ItemColumn[], manager: EntityManager): Promise<boolean> {
    const assignments = columns.map((column, i) => `${column} = $${i + 4}`).join(', ');
    const result: unknown = await manager.query(
      `UPDATE ${this.t('archive_item')} SET version = $2 + 1, updated_by = $3, updated_at = now(), ${assignments} WHERE id = $1 AND version = $2`,
      [next.id, expectedVersion, next.updated_by, ...columns.map((column) => next[column])],
    );
    return updatedCount(result) === 1;
  }

  /** The next 件号 of the class, in the caller's transaction: one upsert, so concurrent filers queue and a rollback gives the number back; null past 9999. */
  async nextItemNumber(fonds: FondsRuleValue, request: FileArchiveItems.Request, manager: EntityManager): Promise<number | null> {
    const rows = (await manager.query(
      `INSERT INTO ${this.t('archive_item_sequence')} (fonds_code, category_code, year, retention, organization_code, last_number) VALUES ($1, $2, $3, $4, $5, 1)
       ON CONFLICT (fonds_code, category_code, year, retention, organization_code) DO UPDATE SET last_number = archive_item_sequence.last_number + 1, updated_at = now()
         WHERE archive_item_sequence.last_number < 9999
       RETURNING last_number`,
      [fonds.fondsCode, fonds.categoryCode, request.year, request.retention, request.organizationCode],
    )) as { last_number: number }[];
    return rows.length ? Number(rows[0].last_number) : null;
  }

  async insertHandover(row: HandoverRow, manager: EntityManager): Promise<void> {
    await manager.query(
      `INSERT INTO ${this.t('archive_handover')} (id, from_party, to_party, handed_over_on, receiver_name, receiver_signature, item_count, note, secrecy_level, version, created_by, created_at, updated_by, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 1, $10, $11, $10, $11)`,
      [row.id, row.from_party, row.to_party, row.handed_over_on, row.receiver_name, JSON.stringify(row.receiver_signature), row.item_count, row.note, row.secrecy_level, row.created_by, row.created_at],
    );
  }

  async addHandoverItem(handoverId: string, itemId: string, position: number, manager: EntityManager): Promise<void> {
    await manager.query(`INSERT INTO ${this.t('archive_handover_item')} (handover_id, item_id, position) VALUES ($1, $2, $3)`, [handoverId, itemId, position]);
  }

  async findHandover(id: string): Promise<HandoverRow | null> {
    const [row] = (await this.dataSource.query(`SELECT ${HANDOVER_COLUMNS} FROM ${this.t('archive_handover')} WHERE id = $1`, [id])) as HandoverRow[];
    return row ?? null;
  }

  async searchHandovers(caller: CallerContext, page: { limit: number; offset: number }): Promise<Paged<HandoverRow>> {
    return selectPage<HandoverRow>(this.dataSource, {
      columns: HANDOVER_COLUMNS,
      from: this.t('archive_handover'),
      where: visibleTo(caller),
      orderBy: 'handed_over_on DESC, created_at DESC',
      ...page,
    });
  }

  /** The items of a hand-over, in their order on it. */
  async handoverItems(id: string): Promise<ItemRow[]> {
    return this.dataSource.query(
      `SELECT ${ITEM_COLUMNS} FROM ${this.t('archive_item')} i
        WHERE i.id IN (SELECT item_id FROM ${this.t('archive_handover_item')} WHERE handover_id = $1)
        ORDER BY (SELECT position FROM ${this.t('archive_handover_item')} h WHERE h.handover_id = $1 AND h.item_id = i.id)`,
      [id],
    );
  }
}

function itemFilters(caller: CallerContext, request: ItemFilter): Conditions {
  const filters = visibleTo(caller);
  const equal = { year: request.year, retention: request.retention, organization_code: request.organizationCode, status: request.status };
  for (const [column, value] of Object.entries(equal)) if (value !== undefined && value !== null) filters.add(`${column} = ?`, value);
  return filters.search(request.q, 'title', 'doc_number', 'archive_code');
}
