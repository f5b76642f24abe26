import { hasPermission, type CallerContext } from '@gov/contracts-common';
import { FacilitiesAndVehiclesPermissions } from '@gov/contracts-facilities-and-vehicles';

/** Read the compound's 巡逻记录 (the section, the office's leaders). */
export const PATROLS_READ = FacilitiesAndVehiclesPermissions.patrolsRead;
/** Record, correct and void patrols (机关事务管理科's guards). */
export const PATROLS_MANAGE = FacilitiesAndVehiclesPermissions.patrolsManage;

/** The compound's security is the section's, not a unit's: no liaison sees the patrols. */
export function canReadPatrols(caller: CallerContext): boolean {
  return !caller.unitId && (hasPermission(caller, PATROLS_READ) || hasPermission(caller, PATROLS_MANAGE));
}

export function canManagePatrols(caller: CallerContext): boolean {
  return !caller.unitId && hasPermission(caller, PATROLS_MANAGE);
}
