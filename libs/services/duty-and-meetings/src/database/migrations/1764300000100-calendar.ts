import type { MigrationInterface, QueryRunner } from 'typeorm';
import { CALENDAR_YEAR_PUBLISHED } from '@gov/contracts-common';
import { seedYearsFromChineseDays } from '@gov/calendar';
import { buildEnvelope, writeOutbox, migrationSchema } from '@gov/platform';

/**
 * The working-day calendar, seeded from the `chinese-days` data (国务院办公厅's yearly arrangements),
 * and published so that every service's copy starts with the same years.
 */
export class Calendar1764300000100 implements MigrationInterface {
  name = 'Calendar1764300000100';

  async up(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`
      CREATE TABLE "${s}".calendar_year (
        year integer PRIMARY KEY,
        holidays jsonb NOT NULL,
        makeup_workdays jsonb NOT NULL,
        source text NOT NULL,
        version integer NOT NULL,
        updated_at timestamptz NOT NULL,
        updated_by text NOT NULL
      )`);
    for (const year of seedYearsFromChineseDays()) {
      await runner.query(
        `INSERT INTO "${s}".calendar_year (year, holidays, makeup_workdays, source, version, updated_at, updated_by)
         VALUES ($1, $2, $3, $4, $5, now(), 'system')`,
        [year.year, JSON.stringify(year.holidays), JSON.stringify(year.makeupWorkdays), year.source, year.version],
      );
      await writeOutbox(runner.manager, s, buildEnvelope('duty-and-meetings', CALENDAR_YEAR_PUBLISHED, year));
    }
  }

  async down(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`DROP TABLE "${s}".calendar_year`);
  }
}
