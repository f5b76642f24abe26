import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { shanghaiDate } from '@gov/calendar';
import type { RecomputeLights } from '@gov/contracts-supervision';
import { CalendarCopy, DATA_SOURCE, LOGGER, outsideTransaction, releaseSessionLock, Transactions, trySessionLock } from '@gov/platform';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { ItemLights } from '../items/item-lights.js';
import { ItemsRepository } from '../items/items.repository.js';
import { ItemScheduleService } from '../items/item-schedule.service.js';

/** Every quarter of an hour: a new day turns lights yellow and red soon after midnight. */
const INTERVAL_MS = 15 * 60_000;
/** Items judged per transaction: a user's step on an item waits at most for one batch. */
export const LIGHTS_BATCH = 200;
/** The session advisory lock one replica holds while it judges the lights. */
const LIGHTS_LOCK = 'supervision:item-lights';

/**
 * The traffic-light job: judges every open item as of a day, guarded by a session advisory lock so only one replica
 * runs it at a time; first it 交办 the items that waited in 待确认责任单位 for units the directory now knows. It reads
 * the calendar and the threshold once, then works in batches of `LIGHTS_BATCH` items, each its own short transaction
 * with the batch's items and milestones read in two queries; items a user's step holds are skipped (that step judges
 * its item itself). Also re-dates open deadlines when the calendar copy loads or corrects a year.
 * `recompute(today)` is the same work, callable directly (tests, the office's "recompute now").
 */
@Injectable()
export class WarningsJob implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer?: NodeJS.Timeout;
  private running?: Promise<unknown>;

  constructor(
    private readonly items: ItemsRepository,
    private readonly schedule: ItemScheduleService,
    private readonly lights: ItemLights,
    private readonly transactions: Transactions,
    private readonly calendarCopy: CalendarCopy,
    @Inject(LOGGER) private readonly logger: Logger,
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
  ) {
    calendarCopy.onChange(async (year, tx, calendar) => {
      const redated = await this.schedule.redateOpenItems(year, tx, calendar);
      this.logger.info({ year, redated }, '节假日安排更新，已重新计算督办事项期限和灯色');
    });
  }

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => {
      this.running = this.recompute().catch((error: unknown) => this.logger.error({ err: error }, '督办事项灯色计算失败'));
    }, INTERVAL_MS);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }

  async recompute(today: string = shanghaiDate(new Date())): Promise<RecomputeLights.Reply> {
    // Its own connections, whoever calls it: the lock's session and one short transaction per batch.
    return outsideTransaction(async () => {
      const lock = this.dataSource.createQueryRunner();
      await lock.connect();
      try {
        if (!(await trySessionLock(lock, LIGHTS_LOCK))) return { asOf: today, checked: 0, changed: 0, turnedRed: 0, unitsAssigned: 0 }; // another replica is at it
        try {
          return await this.judgeAll(today);
        } finally {
          await releaseSessionLock(lock, LIGHTS_LOCK);
        }
      } finally {
        await lock.release();
      }
    });
  }

  private async judgeAll(today: string): Promise<RecomputeLights.Reply> {
    // Items that waited only for the unit directory to learn their units are 交办 first, then lit with the rest.
    const unitsAssigned = await this.transactions.run((tx) => this.schedule.assignNowKnownUnits(tx));
    const calendar = await this.calendarCopy.current();
    const thresholdWorkingDays = await this.lights.threshold(today);
    let checked = 0;
    let changed = 0;
    let turnedRed = 0;
    let after: string | null = null;
    for (;;) {
      const ids = await this.items.openIdsAfter(after, LIGHTS_BATCH);
      if (!ids.length) break;
      after = ids[ids.length - 1];
      await this.transactions.run(async (tx) => {
        const items = await this.items.lockOpenItemsSkipLocked(ids, tx.manager);
        const milestones = await this.items.milestonesOfItems(items.map((item) => item.id), tx.manager);
        const linked = await this.items.routingDeadlinesOfItems(items.map((item) => item.id), tx.manager);
        const unchanged: string[] = [];
        for (const item of items) {
          const outcome = await this.lights.refresh(item, tx, today, calendar, { thresholdWorkingDays, milestones: milestones.get(item.id) ?? [], routingDeadlines: linked.get(item.id) ?? [], unchanged });
          if (outcome.changed) changed += 1;
          if (outcome.turnedRed) turnedRed += 1;
        }
        await this.items.saveLightsAsOf(unchanged, today, tx.manager);
        checked += items.length;
      });
      if (ids.length < LIGHTS_BATCH) break;
    }
    return { asOf: today, checked, changed, turnedRed, unitsAssigned };
  }
}
