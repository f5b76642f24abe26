import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { OpsSubjects, type Ping } from '@gov/contracts-common';
import { UnitSubjects, type UnitView } from '@gov/contracts-duty-and-meetings';
import type { RunningApp } from '@gov/platform';
import { dutyAndMeetingsDefinition } from '@gov/service-duty-and-meetings';
import { supervisionDefinition } from '@gov/service-supervision';
import { connectTestClient, createTestEnvironment, eventually, zongheStaff, type TestEnvironment, startTestApp } from '@gov/testing';

describe('two replicas of one service share its requests and its events without double-processing', () => {
  let environment: TestEnvironment;
  let duty: RunningApp;
  let replicas: RunningApp[];
  let client: Awaited<ReturnType<typeof connectTestClient>>;

  beforeAll(async () => {
    environment = await createTestEnvironment();
    const start = (instance: string) => startTestApp(environment, supervisionDefinition, { env: { INSTANCE_ID: instance } });
    duty = await startTestApp(environment, dutyAndMeetingsDefinition);
    replicas = await Promise.all([start('supervision-a'), start('supervision-b')]);
    client = await connectTestClient(environment);
  });

  afterAll(async () => {
    await client?.close();
    await Promise.all([duty, ...(replicas ?? [])].map((app) => app?.stop()));
    await environment?.dispose();
  });

  it('requests are answered by both replicas', async () => {
    const seen = new Set<string>();
    for (let i = 0; i < 40; i++) seen.add((await client.rpc.call<Ping.Reply>('supervision', OpsSubjects.ping, {})).instance);
    expect([...seen].sort()).toEqual(['supervision-a', 'supervision-b']);
  });

  it('each event is applied exactly once between the two', async () => {
    const staff = zongheStaff();
    const ids: string[] = [];
    for (let i = 0; i < 60; i++) {
      const unit = await client.rpc.call<UnitView>('duty-and-meetings', UnitSubjects.create, { code: `R-${i}`, name: `副本测试单位${i}`, type: 'town', liaisons: [], dutyPhones: [] }, staff);
      ids.push(unit.id);
    }
    const db = replicas[0].parts.dataSource;
    await eventually(async () => {
      const [row] = await db.query(`SELECT count(*)::int AS n FROM supervision.unit_directory WHERE id = ANY($1)`, [ids]);
      return row.n === 60 || undefined;
    }, 20_000, 'all units in the shared read model');
    // Across two schemas: as the administrator (each app's own role sees only its own schema).
    const [inbox] = await environment.query(
      `SELECT count(*)::int AS n, count(DISTINCT event_id)::int AS d FROM supervision.inbox WHERE event_id IN (
         SELECT id FROM duty_and_meetings.outbox WHERE (envelope->'data'->>'id')::uuid = ANY($1))`,
      [ids],
    );
    expect(inbox).toEqual({ n: 60, d: 60 });
  });
});
