import type { MigrationInterface, QueryRunner } from 'typeorm';
import { migrationSchema } from '@gov/platform';

/** 撤销: an item not yet closed can be withdrawn by the office with a reason; who and when are kept on the record. */
export class SupervisionItemWithdrawal1764600300000 implements MigrationInterface {
  name = 'SupervisionItemWithdrawal1764600300000';

  async up(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`
      ALTER TABLE "${s}".supervision_item
        ADD COLUMN withdrawn_at timestamptz,
        ADD COLUMN withdrawn_by text,
        ADD COLUMN withdrawal_reason text,
        DROP CONSTRAINT supervision_item_status_check,
        ADD CONSTRAINT supervision_item_status_check
          CHECK (status IN ('needs_unit_resolution', 'assigned', 'acknowledged', 'in_progress', 'completion_reported', 'closed', 'withdrawn')),
        ADD CONSTRAINT supervision_item_withdrawal_check
          CHECK ((status = 'withdrawn') = (withdrawn_at IS NOT NULL AND withdrawn_by IS NOT NULL AND withdrawal_reason IS NOT NULL))`);
  }

  async down(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`
      ALTER TABLE "${s}".supervision_item
        DROP CONSTRAINT supervision_item_withdrawal_check,
        DROP CONSTRAINT supervision_item_status_check,
        ADD CONSTRAINT supervision_item_status_check
          CHECK (status IN ('needs_unit_resolution', 'assigned', 'acknowledged', 'in_progress', 'completion_reported', 'closed')),
        DROP COLUMN withdrawal_reason,
        DROP COLUMN withdrawn_by,
        DROP COLUMN withdrawn_at`);
  }
}
