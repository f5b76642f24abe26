import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { createServer, connect as tcpConnect, type Server, type Socket } from 'node:net';
import { jetstreamManager } from '@nats-io/jetstream';
import { connect as natsConnect } from '@nats-io/transport-node';
import { CALENDAR_YEAR_PUBLISHED, OpsSubjects, streamOf } from '@gov/contracts-common';
import { buildEnvelope, CalendarCopy, DomainError, InProcessBus, createLogger, type RunningApp } from '@gov/platform';
import { informationDefinition } from '@gov/service-information';
import { connectTestClient, createTestEnvironment, eventually, natsUrl, producerHeaders, startTestApp, type TestEnvironment } from '@gov/testing';

/**
 * The platform's failure modes of issue 12, against real PostgreSQL and NATS (or the embedded defaults): one
 * connection per transaction, bounded pool waits answered as 503, the outbox's bookkeeping on a failed publish,
 * tolerant event reading, readiness that follows the bus, and the retention of messaging rows.
 */
describe('platform failure modes', () => {
  let environment: TestEnvironment;
  let app: RunningApp;
  let client: Awaited<ReturnType<typeof connectTestClient>>;
  const sql = (text: string, params: unknown[] = []) => app.parts.dataSource.query(text, params);

  beforeAll(async () => {
    environment = await createTestEnvironment();
    // Two connections and a short acquire timeout: a transaction that took a second one would fail here at once.
    app = await startTestApp(environment, informationDefinition, { env: { DB_POOL_SIZE: '2', DB_ACQUIRE_TIMEOUT_MS: '1000' } });
    client = await connectTestClient(environment);
  });

  afterAll(async () => {
    await client?.close();
    await app?.stop();
    await environment?.dispose();
  });

  it('inside-a-transaction-every-query-of-the-data-source-runs-on-its-connection-so-twenty-fit-in-a-pool-of-two', async () => {
    const { dataSource, transactions } = app.parts;
    const calendar = app.nest.get(CalendarCopy);
    const results = await Promise.all(
      Array.from({ length: 20 }, () =>
        transactions.run(async (tx) => {
          const [{ pid }] = await tx.manager.query('SELECT pg_backend_pid() AS pid');
          await tx.manager.query(`SELECT pg_sleep(0.02)`);
          // The helpers that used to take a second connection: the data source itself, the calendar copy, a nested run.
          const [{ pid: viaDataSource }] = await dataSource.query('SELECT pg_backend_pid() AS pid');
          await calendar.current();
          const nested = await transactions.run(async (inner) => (await inner.manager.query('SELECT pg_backend_pid() AS pid'))[0].pid as number);
          return [pid, viaDataSource, nested];
        }),
      ),
    );
    for (const [pid, viaDataSource, nested] of results) {
      expect(viaDataSource).toBe(pid);
      expect(nested).toBe(pid);
    }
  });

  it('a-write-inside-a-transaction-is-seen-by-a-helper-reading-through-the-data-source-before-commit', async () => {
    const eventId = randomUUID();
    await expect(
      app.parts.transactions.run(async (tx) => {
        await tx.manager.query(`INSERT INTO information.inbox (consumer, event_id, subject) VALUES ('test', $1, 'evt.test')`, [eventId]);
        const seen = await app.parts.dataSource.query(`SELECT 1 FROM information.inbox WHERE event_id = $1`, [eventId]);
        expect(seen).toHaveLength(1);
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    expect(await sql(`SELECT 1 FROM information.inbox WHERE event_id = $1`, [eventId])).toHaveLength(0);
  });

  it('a-pool-held-by-others-answers-503-unavailable-within-the-acquire-timeout-not-a-hang', async () => {
    const { dataSource } = app.parts;
    // Both connections busy for three seconds (outside any transaction of the service).
    const holders = [dataSource.query('SELECT pg_sleep(3)'), dataSource.query('SELECT pg_sleep(3)')];
    await new Promise((resolve) => setTimeout(resolve, 100));
    const started = Date.now();
    const failure = await client.rpc.call('information', OpsSubjects.ping, {}).then(
      () => null,
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(DomainError);
    expect((failure as DomainError).toBody()).toMatchObject({ kind: 'unavailable', code: 'SERVICE.UNAVAILABLE' });
    expect(Date.now() - started).toBeLessThan(2900);
    await Promise.all(holders);
  });

  it('a-failed-publish-keeps-its-attempts-and-error-and-the-rows-that-went-out-are-not-sent-again', async () => {
    const { transactions, relay } = app.parts;
    await relay.flush();
    // One event to the service's own stream, one to a subject no stream takes: the bus refuses it.
    const [good, bad] = await transactions.run(async (tx) => [
      (await tx.emit('evt.information.test.recorded', { n: 1 })).id,
      (await tx.emit('evt.nobody.test.recorded', { n: 2 })).id,
    ]);
    await relay.flush();
    const rows = async () => {
      const list: { id: string; sent_at: Date | null; attempts: number; last_error: string | null; claimed_until: Date | null }[] = await sql(
        `SELECT id, sent_at, attempts, last_error, claimed_until FROM information.outbox WHERE id = ANY($1::uuid[])`,
        [[good, bad]],
      );
      return Object.fromEntries(list.map((r) => [r.id, r]));
    };
    const first = await rows();
    expect(first[good]).toMatchObject({ attempts: 1, last_error: null, claimed_until: null });
    expect(first[good].sent_at).not.toBeNull();
    expect(first[bad]).toMatchObject({ sent_at: null, attempts: 1 });
    expect(first[bad].last_error).toBeTruthy();
    // The failed row waits for its backoff before the next try.
    expect(new Date(first[bad].claimed_until as Date).getTime()).toBeGreaterThan(Date.now());
    await relay.flush();
    expect((await rows())[good].attempts).toBe(1); // what went out is not sent again
    // Once its backoff is over, it is tried again and the attempt is counted.
    await sql(`UPDATE information.outbox SET claimed_until = now() - interval '1 second' WHERE id = $1`, [bad]);
    await relay.flush();
    expect((await rows())[bad].attempts).toBeGreaterThanOrEqual(2);
    // Not sent, never: it stays for an operator; it must not block what comes after.
    await sql(`UPDATE information.outbox SET sent_at = now() WHERE id = $1`, [bad]);
  });

  it('an-event-with-a-field-the-consumer-does-not-know-yet-is-applied-not-dead-lettered', async () => {
    const producer = 'duty-and-meetings';
    await client.bus.ensureStream(streamOf(producer), `evt.${producer}.>`);
    const data = { year: 2031, holidays: [], makeupWorkdays: [], source: '国务院办公厅通知（测试）', version: 7, announcedBy: '新版本生产者才有的字段' };
    const envelope = buildEnvelope(producer, CALENDAR_YEAR_PUBLISHED, data);
    // Signed as duty-and-meetings (as its relay does): only an unknown field, nothing else, is new here.
    await client.bus.publish(CALENDAR_YEAR_PUBLISHED, envelope, envelope.id, producerHeaders(environment, producer, envelope));
    await eventually(async () => (await sql(`SELECT version FROM information.calendar_year_copy WHERE year = 2031`))[0]?.version === 7, 15_000, 'the year applied');
    expect(await sql(`SELECT 1 FROM information.dead_letter WHERE event_id = $1`, [envelope.id])).toHaveLength(0);
  });

  it('an-event-whose-known-field-is-wrong-still-goes-to-the-dead-letters', async () => {
    const producer = 'duty-and-meetings';
    const envelope = buildEnvelope(producer, CALENDAR_YEAR_PUBLISHED, { year: 'MMXXXII', holidays: [], makeupWorkdays: [], source: 'x', version: 1 });
    await client.bus.publish(CALENDAR_YEAR_PUBLISHED, envelope, envelope.id, producerHeaders(environment, producer, envelope));
    await eventually(async () => (await sql(`SELECT 1 FROM information.dead_letter WHERE event_id = $1`, [envelope.id])).length === 1, 15_000, 'the dead letter');
  });

  it('retention-purges-sent-outbox-rows-and-inbox-rows-past-their-age-and-keeps-the-rest', async () => {
    const ids = { oldSent: randomUUID(), newSent: randomUUID(), oldUnsent: randomUUID(), oldInbox: randomUUID(), newInbox: randomUUID() };
    const outbox = (id: string, sentAgo: string | null, createdAgo: string) =>
      sql(
        `INSERT INTO information.outbox (id, subject, envelope, created_at, sent_at, attempts, claimed_until)
         VALUES ($1, 'evt.information.test.old', '{}', now() - $2::interval, now() - $3::interval, 1, now() + interval '1 hour')`,
        [id, createdAgo, sentAgo],
      );
    await outbox(ids.oldSent, '8 days', '8 days');
    await outbox(ids.newSent, '6 days', '6 days');
    await outbox(ids.oldUnsent, null, '30 days');
    await sql(`INSERT INTO information.inbox (consumer, event_id, subject, processed_at) VALUES ('test', $1, 'evt.x', now() - interval '31 days'), ('test', $2, 'evt.x', now() - interval '29 days')`, [ids.oldInbox, ids.newInbox]);
    const purged = await app.parts.retention!.purge();
    expect(purged.outbox).toBeGreaterThanOrEqual(1);
    expect(purged.inbox).toBeGreaterThanOrEqual(1);
    const left = (await sql(`SELECT id FROM information.outbox WHERE id = ANY($1::uuid[])`, [[ids.oldSent, ids.newSent, ids.oldUnsent]])).map((r: { id: string }) => r.id);
    expect(left.sort()).toEqual([ids.newSent, ids.oldUnsent].sort());
    const inbox = (await sql(`SELECT event_id FROM information.inbox WHERE event_id = ANY($1::uuid[])`, [[ids.oldInbox, ids.newInbox]])).map((r: { event_id: string }) => r.event_id);
    expect(inbox).toEqual([ids.newInbox]);
    await sql(`UPDATE information.outbox SET sent_at = now() WHERE id = $1`, [ids.oldUnsent]); // not the relay's business any more
  });

  it('the-event-streams-have-a-max-age-and-the-in-process-bus-purges-acknowledged-messages-past-it', async () => {
    if (environment.bus) {
      // The embedded mode: the bus's own tables are purged of old messages every consumer has passed.
      const bus = environment.bus as InProcessBus;
      await sql(`UPDATE platform_bus.message SET stored_at = now() - interval '30 days' WHERE subject = $1`, [CALENDAR_YEAR_PUBLISHED]);
      const purged = await bus.purge(new Date(Date.now() - 14 * 24 * 3600 * 1000));
      expect(purged).toBeGreaterThanOrEqual(1);
      return;
    }
    const nc = await natsConnect({ servers: natsUrl() as string });
    try {
      const jsm = await jetstreamManager(nc);
      const info = await jsm.streams.info(`${environment.namespace.toUpperCase()}_${streamOf('information')}`);
      expect(info.config.max_age).toBe(14 * 24 * 3600 * 1e9);
    } finally {
      await nc.close();
    }
  });

  it('readiness-turns-red-while-the-bus-is-gone-and-green-again-when-it-is-back', async () => {
    if (environment.bus) {
      // The embedded mode: a closed in-process bus is not ready.
      const bus = await InProcessBus.open(environment.databaseUrl, createLogger('ready-test', 'silent'), 50);
      expect(bus.isConnected()).toBe(true);
      await bus.close();
      expect(bus.isConnected()).toBe(false);
      return;
    }
    // NATS through a proxy this test controls: cutting it is a NATS outage for this app alone.
    const target = new URL((natsUrl() as string).split(',')[0]);
    const sockets = new Set<Socket>();
    let proxy: Server | undefined;
    const openProxy = (port = 0) =>
      new Promise<number>((resolve) => {
        proxy = createServer((socket) => {
          const upstream = tcpConnect(Number(target.port || 4222), target.hostname);
          sockets.add(socket).add(upstream);
          socket.pipe(upstream).pipe(socket);
          const close = () => {
            socket.destroy();
            upstream.destroy();
          };
          socket.on('error', close).on('close', close);
          upstream.on('error', close).on('close', close);
        });
        proxy.listen(port, '127.0.0.1', () => resolve((proxy?.address() as { port: number }).port));
      });
    const cut = () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        sockets.clear();
        proxy?.close(() => resolve());
      });
    const port = await openProxy();
    const watched = await startTestApp(environment, informationDefinition, { env: { NATS_URL: `nats://127.0.0.1:${port}`, INSTANCE_ID: 'information-ready' }, opsServer: true });
    const ready = async () => {
      const res = await fetch(`http://127.0.0.1:${watched.opsPort}/health/ready`);
      return { status: res.status, body: (await res.json()) as { checks: Record<string, boolean> } };
    };
    try {
      expect(await ready()).toEqual({ status: 200, body: { status: 'ok', checks: { database: true, bus: true } } });
      await cut();
      const red = await eventually(async () => {
        const answer = await ready();
        return answer.status === 503 ? answer : undefined;
      }, 10_000, 'readiness to turn red');
      expect(red.body.checks).toEqual({ database: true, bus: false });
      expect((await fetch(`http://127.0.0.1:${watched.opsPort}/health/live`)).status).toBe(200);
      await openProxy(port);
      await eventually(async () => (await ready()).status === 200, 15_000, 'readiness to turn green again');
    } finally {
      await watched.stop();
      await cut();
    }
  }, 60_000);
});
