import type { ApplicationStatus } from '@gov/contracts-disclosure';

/** The steps of one 依申请公开申请, and the states each is allowed from. */
export type ApplicationStep = 'update' | 'withdraw';

const ALLOWED: Record<ApplicationStep, readonly ApplicationStatus[]> = {
  update: ['open'],
  withdraw: ['open'],
};

/** Whether `step` may be taken from `status` (pure: no I/O). */
export function canTake(step: ApplicationStep, status: ApplicationStatus): boolean {
  return ALLOWED[step].includes(status);
}

/** The state after `step`. */
export function statusAfter(step: ApplicationStep, status: ApplicationStatus): ApplicationStatus {
  return step === 'withdraw' ? 'withdrawn' : status;
}

/** A withdrawal's reason, trimmed; null when blank (then the withdrawal is refused). */
export function reasonOf(text: string | undefined): string | null {
  const reason = text?.trim() ?? '';
  return reason.length >= 2 ? reason : null;
}
