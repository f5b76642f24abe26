import { migrationSchema } from '@gov/platform';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An Idempotency-Key whose call timed out stays "in progress" until `held_until` (the service may still be finishing
 * the work until the call's deadline, plus a margin for clock skew) instead of being released: a retry before then is
 * answered 409 with Retry-After, a retry after it asks the service again with the same key and gets the first result.
 */
export class GatewayIdempotencyHold1764900000000 implements MigrationInterface {
  name = 'GatewayIdempotencyHold1764900000000';

  async up(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`ALTER TABLE "${s}".idempotency_record ADD COLUMN held_until timestamptz`);
  }

  async down(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`ALTER TABLE "${s}".idempotency_record DROP COLUMN held_until`);
  }
}
