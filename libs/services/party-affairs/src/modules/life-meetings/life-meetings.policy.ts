import { hasPermission, type CallerContext } from '@gov/contracts-common';
import { PartyAffairsPermissions } from '@gov/contracts-party-affairs';

/** Read every 组织生活 (the section, the office's leaders). */
export const LIFE_MEETINGS_READ = PartyAffairsPermissions.lifeMeetingsRead;
/** Create, change and withdraw any 组织生活 (the section). */
export const LIFE_MEETINGS_MANAGE = PartyAffairsPermissions.lifeMeetingsManage;
/** Create, change and withdraw one's own unit's 组织生活 (liaison staff). */
export const LIFE_MEETINGS_OWN = PartyAffairsPermissions.lifeMeetingsOwn;

export type LifeMeetingAccess = { kind: 'all' } | { kind: 'unit'; unitId: string } | { kind: 'none' };

/** The section sees every record; a liaison sees their own unit's only (another unit's is 404, as if unknown). */
export function lifeMeetingAccess(caller: CallerContext): LifeMeetingAccess {
  if (caller.unitId) return hasPermission(caller, LIFE_MEETINGS_OWN) ? { kind: 'unit', unitId: caller.unitId } : { kind: 'none' };
  return hasPermission(caller, LIFE_MEETINGS_READ) || hasPermission(caller, LIFE_MEETINGS_MANAGE) ? { kind: 'all' } : { kind: 'none' };
}

export function canSeeLifeMeeting(caller: CallerContext, unitId: string | null): boolean {
  const access = lifeMeetingAccess(caller);
  return access.kind === 'all' || (access.kind === 'unit' && access.unitId === unitId);
}

/** Who may create or change: the section with the manage permission, a liaison for their own unit. */
export function canChangeLifeMeeting(caller: CallerContext, unitId: string | null): boolean {
  if (caller.unitId) return hasPermission(caller, LIFE_MEETINGS_OWN) && caller.unitId === unitId;
  return hasPermission(caller, LIFE_MEETINGS_MANAGE);
}
