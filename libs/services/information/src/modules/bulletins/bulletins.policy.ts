import { hasPermission, type CallerContext } from '@gov/contracts-common';
import { InformationPermissions } from '@gov/contracts-information';

/** Read every issue (the section, the office's leaders). */
export const BULLETINS_READ = InformationPermissions.bulletinsRead;
/** Edit issues, send them for review (the section; the chief reviews). */
export const BULLETINS_MANAGE = InformationPermissions.bulletinsManage;
/** 签发 (the office's leader). */
export const BULLETINS_SIGN = InformationPermissions.bulletinsSign;

/** Office staff only: 信息科 sees every issue, the leaders (read, or sign) the ones sent on to them; liaisons none (404). */
export function canSeeBulletin(caller: CallerContext, status: string): boolean {
  if (caller.unitId) return false;
  if (hasPermission(caller, BULLETINS_MANAGE)) return true;
  if (hasPermission(caller, BULLETINS_SIGN)) return status !== 'draft' && status !== 'withdrawn';
  return hasPermission(caller, BULLETINS_READ) && status === 'released';
}

export function canManageBulletins(caller: CallerContext): boolean {
  return !caller.unitId && hasPermission(caller, BULLETINS_MANAGE);
}

/** 审核 is the section chief's (科长审核). */
export function canReviewBulletins(caller: CallerContext): boolean {
  return canManageBulletins(caller) && caller.roles.includes('section_chief');
}

export function canSignBulletins(caller: CallerContext): boolean {
  return !caller.unitId && hasPermission(caller, BULLETINS_SIGN);
}
