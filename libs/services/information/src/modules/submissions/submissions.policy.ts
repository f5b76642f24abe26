import { hasPermission, type CallerContext } from '@gov/contracts-common';
import { InformationPermissions } from '@gov/contracts-information';

/** Read every 报送信息 (the section, the office's leaders). */
export const SUBMISSIONS_READ = InformationPermissions.submissionsRead;
/** Create, change and withdraw any 报送信息 (the section). */
export const SUBMISSIONS_MANAGE = InformationPermissions.submissionsManage;
/** Create, change and withdraw one's own unit's 报送信息 (liaison staff). */
export const SUBMISSIONS_OWN = InformationPermissions.submissionsOwn;

export type SubmissionAccess = { kind: 'all' } | { kind: 'unit'; unitId: string } | { kind: 'none' };

/** The section sees every record; a liaison sees their own unit's only (another unit's is 404, as if unknown). */
export function submissionAccess(caller: CallerContext): SubmissionAccess {
  if (caller.unitId) return hasPermission(caller, SUBMISSIONS_OWN) ? { kind: 'unit', unitId: caller.unitId } : { kind: 'none' };
  return hasPermission(caller, SUBMISSIONS_READ) || hasPermission(caller, SUBMISSIONS_MANAGE) ? { kind: 'all' } : { kind: 'none' };
}

export function canSeeSubmission(caller: CallerContext, unitId: string | null): boolean {
  const access = submissionAccess(caller);
  return access.kind === 'all' || (access.kind === 'unit' && access.unitId === unitId);
}

/** Who may create or change: the section with the manage permission, a liaison for their own unit. */
export function canChangeSubmission(caller: CallerContext, unitId: string | null): boolean {
  if (caller.unitId) return hasPermission(caller, SUBMISSIONS_OWN) && caller.unitId === unitId;
  return hasPermission(caller, SUBMISSIONS_MANAGE);
}

/** Screening, merging, adoption and 批示 are 信息科's (the manage permission), never a liaison's. */
export function canManageSubmissions(caller: CallerContext): boolean {
  return !caller.unitId && hasPermission(caller, SUBMISSIONS_MANAGE);
}

/** A new version of the weight table is the 信息科 chief's (section_chief with the manage permission). */
export function canManageWeights(caller: CallerContext): boolean {
  return canManageSubmissions(caller) && caller.roles.includes('section_chief');
}
