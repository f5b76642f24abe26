import { createRequire } from 'node:module';
import type { CalendarYear, NamedDay } from './calendar.js';

/** The package's documented JSON (dist/chinese-days.json): `date -> "English name,中文名,days"`. */
interface ChineseDaysData {
  holidays: Record<string, string>;
  workdays: Record<string, string>;
}

// The State Council's notices say 清明节/端午节/中秋节; the package shortens them.
const OFFICIAL_NAMES: Record<string, string> = { 清明: '清明节', 端午: '端午节', 中秋: '中秋节' };

/**
 * Every year in the `chinese-days` package as a `CalendarYear` (version 1): the statutory days off
 * (its `holidays` map, not its lunar-festival list) and the weekend days made working days (its
 * `workdays` map), under their Chinese names. The data is read on the first call, not on import.
 */
export function seedYearsFromChineseDays(): CalendarYear[] {
  const load = createRequire(import.meta.url);
  const data = load('chinese-days/dist/chinese-days.json') as ChineseDaysData;
  const { version } = load('chinese-days/package.json') as { version: string };
  const source = `chinese-days ${version}（整理自国务院办公厅历年关于部分节假日安排的通知）`;

  const years = new Map<number, CalendarYear>();
  const yearFor = (date: string): CalendarYear => {
    const year = Number(date.slice(0, 4));
    let entry = years.get(year);
    if (!entry) years.set(year, (entry = { year, holidays: [], makeupWorkdays: [], source, version: 1 }));
    return entry;
  };
  const toDay = ([date, value]: [string, string]): NamedDay => {
    const name = value.split(',')[1]?.trim() || value;
    return { date, name: OFFICIAL_NAMES[name] ?? name };
  };
  const byDate = (a: [string, string], b: [string, string]) => a[0].localeCompare(b[0]);

  for (const entry of Object.entries(data.holidays).sort(byDate)) yearFor(entry[0]).holidays.push(toDay(entry));
  for (const entry of Object.entries(data.workdays).sort(byDate)) yearFor(entry[0]).makeupWorkdays.push(toDay(entry));
  return [...years.values()].sort((a, b) => a.year - b.year);
}
