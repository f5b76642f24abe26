import { migrationSchema, RECORD_COLUMNS } from '@gov/platform';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 重大行政决策 (the year's catalogue, each decision with its stages and catalogue adjustments) and 文稿起草 (tasks, review
 * opinions per body version, the yearly research topics). Bodies are the core's `body_version`; files the core's
 * `stored_file`; every step is on the core's timeline. Records carry 密级 and the unit/user columns of the visibility rule.
 */
export class DecisionsAndDrafting1764500400000 implements MigrationInterface {
  name = 'DecisionsAndDrafting1764500400000';

  async up(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`
      CREATE TABLE "${s}".decision_catalogue (
        year integer PRIMARY KEY,
        id uuid NOT NULL UNIQUE,
        published boolean NOT NULL DEFAULT false,
        published_at timestamptz,
        published_by text,
        publication_channel text,
        ${RECORD_COLUMNS}
      )`);
    await runner.query(`
      CREATE TABLE "${s}".major_decision (
        id uuid PRIMARY KEY,
        year integer NOT NULL REFERENCES "${s}".decision_catalogue (year),
        title text NOT NULL,
        summary text,
        undertaking_unit_id uuid NOT NULL,
        undertaking_unit_name text NOT NULL,
        planned_time text NOT NULL,
        status text NOT NULL CHECK (status IN ('planned', 'in_progress', 'decided', 'rejected', 'withdrawn')),
        result text CHECK (result IN ('passed', 'rejected', 'passed_with_changes')),
        withdrawal_reason text,
        secrecy_level smallint NOT NULL CHECK (secrecy_level BETWEEN 0 AND 3),
        secrecy_period text,
        copy_number text,
        unit_ids uuid[] NOT NULL DEFAULT '{}',
        user_ids uuid[] NOT NULL DEFAULT '{}',
        ${RECORD_COLUMNS}
      )`);
    await runner.query(`CREATE INDEX major_decision_year_status_idx ON "${s}".major_decision (year, status, created_at)`);
    await runner.query(`CREATE INDEX major_decision_unit_idx ON "${s}".major_decision (undertaking_unit_id)`);
    await runner.query(`CREATE INDEX major_decision_units_idx ON "${s}".major_decision USING gin (unit_ids)`);
    // One row per statutory stage of a decision; its history is on the timeline.
    await runner.query(`
      CREATE TABLE "${s}".major_decision_stage (
        decision_id uuid NOT NULL REFERENCES "${s}".major_decision (id),
        stage text NOT NULL,
        seq smallint NOT NULL,
        required boolean NOT NULL,
        status text NOT NULL CHECK (status IN ('pending', 'not_applicable', 'in_progress', 'finished', 'failed')),
        not_applicable_reason text,
        round integer NOT NULL DEFAULT 0,
        started_at timestamptz,
        started_by text,
        finished_at timestamptz,
        finished_by text,
        period_start date,
        period_days integer,
        period_end date,
        period_explanation jsonb,
        period_provisional boolean,
        outcome jsonb NOT NULL DEFAULT '{}',
        evidence jsonb NOT NULL DEFAULT '[]',
        PRIMARY KEY (decision_id, stage),
        CHECK (status <> 'not_applicable' OR (NOT required AND not_applicable_reason IS NOT NULL))
      )`);
    await runner.query(`CREATE INDEX major_decision_stage_open_period_idx ON "${s}".major_decision_stage (status, period_end) WHERE stage = 'public_participation'`);
    await runner.query(`
      CREATE TABLE "${s}".major_decision_adjustment (
        id uuid PRIMARY KEY,
        decision_id uuid NOT NULL REFERENCES "${s}".major_decision (id),
        reason text NOT NULL,
        before jsonb NOT NULL,
        after jsonb NOT NULL,
        adjusted_by text NOT NULL,
        adjusted_at timestamptz NOT NULL
      )`);
    await runner.query(`CREATE INDEX major_decision_adjustment_decision_idx ON "${s}".major_decision_adjustment (decision_id, adjusted_at)`);

    await runner.query(`
      CREATE TABLE "${s}".drafting_task (
        id uuid PRIMARY KEY,
        year integer NOT NULL,
        kind text NOT NULL CHECK (kind IN ('speech', 'work_report', 'press_release', 'research_report', 'other')),
        title text NOT NULL,
        brief text,
        section text NOT NULL CHECK (section IN ('mishu_yi', 'mishu_er')),
        author_user_id uuid NOT NULL,
        author_name text NOT NULL,
        leader_user_id uuid NOT NULL,
        leader_name text NOT NULL,
        leader_title text NOT NULL,
        reviewers jsonb NOT NULL DEFAULT '[]',
        status text NOT NULL CHECK (status IN ('drafting', 'in_review', 'revising', 'submitted', 'finalized', 'cancelled')),
        due_date date,
        deadline_basis text NOT NULL CHECK (deadline_basis IN ('none', 'date', 'working_days')),
        deadline_from date,
        deadline_working_days integer,
        deadline_explanation jsonb NOT NULL DEFAULT '[]',
        deadline_provisional boolean NOT NULL DEFAULT false,
        overdue boolean NOT NULL DEFAULT false,
        final_version_no integer,
        research_topic_id uuid,
        cancellation_reason text,
        secrecy_level smallint NOT NULL CHECK (secrecy_level BETWEEN 0 AND 3),
        secrecy_period text,
        copy_number text,
        unit_ids uuid[] NOT NULL DEFAULT '{}',
        user_ids uuid[] NOT NULL DEFAULT '{}',
        ${RECORD_COLUMNS}
      )`);
    await runner.query(`CREATE INDEX drafting_task_list_idx ON "${s}".drafting_task (year, section, status, created_at)`);
    await runner.query(`CREATE INDEX drafting_task_open_due_idx ON "${s}".drafting_task (due_date) WHERE status NOT IN ('finalized', 'cancelled')`);
    await runner.query(`CREATE INDEX drafting_task_users_idx ON "${s}".drafting_task USING gin (user_ids)`);
    await runner.query(`CREATE INDEX drafting_task_topic_idx ON "${s}".drafting_task (research_topic_id)`);
    await runner.query(`
      CREATE TABLE "${s}".drafting_review (
        id uuid PRIMARY KEY,
        task_id uuid NOT NULL REFERENCES "${s}".drafting_task (id),
        version_no integer NOT NULL,
        reviewer_user_id uuid NOT NULL,
        reviewer_name text NOT NULL,
        verdict text NOT NULL CHECK (verdict IN ('approve', 'revise')),
        opinion text NOT NULL,
        at timestamptz NOT NULL,
        UNIQUE (task_id, version_no, reviewer_user_id)
      )`);
    await runner.query(`
      CREATE TABLE "${s}".research_topic (
        id uuid PRIMARY KEY,
        year integer NOT NULL,
        title text NOT NULL,
        description text,
        lead_leader_user_id uuid NOT NULL,
        lead_leader_name text NOT NULL,
        lead_leader_title text NOT NULL,
        section text NOT NULL CHECK (section IN ('mishu_yi', 'mishu_er')),
        responsible_user_id uuid NOT NULL,
        responsible_name text NOT NULL,
        planned_quarter smallint NOT NULL CHECK (planned_quarter BETWEEN 1 AND 4),
        status text NOT NULL CHECK (status IN ('planned', 'in_progress', 'completed', 'cancelled')),
        report_task_id uuid REFERENCES "${s}".drafting_task (id),
        secrecy_level smallint NOT NULL CHECK (secrecy_level BETWEEN 0 AND 3),
        secrecy_period text,
        copy_number text,
        unit_ids uuid[] NOT NULL DEFAULT '{}',
        user_ids uuid[] NOT NULL DEFAULT '{}',
        ${RECORD_COLUMNS}
      )`);
    await runner.query(`CREATE INDEX research_topic_plan_idx ON "${s}".research_topic (year, section, planned_quarter)`);
    // Review opinions and catalogue adjustments are evidence: never changed or removed.
    for (const table of ['drafting_review', 'major_decision_adjustment']) {
      await runner.query(`CREATE TRIGGER ${table}_append_only BEFORE UPDATE OR DELETE ON "${s}".${table} FOR EACH ROW EXECUTE PROCEDURE "${s}".refuse_change()`);
    }
  }

  async down(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    for (const table of ['research_topic', 'drafting_review', 'drafting_task', 'major_decision_adjustment', 'major_decision_stage', 'major_decision', 'decision_catalogue']) {
      await runner.query(`DROP TABLE "${s}".${table}`);
    }
  }
}
