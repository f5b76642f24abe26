import type { MigrationInterface, QueryRunner } from 'typeorm';
import { migrationSchema, RECORD_COLUMNS } from '@gov/platform';

/** 约稿: the request from above and each unit's part (internal deadline with its explanation, answer, late, deduction). Nothing is deleted. */
export class Solicitations1765410100000 implements MigrationInterface {
  name = 'Solicitations1765410100000';

  async up(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`
      CREATE TABLE "${s}".solicitation (
        id uuid PRIMARY KEY,
        title text NOT NULL,
        source text NOT NULL,
        requirements text NOT NULL,
        received_on date NOT NULL,
        upper_deadline date NOT NULL,
        internal_working_days integer NOT NULL CHECK (internal_working_days BETWEEN 1 AND 20),
        status text NOT NULL CHECK (status IN ('open', 'replied', 'withdrawn')),
        reply_summary text,
        replied_on date,
        withdrawal_reason text,
        ${RECORD_COLUMNS},
        CHECK (upper_deadline >= received_on),
        CHECK (status <> 'withdrawn' OR withdrawal_reason IS NOT NULL),
        CHECK (status <> 'replied' OR (reply_summary IS NOT NULL AND replied_on IS NOT NULL))
      )`);
    await runner.query(`CREATE INDEX solicitation_list_idx ON "${s}".solicitation (status, received_on DESC)`);
    await runner.query(`
      CREATE TABLE "${s}".solicitation_assignment (
        id uuid PRIMARY KEY,
        solicitation_id uuid NOT NULL REFERENCES "${s}".solicitation (id),
        unit_id uuid NOT NULL,
        due_date date NOT NULL,
        due_explanation jsonb NOT NULL,
        status text NOT NULL CHECK (status IN ('pending', 'answered', 'missed')),
        answer text,
        answered_at timestamptz,
        answered_by text,
        late boolean NOT NULL DEFAULT false,
        deduction integer NOT NULL DEFAULT 0 CHECK (deduction >= 0),
        weight_version text REFERENCES "${s}".score_weights (version),
        UNIQUE (solicitation_id, unit_id),
        CHECK (status <> 'answered' OR answer IS NOT NULL)
      )`);
    await runner.query(`CREATE INDEX solicitation_assignment_unit_idx ON "${s}".solicitation_assignment (unit_id, due_date)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`DROP TABLE "${s}".solicitation_assignment`);
    await runner.query(`DROP TABLE "${s}".solicitation`);
  }
}
