import { CalendarInputError } from './errors.js';
// Civil dates as day numbers (days since 1970-01-01). All arithmetic is done on UTC midnight, so the
// machine's time zone never shifts a date; the strings are Asia/Shanghai civil dates.

const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
// China has kept UTC+8 without daylight saving since 1991.
const SHANGHAI_OFFSET_MS = 8 * 3_600_000;

export const WEEKDAY_NAMES = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'] as const;

function tryDayNumber(date: string): number | undefined {
  const match = ISO_DATE.exec(date);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const utc = new Date(Date.UTC(year, month - 1, day));
  if (utc.getUTCFullYear() !== year || utc.getUTCMonth() !== month - 1 || utc.getUTCDate() !== day) return undefined;
  return utc.getTime() / MS_PER_DAY;
}

/** True for a real calendar date written `YYYY-MM-DD` (so `2026-02-30` is false). */
export function isIsoDate(date: unknown): date is string {
  return typeof date === 'string' && tryDayNumber(date) !== undefined;
}

export function toDayNumber(date: string): number {
  const day = tryDayNumber(date);
  if (day === undefined) throw new CalendarInputError(`日期无效：${date}（应为 YYYY-MM-DD 格式的有效日期）`);
  return day;
}

export function toIsoDate(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(day: number): number {
  return (((day + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
}

export function isWeekend(day: number): boolean {
  const weekday = weekdayOf(day);
  return weekday === 0 || weekday === 6;
}

export function yearOf(day: number): number {
  return new Date(day * MS_PER_DAY).getUTCFullYear();
}

/**
 * The corresponding day `months` later; where that month has no such day, its last day
 * (《民法典》第202条). `clamped` says which of the two it was.
 */
export function addMonths(day: number, months: number): { day: number; clamped: boolean } {
  const date = new Date(day * MS_PER_DAY);
  const target = date.getUTCMonth() + months;
  const year = date.getUTCFullYear() + Math.floor(target / 12);
  const month = ((target % 12) + 12) % 12;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const dayOfMonth = Math.min(date.getUTCDate(), lastDay);
  return { day: Date.UTC(year, month, dayOfMonth) / MS_PER_DAY, clamped: dayOfMonth !== date.getUTCDate() };
}

/** The Asia/Shanghai civil date of an instant, whatever the machine's time zone. */
export function shanghaiDate(instant: Date): string {
  return toIsoDate(Math.floor((instant.getTime() + SHANGHAI_OFFSET_MS) / MS_PER_DAY));
}
