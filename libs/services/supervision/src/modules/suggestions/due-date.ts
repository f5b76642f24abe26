import { computeDeadline, isDeadlineOverdue, type PeriodUnit, type WorkingCalendar } from '@gov/calendar';
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
