import type { MigrationInterface, QueryRunner } from 'typeorm';
import { migrationSchema, RECORD_COLUMNS } from '@gov/platform';

/** 党组织 (总支 and 支部): their committees, terms and elections (never deleted: withdrawn with a reason). */
export class Branches1765450000000 implements MigrationInterface {
  name = 'Branches1765450000000';

  async up(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`
      CREATE TABLE "${s}".branch (
        id uuid PRIMARY KEY,
        unit_id uuid,
        name text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('general', 'branch')),
        committee jsonb NOT NULL DEFAULT '[]',
        term_started_on date NOT NULL,
        term_extension_months integer NOT NULL DEFAULT 0 CHECK (term_extension_months BETWEEN 0 AND 12),
        theme_day integer CHECK (theme_day BETWEEN 1 AND 28),
        elections jsonb NOT NULL DEFAULT '[]',
        status text NOT NULL CHECK (status IN ('active', 'withdrawn')),
        withdrawal_reason text,
        ${RECORD_COLUMNS},
        CHECK (status <> 'withdrawn' OR withdrawal_reason IS NOT NULL)
      )`);
    await runner.query(`CREATE UNIQUE INDEX branch_name_uq ON "${s}".branch (name) WHERE status = 'active'`);
    await runner.query(`CREATE INDEX branch_list_idx ON "${s}".branch (status, created_at DESC)`);
    await runner.query(`CREATE INDEX branch_unit_idx ON "${s}".branch (unit_id, created_at DESC)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`DROP TABLE "${s}".branch`);
  }
}
