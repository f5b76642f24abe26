import { hasPermission, type CallerContext } from '@gov/contracts-common';
import { InformationPermissions } from '@gov/contracts-information';

/** Read every 培训 (the section, the office's leaders). */
export const TRAININGS_READ = InformationPermissions.trainingsRead;
/** Record training sessions and their attendance (the section). */
export const TRAININGS_MANAGE = InformationPermissions.trainingsManage;

/** Office staff only (the training of the units' liaisons is 信息科's record); a liaison sees none (404). */
export function canSeeTrainings(caller: CallerContext): boolean {
  return !caller.unitId && (hasPermission(caller, TRAININGS_READ) || hasPermission(caller, TRAININGS_MANAGE));
}

export function canManageTrainings(caller: CallerContext): boolean {
  return !caller.unitId && hasPermission(caller, TRAININGS_MANAGE);
}
