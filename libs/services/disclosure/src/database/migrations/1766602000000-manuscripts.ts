import type { MigrationInterface, QueryRunner } from 'typeorm';
import { migrationSchema, RECORD_COLUMNS } from '@gov/platform';

/** 政务公开稿件: the manuscripts and their timeline (never deleted: withdrawn with a reason). */
export class Manuscripts1766602000000 implements MigrationInterface {
  name = 'Manuscripts1766602000000';

  async up(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`
      CREATE TABLE "${s}".manuscript (
        id uuid PRIMARY KEY,
        unit_id uuid,
        title text NOT NULL,
        authors jsonb NOT NULL DEFAULT '[]',
        author_unit text NOT NULL,
        target text NOT NULL CHECK (target IN ('exchange', 'provincial', 'city')),
        content text NOT NULL,
        attachments jsonb NOT NULL DEFAULT '[]',
        status text NOT NULL CHECK (status IN ('pending', 'submitted', 'adopted', 'not_adopted', 'withdrawn')),
        submitted_on date,
        submitted_by text,
        adopted_on date,
        published_in text,
        issue_number text,
        rejection_note text,
        withdrawal_reason text,
        ${RECORD_COLUMNS},
        CHECK (status <> 'withdrawn' OR withdrawal_reason IS NOT NULL),
        CHECK (status NOT IN ('submitted', 'adopted', 'not_adopted') OR submitted_on IS NOT NULL),
        CHECK (status <> 'adopted' OR (adopted_on IS NOT NULL AND published_in IS NOT NULL AND adopted_on >= submitted_on))
      )`);
    await runner.query(`CREATE INDEX manuscript_list_idx ON "${s}".manuscript (status, created_at DESC)`);
    await runner.query(`CREATE INDEX manuscript_unit_idx ON "${s}".manuscript (unit_id, created_at DESC)`);
    await runner.query(`CREATE INDEX manuscript_year_idx ON "${s}".manuscript (submitted_on) WHERE submitted_on IS NOT NULL`);
    await runner.query(`
      CREATE TABLE "${s}".manuscript_step (
        seq bigserial PRIMARY KEY,
        manuscript_id uuid NOT NULL REFERENCES "${s}".manuscript (id),
        at timestamptz NOT NULL,
        by_username text NOT NULL,
        step text NOT NULL,
        label text NOT NULL,
        note text
      )`);
    await runner.query(`CREATE INDEX manuscript_step_idx ON "${s}".manuscript_step (manuscript_id, seq)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`DROP TABLE "${s}".manuscript_step`);
    await runner.query(`DROP TABLE "${s}".manuscript`);
  }
}
