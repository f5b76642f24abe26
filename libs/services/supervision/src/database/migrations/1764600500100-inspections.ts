import type { MigrationInterface, QueryRunner } from 'typeorm';
import { migrationSchema } from '@gov/platform';

/**
 * 督查 (《政府督查工作条例》; RULES.md 2.6): the 督查方案 with its 督查组, its 督查结论 per inspected unit, and the replies
 * upward on 国务院/省/市 督查事项 with their deadline from the deadline engine. Nothing is deleted: withdrawn with a reason.
 */
export class SupervisionInspections1764600500100 implements MigrationInterface {
  name = 'SupervisionInspections1764600500100';

  async up(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`
      CREATE TABLE "${s}".inspection (
        id uuid PRIMARY KEY,
        subject text NOT NULL,
        scope text NOT NULL,
        period_start date NOT NULL,
        period_end date NOT NULL,
        basis text NOT NULL,
        unit_ids jsonb NOT NULL,
        leader_name text NOT NULL,
        members jsonb NOT NULL,
        status text NOT NULL CHECK (status IN ('draft', 'approved', 'conducted', 'concluded', 'withdrawn')),
        approved_by text,
        approved_at timestamptz,
        conducted_on date,
        withdrawal_reason text,
        version integer NOT NULL,
        created_at timestamptz NOT NULL,
        created_by text NOT NULL,
        updated_at timestamptz NOT NULL,
        updated_by text NOT NULL,
        CHECK (period_end >= period_start),
        CHECK (status <> 'withdrawn' OR withdrawal_reason IS NOT NULL),
        CHECK (status IN ('draft', 'withdrawn') OR approved_by IS NOT NULL),
        CHECK (status NOT IN ('conducted', 'concluded') OR conducted_on IS NOT NULL)
      )`);
    await runner.query(`CREATE INDEX inspection_list_idx ON "${s}".inspection (status, created_at DESC)`);
    await runner.query(`CREATE INDEX inspection_units_idx ON "${s}".inspection USING gin (unit_ids)`);
    await runner.query(`
      CREATE TABLE "${s}".inspection_conclusion (
        id uuid PRIMARY KEY,
        inspection_id uuid NOT NULL REFERENCES "${s}".inspection (id),
        unit_id uuid NOT NULL,
        facts text NOT NULL,
        conclusion text NOT NULL,
        requirements text,
        fed_back_at timestamptz NOT NULL,
        fed_back_by text NOT NULL,
        UNIQUE (inspection_id, unit_id)
      )`);
    await runner.query(`
      CREATE TABLE "${s}".higher_inspection (
        id uuid PRIMARY KEY,
        level text NOT NULL CHECK (level IN ('state_council', 'province', 'city')),
        title text NOT NULL,
        reference text,
        requirement text NOT NULL,
        received_on date NOT NULL,
        reply_working_days integer NOT NULL CHECK (reply_working_days > 0),
        due_date date,
        due_provisional boolean NOT NULL,
        due_explanation jsonb NOT NULL,
        status text NOT NULL CHECK (status IN ('received', 'drafted', 'approved', 'sent', 'withdrawn')),
        reply_content text,
        drafted_by text,
        approved_by text,
        approved_at timestamptz,
        sent_on date,
        sent_by text,
        withdrawal_reason text,
        version integer NOT NULL,
        created_at timestamptz NOT NULL,
        created_by text NOT NULL,
        updated_at timestamptz NOT NULL,
        updated_by text NOT NULL,
        CHECK (status <> 'withdrawn' OR withdrawal_reason IS NOT NULL),
        CHECK (status NOT IN ('drafted', 'approved', 'sent') OR reply_content IS NOT NULL),
        CHECK (status NOT IN ('approved', 'sent') OR approved_by IS NOT NULL),
        CHECK (status <> 'sent' OR sent_on IS NOT NULL)
      )`);
    await runner.query(`CREATE INDEX higher_inspection_open_due_idx ON "${s}".higher_inspection (due_date) WHERE status IN ('received', 'drafted', 'approved')`);
    await runner.query(`
      CREATE TABLE "${s}".inspection_history (
        id uuid PRIMARY KEY,
        record_type text NOT NULL CHECK (record_type IN ('inspection', 'higher_inspection')),
        record_id uuid NOT NULL,
        version integer NOT NULL,
        action text NOT NULL,
        note text NOT NULL,
        actor text NOT NULL,
        at timestamptz NOT NULL,
        UNIQUE (record_type, record_id, version)
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    for (const table of ['inspection_history', 'higher_inspection', 'inspection_conclusion', 'inspection']) await runner.query(`DROP TABLE "${s}".${table}`);
  }
}
