import type { TaskChange, WaitingStep } from '@gov/platform';
import { APPROVAL_LEVEL_LABELS, nextApproval, type ApprovalLevel } from './claim.rules.js';
import type { ClaimRow } from './claims.repository.js';

/** What a claim waits on: the next approval level while submitted (财务科 chief, then the office's leaders); payment once approved. */
export function claimTasks(claim: ClaimRow): WaitingStep[] {
  const link = `/personnel-finance/claims/${claim.id}`;
  if (claim.status === 'submitted') {
    const level = nextApproval(claim.requiredApprovals as ApprovalLevel[], claim.approvals.map((a) => a.level as ApprovalLevel));
    if (!level) return [];
    const assignee = level === 'section_chief' ? { type: 'role' as const, id: 'section_chief' } : { type: 'role' as const, id: 'office_leader' };
    return [{ step: `approve-${level}`, kind: 'claim_approval', title: `${APPROVAL_LEVEL_LABELS[level]}：报销单 ${claim.number} ${claim.title}`, assignee, section: level === 'section_chief' ? 'caiwu' : null, link }];
  }
  if (claim.status === 'approved') {
    return [{ step: 'pay', kind: 'claim_payment', title: `支付报销单 ${claim.number} ${claim.title}`, assignee: { type: 'role', id: 'section_staff' }, section: 'caiwu', link }];
  }
  return [];
}

export function claimTaskChange(before: ClaimRow | null, after: ClaimRow, by?: string): TaskChange {
  const outcome = after.status === 'withdrawn' ? 'withdrawn' : after.status === 'returned' ? 'returned' : 'done';
  return { app: 'personnel-finance', record: { type: 'claim', id: after.id }, before: before ? claimTasks(before) : [], after: claimTasks(after), version: after.version, by, outcome };
}
