import type { MigrationInterface, QueryRunner } from 'typeorm';
import { migrationSchema, RECORD_COLUMNS } from '@gov/platform';

/** 依申请公开申请: its records (never deleted: withdrawn with a reason). */
export class Applications1765400000000 implements MigrationInterface {
  name = 'Applications1765400000000';

  async up(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`
      CREATE TABLE "${s}".application (
        id uuid PRIMARY KEY,
        unit_id uuid,
        title text NOT NULL,
        content text NOT NULL,
        status text NOT NULL CHECK (status IN ('open', 'withdrawn')),
        withdrawal_reason text,
        ${RECORD_COLUMNS},
        CHECK (status <> 'withdrawn' OR withdrawal_reason IS NOT NULL)
      )`);
    await runner.query(`CREATE INDEX application_list_idx ON "${s}".application (status, created_at DESC)`);
    await runner.query(`CREATE INDEX application_unit_idx ON "${s}".application (unit_id, created_at DESC)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`DROP TABLE "${s}".application`);
  }
}
