import type { StaffMemberStatus } from '@gov/contracts-personnel-finance';

/** The steps of one 工作人员 record, and the states each is allowed from. */
export type StaffMemberStep = 'update' | 'withdraw';

const ALLOWED: Record<StaffMemberStep, readonly StaffMemberStatus[]> = {
  update: ['active'],
  withdraw: ['active'],
};

/** Whether `step` may be taken from `status` (pure: no I/O). */
export function canTake(step: StaffMemberStep, status: StaffMemberStatus): boolean {
  return ALLOWED[step].includes(status);
}

/** The state after `step`. */
export function statusAfter(step: StaffMemberStep, status: StaffMemberStatus): StaffMemberStatus {
  return step === 'withdraw' ? 'withdrawn' : status;
}

/** A probationer on a date: the probation ends after it (新录用公务员试用期内). */
export function onProbation(probationEndsOn: string | null, on: string): boolean {
  return probationEndsOn !== null && probationEndsOn >= on;
}

/** The dates given must be in order: probation ends after hiring. */
export function datesRefusal(hiredOn: string, probationEndsOn: string | null | undefined): string | null {
  return probationEndsOn && probationEndsOn <= hiredOn ? 'probationEndsOn：试用期满日期应晚于入职日期' : null;
}
