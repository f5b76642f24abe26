import { hasPermission, type CallerContext } from '@gov/contracts-common';
import { PersonnelFinancePermissions } from '@gov/contracts-personnel-finance';

/** Read the assessments (人事科, the office's leaders). */
export const ASSESSMENTS_READ = PersonnelFinancePermissions.assessmentsRead;
/** Open, grade, record the approval, finalise (人事科). */
export const ASSESSMENTS_MANAGE = PersonnelFinancePermissions.assessmentsManage;

/** The office's own assessment: no unit liaison sees it. */
export function canSeeAssessments(caller: CallerContext): boolean {
  return !caller.unitId && (hasPermission(caller, ASSESSMENTS_READ) || hasPermission(caller, ASSESSMENTS_MANAGE));
}

export function canManageAssessments(caller: CallerContext): boolean {
  return !caller.unitId && hasPermission(caller, ASSESSMENTS_MANAGE);
}
