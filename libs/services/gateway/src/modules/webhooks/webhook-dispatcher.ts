import { Inject, Injectable, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { APP_CONFIG, BUS, EventVerifier, FieldCipher, LOGGER, PLATFORM_PARTS, Transactions, type Bus, type PlatformParts } from '@gov/platform';
import type { Logger } from 'pino';
import { Counter } from 'prom-client';
import type { GatewayEnv } from '../../gateway.env.js';
import { WebhookAddressGuard } from './webhook-address-guard.js';
import { WebhookIntake } from './webhook-intake.js';
import { backoffDelayMs, shouldPause, type BackoffPolicy, type PauseRule } from './webhook-rules.js';
import { sendWebhook, type WebhookOutcome } from './webhook-sender.js';
import { WebhooksRepository, type ClaimedDelivery } from './webhooks.repository.js';

/** Who pauses a subscription that keeps failing. */
export const SYSTEM_ACTOR = 'system';

/** How often the worker looks whether the intake must start (a subscription registered on another replica). */
const INTAKE_CHECK_MS = 30_000;

/**
 * The webhook worker of one gateway replica. It claims the next due delivery of each active subscription (a lease, so
 * replicas share the work and a crashed worker's delivery is taken again), POSTs it signed, and records the outcome:
 * delivered, or retried later with exponential backoff and jitter. A subscription failing long enough is paused (its
 * events keep queueing, nothing is lost or flooded), with an alert line, a counter and a task for the system
 * administrator, who resumes it. It also starts the intake (the durable consumers) once a subscription exists.
 */
@Injectable()
export class WebhookDispatcher implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly guard: WebhookAddressGuard;
  private readonly backoff: BackoffPolicy;
  private readonly pauseRule: PauseRule;
  private readonly intake: WebhookIntake;
  private readonly attempts: Counter<'outcome'>;
  private readonly pauses: Counter;
  private stopped = true;
  private loop?: Promise<void>;
  private wakeUp: () => void = () => undefined;
  private woken = false;
  private lastIntakeCheck = 0;

  constructor(
    private readonly repository: WebhooksRepository,
    private readonly transactions: Transactions,
    private readonly cipher: FieldCipher,
    @Inject(APP_CONFIG) private readonly config: GatewayEnv,
    @Inject(LOGGER) private readonly logger: Logger,
    @Inject(BUS) bus: Bus,
    moduleRef: ModuleRef,
  ) {
    this.guard = new WebhookAddressGuard(config.WEBHOOK_ALLOW_PRIVATE_ADDRESSES);
    this.backoff = { baseMs: config.WEBHOOK_BACKOFF_BASE_MS, maxMs: Math.max(config.WEBHOOK_BACKOFF_BASE_MS, config.WEBHOOK_BACKOFF_MAX_MS) };
    this.pauseRule = { failures: config.WEBHOOK_PAUSE_AFTER_FAILURES, minutes: config.WEBHOOK_PAUSE_AFTER_MINUTES };
    this.intake = new WebhookIntake(bus, repository, transactions, new EventVerifier(config.EVENT_VERIFY_KEYS), config, logger, () => this.wake());
    // The app's metrics registry (served on /metrics), from the platform's parts (provided, not exported, by the platform module).
    const registry = moduleRef.get<PlatformParts>(PLATFORM_PARTS, { strict: false }).metrics.registry;
    this.attempts = new Counter({ name: 'gov_webhook_attempts_total', help: 'Webhook delivery attempts, by outcome (delivered, failed)', labelNames: ['outcome'], registers: [registry] });
    this.pauses = new Counter({ name: 'gov_webhook_pauses_total', help: 'Subscriptions paused because their receiver kept failing (each one alerts)', registers: [registry] });
  }

  onApplicationBootstrap(): void {
    this.stopped = false;
    this.loop = this.run();
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopped = true;
    this.wake();
    await this.loop;
    await this.intake.stop();
  }

  /** New deliveries, a resumption or a replay: look now rather than at the next poll. */
  wake(): void {
    this.woken = true;
    this.wakeUp();
  }

  /** A subscription was registered or changed state: the intake may have to start. */
  subscriptionsChanged(): void {
    this.lastIntakeCheck = 0;
    this.wake();
  }

  private async run(): Promise<void> {
    while (!this.stopped) {
      let worked = false;
      try {
        await this.startIntakeWhenNeeded();
        const claimed = await this.repository.claim(this.config.WEBHOOK_CONCURRENCY, this.config.WEBHOOK_TIMEOUT_MS + 5_000);
        worked = claimed.length > 0;
        await Promise.all(claimed.map((delivery) => this.attempt(delivery)));
      } catch (error) {
        if (!this.stopped) this.logger.warn({ err: error }, 'Webhook 投递轮询失败，稍后重试');
      }
      if (!worked && !this.stopped) await this.idle();
    }
  }

  private async idle(): Promise<void> {
    if (this.woken) {
      this.woken = false;
      return;
    }
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, this.config.WEBHOOK_POLL_MS);
      this.wakeUp = () => {
        clearTimeout(timer);
        resolve();
      };
    });
    this.wakeUp = () => undefined;
    this.woken = false;
  }

  private async startIntakeWhenNeeded(): Promise<void> {
    if (this.intake.started || Date.now() - this.lastIntakeCheck < INTAKE_CHECK_MS) return;
    this.lastIntakeCheck = Date.now();
    if (await this.repository.anyReceiving()) await this.intake.start();
  }

  private async attempt(delivery: ClaimedDelivery): Promise<void> {
    let outcome: WebhookOutcome;
    try {
      const secret = this.cipher.decrypt(delivery.secretSealed);
      outcome = await sendWebhook({ url: delivery.url, secret, eventId: delivery.eventId, subject: delivery.subject, body: delivery.body, timeoutMs: this.config.WEBHOOK_TIMEOUT_MS }, this.guard);
    } catch (error) {
      outcome = { ok: false, status: null, error: `投递前出错：${(error as Error).message}`, durationMs: 0 };
    }
    this.attempts.inc({ outcome: outcome.ok ? 'delivered' : 'failed' });
    if (outcome.ok) {
      await this.transactions.run((tx) => this.repository.recordSuccess(tx.manager, delivery, outcome.status ?? 200, outcome.durationMs));
      return;
    }
    const error = outcome.error ?? '投递失败';
    const paused = await this.transactions.run(async (tx) => {
      const run = await this.repository.recordFailure(tx.manager, delivery, { status: outcome.status, error, durationMs: outcome.durationMs }, (failures) => backoffDelayMs(failures, this.backoff));
      if (run.state !== 'active' || !shouldPause(run.consecutiveFailures, run.failingSince, new Date(), this.pauseRule)) return undefined;
      const reason = `接收方连续 ${run.consecutiveFailures} 次投递失败，系统已自动暂停（最近一次：${error.slice(0, 200)}）；修复接收方后请恢复，暂停期间的事件会补发`;
      await this.repository.changeState(tx.manager, delivery.subscriptionId, 'paused', reason, SYSTEM_ACTOR);
      await this.repository.openPausedTask(tx.manager, delivery, run.consecutiveFailures, error);
      return run;
    });
    if (paused) {
      this.pauses.inc();
      // Never silent: the same kind of line operators alert on as a dead letter's.
      this.logger.error(
        { alert: true, event: 'webhook_paused', webhookId: delivery.subscriptionId, url: delivery.url, failures: paused.consecutiveFailures, error },
        'Webhook 接收方持续失败，订阅已自动暂停（需系统管理员处理：修复接收方后恢复订阅）',
      );
    }
  }
}
