import { hasPermission, type CallerContext } from '@gov/contracts-common';
import { FacilitiesAndVehiclesPermissions } from '@gov/contracts-facilities-and-vehicles';

/** Read every 镇街办公用房报送 (the section, the office's leaders). */
export const TOWN_SPACE_REPORTS_READ = FacilitiesAndVehiclesPermissions.townSpaceReportsRead;
/** Create, change and withdraw any 镇街办公用房报送 (the section). */
export const TOWN_SPACE_REPORTS_MANAGE = FacilitiesAndVehiclesPermissions.townSpaceReportsManage;
/** Report, correct and withdraw one's own town's or street's 镇街办公用房报送 (its liaison). */
export const TOWN_SPACE_REPORTS_OWN = FacilitiesAndVehiclesPermissions.townSpaceReportsOwn;

export type TownSpaceReportAccess = { kind: 'all' } | { kind: 'unit'; unitId: string } | { kind: 'none' };

/** The section sees every record; a liaison sees their own unit's only (another unit's is 404, as if unknown). */
export function townSpaceReportAccess(caller: CallerContext): TownSpaceReportAccess {
  if (caller.unitId) return hasPermission(caller, TOWN_SPACE_REPORTS_OWN) ? { kind: 'unit', unitId: caller.unitId } : { kind: 'none' };
  return hasPermission(caller, TOWN_SPACE_REPORTS_READ) || hasPermission(caller, TOWN_SPACE_REPORTS_MANAGE) ? { kind: 'all' } : { kind: 'none' };
}

export function canSeeTownSpaceReport(caller: CallerContext, unitId: string | null): boolean {
  const access = townSpaceReportAccess(caller);
  return access.kind === 'all' || (access.kind === 'unit' && access.unitId === unitId);
}

/** Who may create or change: the section with the manage permission, a liaison for their own unit. */
export function canChangeTownSpaceReport(caller: CallerContext, unitId: string | null): boolean {
  if (caller.unitId) return hasPermission(caller, TOWN_SPACE_REPORTS_OWN) && caller.unitId === unitId;
  return hasPermission(caller, TOWN_SPACE_REPORTS_MANAGE);
}

/** Who reviews (通过 / 退回): the section only, never a liaison. */
export function canReviewTownSpaceReport(caller: CallerContext): boolean {
  return !caller.unitId && hasPermission(caller, TOWN_SPACE_REPORTS_MANAGE);
}
