import { hasPermission, type CallerContext } from '@gov/contracts-common';
import { PersonnelFinancePermissions } from '@gov/contracts-personnel-finance';

/** Read the budget and its execution (财务科, the office's leaders). */
export const BUDGETS_READ = PersonnelFinancePermissions.budgetsRead;
/** Every step of the budget (财务科). */
export const BUDGETS_MANAGE = PersonnelFinancePermissions.budgetsManage;

/** The office's own accounts: no unit liaison sees the budget. */
export function canSeeBudgets(caller: CallerContext): boolean {
  return !caller.unitId && (hasPermission(caller, BUDGETS_READ) || hasPermission(caller, BUDGETS_MANAGE));
}

export function canManageBudgets(caller: CallerContext): boolean {
  return !caller.unitId && hasPermission(caller, BUDGETS_MANAGE);
}
