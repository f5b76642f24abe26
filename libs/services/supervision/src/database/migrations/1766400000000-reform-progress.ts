import type { MigrationInterface, QueryRunner } from 'typeorm';
import { migrationSchema } from '@gov/platform';

/**
 * The 放管服 ledger's missing pieces (issue 21 §3): the units' progress reports on their reform tasks (one row a report,
 * never changed), and the 专题组/功能组 a task belongs to (the two leading groups' offices keep their work by group).
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
  }

  async down(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`DROP TABLE "${s}".reform_task_progress`);
    await runner.query(`ALTER TABLE "${s}".reform_task DROP COLUMN work_group`);
  }
}
