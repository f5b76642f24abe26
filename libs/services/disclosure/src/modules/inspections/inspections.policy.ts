import { hasPermission, type CallerContext } from '@gov/contracts-common';
import { DisclosurePermissions } from '@gov/contracts-disclosure';

/** Read every 公开巡查 (the section, the office's leaders). */
export const INSPECTIONS_READ = DisclosurePermissions.inspectionsRead;
/** Create, change and withdraw any 公开巡查 (the section). */
export const INSPECTIONS_MANAGE = DisclosurePermissions.inspectionsManage;
/** Create, change and withdraw one's own unit's 公开巡查 (liaison staff). */
export const INSPECTIONS_OWN = DisclosurePermissions.inspectionsOwn;

export type InspectionAccess = { kind: 'all' } | { kind: 'unit'; unitId: string } | { kind: 'none' };

/** The section sees every record; a liaison sees their own unit's only (another unit's is 404, as if unknown). */
export function inspectionAccess(caller: CallerContext): InspectionAccess {
  if (caller.unitId) return hasPermission(caller, INSPECTIONS_OWN) ? { kind: 'unit', unitId: caller.unitId } : { kind: 'none' };
  return hasPermission(caller, INSPECTIONS_READ) || hasPermission(caller, INSPECTIONS_MANAGE) ? { kind: 'all' } : { kind: 'none' };
}

export function canSeeInspection(caller: CallerContext, unitId: string | null): boolean {
  const access = inspectionAccess(caller);
  return access.kind === 'all' || (access.kind === 'unit' && access.unitId === unitId);
}

/** Who may create or change: the section with the manage permission, a liaison for their own unit. */
export function canChangeInspection(caller: CallerContext, unitId: string | null): boolean {
  if (caller.unitId) return hasPermission(caller, INSPECTIONS_OWN) && caller.unitId === unitId;
  return hasPermission(caller, INSPECTIONS_MANAGE);
}

/** Who may record an inspection or withdraw one: the section only (the liaison reports its unit's rectification). */
export function canInspect(caller: CallerContext): boolean {
  return !caller.unitId && hasPermission(caller, INSPECTIONS_MANAGE);
}
