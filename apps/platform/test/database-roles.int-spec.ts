import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { RunningApp } from '@gov/platform';
import { dutyAndMeetingsDefinition } from '@gov/service-duty-and-meetings';
import { gatewayDefinition } from '@gov/service-gateway';
import { supervisionDefinition } from '@gov/service-supervision';
import { createTestEnvironment, startTestApp, type TestEnvironment } from '@gov/testing';

/** Least privilege in PostgreSQL: each app works as the role that owns its schema, and reaches nothing else. */
describe('one database role per schema', () => {
  let environment: TestEnvironment;
  let duty: RunningApp;
  let supervision: RunningApp;

  beforeAll(async () => {
    environment = await createTestEnvironment();
    [duty, supervision] = await Promise.all([startTestApp(environment, dutyAndMeetingsDefinition), startTestApp(environment, supervisionDefinition)]);
  });
  afterAll(async () => {
    await Promise.all([duty, supervision].map((app) => app?.stop()));
    await environment?.dispose();
  });

  it('connects each app as its own role, with no privilege beyond its schema', async () => {
    const [me] = await supervision.parts.dataSource.query(`SELECT current_user AS name, r.rolsuper, r.rolcreaterole, r.rolcreatedb FROM pg_roles r WHERE r.rolname = current_user`);
    expect(me).toEqual({ name: 'gov_supervision', rolsuper: false, rolcreaterole: false, rolcreatedb: false });
    const [theirs] = await duty.parts.dataSource.query(`SELECT current_user AS name`);
    expect(theirs.name).toBe('gov_duty_and_meetings');
  });

  it('owns its schema and everything in it, so migrations ran as that owner', async () => {
    const owners = await environment.query<{ owner: string }>(
      `SELECT DISTINCT tableowner AS owner FROM pg_tables WHERE schemaname = 'supervision'
       UNION SELECT DISTINCT pg_get_userbyid(nspowner) FROM pg_namespace WHERE nspname = 'supervision'`,
    );
    expect(owners.map((o) => o.owner)).toEqual(['gov_supervision']);
  });

  it('cannot SELECT from another app’s schema: not duty-and-meetings’ units, not the gateway’s accounts', async () => {
    await expect(supervision.parts.dataSource.query(`SELECT * FROM duty_and_meetings.unit LIMIT 1`)).rejects.toMatchObject({ driverError: { code: '42501' } });
    await expect(supervision.parts.dataSource.query(`SELECT * FROM ${gatewayDefinition.app}.account LIMIT 1`)).rejects.toMatchObject({ driverError: { code: '42501' } });
    await expect(duty.parts.dataSource.query(`SELECT * FROM supervision.item LIMIT 1`)).rejects.toMatchObject({ driverError: { code: '42501' } });
    // Its own tables, of course.
    const [own] = await supervision.parts.dataSource.query(`SELECT count(*)::int AS n FROM supervision.unit_directory`);
    expect(own.n).toBeGreaterThan(0);
  });
});
