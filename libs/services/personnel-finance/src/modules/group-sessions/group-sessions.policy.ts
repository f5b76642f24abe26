import { hasPermission, type CallerContext } from '@gov/contracts-common';
import { PersonnelFinancePermissions } from '@gov/contracts-personnel-finance';

export const GROUP_SESSIONS_READ = PersonnelFinancePermissions.groupSessionsRead;
export const GROUP_SESSIONS_MANAGE = PersonnelFinancePermissions.groupSessionsManage;

/** The leading group's own study and life meetings: no unit liaison sees them (404, as if unknown). */
export function canSeeGroupSessions(caller: CallerContext): boolean {
  return !caller.unitId && (hasPermission(caller, GROUP_SESSIONS_READ) || hasPermission(caller, GROUP_SESSIONS_MANAGE));
}

export function canManageGroupSessions(caller: CallerContext): boolean {
  return !caller.unitId && hasPermission(caller, GROUP_SESSIONS_MANAGE);
}
