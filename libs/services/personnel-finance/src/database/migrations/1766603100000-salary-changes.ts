import type { MigrationInterface, QueryRunner } from 'typeorm';
import { migrationSchema, RECORD_COLUMNS } from '@gov/platform';

/**
 * 工资晋级晋档: one change of a staff member's 级别/档次 with its effective month; the 基本工资 amounts SM4-encrypted.
 * Never deleted: a wrong change is voided with a reason.
 */
export class SalaryChanges1766603100000 implements MigrationInterface {
  name = 'SalaryChanges1766603100000';

  async up(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`
      CREATE TABLE "${s}".salary_change (
        id uuid PRIMARY KEY,
        staff_member_id uuid NOT NULL,
        name text NOT NULL,
        section_code text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('regular_step', 'grade_promotion', 'post_promotion', 'other')),
        before_grade integer NOT NULL CHECK (before_grade BETWEEN 1 AND 27),
        before_step integer NOT NULL CHECK (before_step BETWEEN 1 AND 14),
        after_grade integer NOT NULL CHECK (after_grade BETWEEN 1 AND 27),
        after_step integer NOT NULL CHECK (after_step BETWEEN 1 AND 14),
        amounts_encrypted text NOT NULL,
        effective_year integer NOT NULL,
        effective_month integer NOT NULL CHECK (effective_month BETWEEN 1 AND 12),
        basis_document text NOT NULL,
        basis text,
        approved_by text NOT NULL,
        approved_on date NOT NULL,
        check_note text NOT NULL,
        status text NOT NULL CHECK (status IN ('effective', 'voided')),
        void_reason text,
        timeline jsonb NOT NULL DEFAULT '[]',
        ${RECORD_COLUMNS},
        CHECK (status <> 'voided' OR void_reason IS NOT NULL)
      )`);
    await runner.query(`CREATE INDEX salary_change_person_idx ON "${s}".salary_change (staff_member_id, effective_year, effective_month)`);
    await runner.query(`CREATE INDEX salary_change_list_idx ON "${s}".salary_change (status, created_at DESC)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`DROP TABLE "${s}".salary_change`);
  }
}
