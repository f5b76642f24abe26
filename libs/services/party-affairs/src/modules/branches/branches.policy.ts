import { hasPermission, type CallerContext } from '@gov/contracts-common';
import { PartyAffairsPermissions } from '@gov/contracts-party-affairs';

/** Read every 党组织 (the section, the office's leaders). */
export const BRANCHES_READ = PartyAffairsPermissions.branchesRead;
/** Set up, change, elect and withdraw any 党组织 (the section). */
export const BRANCHES_MANAGE = PartyAffairsPermissions.branchesManage;
/** Read one's own unit's 党组织 (liaison staff). */
export const BRANCHES_OWN = PartyAffairsPermissions.branchesOwn;

export type BranchAccess = { kind: 'all' } | { kind: 'unit'; unitId: string } | { kind: 'none' };

/** The section sees every record; a liaison sees their own unit's only (another unit's is 404, as if unknown). */
export function branchAccess(caller: CallerContext): BranchAccess {
  if (caller.unitId) return hasPermission(caller, BRANCHES_OWN) ? { kind: 'unit', unitId: caller.unitId } : { kind: 'none' };
  return hasPermission(caller, BRANCHES_READ) || hasPermission(caller, BRANCHES_MANAGE) ? { kind: 'all' } : { kind: 'none' };
}

export function canSeeBranch(caller: CallerContext, unitId: string | null): boolean {
  const access = branchAccess(caller);
  return access.kind === 'all' || (access.kind === 'unit' && access.unitId === unitId);
}

/** Who may set up or change a 党组织: the 机关党总支 only (a unit's liaison reads their unit's branch). */
export function canChangeBranch(caller: CallerContext): boolean {
  return !caller.unitId && hasPermission(caller, BRANCHES_MANAGE);
}
