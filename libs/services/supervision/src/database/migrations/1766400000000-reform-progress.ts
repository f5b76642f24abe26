import type { MigrationInterface, QueryRunner } from 'typeorm';
import { migrationSchema } from '@gov/platform';

/**
 * The 放管服 ledger's missing pieces (issue 21 §3): the units' progress reports on their reform tasks (one row a report,
 * never changed), the 专题组/功能组 a task belongs to (the two leading groups' offices keep their work by group), and the
 * 行政审批 reform items from higher levels (取消/下放/承接/调整) with their implementation by the district's units.
 */
export class ReformProgress1766400000000 implements MigrationInterface {
  name = 'ReformProgress1766400000000';

  async up(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`ALTER TABLE "${s}".reform_task ADD COLUMN work_group text CHECK (work_group IS NULL OR length(work_group) BETWEEN 2 AND 60)`);
    await runner.query(`
      CREATE TABLE "${s}".reform_task_progress (
        id uuid PRIMARY KEY,
        task_id uuid NOT NULL REFERENCES "${s}".reform_task (id),
        unit_id uuid NOT NULL,
        reported_on date NOT NULL,
        percent integer CHECK (percent BETWEEN 0 AND 100),
        progress text NOT NULL,
        created_at timestamptz NOT NULL,
        created_by text NOT NULL
      )`);
    await runner.query(`CREATE INDEX reform_task_progress_task_idx ON "${s}".reform_task_progress (task_id, reported_on DESC, created_at DESC)`);
    await runner.query(`
      CREATE TABLE "${s}".reform_approval_item (
        id uuid PRIMARY KEY,
        source_level text NOT NULL CHECK (source_level IN ('state', 'province', 'city')),
        source_document text NOT NULL,
        item_name text NOT NULL,
        change_kind text NOT NULL CHECK (change_kind IN ('cancelled', 'delegated', 'undertaken', 'adjusted')),
        unit_id uuid NOT NULL,
        received_on date NOT NULL,
        period_amount integer NOT NULL,
        period_unit text NOT NULL,
        due_date date,
        due_provisional boolean NOT NULL,
        due_explanation jsonb NOT NULL,
        status text NOT NULL CHECK (status IN ('pending', 'implemented', 'withdrawn')),
        measures text,
        implemented_on date,
        withdrawal_reason text,
        version integer NOT NULL,
        created_at timestamptz NOT NULL,
        created_by text NOT NULL,
        updated_at timestamptz NOT NULL,
        updated_by text NOT NULL,
        CHECK ((status = 'implemented') = (implemented_on IS NOT NULL AND measures IS NOT NULL)),
        CHECK ((status = 'withdrawn') = (withdrawal_reason IS NOT NULL))
      )`);
    await runner.query(`CREATE INDEX reform_approval_item_unit_idx ON "${s}".reform_approval_item (unit_id, status)`);
    await runner.query(`CREATE INDEX reform_approval_item_list_idx ON "${s}".reform_approval_item (created_at DESC, id)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`DROP TABLE "${s}".reform_approval_item`);
    await runner.query(`DROP TABLE "${s}".reform_task_progress`);
    await runner.query(`ALTER TABLE "${s}".reform_task DROP COLUMN work_group`);
  }
}
