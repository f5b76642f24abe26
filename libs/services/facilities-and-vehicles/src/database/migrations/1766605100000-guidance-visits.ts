import type { MigrationInterface, QueryRunner } from 'typeorm';
import { migrationSchema, RECORD_COLUMNS } from '@gov/platform';

/**
 * 指导检查: the section's visits to the towns and streets, their findings and rectification items with deadlines, the
 * unit's rectification report, the 销号, and the timeline (never deleted: withdrawn with a reason).
 */
export class GuidanceVisits1766605100000 implements MigrationInterface {
  name = 'GuidanceVisits1766605100000';

  async up(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`
      CREATE TABLE "${s}".guidance_visit (
        id uuid PRIMARY KEY,
        unit_id uuid NOT NULL,
        unit_name text NOT NULL,
        visit_date date NOT NULL,
        visitors text NOT NULL,
        findings text NOT NULL,
        items jsonb NOT NULL DEFAULT '[]',
        due_date date,
        status text NOT NULL CHECK (status IN ('rectifying', 'reported', 'closed', 'withdrawn')),
        rectification_report text,
        reported_by text,
        reported_at timestamptz,
        closing_note text,
        closed_by text,
        closed_at timestamptz,
        withdrawal_reason text,
        history jsonb NOT NULL DEFAULT '[]',
        ${RECORD_COLUMNS},
        CHECK (status <> 'withdrawn' OR withdrawal_reason IS NOT NULL),
        CHECK (status <> 'reported' OR rectification_report IS NOT NULL)
      )`);
    await runner.query(`CREATE INDEX guidance_visit_list_idx ON "${s}".guidance_visit (status, visit_date DESC)`);
    await runner.query(`CREATE INDEX guidance_visit_unit_idx ON "${s}".guidance_visit (unit_id, visit_date DESC)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`DROP TABLE "${s}".guidance_visit`);
  }
}
