import { streamOf, type AppName, type EventEnvelope } from '@gov/contracts-common';
import { ALL_APPS, backoffList, PRODUCER_HEADER, type Bus, type BaseEnv, type DeliveredEvent, type EventVerifier, type Stoppable, type Transactions } from '@gov/platform';
import type { Logger } from 'pino';
import { subscribedTo } from './webhook-rules.js';
import type { WebhooksRepository } from './webhooks.repository.js';

/** The durable consumer of webhooks on each stream (one name per stream, shared by the gateway's replicas). */
export const WEBHOOK_DURABLE = 'gateway--webhooks';

/** Events are taken for a subscription from its registration on; this much earlier too, for clocks that differ. */
const CLOCK_GRACE_MS = 60_000;

/**
 * The intake of webhooks: one durable consumer (explicit ack) on each event stream the gateway may read — every app's,
 * `evt.<app>.>` — that fans each event out into one delivery per subscription asking for its subject, in one
 * transaction, before acknowledging it. A redelivered event adds nothing (a delivery is unique per event ×
 * subscription), so the promise to receivers is the bus's own: at least once. Only events signed by their producer
 * are taken (the same check as every consumer's).
 */
export class WebhookIntake {
  private running: Stoppable[] = [];
  private starting?: Promise<void>;

  constructor(
    private readonly bus: Bus,
    private readonly repository: WebhooksRepository,
    private readonly transactions: Transactions,
    private readonly verifier: EventVerifier,
    private readonly config: BaseEnv,
    private readonly logger: Logger,
    private readonly enqueued: () => void,
  ) {}

  get started(): boolean {
    return this.running.length > 0;
  }

  /** Starts the consumers once (idempotent). */
  async start(): Promise<void> {
    this.starting ??= (async () => {
      const running: Stoppable[] = [];
      try {
        for (const producer of ALL_APPS) {
          const stream = streamOf(producer);
          // A reader never changes another app's stream: it only makes sure it exists.
          await this.bus.ensureStream(stream, `evt.${producer}.>`, undefined, true);
          running.push(
            await this.bus.consume({ stream, durable: WEBHOOK_DURABLE, filterSubject: `evt.${producer}.>`, ackWaitMs: 30_000, concurrency: 1 }, (event) =>
              this.onDelivery(producer, event),
            ),
          );
        }
        this.running = running;
      } catch (error) {
        await Promise.all(running.map((r) => r.stop()));
        this.starting = undefined;
        throw error;
      }
    })();
    return this.starting;
  }

  async stop(): Promise<void> {
    await this.starting?.catch(() => undefined);
    const running = this.running;
    this.running = [];
    this.starting = undefined;
    await Promise.all(running.map((r) => r.stop()));
  }

  private async onDelivery(producer: AppName, event: DeliveredEvent): Promise<void> {
    try {
      const envelope = event.data as EventEnvelope;
      if (!envelope || typeof envelope !== 'object' || typeof envelope.id !== 'string' || !/^[0-9a-f-]{36}$/i.test(envelope.id)) {
        this.logger.warn({ subject: event.subject }, 'Webhook：事件信封格式错误，已跳过');
        return event.ack();
      }
      const refusal = this.verifier.refusal(event.headers[PRODUCER_HEADER], producer, envelope);
      if (refusal) {
        this.logger.warn({ security: true, event: 'event_producer_refused', reason: refusal, subject: event.subject, eventId: envelope.id, producer }, '安全事件：Webhook 拒绝了没有生产者有效签名的事件');
        return event.ack();
      }
      const occurredAt = new Date(envelope.occurredAt);
      const occurred = Number.isNaN(occurredAt.getTime()) ? new Date() : occurredAt;
      const added = await this.transactions.run(async (tx) => {
        const targets = (await this.repository.receiving(tx.manager)).filter(
          (s) => subscribedTo(s.subjects, event.subject) && occurred.getTime() >= s.createdAt.getTime() - CLOCK_GRACE_MS,
        );
        if (!targets.length) return 0;
        const body = JSON.stringify({ id: envelope.id, subject: event.subject, producer, occurredAt: occurred.toISOString(), data: envelope.data });
        return this.repository.enqueue(tx.manager, { eventId: envelope.id, subject: event.subject, producer, occurredAt: occurred.toISOString(), body }, targets.map((s) => s.id));
      });
      event.ack();
      if (added) this.enqueued();
    } catch (error) {
      const backoff = backoffList(this.config);
      const delay = backoff[Math.min(event.deliveryCount - 1, backoff.length - 1)];
      this.logger.warn({ err: error, subject: event.subject, delivery: event.deliveryCount, retryInMs: delay }, 'Webhook：事件入队失败，将重试');
      event.nak(delay);
    }
  }
}
