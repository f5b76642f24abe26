import type { GuardShiftStatus } from '@gov/contracts-facilities-and-vehicles';

/** The steps of one shift, and the states each is allowed from. */
export type GuardShiftStep = 'update' | 'cancel';

const ALLOWED: Record<GuardShiftStep, readonly GuardShiftStatus[]> = {
  update: ['scheduled'],
  cancel: ['scheduled'],
};

/** Whether `step` may be taken from `status` (pure: no I/O). */
export function canTake(step: GuardShiftStep, status: GuardShiftStatus): boolean {
  return ALLOWED[step].includes(status);
}

/** The state after `step`. */
export function statusAfter(step: GuardShiftStep, status: GuardShiftStatus): GuardShiftStatus {
  return step === 'cancel' ? 'cancelled' : status;
}

/** Names compared as the gate writes them: inner and outer blanks do not make another person. */
export function normalName(name: string): string {
  return name.replace(/\s+/g, '');
}
