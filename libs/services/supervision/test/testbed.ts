import { afterAll, beforeAll } from '@jest/globals';
import { seedYearsFromChineseDays } from '@gov/calendar';
import type { CallerContext } from '@gov/contracts-common';
import type { RunningApp } from '@gov/platform';
import { connectTestClient, createTestEnvironment, startTestApp, type TestEnvironment } from '@gov/testing';
import { supervisionDefinition } from '../src/index.js';

export interface TestUnit {
  id: string;
  code: string;
  name: string;
  type?: string;
}

/** The running supervision service of one spec file, filled in before its first test. */
export interface SupervisionTestbed {
  environment: TestEnvironment;
  app: RunningApp;
  client: Awaited<ReturnType<typeof connectTestClient>>;
  /** An RPC to supervision as `who`. */
  call<T>(subject: string, payload: unknown, who: CallerContext): Promise<T>;
  /** A query in supervision's database (its schema is `app.parts.schema`). */
  sql(text: string, params?: unknown[]): Promise<any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  /** The subjects of the events in supervision's outbox about one record, oldest first. */
  subjectsOf(id: string): Promise<string[]>;
}

/**
 * Starts supervision against real PostgreSQL and the real bus for the spec file (before all its tests; stopped after
 * them), with the unit directory and the calendar copy as their events from duty-and-meetings would have left them.
 */
export function supervisionTestbed(seed: { units: TestUnit[]; calendarYears: (year: number) => boolean }): SupervisionTestbed {
  const bed = {
    call: <T>(subject: string, payload: unknown, who: CallerContext) => bed.client.rpc.call<T>('supervision', subject, payload, who),
    sql: (text: string, params: unknown[] = []) => bed.app.parts.dataSource.query(text, params),
    subjectsOf: async (id: string) =>
      ((await bed.sql(`SELECT subject FROM "${bed.app.parts.schema}".outbox WHERE envelope->'data'->>'id' = $1 ORDER BY seq`, [id])) as { subject: string }[]).map((r) => r.subject),
  } as SupervisionTestbed;

  beforeAll(async () => {
    bed.environment = await createTestEnvironment();
    bed.app = await startTestApp(bed.environment, supervisionDefinition);
    bed.client = await connectTestClient(bed.environment);
    const s = bed.app.parts.schema;
    for (const unit of seed.units) {
      await bed.sql(`INSERT INTO "${s}".unit_directory (id, code, name, type, status, version) VALUES ($1, $2, $3, $4, 'active', 1)`, [unit.id, unit.code, unit.name, unit.type ?? 'department']);
    }
    for (const year of seedYearsFromChineseDays().filter((y) => seed.calendarYears(y.year))) {
      await bed.sql(`INSERT INTO "${s}".calendar_year_copy (year, holidays, makeup_workdays, source, version) VALUES ($1, $2, $3, $4, 1)`, [
        year.year,
        JSON.stringify(year.holidays),
        JSON.stringify(year.makeupWorkdays),
        year.source,
      ]);
    }
  });

  afterAll(async () => {
    await bed.client?.close();
    await bed.app?.stop();
    await bed.environment?.dispose();
  });

  return bed;
}
