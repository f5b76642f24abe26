import { computeDeadline, isDeadlineOverdue, type DeadlineResult, type WorkingCalendar } from '@gov/calendar';
import type { InspectionStatus } from '@gov/contracts-disclosure';

/** The steps of one 公开巡查, and the states each is allowed from. */
export type InspectionStep = 'rectify' | 'withdraw';

const ALLOWED: Record<InspectionStep, readonly InspectionStatus[]> = {
  rectify: ['rectifying'],
  withdraw: ['rectifying', 'passed'],
};

export const INSPECTION_STEP_LABELS: Record<InspectionStep, string> = { rectify: '登记整改', withdraw: '撤回' };

/** Whether `step` may be taken from `status` (pure: no I/O). */
export function canTake(step: InspectionStep, status: InspectionStatus): boolean {
  return ALLOWED[step].includes(status);
}

/** The state after `step`. */
export function statusAfter(step: InspectionStep): InspectionStatus {
  return step === 'rectify' ? 'rectified' : 'withdrawn';
}

/** The state an inspection starts in: findings go to rectification, none means it passed. */
export function initialStatus(findings: string): InspectionStatus {
  return findings.trim().length > 0 ? 'rectifying' : 'passed';
}

/**
 * The rectification deadline: `workingDays` working days after the inspection (the day itself not counted, 《民法典》
 * 第二百零一条), by the working-day calendar with its 调休 days. The period is the section's choice per inspection
 * (政务公开 inspections have no statutory period), kept with the record so a re-dating recomputes the same period.
 */
export function rectificationDeadline(calendar: WorkingCalendar, inspectedOn: string, workingDays: number): DeadlineResult {
  const result = computeDeadline(calendar, { start: inspectedOn, amount: workingDays, unit: 'working_days' });
  return { ...result, explanation: [`整改期限：巡查之日（${inspectedOn}）起 ${workingDays} 个工作日内`, ...result.explanation] };
}

/** Overdue: still rectifying after the deadline, or rectified after it. */
export function isOverdue(row: { status: InspectionStatus; dueDate: string | null; rectifiedOn: string | null }, today: string): boolean {
  if (row.status === 'rectifying') return isDeadlineOverdue(row.dueDate, today);
  if (row.status === 'rectified') return row.dueDate !== null && row.rectifiedOn !== null && row.rectifiedOn > row.dueDate;
  return false;
}
