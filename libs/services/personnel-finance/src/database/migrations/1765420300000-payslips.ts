import type { MigrationInterface, QueryRunner } from 'typeorm';
import { migrationSchema, RECORD_COLUMNS } from '@gov/platform';

/** 工资扣缴: one person and month; the amounts encrypted together (SM4), the rates version kept (never deleted). */
export class Payslips1765420300000 implements MigrationInterface {
  name = 'Payslips1765420300000';

  async up(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`
      CREATE TABLE "${s}".payslip (
        id uuid PRIMARY KEY,
        staff_member_id uuid NOT NULL,
        name text NOT NULL,
        section_code text NOT NULL,
        year integer NOT NULL,
        month integer NOT NULL CHECK (month BETWEEN 1 AND 12),
        status text NOT NULL CHECK (status IN ('computed', 'confirmed', 'withdrawn')),
        rates_version text NOT NULL,
        figures_encrypted text NOT NULL,
        withdrawal_reason text,
        timeline jsonb NOT NULL DEFAULT '[]',
        ${RECORD_COLUMNS},
        CHECK (status <> 'withdrawn' OR withdrawal_reason IS NOT NULL)
      )`);
    await runner.query(`CREATE UNIQUE INDEX payslip_person_month_uq ON "${s}".payslip (staff_member_id, year, month) WHERE status <> 'withdrawn'`);
    await runner.query(`CREATE INDEX payslip_month_idx ON "${s}".payslip (year, month, section_code, name)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`DROP TABLE "${s}".payslip`);
  }
}
