import { hasPermission, type CallerContext } from '@gov/contracts-common';
import { ForeignAffairsPermissions } from '@gov/contracts-foreign-affairs';

/** Read every 因公临时出国 (the section, the office's leaders). */
export const TRIPS_READ = ForeignAffairsPermissions.tripsRead;
/** Create, change and withdraw any 因公临时出国 (the section). */
export const TRIPS_MANAGE = ForeignAffairsPermissions.tripsManage;
/** Create, change and withdraw one's own unit's 因公临时出国 (liaison staff). */
export const TRIPS_OWN = ForeignAffairsPermissions.tripsOwn;

export type TripAccess = { kind: 'all' } | { kind: 'unit'; unitId: string } | { kind: 'none' };

/** The section sees every record; a liaison sees their own unit's only (another unit's is 404, as if unknown). */
export function tripAccess(caller: CallerContext): TripAccess {
  if (caller.unitId) return hasPermission(caller, TRIPS_OWN) ? { kind: 'unit', unitId: caller.unitId } : { kind: 'none' };
  return hasPermission(caller, TRIPS_READ) || hasPermission(caller, TRIPS_MANAGE) ? { kind: 'all' } : { kind: 'none' };
}

export function canSeeTrip(caller: CallerContext, unitId: string | null): boolean {
  const access = tripAccess(caller);
  return access.kind === 'all' || (access.kind === 'unit' && access.unitId === unitId);
}

/** Who may create or change: the section with the manage permission, a liaison for their own unit. */
export function canChangeTrip(caller: CallerContext, unitId: string | null): boolean {
  if (caller.unitId) return hasPermission(caller, TRIPS_OWN) && caller.unitId === unitId;
  return hasPermission(caller, TRIPS_MANAGE);
}
