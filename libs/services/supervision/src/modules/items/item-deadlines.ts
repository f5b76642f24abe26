import { computeDeadline, type WorkingCalendar } from '@gov/calendar';

export interface ApprovedExtension {
  workingDays: number;
  reason: string;
}

export interface ItemDueInput {
  /** given: the source (批示, 会议纪要, 上级来文) set the date; computed: the default number of working days from 交办. */
  basis: 'given' | 'computed';
  /** The 交办 day (not counted, 《民法典》第201条), or for a given date the date itself. */
  start: string;
  givenDate: string | null;
  workingDays: number | null;
  extensions: readonly ApprovedExtension[];
}

export interface ItemDue {
  dueDate: string | null;
  provisional: boolean;
  explanation: string[];
}

/**
 * The due date of an item, always through the deadline engine: a computed one counts working days from the
 * 交办 day; a given one is kept as the source set it; approved extensions (延期) run on in working days from the
 * due date reached so far. Each keeps the engine's explanation.
 */
export function computeItemDue(calendar: WorkingCalendar, input: ItemDueInput): ItemDue {
  const [first, ...rest] = input.extensions.map((e) => ({ amount: e.workingDays, unit: 'working_days' as const, reason: e.reason }));
  if (input.basis === 'computed') {
    const result = computeDeadline(calendar, { start: input.start, amount: input.workingDays ?? 0, unit: 'working_days', extensions: input.extensions.map((e) => ({ amount: e.workingDays, unit: 'working_days' as const, reason: e.reason })) });
    return { dueDate: result.dueDate, provisional: result.provisional, explanation: ['来源未规定办理期限，按默认期限自交办日计算', ...result.explanation] };
  }
  const given = input.givenDate as string;
  const head = [`来源规定的办理期限 ${given}`];
  if (!first) {
    const year = Number(given.slice(0, 4));
    const provisional = !calendar.isLoaded(year);
    return { dueDate: given, provisional, explanation: provisional ? [...head, `${year} 年节假日安排尚未发布，到期日暂定`] : head };
  }
  const result = computeDeadline(calendar, { start: given, amount: first.amount, unit: 'working_days', extensions: rest });
  return { dueDate: result.dueDate, provisional: result.provisional, explanation: [...head, `延期 ${first.amount} 个工作日：${first.reason}（自原到期日次日起算）`, ...result.explanation] };
}

/**
 * A quarterly milestone of a 政府工作报告 task is due at the end of its quarter: the quarter's days counted from the
 * last day of the quarter before, a last day that is a rest day moving to the next working day (《民法典》第203条).
 */
export function quarterMilestoneDue(calendar: WorkingCalendar, year: number, quarter: number): ItemDue {
  const start = quarter === 1 ? `${year - 1}-12-31` : lastDayOfMonth(year, (quarter - 1) * 3);
  const end = lastDayOfMonth(year, quarter * 3);
  const days = Math.round((Date.parse(`${end}T00:00:00Z`) - Date.parse(`${start}T00:00:00Z`)) / 86_400_000);
  const result = computeDeadline(calendar, { start, amount: days, unit: 'calendar_days' });
  return { dueDate: result.dueDate, provisional: result.provisional, explanation: [`${year} 年第 ${quarter} 季度节点，以季度末为期限`, ...result.explanation] };
}

/** A milestone with a date set by the office, checked against the calendar. */
export function givenMilestoneDue(calendar: WorkingCalendar, date: string): ItemDue {
  const year = Number(date.slice(0, 4));
  const provisional = !calendar.isLoaded(year);
  const explanation = [`规定的节点期限 ${date}`];
  if (!calendar.isWorkingDay(date)) explanation.push(`提示：${calendar.explainDay(date)}`);
  if (provisional) explanation.push(`${year} 年节假日安排尚未发布，到期日暂定`);
  return { dueDate: date, provisional, explanation };
}

function lastDayOfMonth(year: number, month: number): string {
  const day = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
