import { hasPermission, type CallerContext } from '@gov/contracts-common';
import { PersonnelFinancePermissions } from '@gov/contracts-personnel-finance';

export const PAYSLIPS_READ = PersonnelFinancePermissions.payslipsRead;
export const PAYSLIPS_MANAGE = PersonnelFinancePermissions.payslipsManage;

/** Salaries are personal data: 财务科 only, never a unit liaison. */
export function canSeePayslips(caller: CallerContext): boolean {
  return !caller.unitId && (hasPermission(caller, PAYSLIPS_READ) || hasPermission(caller, PAYSLIPS_MANAGE));
}

export function canManagePayslips(caller: CallerContext): boolean {
  return !caller.unitId && hasPermission(caller, PAYSLIPS_MANAGE);
}
