import type { MigrationInterface, QueryRunner } from 'typeorm';
import { migrationSchema, RECORD_COLUMNS } from '@gov/platform';

/**
 * 涉外案事件 and 领事保护: the cases (never deleted: withdrawn with a reason), their report chain and actions as lists,
 * the contacts' 手机号 encrypted inside `contacts` (with their masked forms), and the timeline.
 */
export class Incidents1765440200000 implements MigrationInterface {
  name = 'Incidents1765440200000';

  async up(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`
      CREATE TABLE "${s}".incident (
        id uuid PRIMARY KEY,
        unit_id uuid,
        kind text NOT NULL CHECK (kind IN ('incident', 'consular')),
        title text NOT NULL,
        level text NOT NULL CHECK (level IN ('especially_major', 'major', 'large', 'general')),
        occurred_at timestamptz NOT NULL,
        received_at timestamptz NOT NULL,
        location text,
        country text,
        summary text NOT NULL,
        units jsonb NOT NULL,
        contacts jsonb NOT NULL,
        reports jsonb NOT NULL,
        actions jsonb NOT NULL,
        status text NOT NULL CHECK (status IN ('open', 'closed', 'withdrawn')),
        outcome text,
        withdrawal_reason text,
        ${RECORD_COLUMNS},
        CHECK (status <> 'withdrawn' OR withdrawal_reason IS NOT NULL),
        CHECK (status <> 'closed' OR outcome IS NOT NULL)
      )`);
    await runner.query(`CREATE INDEX incident_list_idx ON "${s}".incident (status, received_at DESC)`);
    await runner.query(`CREATE INDEX incident_unit_idx ON "${s}".incident (unit_id, received_at DESC)`);
    await runner.query(`
      CREATE TABLE "${s}".incident_history (
        id bigserial PRIMARY KEY,
        incident_id uuid NOT NULL REFERENCES "${s}".incident (id),
        step text NOT NULL,
        from_status text,
        to_status text NOT NULL,
        note text,
        at timestamptz NOT NULL,
        by text NOT NULL
      )`);
    await runner.query(`CREATE INDEX incident_history_idx ON "${s}".incident_history (incident_id, id)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`DROP TABLE "${s}".incident_history`);
    await runner.query(`DROP TABLE "${s}".incident`);
  }
}
