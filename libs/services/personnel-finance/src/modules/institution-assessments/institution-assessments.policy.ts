import { hasPermission, type CallerContext } from '@gov/contracts-common';
import { PersonnelFinancePermissions } from '@gov/contracts-personnel-finance';

/** Read every 事业单位绩效考核 (人事科, the office's and district leaders). */
export const INSTITUTION_ASSESSMENTS_READ = PersonnelFinancePermissions.institutionAssessmentsRead;
/** Organise it: the scheme, the review, the results (人事科). */
export const INSTITUTION_ASSESSMENTS_MANAGE = PersonnelFinancePermissions.institutionAssessmentsManage;
/** Enter one's own unit's self-scores and see only one's own unit (a unit liaison). */
export const INSTITUTION_ASSESSMENTS_OWN = PersonnelFinancePermissions.institutionAssessmentsOwn;

export type InstitutionAssessmentAccess = { kind: 'all' } | { kind: 'unit'; unitId: string } | { kind: 'none' };

/** The section sees every assessment and unit; a liaison only those their unit takes part in, and only their unit's line. */
export function institutionAssessmentAccess(caller: CallerContext): InstitutionAssessmentAccess {
  if (caller.unitId) return hasPermission(caller, INSTITUTION_ASSESSMENTS_OWN) ? { kind: 'unit', unitId: caller.unitId } : { kind: 'none' };
  return hasPermission(caller, INSTITUTION_ASSESSMENTS_READ) || hasPermission(caller, INSTITUTION_ASSESSMENTS_MANAGE) ? { kind: 'all' } : { kind: 'none' };
}

/** Whether the caller sees an assessment whose participants are `unitIds` (another unit's is 404, as if unknown). */
export function canSeeInstitutionAssessment(caller: CallerContext, unitIds: readonly string[]): boolean {
  const access = institutionAssessmentAccess(caller);
  return access.kind === 'all' || (access.kind === 'unit' && unitIds.includes(access.unitId));
}

/** The scheme, the review, the results: 人事科 only. */
export function canManageInstitutionAssessments(caller: CallerContext): boolean {
  return !caller.unitId && hasPermission(caller, INSTITUTION_ASSESSMENTS_MANAGE);
}

/** A unit's self-scores: its own liaison (人事科 does not score for a unit). */
export function canSelfScore(caller: CallerContext, unitId: string): boolean {
  return !!caller.unitId && caller.unitId === unitId && hasPermission(caller, INSTITUTION_ASSESSMENTS_OWN);
}
