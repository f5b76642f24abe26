import type { MigrationInterface, QueryRunner } from 'typeorm';
import { migrationSchema, RECORD_COLUMNS } from '@gov/platform';

/**
 * 党员: stage, development dates and steps, transfers, dues (the base encrypted), 身份证号 and 手机号 encrypted (SM4) with
 * their masked forms beside them; and the monthly dues collected. Never deleted: withdrawn with a reason.
 */
export class Members1765450100000 implements MigrationInterface {
  name = 'Members1765450100000';

  async up(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`
      CREATE TABLE "${s}".member (
        id uuid PRIMARY KEY,
        branch_id uuid NOT NULL REFERENCES "${s}".branch (id),
        name text NOT NULL,
        gender text NOT NULL CHECK (gender IN ('male', 'female')),
        id_number_encrypted text NOT NULL,
        id_number_masked text NOT NULL,
        mobile_encrypted text,
        mobile_masked text,
        post text,
        stage text NOT NULL CHECK (stage IN ('applicant', 'activist', 'candidate', 'probationary', 'full')),
        status text NOT NULL CHECK (status IN ('active', 'transferred_out', 'withdrawn')),
        applied_on date,
        talked_on date,
        activist_on date,
        candidate_on date,
        admitted_on date,
        approved_on date,
        full_on date,
        probation_extension_months integer NOT NULL DEFAULT 0 CHECK (probation_extension_months BETWEEN 0 AND 12),
        development jsonb NOT NULL DEFAULT '[]',
        transfers jsonb NOT NULL DEFAULT '[]',
        dues_category text CHECK (dues_category IN ('in_service', 'retired', 'student', 'low_income')),
        dues_base_encrypted text,
        dues_year integer,
        dues_monthly_fen integer CHECK (dues_monthly_fen >= 0),
        withdrawal_reason text,
        ${RECORD_COLUMNS},
        CHECK (status <> 'withdrawn' OR withdrawal_reason IS NOT NULL)
      )`);
    await runner.query(`CREATE INDEX member_branch_idx ON "${s}".member (branch_id, status, stage)`);
    await runner.query(`CREATE INDEX member_list_idx ON "${s}".member (status, created_at DESC)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`DROP TABLE "${s}".member`);
  }
}
