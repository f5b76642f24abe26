import { randomUUID } from 'node:crypto';
import { Headers, SYSTEM_CALLER, type EventEnvelope } from '@gov/contracts-common';
import type { Logger } from 'pino';
import type { DataSource, EntityManager } from 'typeorm';
import { currentContext } from '../context.js';
import type { Bus } from './bus.js';

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
    private readonly sweepMs = 1000,
    private readonly batchSize = 200,
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
    this.current = this.drain().finally(() => {
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

  private async publishBatch(): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const rows: OutboxRow[] = await manager.query(
        `SELECT id, subject, envelope, headers FROM "${this.schema}".outbox
          WHERE sent_at IS NULL ORDER BY seq LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [this.batchSize],
      );
      if (!rows.length) return 0;
      const results = await Promise.allSettled(rows.map((row) => this.bus.publish(row.subject, row.envelope, row.id, row.headers)));
      const sent = rows.filter((_, i) => results[i].status === 'fulfilled').map((r) => r.id);
      const failed = rows.filter((_, i) => results[i].status === 'rejected');
      if (sent.length) {
        await manager.query(`UPDATE "${this.schema}".outbox SET sent_at = now(), attempts = attempts + 1 WHERE id = ANY($1::uuid[])`, [sent]);
      }
      if (failed.length) {
        const reason = String((results.find((r) => r.status === 'rejected') as PromiseRejectedResult).reason);
        await manager.query(
          `UPDATE "${this.schema}".outbox SET attempts = attempts + 1, last_error = $2 WHERE id = ANY($1::uuid[])`,
          [failed.map((r) => r.id), reason.slice(0, 2000)],
        );
        throw new Error(`${failed.length} 条事件未能发布：${reason}`);
      }
      return rows.length;
    });
  }

  async pendingCount(): Promise<number> {
    const [row] = await this.dataSource.query(`SELECT count(*)::int AS n FROM "${this.schema}".outbox WHERE sent_at IS NULL`);
    return row.n;
  }
}
