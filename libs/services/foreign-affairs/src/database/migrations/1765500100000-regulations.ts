import type { MigrationInterface, QueryRunner } from 'typeorm';
import { migrationSchema, RECORD_COLUMNS } from '@gov/platform';

/**
 * 外事制度规则 (the current text in `regulation`, every text in `regulation_revision`; repealed with a reason, never deleted)
 * and 外事教育 sessions with their attendance (`attendees`, searched per person).
 */
export class Regulations1765500100000 implements MigrationInterface {
  name = 'Regulations1765500100000';

  async up(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`
      CREATE TABLE "${s}".regulation (
        id uuid PRIMARY KEY,
        title text NOT NULL,
        document_number text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('system', 'provision', 'measures')),
        effective_on date NOT NULL,
        body text NOT NULL,
        revision integer NOT NULL CHECK (revision >= 1),
        status text NOT NULL CHECK (status IN ('in_force', 'repealed')),
        repealed_on date,
        repeal_reason text,
        ${RECORD_COLUMNS},
        CHECK (status <> 'repealed' OR (repeal_reason IS NOT NULL AND repealed_on IS NOT NULL))
      )`);
    await runner.query(`CREATE INDEX regulation_list_idx ON "${s}".regulation (status, effective_on DESC)`);
    await runner.query(`
      CREATE TABLE "${s}".regulation_revision (
        regulation_id uuid NOT NULL REFERENCES "${s}".regulation (id),
        revision integer NOT NULL,
        title text NOT NULL,
        document_number text NOT NULL,
        kind text NOT NULL,
        effective_on date NOT NULL,
        body text NOT NULL,
        note text,
        recorded_at timestamptz NOT NULL,
        recorded_by text NOT NULL,
        PRIMARY KEY (regulation_id, revision)
      )`);
    await runner.query(`
      CREATE TABLE "${s}".education_session (
        id uuid PRIMARY KEY,
        held_on date NOT NULL,
        topic text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('discipline', 'pre_departure', 'confidentiality')),
        speaker text NOT NULL,
        trip_id uuid,
        attendees jsonb NOT NULL,
        status text NOT NULL CHECK (status IN ('recorded', 'withdrawn')),
        withdrawal_reason text,
        ${RECORD_COLUMNS},
        CHECK (status <> 'withdrawn' OR withdrawal_reason IS NOT NULL)
      )`);
    await runner.query(`CREATE INDEX education_session_list_idx ON "${s}".education_session (held_on DESC, created_at DESC)`);
    await runner.query(`CREATE INDEX education_session_attendees_idx ON "${s}".education_session USING gin (attendees jsonb_path_ops)`);
    await runner.query(`
      CREATE TABLE "${s}".education_session_history (
        id bigserial PRIMARY KEY,
        session_id uuid NOT NULL REFERENCES "${s}".education_session (id),
        step text NOT NULL,
        note text,
        at timestamptz NOT NULL,
        by text NOT NULL
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`DROP TABLE "${s}".education_session_history`);
    await runner.query(`DROP TABLE "${s}".education_session`);
    await runner.query(`DROP TABLE "${s}".regulation_revision`);
    await runner.query(`DROP TABLE "${s}".regulation`);
  }
}
