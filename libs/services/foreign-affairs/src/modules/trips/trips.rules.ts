import type { TripStatus } from '@gov/contracts-foreign-affairs';

/** The steps of one 因公临时出国, and the states each is allowed from. */
export type TripStep = 'update' | 'withdraw';

const ALLOWED: Record<TripStep, readonly TripStatus[]> = {
  update: ['open'],
  withdraw: ['open'],
};

/** Whether `step` may be taken from `status` (pure: no I/O). */
export function canTake(step: TripStep, status: TripStatus): boolean {
  return ALLOWED[step].includes(status);
}

/** The state after `step`. */
export function statusAfter(step: TripStep, status: TripStatus): TripStatus {
  return step === 'withdraw' ? 'withdrawn' : status;
}

/** A withdrawal's reason, trimmed; null when blank (then the withdrawal is refused). */
export function reasonOf(text: string | undefined): string | null {
  const reason = text?.trim() ?? '';
  return reason.length >= 2 ? reason : null;
}
