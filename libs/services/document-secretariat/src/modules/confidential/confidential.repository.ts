import { Inject, Injectable } from '@nestjs/common';
import type { CallerContext } from '@gov/contracts-common';
import type { DeliveryState, RecordKind } from '@gov/contracts-document-secretariat';
import { DATA_SOURCE, SCHEMA, rowById, selectPage, updateReturning, type Paged, type Queryable } from '@gov/platform';
import type { DataSource } from 'typeorm';
import { visibleTo } from '../../common/access.js';

export interface DeliveryRow {
  id: string;
  document_kind: RecordKind | null;
  document_id: string | null;
  document_title: string;
  doc_number: string | null;
  secrecy_level: number;
  unit_ids: string[];
  user_ids: string[];
  copy_numbers: string[];
  recipient_unit_id: string | null;
  recipient_name: string;
  courier: string;
  sent_at: Date;
  received_at: Date | null;
  receiver_signature: string | null;
  state: DeliveryState;
  version: number;
  created_by: string;
  created_at: Date;
  updated_at: Date;
}

/** What a new delivery records; the rest (state, versions, who concerns it) the insert fills in. */
export type NewDelivery = Pick<
  DeliveryRow,
  'id' | 'document_kind' | 'document_id' | 'document_title' | 'doc_number' | 'secrecy_level' | 'unit_ids' | 'copy_numbers' | 'recipient_unit_id' | 'recipient_name' | 'courier' | 'sent_at' | 'created_by' | 'created_at'
>;

/** The only place that speaks SQL for 机要递送. */
@Injectable()
export class ConfidentialRepository {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(SCHEMA) private readonly schema: string,
  ) {}

  private get table(): string {
    return `"${this.schema}".confidential_delivery`;
  }

  async insert(db: Queryable, row: NewDelivery): Promise<void> {
    await db.query(
      `INSERT INTO ${this.table} (id, document_kind, document_id, document_title, doc_number, secrecy_level, unit_ids, user_ids, copy_numbers,
          recipient_unit_id, recipient_name, courier, sent_at, state, created_by, created_at, updated_by, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7::uuid[], '{}', $8::text[], $9, $10, $11, $12, 'sent', $13, $14, $13, $14)`,
      [
        row.id,
        row.document_kind,
        row.document_id,
        row.document_title,
        row.doc_number,
        row.secrecy_level,
        row.unit_ids,
        row.copy_numbers,
        row.recipient_unit_id,
        row.recipient_name,
        row.courier,
        row.sent_at,
        row.created_by,
        row.created_at,
      ],
    );
  }

  /** One delivery by id (locked for the caller's transaction when asked); null when there is none. */
  find(id: string, db: Queryable = this.dataSource, lock = false): Promise<DeliveryRow | null> {
    return rowById<DeliveryRow>(db, this.table, id, lock);
  }

  /** The deliveries the caller may see, newest first. */
  search(query: { state?: DeliveryState; q?: string; limit: number; offset: number }, caller: CallerContext): Promise<Paged<DeliveryRow>> {
    const where = visibleTo(caller).when(query.state, 'state = ?').search(query.q, 'document_title', 'doc_number');
    return selectPage<DeliveryRow>(this.dataSource, { from: this.table, where, orderBy: 'sent_at DESC, id', limit: query.limit, offset: query.offset });
  }

  /** Records the receipt (签收) and the next version; the saved row. */
  async markReceived(db: Queryable, id: string, receivedAt: Date, signature: string, by: string): Promise<DeliveryRow> {
    const [saved] = await updateReturning<DeliveryRow>(
      db,
      `UPDATE ${this.table} SET state = 'received', received_at = $2, receiver_signature = $3, version = version + 1, updated_by = $4, updated_at = now()
        WHERE id = $1 RETURNING *`,
      [id, receivedAt, signature, by],
    );
    return saved;
  }
}
