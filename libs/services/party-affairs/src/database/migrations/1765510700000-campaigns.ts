import type { MigrationInterface, QueryRunner } from 'typeorm';
import { migrationSchema, RECORD_COLUMNS } from '@gov/platform';

/**
 * 主题教育: a campaign with its plan's tasks, the branches they fall to (names kept as when assigned) and each branch's
 * completions, as JSON under the campaign's version; `unit_ids` are the units of those branches (a liaison's scope).
 */
export class Campaigns1765510700000 implements MigrationInterface {
  name = 'Campaigns1765510700000';

  async up(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`
      CREATE TABLE "${s}".campaign (
        id uuid PRIMARY KEY,
        name text NOT NULL,
        starts_on date NOT NULL,
        ends_on date NOT NULL,
        basis_document text NOT NULL,
        tasks jsonb NOT NULL,
        branches jsonb NOT NULL,
        completions jsonb NOT NULL DEFAULT '[]',
        unit_ids uuid[] NOT NULL DEFAULT '{}',
        status text NOT NULL CHECK (status IN ('open', 'withdrawn')),
        withdrawal_reason text,
        ${RECORD_COLUMNS},
        CHECK (ends_on >= starts_on),
        CHECK (status <> 'withdrawn' OR withdrawal_reason IS NOT NULL)
      )`);
    await runner.query(`CREATE INDEX campaign_list_idx ON "${s}".campaign (status, starts_on DESC)`);
    await runner.query(`CREATE INDEX campaign_units_idx ON "${s}".campaign USING gin (unit_ids)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`DROP TABLE "${s}".campaign`);
  }
}
