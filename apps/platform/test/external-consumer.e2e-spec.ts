import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { AckPolicy, jetstreamManager } from '@nats-io/jetstream';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { SERVICE_NAMES, type AppName } from '@gov/contracts-common';
import { UnitSubjects, type UnitView } from '@gov/contracts-duty-and-meetings';
import { SupervisionItemSubjects, type SupervisionItemDetail } from '@gov/contracts-supervision';
import { CallerSigner, createLogger, NatsBus, natsAuthorization, RpcClient, startService, type RunningApp } from '@gov/platform';
import { dutyAndMeetingsDefinition } from '@gov/service-duty-and-meetings';
import { supervisionDefinition } from '@gov/service-supervision';
import { caller, createTestEnvironment, eventually, freePort, zongheStaff, type TestEnvironment } from '@gov/testing';

/**
 * A system outside the platform keeps its own copy of the 督办 items from the events alone (examples/supervision-mirror,
 * docs/CONSUMING-EVENTS.md): with its own NATS user that may read only the supervision stream, through its own
 * durable consumer. It is crashed mid-stream (deliveries unacknowledged) and stopped cleanly, items change while it is
 * away, and its copy ends exactly equal to supervision's own table. NATS mode only: the grant is a NATS user.
 */
describe('an outside consumer mirrors the 督办 items through a restart', () => {
  let environment: TestEnvironment;
  const passwords = Object.fromEntries(['gateway', ...SERVICE_NAMES].map((app) => [app, randomBytes(12).toString('hex')])) as Record<AppName, string>;
  const mirrorPassword = randomBytes(12).toString('hex');
  const schema = `mirror_${randomBytes(3).toString('hex')}`;
  let server: ChildProcess | undefined;
  let url = '';
  let storeDir = '';
  const apps: RunningApp[] = [];
  let gatewayBus: NatsBus | undefined;
  let rpc: RpcClient;
  let mirror: ChildProcess | undefined;
  const connections: NatsConnection[] = [];

  const ducha = caller({ roles: ['section_staff'], sectionCode: 'ducha', username: 'ducha1', permissions: ['supervision:read', 'supervision:manage'], clearance: 3 });
  /** The sample consumer as its own process (examples/supervision-mirror/src/main.ts), as another team runs it. */
  const startMirror = async (): Promise<ChildProcess> => {
    const child = spawn(process.execPath, ['--import', './tools/register.mjs', 'examples/supervision-mirror/src/main.ts'], {
      env: { ...process.env, MIRROR_NATS_URL: url, MIRROR_NATS_PASSWORD: mirrorPassword, MIRROR_DATABASE_URL: environment.databaseUrl, MIRROR_SCHEMA: schema, MIRROR_EVENT_VERIFY_KEYS: environment.env.EVENT_VERIFY_KEYS, BUS_NAMESPACE: environment.namespace },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    await eventually(async () => output.includes('督办事项镜像已启动') || child.exitCode !== null, 60_000, 'the mirror to start');
    if (child.exitCode !== null) throw new Error(`the mirror exited with ${child.exitCode}: ${output}`);
    return child;
  };
  const stopMirror = async (child: ChildProcess, signal: NodeJS.Signals): Promise<void> => {
    const exited = child.exitCode === null ? once(child, 'exit') : Promise.resolve();
    child.kill(signal);
    await exited;
  };
  const appliedCount = async (): Promise<number> =>
    (await environment.query<{ n: number }>(`SELECT count(*)::int AS n FROM "${schema}".applied_event`).catch(() => [{ n: 0 }]))[0].n;

  beforeAll(async () => {
    environment = await createTestEnvironment();
    if (environment.bus) return; // embedded run: the grant is a NATS user, proven in the NATS run
    storeDir = mkdtempSync(join(tmpdir(), 'gov-nats-ext-'));
    const port = await freePort();
    const config = join(storeDir, 'nats.conf');
    const authorization = natsAuthorization({ namespace: environment.namespace, passwords, externalConsumers: [{ name: 'supervision-mirror', streams: ['supervision'], password: mirrorPassword }] });
    writeFileSync(config, `port: ${port}\nhost: 127.0.0.1\njetstream { store_dir: ${JSON.stringify(join(storeDir, 'js'))} }\n${authorization}`);
    server = spawn(process.env.NATS_SERVER_BIN ?? '/usr/sbin/nats-server', ['-c', config], { stdio: 'ignore' });
    url = `nats://127.0.0.1:${port}`;
    await eventually(
      async () => {
        const nc = await connect({ servers: url, user: 'gateway', pass: passwords.gateway, inboxPrefix: '_INBOX_gateway', reconnect: false });
        await nc.close();
        return true;
      },
      15_000,
      'the test NATS server',
    );
    const envFor = (app: AppName) => ({ ...environment.env, NATS_URL: url, NATS_USER: app, NATS_PASSWORD: passwords[app] });
    apps.push(await startService(dutyAndMeetingsDefinition, { env: envFor('duty-and-meetings'), opsServer: false }));
    apps.push(await startService(supervisionDefinition, { env: envFor('supervision'), opsServer: false }));
    gatewayBus = await NatsBus.connect(url, environment.namespace, 'test-gateway', createLogger('test', 'silent'), undefined, { user: 'gateway', password: passwords.gateway, inboxPrefix: '_INBOX_gateway' });
    rpc = new RpcClient(gatewayBus, 5000, new CallerSigner(environment.env.CALLER_SIGNING_KEY));
  }, 120_000);

  afterAll(async () => {
    if (mirror) await stopMirror(mirror, 'SIGKILL');
    await Promise.all(connections.map((nc) => nc.close().catch(() => undefined)));
    await gatewayBus?.close();
    await Promise.all(apps.map((app) => app.stop()));
    server?.kill('SIGKILL');
    if (storeDir) rmSync(storeDir, { recursive: true, force: true });
    await environment?.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`).catch(() => undefined);
    await environment?.dispose();
  });

  const createUnit = async (): Promise<UnitView> => {
    const unit = await rpc.call<UnitView>('duty-and-meetings', UnitSubjects.create, { code: `EXT-${randomBytes(3).toString('hex')}`, name: `外部镜像测试单位${randomBytes(2).toString('hex')}`, type: 'department', liaisons: [], dutyPhones: [] }, zongheStaff());
    const supervision = apps[1];
    await eventually(async () => (await supervision.parts.dataSource.query(`SELECT 1 FROM "${supervision.parts.schema}".unit_directory WHERE id = $1`, [unit.id])).length === 1, 20_000, 'the unit in supervision');
    return unit;
  };
  const createItem = (unitId: string, n: number) =>
    rpc.call<SupervisionItemDetail>('supervision', SupervisionItemSubjects.create, { kind: 'higher_assignment', higherLevel: 'city', title: `市政府交办事项 ${n}`, content: '按期办结', leadUnitId: unitId, coUnitIds: [], leaderName: '李副区长', dueDate: '2027-06-30' }, ducha);
  const withdraw = (item: SupervisionItemDetail) =>
    rpc.call<SupervisionItemDetail>('supervision', SupervisionItemSubjects.withdraw, { id: item.id, expectedVersion: item.version, reason: '上级已收回交办' }, ducha);

  /** Supervision's own rows and the mirror's copy, in the same shape. */
  const platformItems = () =>
    environment.query(`SELECT id, kind, title, status, lead_unit_id, co_unit_ids::text, due_date::text, light, version FROM supervision.supervision_item ORDER BY id`);
  const mirroredItems = () => environment.query(`SELECT id, kind, title, status, lead_unit_id, co_unit_ids::text, due_date::text, light, version FROM "${schema}".item ORDER BY id`);

  it('keeps an exact copy across a crash and a clean restart, applying each event once', async () => {
    if (environment.bus) return;
    const unit = await createUnit();
    const first = [];
    for (let n = 1; n <= 6; n++) first.push(await createItem(unit.id, n));

    mirror = await startMirror();
    await eventually(async () => (await appliedCount()) >= 3, 20_000, 'the mirror applying the first events');
    // A crash (kill -9): whatever was delivered and not yet acknowledged is delivered again.
    await stopMirror(mirror, 'SIGKILL');
    mirror = undefined;

    // While it is away the platform goes on: new items, and withdrawn ones (a newer version of the same item).
    for (let n = 7; n <= 10; n++) first.push(await createItem(unit.id, n));
    await withdraw(first[0]);
    await withdraw(first[7]);

    mirror = await startMirror();
    const expected = await platformItems();
    expect(expected.filter((row) => row.status === 'withdrawn')).toHaveLength(2);
    await eventually(async () => JSON.stringify(await mirroredItems()) === JSON.stringify(expected), 30_000, 'the mirror equal to supervision after the crash');

    // A clean stop mid-stream and a start again: same durable consumer, nothing lost, nothing doubled.
    await stopMirror(mirror, 'SIGTERM');
    mirror = undefined;
    const more = [];
    for (let n = 11; n <= 14; n++) more.push(await createItem(unit.id, n));
    mirror = await startMirror();
    await withdraw(more[1]);
    const final = await platformItems();
    await eventually(async () => JSON.stringify(await mirroredItems()) === JSON.stringify(final), 30_000, 'the mirror equal to supervision after the restart');
    expect(final).toHaveLength(14);

    // Each event id applied once, whatever was redelivered.
    const [{ applied, distinct }] = await environment.query<{ applied: number; distinct: number }>(`SELECT count(*)::int AS applied, count(DISTINCT event_id)::int AS distinct FROM "${schema}".applied_event`);
    expect(applied).toBe(distinct);
  }, 180_000);

  it('gives the outside consumer nothing but reading the streams it was granted, through its own durable', async () => {
    if (environment.bus) return;
    const nc = await connect({ servers: url, user: 'ext-supervision-mirror', pass: mirrorPassword, inboxPrefix: '_INBOX_ext_supervision_mirror', reconnect: false });
    connections.push(nc);
    const errors: string[] = [];
    void (async () => {
      for await (const status of nc.status()) if (status.type === 'error') errors.push(String(status.error));
    })();
    const jsm = await jetstreamManager(nc, { timeout: 2000 });
    const ns = environment.namespace;
    // Another producer's stream, another durable on its own stream, changing or deleting its stream: refused.
    await expect(jsm.streams.info(`${ns.toUpperCase()}_EVT_DUTY_AND_MEETINGS`)).rejects.toThrow();
    await expect(jsm.consumers.add(`${ns.toUpperCase()}_EVT_SUPERVISION`, { durable_name: 'supervision--stolen', ack_policy: AckPolicy.Explicit })).rejects.toThrow();
    await expect(jsm.streams.delete(`${ns.toUpperCase()}_EVT_SUPERVISION`)).rejects.toThrow();
    // Publishing an event as supervision: refused by the server.
    nc.publish(`${ns}.evt.supervision.item.closed`, JSON.stringify({ id: randomUUID() }));
    nc.publish(`${ns}.rpc.supervision.supervision-item.list`, '{}');
    await nc.flush();
    await eventually(async () => errors.filter((e) => /Permissions Violation for Publish/.test(e)).length >= 2, 5000, 'two refused publishes');
    // Its own stream's information is allowed.
    await expect(jsm.streams.info(`${ns.toUpperCase()}_EVT_SUPERVISION`)).resolves.toMatchObject({ config: { name: `${ns.toUpperCase()}_EVT_SUPERVISION` } });
  }, 60_000);
});
