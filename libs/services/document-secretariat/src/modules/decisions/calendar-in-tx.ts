import { WorkingCalendar, type CalendarYear } from '@gov/calendar';
import type { Tx } from '@gov/platform';

/**
 * The calendar as the transaction sees it. A `CalendarCopy.onChange` listener runs inside the transaction that loads the
 * new year, so `CalendarCopy.current()` (which reads outside it, and caches what it read) would not see that year yet —
 * and would keep the stale calendar cached for everyone. Listeners re-date over this instead.
 */
export async function calendarInTx(tx: Tx, schema: string): Promise<WorkingCalendar> {
  const rows: { year: number; holidays: CalendarYear['holidays']; makeup_workdays: CalendarYear['makeupWorkdays']; source: string; version: number }[] = await tx.manager.query(
    `SELECT year, holidays, makeup_workdays, source, version FROM "${schema}".calendar_year_copy ORDER BY year`,
  );
  return new WorkingCalendar(rows.map((r) => ({ year: r.year, holidays: r.holidays, makeupWorkdays: r.makeup_workdays, source: r.source, version: r.version })));
}
