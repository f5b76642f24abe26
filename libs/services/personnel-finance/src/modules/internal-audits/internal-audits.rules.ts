import type { AuditFindingStatus, AuditFindingView, InternalAuditStatus } from '@gov/contracts-personnel-finance';

/** The steps of one 内部审计, and the states each is allowed from. */
export type InternalAuditStep = 'update' | 'start' | 'add-finding' | 'report' | 'rectify' | 'verify' | 'close' | 'withdraw';

const ALLOWED: Record<InternalAuditStep, readonly InternalAuditStatus[]> = {
  update: ['planned'],
  start: ['planned'],
  'add-finding': ['fieldwork'],
  report: ['fieldwork'],
  rectify: ['fieldwork', 'reported'],
  verify: ['reported'],
  close: ['reported'],
  withdraw: ['planned'],
};

const AFTER: Partial<Record<InternalAuditStep, InternalAuditStatus>> = { start: 'fieldwork', report: 'reported', close: 'closed', withdraw: 'withdrawn' };

/** Whether `step` may be taken from `status` (pure: no I/O). */
export function canTake(step: InternalAuditStep, status: InternalAuditStatus): boolean {
  return ALLOWED[step].includes(status);
}

/** The state after `step`. */
export function statusAfter(step: InternalAuditStep, status: InternalAuditStatus): InternalAuditStatus {
  return AFTER[step] ?? status;
}

/** The audit team, trimmed and without repeats; null when fewer than 2 distinct people remain (审计组不少于 2 人). */
export function teamOf(names: readonly string[]): string[] | null {
  const team = [...new Set(names.map((n) => n.trim()).filter(Boolean))];
  return team.length >= 2 ? team : null;
}

/** The period audited is valid when it starts no later than it ends, and ends before the audit is planned to start. */
export function periodProblem(from: string, to: string, plannedOn: string): string | null {
  if (from > to) return `审计期间起始日 ${from} 晚于截止日 ${to}`;
  if (to > plannedOn) return `审计期间截止日 ${to} 晚于计划进场日期 ${plannedOn}：只能审计已经过去的期间`;
  return null;
}

/** A finding's status after a step on it; null when the step is not allowed from its status. */
export function findingAfter(step: 'rectify' | 'verify-pass' | 'verify-fail', status: AuditFindingStatus): AuditFindingStatus | null {
  if (step === 'rectify') return status === 'open' ? 'rectified' : null;
  if (status !== 'rectified') return null;
  return step === 'verify-pass' ? 'verified' : 'open';
}

/** The audit closes only when every finding is verified (an audit without findings closes at once after its report). */
export function unverified(findings: readonly Pick<AuditFindingView, 'sequence' | 'status'>[]): number[] {
  return findings.filter((f) => f.status !== 'verified').map((f) => f.sequence);
}
