import type { MigrationInterface, QueryRunner } from 'typeorm';
import { migrationSchema } from '../database/data-source.js';

/**
 * The idempotency keys of the request-reply calls whose effect committed (see IdempotencyStore): recorded in the
 * transaction of the effect with the reply, so a retry of a call after a timeout gets the first reply and creates
 * nothing new. Kept 24 hours, like the gateway's Idempotency-Key records.
 */
export class PlatformIdempotency1764100000100 implements MigrationInterface {
  name = 'PlatformIdempotency1764100000100';

  async up(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`
      CREATE TABLE "${s}".idempotency (
        key text NOT NULL,
        subject text NOT NULL,
        reply jsonb,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (key, subject)
      )`);
    await runner.query(`CREATE INDEX idempotency_created_idx ON "${s}".idempotency (created_at)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`DROP TABLE "${s}".idempotency`);
  }
}
