import type { MigrationInterface, QueryRunner } from 'typeorm';
import { migrationSchema, RECORD_COLUMNS } from '@gov/platform';

/** 内部审计 of the subordinate units: the plan, its findings (with rectification and 核查) and timeline (never deleted: withdrawn with a reason). */
export class InternalAudits1766550100000 implements MigrationInterface {
  name = 'InternalAudits1766550100000';

  async up(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`
      CREATE TABLE "${s}".internal_audit (
        id uuid PRIMARY KEY,
        unit_id uuid NOT NULL,
        unit_name text NOT NULL,
        period_from date NOT NULL,
        period_to date NOT NULL,
        scope text NOT NULL,
        team jsonb NOT NULL,
        planned_on date NOT NULL,
        started_on date,
        report_number text,
        reported_on date,
        closed_on date,
        findings jsonb NOT NULL DEFAULT '[]',
        status text NOT NULL CHECK (status IN ('planned', 'fieldwork', 'reported', 'closed', 'withdrawn')),
        withdrawal_reason text,
        timeline jsonb NOT NULL DEFAULT '[]',
        ${RECORD_COLUMNS},
        CHECK (period_from <= period_to),
        CHECK (jsonb_array_length(team) >= 2),
        CHECK (status <> 'withdrawn' OR withdrawal_reason IS NOT NULL),
        CHECK (status NOT IN ('reported', 'closed') OR report_number IS NOT NULL)
      )`);
    await runner.query(`CREATE INDEX internal_audit_list_idx ON "${s}".internal_audit (status, planned_on DESC)`);
    await runner.query(`CREATE INDEX internal_audit_unit_idx ON "${s}".internal_audit (unit_id, planned_on DESC)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`DROP TABLE "${s}".internal_audit`);
  }
}
