import { hasPermission, type CallerContext } from '@gov/contracts-common';
import { DisclosurePermissions } from '@gov/contracts-disclosure';

/** Read every 依申请公开申请 (the section, the office's leaders). */
export const APPLICATIONS_READ = DisclosurePermissions.applicationsRead;
/** Create, change and withdraw any 依申请公开申请 (the section). */
export const APPLICATIONS_MANAGE = DisclosurePermissions.applicationsManage;
/** Create, change and withdraw one's own unit's 依申请公开申请 (liaison staff). */
export const APPLICATIONS_OWN = DisclosurePermissions.applicationsOwn;

export type ApplicationAccess = { kind: 'all' } | { kind: 'unit'; unitId: string } | { kind: 'none' };

/** The section sees every record; a liaison sees their own unit's only (another unit's is 404, as if unknown). */
export function applicationAccess(caller: CallerContext): ApplicationAccess {
  if (caller.unitId) return hasPermission(caller, APPLICATIONS_OWN) ? { kind: 'unit', unitId: caller.unitId } : { kind: 'none' };
  return hasPermission(caller, APPLICATIONS_READ) || hasPermission(caller, APPLICATIONS_MANAGE) ? { kind: 'all' } : { kind: 'none' };
}

export function canSeeApplication(caller: CallerContext, unitId: string | null): boolean {
  const access = applicationAccess(caller);
  return access.kind === 'all' || (access.kind === 'unit' && access.unitId === unitId);
}

/** Who may create or change: the section with the manage permission, a liaison for their own unit. */
export function canChangeApplication(caller: CallerContext, unitId: string | null): boolean {
  if (caller.unitId) return hasPermission(caller, APPLICATIONS_OWN) && caller.unitId === unitId;
  return hasPermission(caller, APPLICATIONS_MANAGE);
}

/**
 * The head of the 信息公开工作机构 (第三十三条第二款: the extension needs their approval): the section chief of 大数据科
 * (政务公开科) holding the manage permission.
 */
export function isDisclosureHead(caller: CallerContext): boolean {
  return !caller.unitId && caller.roles.includes('section_chief') && hasPermission(caller, APPLICATIONS_MANAGE);
}
