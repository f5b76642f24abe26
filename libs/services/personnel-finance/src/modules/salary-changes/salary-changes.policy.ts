import { hasPermission, type CallerContext } from '@gov/contracts-common';
import { PersonnelFinancePermissions } from '@gov/contracts-personnel-finance';

/** Read the salary changes (人事科, 财务科 for the payroll). */
export const SALARY_CHANGES_READ = PersonnelFinancePermissions.salaryChangesRead;
/** Record and void salary changes (人事科). */
export const SALARY_CHANGES_MANAGE = PersonnelFinancePermissions.salaryChangesManage;

/** Salaries are personal data of the office's own staff: no unit liaison sees them. */
export function canSeeSalaryChanges(caller: CallerContext): boolean {
  return !caller.unitId && (hasPermission(caller, SALARY_CHANGES_READ) || hasPermission(caller, SALARY_CHANGES_MANAGE));
}

export function canManageSalaryChanges(caller: CallerContext): boolean {
  return !caller.unitId && hasPermission(caller, SALARY_CHANGES_MANAGE);
}
