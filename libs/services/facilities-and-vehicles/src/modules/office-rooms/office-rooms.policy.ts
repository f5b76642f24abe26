import { hasPermission, type CallerContext } from '@gov/contracts-common';
import { FacilitiesAndVehiclesPermissions } from '@gov/contracts-facilities-and-vehicles';

/** Read every 办公用房 (the section, the office's leaders). */
export const OFFICE_ROOMS_READ = FacilitiesAndVehiclesPermissions.officeRoomsRead;
/** Register rooms, allocate and release them (the section). */
export const OFFICE_ROOMS_MANAGE = FacilitiesAndVehiclesPermissions.officeRoomsManage;
/** Read one's own unit's 办公用房 (liaison staff). */
export const OFFICE_ROOMS_OWN = FacilitiesAndVehiclesPermissions.officeRoomsOwn;

export type OfficeRoomAccess = { kind: 'all' } | { kind: 'unit'; unitId: string } | { kind: 'none' };

/** The section sees every room; a liaison sees their own unit's only (another unit's is 404, as if unknown). */
export function officeRoomAccess(caller: CallerContext): OfficeRoomAccess {
  if (caller.unitId) return hasPermission(caller, OFFICE_ROOMS_OWN) ? { kind: 'unit', unitId: caller.unitId } : { kind: 'none' };
  return hasPermission(caller, OFFICE_ROOMS_READ) || hasPermission(caller, OFFICE_ROOMS_MANAGE) ? { kind: 'all' } : { kind: 'none' };
}

export function canSeeOfficeRoom(caller: CallerContext, unitId: string | null): boolean {
  const access = officeRoomAccess(caller);
  return access.kind === 'all' || (access.kind === 'unit' && access.unitId === unitId);
}

/** 办公用房 are allocated by 机关事务管理科 (统一调配, 鲁办发〔2018〕49号), never by a unit itself. */
export function canManageOfficeRooms(caller: CallerContext): boolean {
  return !caller.unitId && hasPermission(caller, OFFICE_ROOMS_MANAGE);
}
