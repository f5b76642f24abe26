import { hasPermission, type CallerContext } from '@gov/contracts-common';
import { DisclosurePermissions } from '@gov/contracts-disclosure';

/** Read every 政务公开稿件 (the section, the office's leaders). */
export const MANUSCRIPTS_READ = DisclosurePermissions.manuscriptsRead;
/** Register any 政务公开稿件, send it on, record its adoption, withdraw it (the section). */
export const MANUSCRIPTS_MANAGE = DisclosurePermissions.manuscriptsManage;
/** Register, change and withdraw (before it is sent on) one's own unit's 政务公开稿件 (liaison staff). */
export const MANUSCRIPTS_OWN = DisclosurePermissions.manuscriptsOwn;

export type ManuscriptAccess = { kind: 'all' } | { kind: 'unit'; unitId: string } | { kind: 'none' };

/** The section sees every record; a liaison sees their own unit's only (another unit's is 404, as if unknown). */
export function manuscriptAccess(caller: CallerContext): ManuscriptAccess {
  if (caller.unitId) return hasPermission(caller, MANUSCRIPTS_OWN) ? { kind: 'unit', unitId: caller.unitId } : { kind: 'none' };
  return hasPermission(caller, MANUSCRIPTS_READ) || hasPermission(caller, MANUSCRIPTS_MANAGE) ? { kind: 'all' } : { kind: 'none' };
}

export function canSeeManuscript(caller: CallerContext, unitId: string | null): boolean {
  const access = manuscriptAccess(caller);
  return access.kind === 'all' || (access.kind === 'unit' && access.unitId === unitId);
}

/** Who may register or change: the section with the manage permission, a liaison for their own unit. */
export function canChangeManuscript(caller: CallerContext, unitId: string | null): boolean {
  if (caller.unitId) return hasPermission(caller, MANUSCRIPTS_OWN) && caller.unitId === unitId;
  return hasPermission(caller, MANUSCRIPTS_MANAGE);
}

/** 政务公开科's own steps (报送, 采用, 未采用, withdrawing a sent one): the manage permission, never a unit's liaison. */
export function canHandleManuscripts(caller: CallerContext): boolean {
  return !caller.unitId && hasPermission(caller, MANUSCRIPTS_MANAGE);
}
