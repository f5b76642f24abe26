import type { CalendarYear, NamedDay } from './calendar.js';
import { isIsoDate, isWeekend, toDayNumber } from './dates.js';

/**
 * Checks a year an administrator entered from the State Council's notice. Returns every problem found,
 * as Chinese messages; an empty list means the year can be saved.
 */
export function validateCalendarYear(year: CalendarYear): string[] {
  const errors: string[] = [];
  if (!Number.isInteger(year.year) || year.year < 2000 || year.year > 2100) {
    errors.push(`年份 ${year.year} 无效，应为 2000 至 2100 之间的整数`);
  }
  if (!year.source?.trim()) errors.push('缺少来源（如国务院办公厅关于部分节假日安排的通知）');
  if (!Number.isInteger(year.version) || year.version < 1) errors.push(`版本号 ${year.version} 无效，应为正整数`);

  const holidays = checkDays(year.year, year.holidays, '节假日', errors);
  const makeupWorkdays = checkDays(year.year, year.makeupWorkdays, '调休上班日', errors);

  for (const date of makeupWorkdays) {
    if (!isWeekend(toDayNumber(date))) errors.push(`调休上班日 ${date} 不是周六或周日`);
    if (holidays.has(date)) errors.push(`${date} 不能既是节假日又是调休上班日`);
  }
  return errors;
}

/** Checks one list; returns its valid dates. */
function checkDays(year: number, days: readonly NamedDay[], label: string, errors: string[]): Set<string> {
  const seen = new Set<string>();
  for (const { date, name } of days) {
    if (!isIsoDate(date)) {
      errors.push(`${label} ${date} 不是有效日期（应为 YYYY-MM-DD）`);
      continue;
    }
    if (!date.startsWith(`${year}-`)) errors.push(`${label} ${date} 不属于 ${year} 年`);
    if (!name?.trim()) errors.push(`${label} ${date} 缺少名称`);
    if (seen.has(date)) errors.push(`${label} ${date} 重复`);
    seen.add(date);
  }
  return seen;
}
