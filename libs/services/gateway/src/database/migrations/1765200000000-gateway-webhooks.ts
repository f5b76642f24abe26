import { migrationSchema, RECORD_COLUMNS } from '@gov/platform';
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { grantPermissions, revokePermissions, type RolePermission } from '../permissions/seed-permissions.js';

/** Only the system administrator registers and operates webhooks (the permission string is in @gov/contracts-gateway). */
const ROLE_PERMISSIONS: RolePermission[] = [['sys_admin', 'webhooks:manage']];

/**
 * Webhooks (issue 22): subscriptions (never deleted: retired with a reason; the secret sealed with FIELD_ENCRYPTION_KEY),
 * the events read for them (the exact body that is signed, once per event), and one delivery per event × subscription,
 * which makes the fan-out idempotent. A subscription paused for failing opens a task of the system administrator.
 */
export class GatewayWebhooks1765200000000 implements MigrationInterface {
  name = 'GatewayWebhooks1765200000000';

  async up(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`
      CREATE TABLE "${s}".webhook_subscription (
        id uuid PRIMARY KEY,
        url text NOT NULL,
        subjects text[] NOT NULL,
        description text NOT NULL,
        secret_sealed text NOT NULL,
        secret_rotated_at timestamptz,
        state text NOT NULL DEFAULT 'active' CHECK (state IN ('active', 'paused', 'retired')),
        state_reason text,
        state_changed_at timestamptz,
        state_changed_by text,
        consecutive_failures integer NOT NULL DEFAULT 0,
        failing_since timestamptz,
        last_success_at timestamptz,
        last_failure_at timestamptz,
        last_error text,
        ${RECORD_COLUMNS}
      )`);
    await runner.query(`
      CREATE TABLE "${s}".webhook_event (
        event_id uuid PRIMARY KEY,
        subject text NOT NULL,
        producer text NOT NULL,
        occurred_at timestamptz NOT NULL,
        body text NOT NULL,
        received_at timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(`
      CREATE TABLE "${s}".webhook_delivery (
        id uuid PRIMARY KEY,
        seq bigint GENERATED ALWAYS AS IDENTITY,
        subscription_id uuid NOT NULL REFERENCES "${s}".webhook_subscription (id),
        event_id uuid NOT NULL REFERENCES "${s}".webhook_event (event_id),
        status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'delivered')),
        attempts integer NOT NULL DEFAULT 0,
        next_attempt_at timestamptz NOT NULL DEFAULT now(),
        lease_until timestamptz,
        last_attempt_at timestamptz,
        last_status integer,
        last_error text,
        last_duration_ms integer,
        delivered_at timestamptz,
        replays integer NOT NULL DEFAULT 0,
        replayed_at timestamptz,
        replayed_by text,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (subscription_id, event_id)
      )`);
    await runner.query(`CREATE INDEX webhook_delivery_pending_idx ON "${s}".webhook_delivery (subscription_id, seq) WHERE status = 'pending'`);
    await runner.query(`CREATE INDEX webhook_delivery_list_idx ON "${s}".webhook_delivery (subscription_id, seq DESC)`);
    // The administrator's task when a subscription is paused for failing: the same list as the dead letters'.
    await runner.query(`ALTER TABLE "${s}".admin_task DROP CONSTRAINT admin_task_kind_check`);
    await runner.query(`ALTER TABLE "${s}".admin_task ADD CONSTRAINT admin_task_kind_check CHECK (kind IN ('dead_letter', 'webhook_paused'))`);
    await runner.query(`ALTER TABLE "${s}".admin_task ALTER COLUMN dead_letter_id DROP NOT NULL`);
    await runner.query(`ALTER TABLE "${s}".admin_task ADD COLUMN webhook_id uuid REFERENCES "${s}".webhook_subscription (id)`);
    await runner.query(`ALTER TABLE "${s}".admin_task ADD CONSTRAINT admin_task_kind_ref_check CHECK ((kind = 'dead_letter') = (dead_letter_id IS NOT NULL) AND (kind = 'webhook_paused') = (webhook_id IS NOT NULL))`);
    await runner.query(`CREATE UNIQUE INDEX admin_task_webhook_open_idx ON "${s}".admin_task (webhook_id) WHERE kind = 'webhook_paused' AND status = 'open'`);
    await grantPermissions(runner, ROLE_PERMISSIONS, []);
  }

  async down(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await revokePermissions(runner, ROLE_PERMISSIONS, []);
    await runner.query(`DROP INDEX "${s}".admin_task_webhook_open_idx`);
    await runner.query(`ALTER TABLE "${s}".admin_task DROP CONSTRAINT admin_task_kind_ref_check`);
    await runner.query(`ALTER TABLE "${s}".admin_task DROP COLUMN webhook_id`);
    await runner.query(`ALTER TABLE "${s}".admin_task DROP CONSTRAINT admin_task_kind_check`);
    await runner.query(`ALTER TABLE "${s}".admin_task ADD CONSTRAINT admin_task_kind_check CHECK (kind IN ('dead_letter'))`);
    await runner.query(`DROP TABLE "${s}".webhook_delivery`);
    await runner.query(`DROP TABLE "${s}".webhook_event`);
    await runner.query(`DROP TABLE "${s}".webhook_subscription`);
  }
}
