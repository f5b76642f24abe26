import type { MigrationInterface, QueryRunner } from 'typeorm';
import { migrationSchema, RECORD_COLUMNS } from '@gov/platform';

/**
 * 政务公开考评 (迎接考核): one per year and evaluator (省/市) while not withdrawn; the indicators with their evidence and
 * self-assessment as a document of the record, the evaluator's result and the frozen snapshot taken when it is recorded;
 * the timeline in `openness_evaluation_step`. Never deleted: withdrawn with a reason, evidence voided with a reason.
 */
export class OpennessEvaluations1766601100000 implements MigrationInterface {
  name = 'OpennessEvaluations1766601100000';

  async up(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`
      CREATE TABLE "${s}".openness_evaluation (
        id uuid PRIMARY KEY,
        year integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
        evaluator text NOT NULL CHECK (evaluator IN ('province', 'city')),
        title text NOT NULL,
        due_on date NOT NULL,
        indicators jsonb NOT NULL,
        status text NOT NULL CHECK (status IN ('preparing', 'submitted', 'resulted', 'withdrawn')),
        submitted_on date,
        result jsonb,
        frozen_snapshot jsonb,
        withdrawal_reason text,
        ${RECORD_COLUMNS},
        CHECK (status <> 'withdrawn' OR withdrawal_reason IS NOT NULL),
        CHECK (status NOT IN ('submitted', 'resulted') OR submitted_on IS NOT NULL),
        CHECK (status <> 'resulted' OR (result IS NOT NULL AND frozen_snapshot IS NOT NULL))
      )`);
    await runner.query(`CREATE UNIQUE INDEX openness_evaluation_year_key ON "${s}".openness_evaluation (year, evaluator) WHERE status <> 'withdrawn'`);
    await runner.query(`CREATE INDEX openness_evaluation_list_idx ON "${s}".openness_evaluation (year DESC, created_at DESC)`);
    await runner.query(`
      CREATE TABLE "${s}".openness_evaluation_step (
        seq bigserial PRIMARY KEY,
        evaluation_id uuid NOT NULL REFERENCES "${s}".openness_evaluation (id),
        at timestamptz NOT NULL,
        by_username text NOT NULL,
        step text NOT NULL,
        label text NOT NULL,
        note text
      )`);
    await runner.query(`CREATE INDEX openness_evaluation_step_idx ON "${s}".openness_evaluation_step (evaluation_id, seq)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`DROP TABLE "${s}".openness_evaluation_step`);
    await runner.query(`DROP TABLE "${s}".openness_evaluation`);
  }
}
