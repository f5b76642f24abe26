import type { MigrationInterface, QueryRunner } from 'typeorm';
import { migrationSchema, RECORD_COLUMNS } from '@gov/platform';

/** 组织生活: the meetings a branch held, with attendance and minutes (never deleted: withdrawn with a reason). */
export class LifeMeetings1765450200000 implements MigrationInterface {
  name = 'LifeMeetings1765450200000';

  async up(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`
      CREATE TABLE "${s}".life_meeting (
        id uuid PRIMARY KEY,
        branch_id uuid NOT NULL REFERENCES "${s}".branch (id),
        unit_id uuid,
        kind text NOT NULL CHECK (kind IN ('party_congress', 'committee', 'group', 'lecture', 'theme_day', 'life_meeting', 'appraisal', 'heart_talk')),
        held_on date NOT NULL,
        topic text NOT NULL,
        expected integer NOT NULL CHECK (expected > 0),
        absences jsonb NOT NULL DEFAULT '[]',
        minutes text NOT NULL,
        status text NOT NULL CHECK (status IN ('recorded', 'withdrawn')),
        withdrawal_reason text,
        ${RECORD_COLUMNS},
        CHECK (status <> 'withdrawn' OR withdrawal_reason IS NOT NULL)
      )`);
    await runner.query(`CREATE INDEX life_meeting_branch_idx ON "${s}".life_meeting (branch_id, kind, held_on)`);
    await runner.query(`CREATE INDEX life_meeting_list_idx ON "${s}".life_meeting (status, held_on DESC)`);
    await runner.query(`CREATE INDEX life_meeting_unit_idx ON "${s}".life_meeting (unit_id, held_on DESC)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`DROP TABLE "${s}".life_meeting`);
  }
}
