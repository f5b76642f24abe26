import type { BranchStatus } from '@gov/contracts-party-affairs';

/** The steps of one 党支部, and the states each is allowed from. */
export type BranchStep = 'update' | 'withdraw';

const ALLOWED: Record<BranchStep, readonly BranchStatus[]> = {
  update: ['open'],
  withdraw: ['open'],
};

/** Whether `step` may be taken from `status` (pure: no I/O). */
export function canTake(step: BranchStep, status: BranchStatus): boolean {
  return ALLOWED[step].includes(status);
}

/** The state after `step`. */
export function statusAfter(step: BranchStep, status: BranchStatus): BranchStatus {
  return step === 'withdraw' ? 'withdrawn' : status;
}

/** A withdrawal's reason, trimmed; null when blank (then the withdrawal is refused). */
export function reasonOf(text: string | undefined): string | null {
  const reason = text?.trim() ?? '';
  return reason.length >= 2 ? reason : null;
}
