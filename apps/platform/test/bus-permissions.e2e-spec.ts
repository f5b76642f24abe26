import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { SERVICE_NAMES, type AppName } from '@gov/contracts-common';
import { UnitSubjects, type UnitView } from '@gov/contracts-duty-and-meetings';
import { BusPermissionError, CallerSigner, createLogger, NatsBus, natsAuthorization, RpcClient, scopedBus, startService, type RunningApp } from '@gov/platform';
import { dutyAndMeetingsDefinition } from '@gov/service-duty-and-meetings';
import { supervisionDefinition } from '@gov/service-supervision';
import { createTestEnvironment, eventually, freePort, zongheStaff, type TestEnvironment } from '@gov/testing';

/**
 * Least privilege on the bus: the gateway alone calls services; a service serves only `rpc.<itself>.>` and publishes
 * only `evt.<itself>.>`. On NATS the server enforces it (one user per app, generated permissions, a server of this
 * test's own started with that configuration); on the in-process bus each app's view of the shared bus does.
 * The e2e tier runs in both modes in CI, so both are proven.
 */
describe('bus permissions: a service cannot use another service’s subjects', () => {
  let environment: TestEnvironment;

  beforeAll(async () => {
    environment = await createTestEnvironment();
  });
  afterAll(async () => {
    await environment?.dispose();
  });

  describe('in-process bus (embedded mode)', () => {
    it('refuses, for supervision, to serve, call or publish on document-secretariat’s and duty-and-meetings’ subjects', async () => {
      if (!environment.bus) return; // the NATS run proves the same below
      const bus = scopedBus(environment.bus, 'supervision');
      await expect(bus.serve('rpc.document-secretariat.>', 'supervision', async () => ({}))).rejects.toThrow(BusPermissionError);
      await expect(bus.request('rpc.duty-and-meetings.unit.list', {}, {}, 1000)).rejects.toThrow(BusPermissionError);
      await expect(bus.publish('evt.duty-and-meetings.unit.changed', {}, randomBytes(8).toString('hex'), {})).rejects.toThrow(BusPermissionError);
      await expect(bus.ensureStream('EVT_DUTY_AND_MEETINGS', 'evt.supervision.>')).rejects.toThrow(BusPermissionError);
      await expect(bus.ensureStream('EVT_DUTY_AND_MEETINGS', 'evt.duty-and-meetings.>')).rejects.toThrow(BusPermissionError); // change another's stream
      await bus.ensureStream('EVT_DUTY_AND_MEETINGS', 'evt.duty-and-meetings.>', undefined, true); // make sure it exists: allowed
      await expect(
        bus.consume({ stream: 'EVT_DUTY_AND_MEETINGS', durable: 'document-secretariat--x', filterSubject: 'evt.duty-and-meetings.>', ackWaitMs: 1000, concurrency: 1 }, async () => undefined),
      ).rejects.toThrow(BusPermissionError);
      // Its own subjects are its own.
      const serving = await bus.serve('rpc.supervision.>', 'supervision', async () => ({ ok: true, data: null }));
      await serving.stop();
      // The gateway may call a service (nobody serves this namespace's supervision here: no responders, not a refusal).
      await expect(scopedBus(environment.bus!, 'gateway').request('rpc.supervision.ops.ping', {}, {}, 1000)).rejects.not.toThrow(BusPermissionError);
    });
  });

  describe('NATS with one user per app', () => {
    const passwords = Object.fromEntries(['gateway', ...SERVICE_NAMES].map((app) => [app, randomBytes(12).toString('hex')])) as Record<AppName, string>;
    let server: ChildProcess | undefined;
    let url = '';
    let storeDir = '';
    const connections: NatsConnection[] = [];
    const apps: RunningApp[] = [];

    beforeAll(async () => {
      if (environment.bus) return; // embedded run: no NATS server here
      storeDir = mkdtempSync(join(tmpdir(), 'gov-nats-acl-'));
      const port = await freePort();
      const config = join(storeDir, 'nats.conf');
      writeFileSync(config, `port: ${port}\nhost: 127.0.0.1\njetstream { store_dir: ${JSON.stringify(join(storeDir, 'js'))} }\n${natsAuthorization({ namespace: environment.namespace, passwords })}`);
      server = spawn(process.env.NATS_SERVER_BIN ?? '/usr/sbin/nats-server', ['-c', config], { stdio: 'ignore' });
      url = `nats://127.0.0.1:${port}`;
      await eventually(
        async () => {
          const nc = await connect({ servers: url, user: 'gateway', pass: passwords.gateway, inboxPrefix: '_INBOX_gateway', reconnect: false });
          await nc.close();
          return true;
        },
        15_000,
        'the test NATS server with per-app users',
      );
    });

    afterAll(async () => {
      await Promise.all(connections.map((nc) => nc.close().catch(() => undefined)));
      await Promise.all(apps.map((app) => app.stop()));
      server?.kill('SIGKILL');
      if (storeDir) rmSync(storeDir, { recursive: true, force: true });
    });

    const as = async (app: AppName) => {
      const nc = await connect({ servers: url, user: app, pass: passwords[app], inboxPrefix: `_INBOX_${app.replace(/-/g, '_')}`, reconnect: false });
      connections.push(nc);
      const errors: string[] = [];
      void (async () => {
        for await (const status of nc.status()) if (status.type === 'error') errors.push(String(status.error));
      })();
      return { nc, errors };
    };
    const subject = (s: string) => `${environment.namespace}.${s}`;

    it('refuses supervision’s credential another service’s request subjects, events and calls', async () => {
      if (environment.bus) return;
      const { nc, errors } = await as('supervision');
      const foreign = nc.subscribe(subject('rpc.document-secretariat.>'), { queue: 'document-secretariat' });
      const closed = (async () => {
        for await (const message of foreign) void message;
      })();
      await expect(closed).rejects.toThrow(/Permissions Violation for Subscription/);

      nc.publish(subject('evt.duty-and-meetings.unit.changed'), '{}');
      nc.publish(subject('rpc.duty-and-meetings.unit.list'), '{}');
      await nc.flush();
      await eventually(async () => errors.filter((e) => /Permissions Violation for Publish/.test(e)).length >= 2, 5000, 'two refused publishes');
      expect(errors.join('\n')).toContain('evt.duty-and-meetings.unit.changed');
      expect(errors.join('\n')).toContain('rpc.duty-and-meetings.unit.list');
    });

    it('refuses a wrong password, and lets the apps do their real work with their own users', async () => {
      if (environment.bus) return;
      await expect(connect({ servers: url, user: 'supervision', pass: 'wrong', reconnect: false })).rejects.toThrow(/Authorization/i);

      const envFor = (app: AppName) => ({ ...environment.env, NATS_URL: url, NATS_USER: app, NATS_PASSWORD: passwords[app] });
      apps.push(await startService(dutyAndMeetingsDefinition, { env: envFor('duty-and-meetings'), opsServer: false }));
      apps.push(await startService(supervisionDefinition, { env: envFor('supervision'), opsServer: false }));
      const gatewayBus = await NatsBus.connect(url, environment.namespace, 'test-gateway', createLogger('test', 'silent'), undefined, {
        user: 'gateway',
        password: passwords.gateway,
        inboxPrefix: '_INBOX_gateway',
      });
      try {
        const rpc = new RpcClient(gatewayBus, 5000, new CallerSigner(environment.env.CALLER_SIGNING_KEY));
        const unit = await rpc.call<UnitView>(
          'duty-and-meetings',
          UnitSubjects.create,
          { code: `ACL-${randomBytes(3).toString('hex')}`, name: '权限测试单位', type: 'department', liaisons: [], dutyPhones: [] },
          zongheStaff(),
        );
        // duty-and-meetings published on its own stream, supervision consumed it with its own user.
        const supervision = apps[1];
        await eventually(
          async () => (await supervision.parts.dataSource.query(`SELECT 1 FROM "${supervision.parts.schema}".unit_directory WHERE id = $1`, [unit.id])).length === 1,
          20_000,
          'the unit in supervision’s read model',
        );
      } finally {
        await gatewayBus.close();
      }
    });
  });
});
