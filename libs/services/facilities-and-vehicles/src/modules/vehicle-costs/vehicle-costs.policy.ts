import { hasPermission, type CallerContext } from '@gov/contracts-common';
import { FacilitiesAndVehiclesPermissions } from '@gov/contracts-facilities-and-vehicles';

/** Read every vehicle's running costs (the section, the office's leaders). */
export const VEHICLE_COSTS_READ = FacilitiesAndVehiclesPermissions.vehicleCostsRead;
/** Record and void entries (机关事务管理科 / 公务用车管理科). */
export const VEHICLE_COSTS_MANAGE = FacilitiesAndVehiclesPermissions.vehicleCostsManage;
/** Read one's own unit's vehicles' costs (liaison staff). */
export const VEHICLE_COSTS_OWN = FacilitiesAndVehiclesPermissions.vehicleCostsOwn;

export type VehicleCostAccess = { kind: 'all' } | { kind: 'unit'; unitId: string } | { kind: 'none' };

/** The section and the leaders see every vehicle's costs; a liaison their own unit's (another unit's is 404). */
export function vehicleCostAccess(caller: CallerContext): VehicleCostAccess {
  if (caller.unitId) return hasPermission(caller, VEHICLE_COSTS_OWN) ? { kind: 'unit', unitId: caller.unitId } : { kind: 'none' };
  return hasPermission(caller, VEHICLE_COSTS_READ) || hasPermission(caller, VEHICLE_COSTS_MANAGE) ? { kind: 'all' } : { kind: 'none' };
}

export function canSeeVehicleCost(caller: CallerContext, unitId: string): boolean {
  const access = vehicleCostAccess(caller);
  return access.kind === 'all' || (access.kind === 'unit' && access.unitId === unitId);
}

/** Only the section keeps the ledger (the bills come to it from the designated suppliers). */
export function canManageVehicleCosts(caller: CallerContext): boolean {
  return !caller.unitId && hasPermission(caller, VEHICLE_COSTS_MANAGE);
}
