import { hasPermission, type CallerContext } from '@gov/contracts-common';
import { ForeignAffairsPermissions } from '@gov/contracts-foreign-affairs';

/** Read every 因公临时出国 (the office's leaders). */
export const TRIPS_READ = ForeignAffairsPermissions.tripsRead;
/** Create, change and take the section's steps on any 因公临时出国 (外事科). */
export const TRIPS_MANAGE = ForeignAffairsPermissions.tripsManage;
/** Apply for, change and report one's own unit's 因公临时出国 (liaison staff). */
export const TRIPS_OWN = ForeignAffairsPermissions.tripsOwn;
/** 审批 (the district's leaders). */
export const TRIPS_APPROVE = ForeignAffairsPermissions.tripsApprove;

export type TripAccess = { kind: 'all' } | { kind: 'unit'; unitId: string } | { kind: 'none' };

/** The section and the leaders see every trip; a liaison sees their own unit's only (another unit's is 404, as if unknown). */
export function tripAccess(caller: CallerContext): TripAccess {
  if (caller.unitId) return hasPermission(caller, TRIPS_OWN) ? { kind: 'unit', unitId: caller.unitId } : { kind: 'none' };
  return hasPermission(caller, TRIPS_READ) || hasPermission(caller, TRIPS_MANAGE) || hasPermission(caller, TRIPS_APPROVE) ? { kind: 'all' } : { kind: 'none' };
}

export function canSeeTrip(caller: CallerContext, unitId: string | null): boolean {
  const access = tripAccess(caller);
  return access.kind === 'all' || (access.kind === 'unit' && access.unitId === unitId);
}

/** The applicant's steps (apply, change, submit, depart, return, report, withdraw): the section, or a liaison for their own unit. */
export function canChangeTrip(caller: CallerContext, unitId: string | null): boolean {
  if (caller.unitId) return hasPermission(caller, TRIPS_OWN) && caller.unitId === unitId;
  return hasPermission(caller, TRIPS_MANAGE);
}

/** The section's own steps (审核, 公示, 行前教育, 护照): 外事科 only. */
export function canHandleTrip(caller: CallerContext): boolean {
  return !caller.unitId && hasPermission(caller, TRIPS_MANAGE);
}

/** 审批: a district leader. */
export function canApproveTrip(caller: CallerContext): boolean {
  return !caller.unitId && hasPermission(caller, TRIPS_APPROVE);
}

/** Who sees the members' 身份证号 and 护照号 in full on the record's own page: 外事科 and the unit's liaison (others masked). */
export function canRevealMembers(caller: CallerContext, unitId: string | null): boolean {
  return canHandleTrip(caller) || (!!caller.unitId && caller.unitId === unitId && hasPermission(caller, TRIPS_OWN));
}
