import { hasPermission, type CallerContext } from '@gov/contracts-common';
import { FacilitiesAndVehiclesPermissions } from '@gov/contracts-facilities-and-vehicles';

/** Read the catalogue, the stock and every request (the section, the office's leaders). */
export const OFFICE_SUPPLIES_READ = FacilitiesAndVehiclesPermissions.officeSuppliesRead;
/** Keep the catalogue and the stock, decide requests (机关事务管理科). */
export const OFFICE_SUPPLIES_MANAGE = FacilitiesAndVehiclesPermissions.officeSuppliesManage;
/** Request for one's own section (every section's staff and chief). */
export const OFFICE_SUPPLIES_OWN = FacilitiesAndVehiclesPermissions.officeSuppliesOwn;

/** Supplies are the office's, not a unit's: no liaison has any access. */
export function canReadAllSupplies(caller: CallerContext): boolean {
  return !caller.unitId && (hasPermission(caller, OFFICE_SUPPLIES_READ) || hasPermission(caller, OFFICE_SUPPLIES_MANAGE));
}

export function canManageSupplies(caller: CallerContext): boolean {
  return !caller.unitId && hasPermission(caller, OFFICE_SUPPLIES_MANAGE);
}

/** A section's staff may request for their section (and see the catalogue's active items to choose from). */
export function canRequestSupplies(caller: CallerContext): boolean {
  return !caller.unitId && !!caller.sectionCode && hasPermission(caller, OFFICE_SUPPLIES_OWN);
}

/** Who sees a request: the section that keeps the stock and the leaders all of them, a section its own. */
export function canSeeSupplyRequest(caller: CallerContext, sectionCode: string): boolean {
  return canReadAllSupplies(caller) || (canRequestSupplies(caller) && caller.sectionCode === sectionCode);
}
