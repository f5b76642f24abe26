import type { MigrationInterface, QueryRunner } from 'typeorm';
import { migrationSchema, RECORD_COLUMNS } from '@gov/platform';

/** 考核: periods with the indicator weights they were opened under, and manual adjustments with reason and who. */
export class SupervisionAssessment1764600100100 implements MigrationInterface {
  name = 'SupervisionAssessment1764600100100';

  async up(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`
      CREATE TABLE "${s}".assessment_period (
        id uuid PRIMARY KEY,
        name text NOT NULL,
        starts_on date NOT NULL,
        ends_on date NOT NULL,
        unit_types text[] NOT NULL,
        indicators jsonb NOT NULL,
        weights_source text NOT NULL,
        ${RECORD_COLUMNS},
        CHECK (ends_on >= starts_on)
      )`);
    await runner.query(`CREATE INDEX assessment_period_dates_idx ON "${s}".assessment_period (starts_on DESC)`);
    await runner.query(`
      CREATE TABLE "${s}".assessment_adjustment (
        id uuid PRIMARY KEY,
        period_id uuid NOT NULL REFERENCES "${s}".assessment_period (id),
        unit_id uuid NOT NULL,
        points numeric(5, 1) NOT NULL,
        reason text NOT NULL,
        created_by text NOT NULL,
        created_at timestamptz NOT NULL
      )`);
    await runner.query(`CREATE INDEX assessment_adjustment_period_idx ON "${s}".assessment_adjustment (period_id, unit_id)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`DROP TABLE "${s}".assessment_adjustment`);
    await runner.query(`DROP TABLE "${s}".assessment_period`);
  }
}
