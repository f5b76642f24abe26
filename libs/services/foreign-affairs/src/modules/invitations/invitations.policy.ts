import { hasPermission, type CallerContext } from '@gov/contracts-common';
import { ForeignAffairsPermissions } from '@gov/contracts-foreign-affairs';

/** Read every 外国人来华邀请 (the section, the office's leaders). */
export const INVITATIONS_READ = ForeignAffairsPermissions.invitationsRead;
/** Create, change and withdraw any 外国人来华邀请 (the section). */
export const INVITATIONS_MANAGE = ForeignAffairsPermissions.invitationsManage;
/** Create, change and withdraw one's own unit's 外国人来华邀请 (liaison staff). */
export const INVITATIONS_OWN = ForeignAffairsPermissions.invitationsOwn;

export type InvitationAccess = { kind: 'all' } | { kind: 'unit'; unitId: string } | { kind: 'none' };

/** The section sees every record; a liaison sees their own unit's only (another unit's is 404, as if unknown). */
export function invitationAccess(caller: CallerContext): InvitationAccess {
  if (caller.unitId) return hasPermission(caller, INVITATIONS_OWN) ? { kind: 'unit', unitId: caller.unitId } : { kind: 'none' };
  return hasPermission(caller, INVITATIONS_READ) || hasPermission(caller, INVITATIONS_MANAGE) ? { kind: 'all' } : { kind: 'none' };
}

export function canSeeInvitation(caller: CallerContext, unitId: string | null): boolean {
  const access = invitationAccess(caller);
  return access.kind === 'all' || (access.kind === 'unit' && access.unitId === unitId);
}

/** Who may create or change: the section with the manage permission, a liaison for their own unit. */
export function canChangeInvitation(caller: CallerContext, unitId: string | null): boolean {
  if (caller.unitId) return hasPermission(caller, INVITATIONS_OWN) && caller.unitId === unitId;
  return hasPermission(caller, INVITATIONS_MANAGE);
}

/** 审批 and 发函: 外事科 only. */
export function canDecideInvitation(caller: CallerContext): boolean {
  return !caller.unitId && hasPermission(caller, INVITATIONS_MANAGE);
}
