import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { LOGGER } from '@gov/platform';
import type { Logger } from 'pino';
import { UrgentMattersService } from './urgent-matters.service.js';

/** Every 30 seconds: flags urgent matters whose report deadline has passed (a minute matters here). */
export const URGENT_OVERDUE_INTERVAL_MS = 30_000;

@Injectable()
export class UrgentOverdueScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer?: NodeJS.Timeout;
  private running?: Promise<unknown>;

  constructor(
    private readonly matters: UrgentMattersService,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => this.tick(), URGENT_OVERDUE_INTERVAL_MS);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  /** One run now; tests call `UrgentMattersService.flagOverdue(now)` directly with an explicit now. */
  tick(): void {
    if (this.running) return;
    this.running = this.matters
      .flagOverdue(new Date())
      .catch((error: unknown) => this.logger.error({ err: error }, 'urgent matter overdue check failed'))
      .finally(() => {
        this.running = undefined;
      });
  }
}
