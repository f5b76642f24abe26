import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { CallerContext } from '@gov/contracts-common';
import type { FileRefView, HolderView, IncomingState, ListIncoming, SourceLevel, UrgencyLevel } from '@gov/contracts-document-secretariat';
import { DATA_SOURCE, SCHEMA, selectPage, updateReturning, type Paged, type Queryable } from '@gov/platform';
import type { DataSource, EntityManager } from 'typeorm';
import { visibleTo } from '../../common/access.js';
import type { AuditColumns } from '../../common/audit-columns.js';

export interface IncomingRow extends AuditColumns {
  id: string;
  registration_number: string;
  year: number;
  title: string;
  source_body: string;
  source_level: SourceLevel;
  original_number: string | null;
  doc_type: string;
  /** 普发件 (for information, sent to many bodies). */
  general_distribution: boolean;
  secrecy_level: number;
  unit_ids: string[];
  user_ids: string[];
  secrecy_period: string | null;
  copy_number: string | null;
  urgency: UrgencyLevel;
  pages: number;
  attachments: FileRefView[];
  received_at: Date;
  state: IncomingState;
  holder_kind: HolderView['kind'] | null;
  holder_id: string | null;
  holder_name: string | null;
  held_since: Date | null;
  return_reason: string | null;
  proposal: string | null;
  proposed_leader_user_id: string | null;
  proposed_leader_name: string | null;
  instruction_id: string | null;
  deadline_start: string | null;
  deadline_working_days: number | null;
  deadline_basis: string | null;
  due_date: string | null;
  deadline_provisional: boolean;
  deadline_explanation: string[];
  result: string | null;
  reply_method: string | null;
  reply_content: string | null;
  replied_at: Date | null;
}

const UPDATABLE = [
  'state',
  'unit_ids',
  'user_ids',
  'holder_kind',
  'holder_id',
  'holder_name',
  'held_since',
  'return_reason',
  'proposal',
  'proposed_leader_user_id',
  'proposed_leader_name',
  'instruction_id',
  'deadline_start',
  'deadline_working_days',
  'deadline_basis',
  'due_date',
  'deadline_provisional',
  'deadline_explanation',
  'result',
  'reply_method',
  'reply_content',
  'replied_at',
] as const;

/** What registration writes of a new 收文 (the rest starts empty; it is 登记 and held by the registering clerk). */
export interface NewIncoming {
  id: string;
  registrationNumber: string;
  year: number;
  title: string;
  sourceBody: string;
  sourceLevel: SourceLevel;
  originalNumber: string | null;
  docType: string;
  /** 普发件: a document sent to many bodies for information (DA/T 22—2015: 普发 needing no action is not filed). */
  generalDistribution: boolean;
  secrecyLevel: number;
  secrecyPeriod: string | null;
  copyNumber: string | null;
  urgency: UrgencyLevel;
  pages: number;
  attachments: FileRefView[];
  receivedAt: Date;
  holderUserId: string;
  holderName: string;
  at: Date;
  by: string;
}

export interface ChaseRow {
  id: string;
  routing_id: string | null;
  target_name: string;
  note: string;
  chased_by: string;
  chased_at: Date;
}

/** The only place that speaks SQL for 收文 and its 催办 records. */
@Injectable()
export class IncomingRepository {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(SCHEMA) private readonly schema: string,
  ) {}

  private t(table: string): string {
    return `"${this.schema}".${table}`;
  }

  async insert(row: NewIncoming, manager: EntityManager): Promise<void> {
    await manager.query(
      `INSERT INTO ${this.t('incoming_document')} (id, registration_number, year, title, source_body, source_level, original_number, doc_type, secrecy_level,
          secrecy_period, copy_number, urgency, pages, attachments, received_at, state, holder_kind, holder_id, holder_name, held_since,
          created_by, created_at, updated_by, updated_at, general_distribution)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, 'registered', 'user', $16, $17, $18, $19, $18, $19, $18, $20)`,
      [
        row.id,
        row.registrationNumber,
        row.year,
        row.title,
        row.sourceBody,
        row.sourceLevel,
        row.originalNumber,
        row.docType,
        row.secrecyLevel,
        row.secrecyPeriod,
        row.copyNumber,
        row.urgency,
        row.pages,
        JSON.stringify(row.attachments),
        row.receivedAt,
        row.holderUserId,
        row.holderName,
        row.at,
        row.by,
        row.generalDistribution,
      ],
    );
  }

  /** The 收文 by id, locked for the transaction when asked; null when there is none. */
  async find(id: string, db: Queryable = this.dataSource, lock = false): Promise<IncomingRow | null> {
    const [row] = (await db.query(`SELECT * FROM ${this.t('incoming_document')} WHERE id = $1${lock ? ' FOR UPDATE' : ''}`, [id])) as IncomingRow[];
    return row ?? null;
  }

  /** 收文 at a glance, as the caller may see them: by state, urgency, holder, text and overdue as of `today`. */
  async search(request: ListIncoming.Request & { limit: number; offset: number }, caller: CallerContext, today: string): Promise<Paged<IncomingRow>> {
    const filters = visibleTo(caller);
    if (request.state) filters.add('state = ?', request.state);
    if (request.urgency) filters.add('urgency = ?', request.urgency);
    if (request.holderId) filters.add('holder_id = ?', request.holderId);
    filters.search(request.q, 'title', 'registration_number', 'original_number');
    if (request.overdue === 'true') filters.add(`(state = 'distributed' AND due_date < ?)`, today);
    if (request.overdue === 'false') filters.add(`NOT (state = 'distributed' AND due_date IS NOT NULL AND due_date < ?)`, today);
    return selectPage<IncomingRow>(this.dataSource, { columns: '*', from: this.t('incoming_document'), where: filters, orderBy: 'received_at DESC, id', limit: request.limit, offset: request.offset });
  }

  /** Saves the step's columns (and the version, who, when) where the stored version is still `row`'s; null when somebody changed it. */
  async saveIfVersion(row: IncomingRow, next: IncomingRow, manager: EntityManager): Promise<IncomingRow | null> {
    const sets = UPDATABLE.map((column, i) => `${column} = $${i + 2}`);
    const values = UPDATABLE.map((column) => (column === 'deadline_explanation' ? JSON.stringify(next[column]) : next[column]));
    const [saved] = await updateReturning<IncomingRow>(
      manager,
      `UPDATE ${this.t('incoming_document')} SET ${sets.join(', ')}, version = $${UPDATABLE.length + 2}, updated_by = $${UPDATABLE.length + 3}, updated_at = $${UPDATABLE.length + 4}
      WHERE id = $1 AND version = $${UPDATABLE.length + 5} RETURNING *`,
      [row.id, ...values, next.version, next.updated_by, next.updated_at, row.version],
    );
    return saved ?? null;
  }

  /** The distributed 收文 whose 承办 deadline a change of `year` in the calendar can move, locked. */
  async openDeadlinesAround(year: number, manager: EntityManager): Promise<IncomingRow[]> {
    return manager.query(
      `SELECT * FROM ${this.t('incoming_document')} WHERE state = 'distributed' AND deadline_start IS NOT NULL
          AND (deadline_provisional OR left(deadline_start, 4)::int = $1 OR left(due_date, 4)::int = $1) FOR UPDATE`,
      [year],
    );
  }

  async redate(id: string, due: { dueDate: string | null; provisional: boolean; explanation: string[] }, manager: EntityManager): Promise<void> {
    await manager.query(
      `UPDATE ${this.t('incoming_document')} SET due_date = $2, deadline_provisional = $3, deadline_explanation = $4, version = version + 1, updated_by = 'system', updated_at = now() WHERE id = $1`,
      [id, due.dueDate, due.provisional, JSON.stringify(due.explanation)],
    );
  }

  async insertChase(
    chase: { recordId: string; routingId: string; targetName: string; note: string; byUserId: string; byName: string; at: Date },
    manager: EntityManager,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO ${this.t('doc_chase')} (id, record_kind, record_id, routing_id, target_name, note, chased_by_user_id, chased_by, chased_at) VALUES ($1, 'incoming', $2, $3, $4, $5, $6, $7, $8)`,
      [randomUUID(), chase.recordId, chase.routingId, chase.targetName, chase.note, chase.byUserId, chase.byName, chase.at],
    );
  }

  async chasesOf(id: string): Promise<ChaseRow[]> {
    return this.dataSource.query(`SELECT * FROM ${this.t('doc_chase')} WHERE record_kind = 'incoming' AND record_id = $1 ORDER BY seq`, [id]);
  }
}
