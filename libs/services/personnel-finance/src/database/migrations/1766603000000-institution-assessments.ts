import type { MigrationInterface, QueryRunner } from 'typeorm';
import { migrationSchema, RECORD_COLUMNS } from '@gov/platform';

/**
 * 事业单位绩效考核: one scheme a year (indicators, bands, 优秀 quota) and its units' self and review scores. Once the
 * results are final (结果确定) a trigger refuses any change of the record or its units (never deleted: withdrawn with a reason).
 */
export class InstitutionAssessments1766603000000 implements MigrationInterface {
  name = 'InstitutionAssessments1766603000000';

  async up(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`
      CREATE TABLE "${s}".institution_assessment (
        id uuid PRIMARY KEY,
        year integer NOT NULL,
        title text NOT NULL,
        indicators jsonb NOT NULL,
        bands jsonb NOT NULL,
        excellent_quota_percent integer NOT NULL CHECK (excellent_quota_percent BETWEEN 1 AND 100),
        config_version text NOT NULL,
        status text NOT NULL CHECK (status IN ('self_assessment', 'reviewing', 'finalized', 'withdrawn')),
        results jsonb NOT NULL DEFAULT 'null',
        finalized_at timestamptz,
        withdrawal_reason text,
        timeline jsonb NOT NULL DEFAULT '[]',
        ${RECORD_COLUMNS},
        CHECK (status <> 'withdrawn' OR withdrawal_reason IS NOT NULL),
        CHECK (status <> 'finalized' OR finalized_at IS NOT NULL)
      )`);
    await runner.query(`CREATE UNIQUE INDEX institution_assessment_year_uq ON "${s}".institution_assessment (year) WHERE status <> 'withdrawn'`);
    await runner.query(`
      CREATE TABLE "${s}".institution_assessment_unit (
        id uuid PRIMARY KEY,
        assessment_id uuid NOT NULL REFERENCES "${s}".institution_assessment (id),
        unit_id uuid NOT NULL,
        unit_name text NOT NULL,
        self_scores jsonb NOT NULL DEFAULT '[]',
        self_total integer,
        self_submitted_at timestamptz,
        self_submitted_by text,
        review_scores jsonb NOT NULL DEFAULT '[]',
        total integer,
        grade text CHECK (grade IN ('excellent', 'good', 'pass', 'fail')),
        reviewed_at timestamptz,
        reviewed_by text,
        position integer NOT NULL,
        UNIQUE (assessment_id, unit_id)
      )`);
    await runner.query(`CREATE INDEX institution_assessment_unit_unit_idx ON "${s}".institution_assessment_unit (unit_id)`);
    await runner.query(`
      CREATE FUNCTION "${s}".institution_assessment_final() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_TABLE_NAME = 'institution_assessment' THEN
          IF OLD.status = 'finalized' THEN RAISE EXCEPTION '事业单位绩效考核结果已确定，不能修改' USING ERRCODE = 'check_violation'; END IF;
        ELSIF EXISTS (SELECT 1 FROM "${s}".institution_assessment a WHERE a.id = OLD.assessment_id AND a.status = 'finalized') THEN
          RAISE EXCEPTION '事业单位绩效考核结果已确定，不能修改' USING ERRCODE = 'check_violation';
        END IF;
        RETURN NEW;
      END $$`);
    await runner.query(`CREATE TRIGGER institution_assessment_final BEFORE UPDATE OR DELETE ON "${s}".institution_assessment FOR EACH ROW EXECUTE FUNCTION "${s}".institution_assessment_final()`);
    await runner.query(`CREATE TRIGGER institution_assessment_unit_final BEFORE UPDATE OR DELETE ON "${s}".institution_assessment_unit FOR EACH ROW EXECUTE FUNCTION "${s}".institution_assessment_final()`);
  }

  async down(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`DROP TABLE "${s}".institution_assessment_unit`);
    await runner.query(`DROP TABLE "${s}".institution_assessment`);
    await runner.query(`DROP FUNCTION "${s}".institution_assessment_final()`);
  }
}
