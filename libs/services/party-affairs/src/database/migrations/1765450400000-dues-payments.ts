import type { MigrationInterface, QueryRunner } from 'typeorm';
import { migrationSchema } from '@gov/platform';

/** 党费收缴: one row per member and month paid (amount in 分); never deleted. */
export class DuesPayments1765450400000 implements MigrationInterface {
  name = 'DuesPayments1765450400000';

  async up(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`
      CREATE TABLE "${s}".dues_payment (
        member_id uuid NOT NULL REFERENCES "${s}".member (id),
        month text NOT NULL CHECK (month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
        amount_fen integer NOT NULL CHECK (amount_fen >= 0),
        paid_on date NOT NULL,
        recorded_by text NOT NULL,
        recorded_at timestamptz NOT NULL,
        PRIMARY KEY (member_id, month)
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`DROP TABLE "${s}".dues_payment`);
  }
}
