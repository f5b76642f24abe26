import { hasPermission, type CallerContext } from '@gov/contracts-common';
import { DisclosurePermissions } from '@gov/contracts-disclosure';

/** Read every department's report and the year's collection (the section, the office's leaders). */
export const DEPARTMENT_REPORTS_READ = DisclosurePermissions.departmentReportsRead;
/** Open the collection, check the reports, publish them together (the section). */
export const DEPARTMENT_REPORTS_MANAGE = DisclosurePermissions.departmentReportsManage;
/** Submit and re-submit one's own unit's report (liaison staff). */
export const DEPARTMENT_REPORTS_OWN = DisclosurePermissions.departmentReportsOwn;

export type DepartmentReportAccess = { kind: 'all' } | { kind: 'unit'; unitId: string } | { kind: 'none' };

/** The section and the leaders see every report; a liaison their own unit's only (another unit's is 404, as if unknown). */
export function departmentReportAccess(caller: CallerContext): DepartmentReportAccess {
  if (caller.unitId) return hasPermission(caller, DEPARTMENT_REPORTS_OWN) ? { kind: 'unit', unitId: caller.unitId } : { kind: 'none' };
  return hasPermission(caller, DEPARTMENT_REPORTS_READ) || hasPermission(caller, DEPARTMENT_REPORTS_MANAGE) ? { kind: 'all' } : { kind: 'none' };
}

export function canSeeDepartmentReport(caller: CallerContext, unitId: string): boolean {
  const access = departmentReportAccess(caller);
  return access.kind === 'all' || (access.kind === 'unit' && access.unitId === unitId);
}

/** A unit's liaison submits and re-submits its own unit's report. */
export function canSubmitFor(caller: CallerContext, unitId: string): boolean {
  return caller.unitId === unitId && hasPermission(caller, DEPARTMENT_REPORTS_OWN);
}

/** 政务公开科 checks, opens the collection and publishes. */
export function canManageDepartmentReports(caller: CallerContext): boolean {
  return !caller.unitId && hasPermission(caller, DEPARTMENT_REPORTS_MANAGE);
}

/** The year's collection (who submitted, late, missing): office staff only. */
export function canSeeRounds(caller: CallerContext): boolean {
  return !caller.unitId && (hasPermission(caller, DEPARTMENT_REPORTS_READ) || hasPermission(caller, DEPARTMENT_REPORTS_MANAGE));
}
