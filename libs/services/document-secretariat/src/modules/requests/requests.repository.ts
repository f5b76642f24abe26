import { Inject, Injectable } from '@nestjs/common';
import type { CallerContext } from '@gov/contracts-common';
import type { FileRefView, HolderView, RequestDecision, RequestState, UrgencyLevel } from '@gov/contracts-document-secretariat';
import { DATA_SOURCE, SCHEMA, selectPage, updateReturning, type Paged, type Queryable } from '@gov/platform';
import type { DataSource } from 'typeorm';
import { visibilitySql, visibleTo } from '../../common/access.js';
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
  /** 收到（登记）日期 YYYY-MM-DD; the handling period starts the next day. */
  received_on: string;
  /** 办理期限 YYYY-MM-DD, null when the engine could not date it (or the 请示 predates the rule). */
  due_date: string | null;
  provisional: boolean;
  due_explanation: string[];
  /** The `requests.handling_period` rule row the deadline was computed under. */
  rule_id: string | null;
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
  | 'received_on'
  | 'due_date'
  | 'provisional'
  | 'due_explanation'
  | 'rule_id'
> & {
  /** Who submitted it (the first of `user_ids`). */
  user_id: string;
};

/** Every column, the dates as YYYY-MM-DD text (a `date` is a calendar day, not an instant). */
const COLUMNS = `*, to_char(received_on, 'YYYY-MM-DD') AS received_on, to_char(due_date, 'YYYY-MM-DD') AS due_date`;

/** Open and past its handling deadline on the day bound to `?` (overdue from the day after the due day). */
const OVERDUE = `state <> 'replied' AND due_date < ?::date`;

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
            secrecy_period, copy_number, urgency, attachments, state, holder_kind, holder_id, holder_name, held_since, created_by, created_at, updated_by, updated_at,
            received_on, due_date, provisional, due_explanation, rule_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, ARRAY[$5]::uuid[], ARRAY[$10]::uuid[], $11, $12, $13, $14, 'submitted', 'section', 'wenmi', '文秘科', $15, $16, $15, $16, $15,
            $17::date, $18::date, $19, $20::jsonb, $21)`,
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
        row.received_on,
        row.due_date,
        row.provisional,
        JSON.stringify(row.due_explanation),
        row.rule_id,
      ],
    );
  }

  /** One 请示 by id (locked for the caller's transaction when asked); null when there is none. */
  async find(id: string, db: Queryable = this.dataSource, lock = false): Promise<RequestRow | null> {
    const [row] = (await db.query(`SELECT ${COLUMNS} FROM ${this.table} WHERE id = $1${lock ? ' FOR UPDATE' : ''}`, [id])) as RequestRow[];
    return row ?? null;
  }

  /** Per unit, the open 请示 past their handling deadline on `today` that the caller may see (of one unit when given). */
  overdueByUnit(today: string, unitId: string | undefined, caller: CallerContext): Promise<{ unit_id: string; unit_name: string; count: number; earliest_due_date: string }[]> {
    const visible = visibilitySql(caller, 3);
    return this.dataSource.query(
      `SELECT unit_id, min(unit_name) AS unit_name, count(*)::int AS count, to_char(min(due_date), 'YYYY-MM-DD') AS earliest_due_date FROM ${this.table}
        WHERE ${OVERDUE.replace('?', '$1')} AND ($2::uuid IS NULL OR unit_id = $2::uuid) AND ${visible.sql}
        GROUP BY unit_id ORDER BY count(*) DESC, min(unit_name)`,
      [today, unitId ?? null, ...visible.params],
    ) as Promise<{ unit_id: string; unit_name: string; count: number; earliest_due_date: string }[]>;
  }

  /** The 请示 the caller may see, newest first. */
  search(
    query: { state?: RequestState; unitId?: string; q?: string; overdueOn?: string; limit: number; offset: number },
    caller: CallerContext,
  ): Promise<Paged<RequestRow>> {
    const where = visibleTo(caller).when(query.state, 'state = ?').when(query.unitId, 'unit_id = ?').when(query.overdueOn, OVERDUE).search(query.q, 'title', 'registration_number');
    // The overdue view reads per unit, the longest-waiting first; the plain list newest first.
    // (Qualified: the text copy of due_date in COLUMNS shares its name.)
    const orderBy = query.overdueOn ? `unit_name, unit_id, ${this.table}.due_date, registration_number` : 'created_at DESC, id';
    return selectPage<RequestRow>(this.dataSource, { columns: COLUMNS, from: this.table, where, orderBy, limit: query.limit, offset: query.offset });
  }

  /** Saves a step's changes with the next version if nobody saved one since `expectedVersion`; the saved row, or undefined. */
  async saveStep(db: Queryable, row: RequestRow, expectedVersion: number, by: string): Promise<RequestRow | undefined> {
    const [saved] = await updateReturning<RequestRow>(
      db,
      `UPDATE ${this.table} SET state = $2, user_ids = $3::uuid[], holder_kind = $4, holder_id = $5, holder_name = $6, held_since = $7, proposal = $8,
        decision = $9, decision_text = $10, decided_by_user_id = $11, decided_by_name = $12, decided_by_title = $13, decided_at = $14,
        reply_id = $15, reply_text = $16, reply_doc_number = $17, reply_document_id = $18, replied_by = $19, replied_at = $20,
        version = version + 1, updated_by = $21, updated_at = now()
        WHERE id = $1 AND version = $22 RETURNING ${COLUMNS}`,
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
