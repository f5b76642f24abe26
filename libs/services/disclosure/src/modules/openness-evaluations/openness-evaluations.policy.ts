import { hasPermission, type CallerContext } from '@gov/contracts-common';
import { DisclosurePermissions } from '@gov/contracts-disclosure';

/** Read every 政务公开考评 (政务公开科, the office's and the district's leaders). */
export const OPENNESS_EVALUATIONS_READ = DisclosurePermissions.opennessEvaluationsRead;
/** Prepare, submit, record the result and withdraw (政务公开科). */
export const OPENNESS_EVALUATIONS_MANAGE = DisclosurePermissions.opennessEvaluationsManage;

/** The office's work: never a unit's liaison (their record would be 404, as if unknown). */
export function canSeeEvaluations(caller: CallerContext): boolean {
  return !caller.unitId && (hasPermission(caller, OPENNESS_EVALUATIONS_READ) || hasPermission(caller, OPENNESS_EVALUATIONS_MANAGE));
}

export function canManageEvaluations(caller: CallerContext): boolean {
  return !caller.unitId && hasPermission(caller, OPENNESS_EVALUATIONS_MANAGE);
}
