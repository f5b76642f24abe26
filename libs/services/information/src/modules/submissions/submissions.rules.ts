import type { SubmissionStatus } from '@gov/contracts-information';

/** The steps of one 报送信息, and the states each is allowed from. */
export type SubmissionStep = 'update' | 'withdraw';

const ALLOWED: Record<SubmissionStep, readonly SubmissionStatus[]> = {
  update: ['open'],
  withdraw: ['open'],
};

/** Whether `step` may be taken from `status` (pure: no I/O). */
export function canTake(step: SubmissionStep, status: SubmissionStatus): boolean {
  return ALLOWED[step].includes(status);
}

/** The state after `step`. */
export function statusAfter(step: SubmissionStep, status: SubmissionStatus): SubmissionStatus {
  return step === 'withdraw' ? 'withdrawn' : status;
}

/** A withdrawal's reason, trimmed; null when blank (then the withdrawal is refused). */
export function reasonOf(text: string | undefined): string | null {
  const reason = text?.trim() ?? '';
  return reason.length >= 2 ? reason : null;
}
