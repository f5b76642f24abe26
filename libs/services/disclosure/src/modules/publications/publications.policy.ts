import { hasPermission, type CallerContext } from '@gov/contracts-common';
import { DisclosurePermissions } from '@gov/contracts-disclosure';

/** Read every 主动公开信息 (the section, the office's leaders). */
export const PUBLICATIONS_READ = DisclosurePermissions.publicationsRead;
/** Review, publish, withdraw and register 主动公开信息 (the section). */
export const PUBLICATIONS_MANAGE = DisclosurePermissions.publicationsManage;

/** The 公开目录 is the office's: office staff with the read or manage permission see it; no liaison does. */
export function canSeePublications(caller: CallerContext): boolean {
  return !caller.unitId && (hasPermission(caller, PUBLICATIONS_READ) || hasPermission(caller, PUBLICATIONS_MANAGE));
}

/** Who may register and change: the section with the manage permission. */
export function canChangePublications(caller: CallerContext): boolean {
  return !caller.unitId && hasPermission(caller, PUBLICATIONS_MANAGE);
}
