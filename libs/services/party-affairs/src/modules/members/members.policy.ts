import { hasPermission, type CallerContext } from '@gov/contracts-common';
import { PartyAffairsPermissions } from '@gov/contracts-party-affairs';

/** Read every 党员 (the section, the office's leaders). */
export const MEMBERS_READ = PartyAffairsPermissions.membersRead;
/** Register members and take the steps of development, transfers and dues (the section). */
export const MEMBERS_MANAGE = PartyAffairsPermissions.membersManage;
/** Read the members of one's own unit's branches (liaison staff). */
export const MEMBERS_OWN = PartyAffairsPermissions.membersOwn;

export type MemberAccess = { kind: 'all' } | { kind: 'unit'; unitId: string } | { kind: 'none' };

/** The section sees every member; a liaison the members of their own unit's branches (another unit's is 404). */
export function memberAccess(caller: CallerContext): MemberAccess {
  if (caller.unitId) return hasPermission(caller, MEMBERS_OWN) ? { kind: 'unit', unitId: caller.unitId } : { kind: 'none' };
  return hasPermission(caller, MEMBERS_READ) || hasPermission(caller, MEMBERS_MANAGE) ? { kind: 'all' } : { kind: 'none' };
}

export function canSeeMember(caller: CallerContext, unitId: string | null): boolean {
  const access = memberAccess(caller);
  return access.kind === 'all' || (access.kind === 'unit' && access.unitId === unitId);
}

/** Who may change member records: the 机关党总支 only. */
export function canChangeMember(caller: CallerContext): boolean {
  return !caller.unitId && hasPermission(caller, MEMBERS_MANAGE);
}

/** Who sees the personal data in full (the detail): the section that manages the records. */
export function seesPersonalData(caller: CallerContext): boolean {
  return canChangeMember(caller);
}
