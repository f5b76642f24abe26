import { migrationSchema } from '@gov/platform';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sign-in lockout per typed name and client address: five failures from one address lock that name for
 * that address only, so nobody can keep the (well-known) administrator names locked out from elsewhere.
 *
 * The keyed audit chain: each row says how its hash was made (`sha256` for the rows written before, which are
 * never rewritten; `hmac-sm3` from now on), and the chain's head is anchored in `audit_head`, outside the audit
 * table, MAC'd with the chain key and moved forward in the same transaction as every append. The head can only
 * move forward and cannot be deleted. Audit rows may record the intent of a write (`pending`), written before
 * the write is made. `upload_usage` counts each user's uploaded bytes per day for the upload quota.
 */
export class GatewaySecurityHardening1764800000000 implements MigrationInterface {
  name = 'GatewaySecurityHardening1764800000000';

  async up(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`ALTER TABLE "${s}".login_throttle ADD COLUMN address text NOT NULL DEFAULT ''`);
    await runner.query(`ALTER TABLE "${s}".login_throttle DROP CONSTRAINT login_throttle_pkey`);
    await runner.query(`ALTER TABLE "${s}".login_throttle ADD PRIMARY KEY (username, address)`);

    // Adding a column with a default rewrites no row, so the append-only trigger does not fire.
    await runner.query(`ALTER TABLE "${s}".audit_event ADD COLUMN IF NOT EXISTS hash_alg text NOT NULL DEFAULT 'sha256' CHECK (hash_alg IN ('sha256', 'hmac-sm3'))`);
    await runner.query(`ALTER TABLE "${s}".audit_event ALTER COLUMN hash_alg DROP DEFAULT`);
    // A write's intent is recorded before the write is made (outcome `pending`), its outcome after.
    await runner.query(`ALTER TABLE "${s}".audit_event DROP CONSTRAINT IF EXISTS audit_event_outcome_check`);
    await runner.query(`ALTER TABLE "${s}".audit_event ADD CONSTRAINT audit_event_outcome_check CHECK (outcome IN ('success', 'failure', 'pending'))`);
    await runner.query(`
      CREATE TABLE IF NOT EXISTS "${s}".audit_head (
        id boolean PRIMARY KEY DEFAULT true CHECK (id),
        seq bigint NOT NULL,
        hash char(64) NOT NULL,
        mac char(64) NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(`
      CREATE OR REPLACE FUNCTION "${s}".audit_head_guard() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' AND NEW.seq >= OLD.seq THEN
          RETURN NEW;
        END IF;
        RAISE EXCEPTION '审计链头只能前移，不能回退或删除' USING ERRCODE = 'insufficient_privilege';
      END
      $$`);
    // Bytes uploaded per user and day (Beijing time), for the upload quota.
    await runner.query(`
      CREATE TABLE "${s}".upload_usage (
        account_id uuid NOT NULL,
        day date NOT NULL,
        bytes bigint NOT NULL CHECK (bytes >= 0),
        files integer NOT NULL CHECK (files >= 0),
        PRIMARY KEY (account_id, day)
      )`);
    await runner.query(`DROP TRIGGER IF EXISTS audit_head_guard_rows ON "${s}".audit_head`);
    await runner.query(`DROP TRIGGER IF EXISTS audit_head_guard_truncate ON "${s}".audit_head`);
    await runner.query(`CREATE TRIGGER audit_head_guard_rows BEFORE UPDATE OR DELETE ON "${s}".audit_head FOR EACH ROW EXECUTE PROCEDURE "${s}".audit_head_guard()`);
    await runner.query(`CREATE TRIGGER audit_head_guard_truncate BEFORE TRUNCATE ON "${s}".audit_head FOR EACH STATEMENT EXECUTE PROCEDURE "${s}".audit_head_guard()`);
  }

  async down(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    // The audit chain's column and head stay on purpose: a down migration must not be a path to weaken the log
    // (`up` tolerates finding them).
    await runner.query(`DROP TABLE "${s}".upload_usage`);
    await runner.query(`DELETE FROM "${s}".login_throttle WHERE address <> ''`);
    await runner.query(`ALTER TABLE "${s}".login_throttle DROP CONSTRAINT login_throttle_pkey`);
    await runner.query(`ALTER TABLE "${s}".login_throttle DROP COLUMN address`);
    await runner.query(`ALTER TABLE "${s}".login_throttle ADD PRIMARY KEY (username)`);
  }
}
