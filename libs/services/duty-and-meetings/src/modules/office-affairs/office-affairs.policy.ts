import { hasPermission, type CallerContext } from '@gov/contracts-common';
import { DutyAndMeetingsPermissions } from '@gov/contracts-duty-and-meetings';

/** Read the office's 室务会, work plan, rules and publicity record (office leaders, every section). */
export const OFFICE_AFFAIRS_READ = DutyAndMeetingsPermissions.officeAffairsRead;
/** Keep them (综合科). */
export const OFFICE_AFFAIRS_MANAGE = DutyAndMeetingsPermissions.officeAffairsManage;

/**
 * The office's own affairs are the office's: its staff with either permission read them; a unit's liaison never does
 * (their ids are not found, as if unknown), whatever permission they were given.
 */
export function canSeeOfficeAffairs(caller: CallerContext): boolean {
  if (caller.unitId) return false;
  return hasPermission(caller, OFFICE_AFFAIRS_READ) || hasPermission(caller, OFFICE_AFFAIRS_MANAGE);
}

/** 综合科 keeps them: office staff holding the manage permission. */
export function canManageOfficeAffairs(caller: CallerContext): boolean {
  return !caller.unitId && hasPermission(caller, OFFICE_AFFAIRS_MANAGE);
}
