import { hasPermission, type CallerContext } from '@gov/contracts-common';
import { PersonnelFinancePermissions } from '@gov/contracts-personnel-finance';

/** Read the staff records, personal data masked (人事科, 财务科, the office's leaders). */
export const STAFF_MEMBERS_READ = PersonnelFinancePermissions.staffMembersRead;
/** Register, change and withdraw (人事科). */
export const STAFF_MEMBERS_MANAGE = PersonnelFinancePermissions.staffMembersManage;
/** See 身份证号, 手机号 and salary in full on a record's page (人事科, 财务科). */
export const STAFF_MEMBERS_PERSONAL = PersonnelFinancePermissions.staffMembersPersonal;

/** The office's staff records are the office's own: no unit liaison sees them (404, as if unknown). */
export function canSeeStaffMembers(caller: CallerContext): boolean {
  if (caller.unitId) return false;
  return hasPermission(caller, STAFF_MEMBERS_READ) || hasPermission(caller, STAFF_MEMBERS_MANAGE);
}

export function canManageStaffMembers(caller: CallerContext): boolean {
  return !caller.unitId && hasPermission(caller, STAFF_MEMBERS_MANAGE);
}

/** Whether a record's page shows the personal data in full (lists never do). */
export function seesPersonalData(caller: CallerContext): boolean {
  return !caller.unitId && hasPermission(caller, STAFF_MEMBERS_PERSONAL);
}
