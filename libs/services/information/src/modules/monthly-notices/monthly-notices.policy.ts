import { hasPermission, type CallerContext } from '@gov/contracts-common';
import type { MonthlyNoticeStatus } from '@gov/contracts-information';
import { InformationPermissions } from '@gov/contracts-information';

/** Read every 月度通报 (the section, the office's and district's leaders). */
export const MONTHLY_NOTICES_READ = InformationPermissions.monthlyNoticesRead;
/** Draft, send for review, withdraw (the section; its chief reviews). */
export const MONTHLY_NOTICES_MANAGE = InformationPermissions.monthlyNoticesManage;
/** 签发 (the office's leader). */
export const MONTHLY_NOTICES_SIGN = InformationPermissions.monthlyNoticesSign;

/**
 * Office staff only, as for 《博山政务信息》: 信息科 sees every notice, the signer the ones sent on to it, the readers
 * the signed ones; a liaison none (the notice ranks every unit).
 */
export function canSeeMonthlyNotice(caller: CallerContext, status: MonthlyNoticeStatus): boolean {
  if (caller.unitId) return false;
  if (hasPermission(caller, MONTHLY_NOTICES_MANAGE)) return true;
  if (hasPermission(caller, MONTHLY_NOTICES_SIGN)) return status !== 'draft' && status !== 'withdrawn';
  return hasPermission(caller, MONTHLY_NOTICES_READ) && status === 'signed';
}

export function canManageMonthlyNotices(caller: CallerContext): boolean {
  return !caller.unitId && hasPermission(caller, MONTHLY_NOTICES_MANAGE);
}

/** 审核 is the section chief's (科长审核), as for the bulletin. */
export function canReviewMonthlyNotices(caller: CallerContext): boolean {
  return canManageMonthlyNotices(caller) && caller.roles.includes('section_chief');
}

export function canSignMonthlyNotices(caller: CallerContext): boolean {
  return !caller.unitId && hasPermission(caller, MONTHLY_NOTICES_SIGN);
}

/** Whether the caller may list notices at all (then each is filtered by {@link canSeeMonthlyNotice}). */
export function canListMonthlyNotices(caller: CallerContext): boolean {
  return !caller.unitId && (hasPermission(caller, MONTHLY_NOTICES_MANAGE) || hasPermission(caller, MONTHLY_NOTICES_SIGN) || hasPermission(caller, MONTHLY_NOTICES_READ));
}
