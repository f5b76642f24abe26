import { hasPermission, type CallerContext } from '@gov/contracts-common';
import { FacilitiesAndVehiclesPermissions } from '@gov/contracts-facilities-and-vehicles';

/** Read the compound's 安全事件 (the section, the office's leaders). */
export const SECURITY_INCIDENTS_READ = FacilitiesAndVehiclesPermissions.securityIncidentsRead;
/** Record, handle, close, withdraw and escalate 安全事件 (机关事务管理科). */
export const SECURITY_INCIDENTS_MANAGE = FacilitiesAndVehiclesPermissions.securityIncidentsManage;

/** The compound's security is the section's, not a unit's: no liaison sees it (as for the visitor log). */
export function canReadSecurityIncidents(caller: CallerContext): boolean {
  return !caller.unitId && (hasPermission(caller, SECURITY_INCIDENTS_READ) || hasPermission(caller, SECURITY_INCIDENTS_MANAGE));
}

/** Who records and handles incidents and escalates them to the duty office: the section's staff and chief. */
export function canManageSecurityIncidents(caller: CallerContext): boolean {
  return !caller.unitId && hasPermission(caller, SECURITY_INCIDENTS_MANAGE);
}
