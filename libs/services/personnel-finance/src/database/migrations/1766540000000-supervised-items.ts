import type { MigrationInterface, QueryRunner } from 'typeorm';
import { migrationSchema } from '@gov/platform';
import { supervisedItemTableSql } from '@gov/read-model-supervised-items';

/**
 * The read model of the 督办事项 opened from the decided items of 党组会、主任办公会 (fed by supervision's `item.changed`):
 * state, light, deadline and units, shown on the decided item (units' names from the unit directory copy).
 */
export class SupervisedItems1766540000000 implements MigrationInterface {
  name = 'SupervisedItems1766540000000';

  async up(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    for (const statement of supervisedItemTableSql(s)) await runner.query(statement);
    // A change of an item finds its meeting by the decided item's id (inside `decisions`).
    await runner.query(`CREATE INDEX leading_group_meeting_decisions_idx ON "${s}".leading_group_meeting USING gin (decisions jsonb_path_ops)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`DROP INDEX "${s}".leading_group_meeting_decisions_idx`);
    await runner.query(`DROP TABLE "${s}".supervised_item`);
  }
}
