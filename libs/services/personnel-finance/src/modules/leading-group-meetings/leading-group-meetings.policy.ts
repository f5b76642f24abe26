import { hasPermission, type CallerContext } from '@gov/contracts-common';
import { PersonnelFinancePermissions } from '@gov/contracts-personnel-finance';

export const MEETINGS_READ = PersonnelFinancePermissions.leadingGroupMeetingsRead;
export const MEETINGS_MANAGE = PersonnelFinancePermissions.leadingGroupMeetingsManage;

/** The leading group's own meetings: no unit liaison sees them. */
export function canSeeMeetings(caller: CallerContext): boolean {
  return !caller.unitId && (hasPermission(caller, MEETINGS_READ) || hasPermission(caller, MEETINGS_MANAGE));
}

export function canManageMeetings(caller: CallerContext): boolean {
  return !caller.unitId && hasPermission(caller, MEETINGS_MANAGE);
}
