import { AsyncLocalStorage } from 'node:async_hooks';
import { Controller, Inject, Injectable, Module } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { CALENDAR_YEAR_PUBLISHED, CalendarYearPublished, type CalendarYearData } from '@gov/contracts-common';
import { WorkingCalendar } from '@gov/calendar';
import type { DataSource, EntityManager } from 'typeorm';
import { currentTransactionManager } from '../database/transaction-scope.js';
import { BusEventPattern, EventTx } from '../messaging/nest-decorators.js';
import type { Tx } from '../messaging/transactions.js';
import { DATA_SOURCE, SCHEMA } from '../tokens.js';

/**
 * Called in the transaction that loads or corrects `year`, with the calendar as that transaction sees it (the new year
 * included); `current()` called from the listeners (and only from them) returns the same calendar.
 */
export type CalendarChangeListener = (year: number, tx: Tx, calendar: WorkingCalendar) => Promise<void>;

/**
 * A service's copy of the platform calendar. Deadlines are computed over `current()`; a service that
 * stores deadlines registers `onChange` to re-date its open ones (provisional ones above all) when a year
 * is loaded or corrected, in the same transaction as the copy's update.
 */
@Injectable()
export class CalendarCopy {
  private cached?: WorkingCalendar;
  private cachedAt = 0;
  /** Bumped by every change; a read that started before a change does not fill the cache. */
  private generation = 0;
  private readonly listeners: CalendarChangeListener[] = [];
  /** The uncommitted calendar of the transaction whose listeners are running, visible to that work only. */
  private readonly changing = new AsyncLocalStorage<WorkingCalendar>();

  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(SCHEMA) private readonly schema: string,
  ) {}

  onChange(listener: CalendarChangeListener): void {
    this.listeners.push(listener);
  }

  /**
   * The calendar. Inside a transaction (`tx`, or the one the caller runs in) it is read through that transaction's
   * connection, never a second pool connection. The cache holds committed calendars only: the calendar being loaded
   * is handed to its own listeners, not to other requests before it commits.
   */
  async current(tx?: Pick<Tx, 'manager'>): Promise<WorkingCalendar> {
    const changing = this.changing.getStore();
    if (changing) return changing;
    // A short life as well as the explicit reset: a reload racing the copy's commit is corrected soon.
    if (!this.cached || Date.now() - this.cachedAt > 10_000) {
      const generation = this.generation;
      const calendar = await this.read(tx?.manager ?? currentTransactionManager(this.dataSource) ?? this.dataSource.manager);
      if (generation !== this.generation) return calendar;
      this.cached = calendar;
      this.cachedAt = Date.now();
    }
    return this.cached;
  }

  private async read(manager: EntityManager): Promise<WorkingCalendar> {
    const rows = await manager.query(`SELECT year, holidays, makeup_workdays, source, version FROM "${this.schema}".calendar_year_copy ORDER BY year`);
    return new WorkingCalendar(
      rows.map((r: { year: number; holidays: CalendarYearData['holidays']; makeup_workdays: CalendarYearData['makeupWorkdays']; source: string; version: number }) => ({
        year: r.year,
        holidays: r.holidays,
        makeupWorkdays: r.makeup_workdays,
        source: r.source,
        version: r.version,
      })),
    );
  }

  async loadedYears(tx?: Pick<Tx, 'manager'>): Promise<number[]> {
    const rows = await (tx?.manager ?? this.dataSource.manager).query(`SELECT year FROM "${this.schema}".calendar_year_copy ORDER BY year`);
    return rows.map((r: { year: number }) => r.year);
  }

  /** Applies a published year (the consumer is {@link CalendarCopyEvents}), in the event's transaction. */
  async applyWhenCalendarYearPublished(event: CalendarYearPublished.Event, tx: Tx): Promise<void> {
    const rows: unknown[] = await tx.manager.query(
      `INSERT INTO "${this.schema}".calendar_year_copy (year, holidays, makeup_workdays, source, version)
       VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (year) DO UPDATE SET holidays = EXCLUDED.holidays, makeup_workdays = EXCLUDED.makeup_workdays,
         source = EXCLUDED.source, version = EXCLUDED.version, received_at = now()
       WHERE calendar_year_copy.version < EXCLUDED.version
       RETURNING year`,
      [event.year, JSON.stringify(event.holidays), JSON.stringify(event.makeupWorkdays), event.source, event.version],
    );
    if (!rows.length) return; // an older or equal version: nothing changes
    this.invalidate();
    if (this.listeners.length) {
      // The listeners re-date in this transaction: they (and `current()` called from them) see the new year already;
      // other requests keep the committed calendar until this commits.
      const calendar = await this.read(tx.manager);
      try {
        await this.changing.run(calendar, async () => {
          for (const listener of this.listeners) await listener(event.year, tx, calendar);
        });
      } finally {
        // Whether this commits or rolls back, the next reader reads what was committed.
        this.invalidate();
      }
    }
  }

  private invalidate(): void {
    this.cached = undefined;
    this.generation++;
  }
}

/** The consumer of the published calendar years: the copy itself is a provider other services' code injects. */
@Controller()
export class CalendarCopyEvents {
  constructor(private readonly copy: CalendarCopy) {}

  @BusEventPattern('duty-and-meetings', CALENDAR_YEAR_PUBLISHED, CalendarYearPublished.Event)
  applyWhenCalendarYearPublished(@Payload() event: CalendarYearPublished.Event, @EventTx() tx: Tx): Promise<void> {
    return this.copy.applyWhenCalendarYearPublished(event, tx);
  }
}

@Module({ controllers: [CalendarCopyEvents], providers: [CalendarCopy], exports: [CalendarCopy] })
export class CalendarCopyModule {}
