import { hasPermission, type CallerContext } from '@gov/contracts-common';
import { FacilitiesAndVehiclesPermissions } from '@gov/contracts-facilities-and-vehicles';

/** Read every 公务用车 (the section, the office's leaders). */
export const VEHICLES_READ = FacilitiesAndVehiclesPermissions.vehiclesRead;
/** Create, change and withdraw any 公务用车 (the section). */
export const VEHICLES_MANAGE = FacilitiesAndVehiclesPermissions.vehiclesManage;
/** Create, change and withdraw one's own unit's 公务用车 (liaison staff). */
export const VEHICLES_OWN = FacilitiesAndVehiclesPermissions.vehiclesOwn;

export type VehicleAccess = { kind: 'all' } | { kind: 'unit'; unitId: string } | { kind: 'none' };

/** The section sees every record; a liaison sees their own unit's only (another unit's is 404, as if unknown). */
export function vehicleAccess(caller: CallerContext): VehicleAccess {
  if (caller.unitId) return hasPermission(caller, VEHICLES_OWN) ? { kind: 'unit', unitId: caller.unitId } : { kind: 'none' };
  return hasPermission(caller, VEHICLES_READ) || hasPermission(caller, VEHICLES_MANAGE) ? { kind: 'all' } : { kind: 'none' };
}

export function canSeeVehicle(caller: CallerContext, unitId: string | null): boolean {
  const access = vehicleAccess(caller);
  return access.kind === 'all' || (access.kind === 'unit' && access.unitId === unitId);
}

/** Who may create or change: the section with the manage permission, a liaison for their own unit. */
export function canChangeVehicle(caller: CallerContext, unitId: string | null): boolean {
  if (caller.unitId) return hasPermission(caller, VEHICLES_OWN) && caller.unitId === unitId;
  return hasPermission(caller, VEHICLES_MANAGE);
}

/** Who decides purchases and disposals and sets 编制 and 配备标准: the section (with the manage permission), never a liaison. */
export function canDecideVehicle(caller: CallerContext): boolean {
  return !caller.unitId && hasPermission(caller, VEHICLES_MANAGE);
}
