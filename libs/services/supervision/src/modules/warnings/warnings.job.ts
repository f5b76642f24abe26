import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { shanghaiDate } from '@gov/calendar';
import type { RecomputeLights } from '@gov/contracts-supervision';
import { CalendarCopy, LOGGER, Transactions } from '@gov/platform';
import type { Logger } from 'pino';
import { ItemLights } from '../items/item-lights.js';
import { ItemsRepository } from '../items/items.repository.js';
import { ItemsService } from '../items/items.service.js';

/** Every quarter of an hour: a new day turns lights yellow and red soon after midnight. */
const INTERVAL_MS = 15 * 60_000;

/**
 * The traffic-light job: judges every open item as of a day, in one transaction guarded by an advisory lock so
 * only one replica runs it at a time; first it 交办 the items that waited in 待确认责任单位 for units the directory now
 * knows. Also re-dates open deadlines when the calendar copy loads or corrects a year.
 * `recompute(today)` is the same work, callable directly (tests, the office's "recompute now").
 */
@Injectable()
export class WarningsJob implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer?: NodeJS.Timeout;
  private running?: Promise<unknown>;

  constructor(
    private readonly items: ItemsRepository,
    private readonly itemsService: ItemsService,
    private readonly lights: ItemLights,
    private readonly transactions: Transactions,
    calendarCopy: CalendarCopy,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {
    calendarCopy.onChange(async (year, tx, calendar) => {
      const redated = await this.itemsService.redateOpenItems(year, tx, calendar);
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
    return this.transactions.run(async (tx) => {
      const [{ locked }] = await tx.manager.query(`SELECT pg_try_advisory_xact_lock(hashtext('supervision:item-lights')) AS locked`);
      if (!locked) return { asOf: today, checked: 0, changed: 0, turnedRed: 0, unitsAssigned: 0 }; // another replica is at it
      // Items that waited only for the unit directory to learn their units are 交办 first, then lit with the rest.
      const unitsAssigned = await this.itemsService.assignNowKnownUnits(tx);
      let changed = 0;
      let turnedRed = 0;
      const ids = await this.items.findOpenIds(tx.manager);
      for (const id of ids) {
        const item = await this.items.findItem(id, tx.manager, true);
        if (!item) continue;
        const outcome = await this.lights.refresh(item, tx, today);
        if (outcome.changed) changed += 1;
        if (outcome.turnedRed) turnedRed += 1;
      }
      return { asOf: today, checked: ids.length, changed, turnedRed, unitsAssigned };
    });
  }
}
