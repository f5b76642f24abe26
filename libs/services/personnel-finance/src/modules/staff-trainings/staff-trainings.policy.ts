import { hasPermission, type CallerContext } from '@gov/contracts-common';
import { PersonnelFinancePermissions } from '@gov/contracts-personnel-finance';

export const STAFF_TRAININGS_READ = PersonnelFinancePermissions.staffTrainingsRead;
export const STAFF_TRAININGS_MANAGE = PersonnelFinancePermissions.staffTrainingsManage;

/** The office's own staff training: no unit liaison sees it. */
export function canSeeTrainings(caller: CallerContext): boolean {
  return !caller.unitId && [STAFF_TRAININGS_READ, STAFF_TRAININGS_MANAGE].some((p) => hasPermission(caller, p));
}

/** 人事科 keeps the plans, sessions and attendance. */
export function canManageTrainings(caller: CallerContext): boolean {
  return !caller.unitId && hasPermission(caller, STAFF_TRAININGS_MANAGE);
}
