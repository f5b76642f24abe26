import { migrationSchema } from '@gov/platform';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The read model of the 督办事项 that supervision opened for this service's 批示, fed by `evt.supervision.item.changed`:
 * one row per item with its state, light, deadline and where each unit stands, at the highest (version, at) seen.
 */
export class SupervisedItems1765460000000 implements MigrationInterface {
  name = 'SupervisedItems1765460000000';

  async up(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`
      CREATE TABLE "${s}".supervised_item (
        item_id uuid PRIMARY KEY,
        source_kind text NOT NULL,
        source_id uuid NOT NULL,
        title text NOT NULL,
        status text NOT NULL,
        light text NOT NULL,
        light_reason text,
        due_date date,
        lead_unit_id uuid,
        co_unit_ids uuid[] NOT NULL DEFAULT '{}',
        units jsonb NOT NULL DEFAULT '[]',
        last_action text NOT NULL,
        last_note text,
        item_version integer NOT NULL,
        changed_at timestamptz NOT NULL,
        received_at timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(`CREATE INDEX supervised_item_source_idx ON "${s}".supervised_item (source_kind, source_id)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`DROP TABLE "${s}".supervised_item`);
  }
}
