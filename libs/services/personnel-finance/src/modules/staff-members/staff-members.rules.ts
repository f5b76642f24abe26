import type { StaffMemberStatus } from '@gov/contracts-personnel-finance';

/** The steps of one 工作人员, and the states each is allowed from. */
export type StaffMemberStep = 'update' | 'withdraw';

const ALLOWED: Record<StaffMemberStep, readonly StaffMemberStatus[]> = {
  update: ['open'],
  withdraw: ['open'],
};

/** Whether `step` may be taken from `status` (pure: no I/O). */
export function canTake(step: StaffMemberStep, status: StaffMemberStatus): boolean {
  return ALLOWED[step].includes(status);
}

/** The state after `step`. */
export function statusAfter(step: StaffMemberStep, status: StaffMemberStatus): StaffMemberStatus {
  return step === 'withdraw' ? 'withdrawn' : status;
}

/** A withdrawal's reason, trimmed; null when blank (then the withdrawal is refused). */
export function reasonOf(text: string | undefined): string | null {
  const reason = text?.trim() ?? '';
  return reason.length >= 2 ? reason : null;
}
