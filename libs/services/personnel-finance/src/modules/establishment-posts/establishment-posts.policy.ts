import { hasPermission, type CallerContext } from '@gov/contracts-common';
import { PersonnelFinancePermissions } from '@gov/contracts-personnel-finance';

/** Read the 机构编制 with filled and vacant counts (人事科, the office's leaders). */
export const ESTABLISHMENT_POSTS_READ = PersonnelFinancePermissions.establishmentPostsRead;
/** Register, change and withdraw 机构编制 lines (人事科). */
export const ESTABLISHMENT_POSTS_MANAGE = PersonnelFinancePermissions.establishmentPostsManage;

/** The establishment is kept by the office's 人事科: no unit liaison sees it (404, as if unknown). */
export function canSeeEstablishment(caller: CallerContext): boolean {
  return !caller.unitId && (hasPermission(caller, ESTABLISHMENT_POSTS_READ) || hasPermission(caller, ESTABLISHMENT_POSTS_MANAGE));
}

export function canManageEstablishment(caller: CallerContext): boolean {
  return !caller.unitId && hasPermission(caller, ESTABLISHMENT_POSTS_MANAGE);
}
