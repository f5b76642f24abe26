import { hasPermission, type CallerContext } from '@gov/contracts-common';
import { DisclosurePermissions } from '@gov/contracts-disclosure';

/** Read every 数据资源 (the section, the office's leaders). */
export const DATA_RESOURCES_READ = DisclosurePermissions.dataResourcesRead;
/** Register any unit's 数据资源, review it into the catalogue and withdraw any (大数据科). */
export const DATA_RESOURCES_MANAGE = DisclosurePermissions.dataResourcesManage;
/** Register, change, submit and withdraw (before publication) one's own unit's 数据资源 (liaison staff). */
export const DATA_RESOURCES_OWN = DisclosurePermissions.dataResourcesOwn;

export type DataResourceAccess = { kind: 'all' } | { kind: 'unit'; unitId: string } | { kind: 'none' };

/** The section sees every record; a liaison sees their own unit's only (another unit's is 404, as if unknown). */
export function dataResourceAccess(caller: CallerContext): DataResourceAccess {
  if (caller.unitId) return hasPermission(caller, DATA_RESOURCES_OWN) ? { kind: 'unit', unitId: caller.unitId } : { kind: 'none' };
  return hasPermission(caller, DATA_RESOURCES_READ) || hasPermission(caller, DATA_RESOURCES_MANAGE) ? { kind: 'all' } : { kind: 'none' };
}

export function canSeeDataResource(caller: CallerContext, unitId: string | null): boolean {
  const access = dataResourceAccess(caller);
  return access.kind === 'all' || (access.kind === 'unit' && access.unitId === unitId);
}

/** Who may create or change: the section with the manage permission, a liaison for their own unit. */
export function canChangeDataResource(caller: CallerContext, unitId: string | null): boolean {
  if (caller.unitId) return hasPermission(caller, DATA_RESOURCES_OWN) && caller.unitId === unitId;
  return hasPermission(caller, DATA_RESOURCES_MANAGE);
}

/** The section's own steps (审核, 撤销 a published resource): the manage permission, never a unit's liaison. */
export function canReviewDataResources(caller: CallerContext): boolean {
  return !caller.unitId && hasPermission(caller, DATA_RESOURCES_MANAGE);
}

/** The published catalogue: whoever reads every resource (the section, the leaders). */
export function canReadCatalogue(caller: CallerContext): boolean {
  return !caller.unitId && (hasPermission(caller, DATA_RESOURCES_READ) || hasPermission(caller, DATA_RESOURCES_MANAGE));
}
