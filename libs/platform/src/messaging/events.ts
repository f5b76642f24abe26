import { randomUUID } from 'node:crypto';
import { PRODUCER_HEADER, type EventVerifier } from '../security/event-assertion.js';
import { CommonErrors, Headers, type AppName, type EventEnvelope, streamOf, type ListDeadLetters } from '@gov/contracts-common';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { newRequestContext, runWithContext } from '../context.js';
import { DomainError } from '../errors.js';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { flattenValidationErrors } from '../validation.js';
import type { PlatformMetrics } from '../metrics.js';
import type { Bus, DeliveredEvent, Stoppable } from './bus.js';
import type { Transactions, Tx } from './transactions.js';
import { DeadLetterRecorded, deadLetterRecordedSubject } from './dead-letter-alerts.js';
import { Columns } from '../database/sql/columns.js';
import { Conditions } from '../database/sql/conditions.js';
import { selectPage } from '../database/sql/page.js';

/** A dead letter as the system administrator's list shows it (the envelope and headers stay in the table for replay). */
const DEAD_LETTER = new Columns<ListDeadLetters.Item>({
  id: 'id',
  consumer: 'consumer',
  subject: 'subject',
  eventId: 'event_id',
  deliveries: 'deliveries',
  error: 'error',
  status: 'status',
  failedAt: ['failed_at', 'instant'],
  replayedAt: ['replayed_at', 'instant'],
  replayedBy: 'replayed_by',
});

/** An event handler as the consumers know it (the Nest transport registers each `@BusEventPattern` method so). */
export interface EventHandlerMeta {
  producer: AppName;
  /** Full subject, e.g. `evt.duty-and-meetings.unit.created`. */
  subject: string;
  event: new () => object;
  /** Deliveries handled at once; above 1 only for handlers that do not depend on order (versioned snapshots). */
  concurrency: number;
}

export type EventMethod = (data: unknown, tx: Tx, envelope: EventEnvelope) => Promise<void>;

interface Registered {
  meta: EventHandlerMeta;
  method: EventMethod;
}

class PoisonMessage extends Error {}

/**
 * Reads an event as a tolerant reader: the fields the consumer's contract knows are validated (a bad one is poison),
 * fields it does not know yet are dropped, not rejected. During a rolling upgrade producers send fields their
 * consumers learn only later; within one subject a contract only grows, and a breaking change is a new subject.
 */
export async function readEvent<T extends object>(type: new () => T, input: unknown): Promise<T> {
  if (!input || typeof input !== 'object' || Array.isArray(input)) throw new PoisonMessage('事件数据必须是 JSON 对象');
  const instance = plainToInstance(type, input, { enableImplicitConversion: false });
  const errors = await validate(instance, { whitelist: true, forbidNonWhitelisted: false, forbidUnknownValues: false });
  if (errors.length) {
    const fieldErrors = flattenValidationErrors(errors);
    throw new PoisonMessage(JSON.stringify({ ...CommonErrors.validationFailed, errors: fieldErrors }));
  }
  return instance;
}

/**
 * Runs the durable consumers of one service. Bounded redelivery with backoff; after the last attempt the event moves into the
 * dead-letter table and the consumer goes on with the next one.
 */
export class EventConsumers {
  private readonly handlers = new Map<string, Registered>();
  private running: Stoppable[] = [];

  constructor(
    private readonly app: AppName,
    private readonly schema: string,
    private readonly bus: Bus,
    private readonly dataSource: DataSource,
    private readonly transactions: Transactions,
    private readonly logger: Logger,
    private readonly maxDeliver: number,
    private readonly backoffMs: number[],
    private readonly metrics?: PlatformMetrics,
    private readonly ackWaitMs = 30_000,
  ) {}

  register(meta: EventHandlerMeta, method: EventMethod): void {
    if (this.handlers.has(meta.subject)) throw new Error(`duplicate event handler for ${meta.subject} in ${this.app}`);
    this.handlers.set(meta.subject, { meta, method });
  }

  /**
   * One durable consumer per handled event subject, named `<service>--<event>`: a service receives only the
   * events it handles (the server filters), and each kind of event advances on its own. Events carry
   * versioned snapshots, so order across kinds does not matter to the consumers.
   */
  async start(): Promise<void> {
    const ensured = new Set<AppName>();
    for (const { meta } of this.handlers.values()) {
      const stream = streamOf(meta.producer);
      if (!ensured.has(meta.producer)) {
        // The producer owns its stream's settings; a consumer only makes sure it exists (its NATS user may not update it).
        await this.bus.ensureStream(stream, `evt.${meta.producer}.>`, undefined, meta.producer !== this.app);
        ensured.add(meta.producer);
      }
      const durable = `${this.app}--${meta.subject.replace(/[^A-Za-z0-9-]/g, '_')}`;
      const stoppable = await this.bus.consume({ stream, durable, filterSubject: meta.subject, ackWaitMs: this.ackWaitMs, concurrency: meta.concurrency }, (event) => this.onDelivery(event));
      this.running.push(stoppable);
    }
  }

  private producerCheck?: EventVerifier;

  /** From now on an event is handled only with its producer's signature (every app's start sets this). */
  requireSignedEvents(verifier: EventVerifier): void {
    this.producerCheck = verifier;
  }

  async stop(): Promise<void> {
    const running = this.running;
    this.running = [];
    await Promise.all(running.map((r) => r.stop()));
  }

  private async onDelivery(event: DeliveredEvent): Promise<void> {
    const registered = this.handlers.get(event.subject);
    if (!registered) {
      event.ack(); // an event of that producer this service does not need
      return;
    }
    // A long handler tells the server it is still working, so its delivery is not redelivered meanwhile.
    const heartbeat = setInterval(() => event.working(), Math.max(1000, Math.floor(this.ackWaitMs / 3)));
    heartbeat.unref();
    try {
      const outcome = await this.process(registered, event.data as EventEnvelope, event.headers).finally(() => clearInterval(heartbeat));
      event.ack();
      this.metrics?.eventsConsumed.inc({ subject: event.subject, outcome: outcome === 'processed' ? 'processed' : 'duplicate' });
    } catch (error) {
      const poison = error instanceof PoisonMessage;
      if (poison || event.deliveryCount >= this.maxDeliver) {
        await this.deadLetter(event, error as Error);
        event.ack();
        this.metrics?.eventsConsumed.inc({ subject: event.subject, outcome: 'dead_lettered' });
      } else {
        this.metrics?.eventsConsumed.inc({ subject: event.subject, outcome: 'retried' });
        const delay = this.backoffMs[Math.min(event.deliveryCount - 1, this.backoffMs.length - 1)];
        this.logger.warn({ err: error, subject: event.subject, delivery: event.deliveryCount, retryInMs: delay }, '事件处理失败，将重试');
        event.nak(delay);
      }
    }
  }

  /** Applies one event exactly once: the inbox row and the handler's effects commit together. */
  private async process(registered: Registered, envelope: EventEnvelope, headers: Record<string, string>): Promise<'processed' | 'already_processed'> {
    if (!envelope || typeof envelope !== 'object' || typeof envelope.id !== 'string') {
      throw new PoisonMessage('事件信封格式错误');
    }
    const refusal = this.producerCheck?.refusal(headers[PRODUCER_HEADER], registered.meta.producer, envelope);
    if (refusal) {
      this.logger.warn({ security: true, event: 'event_producer_refused', reason: refusal, subject: envelope.type, eventId: envelope.id, producer: registered.meta.producer }, '安全事件：拒绝了没有生产者有效签名的事件');
      throw new PoisonMessage(`事件没有「${registered.meta.producer}」的有效签名（${refusal}），已拒绝`);
    }
    const data = await readEvent(registered.meta.event, envelope.data);
    const context = newRequestContext({ requestId: headers[Headers.requestId] ?? envelope.requestId, traceparent: headers[Headers.traceparent] });
    return runWithContext(context, () =>
      this.transactions.run(async (tx) => {
        const inserted: unknown[] = await tx.manager.query(
          `INSERT INTO "${this.schema}".inbox (consumer, event_id, subject) VALUES ($1, $2, $3)
           ON CONFLICT (consumer, event_id) DO NOTHING RETURNING event_id`,
          [this.app, envelope.id, envelope.type],
        );
        if (!inserted.length) return 'already_processed' as const;
        await registered.method(data, tx, envelope);
        return 'processed' as const;
      }),
    );
  }

  private async deadLetter(event: DeliveredEvent, error: Error): Promise<void> {
    const envelope = event.data as EventEnvelope;
    // Never silent: an error-level line operators alert on, and a counter by consumer and subject.
    const recordId = (envelope?.data as { id?: unknown } | undefined)?.id;
    this.logger.error(
      { alert: true, event: 'dead_letter_recorded', err: error, consumer: this.app, subject: event.subject, eventId: envelope?.id, recordId: typeof recordId === 'string' ? recordId : undefined },
      '事件多次处理失败，已转入死信（需系统管理员处理：修复后在死信列表中重放）',
    );
    this.metrics?.deadLetters.inc({ consumer: this.app, subject: event.subject });
    const eventId = typeof envelope?.id === 'string' && /^[0-9a-f-]{36}$/i.test(envelope.id) ? envelope.id : randomUUID();
    const message = String(error?.message ?? error).slice(0, 4000);
    // The dead letter and the event that opens the system administrator's task commit together.
    await this.transactions.run(async (tx) => {
      const [row]: { id: string }[] = await tx.manager.query(
        `INSERT INTO "${this.schema}".dead_letter (id, consumer, subject, event_id, envelope, headers, deliveries, error)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
         ON CONFLICT (consumer, event_id) DO UPDATE SET status = 'open', deliveries = EXCLUDED.deliveries, error = EXCLUDED.error, failed_at = now()
         RETURNING id`,
        [randomUUID(), this.app, event.subject, eventId, JSON.stringify(envelope ?? null), JSON.stringify(event.headers), event.deliveryCount, message],
      );
      // A failed task event itself is only logged and counted: a task about it would fail the same way.
      if (event.subject.endsWith('.ops.dead-letter-recorded')) return;
      const recorded: DeadLetterRecorded = {
        deadLetterId: row.id,
        consumer: this.app,
        subject: event.subject,
        eventId,
        ...(typeof recordId === 'string' && recordId.length <= 200 ? { recordId } : {}),
        deliveries: event.deliveryCount,
        error: message,
      };
      await tx.emit(deadLetterRecordedSubject(this.app), recorded, undefined, DeadLetterRecorded);
    });
  }

  async listDeadLetters(query: ListDeadLetters.Request): Promise<ListDeadLetters.Reply> {
    const limit = query.limit ?? 20;
    const offset = query.offset ?? 0;
    const page = await selectPage(
      this.dataSource,
      { columns: DEAD_LETTER.select(), from: `"${this.schema}".dead_letter`, where: new Conditions().when(query.status, 'status = ?'), orderBy: 'failed_at DESC', limit, offset },
      (row) => DEAD_LETTER.read(row),
    );
    return { ...page, limit, offset };
  }

  /** Runs a dead letter through its handler again (still exactly once, through the inbox). */
  async replay(id: string, replayedBy: string): Promise<'processed' | 'already_processed'> {
    const [row] = await this.dataSource.query(`SELECT * FROM "${this.schema}".dead_letter WHERE id = $1`, [id]);
    if (!row) throw new DomainError(CommonErrors.notFound, '死信不存在');
    const registered = this.handlers.get(row.subject);
    if (!registered) throw new DomainError(CommonErrors.notFound, `本服务已不处理事件 ${row.subject}`);
    let outcome: 'processed' | 'already_processed';
    try {
      outcome = await this.process(registered, row.envelope, row.headers);
    } catch (error) {
      await this.dataSource.query(`UPDATE "${this.schema}".dead_letter SET error = $2, failed_at = now() WHERE id = $1`, [id, String((error as Error).message).slice(0, 4000)]);
      throw new DomainError(
        { kind: 'rule_violation', code: 'DEAD_LETTER.REPLAY_FAILED', title: '死信重放失败' },
        `重放仍然失败：${String((error as Error).message).slice(0, 500)}`,
      );
    }
    await this.dataSource.query(`UPDATE "${this.schema}".dead_letter SET status = 'replayed', replayed_at = now(), replayed_by = $2 WHERE id = $1`, [id, replayedBy]);
    return outcome;
  }
}
