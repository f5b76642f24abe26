import { computeDeadline, isDeadlineOverdue, type WorkingCalendar } from '@gov/calendar';
import type { AssistanceRequestStatus } from '@gov/contracts-disclosure';

/** The steps of one 协助调查件, and the states each is allowed from. */
export type AssistanceRequestStep = 'update' | 'reply' | 'withdraw';

const ALLOWED: Record<AssistanceRequestStep, readonly AssistanceRequestStatus[]> = {
  update: ['received'],
  reply: ['received'],
  withdraw: ['received'],
};

export const ASSISTANCE_STEP_LABELS: Record<AssistanceRequestStep, string> = { update: '修改', reply: '登记答复', withdraw: '撤回' };

/** Whether `step` may be taken from `status` (pure: no I/O). */
export function canTake(step: AssistanceRequestStep, status: AssistanceRequestStatus): boolean {
  return ALLOWED[step].includes(status);
}

/** The state after `step`. */
export function statusAfter(step: AssistanceRequestStep, status: AssistanceRequestStatus): AssistanceRequestStatus {
  if (step === 'withdraw') return 'withdrawn';
  if (step === 'reply') return 'replied';
  return status;
}

/** How the reply's deadline is given: the date the request itself states, or a number of working days after receipt. */
export interface ReplyTerm {
  receivedOn: string;
  documentNumber: string;
  statedDueOn?: string | null;
  workingDays?: number | null;
}

/** What is wrong with the term (exactly one of the two; a stated date not before the receipt), or null. */
export function termProblem(term: ReplyTerm): { field: string; message: string } | null {
  const stated = Boolean(term.statedDueOn);
  const days = term.workingDays !== undefined && term.workingDays !== null;
  if (stated === days) return { field: stated ? 'workingDays' : 'statedDueOn', message: '答复期限须为来文载明的日期或自收文次日起的工作日数，二者择一填写' };
  if (term.statedDueOn && term.statedDueOn < term.receivedOn) return { field: 'statedDueOn', message: `来文载明的答复期限不能早于收文之日（${term.receivedOn}）` };
  return null;
}

/**
 * The reply's due date with its explanation: the date stated in the request (来文载明), or `workingDays` working days after
 * the day of receipt (the day itself not counted, 《民法典》第二百零一条) by the working-day calendar with its 调休 days.
 * Only the working-day term moves when the calendar changes.
 */
export function replyDeadline(calendar: WorkingCalendar, term: ReplyTerm): { dueDate: string | null; explanation: string[] } {
  if (term.statedDueOn) return { dueDate: term.statedDueOn, explanation: [`答复期限：来文（${term.documentNumber}）载明于 ${term.statedDueOn} 前答复`] };
  const days = term.workingDays ?? 0;
  const result = computeDeadline(calendar, { start: term.receivedOn, amount: days, unit: 'working_days' });
  return { dueDate: result.dueDate, explanation: [`答复期限：收文之日（${term.receivedOn}）起 ${days} 个工作日内（来文未载明期限）`, ...result.explanation] };
}

/** Overdue (red): still awaiting the reply after the due date, or replied after it. */
export function isOverdue(row: { status: AssistanceRequestStatus; dueDate: string | null; repliedOn: string | null }, today: string): boolean {
  if (row.status === 'received') return isDeadlineOverdue(row.dueDate, today);
  if (row.status === 'replied') return row.dueDate !== null && row.repliedOn !== null && row.repliedOn > row.dueDate;
  return false;
}
