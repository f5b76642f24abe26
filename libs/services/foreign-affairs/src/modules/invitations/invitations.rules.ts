import type { InvitationStatus } from '@gov/contracts-foreign-affairs';

/** The steps of one 外国人来华邀请, and the states each is allowed from. */
export type InvitationStep = 'update' | 'submit' | 'decide' | 'issue' | 'withdraw';

const ALLOWED: Record<InvitationStep, readonly InvitationStatus[]> = {
  update: ['draft'],
  submit: ['draft'],
  decide: ['submitted'],
  issue: ['approved'],
  withdraw: ['draft', 'submitted', 'approved'],
};

export function canTake(step: InvitationStep, status: InvitationStatus): boolean {
  return ALLOWED[step].includes(status);
}

/** The state after a step; a decision `return` sends the invitation back to draft. */
export function statusAfter(step: InvitationStep, status: InvitationStatus, decision?: 'approve' | 'return'): InvitationStatus {
  if (step === 'decide') return decision === 'return' ? 'draft' : 'approved';
  return ({ submit: 'submitted', issue: 'issued', withdraw: 'withdrawn' } as Partial<Record<InvitationStep, InvitationStatus>>)[step] ?? status;
}

