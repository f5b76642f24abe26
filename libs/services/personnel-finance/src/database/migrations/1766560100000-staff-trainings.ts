import type { MigrationInterface, QueryRunner } from 'typeorm';
import { migrationSchema, RECORD_COLUMNS } from '@gov/platform';

/** 培训: the yearly plans and their sessions with attendance (never deleted: withdrawn with a reason). */
export class StaffTrainings1766560100000 implements MigrationInterface {
  name = 'StaffTrainings1766560100000';

  async up(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`
      CREATE TABLE "${s}".training_plan (
        id uuid PRIMARY KEY,
        year integer NOT NULL,
        title text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('initial', 'appointment', 'specialized', 'in_service')),
        planned_hours integer NOT NULL CHECK (planned_hours > 0),
        note text,
        status text NOT NULL CHECK (status IN ('planned', 'withdrawn')),
        withdrawal_reason text,
        timeline jsonb NOT NULL DEFAULT '[]',
        ${RECORD_COLUMNS},
        CHECK (status <> 'withdrawn' OR withdrawal_reason IS NOT NULL)
      )`);
    await runner.query(`CREATE INDEX training_plan_year_idx ON "${s}".training_plan (year, kind)`);
    await runner.query(`
      CREATE TABLE "${s}".training_session (
        id uuid PRIMARY KEY,
        plan_id uuid NOT NULL REFERENCES "${s}".training_plan (id),
        title text NOT NULL,
        held_on date NOT NULL,
        hours integer NOT NULL CHECK (hours > 0),
        days integer NOT NULL CHECK (days >= 0),
        organiser text NOT NULL,
        attendees jsonb NOT NULL,
        status text NOT NULL CHECK (status IN ('recorded', 'withdrawn')),
        withdrawal_reason text,
        timeline jsonb NOT NULL DEFAULT '[]',
        ${RECORD_COLUMNS},
        CHECK (status <> 'withdrawn' OR withdrawal_reason IS NOT NULL)
      )`);
    await runner.query(`CREATE INDEX training_session_plan_idx ON "${s}".training_session (plan_id, held_on)`);
    await runner.query(`CREATE INDEX training_session_held_idx ON "${s}".training_session (held_on)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`DROP TABLE "${s}".training_session`);
    await runner.query(`DROP TABLE "${s}".training_plan`);
  }
}
