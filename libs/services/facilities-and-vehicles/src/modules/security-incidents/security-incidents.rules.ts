import type { SecurityIncidentStatus } from '@gov/contracts-facilities-and-vehicles';

/** The steps of one 安全事件, and the states each is allowed from. */
export type SecurityIncidentStep = 'update' | 'close' | 'escalate' | 'withdraw';

const ALLOWED: Record<SecurityIncidentStep, readonly SecurityIncidentStatus[]> = {
  update: ['open'],
  close: ['open'],
  // A closed incident may still be reported up: the duty office learns of what happened even after it was handled.
  escalate: ['open', 'closed'],
  withdraw: ['open'],
};

/** Whether `step` may be taken from `status` (pure: no I/O). */
export function canTake(step: SecurityIncidentStep, status: SecurityIncidentStatus): boolean {
  return ALLOWED[step].includes(status);
}

/** The state after `step`. */
export function statusAfter(step: SecurityIncidentStep, status: SecurityIncidentStatus): SecurityIncidentStatus {
  if (step === 'withdraw') return 'withdrawn';
  if (step === 'close') return 'closed';
  return status;
}

/** An incident is recorded after it happened: a time more than five minutes ahead of the clock is a typing error. */
export function isInFuture(occurredAt: Date, now: Date): boolean {
  return occurredAt.getTime() > now.getTime() + 5 * 60_000;
}

/**
 * What the duty office reads as the matter's summary: the description, then the handling so far and the note of the
 * escalation, each labelled; cut to the 4000 characters the urgent matter holds.
 */
export function escalationSummary(description: string, handling: string | null, note: string | null): string {
  const parts = [description.trim(), handling?.trim() ? `已采取措施：${handling.trim()}` : null, note?.trim() ? `上报说明：${note.trim()}` : null].filter((p): p is string => !!p);
  const text = parts.join('\n');
  return text.length > 4000 ? `${text.slice(0, 3999)}…` : text;
}
