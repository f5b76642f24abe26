import { hasPermission, type CallerContext } from '@gov/contracts-common';
import { PersonnelFinancePermissions } from '@gov/contracts-personnel-finance';

/** Read the audits (财务科, the office's leaders). */
export const INTERNAL_AUDITS_READ = PersonnelFinancePermissions.internalAuditsRead;
/** Every step of an audit (财务科). */
export const INTERNAL_AUDITS_MANAGE = PersonnelFinancePermissions.internalAuditsManage;

/** 财务科's audits of the units: kept in the office; no unit liaison sees them here. */
export function canSeeInternalAudits(caller: CallerContext): boolean {
  return !caller.unitId && (hasPermission(caller, INTERNAL_AUDITS_READ) || hasPermission(caller, INTERNAL_AUDITS_MANAGE));
}

export function canManageInternalAudits(caller: CallerContext): boolean {
  return !caller.unitId && hasPermission(caller, INTERNAL_AUDITS_MANAGE);
}
