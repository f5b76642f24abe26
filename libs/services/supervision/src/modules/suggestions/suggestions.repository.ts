import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type {
  AssignmentRole,
  AssignmentStatus,
  ContactMethod,
  HandlingMode,
  ListSuggestions,
  SatisfactionLevel,
  SuggestionKind,
  SuggestionStatistics,
  SuggestionStatus,
} from '@gov/contracts-supervision';
import type { WorkingCalendar } from '@gov/calendar';
import { DATA_SOURCE, SCHEMA } from '@gov/platform';
import type { DataSource, EntityManager } from 'typeorm';
import { calendarIn } from './due-date.js';
import { escapeLike, isoDate, isoDateOrNull, updatedCount } from './sql.js';

export interface SuggestionRow {
  id: string;
  kind: SuggestionKind;
  session: string;
  meeting: string;
  number: string;
  proposer: string;
  coSigners: string[];
  title: string;
  content: string;
  handlingMode: HandlingMode | null;
  status: SuggestionStatus;
  mergedIntoId: string | null;
  withdrawalReason: string | null;
  version: number;
  createdAt: Date;
  createdBy: string;
  updatedAt: Date;
  updatedBy: string;
}

export interface AppliedRule {
  id: string;
  ruleVersion: number;
  amount: number;
  unit: string;
}

export interface AssignmentRow {
  id: string;
  suggestionId: string;
  unitId: string;
  role: AssignmentRole;
  status: AssignmentStatus;
  assignedOn: string;
  round: number;
  dueStart: string;
  dueAmount: number;
  dueUnit: string;
  dueNote: string | null;
  dueDate: string | null;
  dueProvisional: boolean;
  dueExplanation: string[];
  returnDueDate: string | null;
  returnDueProvisional: boolean;
  returnDueExplanation: string[];
  rules: Record<string, AppliedRule>;
  extendedMonths: number | null;
  extensionReason: string | null;
  returnReason: string | null;
  returnedAt: Date | null;
  returnedBy: string | null;
  createdAt: Date;
  createdBy: string;
  updatedAt: Date;
  updatedBy: string;
}

export interface RuleRow {
  id: string;
  code: string;
  amount: number;
  unit: string;
  effectiveFrom: string;
  source: string;
  ruleVersion: number;
  createdAt: Date;
  createdBy: string;
}

export interface CategoryRow {
  id: string;
  code: string;
  label: string;
  description: string | null;
  effectiveFrom: string;
  effectiveTo: string | null;
  source: string;
  sortOrder: number;
  version: number;
}

export interface SuggestionChildren {
  opinions: { id: string; unitId: string; role: AssignmentRole; content: string; submittedAt: string; submittedBy: string }[];
  replies: {
    id: string;
    assignmentId: string;
    unitId: string;
    round: number;
    category: string;
    categoryVersion: number;
    repliedOn: string;
    documentNumber: string | null;
    content: string;
    createdAt: string;
    createdBy: string;
  }[];
  contacts: { id: string; unitId: string; contactedOn: string; method: ContactMethod; contactPerson: string; summary: string; createdBy: string }[];
  feedback: { id: string; assignmentId: string; unitId: string; round: number; satisfaction: SatisfactionLevel; receivedOn: string; comments: string | null; createdBy: string }[];
}

export interface StatisticsRow {
  unitId: string | null;
  unitName: string | null;
  assigned: number;
  replied: number;
  feedbackReceived: number;
  satisfied: number;
  basicallySatisfied: number;
  unsatisfied: number;
  categories: Record<string, number>;
}

/** The only place that speaks SQL for 建议/提案: one aggregate (the suggestion) with its child rows. */
@Injectable()
export class SuggestionsRepository {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(SCHEMA) private readonly schema: string,
  ) {}

  /** The calendar copy as the transaction sees it (see `calendarIn`). */
  calendar(manager: EntityManager): Promise<WorkingCalendar> {
    return calendarIn(manager, this.schema);
  }

  private t(table: string): string {
    return `"${this.schema}".${table}`;
  }

  // ---------- configuration ----------

  async rules(manager: EntityManager = this.dataSource.manager): Promise<RuleRow[]> {
    const rows = await manager.query(`SELECT * FROM ${this.t('suggestion_rule')} ORDER BY code, rule_version`);
    return rows.map(
      (r: Record<string, unknown>): RuleRow => ({
        id: r.id as string,
        code: r.code as string,
        amount: r.amount as number,
        unit: r.unit as string,
        effectiveFrom: isoDate(r.effective_from),
        source: r.source as string,
        ruleVersion: r.rule_version as number,
        createdAt: r.created_at as Date,
        createdBy: r.created_by as string,
      }),
    );
  }

  async insertRule(rule: RuleRow, manager: EntityManager): Promise<void> {
    await manager.query(
      `INSERT INTO ${this.t('suggestion_rule')} (id, code, amount, unit, effective_from, source, rule_version, created_at, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, (SELECT coalesce(max(rule_version), 0) + 1 FROM ${this.t('suggestion_rule')} WHERE code = $2), $7, $8)`,
      [rule.id, rule.code, rule.amount, rule.unit, rule.effectiveFrom, rule.source, rule.createdAt, rule.createdBy],
    );
  }

  /** Serialises rule and category changes (the version numbers are per code). */
  async lockConfiguration(manager: EntityManager): Promise<void> {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`${this.schema}.suggestion-configuration`]);
  }

  async categories(manager: EntityManager = this.dataSource.manager): Promise<CategoryRow[]> {
    const rows = await manager.query(`SELECT * FROM ${this.t('suggestion_answer_category')} ORDER BY sort_order, code, version`);
    return rows.map(
      (r: Record<string, unknown>): CategoryRow => ({
        id: r.id as string,
        code: r.code as string,
        label: r.label as string,
        description: (r.description as string) ?? null,
        effectiveFrom: isoDate(r.effective_from),
        effectiveTo: isoDateOrNull(r.effective_to),
        source: r.source as string,
        sortOrder: r.sort_order as number,
        version: r.version as number,
      }),
    );
  }

  async insertCategory(category: CategoryRow, createdBy: string, manager: EntityManager): Promise<void> {
    await manager.query(
      `INSERT INTO ${this.t('suggestion_answer_category')} (id, code, label, description, effective_from, effective_to, source, sort_order, version, created_at, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, now(), $10)`,
      [category.id, category.code, category.label, category.description, category.effectiveFrom, category.effectiveTo, category.source, category.sortOrder, category.version, createdBy],
    );
  }

  // ---------- the suggestion ----------

  async findByNumber(kind: string, session: string, meeting: string, number: string, manager: EntityManager): Promise<SuggestionRow | null> {
    const [row] = await manager.query(`SELECT * FROM ${this.t('suggestion')} WHERE kind = $1 AND session = $2 AND meeting = $3 AND number = $4`, [kind, session, meeting, number]);
    return row ? toSuggestion(row) : null;
  }

  async findById(id: string, manager: EntityManager = this.dataSource.manager, forUpdate = false): Promise<SuggestionRow | null> {
    const [row] = await manager.query(`SELECT * FROM ${this.t('suggestion')} WHERE id = $1 ${forUpdate ? 'FOR UPDATE' : ''}`, [id]);
    return row ? toSuggestion(row) : null;
  }

  async insert(s: SuggestionRow, manager: EntityManager): Promise<void> {
    await manager.query(
      `INSERT INTO ${this.t('suggestion')} (id, kind, session, meeting, number, proposer, co_signers, title, content, handling_mode, status, merged_into_id,
         withdrawal_reason, version, created_at, created_by, updated_at, updated_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18)`,
      [
        s.id,
        s.kind,
        s.session,
        s.meeting,
        s.number,
        s.proposer,
        JSON.stringify(s.coSigners),
        s.title,
        s.content,
        s.handlingMode,
        s.status,
        s.mergedIntoId,
        s.withdrawalReason,
        s.version,
        s.createdAt,
        s.createdBy,
        s.updatedAt,
        s.updatedBy,
      ],
    );
  }

  /** Saves the next version if nobody saved one since `expectedVersion`; false when somebody did. */
  async updateIfVersion(s: SuggestionRow, expectedVersion: number, manager: EntityManager): Promise<boolean> {
    const rows = await manager.query(
      `UPDATE ${this.t('suggestion')} SET handling_mode = $3, status = $4, merged_into_id = $5, withdrawal_reason = $6, version = $7, updated_at = $8, updated_by = $9
       WHERE id = $1 AND version = $2 RETURNING id`,
      [s.id, expectedVersion, s.handlingMode, s.status, s.mergedIntoId, s.withdrawalReason, s.version, s.updatedAt, s.updatedBy],
    );
    return updatedCount(rows) === 1;
  }

  async recordHistory(suggestionId: string, version: number, action: string, note: string, unitId: string | null, actor: string, at: Date, manager: EntityManager): Promise<void> {
    await manager.query(
      `INSERT INTO ${this.t('suggestion_history')} (id, suggestion_id, version, action, note, unit_id, actor, at) VALUES ($8, $1, $2, $3, $4, $5, $6, $7)`,
      [suggestionId, version, action, note, unitId, actor, at, randomUUID()],
    );
  }

  async history(suggestionId: string): Promise<{ action: string; note: string; at: Date; by: string }[]> {
    return this.dataSource.query(`SELECT action, note, at, actor AS by FROM ${this.t('suggestion_history')} WHERE suggestion_id = $1 ORDER BY at, version`, [suggestionId]);
  }

  // ---------- assignments ----------

  async assignments(suggestionId: string, manager: EntityManager = this.dataSource.manager): Promise<AssignmentRow[]> {
    const rows = await manager.query(`SELECT * FROM ${this.t('suggestion_assignment')} WHERE suggestion_id = $1 ORDER BY created_at, id`, [suggestionId]);
    return rows.map(toAssignment);
  }

  async insertAssignment(a: AssignmentRow, manager: EntityManager): Promise<void> {
    await manager.query(
      `INSERT INTO ${this.t('suggestion_assignment')} (id, suggestion_id, unit_id, role, status, assigned_on, round, due_start, due_amount, due_unit, due_note, due_date,
         due_provisional, due_explanation, return_due_date, return_due_provisional, return_due_explanation, rules, extended_months, extension_reason, return_reason,
         returned_at, returned_by, created_at, created_by, updated_at, updated_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27)`,
      [
        a.id,
        a.suggestionId,
        a.unitId,
        a.role,
        a.status,
        a.assignedOn,
        a.round,
        a.dueStart,
        a.dueAmount,
        a.dueUnit,
        a.dueNote,
        a.dueDate,
        a.dueProvisional,
        JSON.stringify(a.dueExplanation),
        a.returnDueDate,
        a.returnDueProvisional,
        JSON.stringify(a.returnDueExplanation),
        JSON.stringify(a.rules),
        a.extendedMonths,
        a.extensionReason,
        a.returnReason,
        a.returnedAt,
        a.returnedBy,
        a.createdAt,
        a.createdBy,
        a.updatedAt,
        a.updatedBy,
      ],
    );
  }

  async updateAssignment(a: AssignmentRow, manager: EntityManager): Promise<void> {
    await manager.query(
      `UPDATE ${this.t('suggestion_assignment')} SET status = $2, round = $3, due_start = $4, due_amount = $5, due_unit = $6, due_note = $7, due_date = $8,
         due_provisional = $9, due_explanation = $10, return_due_date = $11, return_due_provisional = $12, return_due_explanation = $13, rules = $14,
         extended_months = $15, extension_reason = $16, return_reason = $17, returned_at = $18, returned_by = $19, updated_at = $20, updated_by = $21
       WHERE id = $1`,
      [
        a.id,
        a.status,
        a.round,
        a.dueStart,
        a.dueAmount,
        a.dueUnit,
        a.dueNote,
        a.dueDate,
        a.dueProvisional,
        JSON.stringify(a.dueExplanation),
        a.returnDueDate,
        a.returnDueProvisional,
        JSON.stringify(a.returnDueExplanation),
        JSON.stringify(a.rules),
        a.extendedMonths,
        a.extensionReason,
        a.returnReason,
        a.returnedAt,
        a.returnedBy,
        a.updatedAt,
        a.updatedBy,
      ],
    );
  }

  /** Open assignments whose deadlines a newly loaded calendar year may move (provisional, or due around that year). */
  async openAssignmentsAround(year: number, manager: EntityManager): Promise<AssignmentRow[]> {
    const rows = await manager.query(
      `SELECT * FROM ${this.t('suggestion_assignment')} WHERE status = 'handling' AND (due_provisional OR return_due_provisional
         OR extract(year FROM due_date) BETWEEN $1 - 1 AND $1 OR extract(year FROM return_due_date) BETWEEN $1 - 1 AND $1) FOR UPDATE`,
      [year],
    );
    return rows.map(toAssignment);
  }

  // ---------- child records ----------

  async insertOpinion(o: { id: string; suggestionId: string; assignmentId: string; unitId: string; role: string; content: string; at: Date; by: string }, manager: EntityManager): Promise<void> {
    await manager.query(
      `INSERT INTO ${this.t('suggestion_opinion')} (id, suggestion_id, assignment_id, unit_id, role, content, submitted_at, submitted_by) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [o.id, o.suggestionId, o.assignmentId, o.unitId, o.role, o.content, o.at, o.by],
    );
  }

  async insertReply(
    r: { id: string; suggestionId: string; assignmentId: string; unitId: string; round: number; category: CategoryRow; repliedOn: string; documentNumber: string | null; content: string; at: Date; by: string },
    manager: EntityManager,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO ${this.t('suggestion_reply')} (id, suggestion_id, assignment_id, unit_id, round, category, category_id, category_version, replied_on, document_number, content, created_at, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
      [r.id, r.suggestionId, r.assignmentId, r.unitId, r.round, r.category.code, r.category.id, r.category.version, r.repliedOn, r.documentNumber, r.content, r.at, r.by],
    );
  }

  async insertContact(
    c: { id: string; suggestionId: string; unitId: string; contactedOn: string; method: ContactMethod; contactPerson: string; summary: string; at: Date; by: string },
    manager: EntityManager,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO ${this.t('suggestion_contact')} (id, suggestion_id, unit_id, contacted_on, method, contact_person, summary, created_at, created_by) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [c.id, c.suggestionId, c.unitId, c.contactedOn, c.method, c.contactPerson, c.summary, c.at, c.by],
    );
  }

  async insertFeedback(
    f: { id: string; suggestionId: string; assignmentId: string; unitId: string; round: number; satisfaction: SatisfactionLevel; receivedOn: string; comments: string | null; at: Date; by: string },
    manager: EntityManager,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO ${this.t('suggestion_feedback')} (id, suggestion_id, assignment_id, unit_id, round, satisfaction, received_on, comments, created_at, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [f.id, f.suggestionId, f.assignmentId, f.unitId, f.round, f.satisfaction, f.receivedOn, f.comments, f.at, f.by],
    );
  }

  async children(suggestionId: string, manager: EntityManager = this.dataSource.manager): Promise<SuggestionChildren> {
    // One after the other: inside a transaction they share one connection.
    const opinions: Record<string, unknown>[] = await manager.query(`SELECT * FROM ${this.t('suggestion_opinion')} WHERE suggestion_id = $1 ORDER BY submitted_at, id`, [suggestionId]);
    const replies: Record<string, unknown>[] = await manager.query(`SELECT * FROM ${this.t('suggestion_reply')} WHERE suggestion_id = $1 ORDER BY created_at, id`, [suggestionId]);
    const contacts: Record<string, unknown>[] = await manager.query(`SELECT * FROM ${this.t('suggestion_contact')} WHERE suggestion_id = $1 ORDER BY contacted_on, created_at, id`, [suggestionId]);
    const feedback: Record<string, unknown>[] = await manager.query(`SELECT * FROM ${this.t('suggestion_feedback')} WHERE suggestion_id = $1 ORDER BY created_at, id`, [suggestionId]);
    return {
      opinions: opinions.map((o) => ({
        id: o.id as string,
        unitId: o.unit_id as string,
        role: o.role as AssignmentRole,
        content: o.content as string,
        submittedAt: (o.submitted_at as Date).toISOString(),
        submittedBy: o.submitted_by as string,
      })),
      replies: replies.map((r) => ({
        id: r.id as string,
        assignmentId: r.assignment_id as string,
        unitId: r.unit_id as string,
        round: r.round as number,
        category: r.category as string,
        categoryVersion: r.category_version as number,
        repliedOn: isoDate(r.replied_on),
        documentNumber: (r.document_number as string) ?? null,
        content: r.content as string,
        createdAt: (r.created_at as Date).toISOString(),
        createdBy: r.created_by as string,
      })),
      contacts: contacts.map((c) => ({
        id: c.id as string,
        unitId: c.unit_id as string,
        contactedOn: isoDate(c.contacted_on),
        method: c.method as ContactMethod,
        contactPerson: c.contact_person as string,
        summary: c.summary as string,
        createdBy: c.created_by as string,
      })),
      feedback: feedback.map((f) => ({
        id: f.id as string,
        assignmentId: f.assignment_id as string,
        unitId: f.unit_id as string,
        round: f.round as number,
        satisfaction: f.satisfaction as SatisfactionLevel,
        receivedOn: isoDate(f.received_on),
        comments: (f.comments as string) ?? null,
        createdBy: f.created_by as string,
      })),
    };
  }

  async unitNames(ids: string[]): Promise<Map<string, string>> {
    if (!ids.length) return new Map();
    const rows: { id: string; name: string }[] = await this.dataSource.query(`SELECT id, name FROM ${this.t('unit_directory')} WHERE id = ANY($1::uuid[])`, [ids]);
    return new Map(rows.map((r) => [r.id, r.name]));
  }

  /** The units among `ids` that are in the directory and active. */
  async activeUnits(ids: string[], manager: EntityManager): Promise<Set<string>> {
    if (!ids.length) return new Set();
    const rows: { id: string }[] = await manager.query(`SELECT id FROM ${this.t('unit_directory')} WHERE id = ANY($1::uuid[]) AND status = 'active'`, [ids]);
    return new Set(rows.map((r) => r.id));
  }

  // ---------- lists and statistics ----------

  /** Filters and Chinese substring search (标题、编号、代表委员); a liaison's list is limited to suggestions assigned to the unit. */
  async search(query: ListSuggestions.Request & { limit: number; offset: number; onlyUnitId?: string }): Promise<{ items: SuggestionRow[]; total: number }> {
    const where: string[] = [];
    const params: unknown[] = [];
    const add = (sql: string, value: unknown) => {
      params.push(value);
      where.push(sql.replaceAll('?', `$${params.length}`));
    };
    if (query.kind) add('s.kind = ?', query.kind);
    if (query.status) add('s.status = ?', query.status);
    if (query.session) add('s.session = ?', query.session);
    if (query.unitId) add(`EXISTS (SELECT 1 FROM ${this.t('suggestion_assignment')} a WHERE a.suggestion_id = s.id AND a.unit_id = ?)`, query.unitId);
    if (query.onlyUnitId) add(`EXISTS (SELECT 1 FROM ${this.t('suggestion_assignment')} a WHERE a.suggestion_id = s.id AND a.unit_id = ?)`, query.onlyUnitId);
    if (query.q) add(`(s.title ILIKE ? ESCAPE '\\' OR s.number ILIKE ? ESCAPE '\\' OR s.proposer ILIKE ? ESCAPE '\\')`, `%${escapeLike(query.q)}%`);
    const whereSql = where.length ? `WHERE ${where.join(' AND ')}` : '';
    params.push(query.limit, query.offset);
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT s.*, count(*) OVER () AS total_count FROM ${this.t('suggestion')} s ${whereSql}
        ORDER BY s.created_at DESC, s.id LIMIT $${params.length - 1} OFFSET $${params.length}`,
      params,
    );
    let total = rows.length ? Number(rows[0].total_count) : 0;
    if (!rows.length && query.offset > 0) {
      const [row] = await this.dataSource.query(`SELECT count(*)::int AS n FROM ${this.t('suggestion')} s ${whereSql}`, params.slice(0, -2));
      total = row.n;
    }
    return { items: rows.map(toSuggestion), total };
  }

  /**
   * 办复率, 满意率 and the A/B/C split per unit and overall, computed from the records:
   * - counted: the answering assignments (主办 and 分办) not returned, of suggestions not withdrawn, one per unit per item;
   * - replied: those with at least one reply; the category is that of the last reply;
   * - feedback: the last feedback of each such assignment.
   */
  async statistics(filter: SuggestionStatistics.Request & { onlyUnitId?: string }): Promise<StatisticsRow[]> {
    const params = [filter.kind ?? null, filter.session ?? null, filter.year ?? null, filter.onlyUnitId ?? null];
    const base = `
      WITH a AS (
        SELECT sa.id, sa.unit_id FROM ${this.t('suggestion_assignment')} sa JOIN ${this.t('suggestion')} s ON s.id = sa.suggestion_id
        WHERE sa.role IN ('host', 'separate') AND sa.status <> 'returned' AND s.status <> 'withdrawn'
          AND ($1::text IS NULL OR s.kind = $1) AND ($2::text IS NULL OR s.session = $2)
          AND ($3::int IS NULL OR extract(year FROM sa.assigned_on) = $3) AND ($4::uuid IS NULL OR sa.unit_id = $4)
      ),
      last_reply AS (
        SELECT DISTINCT ON (r.assignment_id) r.assignment_id, r.category FROM ${this.t('suggestion_reply')} r JOIN a ON a.id = r.assignment_id
        ORDER BY r.assignment_id, r.round DESC
      ),
      last_feedback AS (
        SELECT DISTINCT ON (f.assignment_id) f.assignment_id, f.satisfaction FROM ${this.t('suggestion_feedback')} f JOIN a ON a.id = f.assignment_id
        ORDER BY f.assignment_id, f.round DESC
      )`;
    const figures: Record<string, unknown>[] = await this.dataSource.query(
      `${base}
       SELECT a.unit_id, GROUPING(a.unit_id) AS is_total, count(*)::int AS assigned, count(lr.assignment_id)::int AS replied,
         count(lf.assignment_id)::int AS feedback_received,
         count(*) FILTER (WHERE lf.satisfaction = 'satisfied')::int AS satisfied,
         count(*) FILTER (WHERE lf.satisfaction = 'basically_satisfied')::int AS basically_satisfied,
         count(*) FILTER (WHERE lf.satisfaction = 'unsatisfied')::int AS unsatisfied
       FROM a LEFT JOIN last_reply lr ON lr.assignment_id = a.id LEFT JOIN last_feedback lf ON lf.assignment_id = a.id
       GROUP BY GROUPING SETS ((a.unit_id), ())`,
      params,
    );
    const split: Record<string, unknown>[] = await this.dataSource.query(
      `${base}
       SELECT a.unit_id, GROUPING(a.unit_id) AS is_total, lr.category, count(*)::int AS n
       FROM a JOIN last_reply lr ON lr.assignment_id = a.id
       GROUP BY GROUPING SETS ((a.unit_id, lr.category), (lr.category))`,
      params,
    );
    const names = await this.unitNames(figures.filter((f) => !f.is_total).map((f) => f.unit_id as string));
    const key = (row: Record<string, unknown>) => (row.is_total ? '*' : (row.unit_id as string));
    const rows = figures.map(
      (f): StatisticsRow => ({
        unitId: f.is_total ? null : (f.unit_id as string),
        unitName: f.is_total ? null : (names.get(f.unit_id as string) ?? null),
        assigned: f.assigned as number,
        replied: f.replied as number,
        feedbackReceived: f.feedback_received as number,
        satisfied: f.satisfied as number,
        basicallySatisfied: f.basically_satisfied as number,
        unsatisfied: f.unsatisfied as number,
        categories: Object.fromEntries(split.filter((c) => key(c) === key(f)).map((c) => [c.category as string, c.n as number])),
      }),
    );
    return rows;
  }
}

function toSuggestion(r: Record<string, unknown>): SuggestionRow {
  return {
    id: r.id as string,
    kind: r.kind as SuggestionKind,
    session: r.session as string,
    meeting: r.meeting as string,
    number: r.number as string,
    proposer: r.proposer as string,
    coSigners: r.co_signers as string[],
    title: r.title as string,
    content: r.content as string,
    handlingMode: (r.handling_mode as HandlingMode) ?? null,
    status: r.status as SuggestionStatus,
    mergedIntoId: (r.merged_into_id as string) ?? null,
    withdrawalReason: (r.withdrawal_reason as string) ?? null,
    version: r.version as number,
    createdAt: r.created_at as Date,
    createdBy: r.created_by as string,
    updatedAt: r.updated_at as Date,
    updatedBy: r.updated_by as string,
  };
}

function toAssignment(r: Record<string, unknown>): AssignmentRow {
  return {
    id: r.id as string,
    suggestionId: r.suggestion_id as string,
    unitId: r.unit_id as string,
    role: r.role as AssignmentRole,
    status: r.status as AssignmentStatus,
    assignedOn: isoDate(r.assigned_on),
    round: r.round as number,
    dueStart: isoDate(r.due_start),
    dueAmount: r.due_amount as number,
    dueUnit: r.due_unit as string,
    dueNote: (r.due_note as string) ?? null,
    dueDate: isoDateOrNull(r.due_date),
    dueProvisional: r.due_provisional as boolean,
    dueExplanation: r.due_explanation as string[],
    returnDueDate: isoDateOrNull(r.return_due_date),
    returnDueProvisional: r.return_due_provisional as boolean,
    returnDueExplanation: r.return_due_explanation as string[],
    rules: r.rules as Record<string, AppliedRule>,
    extendedMonths: (r.extended_months as number) ?? null,
    extensionReason: (r.extension_reason as string) ?? null,
    returnReason: (r.return_reason as string) ?? null,
    returnedAt: (r.returned_at as Date) ?? null,
    returnedBy: (r.returned_by as string) ?? null,
    createdAt: r.created_at as Date,
    createdBy: r.created_by as string,
    updatedAt: r.updated_at as Date,
    updatedBy: r.updated_by as string,
  };
}
