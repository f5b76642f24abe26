import type { MigrationInterface, QueryRunner } from 'typeorm';
import { migrationSchema, RECORD_COLUMNS } from '@gov/platform';

/** 报送信息: its records (never deleted: withdrawn with a reason). */
export class Submissions1765410000000 implements MigrationInterface {
  name = 'Submissions1765410000000';

  async up(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`
      CREATE TABLE "${s}".submission (
        id uuid PRIMARY KEY,
        unit_id uuid,
        title text NOT NULL,
        content text NOT NULL,
        status text NOT NULL CHECK (status IN ('open', 'withdrawn')),
        withdrawal_reason text,
        ${RECORD_COLUMNS},
        CHECK (status <> 'withdrawn' OR withdrawal_reason IS NOT NULL)
      )`);
    await runner.query(`CREATE INDEX submission_list_idx ON "${s}".submission (status, created_at DESC)`);
    await runner.query(`CREATE INDEX submission_unit_idx ON "${s}".submission (unit_id, created_at DESC)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`DROP TABLE "${s}".submission`);
  }
}
