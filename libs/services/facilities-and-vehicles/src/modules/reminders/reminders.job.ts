import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { shanghaiDate } from '@gov/calendar';
import type { RunReminders } from '@gov/contracts-facilities-and-vehicles';
import { LOGGER, Transactions } from '@gov/platform';
import type { Logger } from 'pino';
import { RemindersRepository } from './reminders.repository.js';
import { RemindersSync } from './reminders.sync.js';

/** Hourly: a new day brings expiries into their lead time (or past them) soon after midnight. */
const INTERVAL_MS = 3_600_000;

/**
 * The reminders job: every vehicle in service (and every one still waiting on a reminder) and every item at or below its
 * 库存下限 (and every one still waiting), each in its own short transaction. Idempotent: the published state of each
 * record is compared, so a second run on the same day opens nothing. `run(today)` is the same work, callable directly
 * (tests, the section's "run now").
 */
@Injectable()
export class RemindersJob implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer?: NodeJS.Timeout;
  private running?: Promise<unknown>;
  private readonly hooks: ((today: string) => Promise<{ checked: number; changed: number }>)[] = [];

  constructor(
    private readonly reminders: RemindersRepository,
    private readonly sync: RemindersSync,
    private readonly transactions: Transactions,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  /** Another module's records to remind of on each run (周转住房's tenancies). */
  register(hook: (today: string) => Promise<{ checked: number; changed: number }>): void {
    this.hooks.push(hook);
  }

  onApplicationBootstrap(): void {
    this.tick();
    this.timer = setInterval(() => this.tick(), INTERVAL_MS);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  async run(today: string = shanghaiDate(new Date())): Promise<RunReminders.Reply> {
    const { vehicles, items } = await this.reminders.candidates();
    let changed = 0;
    const rule = await this.transactions.run((tx) => this.sync.rule(today, tx));
    for (const id of vehicles) if (await this.transactions.run((tx) => this.sync.syncVehicle(id, tx, { today, rule }))) changed += 1;
    for (const id of items) if (await this.transactions.run((tx) => this.sync.syncItem(id, tx))) changed += 1;
    let checked = vehicles.length + items.length;
    for (const hook of this.hooks) {
      const more = await hook(today);
      checked += more.checked;
      changed += more.changed;
    }
    return { asOf: today, checked, changed, open: await this.reminders.openCount() };
  }

  private tick(): void {
    if (this.running) return;
    this.running = this.run()
      .catch((error: unknown) => this.logger.error({ err: error }, '到期提醒待办同步失败'))
      .finally(() => {
        this.running = undefined;
      });
  }
}
