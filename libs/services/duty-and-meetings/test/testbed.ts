import { afterAll, beforeAll } from '@jest/globals';
import type { CallerContext } from '@gov/contracts-common';
import type { RunningApp } from '@gov/platform';
import { connectTestClient, createTestEnvironment, startTestApp, type TestEnvironment } from '@gov/testing';
import { dutyAndMeetingsDefinition } from '../src/index.js';

/** The running duty-and-meetings service of one spec file, filled in before its first test. */
export interface DutyTestbed {
  environment: TestEnvironment;
  app: RunningApp;
  client: Awaited<ReturnType<typeof connectTestClient>>;
  /** Two of Boshan's seeded units: 区公安局 (A) and 区财政局 (B). */
  unitA: string;
  unitB: string;
  /** An RPC to duty-and-meetings as `who`. */
  call<T>(subject: string, payload: object, who: CallerContext): Promise<T>;
}

/** Starts duty-and-meetings against real PostgreSQL and the real bus for the spec file (before all its tests; stopped after them). */
export function dutyTestbed(): DutyTestbed {
  const bed = {
    call: <T>(subject: string, payload: object, who: CallerContext) => bed.client.rpc.call<T>('duty-and-meetings', subject, payload, who),
  } as DutyTestbed;

  beforeAll(async () => {
    bed.environment = await createTestEnvironment();
    bed.app = await startTestApp(bed.environment, dutyAndMeetingsDefinition);
    bed.client = await connectTestClient(bed.environment);
    const rows: { id: string; code: string }[] = await bed.app.parts.dataSource.query(`SELECT id, code FROM "${bed.app.parts.schema}".unit WHERE code IN ('BS-GAJ', 'BS-CZJ')`);
    bed.unitA = rows.find((r) => r.code === 'BS-GAJ')!.id;
    bed.unitB = rows.find((r) => r.code === 'BS-CZJ')!.id;
  });

  afterAll(async () => {
    await bed.client?.close();
    await bed.app?.stop();
    await bed.environment?.dispose();
  });

  return bed;
}
