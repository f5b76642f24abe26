import { hasPermission, type CallerContext } from '@gov/contracts-common';
import { FacilitiesAndVehiclesPermissions } from '@gov/contracts-facilities-and-vehicles';

/** Read every 办公用房楼宇 and its 六统一 record (the section, the office's and the district's leaders). */
export const OFFICE_BUILDINGS_READ = FacilitiesAndVehiclesPermissions.officeBuildingsRead;
/** Register buildings and keep their 六统一 record (机关事务管理科). */
export const OFFICE_BUILDINGS_MANAGE = FacilitiesAndVehiclesPermissions.officeBuildingsManage;

/** The buildings are the district's, kept by 机关事务管理科: office staff with a permission read them, no unit liaison does. */
export function canReadOfficeBuildings(caller: CallerContext): boolean {
  return !caller.unitId && (hasPermission(caller, OFFICE_BUILDINGS_READ) || hasPermission(caller, OFFICE_BUILDINGS_MANAGE));
}

/** 统一管理 (鲁办发〔2018〕49号): only 机关事务管理科 registers buildings and records the six, never a unit itself. */
export function canManageOfficeBuildings(caller: CallerContext): boolean {
  return !caller.unitId && hasPermission(caller, OFFICE_BUILDINGS_MANAGE);
}
