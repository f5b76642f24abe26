import { hasPermission, type CallerContext } from '@gov/contracts-common';
import { PersonnelFinancePermissions } from '@gov/contracts-personnel-finance';

export const CLAIMS_READ = PersonnelFinancePermissions.claimsRead;
export const CLAIMS_MANAGE = PersonnelFinancePermissions.claimsManage;
export const CLAIMS_APPROVE = PersonnelFinancePermissions.claimsApprove;

/** The office's own accounts: no unit liaison sees a claim. */
export function canSeeClaims(caller: CallerContext): boolean {
  return !caller.unitId && [CLAIMS_READ, CLAIMS_MANAGE, CLAIMS_APPROVE].some((p) => hasPermission(caller, p));
}

export function canManageClaims(caller: CallerContext): boolean {
  return !caller.unitId && hasPermission(caller, CLAIMS_MANAGE);
}

export function canApproveClaims(caller: CallerContext): boolean {
  return !caller.unitId && hasPermission(caller, CLAIMS_APPROVE);
}
