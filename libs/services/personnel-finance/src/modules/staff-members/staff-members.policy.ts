import { hasPermission, type CallerContext } from '@gov/contracts-common';
import { PersonnelFinancePermissions } from '@gov/contracts-personnel-finance';

/** Read every 工作人员 (the section, the office's leaders). */
export const STAFF_MEMBERS_READ = PersonnelFinancePermissions.staffMembersRead;
/** Create, change and withdraw any 工作人员 (the section). */
export const STAFF_MEMBERS_MANAGE = PersonnelFinancePermissions.staffMembersManage;
/** Create, change and withdraw one's own unit's 工作人员 (liaison staff). */
export const STAFF_MEMBERS_OWN = PersonnelFinancePermissions.staffMembersOwn;

export type StaffMemberAccess = { kind: 'all' } | { kind: 'unit'; unitId: string } | { kind: 'none' };

/** The section sees every record; a liaison sees their own unit's only (another unit's is 404, as if unknown). */
export function staffMemberAccess(caller: CallerContext): StaffMemberAccess {
  if (caller.unitId) return hasPermission(caller, STAFF_MEMBERS_OWN) ? { kind: 'unit', unitId: caller.unitId } : { kind: 'none' };
  return hasPermission(caller, STAFF_MEMBERS_READ) || hasPermission(caller, STAFF_MEMBERS_MANAGE) ? { kind: 'all' } : { kind: 'none' };
}

export function canSeeStaffMember(caller: CallerContext, unitId: string | null): boolean {
  const access = staffMemberAccess(caller);
  return access.kind === 'all' || (access.kind === 'unit' && access.unitId === unitId);
}

/** Who may create or change: the section with the manage permission, a liaison for their own unit. */
export function canChangeStaffMember(caller: CallerContext, unitId: string | null): boolean {
  if (caller.unitId) return hasPermission(caller, STAFF_MEMBERS_OWN) && caller.unitId === unitId;
  return hasPermission(caller, STAFF_MEMBERS_MANAGE);
}
