import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
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
import type { EntityManager } from 'typeorm';
import { Columns, Conditions, type Paged } from '@gov/platform';
import { SchemaRepository, type HistoryLine } from '../../common/schema.repository.js';

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

export interface OpinionRow {
  id: string;
  unitId: string;
  role: AssignmentRole;
  content: string;
  submittedAt: string;
  submittedBy: string;
}
export interface ReplyRow {
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
}
export interface ContactRow {
  id: string;
  unitId: string;
  contactedOn: string;
  method: ContactMethod;
  contactPerson: string;
  summary: string;
  createdBy: string;
}
export interface FeedbackRow {
  id: string;
  assignmentId: string;
  unitId: string;
  round: number;
  satisfaction: SatisfactionLevel;
  receivedOn: string;
  comments: string | null;
  createdBy: string;
}
/** 联名件逐人答复: the answer of one unit's round delivered to one signer, and that signer's satisfaction. */
export interface SignerAnswerRow {
  id: string;
  suggestionId: string;
  assignmentId: string;
  replyId: string;
  unitId: string;
  round: number;
  signer: string;
  answeredOn: string;
  answeredBy: string;
  method: ContactMethod;
  satisfaction: SatisfactionLevel | null;
  satisfactionOn: string | null;
  satisfactionRecordedBy: string | null;
  createdAt: Date;
  createdBy: string;
}
export interface SuggestionChildren {
  opinions: OpinionRow[];
  replies: ReplyRow[];
  contacts: ContactRow[];
  feedback: FeedbackRow[];
  signerAnswers: SignerAnswerRow[];
}

const RULE = new Columns<RuleRow>({
  id: 'id',
  code: 'code',
  amount: 'amount',
  unit: 'unit',
  effectiveFrom: ['effective_from', 'date'],
  source: 'source',
  ruleVersion: 'rule_version',
  createdAt: 'created_at',
  createdBy: 'created_by',
});
const CATEGORY = new Columns<CategoryRow>({
  id: 'id',
  code: 'code',
  label: 'label',
  description: 'description',
  effectiveFrom: ['effective_from', 'date'],
  effectiveTo: ['effective_to', 'date'],
  source: 'source',
  sortOrder: 'sort_order',
  version: 'version',
});
const OPINION = new Columns<OpinionRow>({ id: 'id', unitId: 'unit_id', role: 'role', content: 'content', submittedAt: ['submitted_at', 'instant'], submittedBy: 'submitted_by' });
const REPLY = new Columns<ReplyRow>({
  id: 'id',
  assignmentId: 'assignment_id',
  unitId: 'unit_id',
  round: 'round',
  category: 'category',
  categoryVersion: 'category_version',
  repliedOn: ['replied_on', 'date'],
  documentNumber: 'document_number',
  content: 'content',
  createdAt: ['created_at', 'instant'],
  createdBy: 'created_by',
});
const CONTACT = new Columns<ContactRow>({
  id: 'id',
  unitId: 'unit_id',
  contactedOn: ['contacted_on', 'date'],
  method: 'method',
  contactPerson: 'contact_person',
  summary: 'summary',
  createdBy: 'created_by',
});
const FEEDBACK = new Columns<FeedbackRow>({
  id: 'id',
  assignmentId: 'assignment_id',
  unitId: 'unit_id',
  round: 'round',
  satisfaction: 'satisfaction',
  receivedOn: ['received_on', 'date'],
  comments: 'comments',
  createdBy: 'created_by',
});

const SIGNER_ANSWER = new Columns<SignerAnswerRow>({
  id: 'id',
  suggestionId: 'suggestion_id',
  assignmentId: 'assignment_id',
  replyId: 'reply_id',
  unitId: 'unit_id',
  round: 'round',
  signer: 'signer',
  answeredOn: ['answered_on', 'date'],
  answeredBy: 'answered_by',
  method: 'method',
  satisfaction: 'satisfaction',
  satisfactionOn: ['satisfaction_on', 'date'],
  satisfactionRecordedBy: 'satisfaction_recorded_by',
  createdAt: 'created_at',
  createdBy: 'created_by',
});

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

const AUDIT = { createdAt: 'created_at', createdBy: 'created_by', updatedAt: 'updated_at', updatedBy: 'updated_by' } as const;

const SUGGESTION = new Columns<SuggestionRow>({
  id: 'id',
  kind: 'kind',
  session: 'session',
  meeting: 'meeting',
  number: 'number',
  proposer: 'proposer',
  coSigners: ['co_signers', 'json'],
  title: 'title',
  content: 'content',
  handlingMode: 'handling_mode',
  status: 'status',
  mergedIntoId: 'merged_into_id',
  withdrawalReason: 'withdrawal_reason',
  version: 'version',
  ...AUDIT,
});
const SUGGESTION_CHANGES: (keyof SuggestionRow)[] = ['handlingMode', 'status', 'mergedIntoId', 'withdrawalReason', 'updatedAt', 'updatedBy'];

const ASSIGNMENT = new Columns<AssignmentRow>({
  id: 'id',
  suggestionId: 'suggestion_id',
  unitId: 'unit_id',
  role: 'role',
  status: 'status',
  assignedOn: ['assigned_on', 'date'],
  round: 'round',
  dueStart: ['due_start', 'date'],
  dueAmount: 'due_amount',
  dueUnit: 'due_unit',
  dueNote: 'due_note',
  dueDate: ['due_date', 'date'],
  dueProvisional: 'due_provisional',
  dueExplanation: ['due_explanation', 'json'],
  returnDueDate: ['return_due_date', 'date'],
  returnDueProvisional: 'return_due_provisional',
  returnDueExplanation: ['return_due_explanation', 'json'],
  rules: ['rules', 'json'],
  extendedMonths: 'extended_months',
  extensionReason: 'extension_reason',
  returnReason: 'return_reason',
  returnedAt: 'returned_at',
  returnedBy: 'returned_by',
  ...AUDIT,
});

/** What a step of the handling changes on an assignment (it has no version: it changes under the suggestion's). */
const ASSIGNMENT_CHANGES: (keyof AssignmentRow)[] = [
  'status',
  'round',
  'dueStart',
  'dueAmount',
  'dueUnit',
  'dueNote',
  'dueDate',
  'dueProvisional',
  'dueExplanation',
  'returnDueDate',
  'returnDueProvisional',
  'returnDueExplanation',
  'rules',
  'extendedMonths',
  'extensionReason',
  'returnReason',
  'returnedAt',
  'returnedBy',
  'updatedAt',
  'updatedBy',
];

/** The only place that speaks SQL for 建议/提案: one aggregate (the suggestion) with its child rows. */
@Injectable()
export class SuggestionsRepository extends SchemaRepository {
  // ---------- configuration ----------

  rules(manager?: EntityManager): Promise<RuleRow[]> {
    return this.select(RULE, 'suggestion_rule', 'TRUE', [], 'code, rule_version', manager);
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

  categories(manager?: EntityManager): Promise<CategoryRow[]> {
    return this.select(CATEGORY, 'suggestion_answer_category', 'TRUE', [], 'sort_order, code, version', manager);
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
    return row ? SUGGESTION.read(row) : null;
  }

  findById(id: string, manager?: EntityManager, forUpdate = false): Promise<SuggestionRow | null> {
    return this.findRow('suggestion', id, SUGGESTION, manager, forUpdate);
  }

  async insert(s: SuggestionRow, manager: EntityManager): Promise<void> {
    await this.insertRow(SUGGESTION, 'suggestion', s, manager);
  }

  /** Saves the next version if nobody saved one since `expectedVersion`; false when somebody did. */
  async updateIfVersion(s: SuggestionRow, expectedVersion: number, manager: EntityManager): Promise<boolean> {
    return this.saveIfVersion(SUGGESTION, 'suggestion', s, expectedVersion, SUGGESTION_CHANGES, manager);
  }

  async recordHistory(suggestionId: string, version: number, action: string, note: string, unitId: string | null, actor: string, at: Date, manager: EntityManager): Promise<void> {
    await manager.query(
      `INSERT INTO ${this.t('suggestion_history')} (id, suggestion_id, version, action, note, unit_id, actor, at) VALUES ($8, $1, $2, $3, $4, $5, $6, $7)`,
      [suggestionId, version, action, note, unitId, actor, at, randomUUID()],
    );
  }

  async history(suggestionId: string): Promise<HistoryLine[]> {
    return (await this.historyOf('suggestion_history', 'suggestion_id', [suggestionId])).get(suggestionId) ?? [];
  }

  // ---------- assignments ----------

  assignments(suggestionId: string, manager?: EntityManager): Promise<AssignmentRow[]> {
    return this.select(ASSIGNMENT, 'suggestion_assignment', 'suggestion_id = $1', [suggestionId], 'created_at, id', manager);
  }

  async insertAssignment(a: AssignmentRow, manager: EntityManager): Promise<void> {
    await this.insertRow(ASSIGNMENT, 'suggestion_assignment', a, manager);
  }

  async updateAssignment(a: AssignmentRow, manager: EntityManager): Promise<void> {
    await manager.query(...ASSIGNMENT.updateById(this.t('suggestion_assignment'), a, ASSIGNMENT_CHANGES));
  }

  /** Open assignments whose deadlines a newly loaded calendar year may move (provisional, or due around that year). */
  openAssignmentsAround(year: number, manager: EntityManager): Promise<AssignmentRow[]> {
    const near = `status = 'handling' AND (due_provisional OR return_due_provisional
      OR extract(year FROM due_date) BETWEEN $1 - 1 AND $1 OR extract(year FROM return_due_date) BETWEEN $1 - 1 AND $1)`;
    return this.select(ASSIGNMENT, 'suggestion_assignment', near, [year], 'id', manager, true);
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

  async children(suggestionId: string, manager?: EntityManager): Promise<SuggestionChildren> {
    // One after the other: inside a transaction they share one connection.
    const of = [suggestionId];
    return {
      opinions: await this.select(OPINION, 'suggestion_opinion', 'suggestion_id = $1', of, 'submitted_at, id', manager),
      replies: await this.select(REPLY, 'suggestion_reply', 'suggestion_id = $1', of, 'created_at, id', manager),
      contacts: await this.select(CONTACT, 'suggestion_contact', 'suggestion_id = $1', of, 'contacted_on, created_at, id', manager),
      feedback: await this.select(FEEDBACK, 'suggestion_feedback', 'suggestion_id = $1', of, 'created_at, id', manager),
      signerAnswers: await this.select(SIGNER_ANSWER, 'suggestion_signer_answer', 'suggestion_id = $1', of, 'round, answered_on, created_at, id', manager),
    };
  }

  async insertSignerAnswer(answer: SignerAnswerRow, manager: EntityManager): Promise<void> {
    await this.insertRow(SIGNER_ANSWER, 'suggestion_signer_answer', answer, manager);
  }

  async recordSignerSatisfaction(id: string, satisfaction: SatisfactionLevel, on: string, by: string, manager: EntityManager): Promise<void> {
    await manager.query(`UPDATE ${this.t('suggestion_signer_answer')} SET satisfaction = $2, satisfaction_on = $3, satisfaction_recorded_by = $4 WHERE id = $1 AND satisfaction IS NULL`, [id, satisfaction, on, by]);
  }

  /** The proposals merged into `id` (并案), oldest first. */
  mergedInto(id: string, manager?: EntityManager): Promise<SuggestionRow[]> {
    return this.select(SUGGESTION, 'suggestion', 'merged_into_id = $1', [id], 'created_at, id', manager);
  }

  // ---------- lists and statistics ----------

  /** Filters and Chinese substring search (标题、编号、代表委员); a liaison's list is limited to suggestions assigned to the unit. */
  search(query: ListSuggestions.Request & { limit: number; offset: number; onlyUnitId?: string }): Promise<Paged<SuggestionRow>> {
    const assignedTo = `EXISTS (SELECT 1 FROM ${this.t('suggestion_assignment')} a WHERE a.suggestion_id = s.id AND a.unit_id = ?)`;
    const filters = new Conditions()
      .when(query.kind, 's.kind = ?')
      .when(query.status, 's.status = ?')
      .when(query.session, 's.session = ?')
      .when(query.unitId, assignedTo)
      .when(query.onlyUnitId, assignedTo)
      .search(query.q, 's.title', 's.number', 's.proposer');
    return this.page(`${this.t('suggestion')} s`, filters, 's.created_at DESC, s.id', query, SUGGESTION);
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
