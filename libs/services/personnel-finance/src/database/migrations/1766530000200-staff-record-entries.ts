import type { MigrationInterface, QueryRunner } from 'typeorm';
import { migrationSchema } from '@gov/platform';

/**
 * 干部档案 entries of a staff record (issue 17 §1): 学历学位, 任职经历, 奖励, 处分 (with its period), 调配 and 公务员登记, kept
 * with the record (each added or voided is a new version of it, attributable); voided entries stay, marked. And 退休:
 * a member retires on a date with its approval's 文号, and is then one of the 离退休干部 whose services are recorded.
 */
export class StaffRecordEntries1766530000200 implements MigrationInterface {
  name = 'StaffRecordEntries1766530000200';

  async up(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`ALTER TABLE "${s}".staff_member ADD COLUMN record_entries jsonb NOT NULL DEFAULT '[]', ADD COLUMN retired_on date, ADD COLUMN retirement_document text`);
    // The inline CHECK of 1765420000000 is named staff_member_status_check by PostgreSQL.
    await runner.query(`ALTER TABLE "${s}".staff_member DROP CONSTRAINT staff_member_status_check`);
    await runner.query(`ALTER TABLE "${s}".staff_member ADD CONSTRAINT staff_member_status_check CHECK (status IN ('active', 'retired', 'withdrawn'))`);
    await runner.query(`ALTER TABLE "${s}".staff_member ADD CONSTRAINT staff_member_retired_check CHECK (status <> 'retired' OR (retired_on IS NOT NULL AND retirement_document IS NOT NULL))`);
  }

  async down(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`ALTER TABLE "${s}".staff_member DROP CONSTRAINT staff_member_retired_check, DROP CONSTRAINT staff_member_status_check`);
    await runner.query(`ALTER TABLE "${s}".staff_member ADD CONSTRAINT staff_member_status_check CHECK (status IN ('active', 'withdrawn'))`);
    await runner.query(`ALTER TABLE "${s}".staff_member DROP COLUMN record_entries, DROP COLUMN retired_on, DROP COLUMN retirement_document`);
  }
}
