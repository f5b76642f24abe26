import type { MigrationInterface, QueryRunner } from 'typeorm';
import { migrationSchema, RECORD_COLUMNS } from '@gov/platform';

/**
 * 部门政府信息公开工作年度报告 (第四十九条): the year's collection (`department_report_round`: the units expected to submit, the
 * 1/31 deadline, the 统一发布), one report per unit and year (`department_report`), and every submission, return, pass
 * and publication of a report as a row of its timeline (`department_report_step`, append-only). Nothing is deleted.
 */
export class DepartmentReports1766600100000 implements MigrationInterface {
  name = 'DepartmentReports1766600100000';

  async up(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`
      CREATE TABLE "${s}".department_report_round (
        id uuid PRIMARY KEY,
        year integer NOT NULL UNIQUE CHECK (year BETWEEN 2008 AND 2200),
        unit_ids jsonb NOT NULL DEFAULT '[]',
        due_date date NOT NULL,
        due_explanation jsonb NOT NULL DEFAULT '[]',
        status text NOT NULL CHECK (status IN ('collecting', 'published')),
        published_on date,
        published_by text,
        ${RECORD_COLUMNS},
        CHECK (status = 'collecting' OR published_on IS NOT NULL)
      )`);
    await runner.query(`
      CREATE TABLE "${s}".department_report (
        id uuid PRIMARY KEY,
        round_id uuid NOT NULL REFERENCES "${s}".department_report_round (id),
        year integer NOT NULL,
        unit_id uuid NOT NULL,
        text text NOT NULL DEFAULT '',
        attachments jsonb NOT NULL DEFAULT '[]',
        figures jsonb,
        status text NOT NULL CHECK (status IN ('submitted', 'returned', 'passed', 'published')),
        first_submitted_on date NOT NULL,
        submitted_on date NOT NULL,
        return_reason text,
        reviewed_by text,
        published_on date,
        ${RECORD_COLUMNS},
        UNIQUE (year, unit_id),
        CHECK (status <> 'returned' OR return_reason IS NOT NULL),
        CHECK (status <> 'published' OR published_on IS NOT NULL)
      )`);
    await runner.query(`CREATE INDEX department_report_round_idx ON "${s}".department_report (round_id, status)`);
    await runner.query(`
      CREATE TABLE "${s}".department_report_step (
        report_id uuid NOT NULL REFERENCES "${s}".department_report (id),
        seq integer NOT NULL CHECK (seq >= 1),
        action text NOT NULL CHECK (action IN ('submit', 'resubmit', 'return', 'pass', 'publish')),
        note text,
        content jsonb,
        at timestamptz NOT NULL,
        by text NOT NULL,
        PRIMARY KEY (report_id, seq)
      )`);
    // The timeline is the record of what each unit submitted and how it was checked: never changed or removed.
    await runner.query(`
      CREATE FUNCTION "${s}".department_report_step_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await runner.query(`CREATE TRIGGER department_report_step_append_only BEFORE UPDATE OR DELETE ON "${s}".department_report_step FOR EACH ROW EXECUTE PROCEDURE "${s}".department_report_step_refuse_change()`);
  }

  async down(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`DROP TABLE "${s}".department_report_step`);
    await runner.query(`DROP FUNCTION "${s}".department_report_step_refuse_change()`);
    await runner.query(`DROP TABLE "${s}".department_report`);
    await runner.query(`DROP TABLE "${s}".department_report_round`);
  }
}
