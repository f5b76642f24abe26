import type { MigrationInterface, QueryRunner } from 'typeorm';
import { migrationSchema, RECORD_COLUMNS } from '@gov/platform';

/** 放管服/“一次办好”台账: reform tasks, 督导检查 with the problems found, 整改 and its verification, third-party evaluations. */
export class ReformLedger1764600200200 implements MigrationInterface {
  name = 'ReformLedger1764600200200';

  async up(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`
      CREATE TABLE "${s}".reform_task (
        id uuid PRIMARY KEY,
        title text NOT NULL,
        category text NOT NULL CHECK (category IN ('fangguanfu', 'yicibanhao', 'other')),
        description text NOT NULL,
        lead_unit_id uuid NOT NULL,
        co_unit_ids uuid[] NOT NULL DEFAULT '{}',
        assigned_on date NOT NULL,
        period_amount integer NOT NULL,
        period_unit text NOT NULL,
        due_date date,
        due_provisional boolean NOT NULL,
        due_explanation jsonb NOT NULL,
        status text NOT NULL CHECK (status IN ('open', 'completed', 'cancelled')),
        closing_note text,
        ${RECORD_COLUMNS}
      )`);
    await runner.query(`CREATE INDEX reform_task_list_idx ON "${s}".reform_task (category, status, created_at DESC)`);
    await runner.query(`CREATE INDEX reform_task_lead_idx ON "${s}".reform_task (lead_unit_id)`);
    await runner.query(`CREATE INDEX reform_task_co_idx ON "${s}".reform_task USING gin (co_unit_ids)`);
    await runner.query(`
      CREATE TABLE "${s}".reform_inspection (
        id uuid PRIMARY KEY,
        task_id uuid REFERENCES "${s}".reform_task (id),
        title text NOT NULL,
        unit_id uuid NOT NULL,
        inspected_on date NOT NULL,
        inspectors jsonb NOT NULL,
        summary text NOT NULL,
        version integer NOT NULL,
        created_at timestamptz NOT NULL,
        created_by text NOT NULL
      )`);
    await runner.query(`CREATE INDEX reform_inspection_unit_idx ON "${s}".reform_inspection (unit_id, inspected_on DESC)`);
    await runner.query(`
      CREATE TABLE "${s}".reform_problem (
        id uuid PRIMARY KEY,
        inspection_id uuid NOT NULL REFERENCES "${s}".reform_inspection (id),
        task_id uuid REFERENCES "${s}".reform_task (id),
        unit_id uuid NOT NULL,
        description text NOT NULL,
        period_amount integer NOT NULL,
        period_unit text NOT NULL,
        due_start date NOT NULL,
        due_date date,
        due_provisional boolean NOT NULL,
        due_explanation jsonb NOT NULL,
        status text NOT NULL CHECK (status IN ('open', 'submitted', 'verified')),
        rectification text,
        rectified_on date,
        verification_note text,
        return_count integer NOT NULL DEFAULT 0,
        ${RECORD_COLUMNS}
      )`);
    await runner.query(`CREATE INDEX reform_problem_unit_idx ON "${s}".reform_problem (unit_id, status)`);
    await runner.query(`CREATE INDEX reform_problem_inspection_idx ON "${s}".reform_problem (inspection_id)`);
    await runner.query(`CREATE INDEX reform_problem_task_idx ON "${s}".reform_problem (task_id)`);
    await runner.query(`
      CREATE TABLE "${s}".reform_evaluation (
        id uuid PRIMARY KEY,
        task_id uuid REFERENCES "${s}".reform_task (id),
        unit_id uuid,
        evaluator text NOT NULL,
        evaluated_on date NOT NULL,
        score numeric(5, 2) NOT NULL CHECK (score >= 0 AND score <= 100),
        findings text NOT NULL,
        version integer NOT NULL,
        created_at timestamptz NOT NULL,
        created_by text NOT NULL
      )`);
    await runner.query(`CREATE INDEX reform_evaluation_task_idx ON "${s}".reform_evaluation (task_id)`);
    await runner.query(`CREATE INDEX reform_evaluation_unit_idx ON "${s}".reform_evaluation (unit_id)`);
    await runner.query(`
      CREATE TABLE "${s}".reform_history (
        id uuid PRIMARY KEY,
        record_type text NOT NULL,
        record_id uuid NOT NULL,
        version integer NOT NULL,
        action text NOT NULL,
        note text NOT NULL,
        actor text NOT NULL,
        at timestamptz NOT NULL,
        UNIQUE (record_type, record_id, version)
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    for (const table of ['reform_history', 'reform_evaluation', 'reform_problem', 'reform_inspection', 'reform_task']) {
      await runner.query(`DROP TABLE "${s}".${table}`);
    }
  }
}
