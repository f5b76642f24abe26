import { Inject, Injectable } from '@nestjs/common';
import type { LetterChannel, LetterMode, LetterState } from '@gov/contracts-document-secretariat';
import { DATA_SOURCE, SCHEMA, updateReturning, type Queryable } from '@gov/platform';
import type { DataSource } from 'typeorm';
import type { LetterPeriod } from './letter-rules.js';

export interface LetterRow {
  id: string;
  writer_name_enc: string;
  writer_contact_enc: string | null;
  received_on: string;
  channel: LetterChannel;
  summary: string;
  content: string;
  state: LetterState;
  mode: LetterMode | null;
  unit_id: string | null;
  unit_name: string | null;
  handed_on: string | null;
  acceptance_due: string | null;
  acceptance_provisional: boolean;
  acceptance_explanation: string[];
  acceptance_rule_id: string;
  handling_due: string | null;
  handling_provisional: boolean;
  handling_explanation: string[];
  handling_rule_id: string | null;
  extension_days: number | null;
  extension_reason: string | null;
  extension_approved_by: string | null;
  reply_text: string | null;
  replied_by: string | null;
  replied_at: Date | null;
  return_reason: string | null;
  withdraw_reason: string | null;
  created_by: string;
  created_at: Date;
  updated_by: string;
  updated_at: Date;
  version: number;
}

export interface LetterStepRow {
  action: string;
  action_label: string;
  note: string | null;
  actor_name: string;
  at: Date;
}

export type LetterRuleCode = 'letters.acceptance_period' | 'letters.handling_period' | 'letters.extension_max';

export interface LetterRuleRow {
  id: string;
  code: LetterRuleCode;
  value: LetterPeriod;
  source: string;
}

/** Every column, the calendar days as YYYY-MM-DD text. */
const COLUMNS = `*, to_char(received_on, 'YYYY-MM-DD') AS received_on, to_char(handed_on, 'YYYY-MM-DD') AS handed_on,
  to_char(acceptance_due, 'YYYY-MM-DD') AS acceptance_due, to_char(handling_due, 'YYYY-MM-DD') AS handling_due`;

/** Columns a step may change (the rest are fixed at 登记). */
const STEP_COLUMNS = [
  'state',
  'mode',
  'unit_id',
  'unit_name',
  'handed_on',
  'handling_due',
  'handling_provisional',
  'handling_explanation',
  'handling_rule_id',
  'extension_days',
  'extension_reason',
  'extension_approved_by',
  'reply_text',
  'replied_by',
  'replied_at',
  'return_reason',
  'withdraw_reason',
] as const;
export type LetterChanges = Partial<Pick<LetterRow, (typeof STEP_COLUMNS)[number]>>;

export interface LetterFilter {
  state?: LetterState;
  unitId?: string;
  /** Only the letters of this unit (a liaison's view). */
  onlyUnitId?: string;
  /** Overdue on this day: 告知 while registered, 办理 while handled. */
  overdueOn?: string;
  limit: number;
  offset: number;
}

/** The only place that speaks SQL for 人民来信. */
@Injectable()
export class LettersRepository {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(SCHEMA) private readonly schema: string,
  ) {}

  private t(name: string): string {
    return `"${this.schema}".${name}`;
  }

  /** The rule of `code` in force on `day` (the latest that took effect on or before it). */
  async ruleInForce(code: LetterRuleCode, day: string, db: Queryable = this.dataSource): Promise<LetterRuleRow | null> {
    const [row] = (await db.query(
      `SELECT id, code, value, source FROM ${this.t('letter_rule')} WHERE code = $1 AND effective_from <= $2::date ORDER BY effective_from DESC LIMIT 1`,
      [code, day],
    )) as LetterRuleRow[];
    return row ?? null;
  }

  async ruleById(id: string, db: Queryable = this.dataSource): Promise<LetterRuleRow | null> {
    const [row] = (await db.query(`SELECT id, code, value, source FROM ${this.t('letter_rule')} WHERE id = $1`, [id])) as LetterRuleRow[];
    return row ?? null;
  }

  async insert(
    db: Queryable,
    row: Pick<LetterRow, 'id' | 'writer_name_enc' | 'writer_contact_enc' | 'received_on' | 'channel' | 'summary' | 'content' | 'acceptance_due' | 'acceptance_provisional' | 'acceptance_explanation' | 'acceptance_rule_id' | 'created_by' | 'created_at'>,
  ): Promise<void> {
    await db.query(
      `INSERT INTO ${this.t('letter')} (id, writer_name_enc, writer_contact_enc, received_on, channel, summary, content, state, acceptance_due, acceptance_provisional,
          acceptance_explanation, acceptance_rule_id, created_by, created_at, updated_by, updated_at)
        VALUES ($1, $2, $3, $4::date, $5, $6, $7, 'registered', $8::date, $9, $10::jsonb, $11, $12, $13, $12, $13)`,
      [
        row.id,
        row.writer_name_enc,
        row.writer_contact_enc,
        row.received_on,
        row.channel,
        row.summary,
        row.content,
        row.acceptance_due,
        row.acceptance_provisional,
        JSON.stringify(row.acceptance_explanation),
        row.acceptance_rule_id,
        row.created_by,
        row.created_at,
      ],
    );
  }

  async find(id: string, db: Queryable = this.dataSource, lock = false): Promise<LetterRow | null> {
    const [row] = (await db.query(`SELECT ${COLUMNS} FROM ${this.t('letter')} WHERE id = $1${lock ? ' FOR UPDATE' : ''}`, [id])) as LetterRow[];
    return row ?? null;
  }

  async search(filter: LetterFilter): Promise<{ items: LetterRow[]; total: number }> {
    const where: string[] = [];
    const params: unknown[] = [];
    const bind = (value: unknown): string => {
      params.push(value);
      return `$${params.length}`;
    };
    if (filter.onlyUnitId) where.push(`unit_id = ${bind(filter.onlyUnitId)}::uuid`);
    if (filter.state) where.push(`state = ${bind(filter.state)}`);
    if (filter.unitId) where.push(`unit_id = ${bind(filter.unitId)}::uuid`);
    if (filter.overdueOn) {
      const day = bind(filter.overdueOn);
      where.push(`((state = 'registered' AND acceptance_due < ${day}::date) OR (state IN ('assigned', 'replied') AND handling_due < ${day}::date))`);
    }
    const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const [{ total }] = (await this.dataSource.query(`SELECT count(*)::int AS total FROM ${this.t('letter')} ${clause}`, params)) as { total: number }[];
    const items = (await this.dataSource.query(
      `SELECT ${COLUMNS} FROM ${this.t('letter')} ${clause} ORDER BY ${this.t('letter')}.received_on DESC, created_at DESC, id LIMIT ${bind(filter.limit)} OFFSET ${bind(filter.offset)}`,
      params,
    )) as LetterRow[];
    return { items, total };
  }

  /** Saves a step's changes with the next version if nobody saved one since `expectedVersion`; false when somebody did. */
  async saveStep(db: Queryable, id: string, changes: LetterChanges, expectedVersion: number, by: string): Promise<boolean> {
    const sets: string[] = [];
    const params: unknown[] = [id, expectedVersion, by];
    for (const column of STEP_COLUMNS) {
      if (!(column in changes)) continue;
      const value = changes[column];
      params.push(column === 'handling_explanation' ? JSON.stringify(value) : value);
      sets.push(`${column} = $${params.length}`);
    }
    const rows = await updateReturning<{ id: string }>(
      db,
      `UPDATE ${this.t('letter')} SET ${sets.join(', ')}${sets.length ? ', ' : ''}version = version + 1, updated_by = $3, updated_at = now() WHERE id = $1 AND version = $2 RETURNING id`,
      params,
    );
    return rows.length === 1;
  }

  async addStep(db: Queryable, step: { id: string; letterId: string; action: string; label: string; note: string | null; actorUserId: string; actor: string; actorName: string; at: Date }): Promise<void> {
    await db.query(
      `INSERT INTO ${this.t('letter_step')} (id, letter_id, action, action_label, note, actor_user_id, actor, actor_name, at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [step.id, step.letterId, step.action, step.label, step.note, step.actorUserId, step.actor, step.actorName, step.at],
    );
  }

  steps(letterId: string): Promise<LetterStepRow[]> {
    return this.dataSource.query(`SELECT action, action_label, note, actor_name, at FROM ${this.t('letter_step')} WHERE letter_id = $1 ORDER BY at, id`, [letterId]) as Promise<LetterStepRow[]>;
  }
}
