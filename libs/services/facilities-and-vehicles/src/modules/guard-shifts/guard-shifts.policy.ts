import { hasPermission, type CallerContext } from '@gov/contracts-common';
import { FacilitiesAndVehiclesPermissions } from '@gov/contracts-facilities-and-vehicles';

/** Read the compound's 门卫排班 (the section, the office's leaders). */
export const GUARD_SHIFTS_READ = FacilitiesAndVehiclesPermissions.guardShiftsRead;
/** Draw up, change and cancel the roster (机关事务管理科). */
export const GUARD_SHIFTS_MANAGE = FacilitiesAndVehiclesPermissions.guardShiftsManage;

/** The compound's security is the section's, not a unit's: no liaison sees the roster. */
export function canReadGuardShifts(caller: CallerContext): boolean {
  return !caller.unitId && (hasPermission(caller, GUARD_SHIFTS_READ) || hasPermission(caller, GUARD_SHIFTS_MANAGE));
}

export function canManageGuardShifts(caller: CallerContext): boolean {
  return !caller.unitId && hasPermission(caller, GUARD_SHIFTS_MANAGE);
}
