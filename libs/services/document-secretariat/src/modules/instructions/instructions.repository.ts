import { Inject, Injectable } from '@nestjs/common';
import type { CallerContext } from '@gov/contracts-common';
import type { FollowingSection, FollowStatus, InstructionSourceKind } from '@gov/contracts-document-secretariat';
import { DATA_SOURCE, SCHEMA, rowById, selectPage, updateReturning, type Paged, type Queryable } from '@gov/platform';
import type { DataSource } from 'typeorm';
import { visibleTo } from '../../common/access.js';
import type { AuditColumns } from '../../common/audit-columns.js';

export interface InstructionRow extends AuditColumns {
  id: string;
  request_id: string | null;
  source_kind: InstructionSourceKind;
  source_id: string;
  source_title: string;
  source_doc_number: string | null;
  leader_user_id: string;
  leader_name: string;
  leader_title: string;
  addressed_leader_title: string | null;
  text: string;
  instructed_at: Date;
  lead_unit_id: string | null;
  co_unit_ids: string[];
  due_date: string | null;
  followed_by: FollowingSection;
  follow_status: FollowStatus;
  follow_note: string | null;
  recorded_on_behalf: boolean;
  secrecy_level: number;
  unit_ids: string[];
  user_ids: string[];
}

/** What a newly recorded 批示 holds; it starts `following`, and versions and who changed it last are filled in. */
export type NewInstruction = Omit<InstructionRow, 'follow_status' | 'follow_note' | 'version' | 'updated_by' | 'updated_at'>;

/** The only place that speaks SQL for 领导批示. */
@Injectable()
export class InstructionsRepository {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(SCHEMA) private readonly schema: string,
  ) {}

  private get table(): string {
    return `"${this.schema}".leader_instruction`;
  }

  /** Records the 批示 unless one with its `request_id` was recorded first (a retry); false then. */
  async insert(db: Queryable, row: NewInstruction): Promise<boolean> {
    const inserted = (await db.query(
      `INSERT INTO ${this.table} (id, request_id, source_kind, source_id, source_title, source_doc_number, leader_user_id, leader_name, leader_title,
          text, instructed_at, lead_unit_id, co_unit_ids, due_date, followed_by, follow_status, recorded_on_behalf, secrecy_level, unit_ids, user_ids,
          created_by, created_at, updated_by, updated_at, addressed_leader_title)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13::uuid[], $14, $15, 'following', $16, $17, $18::uuid[], $19::uuid[], $20, $21, $20, $21, $22)
       ON CONFLICT (request_id) WHERE request_id IS NOT NULL DO NOTHING RETURNING id`,
      [
        row.id,
        row.request_id,
        row.source_kind,
        row.source_id,
        row.source_title,
        row.source_doc_number,
        row.leader_user_id,
        row.leader_name,
        row.leader_title,
        row.text,
        row.instructed_at,
        row.lead_unit_id,
        row.co_unit_ids,
        row.due_date,
        row.followed_by,
        row.recorded_on_behalf,
        row.secrecy_level,
        row.unit_ids,
        row.user_ids,
        row.created_by,
        row.created_at,
        row.addressed_leader_title,
      ],
    )) as { id: string }[];
    return inserted.length > 0;
  }

  /** One 批示 by id (locked for the caller's transaction when asked); null when there is none. */
  find(id: string, db: Queryable = this.dataSource, lock = false): Promise<InstructionRow | null> {
    return rowById<InstructionRow>(db, this.table, id, lock);
  }

  /** The 批示 a client recorded under its request id, if any. */
  async findByRequestId(requestId: string): Promise<InstructionRow | null> {
    const [row] = (await this.dataSource.query(`SELECT * FROM ${this.table} WHERE request_id = $1`, [requestId])) as InstructionRow[];
    return row ?? null;
  }

  /** The 批示 the caller may see, newest first. */
  search(
    query: { followedBy?: FollowingSection; followStatus?: FollowStatus; sourceKind?: InstructionSourceKind; sourceId?: string; q?: string; limit: number; offset: number },
    caller: CallerContext,
  ): Promise<Paged<InstructionRow>> {
    const where = visibleTo(caller)
      .when(query.followedBy, 'followed_by = ?')
      .when(query.followStatus, 'follow_status = ?')
      .when(query.sourceKind, 'source_kind = ?')
      .when(query.sourceId, 'source_id = ?')
      .search(query.q, 'text', 'source_title');
    return selectPage<InstructionRow>(this.dataSource, { from: this.table, where, orderBy: 'instructed_at DESC, id', limit: query.limit, offset: query.offset });
  }

  /** Records the following section's note and status with the next version; the saved row. */
  async saveFollowUp(db: Queryable, id: string, note: string, status: FollowStatus, by: string): Promise<InstructionRow> {
    const [saved] = await updateReturning<InstructionRow>(
      db,
      `UPDATE ${this.table} SET follow_note = $2, follow_status = $3, version = version + 1, updated_by = $4, updated_at = now() WHERE id = $1 RETURNING *`,
      [id, note, status, by],
    );
    return saved;
  }

  /** The follow-up status the 批示's 督办事项 decided, with the next version; the saved row. */
  async saveFollowStatus(db: Queryable, id: string, status: FollowStatus, by: string): Promise<InstructionRow> {
    const [saved] = await updateReturning<InstructionRow>(
      db,
      `UPDATE ${this.table} SET follow_status = $2, version = version + 1, updated_by = $3, updated_at = now() WHERE id = $1 RETURNING *`,
      [id, status, by],
    );
    return saved;
  }

  /** The registry entry of a record a 批示 was written on (its state, 密级 and the units it concerns), for a line on its timeline. */
  async registered(kind: string, id: string, db: Queryable): Promise<{ status: string; secrecy_level: number; unit_ids: string[] } | null> {
    const [row] = (await db.query(`SELECT status, secrecy_level, unit_ids FROM "${this.schema}".record_registry WHERE kind = $1 AND id = $2`, [kind, id])) as {
      status: string;
      secrecy_level: number;
      unit_ids: string[];
    }[];
    return row ?? null;
  }
}
