import type { MigrationInterface, QueryRunner } from 'typeorm';
import { migrationSchema, RECORD_COLUMNS } from '@gov/platform';

/** 中心组学习 and 民主生活会: planned, prepared, held with attendance and speeches, rectified; never deleted (withdrawn with a reason). */
export class GroupSessions1766100020000 implements MigrationInterface {
  name = 'GroupSessions1766100020000';

  async up(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`
      CREATE TABLE "${s}".group_session (
        id uuid PRIMARY KEY,
        kind text NOT NULL CHECK (kind IN ('central_group_study', 'democratic_life')),
        topic text NOT NULL,
        planned_on date NOT NULL,
        chair_name text NOT NULL,
        members jsonb NOT NULL,
        preparation jsonb NOT NULL DEFAULT '[]',
        held_on date,
        attendees jsonb NOT NULL DEFAULT '[]',
        absentees jsonb NOT NULL DEFAULT '[]',
        speeches jsonb NOT NULL DEFAULT '[]',
        rectifications jsonb NOT NULL DEFAULT '[]',
        status text NOT NULL CHECK (status IN ('planned', 'held', 'rectified', 'withdrawn')),
        withdrawal_reason text,
        timeline jsonb NOT NULL DEFAULT '[]',
        ${RECORD_COLUMNS},
        CHECK (status <> 'withdrawn' OR withdrawal_reason IS NOT NULL),
        CHECK (status NOT IN ('held', 'rectified') OR held_on IS NOT NULL)
      )`);
    await runner.query(`CREATE INDEX group_session_list_idx ON "${s}".group_session (status, kind, planned_on DESC)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`DROP TABLE "${s}".group_session`);
  }
}
