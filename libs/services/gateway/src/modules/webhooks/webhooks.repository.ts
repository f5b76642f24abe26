import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { Columns, Conditions, DATA_SOURCE, SCHEMA, selectPage, type Queryable } from '@gov/platform';
import type { DataSource, EntityManager } from 'typeorm';
import type { DeliveryStatus, WebhookState } from './webhook-rules.js';

export interface SubscriptionRow {
  id: string;
  url: string;
  subjects: string[];
  description: string;
  secretSealed: string;
  secretRotatedAt: Date | null;
  state: WebhookState;
  stateReason: string | null;
  stateChangedAt: Date | null;
  stateChangedBy: string | null;
  consecutiveFailures: number;
  failingSince: Date | null;
  lastSuccessAt: Date | null;
  lastFailureAt: Date | null;
  lastError: string | null;
  pendingDeliveries: number;
  version: number;
  createdBy: string;
  createdAt: Date;
  updatedAt: Date;
}

export interface DeliveryRow {
  id: string;
  eventId: string;
  subject: string;
  occurredAt: Date;
  status: DeliveryStatus;
  attempts: number;
  nextAttemptAt: Date;
  lastAttemptAt: Date | null;
  lastStatus: number | null;
  lastError: string | null;
  deliveredAt: Date | null;
  replays: number;
  createdAt: Date;
}

/** A delivery claimed by a worker: what it needs to send it. */
export interface ClaimedDelivery {
  id: string;
  subscriptionId: string;
  eventId: string;
  subject: string;
  body: string;
  attempts: number;
  url: string;
  secretSealed: string;
}

export interface IncomingEvent {
  eventId: string;
  subject: string;
  producer: string;
  occurredAt: string;
  body: string;
}

const SUBSCRIPTION_COLUMNS = `s.*, (SELECT count(*)::int FROM %S.webhook_delivery d WHERE d.subscription_id = s.id AND d.status = 'pending') AS pending_deliveries`;

/** The subscription's columns (with the count of its pending deliveries the listing adds). */
const SUBSCRIPTION = new Columns<SubscriptionRow>({
  id: 'id',
  url: 'url',
  subjects: 'subjects',
  description: 'description',
  secretSealed: 'secret_sealed',
  secretRotatedAt: 'secret_rotated_at',
  state: 'state',
  stateReason: 'state_reason',
  stateChangedAt: 'state_changed_at',
  stateChangedBy: 'state_changed_by',
  consecutiveFailures: 'consecutive_failures',
  failingSince: 'failing_since',
  lastSuccessAt: 'last_success_at',
  lastFailureAt: 'last_failure_at',
  lastError: 'last_error',
  pendingDeliveries: ['pending_deliveries', 'number'],
  version: 'version',
  createdBy: 'created_by',
  createdAt: 'created_at',
  updatedAt: 'updated_at',
});

const DELIVERY = new Columns<DeliveryRow>({
  id: 'id',
  eventId: 'event_id',
  subject: 'subject',
  occurredAt: 'occurred_at',
  status: 'status',
  attempts: 'attempts',
  nextAttemptAt: 'next_attempt_at',
  lastAttemptAt: 'last_attempt_at',
  lastStatus: 'last_status',
  lastError: 'last_error',
  deliveredAt: 'delivered_at',
  replays: 'replays',
  createdAt: 'created_at',
});

const subscriptionOf = (row: Record<string, unknown>): SubscriptionRow => SUBSCRIPTION.read(row);
const deliveryOf = (row: Record<string, unknown>): DeliveryRow => DELIVERY.read(row);

/** Every SQL statement of webhooks: subscriptions, the fan-out of events into deliveries, the workers' claims and outcomes. */
@Injectable()
export class WebhooksRepository {
  private readonly s: string;

  constructor(
    @Inject(DATA_SOURCE) readonly dataSource: DataSource,
    @Inject(SCHEMA) schema: string,
  ) {
    this.s = `"${schema}"`;
  }

  private columns(): string {
    return SUBSCRIPTION_COLUMNS.replace('%S', this.s);
  }

  async insert(db: Queryable, row: { id: string; url: string; subjects: string[]; description: string; secretSealed: string; by: string }): Promise<void> {
    await db.query(
      `INSERT INTO ${this.s}.webhook_subscription (id, url, subjects, description, secret_sealed, version, created_by, created_at, updated_by, updated_at)
       VALUES ($1, $2, $3, $4, $5, 1, $6, now(), $6, now())`,
      [row.id, row.url, row.subjects, row.description, row.secretSealed, row.by],
    );
  }

  async find(db: Queryable, id: string, lock = false): Promise<SubscriptionRow | undefined> {
    const rows = (await db.query(`SELECT ${this.columns()} FROM ${this.s}.webhook_subscription s WHERE s.id = $1 ${lock ? 'FOR UPDATE OF s' : ''}`, [id])) as Record<string, unknown>[];
    return rows[0] ? subscriptionOf(rows[0]) : undefined;
  }

  async list(state: WebhookState | undefined, limit: number, offset: number): Promise<{ items: SubscriptionRow[]; total: number }> {
    return selectPage(
      this.dataSource,
      { columns: this.columns(), from: `${this.s}.webhook_subscription s`, where: new Conditions().when(state, 's.state = ?'), orderBy: 's.created_at DESC, s.id', limit, offset },
      subscriptionOf,
    );
  }

  /** A state change by a person (or `system`), with its reason; resuming also clears the failure run and makes waiting deliveries due now. */
  async changeState(db: Queryable, id: string, state: WebhookState, reason: string | null, by: string): Promise<void> {
    await db.query(
      `UPDATE ${this.s}.webhook_subscription
          SET state = $2, state_reason = $3, state_changed_at = now(), state_changed_by = $4, version = version + 1, updated_by = $4, updated_at = now()
              ${state === 'active' ? ', consecutive_failures = 0, failing_since = NULL' : ''}
        WHERE id = $1`,
      [id, state, reason, by],
    );
    if (state === 'active') {
      await db.query(`UPDATE ${this.s}.webhook_delivery SET next_attempt_at = now() WHERE subscription_id = $1 AND status = 'pending'`, [id]);
    }
  }

  async replaceSecret(db: Queryable, id: string, secretSealed: string, by: string): Promise<void> {
    await db.query(
      `UPDATE ${this.s}.webhook_subscription SET secret_sealed = $2, secret_rotated_at = now(), version = version + 1, updated_by = $3, updated_at = now() WHERE id = $1`,
      [id, secretSealed, by],
    );
  }

  /** Subscriptions that still take events (active or paused: a paused one's events wait for its resumption). */
  async receiving(db: Queryable): Promise<{ id: string; subjects: string[]; createdAt: Date }[]> {
    const rows = (await db.query(`SELECT id, subjects, created_at FROM ${this.s}.webhook_subscription WHERE state <> 'retired'`)) as Record<string, unknown>[];
    return rows.map((r) => ({ id: r.id as string, subjects: r.subjects as string[], createdAt: r.created_at as Date }));
  }

  async anyReceiving(): Promise<boolean> {
    const rows = (await this.dataSource.query(`SELECT 1 FROM ${this.s}.webhook_subscription WHERE state <> 'retired' LIMIT 1`)) as unknown[];
    return rows.length > 0;
  }

  /** The fan-out of one event: stored once, one delivery per subscription; a redelivered event adds nothing. */
  async enqueue(db: EntityManager, event: IncomingEvent, subscriptionIds: string[]): Promise<number> {
    await db.query(
      `INSERT INTO ${this.s}.webhook_event (event_id, subject, producer, occurred_at, body) VALUES ($1, $2, $3, $4, $5) ON CONFLICT (event_id) DO NOTHING`,
      [event.eventId, event.subject, event.producer, event.occurredAt, event.body],
    );
    const inserted = (await db.query(
      `INSERT INTO ${this.s}.webhook_delivery (id, subscription_id, event_id)
       SELECT gen_random_uuid(), unnest($1::uuid[]), $2 ON CONFLICT (subscription_id, event_id) DO NOTHING RETURNING id`,
      [subscriptionIds, event.eventId],
    )) as unknown[];
    return inserted.length;
  }

  /**
   * Claims the next due delivery of each active subscription (its oldest pending one: a subscription's events go out in
   * order, one at a time), for `leaseMs`. Safe across replicas: a row another worker holds is skipped when re-checked.
   */
  async claim(limit: number, leaseMs: number): Promise<ClaimedDelivery[]> {
    const [rows] = (await this.dataSource.query(
      `WITH heads AS (
         SELECT DISTINCT ON (d.subscription_id) d.id, d.next_attempt_at, d.lease_until
           FROM ${this.s}.webhook_delivery d JOIN ${this.s}.webhook_subscription s ON s.id = d.subscription_id AND s.state = 'active'
          WHERE d.status = 'pending'
          ORDER BY d.subscription_id, d.seq
       ), due AS (
         SELECT id FROM heads WHERE next_attempt_at <= now() AND (lease_until IS NULL OR lease_until < now()) ORDER BY next_attempt_at LIMIT $1
       )
       UPDATE ${this.s}.webhook_delivery d SET lease_until = now() + ($2::int * interval '1 millisecond')
         FROM due, ${this.s}.webhook_event e, ${this.s}.webhook_subscription s
        WHERE d.id = due.id AND e.event_id = d.event_id AND s.id = d.subscription_id AND s.state = 'active'
          AND d.status = 'pending' AND (d.lease_until IS NULL OR d.lease_until < now())
        RETURNING d.id, d.subscription_id, d.event_id, d.attempts, e.subject, e.body, s.url, s.secret_sealed`,
      [limit, leaseMs],
    )) as [Record<string, unknown>[], number];
    return rows.map((r) => ({
      id: r.id as string,
      subscriptionId: r.subscription_id as string,
      eventId: r.event_id as string,
      subject: r.subject as string,
      body: r.body as string,
      attempts: r.attempts as number,
      url: r.url as string,
      secretSealed: r.secret_sealed as string,
    }));
  }

  async recordSuccess(db: Queryable, delivery: ClaimedDelivery, status: number, durationMs: number): Promise<void> {
    await db.query(
      `UPDATE ${this.s}.webhook_delivery SET status = 'delivered', delivered_at = now(), attempts = attempts + 1, last_attempt_at = now(), last_status = $2,
              last_error = NULL, last_duration_ms = $3, lease_until = NULL WHERE id = $1`,
      [delivery.id, status, durationMs],
    );
    await db.query(
      `UPDATE ${this.s}.webhook_subscription SET consecutive_failures = 0, failing_since = NULL, last_success_at = now() WHERE id = $1`,
      [delivery.subscriptionId],
    );
  }

  /**
   * A failed attempt: the subscription's run of failures grows, and the delivery waits the backoff of that run
   * (its events go one at a time, so the run is the head delivery's). Returns the subscription's run.
   */
  async recordFailure(
    db: Queryable,
    delivery: ClaimedDelivery,
    outcome: { status: number | null; error: string; durationMs: number },
    delayOf: (consecutiveFailures: number) => number,
  ): Promise<{ consecutiveFailures: number; failingSince: Date; state: WebhookState }> {
    const [rows] = (await db.query(
      `UPDATE ${this.s}.webhook_subscription SET consecutive_failures = consecutive_failures + 1, failing_since = coalesce(failing_since, now()),
              last_failure_at = now(), last_error = $2
        WHERE id = $1 RETURNING consecutive_failures, failing_since, state`,
      [delivery.subscriptionId, outcome.error.slice(0, 2000)],
    )) as [Record<string, unknown>[], number];
    const run = { consecutiveFailures: rows[0].consecutive_failures as number, failingSince: rows[0].failing_since as Date, state: rows[0].state as WebhookState };
    await db.query(
      `UPDATE ${this.s}.webhook_delivery SET attempts = attempts + 1, last_attempt_at = now(), last_status = $2, last_error = $3, last_duration_ms = $4,
              next_attempt_at = now() + ($5::int * interval '1 millisecond'), lease_until = NULL WHERE id = $1`,
      [delivery.id, outcome.status, outcome.error.slice(0, 2000), outcome.durationMs, delayOf(run.consecutiveFailures)],
    );
    return run;
  }

  /** The system administrator's task for a subscription paused for failing (one open task per subscription). */
  async openPausedTask(db: Queryable, delivery: ClaimedDelivery, failures: number, error: string): Promise<void> {
    await db.query(
      `INSERT INTO ${this.s}.admin_task (id, kind, service, webhook_id, subject, event_id, record_id, deliveries, error)
       VALUES ($1, 'webhook_paused', 'gateway', $2::uuid, $3, $4, $2::text, $5, $6)
       ON CONFLICT (webhook_id) WHERE kind = 'webhook_paused' AND status = 'open' DO UPDATE SET deliveries = EXCLUDED.deliveries, error = EXCLUDED.error`,
      [randomUUID(), delivery.subscriptionId, delivery.subject, delivery.eventId, failures, error.slice(0, 4000)],
    );
  }

  async closePausedTask(db: Queryable, subscriptionId: string, by: string): Promise<void> {
    await db.query(
      `UPDATE ${this.s}.admin_task SET status = 'closed', closed_at = now(), closed_by = $2 WHERE webhook_id = $1 AND kind = 'webhook_paused' AND status = 'open'`,
      [subscriptionId, by],
    );
  }

  async deliveries(subscriptionId: string, status: DeliveryStatus | undefined, limit: number, offset: number): Promise<{ items: DeliveryRow[]; total: number }> {
    return selectPage(
      this.dataSource,
      {
        columns: 'd.*, e.subject, e.occurred_at',
        from: `${this.s}.webhook_delivery d JOIN ${this.s}.webhook_event e ON e.event_id = d.event_id`,
        where: new Conditions().add('d.subscription_id = ?', subscriptionId).when(status, 'd.status = ?'),
        orderBy: 'd.seq DESC',
        limit,
        offset,
      },
      deliveryOf,
    );
  }

  async delivery(db: Queryable, subscriptionId: string, deliveryId: string): Promise<DeliveryRow | undefined> {
    const rows = (await db.query(
      `SELECT d.*, e.subject, e.occurred_at FROM ${this.s}.webhook_delivery d JOIN ${this.s}.webhook_event e ON e.event_id = d.event_id
        WHERE d.subscription_id = $1 AND d.id = $2`,
      [subscriptionId, deliveryId],
    )) as Record<string, unknown>[];
    return rows[0] ? deliveryOf(rows[0]) : undefined;
  }

  /** Sends deliveries again (at least once more): back to pending, due now. `from`: all of the subscription's events since then. */
  async replay(db: Queryable, subscriptionId: string, target: { deliveryId: string } | { from: string }, by: string): Promise<number> {
    const which = 'deliveryId' in target ? 'd.id = $3' : `d.event_id IN (SELECT event_id FROM ${this.s}.webhook_event WHERE occurred_at >= $3)`;
    const [, count] = (await db.query(
      `UPDATE ${this.s}.webhook_delivery d SET status = 'pending', next_attempt_at = now(), replays = replays + 1, replayed_at = now(), replayed_by = $2
        WHERE d.subscription_id = $1 AND ${which}`,
      [subscriptionId, by, 'deliveryId' in target ? target.deliveryId : target.from],
    )) as [unknown, number];
    return count;
  }
}
