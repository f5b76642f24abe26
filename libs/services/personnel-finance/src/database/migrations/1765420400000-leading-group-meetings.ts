import type { MigrationInterface, QueryRunner } from 'typeorm';
import { migrationSchema, RECORD_COLUMNS } from '@gov/platform';

/** 党组会、主任办公会: agenda, notice, attendance, minutes and decided items (never deleted: withdrawn with a reason). */
export class LeadingGroupMeetings1765420400000 implements MigrationInterface {
  name = 'LeadingGroupMeetings1765420400000';

  async up(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`
      CREATE TABLE "${s}".leading_group_meeting (
        id uuid PRIMARY KEY,
        kind text NOT NULL CHECK (kind IN ('party_group', 'director_office')),
        title text NOT NULL,
        meeting_date date NOT NULL,
        chair_name text NOT NULL,
        agenda jsonb NOT NULL,
        status text NOT NULL CHECK (status IN ('planned', 'notified', 'held', 'published', 'withdrawn')),
        agenda_approved_by text,
        attendees jsonb NOT NULL DEFAULT '[]',
        absentees jsonb NOT NULL DEFAULT '[]',
        minutes_number text,
        minutes text,
        decisions jsonb NOT NULL DEFAULT '[]',
        withdrawal_reason text,
        timeline jsonb NOT NULL DEFAULT '[]',
        ${RECORD_COLUMNS},
        CHECK (status <> 'withdrawn' OR withdrawal_reason IS NOT NULL)
      )`);
    await runner.query(`CREATE INDEX leading_group_meeting_list_idx ON "${s}".leading_group_meeting (meeting_date DESC, id)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`DROP TABLE "${s}".leading_group_meeting`);
  }
}
