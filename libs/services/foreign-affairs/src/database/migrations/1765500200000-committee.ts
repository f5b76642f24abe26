import type { MigrationInterface, QueryRunner } from 'typeorm';
import { migrationSchema, RECORD_COLUMNS } from '@gov/platform';

/**
 * 外事委办公室: the meetings of the 区委外事工作委员会 (议题 → 通知 → 召开 → 议定事项发布) and the office's reports to
 * 市委外办 or 区委 (deadline from the deadline engine), with one timeline table for both. Nothing is deleted: withdrawn
 * with a reason.
 */
export class Committee1765500200000 implements MigrationInterface {
  name = 'Committee1765500200000';

  async up(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`
      CREATE TABLE "${s}".committee_meeting (
        id uuid PRIMARY KEY,
        kind text NOT NULL CHECK (kind IN ('plenary', 'director', 'office')),
        title text NOT NULL,
        meeting_date date NOT NULL,
        chair_name text NOT NULL,
        agenda jsonb NOT NULL,
        status text NOT NULL CHECK (status IN ('planned', 'notified', 'held', 'published', 'withdrawn')),
        notice_number text,
        notice_issued_on date,
        held_on date,
        attendees jsonb NOT NULL DEFAULT '[]',
        absentees jsonb NOT NULL DEFAULT '[]',
        minutes_number text,
        minutes text,
        decisions jsonb NOT NULL DEFAULT '[]',
        published_at timestamptz,
        withdrawal_reason text,
        ${RECORD_COLUMNS},
        CHECK (status <> 'withdrawn' OR withdrawal_reason IS NOT NULL),
        CHECK (status IN ('planned', 'withdrawn') OR notice_issued_on IS NOT NULL),
        CHECK (status NOT IN ('held', 'published') OR (held_on IS NOT NULL AND minutes IS NOT NULL)),
        CHECK (status <> 'published' OR published_at IS NOT NULL)
      )`);
    await runner.query(`CREATE INDEX committee_meeting_list_idx ON "${s}".committee_meeting (meeting_date DESC, id)`);
    await runner.query(`
      CREATE TABLE "${s}".committee_report (
        id uuid PRIMARY KEY,
        title text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('work', 'special')),
        recipient text NOT NULL CHECK (recipient IN ('city_foreign_affairs_office', 'district_committee')),
        period text NOT NULL,
        requested_on date NOT NULL,
        working_days integer NOT NULL CHECK (working_days > 0),
        due_date date,
        due_provisional boolean NOT NULL,
        due_explanation jsonb NOT NULL,
        content text NOT NULL,
        status text NOT NULL CHECK (status IN ('drafted', 'approved', 'sent', 'withdrawn')),
        drafted_by text NOT NULL,
        approved_by text,
        sent_on date,
        withdrawal_reason text,
        ${RECORD_COLUMNS},
        CHECK (status <> 'withdrawn' OR withdrawal_reason IS NOT NULL),
        CHECK (status NOT IN ('approved', 'sent') OR approved_by IS NOT NULL),
        CHECK (status <> 'sent' OR sent_on IS NOT NULL)
      )`);
    await runner.query(`CREATE INDEX committee_report_list_idx ON "${s}".committee_report (created_at DESC, id)`);
    await runner.query(`CREATE INDEX committee_report_open_due_idx ON "${s}".committee_report (due_date) WHERE status IN ('drafted', 'approved')`);
    await runner.query(`
      CREATE TABLE "${s}".committee_history (
        id bigserial PRIMARY KEY,
        record_type text NOT NULL CHECK (record_type IN ('meeting', 'report')),
        record_id uuid NOT NULL,
        step text NOT NULL,
        from_status text,
        to_status text NOT NULL,
        note text,
        at timestamptz NOT NULL,
        by text NOT NULL
      )`);
    await runner.query(`CREATE INDEX committee_history_idx ON "${s}".committee_history (record_type, record_id, id)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    for (const table of ['committee_history', 'committee_report', 'committee_meeting']) await runner.query(`DROP TABLE "${s}".${table}`);
  }
}
