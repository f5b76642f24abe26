import type { MigrationInterface, QueryRunner } from 'typeorm';
import { migrationSchema, RECORD_COLUMNS } from '@gov/platform';

/**
 * 综合科's own office affairs (issue 21 §3): the office's 室务会 with its decided items, the office's work plan, its
 * internal rules with every version, the publicity record, and one timeline of every step. Nothing is deleted:
 * withdrawn, repealed or voided with a reason.
 */
export class OfficeAffairs1765540000000 implements MigrationInterface {
  name = 'OfficeAffairs1765540000000';

  async up(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`
      CREATE TABLE "${s}".office_meeting (
        id uuid PRIMARY KEY,
        title text NOT NULL,
        meeting_date date NOT NULL,
        place text NOT NULL,
        chair_name text NOT NULL,
        attendees jsonb NOT NULL,
        absentees jsonb NOT NULL,
        topics jsonb NOT NULL,
        status text NOT NULL CHECK (status IN ('planned', 'held', 'published', 'withdrawn')),
        minutes_number text,
        minutes text,
        decisions jsonb NOT NULL,
        published_at timestamptz,
        withdrawal_reason text,
        ${RECORD_COLUMNS},
        CHECK (status <> 'withdrawn' OR withdrawal_reason IS NOT NULL),
        CHECK (status NOT IN ('held', 'published') OR minutes IS NOT NULL),
        CHECK (status <> 'published' OR published_at IS NOT NULL)
      )`);
    await runner.query(`CREATE INDEX office_meeting_date_idx ON "${s}".office_meeting (meeting_date DESC)`);
    await runner.query(`
      CREATE TABLE "${s}".office_work_plan_item (
        id uuid PRIMARY KEY,
        year integer NOT NULL,
        month integer CHECK (month BETWEEN 1 AND 12),
        content text NOT NULL,
        section_code text NOT NULL,
        due_date date NOT NULL,
        status text NOT NULL CHECK (status IN ('not_started', 'in_progress', 'done')),
        progress jsonb NOT NULL,
        ${RECORD_COLUMNS}
      )`);
    await runner.query(`CREATE INDEX office_work_plan_period_idx ON "${s}".office_work_plan_item (year, month, due_date)`);
    await runner.query(`
      CREATE TABLE "${s}".office_rule (
        id uuid PRIMARY KEY,
        title text NOT NULL,
        status text NOT NULL CHECK (status IN ('in_force', 'repealed')),
        repeal_reason text,
        ${RECORD_COLUMNS},
        CHECK (status <> 'repealed' OR repeal_reason IS NOT NULL)
      )`);
    await runner.query(`
      CREATE TABLE "${s}".office_rule_version (
        rule_id uuid NOT NULL REFERENCES "${s}".office_rule (id),
        version_no integer NOT NULL CHECK (version_no >= 1),
        content text NOT NULL,
        effective_date date NOT NULL,
        document_number text,
        note text,
        created_by text NOT NULL,
        created_at timestamptz NOT NULL,
        PRIMARY KEY (rule_id, version_no)
      )`);
    await runner.query(`
      CREATE TABLE "${s}".office_publicity (
        id uuid PRIMARY KEY,
        published_on date NOT NULL,
        title text NOT NULL,
        outlet text NOT NULL,
        level text NOT NULL CHECK (level IN ('national', 'provincial', 'city', 'district')),
        kind text NOT NULL CHECK (kind IN ('article', 'news', 'feature')),
        section_code text NOT NULL,
        link text,
        status text NOT NULL CHECK (status IN ('recorded', 'voided')),
        void_reason text,
        ${RECORD_COLUMNS},
        CHECK (status <> 'voided' OR void_reason IS NOT NULL)
      )`);
    await runner.query(`CREATE INDEX office_publicity_date_idx ON "${s}".office_publicity (published_on DESC)`);
    await runner.query(`
      CREATE TABLE "${s}".office_affairs_history (
        id bigserial PRIMARY KEY,
        record_type text NOT NULL,
        record_id uuid NOT NULL,
        step text NOT NULL,
        from_status text,
        to_status text NOT NULL,
        note text,
        at timestamptz NOT NULL,
        by text NOT NULL
      )`);
    await runner.query(`CREATE INDEX office_affairs_history_record_idx ON "${s}".office_affairs_history (record_id, id)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    for (const table of ['office_affairs_history', 'office_publicity', 'office_rule_version', 'office_rule', 'office_work_plan_item', 'office_meeting']) {
      await runner.query(`DROP TABLE "${s}".${table}`);
    }
  }
}
