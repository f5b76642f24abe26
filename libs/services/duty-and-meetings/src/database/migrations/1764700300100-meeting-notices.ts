import type { MigrationInterface, QueryRunner } from 'typeorm';
import { migrationSchema } from '@gov/platform';

/**
 * Every notice of a meeting, the first and each revised one (会议变更通知) after a change of time, room, leaders or
 * attendee units: append-only, numbered per meeting. The notices already sent become revision 1.
 */
export class MeetingNotices1764700300100 implements MigrationInterface {
  name = 'MeetingNotices1764700300100';

  async up(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`
      CREATE TABLE "${s}".meeting_notice (
        id uuid PRIMARY KEY,
        meeting_id uuid NOT NULL REFERENCES "${s}".meeting (id),
        revision integer NOT NULL CHECK (revision >= 1),
        text text NOT NULL,
        unit_ids jsonb NOT NULL DEFAULT '[]',
        removed_unit_ids jsonb NOT NULL DEFAULT '[]',
        reason text,
        sent_at timestamptz NOT NULL,
        sent_by text NOT NULL,
        UNIQUE (meeting_id, revision),
        CHECK (revision = 1 OR reason IS NOT NULL)
      )`);
    await runner.query(`
      INSERT INTO "${s}".meeting_notice (id, meeting_id, revision, text, unit_ids, sent_at, sent_by)
      SELECT gen_random_uuid(), id, 1, notice_text, attendee_unit_ids, notified_at, updated_by FROM "${s}".meeting
       WHERE notice_text IS NOT NULL AND notified_at IS NOT NULL
      ON CONFLICT (meeting_id, revision) DO NOTHING`);
  }

  async down(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`DROP TABLE "${s}".meeting_notice`);
  }
}
