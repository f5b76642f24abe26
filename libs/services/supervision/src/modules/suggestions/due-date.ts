import { computeDeadline, isDeadlineOverdue, WorkingCalendar, type CalendarYear, type PeriodUnit } from '@gov/calendar';
import type { EntityManager } from 'typeorm';
import type { ComputedDueDate } from '@gov/contracts-supervision';

/** What a stored deadline is computed from, so that it can be computed again when the calendar changes. */
export interface DueInput {
  start: string;
  amount: number;
  unit: PeriodUnit;
  /** Why the period is what it is (an extension's reason), kept as the first line of the explanation. */
  note?: string | null;
}

export interface StoredDue {
  dueDate: string | null;
  provisional: boolean;
  explanation: string[];
}

/** Every stored due date comes from the deadline engine (《民法典》第201–203条) and keeps its explanation. */
export function computeDue(calendar: WorkingCalendar, input: DueInput): StoredDue {
  const result = computeDeadline(calendar, { start: input.start, amount: input.amount, unit: input.unit });
  return { dueDate: result.dueDate, provisional: result.provisional, explanation: input.note ? [input.note, ...result.explanation] : result.explanation };
}

/** A stored due date as clients see it; `open` is false once the obligation is met (no longer overdue). */
export function dueView(due: StoredDue, today: string, open: boolean): ComputedDueDate {
  return { dueDate: due.dueDate, provisional: due.provisional, explanation: due.explanation, overdue: open && isDeadlineOverdue(due.dueDate, today) };
}

/**
 * The service's calendar copy as this transaction sees it. Deadlines are computed over it rather than over
 * `CalendarCopy.current()`, whose cache is filled outside the transaction: inside a calendar-change listener
 * that would be the calendar before the change, and just after a change it may be up to 10 s old.
 */
export async function calendarIn(manager: EntityManager, schema: string): Promise<WorkingCalendar> {
  const rows: { year: number; holidays: CalendarYear['holidays']; makeup_workdays: CalendarYear['makeupWorkdays']; source: string; version: number }[] = await manager.query(
    `SELECT year, holidays, makeup_workdays, source, version FROM "${schema}".calendar_year_copy ORDER BY year`,
  );
  return new WorkingCalendar(rows.map((r) => ({ year: r.year, holidays: r.holidays, makeupWorkdays: r.makeup_workdays, source: r.source, version: r.version })));
}
