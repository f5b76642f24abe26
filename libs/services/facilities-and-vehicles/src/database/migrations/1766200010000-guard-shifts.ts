import type { MigrationInterface, QueryRunner } from 'typeorm';
import { migrationSchema, RECORD_COLUMNS } from '@gov/platform';

/**
 * 门卫排班: who stands at which post on which shift of which day. One scheduled shift per guard, day and shift (the
 * partial unique index backs the service's check). Never deleted: cancelled with a reason.
 */
export class GuardShifts1766200010000 implements MigrationInterface {
  name = 'GuardShifts1766200010000';

  async up(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`
      CREATE TABLE "${s}".guard_shift (
        id uuid PRIMARY KEY,
        shift_date date NOT NULL,
        shift text NOT NULL CHECK (shift IN ('day', 'night')),
        post text NOT NULL,
        guard_name text NOT NULL,
        note text,
        status text NOT NULL CHECK (status IN ('scheduled', 'cancelled')),
        cancel_reason text,
        ${RECORD_COLUMNS},
        CHECK (status <> 'cancelled' OR cancel_reason IS NOT NULL)
      )`);
    await runner.query(`CREATE UNIQUE INDEX guard_shift_guard_idx ON "${s}".guard_shift (guard_name, shift_date, shift) WHERE status = 'scheduled'`);
    await runner.query(`CREATE INDEX guard_shift_date_idx ON "${s}".guard_shift (shift_date, shift, post)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`DROP TABLE "${s}".guard_shift`);
  }
}
