import { CalendarInputError } from './errors.js';
import { WEEKDAY_NAMES, isWeekend, toDayNumber, weekdayOf, yearOf } from './dates.js';

export interface NamedDay {
  /** `YYYY-MM-DD` */
  date: string;
  /** e.g. 国庆节 */
  name: string;
}

/**
 * One year of the State Council's holiday arrangement (国务院办公厅关于某年部分节假日安排的通知):
 * the days off (法定节假日 and the rest days moved next to them) and the weekend days made working
 * days (调休上班).
 */
export interface CalendarYear {
  year: number;
  holidays: NamedDay[];
  makeupWorkdays: NamedDay[];
  /** Where the arrangement comes from, e.g. the notice's title and 文号. */
  source: string;
  /** Incremented on every correction, so records can say which version they were computed under. */
  version: number;
}

export type DayKind = 'holiday' | 'makeup_workday' | 'weekend' | 'weekday';

export interface DayInfo {
  date: string;
  kind: DayKind;
  working: boolean;
  /** The holiday's name, for `holiday` and `makeup_workday`. */
  name?: string;
  /** False when the year's arrangement is not loaded: the day was judged on weekends alone. */
  loaded: boolean;
}

/** The notice shown wherever a result depends on a year whose arrangement is not loaded. */
export function unpublishedYearNotice(year: number): string {
  return `${year}年节假日安排尚未发布，按周末推算，发布后将重新计算`;
}

/**
 * The Chinese working-day calendar over the years loaded. A day is a working day when it is a weekday
 * that is not a holiday, or a weekend day made a working day (调休上班). A year not loaded is judged on
 * weekends alone; `dayInfo(...).loaded` says so.
 */
export class WorkingCalendar {
  private readonly years = new Map<number, CalendarYear>();
  private readonly holidays = new Map<string, string>();
  private readonly makeupWorkdays = new Map<string, string>();

  /** One entry per year; throws a CalendarInputError when a year appears twice. */
  constructor(years: readonly CalendarYear[]) {
    for (const year of years) {
      if (this.years.has(year.year)) throw new CalendarInputError(`${year.year}年的节假日安排重复载入`);
      this.years.set(year.year, year);
      for (const day of year.holidays) this.holidays.set(day.date, day.name);
      for (const day of year.makeupWorkdays) this.makeupWorkdays.set(day.date, day.name);
    }
  }

  /** The years loaded, ascending. */
  get loadedYears(): number[] {
    return [...this.years.keys()].sort((a, b) => a - b);
  }

  isLoaded(year: number): boolean {
    return this.years.has(year);
  }

  /** The loaded arrangement of a year (with its source and version), if any. */
  yearData(year: number): CalendarYear | undefined {
    return this.years.get(year);
  }

  /** Throws a CalendarInputError for an invalid date. */
  dayInfo(date: string): DayInfo {
    const day = toDayNumber(date);
    const loaded = this.years.has(yearOf(day));
    const holiday = this.holidays.get(date);
    if (holiday !== undefined) return { date, kind: 'holiday', working: false, name: holiday, loaded };
    const makeup = this.makeupWorkdays.get(date);
    if (makeup !== undefined) return { date, kind: 'makeup_workday', working: true, name: makeup, loaded };
    return isWeekend(day) ? { date, kind: 'weekend', working: false, loaded } : { date, kind: 'weekday', working: true, loaded };
  }

  isWorkingDay(date: string): boolean {
    return this.dayInfo(date).working;
  }

  isRestDay(date: string): boolean {
    return !this.dayInfo(date).working;
  }

  /** One line for a clerk, e.g. "2026-10-01 国庆节 法定节假日". */
  explainDay(date: string): string {
    const info = this.dayInfo(date);
    const day = toDayNumber(date);
    const weekday = WEEKDAY_NAMES[weekdayOf(day)];
    const text = {
      holiday: `${date} ${info.name} 法定节假日`,
      makeup_workday: `${date} ${info.name}调休上班 工作日（${weekday}）`,
      weekend: `${date} ${weekday} 休息日`,
      weekday: `${date} ${weekday} 工作日`,
    }[info.kind];
    return info.loaded ? text : `${text}（${yearOf(day)}年节假日安排尚未发布，按周末推算）`;
  }
}
