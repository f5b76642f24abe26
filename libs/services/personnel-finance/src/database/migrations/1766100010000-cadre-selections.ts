import type { MigrationInterface, QueryRunner } from 'typeorm';
import { migrationSchema, RECORD_COLUMNS } from '@gov/platform';

/**
 * 干部选拔任用: one procedure per post, its steps (动议 … 任职) each kept with its dates, votes and documents; the
 * candidate's 身份证号 encrypted (SM4) with its masked form beside it; never deleted (withdrawn with a reason).
 */
export class CadreSelections1766100010000 implements MigrationInterface {
  name = 'CadreSelections1766100010000';

  async up(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`
      CREATE TABLE "${s}".cadre_selection (
        id uuid PRIMARY KEY,
        establishment_post_id uuid NOT NULL REFERENCES "${s}".establishment_post (id),
        title text NOT NULL,
        unit_name text NOT NULL,
        post_title text NOT NULL,
        post_level text NOT NULL,
        motion jsonb NOT NULL,
        recommendation jsonb,
        inspection jsonb,
        candidate_name text,
        candidate_gender text CHECK (candidate_gender IN ('male', 'female')),
        candidate_id_number_encrypted text,
        candidate_id_number_masked text,
        candidate_current_post text,
        candidate_staff_member_id uuid REFERENCES "${s}".staff_member (id),
        decision jsonb,
        publicity jsonb,
        publicity_ends_on date,
        objections jsonb NOT NULL DEFAULT '[]',
        appointment jsonb,
        status text NOT NULL CHECK (status IN ('proposed', 'recommended', 'inspected', 'decided', 'publicizing', 'appointed', 'withdrawn')),
        withdrawal_reason text,
        timeline jsonb NOT NULL DEFAULT '[]',
        ${RECORD_COLUMNS},
        CHECK (status <> 'withdrawn' OR withdrawal_reason IS NOT NULL),
        CHECK (status NOT IN ('inspected', 'decided', 'publicizing', 'appointed') OR candidate_id_number_encrypted IS NOT NULL),
        CHECK (status NOT IN ('publicizing', 'appointed') OR publicity_ends_on IS NOT NULL)
      )`);
    await runner.query(`CREATE INDEX cadre_selection_list_idx ON "${s}".cadre_selection (status, created_at DESC)`);
    await runner.query(`CREATE INDEX cadre_selection_post_idx ON "${s}".cadre_selection (establishment_post_id, status)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`DROP TABLE "${s}".cadre_selection`);
  }
}
