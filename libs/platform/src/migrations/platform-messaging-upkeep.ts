import type { MigrationInterface, QueryRunner } from 'typeorm';
import { migrationSchema } from '../database/data-source.js';

/**
 * The outbox publishes outside a transaction: a row is claimed for a short lease (`claimed_until`), published, and
 * its outcome (sent, or attempts and last error with the next try after a backoff) committed on its own. Indexes for
 * the retention job, which purges sent outbox rows and old inbox rows in batches.
 */
export class PlatformMessagingUpkeep1764100000050 implements MigrationInterface {
  name = 'PlatformMessagingUpkeep1764100000050';

  async up(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`ALTER TABLE "${s}".outbox ADD COLUMN claimed_until timestamptz`);
    await runner.query(`CREATE INDEX outbox_sent_idx ON "${s}".outbox (sent_at) WHERE sent_at IS NOT NULL`);
    await runner.query(`CREATE INDEX inbox_processed_idx ON "${s}".inbox (processed_at)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`DROP INDEX "${s}".inbox_processed_idx`);
    await runner.query(`DROP INDEX "${s}".outbox_sent_idx`);
    await runner.query(`ALTER TABLE "${s}".outbox DROP COLUMN claimed_until`);
  }
}
