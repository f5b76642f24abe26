import type { MigrationInterface, QueryRunner } from 'typeorm';
import { migrationSchema } from '@gov/platform';

/**
 * 报销单 against the 差旅、会议 standards and the budget: a claim keeps its trips (差旅费), its meeting (会议费), the standards
 * version it was checked under and the budget item it is charged to; a budget entry made by a claim's payment names the
 * claim (at most one live payment entry per claim).
 */
export class ClaimStandards1766604000000 implements MigrationInterface {
  name = 'ClaimStandards1766604000000';

  async up(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`
      ALTER TABLE "${s}".claim
        ADD COLUMN trips jsonb NOT NULL DEFAULT '[]',
        ADD COLUMN meeting jsonb,
        ADD COLUMN standards_version text,
        ADD COLUMN budget_id uuid REFERENCES "${s}".budget (id),
        ADD COLUMN budget_item_key text,
        ADD CONSTRAINT claim_budget_pair_check CHECK ((budget_id IS NULL) = (budget_item_key IS NULL))`);
    await runner.query(`CREATE INDEX claim_budget_idx ON "${s}".claim (budget_id, budget_item_key) WHERE budget_id IS NOT NULL`);
    await runner.query(`ALTER TABLE "${s}".budget_entry ADD COLUMN claim_id uuid REFERENCES "${s}".claim (id)`);
    await runner.query(`CREATE UNIQUE INDEX budget_entry_claim_uidx ON "${s}".budget_entry (claim_id) WHERE claim_id IS NOT NULL AND status = 'recorded'`);
  }

  async down(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`DROP INDEX "${s}".budget_entry_claim_uidx`);
    await runner.query(`ALTER TABLE "${s}".budget_entry DROP COLUMN claim_id`);
    await runner.query(`DROP INDEX "${s}".claim_budget_idx`);
    await runner.query(`ALTER TABLE "${s}".claim DROP CONSTRAINT claim_budget_pair_check, DROP COLUMN budget_item_key, DROP COLUMN budget_id, DROP COLUMN standards_version, DROP COLUMN meeting, DROP COLUMN trips`);
  }
}
