import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { LOGGER } from '@gov/platform';
import type { Logger } from 'pino';
import { DraftingService } from './drafting.service.js';

const SWEEP_EVERY_MS = 60_000;

/**
 * Flags overdue texts once a minute. Every replica runs the timer; the sweep itself takes a transaction-scoped advisory
 * lock, so only one does the work. Tests call `sweep(day)` directly instead of waiting.
 */
@Injectable()
export class DraftingOverdueSweeper implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly drafting: DraftingService,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => {
      this.sweep().catch((error: unknown) => this.logger.warn({ err: error }, 'drafting overdue sweep failed'));
    }, SWEEP_EVERY_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }

  /** Flags the open texts whose due date is before `day` (default: today in Asia/Shanghai); returns how many. */
  sweep(day?: string): Promise<number> {
    return this.drafting.sweepOverdue(day);
  }
}
