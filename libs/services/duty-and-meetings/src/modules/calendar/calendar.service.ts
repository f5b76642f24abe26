import { Injectable } from '@nestjs/common';
import { CALENDAR_YEAR_PUBLISHED, CommonErrors, hasPermission, type CalendarYearData, type CallerContext } from '@gov/contracts-common';
import {
  CalendarErrors,
  type ComputeDeadline,
  type GetCalendarYear,
  type ListCalendarYears,
  type PutCalendarYear,
  DutyAndMeetingsPermissions,
} from '@gov/contracts-duty-and-meetings';
import { computeDeadline, validateCalendarYear, WorkingCalendar } from '@gov/calendar';
import { DomainError, Transactions } from '@gov/platform';
import { CalendarYearEntity } from './calendar-year.entity.js';
import { CalendarRepository } from './calendar.repository.js';

export const CALENDAR_WRITE = DutyAndMeetingsPermissions.calendarWrite;

/**
 * The working-day calendar. An administrator loads a new year when the State Council publishes it, or
 * corrects one; every change is published so that every service's copy, and the deadlines computed over
 * it, follow.
 */
@Injectable()
export class CalendarService {
  private cached?: WorkingCalendar;

  constructor(
    private readonly years: CalendarRepository,
    private readonly transactions: Transactions,
  ) {}

  async listYears(): Promise<ListCalendarYears.Reply> {
    const years = await this.years.findAll();
    return {
      items: years.map((y) => ({
        year: y.year,
        holidayCount: y.holidays.length,
        makeupWorkdayCount: y.makeupWorkdays.length,
        source: y.source,
        version: y.version,
        updatedAt: y.updatedAt.toISOString(),
        updatedBy: y.updatedBy,
      })),
    };
  }

  async getYear(year: number): Promise<GetCalendarYear.Reply> {
    const entity = await this.years.findYear(year);
    if (!entity) throw new DomainError(CalendarErrors.yearNotFound, `${year} 年节假日安排尚未录入`);
    return toReply(entity);
  }

  async putYear(request: PutCalendarYear.Request, caller: CallerContext): Promise<PutCalendarYear.Reply> {
    if (!hasPermission(caller, CALENDAR_WRITE)) throw new DomainError(CommonErrors.forbidden, '只有系统管理员可以维护节假日安排');
    return this.transactions.run(async (tx) => {
      const existing = await this.years.findYear(request.year, tx.manager);
      if (existing && request.expectedVersion !== undefined && existing.version !== request.expectedVersion) {
        throw new DomainError(CalendarErrors.versionConflict, `${request.year} 年节假日安排已被修改（当前版本 ${existing.version}），请刷新后重试`);
      }
      const data: CalendarYearData = {
        year: request.year,
        holidays: sortDays(request.holidays),
        makeupWorkdays: sortDays(request.makeupWorkdays),
        source: request.source.trim(),
        version: (existing?.version ?? 0) + 1,
      };
      const problems = validateCalendarYear(data);
      if (problems.length) {
        throw new DomainError(
          CalendarErrors.invalidYear,
          `节假日安排有 ${problems.length} 处错误`,
          problems.map((message: string) => ({ field: 'holidays', code: 'calendar', message })),
        );
      }
      const entity = Object.assign(new CalendarYearEntity(), data, { updatedAt: new Date(), updatedBy: caller.username });
      await this.years.save(entity, tx.manager);
      await tx.emit(CALENDAR_YEAR_PUBLISHED, data);
      this.cached = undefined;
      return toReply(entity);
    });
  }

  async computeDeadline(request: ComputeDeadline.Request): Promise<ComputeDeadline.Reply> {
    const calendar = await this.calendar();
    return computeDeadline(calendar, {
      start: request.start,
      amount: request.amount,
      unit: request.unit,
      pauses: request.pauses ?? [],
      extensions: request.extensions ?? [],
    });
  }

  private async calendar(): Promise<WorkingCalendar> {
    if (!this.cached) {
      const rows = await this.years.findAll();
      this.cached = new WorkingCalendar(rows.map((r) => ({ year: r.year, holidays: r.holidays, makeupWorkdays: r.makeupWorkdays, source: r.source, version: r.version })));
    }
    return this.cached;
  }
}

function sortDays<T extends { date: string }>(days: T[]): T[] {
  return [...days].sort((a, b) => a.date.localeCompare(b.date));
}

function toReply(entity: CalendarYearEntity): GetCalendarYear.Reply {
  return {
    year: entity.year,
    holidays: entity.holidays,
    makeupWorkdays: entity.makeupWorkdays,
    source: entity.source,
    version: entity.version,
    updatedAt: entity.updatedAt.toISOString(),
    updatedBy: entity.updatedBy,
  };
}
