import type { MigrationInterface, QueryRunner } from 'typeorm';
import { migrationSchema, RECORD_COLUMNS } from '@gov/platform';

/**
 * 镇街办公用房报送: each town's or street's yearly office-space figures, the standard area computed when reported (with the
 * standard's text), the section's review, and the timeline (never deleted: withdrawn with a reason). One live report per
 * unit and year.
 */
export class TownSpaceReports1766605000000 implements MigrationInterface {
  name = 'TownSpaceReports1766605000000';

  async up(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`
      CREATE TABLE "${s}".town_space_report (
        id uuid PRIMARY KEY,
        unit_id uuid NOT NULL,
        unit_name text NOT NULL,
        year integer NOT NULL CHECK (year BETWEEN 2014 AND 2100),
        buildings integer NOT NULL CHECK (buildings >= 0),
        total_area_m2 numeric(11, 2) NOT NULL CHECK (total_area_m2 >= 0),
        office_area_m2 numeric(11, 2) NOT NULL CHECK (office_area_m2 >= 0 AND office_area_m2 <= total_area_m2),
        staff jsonb NOT NULL,
        cars_held integer CHECK (cars_held >= 0),
        cars_quota integer CHECK (cars_quota >= 0),
        note text,
        standard_area_m2 numeric(11, 2) NOT NULL,
        excess_area_m2 numeric(11, 2) NOT NULL CHECK (excess_area_m2 >= 0),
        standard_rule text NOT NULL,
        status text NOT NULL CHECK (status IN ('submitted', 'approved', 'returned', 'withdrawn')),
        review_note text,
        reviewed_by text,
        reviewed_at timestamptz,
        withdrawal_reason text,
        history jsonb NOT NULL DEFAULT '[]',
        ${RECORD_COLUMNS},
        CHECK (status <> 'withdrawn' OR withdrawal_reason IS NOT NULL),
        CHECK (status <> 'returned' OR review_note IS NOT NULL)
      )`);
    await runner.query(`CREATE UNIQUE INDEX town_space_report_live_idx ON "${s}".town_space_report (unit_id, year) WHERE status <> 'withdrawn'`);
    await runner.query(`CREATE INDEX town_space_report_list_idx ON "${s}".town_space_report (year DESC, created_at DESC)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`DROP TABLE "${s}".town_space_report`);
  }
}
