import { hasPermission, type CallerContext } from '@gov/contracts-common';
import { InformationPermissions } from '@gov/contracts-information';

/** Read every 上报登记 (the section, the office's leaders). */
export const UPWARD_REPORTS_READ = InformationPermissions.upwardReportsRead;
/** Register what was sent upward and the feedback that came back (the section). */
export const UPWARD_REPORTS_MANAGE = InformationPermissions.upwardReportsManage;

/** Office staff only (信息科 reports upward); a liaison sees none (404). */
export function canSeeUpwardReports(caller: CallerContext): boolean {
  return !caller.unitId && (hasPermission(caller, UPWARD_REPORTS_READ) || hasPermission(caller, UPWARD_REPORTS_MANAGE));
}

export function canManageUpwardReports(caller: CallerContext): boolean {
  return !caller.unitId && hasPermission(caller, UPWARD_REPORTS_MANAGE);
}
