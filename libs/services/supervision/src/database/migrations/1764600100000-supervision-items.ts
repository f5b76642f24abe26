import type { MigrationInterface, QueryRunner } from 'typeorm';
import { migrationSchema, RECORD_COLUMNS } from '@gov/platform';

/**
 * The local rules of 督查室, seeded with the values in use. None of them is set by a national rule
 * (《政府督查工作条例》, 国务院令第733号, leaves time limits and scoring to each government), so each is a
 * configuration row with its effective date and cited source, changed by the section chief through the API.
 */
const SEED_SETTINGS: [key: string, value: number, source: string][] = [
  ['default_due_working_days', 15, '博山区政府办公室督查室督办工作惯例：来源未规定期限的督办事项按 15 个工作日办结（待督查室确认）'],
  ['warning_threshold_working_days', 3, '博山区政府办公室督查室督办工作惯例：距办理期限 3 个工作日内亮黄灯（待督查室确认）'],
  ['assessment_weight_on_time', 60, '区政府重点工作考核办法（本地权重，待督查室确认）'],
  ['assessment_weight_overdue', 25, '区政府重点工作考核办法（本地权重，待督查室确认）'],
  ['assessment_weight_sent_back', 15, '区政府重点工作考核办法（本地权重，待督查室确认）'],
];

/** 督办事项: items from every source, their milestones, feedback, extensions and timeline; the office's settings. */
export class SupervisionItems1764600100000 implements MigrationInterface {
  name = 'SupervisionItems1764600100000';

  async up(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`
      CREATE TABLE "${s}".supervision_setting (
        id uuid PRIMARY KEY,
        key text NOT NULL,
        value integer NOT NULL CHECK (value >= 0),
        effective_from date NOT NULL,
        source text NOT NULL,
        created_by text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (key, effective_from)
      )`);
    for (const [key, value, source] of SEED_SETTINGS) {
      await runner.query(
        `INSERT INTO "${s}".supervision_setting (id, key, value, effective_from, source, created_by) VALUES (gen_random_uuid(), $1, $2, '2020-01-01', $3, 'system')
         ON CONFLICT (key, effective_from) DO NOTHING`,
        [key, value, source],
      );
    }

    await runner.query(`
      CREATE TABLE "${s}".supervision_item (
        id uuid PRIMARY KEY,
        kind text NOT NULL,
        title text NOT NULL,
        content text NOT NULL,
        year integer,
        source_kind text,
        source_id uuid,
        source_parent_kind text,
        source_parent_id uuid,
        source_title text,
        source_reference text,
        leader_name text,
        leader_title text,
        leader_user_id uuid,
        lead_unit_id uuid,
        co_unit_ids uuid[] NOT NULL DEFAULT '{}',
        unresolved_unit_ids uuid[] NOT NULL DEFAULT '{}',
        status text NOT NULL CHECK (status IN ('needs_unit_resolution', 'assigned', 'acknowledged', 'in_progress', 'completion_reported', 'closed')),
        secrecy_level integer NOT NULL DEFAULT 0 CHECK (secrecy_level BETWEEN 0 AND 3),
        due_date date,
        due_basis text NOT NULL CHECK (due_basis IN ('given', 'computed')),
        due_start date NOT NULL,
        due_working_days integer,
        due_setting_id uuid REFERENCES "${s}".supervision_setting (id),
        due_extensions jsonb NOT NULL DEFAULT '[]',
        due_provisional boolean NOT NULL DEFAULT false,
        due_explanation jsonb NOT NULL DEFAULT '[]',
        light text NOT NULL DEFAULT 'green' CHECK (light IN ('green', 'yellow', 'red', 'none')),
        light_reason text,
        light_changed_at timestamptz,
        light_as_of date,
        registered_at timestamptz NOT NULL,
        assigned_at timestamptz,
        acknowledged_at timestamptz,
        last_feedback_at timestamptz,
        completion_reported_at timestamptz,
        closed_at timestamptz,
        sent_back_count integer NOT NULL DEFAULT 0,
        ${RECORD_COLUMNS},
        CHECK (status = 'needs_unit_resolution' OR lead_unit_id IS NOT NULL)
      )`);
    // One item per source record: a redelivered or republished event finds the row already there.
    await runner.query(`CREATE UNIQUE INDEX supervision_item_source_uq ON "${s}".supervision_item (source_kind, source_id) WHERE source_id IS NOT NULL`);
    await runner.query(`CREATE INDEX supervision_item_status_idx ON "${s}".supervision_item (status, due_date)`);
    await runner.query(`CREATE INDEX supervision_item_lead_idx ON "${s}".supervision_item (lead_unit_id, status)`);
    await runner.query(`CREATE INDEX supervision_item_co_idx ON "${s}".supervision_item USING gin (co_unit_ids)`);
    await runner.query(`CREATE INDEX supervision_item_light_idx ON "${s}".supervision_item (light, lead_unit_id)`);
    await runner.query(`CREATE INDEX supervision_item_kind_year_idx ON "${s}".supervision_item (kind, year)`);
    await runner.query(`CREATE INDEX supervision_item_leader_idx ON "${s}".supervision_item (leader_name) WHERE light IN ('red', 'yellow')`);
    await runner.query(`CREATE INDEX supervision_item_parent_idx ON "${s}".supervision_item (source_parent_id)`);

    await runner.query(`
      CREATE TABLE "${s}".supervision_milestone (
        id uuid PRIMARY KEY,
        item_id uuid NOT NULL REFERENCES "${s}".supervision_item (id),
        sequence integer NOT NULL,
        quarter integer CHECK (quarter BETWEEN 1 AND 4),
        target text NOT NULL,
        due_date date NOT NULL,
        due_explanation jsonb NOT NULL,
        reported_at timestamptz,
        UNIQUE (item_id, sequence)
      )`);
    await runner.query(`
      CREATE TABLE "${s}".supervision_feedback (
        id uuid PRIMARY KEY,
        item_id uuid NOT NULL REFERENCES "${s}".supervision_item (id),
        milestone_id uuid REFERENCES "${s}".supervision_milestone (id),
        unit_id uuid NOT NULL,
        kind text NOT NULL CHECK (kind IN ('progress', 'co_input', 'completion')),
        content text NOT NULL,
        reported_by text NOT NULL,
        reported_at timestamptz NOT NULL
      )`);
    await runner.query(`CREATE INDEX supervision_feedback_item_idx ON "${s}".supervision_feedback (item_id, reported_at)`);
    await runner.query(`
      CREATE TABLE "${s}".supervision_extension (
        id uuid PRIMARY KEY,
        item_id uuid NOT NULL REFERENCES "${s}".supervision_item (id),
        unit_id uuid NOT NULL,
        working_days integer NOT NULL CHECK (working_days > 0),
        reason text NOT NULL,
        status text NOT NULL CHECK (status IN ('pending', 'approved', 'rejected')),
        requested_by text NOT NULL,
        requested_at timestamptz NOT NULL,
        decided_by text,
        decided_at timestamptz,
        decision_note text,
        due_before date NOT NULL,
        due_after date
      )`);
    await runner.query(`CREATE UNIQUE INDEX supervision_extension_pending_uq ON "${s}".supervision_extension (item_id) WHERE status = 'pending'`);
    await runner.query(`
      CREATE TABLE "${s}".supervision_item_timeline (
        id uuid PRIMARY KEY,
        seq bigserial NOT NULL,
        item_id uuid NOT NULL REFERENCES "${s}".supervision_item (id),
        action text NOT NULL,
        from_status text,
        to_status text,
        note text,
        actor text NOT NULL,
        at timestamptz NOT NULL,
        data jsonb NOT NULL DEFAULT '{}'
      )`);
    await runner.query(`CREATE INDEX supervision_item_timeline_item_idx ON "${s}".supervision_item_timeline (item_id, seq)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    for (const table of ['supervision_item_timeline', 'supervision_extension', 'supervision_feedback', 'supervision_milestone', 'supervision_item', 'supervision_setting']) {
      await runner.query(`DROP TABLE "${s}".${table}`);
    }
  }
}
