import { migrationSchema } from '@gov/platform';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The leader a 批示 is addressed to (呈送/请其阅处): the section serving that leader follows the 批示. */
export class InstructionAddressedLeader1765460000200 implements MigrationInterface {
  name = 'InstructionAddressedLeader1765460000200';

  async up(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`ALTER TABLE "${s}".leader_instruction ADD COLUMN addressed_leader_title text`);
  }

  async down(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`ALTER TABLE "${s}".leader_instruction DROP COLUMN addressed_leader_title`);
  }
}
