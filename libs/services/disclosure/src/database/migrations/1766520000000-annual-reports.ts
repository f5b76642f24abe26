import type { MigrationInterface, QueryRunner } from 'typeorm';
import { migrationSchema, RECORD_COLUMNS } from '@gov/platform';

/**
 * 政府信息公开工作年度报告 as a record (第四十九、五十条): one per year, with the 主动公开 tables the section enters and the
 * narrative sections; every save a revision row (who entered what); 定稿 and each later 更正 an immutable snapshot row
 * (never changed, never deleted).
 */
export class AnnualReports1766520000000 implements MigrationInterface {
  name = 'AnnualReports1766520000000';

  async up(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`
      CREATE TABLE "${s}".annual_report (
        id uuid PRIMARY KEY,
        year integer NOT NULL UNIQUE CHECK (year BETWEEN 2008 AND 2200),
        status text NOT NULL CHECK (status IN ('draft', 'final')),
        tables jsonb,
        narrative jsonb NOT NULL,
        edition integer NOT NULL DEFAULT 0 CHECK (edition >= 0),
        ${RECORD_COLUMNS},
        CHECK (status = 'draft' OR (edition >= 1 AND tables IS NOT NULL))
      )`);
    await runner.query(`
      CREATE TABLE "${s}".annual_report_revision (
        report_id uuid NOT NULL REFERENCES "${s}".annual_report (id),
        version integer NOT NULL CHECK (version >= 1),
        action text NOT NULL CHECK (action IN ('create', 'save', 'finalise', 'correct')),
        tables jsonb,
        narrative jsonb NOT NULL,
        note text,
        at timestamptz NOT NULL,
        by text NOT NULL,
        PRIMARY KEY (report_id, version)
      )`);
    await runner.query(`
      CREATE TABLE "${s}".annual_report_snapshot (
        id uuid PRIMARY KEY,
        report_id uuid NOT NULL REFERENCES "${s}".annual_report (id),
        edition integer NOT NULL CHECK (edition >= 1),
        kind text NOT NULL CHECK (kind IN ('final', 'correction')),
        reason text,
        title text NOT NULL,
        computed jsonb NOT NULL,
        tables jsonb NOT NULL,
        narrative jsonb NOT NULL,
        taken_at timestamptz NOT NULL,
        taken_by text NOT NULL,
        UNIQUE (report_id, edition),
        CHECK (kind = 'final' OR reason IS NOT NULL)
      )`);
    // The editions and the revisions are the record of what was published and who entered what: never changed or removed.
    await runner.query(`
      CREATE FUNCTION "${s}".annual_report_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    for (const table of ['annual_report_snapshot', 'annual_report_revision']) {
      await runner.query(`CREATE TRIGGER ${table}_append_only BEFORE UPDATE OR DELETE ON "${s}".${table} FOR EACH ROW EXECUTE PROCEDURE "${s}".annual_report_refuse_change()`);
      await runner.query(`CREATE TRIGGER ${table}_no_truncate BEFORE TRUNCATE ON "${s}".${table} FOR EACH STATEMENT EXECUTE PROCEDURE "${s}".annual_report_refuse_change()`);
    }
  }

  async down(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`DROP TABLE "${s}".annual_report_snapshot`);
    await runner.query(`DROP TABLE "${s}".annual_report_revision`);
    await runner.query(`DROP TABLE "${s}".annual_report`);
    await runner.query(`DROP FUNCTION "${s}".annual_report_refuse_change()`);
  }
}
