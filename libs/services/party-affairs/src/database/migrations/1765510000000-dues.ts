import type { MigrationInterface, QueryRunner } from 'typeorm';
import { migrationSchema, RECORD_COLUMNS } from '@gov/platform';

/**
 * 党费减免 (requests, decisions, approvals; never deleted: refused or withdrawn with a reason) and 党费收据: every
 * payment gets a receipt number per branch and year (a counter row per branch and year, incremented in the payment's
 * transaction: no gaps, never reused); a payment is voided with a reason and keeps its number (作废), so the primary
 * key becomes the payment's own id and only one payment per member and month may be in effect.
 */
export class Dues1765510000000 implements MigrationInterface {
  name = 'Dues1765510000000';

  async up(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`
      CREATE TABLE "${s}".dues_reduction (
        id uuid PRIMARY KEY,
        member_id uuid NOT NULL REFERENCES "${s}".member (id),
        branch_id uuid NOT NULL REFERENCES "${s}".branch (id),
        kind text NOT NULL CHECK (kind IN ('reduce', 'exempt')),
        from_month text NOT NULL CHECK (from_month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
        to_month text NOT NULL CHECK (to_month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
        reduced_monthly_fen integer CHECK (reduced_monthly_fen > 0),
        reason text NOT NULL,
        status text NOT NULL CHECK (status IN ('requested', 'branch_decided', 'in_force', 'refused', 'withdrawn')),
        branch_decided_on date,
        branch_meeting_ref text,
        approver text,
        approved_on date,
        refusal_reason text,
        withdrawal_reason text,
        ${RECORD_COLUMNS},
        CHECK (from_month <= to_month),
        CHECK ((kind = 'reduce') = (reduced_monthly_fen IS NOT NULL)),
        CHECK (status <> 'withdrawn' OR withdrawal_reason IS NOT NULL),
        CHECK (status <> 'refused' OR refusal_reason IS NOT NULL),
        CHECK (status <> 'in_force' OR (approved_on IS NOT NULL AND branch_decided_on IS NOT NULL))
      )`);
    await runner.query(`CREATE INDEX dues_reduction_member_idx ON "${s}".dues_reduction (member_id, status)`);
    await runner.query(`CREATE INDEX dues_reduction_list_idx ON "${s}".dues_reduction (status, created_at DESC)`);

    await runner.query(`
      CREATE TABLE "${s}".dues_receipt_counter (
        branch_id uuid NOT NULL REFERENCES "${s}".branch (id),
        year integer NOT NULL,
        last_seq integer NOT NULL CHECK (last_seq > 0),
        PRIMARY KEY (branch_id, year)
      )`);
    await runner.query(`
      ALTER TABLE "${s}".dues_payment
        ADD COLUMN id uuid,
        ADD COLUMN branch_id uuid REFERENCES "${s}".branch (id),
        ADD COLUMN receipt_year integer,
        ADD COLUMN receipt_seq integer,
        ADD COLUMN voided_at timestamptz,
        ADD COLUMN voided_by text,
        ADD COLUMN void_reason text`);
    // The payments recorded before receipts existed get their numbers in the order they were recorded.
    await runner.query(`
      UPDATE "${s}".dues_payment p SET id = n.id, branch_id = n.branch_id, receipt_year = n.year, receipt_seq = n.seq
        FROM (SELECT p2.member_id, p2.month, gen_random_uuid() AS id, m.branch_id, extract(year FROM p2.paid_on)::int AS year,
                     row_number() OVER (PARTITION BY m.branch_id, extract(year FROM p2.paid_on) ORDER BY p2.recorded_at, p2.member_id, p2.month)::int AS seq
                FROM "${s}".dues_payment p2 JOIN "${s}".member m ON m.id = p2.member_id) n
       WHERE p.member_id = n.member_id AND p.month = n.month`);
    await runner.query(`
      INSERT INTO "${s}".dues_receipt_counter (branch_id, year, last_seq)
        SELECT branch_id, receipt_year, max(receipt_seq) FROM "${s}".dues_payment GROUP BY branch_id, receipt_year`);
    await runner.query(`
      ALTER TABLE "${s}".dues_payment
        ALTER COLUMN id SET NOT NULL,
        ALTER COLUMN branch_id SET NOT NULL,
        ALTER COLUMN receipt_year SET NOT NULL,
        ALTER COLUMN receipt_seq SET NOT NULL,
        DROP CONSTRAINT dues_payment_pkey,
        ADD PRIMARY KEY (id),
        ADD CONSTRAINT dues_payment_receipt_key UNIQUE (branch_id, receipt_year, receipt_seq),
        ADD CONSTRAINT dues_payment_void_check CHECK ((voided_at IS NULL) = (void_reason IS NULL))`);
    await runner.query(`CREATE UNIQUE INDEX dues_payment_in_effect_key ON "${s}".dues_payment (member_id, month) WHERE voided_at IS NULL`);

    // The 灯塔-党建在线 exports of personal data: who exported what, when (besides the gateway's audit log).
    await runner.query(`
      CREATE TABLE "${s}".dengta_export (
        id uuid PRIMARY KEY,
        year integer NOT NULL,
        organisations integer NOT NULL,
        members integer NOT NULL,
        meetings integer NOT NULL,
        exported_by text NOT NULL,
        exported_by_id text NOT NULL,
        exported_at timestamptz NOT NULL
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`DROP TABLE "${s}".dengta_export`);
    await runner.query(`DROP INDEX "${s}".dues_payment_in_effect_key`);
    await runner.query(`DELETE FROM "${s}".dues_payment WHERE voided_at IS NOT NULL`);
    await runner.query(`
      ALTER TABLE "${s}".dues_payment DROP CONSTRAINT dues_payment_pkey, ADD PRIMARY KEY (member_id, month),
        DROP COLUMN id, DROP COLUMN branch_id, DROP COLUMN receipt_year, DROP COLUMN receipt_seq, DROP COLUMN voided_at, DROP COLUMN voided_by, DROP COLUMN void_reason`);
    await runner.query(`DROP TABLE "${s}".dues_receipt_counter`);
    await runner.query(`DROP TABLE "${s}".dues_reduction`);
  }
}
