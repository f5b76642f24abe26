import type { MigrationInterface, QueryRunner } from 'typeorm';
import { migrationSchema, RECORD_COLUMNS } from '@gov/platform';

/** 结对帮扶: a pairing for a year with its goals, visits and help as JSON under its version (withdrawn with a reason). */
export class Pairings1765510600000 implements MigrationInterface {
  name = 'Pairings1765510600000';

  async up(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`
      CREATE TABLE "${s}".pairing (
        id uuid PRIMARY KEY,
        year integer NOT NULL CHECK (year BETWEEN 2018 AND 2100),
        branch_id uuid NOT NULL REFERENCES "${s}".branch (id),
        branch_name text NOT NULL,
        unit_id uuid,
        member_id uuid REFERENCES "${s}".member (id),
        member_name text,
        target_kind text NOT NULL CHECK (target_kind IN ('village', 'community', 'household')),
        target_name text NOT NULL,
        target_place text,
        planned_visits integer NOT NULL CHECK (planned_visits >= 0),
        planned_help_fen integer NOT NULL CHECK (planned_help_fen >= 0),
        goals jsonb NOT NULL,
        visits jsonb NOT NULL DEFAULT '[]',
        help jsonb NOT NULL DEFAULT '[]',
        status text NOT NULL CHECK (status IN ('open', 'withdrawn')),
        withdrawal_reason text,
        ${RECORD_COLUMNS},
        CHECK (status <> 'withdrawn' OR withdrawal_reason IS NOT NULL)
      )`);
    await runner.query(`CREATE INDEX pairing_year_idx ON "${s}".pairing (year, status, created_at DESC)`);
    await runner.query(`CREATE INDEX pairing_unit_idx ON "${s}".pairing (unit_id, year)`);
    await runner.query(`CREATE INDEX pairing_branch_idx ON "${s}".pairing (branch_id, year)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`DROP TABLE "${s}".pairing`);
  }
}
