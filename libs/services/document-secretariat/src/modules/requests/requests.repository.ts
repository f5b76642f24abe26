import { Inject, Injectable } from '@nestjs/common';
import type { CallerContext } from '@gov/contracts-common';
import type { FileRefView, HolderView, RequestDecision, RequestState, UrgencyLevel } from '@gov/contracts-document-secretariat';
import { DATA_SOURCE, SCHEMA, rowById, selectPage, updateReturning, type Paged, type Queryable } from '@gov/platform';
import type { DataSource } from 'typeorm';
import { visibleTo } from '../../common/access.js';
import type { AuditColumns } from '../../common/audit-columns.js';

export interface RequestRow extends AuditColumns {
  id: string;
  registration_number: string;
  year: number;
  title: string;
  unit_id: string;
  unit_name: string;
  original_number: string | null;
  summary: string;
  secrecy_level: number;
  unit_ids: string[];
  user_ids: string[];
  secrecy_period: string | null;
  copy_number: string | null;
  urgency: UrgencyLevel;
  attachments: FileRefView[];
  state: RequestState;
  holder_kind: HolderView['kind'] | null;
  holder_id: string | null;
  holder_name: string | null;
  held_since: Date | null;
  proposal: string | null;
  decision: RequestDecision | null;
  decision_text: string | null;
  decided_by_user_id: string | null;
  decided_by_name: string | null;
  decided_by_title: string | null;
  decided_at: Date | null;
  reply_id: string | null;
  reply_text: string | null;
  reply_doc_number: string | null;
  reply_document_id: string | null;
  replied_by: string | null;
  replied_at: Date | null;
}

/** What a newly submitted 请示 records; it starts 待拟办 with 文秘科, and concerns its unit and who submitted it. */
export type NewRequest = Pick<
  RequestRow,
  | 'id'
  | 'registration_number'
  | 'year'
  | 'title'
  | 'unit_id'
  | 'unit_name'
  | 'original_number'
  | 'summary'
  | 'secrecy_level'
  | 'secrecy_period'
  | 'copy_number'
  | 'urgency'
  | 'attachments'
  | 'created_at'
  | 'created_by'
> & {
  /** Who submitted it (the first of `user_ids`). */
  user_id: string;
};

/** The only place that speaks SQL for 请示. */
@Injectable()
export class RequestsRepository {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(SCHEMA) private readonly schema: string,
  ) {}

  private get table(): string {
    return `"${this.schema}".unit_request`;
  }

  async insert(db: Queryable, row: NewRequest): Promise<void> {
    await db.query(
      `INSERT INTO ${this.table} (id, registration_number, year, title, unit_id, unit_name, original_number, summary, secrecy_level, unit_ids, user_ids,
            secrecy_period, copy_number, urgency, attachments, state, holder_kind, holder_id, holder_name, held_since, created_by, created_at, updated_by, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, ARRAY[$5]::uuid[], ARRAY[$10]::uuid[], $11, $12, $13, $14, 'submitted', 'section', 'wenmi', '文秘科', $15, $16, $15, $16, $15)`,
      [
        row.id,
        row.registration_number,
        row.year,
        row.title,
        row.unit_id,
        row.unit_name,
        row.original_number,
        row.summary,
        row.secrecy_level,
        row.user_id,
        row.secrecy_period,
        row.copy_number,
        row.urgency,
        JSON.stringify(row.attachments),
        row.created_at,
        row.created_by,
      ],
    );
  }

  /** One 请示 by id (locked for the caller's transaction when asked); null when there is none. */
  find(id: string, db: Queryable = this.dataSource, lock = false): Promise<RequestRow | null> {
    return rowById<RequestRow>(db, this.table, id, lock);
  }

  /** The 请示 the caller may see, newest first. */
  search(query: { state?: RequestState; unitId?: string; q?: string; limit: number; offset: number }, caller: CallerContext): Promise<Paged<RequestRow>> {
    const where = visibleTo(caller).when(query.state, 'state = ?').when(query.unitId, 'unit_id = ?').search(query.q, 'title', 'registration_number');
    return selectPage<RequestRow>(this.dataSource, { from: this.table, where, orderBy: 'created_at DESC, id', limit: query.limit, offset: query.offset });
  }

  /** Saves a step's changes with the next version if nobody saved one since `expectedVersion`; the saved row, or undefined. */
  async saveStep(db: Queryable, row: RequestRow, expectedVersion: number, by: string): Promise<RequestRow | undefined> {
    const [saved] = await updateReturning<RequestRow>(
      db,
      `UPDATE ${this.table} SET state = $2, user_ids = $3::uuid[], holder_kind = $4, holder_id = $5, holder_name = $6, held_since = $7, proposal = $8,
        decision = $9, decision_text = $10, decided_by_user_id = $11, decided_by_name = $12, decided_by_title = $13, decided_at = $14,
        reply_id = $15, reply_text = $16, reply_doc_number = $17, reply_document_id = $18, replied_by = $19, replied_at = $20,
        version = version + 1, updated_by = $21, updated_at = now()
        WHERE id = $1 AND version = $22 RETURNING *`,
      [
        row.id,
        row.state,
        row.user_ids,
        row.holder_kind,
        row.holder_id,
        row.holder_name,
        row.held_since,
        row.proposal,
        row.decision,
        row.decision_text,
        row.decided_by_user_id,
        row.decided_by_name,
        row.decided_by_title,
        row.decided_at,
        row.reply_id,
        row.reply_text,
        row.reply_doc_number,
        row.reply_document_id,
        row.replied_by,
        row.replied_at,
        by,
        expectedVersion,
      ],
    );
    return saved;
  }
}
