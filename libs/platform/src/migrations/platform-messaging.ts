import type { MigrationInterface, QueryRunner } from 'typeorm';
import { migrationSchema } from '../database/data-source.js';


/**
 * The outbox (events written in the same transaction as the change), the inbox (events already applied,
 * per consumer) and the dead letters (events that failed every delivery, for an operator to replay).
 * Every service's migrations start with this one.
 */
export class PlatformMessaging1764100000000 implements MigrationInterface {
  name = 'PlatformMessaging1764100000000';

  async up(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`
      CREATE TABLE "${s}".outbox (
        id uuid PRIMARY KEY,
        seq bigserial NOT NULL UNIQUE,
        subject text NOT NULL,
        envelope jsonb NOT NULL,
        headers jsonb NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now(),
        sent_at timestamptz,
        attempts integer NOT NULL DEFAULT 0,
        last_error text
      )`);
    await runner.query(`CREATE INDEX outbox_unsent_idx ON "${s}".outbox (seq) WHERE sent_at IS NULL`);
    await runner.query(`
      CREATE TABLE "${s}".inbox (
        consumer text NOT NULL,
        event_id uuid NOT NULL,
        subject text NOT NULL,
        processed_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (consumer, event_id)
      )`);
    await runner.query(`
      CREATE TABLE "${s}".dead_letter (
        id uuid PRIMARY KEY,
        consumer text NOT NULL,
        subject text NOT NULL,
        event_id uuid NOT NULL,
        envelope jsonb NOT NULL,
        headers jsonb NOT NULL DEFAULT '{}',
        deliveries integer NOT NULL,
        error text NOT NULL,
        status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'replayed')),
        failed_at timestamptz NOT NULL DEFAULT now(),
        replayed_at timestamptz,
        replayed_by text,
        UNIQUE (consumer, event_id)
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`DROP TABLE "${s}".dead_letter`);
    await runner.query(`DROP TABLE "${s}".inbox`);
    await runner.query(`DROP TABLE "${s}".outbox`);
  }
}
