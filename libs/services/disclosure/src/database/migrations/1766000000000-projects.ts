import type { MigrationInterface, QueryRunner } from 'typeorm';
import { migrationSchema, RECORD_COLUMNS } from '@gov/platform';

/**
 * 政务信息化 / 智慧城市 / 政务数据项目: 审核 → 实施监督 → 验收 → 绩效评估, with the timeline of every step
 * (`project_step`, the supervision records among them). Never deleted: withdrawn with a reason.
 */
export class Projects1766000000000 implements MigrationInterface {
  name = 'Projects1766000000000';

  async up(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`
      CREATE TABLE "${s}".project (
        id uuid PRIMARY KEY,
        unit_id uuid,
        title text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('e_government', 'smart_city', 'data')),
        content text NOT NULL,
        budget_yuan integer NOT NULL CHECK (budget_yuan > 0),
        planned_start_on date NOT NULL,
        planned_end_on date NOT NULL,
        status text NOT NULL CHECK (status IN ('submitted', 'returned', 'implementing', 'accepted', 'evaluated', 'withdrawn')),
        submitted_on date NOT NULL,
        reviewed_on date,
        reviewed_by text,
        review_opinion text,
        supervision_count integer NOT NULL DEFAULT 0,
        accepted_on date,
        acceptance_result text CHECK (acceptance_result IN ('passed', 'failed')),
        acceptance_experts jsonb NOT NULL DEFAULT '[]',
        acceptance_opinion text,
        evaluated_on date,
        score integer CHECK (score BETWEEN 0 AND 100),
        grade text CHECK (grade IN ('excellent', 'good', 'fair', 'poor')),
        grade_scale_version integer,
        evaluation_opinion text,
        withdrawal_reason text,
        ${RECORD_COLUMNS},
        CHECK (planned_end_on >= planned_start_on),
        CHECK (status <> 'withdrawn' OR withdrawal_reason IS NOT NULL),
        CHECK (status <> 'returned' OR review_opinion IS NOT NULL),
        CHECK (status NOT IN ('accepted', 'evaluated') OR accepted_on IS NOT NULL),
        CHECK (status <> 'evaluated' OR (score IS NOT NULL AND grade IS NOT NULL AND grade_scale_version IS NOT NULL))
      )`);
    await runner.query(`CREATE INDEX project_list_idx ON "${s}".project (status, created_at DESC)`);
    await runner.query(`CREATE INDEX project_unit_idx ON "${s}".project (unit_id, created_at DESC)`);
    await runner.query(`
      CREATE TABLE "${s}".project_step (
        seq bigserial PRIMARY KEY,
        project_id uuid NOT NULL REFERENCES "${s}".project (id),
        at timestamptz NOT NULL,
        by_username text NOT NULL,
        step text NOT NULL,
        label text NOT NULL,
        on_date date,
        note text,
        issues text,
        progress_percent integer CHECK (progress_percent BETWEEN 0 AND 100)
      )`);
    await runner.query(`CREATE INDEX project_step_idx ON "${s}".project_step (project_id, seq)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`DROP TABLE "${s}".project_step`);
    await runner.query(`DROP TABLE "${s}".project`);
  }
}
