import { hasPermission, type CallerContext } from '@gov/contracts-common';
import { ForeignAffairsPermissions } from '@gov/contracts-foreign-affairs';

/** Read every 国际友好关系 (the section, the office's leaders). */
export const FRIENDSHIPS_READ = ForeignAffairsPermissions.friendshipsRead;
/** Create, change and withdraw any 国际友好关系 (the section). */
export const FRIENDSHIPS_MANAGE = ForeignAffairsPermissions.friendshipsManage;
/** Create, change and withdraw one's own unit's 国际友好关系 (liaison staff). */
export const FRIENDSHIPS_OWN = ForeignAffairsPermissions.friendshipsOwn;

export type FriendshipAccess = { kind: 'all' } | { kind: 'unit'; unitId: string } | { kind: 'none' };

/** The section sees every record; a liaison sees their own unit's only (another unit's is 404, as if unknown). */
export function friendshipAccess(caller: CallerContext): FriendshipAccess {
  if (caller.unitId) return hasPermission(caller, FRIENDSHIPS_OWN) ? { kind: 'unit', unitId: caller.unitId } : { kind: 'none' };
  return hasPermission(caller, FRIENDSHIPS_READ) || hasPermission(caller, FRIENDSHIPS_MANAGE) ? { kind: 'all' } : { kind: 'none' };
}

export function canSeeFriendship(caller: CallerContext, unitId: string | null): boolean {
  const access = friendshipAccess(caller);
  return access.kind === 'all' || (access.kind === 'unit' && access.unitId === unitId);
}

/** Who may create or change: the section with the manage permission, a liaison for their own unit. */
export function canChangeFriendship(caller: CallerContext, unitId: string | null): boolean {
  if (caller.unitId) return hasPermission(caller, FRIENDSHIPS_OWN) && caller.unitId === unitId;
  return hasPermission(caller, FRIENDSHIPS_MANAGE);
}

/** The section's own steps (sign, terminate; review, approve, confer, revoke a title): 外事科 only. */
export function isFriendshipSection(caller: CallerContext): boolean {
  return !caller.unitId && hasPermission(caller, FRIENDSHIPS_MANAGE);
}
