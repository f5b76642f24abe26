import { randomUUID } from 'node:crypto';
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { migrationSchema, RECORD_COLUMNS } from '@gov/platform';

/**
 * The deadline rules of 建议/提案 handling as seeded (RULES.md 2.5). They are configuration: a section chief of
 * 督查室 adds a new version with its own effective date; records keep the version they were decided under.
 */
const SEED_RULES: [code: string, amount: number, unit: string, source: string][] = [
  ['reply_months', 3, 'months', '山东省政府办公厅《办理人大代表建议和政协提案办法》：自交办之日起 3 个月内办理答复（RULES.md 2.5）'],
  ['max_extended_months', 6, 'months', '《代表法》第43条及省级办理办法：情况复杂的，经说明可延至自交办之日起最长 6 个月（RULES.md 2.5）'],
  ['co_opinion_months', 1, 'months', '协办、会办单位自交办之日起 1 个月内将书面意见送主办单位（RULES.md 2.5）'],
  [
    'return_days',
    5,
    'calendar_days',
    '山东省政府办公厅《办理人大代表建议和政协提案办法》：认为不属于本单位职责的，5 日内退回，不得自行转办；以日计算的期间按《民法典》第201–203条为自然日，末日为休息日的顺延（RULES.md 2.0、2.5）',
  ],
  ['rehandle_months', 3, 'months', '代表委员不满意的，重新办理并自收到反馈之日起 3 个月内再次答复（RULES.md 2.5）'],
];

/** 答复类别 (local convention, RULES.md 2.5): the letter goes top right of the reply's first page. */
const SEED_CATEGORIES: [code: string, label: string, description: string, sortOrder: number][] = [
  ['A', '已解决或基本解决', '所提问题已经解决或基本解决、建议已采纳', 10],
  ['B', '正在解决或列入计划解决', '所提问题正在解决或已列入工作计划逐步解决', 20],
  ['C', '因条件限制暂不能解决或留作参考', '受政策、财力等条件限制，目前难以解决，留作参考', 30],
];
const CATEGORY_SOURCE = '建议提案答复分类（地方惯例，RULES.md 2.5）';

export class Suggestions1764600200000 implements MigrationInterface {
  name = 'Suggestions1764600200000';

  async up(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`
      CREATE TABLE "${s}".suggestion_rule (
        id uuid PRIMARY KEY,
        code text NOT NULL,
        amount integer NOT NULL CHECK (amount > 0),
        unit text NOT NULL CHECK (unit IN ('months', 'calendar_days', 'working_days')),
        effective_from date NOT NULL,
        source text NOT NULL,
        rule_version integer NOT NULL,
        created_at timestamptz NOT NULL,
        created_by text NOT NULL,
        UNIQUE (code, rule_version)
      )`);
    await runner.query(`CREATE INDEX suggestion_rule_lookup_idx ON "${s}".suggestion_rule (code, effective_from DESC, rule_version DESC)`);
    await runner.query(`
      CREATE TABLE "${s}".suggestion_answer_category (
        id uuid PRIMARY KEY,
        code text NOT NULL,
        label text NOT NULL,
        description text,
        effective_from date NOT NULL,
        effective_to date,
        source text NOT NULL,
        sort_order integer NOT NULL,
        version integer NOT NULL,
        created_at timestamptz NOT NULL,
        created_by text NOT NULL,
        UNIQUE (code, version),
        CHECK (effective_to IS NULL OR effective_to > effective_from)
      )`);
    await runner.query(`
      CREATE TABLE "${s}".suggestion (
        id uuid PRIMARY KEY,
        kind text NOT NULL CHECK (kind IN ('npc_suggestion', 'cppcc_proposal')),
        session text NOT NULL,
        meeting text NOT NULL,
        number text NOT NULL,
        proposer text NOT NULL,
        co_signers jsonb NOT NULL DEFAULT '[]',
        title text NOT NULL,
        content text NOT NULL,
        handling_mode text CHECK (handling_mode IN ('lead', 'separate')),
        status text NOT NULL CHECK (status IN ('registered', 'assigned', 'replied', 'closed', 'withdrawn')),
        merged_into_id uuid REFERENCES "${s}".suggestion (id),
        withdrawal_reason text,
        ${RECORD_COLUMNS},
        CHECK (status <> 'withdrawn' OR withdrawal_reason IS NOT NULL)
      )`);
    await runner.query(`CREATE UNIQUE INDEX suggestion_number_uq ON "${s}".suggestion (kind, session, meeting, number)`);
    await runner.query(`CREATE INDEX suggestion_list_idx ON "${s}".suggestion (kind, status, created_at DESC)`);
    await runner.query(`CREATE INDEX suggestion_session_idx ON "${s}".suggestion (session)`);
    await runner.query(`
      CREATE TABLE "${s}".suggestion_assignment (
        id uuid PRIMARY KEY,
        suggestion_id uuid NOT NULL REFERENCES "${s}".suggestion (id),
        unit_id uuid NOT NULL,
        role text NOT NULL CHECK (role IN ('host', 'assisting', 'joint', 'separate')),
        status text NOT NULL CHECK (status IN ('handling', 'replied', 'returned')),
        assigned_on date NOT NULL,
        round integer NOT NULL DEFAULT 1,
        due_start date NOT NULL,
        due_amount integer NOT NULL,
        due_unit text NOT NULL,
        due_note text,
        due_date date,
        due_provisional boolean NOT NULL,
        due_explanation jsonb NOT NULL,
        return_due_date date,
        return_due_provisional boolean NOT NULL,
        return_due_explanation jsonb NOT NULL,
        rules jsonb NOT NULL,
        extended_months integer,
        extension_reason text,
        return_reason text,
        returned_at timestamptz,
        returned_by text,
        created_at timestamptz NOT NULL,
        created_by text NOT NULL,
        updated_at timestamptz NOT NULL,
        updated_by text NOT NULL,
        CHECK (status <> 'returned' OR return_reason IS NOT NULL),
        CHECK (extended_months IS NULL OR extension_reason IS NOT NULL)
      )`);
    await runner.query(`CREATE INDEX suggestion_assignment_suggestion_idx ON "${s}".suggestion_assignment (suggestion_id)`);
    await runner.query(`CREATE INDEX suggestion_assignment_unit_idx ON "${s}".suggestion_assignment (unit_id, status)`);
    await runner.query(`CREATE INDEX suggestion_assignment_open_due_idx ON "${s}".suggestion_assignment (due_date) WHERE status = 'handling'`);
    // One live assignment of a unit per suggestion (a returned one may be followed by a new unit, not the same).
    await runner.query(`CREATE UNIQUE INDEX suggestion_assignment_live_uq ON "${s}".suggestion_assignment (suggestion_id, unit_id) WHERE status <> 'returned'`);
    await runner.query(`
      CREATE TABLE "${s}".suggestion_opinion (
        id uuid PRIMARY KEY,
        suggestion_id uuid NOT NULL REFERENCES "${s}".suggestion (id),
        assignment_id uuid NOT NULL REFERENCES "${s}".suggestion_assignment (id),
        unit_id uuid NOT NULL,
        role text NOT NULL,
        content text NOT NULL,
        submitted_at timestamptz NOT NULL,
        submitted_by text NOT NULL
      )`);
    await runner.query(`CREATE INDEX suggestion_opinion_suggestion_idx ON "${s}".suggestion_opinion (suggestion_id)`);
    await runner.query(`
      CREATE TABLE "${s}".suggestion_reply (
        id uuid PRIMARY KEY,
        suggestion_id uuid NOT NULL REFERENCES "${s}".suggestion (id),
        assignment_id uuid NOT NULL REFERENCES "${s}".suggestion_assignment (id),
        unit_id uuid NOT NULL,
        round integer NOT NULL,
        category text NOT NULL,
        category_id uuid NOT NULL REFERENCES "${s}".suggestion_answer_category (id),
        category_version integer NOT NULL,
        replied_on date NOT NULL,
        document_number text,
        content text NOT NULL,
        created_at timestamptz NOT NULL,
        created_by text NOT NULL,
        UNIQUE (assignment_id, round)
      )`);
    await runner.query(`CREATE INDEX suggestion_reply_suggestion_idx ON "${s}".suggestion_reply (suggestion_id)`);
    await runner.query(`CREATE INDEX suggestion_reply_unit_idx ON "${s}".suggestion_reply (unit_id)`);
    await runner.query(`
      CREATE TABLE "${s}".suggestion_contact (
        id uuid PRIMARY KEY,
        suggestion_id uuid NOT NULL REFERENCES "${s}".suggestion (id),
        unit_id uuid NOT NULL,
        contacted_on date NOT NULL,
        method text NOT NULL,
        contact_person text NOT NULL,
        summary text NOT NULL,
        created_at timestamptz NOT NULL,
        created_by text NOT NULL
      )`);
    await runner.query(`CREATE INDEX suggestion_contact_suggestion_idx ON "${s}".suggestion_contact (suggestion_id)`);
    await runner.query(`
      CREATE TABLE "${s}".suggestion_feedback (
        id uuid PRIMARY KEY,
        suggestion_id uuid NOT NULL REFERENCES "${s}".suggestion (id),
        assignment_id uuid NOT NULL REFERENCES "${s}".suggestion_assignment (id),
        unit_id uuid NOT NULL,
        round integer NOT NULL,
        satisfaction text NOT NULL CHECK (satisfaction IN ('satisfied', 'basically_satisfied', 'unsatisfied')),
        received_on date NOT NULL,
        comments text,
        created_at timestamptz NOT NULL,
        created_by text NOT NULL,
        UNIQUE (assignment_id, round)
      )`);
    await runner.query(`CREATE INDEX suggestion_feedback_suggestion_idx ON "${s}".suggestion_feedback (suggestion_id)`);
    await runner.query(`
      CREATE TABLE "${s}".suggestion_history (
        id uuid PRIMARY KEY,
        suggestion_id uuid NOT NULL REFERENCES "${s}".suggestion (id),
        version integer NOT NULL,
        action text NOT NULL,
        note text NOT NULL,
        unit_id uuid,
        actor text NOT NULL,
        at timestamptz NOT NULL
      )`);
    await runner.query(`CREATE INDEX suggestion_history_suggestion_idx ON "${s}".suggestion_history (suggestion_id, at)`);

    for (const [code, amount, unit, source] of SEED_RULES) {
      await runner.query(
        `INSERT INTO "${s}".suggestion_rule (id, code, amount, unit, effective_from, source, rule_version, created_at, created_by)
         VALUES ($1, $2, $3, $4, '2000-01-01', $5, 1, now(), 'system')`,
        [randomUUID(), code, amount, unit, source],
      );
    }
    for (const [code, label, description, sortOrder] of SEED_CATEGORIES) {
      await runner.query(
        `INSERT INTO "${s}".suggestion_answer_category (id, code, label, description, effective_from, source, sort_order, version, created_at, created_by)
         VALUES ($1, $2, $3, $4, '2000-01-01', $5, $6, 1, now(), 'system')`,
        [randomUUID(), code, label, description, CATEGORY_SOURCE, sortOrder],
      );
    }
  }

  async down(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    for (const table of ['suggestion_history', 'suggestion_feedback', 'suggestion_contact', 'suggestion_reply', 'suggestion_opinion', 'suggestion_assignment', 'suggestion', 'suggestion_answer_category', 'suggestion_rule']) {
      await runner.query(`DROP TABLE "${s}".${table}`);
    }
  }
}
