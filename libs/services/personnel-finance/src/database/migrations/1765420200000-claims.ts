import type { MigrationInterface, QueryRunner } from 'typeorm';
import { migrationSchema, RECORD_COLUMNS } from '@gov/platform';

/** 报销单: claims with their items, approvals by amount and payment (never deleted: withdrawn with a reason); number counters. */
export class Claims1765420200000 implements MigrationInterface {
  name = 'Claims1765420200000';

  async up(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`CREATE TABLE "${s}".number_counter (name text PRIMARY KEY, last integer NOT NULL)`);
    await runner.query(`
      CREATE TABLE "${s}".claim (
        id uuid PRIMARY KEY,
        number text NOT NULL UNIQUE,
        title text NOT NULL,
        claimant_name text NOT NULL,
        section_code text NOT NULL,
        expense_kind text NOT NULL,
        payment_method text NOT NULL CHECK (payment_method IN ('official_card', 'transfer', 'cash')),
        items jsonb NOT NULL,
        attachments jsonb NOT NULL DEFAULT '[]',
        total_fen bigint NOT NULL CHECK (total_fen > 0),
        status text NOT NULL CHECK (status IN ('draft', 'submitted', 'returned', 'approved', 'paid', 'withdrawn')),
        thresholds_version text NOT NULL,
        required_approvals jsonb NOT NULL,
        approvals jsonb NOT NULL DEFAULT '[]',
        voucher_number text UNIQUE,
        paid_on date,
        reason text,
        timeline jsonb NOT NULL DEFAULT '[]',
        ${RECORD_COLUMNS},
        CHECK (status <> 'withdrawn' OR reason IS NOT NULL),
        CHECK (status <> 'paid' OR (voucher_number IS NOT NULL AND paid_on IS NOT NULL))
      )`);
    await runner.query(`CREATE INDEX claim_list_idx ON "${s}".claim (status, created_at DESC)`);
    await runner.query(`CREATE INDEX claim_paid_idx ON "${s}".claim (paid_on) WHERE status = 'paid'`);
  }

  async down(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`DROP TABLE "${s}".claim`);
    await runner.query(`DROP TABLE "${s}".number_counter`);
  }
}
