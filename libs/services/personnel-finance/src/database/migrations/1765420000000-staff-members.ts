import type { MigrationInterface, QueryRunner } from 'typeorm';
import { migrationSchema, RECORD_COLUMNS } from '@gov/platform';

/** 工作人员: the office's staff records; 身份证号, 手机号 and salary encrypted (SM4) with their masked forms beside them. */
export class StaffMembers1765420000000 implements MigrationInterface {
  name = 'StaffMembers1765420000000';

  async up(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`
      CREATE TABLE "${s}".staff_member (
        id uuid PRIMARY KEY,
        name text NOT NULL,
        gender text NOT NULL CHECK (gender IN ('male', 'female')),
        id_number_encrypted text NOT NULL,
        id_number_masked text NOT NULL,
        mobile_encrypted text NOT NULL,
        mobile_masked text NOT NULL,
        salary_encrypted text NOT NULL,
        section_code text NOT NULL,
        category text NOT NULL CHECK (category IN ('civil_servant', 'managed', 'institution', 'worker')),
        post_title text NOT NULL,
        rank text NOT NULL,
        hired_on date NOT NULL,
        probation_ends_on date,
        status text NOT NULL CHECK (status IN ('active', 'withdrawn')),
        withdrawal_reason text,
        timeline jsonb NOT NULL DEFAULT '[]',
        ${RECORD_COLUMNS},
        CHECK (status <> 'withdrawn' OR withdrawal_reason IS NOT NULL)
      )`);
    await runner.query(`CREATE INDEX staff_member_list_idx ON "${s}".staff_member (status, section_code, name)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`DROP TABLE "${s}".staff_member`);
  }
}
