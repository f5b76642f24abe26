import type { MigrationInterface, QueryRunner } from 'typeorm';
import { migrationSchema, RECORD_COLUMNS } from '@gov/platform';

/**
 * 预算/决算: one budget a year (items, 批复, 调整, the units' budgets and the 决算 snapshot on the record) and its execution
 * entries (承诺、支付、拨付; never deleted: voided with a reason). Amounts are bigint 分.
 */
export class Budgets1766550000000 implements MigrationInterface {
  name = 'Budgets1766550000000';

  async up(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`
      CREATE TABLE "${s}".budget (
        id uuid PRIMARY KEY,
        year integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
        title text NOT NULL,
        items jsonb NOT NULL,
        approval jsonb,
        adjustments jsonb NOT NULL DEFAULT '[]',
        unit_budgets jsonb NOT NULL DEFAULT '[]',
        final_accounts jsonb,
        status text NOT NULL CHECK (status IN ('draft', 'approved', 'closed', 'withdrawn')),
        withdrawal_reason text,
        timeline jsonb NOT NULL DEFAULT '[]',
        ${RECORD_COLUMNS},
        CHECK (status <> 'withdrawn' OR withdrawal_reason IS NOT NULL),
        CHECK (status IN ('draft', 'withdrawn') OR approval IS NOT NULL),
        CHECK (status <> 'closed' OR final_accounts IS NOT NULL)
      )`);
    await runner.query(`CREATE UNIQUE INDEX budget_year_uidx ON "${s}".budget (year) WHERE status <> 'withdrawn'`);
    await runner.query(`CREATE INDEX budget_list_idx ON "${s}".budget (status, year DESC)`);
    await runner.query(`
      CREATE TABLE "${s}".budget_entry (
        id uuid PRIMARY KEY,
        budget_id uuid NOT NULL REFERENCES "${s}".budget (id),
        item_key text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('commitment', 'payment', 'transfer')),
        amount_fen bigint NOT NULL CHECK (amount_fen > 0),
        occurred_on date NOT NULL,
        reference text NOT NULL,
        purpose text NOT NULL,
        unit_id uuid,
        unit_name text,
        approved_by text,
        approved_on date,
        status text NOT NULL CHECK (status IN ('recorded', 'voided')),
        void_reason text,
        voided_at timestamptz,
        voided_by text,
        created_at timestamptz NOT NULL,
        created_by text NOT NULL,
        CHECK (kind <> 'transfer' OR (unit_id IS NOT NULL AND approved_by IS NOT NULL AND approved_on IS NOT NULL)),
        CHECK (status <> 'voided' OR void_reason IS NOT NULL)
      )`);
    await runner.query(`CREATE INDEX budget_entry_budget_idx ON "${s}".budget_entry (budget_id, occurred_on DESC, created_at DESC)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`DROP TABLE "${s}".budget_entry`);
    await runner.query(`DROP TABLE "${s}".budget`);
  }
}
