import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { PlatformParts } from '@gov/platform';
import { createUserForTest, signIn } from '@gov/service-gateway';
import { createTestEnvironment, eventually, freePort, type TestEnvironment } from '@gov/testing';
import request from 'supertest';
import { launchPlatform, type RunningPlatform } from '../src/launch.js';

interface MirroredItem {
  id: string;
  title: string;
  status: string;
  leadUnitId: string | null;
  version: number;
}

interface DeliveryBody {
  id: string;
  subject: string;
  producer: string;
  occurredAt: string;
  data: MirroredItem;
}

interface Delivery {
  id: string;
  eventId: string;
  subject: string;
  status: string;
  attempts: number;
  lastError: string | null;
  replays: number;
}

/**
 * What an outside system runs (docs/WEBHOOKS.md): an HTTP receiver that verifies each delivery's signature and
 * timestamp, applies each event once (dedupe by event id) and keeps the newest version of each 督办 item.
 */
class Receiver {
  private server?: Server;
  secret = '';
  /** Answer every request with this status (a broken receiver). */
  failWith?: number;
  readonly items = new Map<string, MirroredItem>();
  readonly seen = new Set<string>();
  requests = 0;
  duplicates = 0;
  badSignatures = 0;

  constructor(readonly port: number) {}

  get url(): string {
    return `http://127.0.0.1:${this.port}/hooks/gov`;
  }

  /** The guide's verification: HMAC-SHA256 of `timestamp + "." + body`, constant-time, within five minutes. */
  static verify(secret: string, timestamp: string | undefined, signature: string | undefined, body: string): boolean {
    if (!timestamp || !signature?.startsWith('sha256=') || Math.abs(Date.now() / 1000 - Number(timestamp)) > 300) return false;
    const expected = createHmac('sha256', secret).update(`${timestamp}.${body}`).digest();
    const given = Buffer.from(signature.slice(7), 'hex');
    return given.length === expected.length && timingSafeEqual(given, expected);
  }

  async start(): Promise<void> {
    this.server = createServer((req: IncomingMessage, res: ServerResponse) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        this.requests++;
        if (this.failWith) return void res.writeHead(this.failWith).end('接收方故障');
        const body = Buffer.concat(chunks).toString('utf8');
        if (!Receiver.verify(this.secret, req.headers['x-gov-timestamp'] as string, req.headers['x-gov-signature'] as string, body)) {
          this.badSignatures++;
          return void res.writeHead(401).end();
        }
        const eventId = req.headers['x-gov-event-id'] as string;
        if (this.seen.has(eventId)) {
          this.duplicates++;
          return void res.writeHead(204).end();
        }
        const event = JSON.parse(body) as DeliveryBody;
        if (event.id !== eventId || event.subject !== req.headers['x-gov-subject']) return void res.writeHead(400).end();
        const item = event.data;
        const known = this.items.get(item.id);
        // A 督办 item's snapshot carries its version: only a newer one replaces the copy (events may come out of order).
        if (event.subject.startsWith('evt.supervision.item.') && (!known || known.version < item.version)) {
          this.items.set(item.id, { id: item.id, title: item.title, status: item.status, leadUnitId: item.leadUnitId, version: item.version });
        }
        this.seen.add(eventId);
        res.writeHead(204).end();
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(this.port, '127.0.0.1', resolve));
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (!server) return;
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }

  copy(): MirroredItem[] {
    return [...this.items.values()].sort((a, b) => a.id.localeCompare(b.id));
  }
}

/**
 * Issue 22 item 4: webhooks for consumers that cannot speak NATS. The system administrator registers a subscription;
 * every 督办 event reaches the receiver signed, at least once; the receiver goes down mid-stream, the deliveries fail
 * and are retried, and after its restart its copy is exactly supervision's list. A receiver down for long enough is
 * paused (not flooded), with a task for the administrator, and delivered to in full once resumed.
 */
describe('webhooks: signed deliveries that stay exactly in sync through a receiver restart', () => {
  let environment: TestEnvironment;
  let platform: RunningPlatform;
  let http: ReturnType<typeof request>;
  let admin: string;
  let ducha: string;
  let staff: string;
  let unitId: string;
  let receiver: Receiver;
  const started = new Date(Date.now() - 1000).toISOString();

  const bearer = (token: string) => `Bearer ${token}`;
  const parts = (app: string): PlatformParts => platform.services.find((s) => s.parts.app === app)!.parts;
  const createItem = async (title: string) => {
    const created = await http
      .post('/api/supervision/items')
      .set('authorization', bearer(ducha))
      .set('idempotency-key', randomUUID())
      .send({ kind: 'special_inspection', title, content: 'Webhook 端到端', leadUnitId: unitId, coUnitIds: [] });
    expect({ status: created.status, problem: created.status === 201 ? undefined : created.body }).toEqual({ status: 201, problem: undefined });
    return created;
  };
  const platformItems = async (): Promise<MirroredItem[]> => {
    const list = await http.get('/api/supervision/items').query({ limit: 100 }).set('authorization', bearer(ducha));
    expect(list.status).toBe(200);
    return (list.body.items as MirroredItem[])
      .map(({ id, title, status, leadUnitId, version }) => ({ id, title, status, leadUnitId, version }))
      .sort((a, b) => a.id.localeCompare(b.id));
  };
  const deliveries = async (webhookId: string, status?: string): Promise<Delivery[]> =>
    (await http.get(`/api/admin/webhooks/${webhookId}/deliveries`).query({ limit: 100, ...(status ? { status } : {}) }).set('authorization', bearer(admin))).body.items as Delivery[];
  const webhook = async (webhookId: string) => (await http.get(`/api/admin/webhooks/${webhookId}`).set('authorization', bearer(admin))).body;

  beforeAll(async () => {
    environment = await createTestEnvironment({
      WEBHOOK_ALLOW_PRIVATE_ADDRESSES: 'true',
      WEBHOOK_BACKOFF_BASE_MS: '100',
      WEBHOOK_BACKOFF_MAX_MS: '1000',
      WEBHOOK_PAUSE_AFTER_FAILURES: '8',
      WEBHOOK_PAUSE_AFTER_MINUTES: '0',
      WEBHOOK_POLL_MS: '100',
      WEBHOOK_TIMEOUT_MS: '3000',
    });
    platform = await launchPlatform({ env: environment.env, bus: environment.bus, port: 0, host: '127.0.0.1' });
    http = request(platform.gateway.url);
    const sysadmin = await createUserForTest(platform.gateway, { roles: ['sys_admin'], sectionCode: null });
    admin = await signIn(http, sysadmin.username, sysadmin.password, sysadmin.totpSecret);
    const duchaUser = await createUserForTest(platform.gateway, { roles: ['section_staff'], sectionCode: 'ducha', clearance: 2 });
    ducha = await signIn(http, duchaUser.username, duchaUser.password, duchaUser.totpSecret);
    const zongheUser = await createUserForTest(platform.gateway, { roles: ['section_staff'], sectionCode: 'zonghe' });
    staff = await signIn(http, zongheUser.username, zongheUser.password);
    const unit = await http
      .post('/api/units')
      .set('authorization', bearer(staff))
      .send({ code: 'E2E-WEBHOOK', name: 'Webhook 端到端单位', type: 'department', liaisons: [], dutyPhones: [] });
    expect(unit.status).toBe(201);
    unitId = unit.body.id;
    const supervision = parts('supervision');
    await eventually(async () => {
      const [row] = await supervision.dataSource.query(`SELECT count(*)::int AS n FROM "${supervision.schema}".unit_directory WHERE id = $1`, [unitId]);
      const calendar = await supervision.dataSource.query(`SELECT 1 FROM "${supervision.schema}".calendar_year_copy WHERE year = 2026`);
      return row.n === 1 && calendar.length === 1;
    }, 20_000, 'the unit and the 2026 calendar in supervision');
    receiver = new Receiver(await freePort());
    await receiver.start();
  });

  afterAll(async () => {
    await receiver?.stop();
    await platform?.stop();
    await environment?.dispose();
  });

  it('only-the-system-administrator-registers-and-bad-subscriptions-are-4xx-problems-in-chinese', async () => {
    const body = { url: receiver.url, subjects: ['evt.supervision.item.*'], description: '测试' };
    expect((await http.post('/api/admin/webhooks').set('authorization', bearer(ducha)).send(body)).status).toBe(403);
    expect((await http.get('/api/admin/webhooks').set('authorization', bearer(staff))).status).toBe(403);

    const badSubjects = await http.post('/api/admin/webhooks').set('authorization', bearer(admin)).send({ ...body, subjects: ['rpc.supervision.>'] });
    expect(badSubjects.status).toBe(400);
    expect(badSubjects.headers['content-type']).toContain('application/problem+json');
    expect(badSubjects.body.errors[0].message).toContain('evt.');

    const ftp = await http.post('/api/admin/webhooks').set('authorization', bearer(admin)).send({ ...body, url: 'ftp://127.0.0.1/x' });
    expect(ftp.status).toBe(422);
    expect(ftp.body).toMatchObject({ code: 'WEBHOOK.ADDRESS_REFUSED' });
    expect(ftp.body.detail).toContain('http');

    const unknown = await http.get(`/api/admin/webhooks/${randomUUID()}`).set('authorization', bearer(admin));
    expect(unknown.status).toBe(404);
    expect(unknown.body.code).toBe('WEBHOOK.NOT_FOUND');
  });

  it('delivers-every-item-event-signed-retries-while-the-receiver-is-down-and-its-copy-ends-equal-to-supervisions-list', async () => {
    const created = await http
      .post('/api/admin/webhooks')
      .set('authorization', bearer(admin))
      .send({ url: receiver.url, subjects: ['evt.supervision.item.*'], description: '市督查平台：同步督办事项' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ state: 'active', subjects: ['evt.supervision.item.*'] });
    expect(created.body.secret).toMatch(/^whsec_/);
    receiver.secret = created.body.secret;
    const webhookId = created.body.id as string;
    const read = await webhook(webhookId);
    expect(read.secret).toBeUndefined();
    expect(read.state).toBe('active');
    // The secret is kept sealed, never in clear.
    const [stored] = await environment.query<{ secret_sealed: string }>(`SELECT secret_sealed FROM gateway.webhook_subscription WHERE id = $1`, [webhookId]);
    expect(stored.secret_sealed.startsWith('sm4:')).toBe(true);
    expect(stored.secret_sealed).not.toContain(created.body.secret);

    for (let n = 1; n <= 3; n++) await createItem(`Webhook 事项 ${n}`);
    await eventually(async () => receiver.items.size === 3, 30_000, 'the first three items at the receiver');

    // The receiver goes down mid-stream: the office keeps working, the deliveries fail and are retried.
    await receiver.stop();
    const more = [];
    for (let n = 4; n <= 6; n++) more.push(await createItem(`Webhook 事项 ${n}`));
    const first = more[0].body as { id: string };
    const withdrawn = await http
      .post(`/api/supervision/items/${first.id}/withdrawal`)
      .set('authorization', bearer(ducha))
      .set('if-match', more[0].headers.etag as string)
      .send({ reason: '专项督查已合并' });
    expect(withdrawn.status).toBe(200);
    const failing = await eventually(
      async () => (await deliveries(webhookId, 'pending')).find((d) => d.attempts >= 2 && d.lastError),
      30_000,
      'a delivery failed twice while the receiver is down',
    );
    expect(failing.lastError).toContain('无法连接');
    expect((await webhook(webhookId)).state).toBe('active');

    await receiver.start();
    const expected = await platformItems();
    expect(expected.length).toBe(6);
    expect(expected.find((i) => i.id === first.id)?.status).toBe('withdrawn');
    await eventually(
      async () => JSON.stringify(receiver.copy()) === JSON.stringify(expected) && (await deliveries(webhookId, 'pending')).length === 0,
      30_000,
      'the receiver’s copy equal to supervision’s list, every delivery delivered after the restart',
    );
    expect(receiver.copy()).toEqual(expected);
    expect(receiver.badSignatures).toBe(0);

    const all = await deliveries(webhookId);
    expect(all.filter((d) => d.status !== 'delivered')).toEqual([]);
    expect(all.find((d) => d.id === failing.id)!.attempts).toBeGreaterThanOrEqual(3);
    expect(new Set(all.map((d) => d.eventId)).size).toBe(all.length);

    // Replayed, one or all since a time: sent again (at least once), deduplicated by the receiver, the copy unchanged.
    const duplicatesBefore = receiver.duplicates;
    const one = await http.post(`/api/admin/webhooks/${webhookId}/deliveries/${all[0].id}/replay`).set('authorization', bearer(admin)).send({});
    expect(one.status).toBe(200);
    expect(one.body).toMatchObject({ id: all[0].id, status: 'pending', replays: 1 });
    await eventually(async () => receiver.duplicates >= duplicatesBefore + 1, 15_000, 'the replayed delivery');
    const badFrom = await http.post(`/api/admin/webhooks/${webhookId}/replay`).query({ from: 'yesterday' }).set('authorization', bearer(admin)).send({});
    expect(badFrom.status).toBe(400);
    const since = await http.post(`/api/admin/webhooks/${webhookId}/replay`).query({ from: started }).set('authorization', bearer(admin)).send({});
    expect(since.status).toBe(200);
    expect(since.body.replayed).toBe(all.length);
    await eventually(async () => receiver.duplicates >= duplicatesBefore + 1 + all.length, 20_000, 'every delivery replayed');
    expect(receiver.copy()).toEqual(expected);

    // A new secret is shown once and signs from then on.
    const rotated = await http.post(`/api/admin/webhooks/${webhookId}/rotate-secret`).set('authorization', bearer(admin)).send({});
    expect(rotated.status).toBe(200);
    expect(rotated.body.secret).not.toBe(created.body.secret);
    receiver.secret = rotated.body.secret;
    await createItem('Webhook 事项 7');
    await eventually(async () => receiver.items.size === 7, 20_000, 'the item signed with the new secret');
    expect(receiver.badSignatures).toBe(0);
    expect(receiver.copy()).toEqual(await platformItems());

    // Retired with a reason: kept, no longer fed.
    const retired = await http.post(`/api/admin/webhooks/${webhookId}/retire`).set('authorization', bearer(admin)).send({ reason: '接收方系统下线' });
    expect(retired.status).toBe(200);
    expect(retired.body).toMatchObject({ state: 'retired', stateReason: '接收方系统下线' });
    expect((await http.post(`/api/admin/webhooks/${webhookId}/resume`).set('authorization', bearer(admin)).send({})).status).toBe(422);
  });

  it('pauses-a-subscription-whose-receiver-keeps-failing-opens-a-task-stops-sending-and-delivers-all-once-resumed', async () => {
    const broken = new Receiver(await freePort());
    broken.failWith = 503;
    await broken.start();
    try {
      const created = await http
        .post('/api/admin/webhooks')
        .set('authorization', bearer(admin))
        .send({ url: broken.url, subjects: ['evt.supervision.>'], description: '故障接收方' });
      expect(created.status).toBe(201);
      broken.secret = created.body.secret;
      const webhookId = created.body.id as string;
      await createItem('暂停测试事项 1');
      await createItem('暂停测试事项 2');

      const paused = await eventually(
        async () => {
          const view = await webhook(webhookId);
          return view.state === 'paused' ? view : undefined;
        },
        30_000,
        'the subscription paused after eight failures',
      );
      expect(paused).toMatchObject({ state: 'paused', stateChangedBy: 'system', consecutiveFailures: 8 });
      expect(paused.stateReason).toContain('连续 8 次');
      expect(paused.lastError).toContain('HTTP 503');
      expect(paused.pendingDeliveries).toBeGreaterThanOrEqual(1);

      const tasks = (await http.get('/api/admin/tasks').query({ status: 'open' }).set('authorization', bearer(admin))).body.items as { kind: string; webhookId: string; replayPath: string; title: string }[];
      const task = tasks.find((t) => t.webhookId === webhookId);
      expect(task).toMatchObject({ kind: 'webhook_paused', replayPath: `/api/admin/webhooks/${webhookId}/resume` });
      expect(task!.title).toContain('已自动暂停');

      // Not flooded: nothing more is sent while it is paused.
      const sent = broken.requests;
      await new Promise((resolve) => setTimeout(resolve, 1500));
      expect(broken.requests).toBe(sent);

      // Fixed and resumed through the path the task shows: everything queued meanwhile arrives, the task closes.
      broken.failWith = undefined;
      const resumed = await http.post(task!.replayPath).set('authorization', bearer(admin)).send({});
      expect(resumed.status).toBe(200);
      expect(resumed.body).toMatchObject({ state: 'active', consecutiveFailures: 0 });
      await eventually(
        async () => broken.copy().filter((i) => i.title.startsWith('暂停测试事项')).length === 2 && (await deliveries(webhookId, 'pending')).length === 0,
        30_000,
        'the queued deliveries after the resumption',
      );
      const delivered = await deliveries(webhookId);
      expect(broken.seen.size).toBe(delivered.length);
      expect(broken.badSignatures).toBe(0);
      const closed = (await http.get('/api/admin/tasks').query({ status: 'closed' }).set('authorization', bearer(admin))).body.items as { webhookId: string }[];
      expect(closed.some((t) => t.webhookId === webhookId)).toBe(true);

      const pausedByHand = await http.post(`/api/admin/webhooks/${webhookId}/pause`).set('authorization', bearer(admin)).send({ reason: '接收方维护' });
      expect(pausedByHand.body).toMatchObject({ state: 'paused', stateReason: '接收方维护' });
      expect((await http.post(`/api/admin/webhooks/${webhookId}/pause`).set('authorization', bearer(admin)).send({})).status).toBe(400);
      const list = await http.get('/api/admin/webhooks').query({ state: 'paused' }).set('authorization', bearer(admin));
      expect(list.body.items.map((w: { id: string }) => w.id)).toContain(webhookId);
    } finally {
      await broken.stop();
    }
  });
});
