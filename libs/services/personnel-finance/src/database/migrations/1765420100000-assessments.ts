import type { MigrationInterface, QueryRunner } from 'typeorm';
import { migrationSchema, RECORD_COLUMNS } from '@gov/platform';

/** 年度考核: one per year, its participants and their grades; finalised results kept as a snapshot (never deleted). */
export class Assessments1765420100000 implements MigrationInterface {
  name = 'Assessments1765420100000';

  async up(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`
      CREATE TABLE "${s}".assessment (
        id uuid PRIMARY KEY,
        year integer NOT NULL,
        title text NOT NULL,
        quota_version text NOT NULL,
        quota_approval jsonb NOT NULL DEFAULT 'null',
        status text NOT NULL CHECK (status IN ('open', 'finalized', 'withdrawn')),
        results jsonb NOT NULL DEFAULT 'null',
        finalized_at timestamptz,
        withdrawal_reason text,
        timeline jsonb NOT NULL DEFAULT '[]',
        ${RECORD_COLUMNS},
        CHECK (status <> 'withdrawn' OR withdrawal_reason IS NOT NULL)
      )`);
    await runner.query(`CREATE UNIQUE INDEX assessment_year_uq ON "${s}".assessment (year) WHERE status <> 'withdrawn'`);
    await runner.query(`
      CREATE TABLE "${s}".assessment_entry (
        id uuid PRIMARY KEY,
        assessment_id uuid NOT NULL REFERENCES "${s}".assessment (id),
        staff_member_id uuid NOT NULL,
        name text NOT NULL,
        section_code text NOT NULL,
        probationer boolean NOT NULL,
        grade text CHECK (grade IN ('excellent', 'competent', 'basically_competent', 'incompetent')),
        comment text,
        position integer NOT NULL,
        UNIQUE (assessment_id, staff_member_id),
        CHECK (NOT probationer OR grade IS NULL)
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`DROP TABLE "${s}".assessment_entry`);
    await runner.query(`DROP TABLE "${s}".assessment`);
  }
}
