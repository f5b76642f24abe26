import type { MigrationInterface, QueryRunner } from 'typeorm';
import { migrationSchema } from '@gov/platform';
import { supervisedItemTableSql } from '@gov/read-model-supervised-items';

/**
 * The read model of the 督办事项 opened from the decided items of the 外事委会议 (fed by supervision's `item.changed`):
 * state, light, deadline and units, shown on the decided item (units' names from the unit directory copy).
 */
export class SupervisedItems1766540100000 implements MigrationInterface {
  name = 'SupervisedItems1766540100000';

  async up(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    for (const statement of supervisedItemTableSql(s)) await runner.query(statement);
    // A change of an item finds its meeting by the decided item's id (inside `decisions`).
    await runner.query(`CREATE INDEX committee_meeting_decisions_idx ON "${s}".committee_meeting USING gin (decisions jsonb_path_ops)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`DROP INDEX "${s}".committee_meeting_decisions_idx`);
    await runner.query(`DROP TABLE "${s}".supervised_item`);
  }
}
