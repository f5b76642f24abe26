import type { MigrationInterface, QueryRunner } from 'typeorm';
import { migrationSchema, RECORD_COLUMNS } from '@gov/platform';

/**
 * 领导小组工作事项: the items (`work_item`), the units' progress reports (`work_item_report`) and the timeline
 * (`work_item_step`). Never deleted: withdrawn (撤销) with a reason.
 */
export class WorkItems1766602100000 implements MigrationInterface {
  name = 'WorkItems1766602100000';

  async up(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`
      CREATE TABLE "${s}".work_item (
        id uuid PRIMARY KEY,
        year integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
        number text NOT NULL,
        content text NOT NULL,
        basis_document text NOT NULL,
        lead_unit_id uuid NOT NULL,
        co_unit_ids uuid[] NOT NULL DEFAULT '{}',
        due_date date NOT NULL,
        status text NOT NULL CHECK (status IN ('in_progress', 'completion_reported', 'completed', 'returned', 'withdrawn')),
        reminded boolean NOT NULL DEFAULT false,
        last_reported_on date,
        completion_reported_on date,
        completed_on date,
        confirmed_by text,
        return_reason text,
        withdrawal_reason text,
        ${RECORD_COLUMNS},
        CHECK (status <> 'withdrawn' OR withdrawal_reason IS NOT NULL),
        CHECK (status <> 'completed' OR completed_on IS NOT NULL),
        CHECK (NOT (lead_unit_id = ANY (co_unit_ids)))
      )`);
    await runner.query(`CREATE INDEX work_item_list_idx ON "${s}".work_item (year DESC, status)`);
    await runner.query(`CREATE INDEX work_item_lead_idx ON "${s}".work_item (lead_unit_id)`);
    await runner.query(`CREATE INDEX work_item_co_idx ON "${s}".work_item USING gin (co_unit_ids)`);
    await runner.query(`CREATE INDEX work_item_open_due_idx ON "${s}".work_item (due_date) WHERE status IN ('in_progress', 'returned')`);
    await runner.query(`
      CREATE TABLE "${s}".work_item_report (
        id uuid PRIMARY KEY,
        work_item_id uuid NOT NULL REFERENCES "${s}".work_item (id),
        unit_id uuid NOT NULL,
        text text NOT NULL,
        attachments jsonb NOT NULL DEFAULT '[]',
        reported_on date NOT NULL,
        completion boolean NOT NULL DEFAULT false,
        by_username text NOT NULL,
        at timestamptz NOT NULL
      )`);
    await runner.query(`CREATE INDEX work_item_report_idx ON "${s}".work_item_report (work_item_id, at)`);
    await runner.query(`
      CREATE TABLE "${s}".work_item_step (
        seq bigserial PRIMARY KEY,
        work_item_id uuid NOT NULL REFERENCES "${s}".work_item (id),
        at timestamptz NOT NULL,
        by_username text NOT NULL,
        step text NOT NULL,
        label text NOT NULL,
        note text
      )`);
    await runner.query(`CREATE INDEX work_item_step_idx ON "${s}".work_item_step (work_item_id, seq)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`DROP TABLE "${s}".work_item_step`);
    await runner.query(`DROP TABLE "${s}".work_item_report`);
    await runner.query(`DROP TABLE "${s}".work_item`);
  }
}
