import type { MigrationInterface, QueryRunner } from 'typeorm';
import { migrationSchema } from '@gov/platform';
import { supervisedItemTableSql } from '@gov/read-model-supervised-items';

/**
 * 转督办 (issue 15 §5): a red (overdue) 依申请公开申请 reaches supervision as a 督办事项 when the office chooses, once:
 * when and by whom it was sent (the step itself is a line of the application's timeline); and the read model of the item
 * supervision opened, fed by its `item.changed`, so that the case file shows where the 督办 stands.
 */
export class ApplicationSupervision1766530000100 implements MigrationInterface {
  name = 'ApplicationSupervision1766530000100';

  async up(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`ALTER TABLE "${s}".application ADD COLUMN supervision_requested_at timestamptz, ADD COLUMN supervision_requested_by text`);
    for (const statement of supervisedItemTableSql(s)) await runner.query(statement);
  }

  async down(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`DROP TABLE "${s}".supervised_item`);
    await runner.query(`ALTER TABLE "${s}".application DROP COLUMN supervision_requested_at, DROP COLUMN supervision_requested_by`);
  }
}
