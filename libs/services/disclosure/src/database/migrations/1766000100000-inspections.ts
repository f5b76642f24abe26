import type { MigrationInterface, QueryRunner } from 'typeorm';
import { migrationSchema, RECORD_COLUMNS } from '@gov/platform';

/**
 * 公开巡查: the section's inspections of the units' 政府信息公开 pages and columns, the findings and the rectification
 * deadline in working days (with the engine's explanation). Never deleted: withdrawn with a reason.
 */
export class Inspections1766000100000 implements MigrationInterface {
  name = 'Inspections1766000100000';

  async up(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`
      CREATE TABLE "${s}".inspection (
        id uuid PRIMARY KEY,
        unit_id uuid NOT NULL,
        title text NOT NULL,
        url text,
        inspected_on date NOT NULL,
        content text NOT NULL,
        status text NOT NULL CHECK (status IN ('rectifying', 'rectified', 'passed', 'withdrawn')),
        working_days integer CHECK (working_days BETWEEN 1 AND 60),
        due_date date,
        due_explanation jsonb NOT NULL DEFAULT '[]',
        rectified_on date,
        rectification_note text,
        rectified_by text,
        withdrawal_reason text,
        ${RECORD_COLUMNS},
        CHECK (status <> 'withdrawn' OR withdrawal_reason IS NOT NULL),
        CHECK (status <> 'rectified' OR (rectified_on IS NOT NULL AND rectification_note IS NOT NULL)),
        CHECK (status = 'passed' OR status = 'withdrawn' OR due_date IS NOT NULL)
      )`);
    await runner.query(`CREATE INDEX inspection_list_idx ON "${s}".inspection (status, inspected_on DESC)`);
    await runner.query(`CREATE INDEX inspection_unit_idx ON "${s}".inspection (unit_id, inspected_on DESC)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`DROP TABLE "${s}".inspection`);
  }
}
