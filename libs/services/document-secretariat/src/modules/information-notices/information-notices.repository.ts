import { Inject, Injectable } from '@nestjs/common';
import { SCHEMA } from '@gov/platform';
import type { EntityManager } from 'typeorm';

export interface OutgoingOriginRow {
  document_id: string;
  origin_kind: string;
  origin_id: string;
  origin_label: string;
  event_id: string | null;
  received_at: Date;
}

/** The only place that speaks SQL for where a 发文 came from (`outgoing_origin`). */
@Injectable()
export class OutgoingOriginsRepository {
  constructor(@Inject(SCHEMA) private readonly schema: string) {}

  /** The document made from an origin, under a transaction lock on the origin so that two deliveries never race. */
  async lockDocumentOf(kind: string, originId: string, manager: EntityManager): Promise<string | null> {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`${this.schema}.outgoing_origin:${kind}:${originId}`]);
    const [row] = (await manager.query(`SELECT document_id FROM "${this.schema}".outgoing_origin WHERE origin_kind = $1 AND origin_id = $2`, [kind, originId])) as { document_id: string }[];
    return row?.document_id ?? null;
  }

  async insert(row: OutgoingOriginRow, manager: EntityManager): Promise<void> {
    await manager.query(`INSERT INTO "${this.schema}".outgoing_origin (document_id, origin_kind, origin_id, origin_label, event_id, received_at) VALUES ($1, $2, $3, $4, $5, $6)`, [
      row.document_id,
      row.origin_kind,
      row.origin_id,
      row.origin_label,
      row.event_id,
      row.received_at,
    ]);
  }
}
