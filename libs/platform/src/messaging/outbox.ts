import { randomUUID } from 'node:crypto';
import { Headers, SYSTEM_CALLER, type EventEnvelope } from '@gov/contracts-common';
import type { Logger } from 'pino';
import type { DataSource, EntityManager } from 'typeorm';
import { currentContext } from '../context.js';
import { outsideTransaction } from '../database/transaction-scope.js';
import type { Bus } from './bus.js';
import { PRODUCER_HEADER, type EventSigner } from '../security/event-assertion.js';

/** Builds the envelope of an event emitted by the current request (or by the system). */
export function buildEnvelope<T>(producer: string, subject: string, data: T, id: string = randomUUID()): EventEnvelope<T> {
  const ctx = currentContext();
  const actor = ctx?.caller ?? SYSTEM_CALLER;
  return {
    id,
    type: subject,
    producer,
    occurredAt: new Date().toISOString(),
    actor: { userId: actor.userId, username: actor.username, displayName: actor.displayName },
    requestId: ctx?.requestId,
    data,
  };
}

/** Writes an event row in the caller's transaction. The relay publishes it after commit. */
export async function writeOutbox(manager: EntityManager, schema: string, envelope: EventEnvelope): Promise<void> {
  const ctx = currentContext();
  const headers: Record<string, string> = {};
  if (ctx) {
    headers[Headers.requestId] = ctx.requestId;
    headers[Headers.traceparent] = ctx.traceparent;
  }
  await manager.query(`INSERT INTO "${schema}".outbox (id, subject, envelope, headers) VALUES ($1, $2, $3, $4)`, [
    envelope.id,
    envelope.type,
    JSON.stringify(envelope),
    JSON.stringify(headers),
  ]);
}

interface OutboxRow {
  id: string;
  subject: string;
  envelope: EventEnvelope;
  headers: Record<string, string>;
}

/**
 * Publishes committed outbox rows to JetStream, in order, with the event id as `Nats-Msg-Id`.
 * PostgreSQL is the durability boundary: a row is marked sent only after JetStream confirmed it; until
 * then it is re-sent (kicked right after each commit, and swept on a timer for rows left by a crash or
 * by another replica), and JetStream's duplicate window drops the repeats.
 */
export class OutboxRelay {
  private running = false;
  private again = false;
  private timer?: NodeJS.Timeout;
  private stopped = false;
  private current: Promise<void> = Promise.resolve();

  constructor(
    private readonly dataSource: DataSource,
    private readonly schema: string,
    private readonly bus: Bus,
    private readonly logger: Logger,
    /** Signs each event as this app's (consumers refuse events their producer did not sign). */
    private readonly signer?: EventSigner,
    private readonly sweepMs = 1000,
    private readonly batchSize = 200,
    /** How long a claimed row is left to this relay before another may send it (a crash between publish and bookkeeping). */
    private readonly leaseMs = 30_000,
  ) {}

  start(): void {
    this.stopped = false;
    this.timer = setInterval(() => this.kick(), this.sweepMs);
    this.timer.unref();
    this.kick();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    await this.current;
  }

  /** Ask for a drain now (after a commit). Coalesces concurrent kicks. */
  kick(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = true;
    // Kicked after a commit, possibly from code still inside an outer transaction: the relay never joins one.
    this.current = outsideTransaction(() => this.drain()).finally(() => {
      this.running = false;
      if (this.again && !this.stopped) {
        this.again = false;
        this.kick();
      }
    });
  }

  /** Drains until nothing is left; resolves when done. Used by tests and at shutdown. */
  async flush(): Promise<void> {
    await this.current;
    await this.drain();
  }

  private async drain(): Promise<void> {
    try {
      for (;;) {
        const sent = await this.publishBatch();
        if (sent < this.batchSize) return;
      }
    } catch (error) {
      this.logger.warn({ err: error }, '事件发布失败，稍后重试');
    }
  }

  /**
   * One batch, in three steps, none of which holds a transaction while NATS is waited for: claim the next unsent rows
   * for a lease (a short transaction, `SKIP LOCKED`, so replicas take different rows), publish them, then commit the
   * outcome: sent rows are marked sent; failed ones keep their attempts and last error and are tried again after a
   * backoff. A crash between publish and bookkeeping leaves the lease to expire: the row is sent again, and
   * JetStream's duplicate window (the event id is the message id) drops the repeat.
   */
  private async publishBatch(): Promise<number> {
    const [rows] = (await this.dataSource.query(
      `UPDATE "${this.schema}".outbox SET claimed_until = now() + ($2::int * interval '1 millisecond')
        WHERE id IN (SELECT id FROM "${this.schema}".outbox
                      WHERE sent_at IS NULL AND (claimed_until IS NULL OR claimed_until < now())
                      ORDER BY seq LIMIT $1 FOR UPDATE SKIP LOCKED)
        RETURNING id, seq, subject, envelope, headers`,
      [this.batchSize, this.leaseMs],
    )) as [(OutboxRow & { seq: string })[], number];
    if (!rows.length) return 0;
    rows.sort((a, b) => Number(a.seq) - Number(b.seq));
    const results = await Promise.allSettled(
      rows.map((row) => this.bus.publish(row.subject, row.envelope, row.id, this.signer ? { ...row.headers, [PRODUCER_HEADER]: this.signer.sign(row.envelope) } : row.headers)),
    );
    const sent = rows.filter((_, i) => results[i].status === 'fulfilled').map((r) => r.id);
    const failed = rows.filter((_, i) => results[i].status === 'rejected');
    if (sent.length) {
      await this.dataSource.query(
        `UPDATE "${this.schema}".outbox SET sent_at = now(), attempts = attempts + 1, claimed_until = NULL WHERE id = ANY($1::uuid[])`,
        [sent],
      );
    }
    if (failed.length) {
      const reason = String((results.find((r) => r.status === 'rejected') as PromiseRejectedResult).reason);
      // The next try waits 2 s, 4 s, 8 s … up to a minute: a NATS outage is not hammered by every sweep.
      await this.dataSource.query(
        `UPDATE "${this.schema}".outbox SET attempts = attempts + 1, last_error = $2,
                claimed_until = now() + least(60000, 1000 * power(2, least(attempts + 1, 6)))::int * interval '1 millisecond'
          WHERE id = ANY($1::uuid[])`,
        [failed.map((r) => r.id), reason.slice(0, 2000)],
      );
      throw new Error(`${failed.length} 条事件未能发布：${reason}`);
    }
    return rows.length;
  }

  async pendingCount(): Promise<number> {
    const [row] = await this.dataSource.query(`SELECT count(*)::int AS n FROM "${this.schema}".outbox WHERE sent_at IS NULL`);
    return row.n;
  }
}
