import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { LOGGER } from '@gov/platform';
import type { Logger } from 'pino';
import { WorkItemsService } from './work-items.service.js';

const SWEEP_EVERY_MS = 10 * 60_000;

/**
 * Opens the units' 待办 of the work items that have come near their deadline (or passed it) every ten minutes. Every
 * replica runs the timer; the sweep locks its candidates (skipping those another replica holds) and saves each at the
 * version it read, so an item is reminded once. Tests call `sweep(day)` directly instead of waiting.
 */
@Injectable()
export class WorkItemsReminderSweeper implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly items: WorkItemsService,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => {
      this.sweep().catch((error: unknown) => this.logger.warn({ err: error }, 'work item reminder sweep failed'));
    }, SWEEP_EVERY_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }

  /** Reminds the open items whose light on `day` (default: today) is yellow or red; returns how many. */
  sweep(day?: string): Promise<number> {
    return this.items.sweepReminders(day);
  }
}
