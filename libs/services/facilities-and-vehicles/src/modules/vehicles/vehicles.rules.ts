import type { VehicleStatus } from '@gov/contracts-facilities-and-vehicles';

/** The steps of one 公务用车, and the states each is allowed from. */
export type VehicleStep = 'update' | 'withdraw';

const ALLOWED: Record<VehicleStep, readonly VehicleStatus[]> = {
  update: ['open'],
  withdraw: ['open'],
};

/** Whether `step` may be taken from `status` (pure: no I/O). */
export function canTake(step: VehicleStep, status: VehicleStatus): boolean {
  return ALLOWED[step].includes(status);
}

/** The state after `step`. */
export function statusAfter(step: VehicleStep, status: VehicleStatus): VehicleStatus {
  return step === 'withdraw' ? 'withdrawn' : status;
}

/** A withdrawal's reason, trimmed; null when blank (then the withdrawal is refused). */
export function reasonOf(text: string | undefined): string | null {
  const reason = text?.trim() ?? '';
  return reason.length >= 2 ? reason : null;
}
