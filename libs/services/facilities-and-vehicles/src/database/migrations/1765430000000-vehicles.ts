import type { MigrationInterface, QueryRunner } from 'typeorm';
import { migrationSchema, RECORD_COLUMNS } from '@gov/platform';

/** 公务用车: its records (never deleted: withdrawn with a reason). */
export class Vehicles1765430000000 implements MigrationInterface {
  name = 'Vehicles1765430000000';

  async up(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`
      CREATE TABLE "${s}".vehicle (
        id uuid PRIMARY KEY,
        unit_id uuid,
        title text NOT NULL,
        content text NOT NULL,
        status text NOT NULL CHECK (status IN ('open', 'withdrawn')),
        withdrawal_reason text,
        ${RECORD_COLUMNS},
        CHECK (status <> 'withdrawn' OR withdrawal_reason IS NOT NULL)
      )`);
    await runner.query(`CREATE INDEX vehicle_list_idx ON "${s}".vehicle (status, created_at DESC)`);
    await runner.query(`CREATE INDEX vehicle_unit_idx ON "${s}".vehicle (unit_id, created_at DESC)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`DROP TABLE "${s}".vehicle`);
  }
}
