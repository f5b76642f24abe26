import { hasPermission, type CallerContext } from '@gov/contracts-common';
import { FacilitiesAndVehiclesPermissions } from '@gov/contracts-facilities-and-vehicles';

/** Read the visitor log (the section, the office's leaders): 身份证号 masked. */
export const VISITORS_READ = FacilitiesAndVehiclesPermissions.visitorsRead;
/** Register visitors, record their leaving, void a registration (the section's gate staff): the full 身份证号 in the detail. */
export const VISITORS_MANAGE = FacilitiesAndVehiclesPermissions.visitorsManage;

/** The visitor log is the compound's, not a unit's: no liaison sees it. */
export function canReadVisitors(caller: CallerContext): boolean {
  return !caller.unitId && (hasPermission(caller, VISITORS_READ) || hasPermission(caller, VISITORS_MANAGE));
}

export function canManageVisitors(caller: CallerContext): boolean {
  return !caller.unitId && hasPermission(caller, VISITORS_MANAGE);
}
