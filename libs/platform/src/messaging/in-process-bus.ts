import type { Logger } from 'pino';
import type { DataSource, MigrationInterface, QueryRunner } from 'typeorm';
import { openDatabase } from '../database/data-source.js';
import {
  NoRespondersError,
  RequestTimeoutError,
  type Bus,
  type BusHeaders,
  type ConsumerSpec,
  type DeliveredEvent,
  type IncomingRequest,
  type Stoppable,
  withConcurrency,
} from './bus.js';
import { subjectCovers } from './bus-permissions.js';

/** Does a NATS-style subject pattern (`*` one token, `>` the rest) match a subject? The one matcher of the platform. */
export const subjectMatches = subjectCovers;

const BUS_SCHEMA = 'platform_bus';

/** The tables of the in-process bus's durable streams: messages, consumers, and their pending deliveries. */
export class InProcessBusTables1764100000200 implements MigrationInterface {
  name = 'InProcessBusTables1764100000200';
  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`CREATE TABLE ${BUS_SCHEMA}.stream (name text PRIMARY KEY, subject_pattern text NOT NULL)`);
    await runner.query(`
      CREATE TABLE ${BUS_SCHEMA}.message (
        seq bigserial PRIMARY KEY,
        stream text NOT NULL REFERENCES ${BUS_SCHEMA}.stream (name),
        subject text NOT NULL,
        msg_id text NOT NULL,
        data jsonb NOT NULL,
        headers jsonb NOT NULL,
        stored_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (stream, msg_id)
      )`);
    await runner.query(`CREATE INDEX message_stream_seq_idx ON ${BUS_SCHEMA}.message (stream, seq)`);
    await runner.query(`
      CREATE TABLE ${BUS_SCHEMA}.consumer (
        stream text NOT NULL,
        durable text NOT NULL,
        filter_subject text NOT NULL,
        cursor bigint NOT NULL DEFAULT 0,
        PRIMARY KEY (stream, durable)
      )`);
    await runner.query(`
      CREATE TABLE ${BUS_SCHEMA}.pending (
        stream text NOT NULL,
        durable text NOT NULL,
        seq bigint NOT NULL,
        deliveries integer NOT NULL DEFAULT 0,
        not_before timestamptz NOT NULL,
        PRIMARY KEY (stream, durable, seq)
      )`);
  }
  async down(runner: QueryRunner): Promise<void> {
    for (const table of ['pending', 'consumer', 'message', 'stream']) await runner.query(`DROP TABLE ${BUS_SCHEMA}.${table}`);
  }
}

interface Subscription {
  pattern: string;
  queue: string;
  handler: (request: IncomingRequest) => Promise<unknown>;
  inflight: Set<Promise<unknown>>;
}

const clone = <T>(value: T): T => (value === undefined ? value : JSON.parse(JSON.stringify(value)));

/**
 * The bus of the embedded mode, for a platform running in one process without NATS. It keeps NATS's
 * contracts and guarantees: request-reply with queue groups, timeouts and no-responder errors; streams
 * that store every message durably (in PostgreSQL, so a `kill -9` loses nothing), deduplicate by message
 * id, and deliver to durable consumers with explicit acknowledgement, redelivery after a delay or after
 * the acknowledgement wait, so that a slow or failing message never holds up the next one.
 */
export class InProcessBus implements Bus {
  readonly kind = 'in-process' as const;
  private readonly subscriptions: Subscription[] = [];
  private readonly streams = new Map<string, string>();
  private readonly wakers = new Set<() => void>();
  private roundRobin = 0;
  private closed = false;

  private constructor(
    private readonly dataSource: DataSource,
    private readonly logger: Logger,
    private readonly pollMs: number,
  ) {}

  static async open(databaseUrl: string, logger: Logger, pollMs = 250): Promise<InProcessBus> {
    const dataSource = await openDatabase(
      { url: databaseUrl, schema: BUS_SCHEMA, entities: [], migrations: [InProcessBusTables1764100000200], applicationName: 'in-process-bus', poolSize: 5 },
      logger,
    );
    const bus = new InProcessBus(dataSource, logger, pollMs);
    for (const row of await dataSource.query(`SELECT name, subject_pattern FROM ${BUS_SCHEMA}.stream`)) bus.streams.set(row.name, row.subject_pattern);
    return bus;
  }

  async request(subject: string, data: unknown, headers: BusHeaders, timeoutMs: number): Promise<unknown> {
    const candidates = this.subscriptions.filter((s) => subjectMatches(s.pattern, subject));
    if (!candidates.length || this.closed) throw new NoRespondersError(subject);
    const target = candidates[this.roundRobin++ % candidates.length];
    let timer: NodeJS.Timeout | undefined;
    const work = target.handler({ subject, data: clone(data ?? {}), headers: { ...headers } });
    target.inflight.add(work);
    void work.finally(() => target.inflight.delete(work)).catch(() => undefined);
    try {
      return clone(
        await Promise.race([
          work,
          new Promise((_, reject) => {
            timer = setTimeout(() => reject(new RequestTimeoutError(subject, timeoutMs)), timeoutMs);
          }),
        ]),
      );
    } finally {
      clearTimeout(timer);
    }
  }

  async serve(subjectPattern: string, queue: string, handler: (request: IncomingRequest) => Promise<unknown>): Promise<Stoppable> {
    const subscription: Subscription = { pattern: subjectPattern, queue, handler, inflight: new Set() };
    this.subscriptions.push(subscription);
    return {
      stop: async () => {
        const index = this.subscriptions.indexOf(subscription);
        if (index >= 0) this.subscriptions.splice(index, 1);
        await Promise.allSettled([...subscription.inflight]);
      },
    };
  }

  async ensureStream(stream: string, subjectPattern: string): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO ${BUS_SCHEMA}.stream (name, subject_pattern) VALUES ($1, $2) ON CONFLICT (name) DO UPDATE SET subject_pattern = EXCLUDED.subject_pattern`,
      [stream, subjectPattern],
    );
    this.streams.set(stream, subjectPattern);
  }

  async publish(subject: string, data: unknown, msgId: string, headers: BusHeaders): Promise<void> {
    const stream = [...this.streams.entries()].find(([, pattern]) => subjectMatches(pattern, subject))?.[0];
    if (!stream) throw new NoRespondersError(subject);
    await this.dataSource.query(
      `INSERT INTO ${BUS_SCHEMA}.message (stream, subject, msg_id, data, headers) VALUES ($1, $2, $3, $4, $5) ON CONFLICT (stream, msg_id) DO NOTHING`,
      [stream, subject, msgId, JSON.stringify(data), JSON.stringify(headers)],
    );
    for (const wake of this.wakers) wake();
  }

  async consume(spec: ConsumerSpec, handler: (event: DeliveredEvent) => Promise<void>): Promise<Stoppable> {
    await this.dataSource.query(
      `INSERT INTO ${BUS_SCHEMA}.consumer (stream, durable, filter_subject) VALUES ($1, $2, $3) ON CONFLICT (stream, durable) DO UPDATE SET filter_subject = EXCLUDED.filter_subject`,
      [spec.stream, spec.durable, spec.filterSubject],
    );
    let stopped = false;
    let wake: () => void = () => undefined;
    const waker = () => wake();
    this.wakers.add(waker);
    const loop = (async () => {
      while (!stopped && !this.closed) {
        let worked = false;
        try {
          worked = await this.step(spec, handler, () => stopped);
        } catch (error) {
          if (!stopped && !this.closed) this.logger.warn({ err: error, durable: spec.durable }, 'in-process consumer step failed');
        }
        if (!worked && !stopped) {
          await new Promise<void>((resolve) => {
            const timer = setTimeout(resolve, this.pollMs);
            wake = () => {
              clearTimeout(timer);
              resolve();
            };
          });
          wake = () => undefined;
        }
      }
    })();
    return {
      stop: async () => {
        stopped = true;
        this.wakers.delete(waker);
        wake();
        await loop;
      },
    };
  }

  /** Claims new messages into the pending set, then delivers the pending ones that are due. */
  private async step(spec: ConsumerSpec, handler: (event: DeliveredEvent) => Promise<void>, isStopped: () => boolean): Promise<boolean> {
    await this.dataSource.transaction(async (manager) => {
      const [consumer] = await manager.query(`SELECT cursor FROM ${BUS_SCHEMA}.consumer WHERE stream = $1 AND durable = $2 FOR UPDATE`, [spec.stream, spec.durable]);
      const fresh: { seq: string; subject: string }[] = await manager.query(
        `SELECT seq, subject FROM ${BUS_SCHEMA}.message WHERE stream = $1 AND seq > $2 ORDER BY seq LIMIT 500`,
        [spec.stream, consumer.cursor],
      );
      if (!fresh.length) return;
      const wanted = fresh.filter((m) => subjectMatches(spec.filterSubject, m.subject)).map((m) => m.seq);
      if (wanted.length) {
        await manager.query(
          `INSERT INTO ${BUS_SCHEMA}.pending (stream, durable, seq, not_before) SELECT $1, $2, unnest($3::bigint[]), now() ON CONFLICT DO NOTHING`,
          [spec.stream, spec.durable, wanted],
        );
      }
      await manager.query(`UPDATE ${BUS_SCHEMA}.consumer SET cursor = $3 WHERE stream = $1 AND durable = $2`, [spec.stream, spec.durable, fresh[fresh.length - 1].seq]);
    });
    type Due = { seq: string; deliveries: number; subject: string; data: unknown; headers: BusHeaders };
    // TypeORM answers an UPDATE … RETURNING with [rows, affected].
    const [due] = (await this.dataSource.query(
      `UPDATE ${BUS_SCHEMA}.pending p SET deliveries = p.deliveries + 1, not_before = now() + ($3::int * interval '1 millisecond')
         FROM ${BUS_SCHEMA}.message m
        WHERE p.stream = $1 AND p.durable = $2 AND m.seq = p.seq AND p.not_before <= now()
          AND p.seq IN (SELECT seq FROM ${BUS_SCHEMA}.pending WHERE stream = $1 AND durable = $2 AND not_before <= now() ORDER BY seq LIMIT 100)
        RETURNING p.seq, p.deliveries, m.subject, m.data, m.headers`,
      [spec.stream, spec.durable, spec.ackWaitMs],
    )) as [Due[], number];
    due.sort((a, b) => Number(a.seq) - Number(b.seq));
    await withConcurrency(due, Math.max(1, spec.concurrency), async (message) => {
      if (isStopped()) return;
      let settled: Promise<unknown> = Promise.resolve();
      await handler({
        subject: message.subject,
        data: message.data,
        headers: message.headers,
        deliveryCount: message.deliveries,
        ack: () => {
          settled = this.dataSource.query(`DELETE FROM ${BUS_SCHEMA}.pending WHERE stream = $1 AND durable = $2 AND seq = $3`, [spec.stream, spec.durable, message.seq]);
        },
        working: () => {
          void this.dataSource
            .query(`UPDATE ${BUS_SCHEMA}.pending SET not_before = now() + ($4::int * interval '1 millisecond') WHERE stream = $1 AND durable = $2 AND seq = $3`, [
              spec.stream,
              spec.durable,
              message.seq,
              spec.ackWaitMs,
            ])
            .catch(() => undefined);
        },
        nak: (delayMs) => {
          settled = this.dataSource.query(
            `UPDATE ${BUS_SCHEMA}.pending SET not_before = now() + ($4::int * interval '1 millisecond') WHERE stream = $1 AND durable = $2 AND seq = $3`,
            [spec.stream, spec.durable, message.seq, delayMs],
          );
        },
      });
      await settled;
    });
    return due.length > 0;
  }

  isConnected(): boolean {
    return !this.closed && this.dataSource.isInitialized;
  }

  /**
   * Deletes messages older than `before` that every consumer of their stream has passed and none has pending: the
   * stream's `max_age` of the embedded mode. In batches, each its own short statement.
   */
  async purge(before: Date): Promise<number> {
    let total = 0;
    for (;;) {
      const [, affected] = (await this.dataSource.query(
        `DELETE FROM ${BUS_SCHEMA}.message WHERE seq IN (
           SELECT m.seq FROM ${BUS_SCHEMA}.message m
            WHERE m.stored_at < $1
              AND m.seq <= coalesce((SELECT min(c.cursor) FROM ${BUS_SCHEMA}.consumer c WHERE c.stream = m.stream), m.seq)
              AND NOT EXISTS (SELECT 1 FROM ${BUS_SCHEMA}.pending p WHERE p.stream = m.stream AND p.seq = m.seq)
            LIMIT 1000)
         RETURNING 1`,
        [before],
      )) as [unknown[], number];
      total += affected;
      if (affected < 1000) return total;
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const wake of this.wakers) wake();
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
  }
}
