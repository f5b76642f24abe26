import type { MigrationInterface, QueryRunner } from 'typeorm';
import { migrationSchema } from '@gov/platform';

/**
 * 干部档案 entries of a staff record (issue 17 §1): 学历学位, 任职经历, 奖励, 处分 (with its period), 调配 and 公务员登记, kept
 * with the record (each added or voided is a new version of it, attributable); voided entries stay, marked.
 */
export class StaffRecordEntries1766530000200 implements MigrationInterface {
  name = 'StaffRecordEntries1766530000200';

  async up(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`ALTER TABLE "${s}".staff_member ADD COLUMN record_entries jsonb NOT NULL DEFAULT '[]'`);
  }

  async down(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`ALTER TABLE "${s}".staff_member DROP COLUMN record_entries`);
  }
}
