import type { MigrationInterface, QueryRunner } from 'typeorm';
import { migrationSchema } from '../database/data-source.js';

/** The service's copy of the working-day calendar, fed by `CalendarYearPublished`. */
export class PlatformCalendarCopy1764100000100 implements MigrationInterface {
  name = 'PlatformCalendarCopy1764100000100';

  async up(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`
      CREATE TABLE "${s}".calendar_year_copy (
        year integer PRIMARY KEY,
        holidays jsonb NOT NULL,
        makeup_workdays jsonb NOT NULL,
        source text NOT NULL,
        version integer NOT NULL,
        received_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`DROP TABLE "${s}".calendar_year_copy`);
  }
}
