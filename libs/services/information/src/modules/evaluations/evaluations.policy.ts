import { hasPermission, type CallerContext } from '@gov/contracts-common';
import { InformationPermissions } from '@gov/contracts-information';

/** Read every 业绩考评 (the section, the office's leaders). */
export const EVALUATIONS_READ = InformationPermissions.evaluationsRead;
/** Start, adjust and 定稿 a year's 业绩考评 (the section). */
export const EVALUATIONS_MANAGE = InformationPermissions.evaluationsManage;

/** Office staff only: the evaluation ranks every unit, so no liaison sees it (404, as if unknown). */
export function canSeeEvaluations(caller: CallerContext): boolean {
  return !caller.unitId && (hasPermission(caller, EVALUATIONS_READ) || hasPermission(caller, EVALUATIONS_MANAGE));
}

export function canManageEvaluations(caller: CallerContext): boolean {
  return !caller.unitId && hasPermission(caller, EVALUATIONS_MANAGE);
}
