import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { CALENDAR_YEAR_PUBLISHED, streamOf } from '@gov/contracts-common';
import { buildEnvelope, EventSigner, eventKeyName, PRODUCER_HEADER, type RunningApp } from '@gov/platform';
import { informationDefinition } from '@gov/service-information';
import { createUserForTest, signIn, startGateway, type RunningGateway } from '@gov/service-gateway';
import { connectTestClient, createTestEnvironment, eventually, startTestApp, type TestEnvironment } from '@gov/testing';
import request from 'supertest';

interface TaskItem {
  id: string;
  title: string;
  service: string;
  deadLetterId: string;
  subject: string;
  eventId: string;
  recordId: string | null;
  replayPath: string;
  status: string;
  closedBy: string | null;
}

/**
 * Issue 12: a dead letter is never silent. It is counted, and it opens a task (待办) for the system administrator
 * in the gateway, showing the event and where to replay it; the replay closes the task.
 */
describe('dead letters open the system administrator’s tasks', () => {
  let environment: TestEnvironment;
  let information: RunningApp;
  let gateway: RunningGateway;
  let client: Awaited<ReturnType<typeof connectTestClient>>;
  let http: ReturnType<typeof request>;
  let adminToken: string;
  let staffToken: string;

  beforeAll(async () => {
    environment = await createTestEnvironment();
    information = await startTestApp(environment, informationDefinition);
    gateway = await startGateway({ env: environment.env, bus: environment.bus, port: 0, host: '127.0.0.1' });
    client = await connectTestClient(environment);
    http = request(gateway.url);
    const admin = await createUserForTest(gateway, { roles: ['sys_admin'], sectionCode: null });
    adminToken = await signIn(http, admin.username, admin.password, admin.totpSecret);
    const staff = await createUserForTest(gateway, { roles: ['section_staff'], sectionCode: 'zonghe' });
    staffToken = await signIn(http, staff.username, staff.password);
  });

  afterAll(async () => {
    await environment?.query(`DROP TRIGGER IF EXISTS test_refuse ON information.calendar_year_copy`).catch(() => undefined);
    await client?.close();
    await gateway?.stop();
    await information?.stop();
    await environment?.dispose();
  });

  it('a-poisoned-event-is-dead-lettered-counted-listed-as-a-task-and-the-replay-closes-the-task', async () => {
    // The consumer fails on every delivery (its table refuses the write) until an operator fixes it.
    await environment.query(`CREATE OR REPLACE FUNCTION information.test_refuse() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'test: write refused'; END $$`);
    await environment.query(`CREATE TRIGGER test_refuse BEFORE INSERT OR UPDATE ON information.calendar_year_copy FOR EACH ROW EXECUTE FUNCTION information.test_refuse()`);
    const counted = async () =>
      (await information.parts.metrics.deadLetters.get()).values.find((v) => v.labels.consumer === 'information' && v.labels.subject === CALENDAR_YEAR_PUBLISHED)?.value ?? 0;
    const before = await counted();

    const producer = 'duty-and-meetings';
    await client.bus.ensureStream(streamOf(producer), `evt.${producer}.>`);
    const envelope = buildEnvelope(producer, CALENDAR_YEAR_PUBLISHED, { year: 2034, holidays: [], makeupWorkdays: [], source: '端到端测试：死信待办', version: 1 });
    const signer = new EventSigner(producer, environment.env[eventKeyName(producer)]);
    await client.bus.publish(CALENDAR_YEAR_PUBLISHED, envelope, envelope.id, { [PRODUCER_HEADER]: signer.sign(envelope) });

    const [deadLetter] = await eventually(
      async () => {
        const rows: { id: string }[] = await information.parts.dataSource.query(`SELECT id FROM information.dead_letter WHERE event_id = $1`, [envelope.id]);
        return rows.length ? rows : undefined;
      },
      20_000,
      'the dead letter',
    );
    expect(await counted()).toBe(before + 1);

    const list = (status?: string) =>
      http
        .get('/api/admin/tasks')
        .query(status ? { status } : {})
        .set('authorization', `Bearer ${adminToken}`);
    const task = await eventually(
      async () => ((await list('open')).body as { items: TaskItem[] }).items.find((t) => t.deadLetterId === deadLetter.id),
      15_000,
      'the administrator’s task',
    );
    expect(task).toMatchObject({
      service: 'information',
      subject: CALENDAR_YEAR_PUBLISHED,
      eventId: envelope.id,
      status: 'open',
      replayPath: `/api/admin/dead-letters/information/${deadLetter.id}/replay`,
    });
    expect(task.title).toContain('死信');
    // Business staff do not see the administrator's tasks; a bad filter is a 400.
    expect((await http.get('/api/admin/tasks').set('authorization', `Bearer ${staffToken}`)).status).toBe(403);
    expect((await list('maybe')).status).toBe(400);

    // Fixed, then replayed through the route the task shows: the task closes.
    await environment.query(`DROP TRIGGER test_refuse ON information.calendar_year_copy`);
    const replay = await http.post(task.replayPath).set('authorization', `Bearer ${adminToken}`).send({});
    expect(replay.status).toBe(200);
    expect(replay.body.outcome).toBe('processed');
    const closed = await eventually(
      async () => ((await list('closed')).body as { items: TaskItem[] }).items.find((t) => t.id === task.id),
      15_000,
      'the task closed',
    );
    expect(closed.status).toBe('closed');
    expect(closed.closedBy).toBeTruthy();
    expect(((await list('open')).body as { items: TaskItem[] }).items.find((t) => t.id === task.id)).toBeUndefined();
  });
});
