import { computeDeadline, isDeadlineOverdue, type WorkingCalendar } from '@gov/calendar';
import type { AssignmentStatus, SolicitationStatus } from '@gov/contracts-information';

/** The steps of one 约稿, and the states each is allowed from. */
export type SolicitationStep = 'answer' | 'reply' | 'withdraw';

const ALLOWED: Record<SolicitationStep, readonly SolicitationStatus[]> = {
  answer: ['open'],
  reply: ['open'],
  withdraw: ['open'],
};

/** Whether `step` may be taken from `status` (pure: no I/O). */
export function canTake(step: SolicitationStep, status: SolicitationStatus): boolean {
  return ALLOWED[step].includes(status);
}

/** The state after `step`. */
export function statusAfter(step: SolicitationStep, status: SolicitationStatus): SolicitationStatus {
  return step === 'withdraw' ? 'withdrawn' : step === 'reply' ? 'replied' : status;
}

export interface InternalDue {
  dueDate: string;
  provisional: boolean;
  explanation: string[];
}

/**
 * The units' internal deadline: `workingDays` working days after the day the 约稿 arrived, by the deadline engine over the
 * calendar copy (《民法典》第201条: counting starts the next day; holidays and 调休 from the calendar). It must leave
 * 信息科 time to compile before the upper deadline: a date after it is refused (null).
 */
export function internalDue(calendar: WorkingCalendar, receivedOn: string, workingDays: number, upperDeadline: string): InternalDue | null {
  const result = computeDeadline(calendar, { start: receivedOn, amount: workingDays, unit: 'working_days' });
  if (!result.dueDate || result.dueDate > upperDeadline) return null;
  return { dueDate: result.dueDate, provisional: result.provisional, explanation: [...result.explanation, `上级时限 ${upperDeadline}，内部时限不晚于上级时限`] };
}

/** An answer given after the internal deadline is late (迟报). */
export function isLate(dueDate: string, answeredOn: string): boolean {
  return isDeadlineOverdue(dueDate, answeredOn);
}

/** Still pending after its deadline: red in the 待办 traffic light. */
export function isOverdue(status: AssignmentStatus, dueDate: string, today: string): boolean {
  return status === 'pending' && isDeadlineOverdue(dueDate, today);
}

/** Points deducted (RULES.md §2.7: 广元 deducts for a late or missing 约稿): late → the late figure, missed → the missing one. */
export function deductionFor(status: AssignmentStatus, late: boolean, weights: { solicitation_late: number; solicitation_missing: number }): number {
  if (status === 'missed') return weights.solicitation_missing;
  if (status === 'answered' && late) return weights.solicitation_late;
  return 0;
}

/**
 * The internal deadline computed again when the calendar changes (a year published or corrected): when the new date
 * would pass the upper deadline, the upper deadline is the limit, with the reason in the explanation.
 */
export function redatedDue(calendar: WorkingCalendar, receivedOn: string, workingDays: number, upperDeadline: string): InternalDue {
  return (
    internalDue(calendar, receivedOn, workingDays, upperDeadline) ?? {
      dueDate: upperDeadline,
      provisional: false,
      explanation: [`节假日安排调整后，自 ${receivedOn} 起 ${workingDays} 个工作日晚于上级时限，内部时限以上级时限 ${upperDeadline} 为准`],
    }
  );
}
