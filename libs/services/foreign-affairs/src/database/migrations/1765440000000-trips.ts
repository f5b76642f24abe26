import type { MigrationInterface, QueryRunner } from 'typeorm';
import { migrationSchema, RECORD_COLUMNS } from '@gov/platform';

/** 因公临时出国: its records (never deleted: withdrawn with a reason). */
export class Trips1765440000000 implements MigrationInterface {
  name = 'Trips1765440000000';

  async up(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`
      CREATE TABLE "${s}".trip (
        id uuid PRIMARY KEY,
        unit_id uuid,
        title text NOT NULL,
        content text NOT NULL,
        status text NOT NULL CHECK (status IN ('open', 'withdrawn')),
        withdrawal_reason text,
        ${RECORD_COLUMNS},
        CHECK (status <> 'withdrawn' OR withdrawal_reason IS NOT NULL)
      )`);
    await runner.query(`CREATE INDEX trip_list_idx ON "${s}".trip (status, created_at DESC)`);
    await runner.query(`CREATE INDEX trip_unit_idx ON "${s}".trip (unit_id, created_at DESC)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`DROP TABLE "${s}".trip`);
  }
}
