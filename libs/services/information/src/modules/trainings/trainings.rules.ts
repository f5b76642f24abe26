import type { TrainingStatus } from '@gov/contracts-information';
import { reasonOf } from '@gov/platform';

/** The steps of one 培训, and the states each is allowed from. */
export type TrainingStep = 'update' | 'withdraw';

const ALLOWED: Record<TrainingStep, readonly TrainingStatus[]> = {
  update: ['recorded'],
  withdraw: ['recorded'],
};

/** Whether `step` may be taken from `status` (pure: no I/O). */
export function canTake(step: TrainingStep, status: TrainingStatus): boolean {
  return ALLOWED[step].includes(status);
}

/** The state after `step`. */
export function statusAfter(step: TrainingStep, status: TrainingStatus): TrainingStatus {
  return step === 'withdraw' ? 'withdrawn' : status;
}

/** One attendee as given. */
export interface AttendeeInput {
  unitId?: string | null;
  name: string;
  attended: boolean;
  absenceReason?: string | null;
}

/**
 * The attendance list checked (issue 16 §6: training sessions are recorded with their attendance): an absence carries
 * a reason (≥ 2 characters); an attendee present has none; nobody is listed twice (same unit and name).
 * Returns the cleaned list, or why it is refused.
 */
export function checkAttendance(
  attendees: readonly AttendeeInput[],
): { ok: true; attendees: { unitId: string | null; name: string; attended: boolean; absenceReason: string | null }[] } | { ok: false; refusal: 'absence_reason' | 'duplicate'; name: string } {
  const seen = new Set<string>();
  const out: { unitId: string | null; name: string; attended: boolean; absenceReason: string | null }[] = [];
  for (const a of attendees) {
    const name = a.name.trim();
    const key = `${a.unitId ?? ''}|${name}`;
    if (seen.has(key)) return { ok: false, refusal: 'duplicate', name };
    seen.add(key);
    const reason = a.attended ? null : reasonOf(a.absenceReason ?? undefined);
    if (!a.attended && !reason) return { ok: false, refusal: 'absence_reason', name };
    out.push({ unitId: a.unitId ?? null, name, attended: a.attended, absenceReason: reason });
  }
  return { ok: true, attendees: out };
}
