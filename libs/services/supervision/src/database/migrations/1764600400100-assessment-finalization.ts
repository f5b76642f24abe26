import type { MigrationInterface, QueryRunner } from 'typeorm';
import { migrationSchema } from '@gov/platform';

/**
 * 定稿: a period's ranked result stored once as the office finalized it (who, when, the weights, every unit's score and
 * rank, the adjustments counted). The stored row refuses UPDATE and DELETE; the period records who finalized it and when.
 */
export class SupervisionAssessmentFinalization1764600400100 implements MigrationInterface {
  name = 'SupervisionAssessmentFinalization1764600400100';

  async up(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`
      ALTER TABLE "${s}".assessment_period
        ADD COLUMN finalized_at timestamptz,
        ADD COLUMN finalized_by text,
        ADD CONSTRAINT assessment_period_finalized_check CHECK ((finalized_at IS NULL) = (finalized_by IS NULL))`);
    await runner.query(`
      CREATE TABLE "${s}".assessment_final_result (
        id uuid PRIMARY KEY,
        period_id uuid NOT NULL REFERENCES "${s}".assessment_period (id),
        period_version integer NOT NULL,
        as_of date NOT NULL,
        indicators jsonb NOT NULL,
        weights_source text NOT NULL,
        formula text NOT NULL,
        results jsonb NOT NULL,
        adjustments jsonb NOT NULL,
        note text,
        finalized_by text NOT NULL,
        finalized_at timestamptz NOT NULL
      )`);
    await runner.query(`CREATE UNIQUE INDEX assessment_final_result_period_uq ON "${s}".assessment_final_result (period_id)`);
    await runner.query(`
      CREATE FUNCTION "${s}".assessment_final_result_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION '已定稿的考核结果不能修改或删除';
      END $$`);
    await runner.query(`
      CREATE TRIGGER assessment_final_result_immutable BEFORE UPDATE OR DELETE ON "${s}".assessment_final_result
        FOR EACH ROW EXECUTE FUNCTION "${s}".assessment_final_result_immutable()`);
  }

  async down(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`DROP TABLE "${s}".assessment_final_result`);
    await runner.query(`DROP FUNCTION "${s}".assessment_final_result_immutable()`);
    await runner.query(`
      ALTER TABLE "${s}".assessment_period
        DROP CONSTRAINT assessment_period_finalized_check,
        DROP COLUMN finalized_by,
        DROP COLUMN finalized_at`);
  }
}
