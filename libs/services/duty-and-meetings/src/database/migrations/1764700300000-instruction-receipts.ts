import type { MigrationInterface, QueryRunner } from 'typeorm';
import { migrationSchema } from '@gov/platform';

/**
 * 签收 of a leader's instruction by each unit it was relayed to: the relay row gains the receipt (when, and which liaison),
 * and a unit's instructions are listed by the unit.
 */
export class InstructionReceipts1764700300000 implements MigrationInterface {
  name = 'InstructionReceipts1764700300000';

  async up(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`ALTER TABLE "${s}".duty_instruction_relay DROP CONSTRAINT duty_instruction_relay_status_check`);
    await runner.query(`
      ALTER TABLE "${s}".duty_instruction_relay
        ADD COLUMN received_at timestamptz,
        ADD COLUMN received_by text,
        ADD CONSTRAINT duty_instruction_relay_status_check CHECK (status IN ('pending', 'notified', 'received')),
        ADD CONSTRAINT duty_instruction_relay_receipt_check CHECK ((status = 'received') = (received_at IS NOT NULL AND received_by IS NOT NULL))`);
    await runner.query(`CREATE INDEX duty_instruction_relay_unit_idx ON "${s}".duty_instruction_relay (unit_id, status)`);
    await runner.query(`CREATE INDEX duty_instruction_instructed_idx ON "${s}".duty_instruction (instructed_at DESC, id)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`DROP INDEX "${s}".duty_instruction_instructed_idx`);
    await runner.query(`DROP INDEX "${s}".duty_instruction_relay_unit_idx`);
    await runner.query(`UPDATE "${s}".duty_instruction_relay SET status = 'notified' WHERE status = 'received'`);
    await runner.query(`
      ALTER TABLE "${s}".duty_instruction_relay
        DROP CONSTRAINT duty_instruction_relay_receipt_check,
        DROP CONSTRAINT duty_instruction_relay_status_check,
        DROP COLUMN received_at,
        DROP COLUMN received_by,
        ADD CONSTRAINT duty_instruction_relay_status_check CHECK (status IN ('pending', 'notified'))`);
  }
}
