import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { outsideTransaction } from '../database/transaction-scope.js';
import type { Bus } from './bus.js';

export interface RetentionSettings {
  /** Sent outbox rows older than this are purged (`OUTBOX_RETENTION_DAYS`). */
  outboxDays: number;
  /** Inbox rows older than this are purged (`INBOX_RETENTION_DAYS`); above the streams' max age, so a redelivery still finds its row. */
  inboxDays: number;
  /** The in-process bus's messages that every consumer has acknowledged, older than this (`STREAM_MAX_AGE_DAYS`). */
  streamDays: number;
  /** How often the job runs (`RETENTION_INTERVAL_MINUTES`). */
  intervalMs: number;
}

const DAY_MS = 24 * 3600 * 1000;
/** Rows deleted per statement: each batch is its own short statement, so no purge holds locks for long. */
const BATCH = 1000;

/**
 * Purges the messaging bookkeeping that has done its work: sent outbox rows, old inbox rows, and (embedded mode) the
 * in-process bus's acknowledged messages. Dead letters are kept: an operator decides about them. Business records are
 * never touched.
 */
export class Retention {
  private timer?: NodeJS.Timeout;
  private current: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly dataSource: DataSource,
    private readonly schema: string,
    private readonly bus: Bus,
    private readonly logger: Logger,
    private readonly settings: RetentionSettings,
  ) {}

  start(): void {
    this.timer = setInterval(() => {
      this.current = this.purge().catch((error: unknown) => this.logger.warn({ err: error }, '过期消息记录清理失败，下次重试'));
    }, this.settings.intervalMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.current;
  }

  /** One run; answers how many rows went from each table. */
  purge(now = new Date()): Promise<{ outbox: number; inbox: number; bus: number }> {
    return outsideTransaction(async () => {
      const outbox = await this.inBatches(
        `DELETE FROM "${this.schema}".outbox WHERE id IN (
           SELECT id FROM "${this.schema}".outbox WHERE sent_at IS NOT NULL AND sent_at < $1 LIMIT ${BATCH})`,
        new Date(now.getTime() - this.settings.outboxDays * DAY_MS),
      );
      const inbox = await this.inBatches(
        `DELETE FROM "${this.schema}".inbox WHERE (consumer, event_id) IN (
           SELECT consumer, event_id FROM "${this.schema}".inbox WHERE processed_at < $1 LIMIT ${BATCH})`,
        new Date(now.getTime() - this.settings.inboxDays * DAY_MS),
      );
      const bus = this.bus.purge ? await this.bus.purge(new Date(now.getTime() - this.settings.streamDays * DAY_MS)) : 0;
      if (outbox || inbox || bus) this.logger.info({ outbox, inbox, bus }, '已清理过期的消息记录');
      return { outbox, inbox, bus };
    });
  }

  private async inBatches(sql: string, before: Date): Promise<number> {
    let total = 0;
    for (;;) {
      const [, affected] = (await this.dataSource.query(`${sql} RETURNING 1`, [before])) as [unknown[], number];
      total += affected;
      if (affected < BATCH) return total;
    }
  }
}
