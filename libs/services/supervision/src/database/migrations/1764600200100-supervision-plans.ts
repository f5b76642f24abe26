import type { MigrationInterface, QueryRunner } from 'typeorm';
import { migrationSchema, RECORD_COLUMNS } from '@gov/platform';

/** 督查活动计划备案: plans filed by units, approved or returned by 督查室, with their history. */
export class SupervisionPlans1764600200100 implements MigrationInterface {
  name = 'SupervisionPlans1764600200100';

  async up(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`
      CREATE TABLE "${s}".supervision_plan (
        id uuid PRIMARY KEY,
        unit_id uuid NOT NULL,
        title text NOT NULL,
        period_start date NOT NULL,
        period_end date NOT NULL,
        content text NOT NULL,
        attachments jsonb NOT NULL DEFAULT '[]',
        status text NOT NULL CHECK (status IN ('filed', 'approved', 'returned')),
        decision_note text,
        decided_by text,
        decided_at timestamptz,
        ${RECORD_COLUMNS},
        CHECK (period_end >= period_start),
        CHECK (status <> 'returned' OR decision_note IS NOT NULL)
      )`);
    await runner.query(`CREATE INDEX supervision_plan_unit_idx ON "${s}".supervision_plan (unit_id, status)`);
    await runner.query(`CREATE INDEX supervision_plan_list_idx ON "${s}".supervision_plan (status, created_at DESC)`);
    await runner.query(`
      CREATE TABLE "${s}".supervision_plan_history (
        id uuid PRIMARY KEY,
        plan_id uuid NOT NULL REFERENCES "${s}".supervision_plan (id),
        version integer NOT NULL,
        action text NOT NULL,
        note text NOT NULL,
        actor text NOT NULL,
        at timestamptz NOT NULL,
        UNIQUE (plan_id, version)
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`DROP TABLE "${s}".supervision_plan_history`);
    await runner.query(`DROP TABLE "${s}".supervision_plan`);
  }
}
