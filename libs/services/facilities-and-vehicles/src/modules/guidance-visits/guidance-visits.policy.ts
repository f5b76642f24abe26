import { hasPermission, type CallerContext } from '@gov/contracts-common';
import { FacilitiesAndVehiclesPermissions } from '@gov/contracts-facilities-and-vehicles';

/** Read every 指导检查 (the section, the office's leaders). */
export const GUIDANCE_VISITS_READ = FacilitiesAndVehiclesPermissions.guidanceVisitsRead;
/** Record, close, return and withdraw any 指导检查 (the section). */
export const GUIDANCE_VISITS_MANAGE = FacilitiesAndVehiclesPermissions.guidanceVisitsManage;
/** See one's own town's or street's 指导检查 and report its rectification (its liaison). */
export const GUIDANCE_VISITS_OWN = FacilitiesAndVehiclesPermissions.guidanceVisitsOwn;

export type GuidanceVisitAccess = { kind: 'all' } | { kind: 'unit'; unitId: string } | { kind: 'none' };

/** The section sees every record; a liaison sees their own unit's only (another unit's is 404, as if unknown). */
export function guidanceVisitAccess(caller: CallerContext): GuidanceVisitAccess {
  if (caller.unitId) return hasPermission(caller, GUIDANCE_VISITS_OWN) ? { kind: 'unit', unitId: caller.unitId } : { kind: 'none' };
  return hasPermission(caller, GUIDANCE_VISITS_READ) || hasPermission(caller, GUIDANCE_VISITS_MANAGE) ? { kind: 'all' } : { kind: 'none' };
}

export function canSeeGuidanceVisit(caller: CallerContext, unitId: string | null): boolean {
  const access = guidanceVisitAccess(caller);
  return access.kind === 'all' || (access.kind === 'unit' && access.unitId === unitId);
}

/** Who may create or change: the section with the manage permission, a liaison for their own unit. */
export function canChangeGuidanceVisit(caller: CallerContext, unitId: string | null): boolean {
  if (caller.unitId) return hasPermission(caller, GUIDANCE_VISITS_OWN) && caller.unitId === unitId;
  return hasPermission(caller, GUIDANCE_VISITS_MANAGE);
}

/** Who records a visit, returns a rectification report, closes and withdraws: the section only. */
export function canManageGuidanceVisits(caller: CallerContext): boolean {
  return !caller.unitId && hasPermission(caller, GUIDANCE_VISITS_MANAGE);
}
