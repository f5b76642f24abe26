import { hasPermission, type CallerContext } from '@gov/contracts-common';
import { DisclosurePermissions } from '@gov/contracts-disclosure';

/** Read every 政府信息公开指南 (the section, the office's leaders). */
export const GUIDES_READ = DisclosurePermissions.guidesRead;
/** Create, change and withdraw any 政府信息公开指南 (the section). */
export const GUIDES_MANAGE = DisclosurePermissions.guidesManage;
/** Create, change and withdraw one's own unit's 政府信息公开指南 (liaison staff). */
export const GUIDES_OWN = DisclosurePermissions.guidesOwn;

export type GuideAccess = { kind: 'all' } | { kind: 'unit'; unitId: string } | { kind: 'none' };

/** The section sees every record; a liaison sees their own unit's only (another unit's is 404, as if unknown). */
export function guideAccess(caller: CallerContext): GuideAccess {
  if (caller.unitId) return hasPermission(caller, GUIDES_OWN) ? { kind: 'unit', unitId: caller.unitId } : { kind: 'none' };
  return hasPermission(caller, GUIDES_READ) || hasPermission(caller, GUIDES_MANAGE) ? { kind: 'all' } : { kind: 'none' };
}

export function canSeeGuide(caller: CallerContext, unitId: string | null): boolean {
  const access = guideAccess(caller);
  return access.kind === 'all' || (access.kind === 'unit' && access.unitId === unitId);
}

/** Who may create or change: the section with the manage permission, a liaison for their own unit. */
export function canChangeGuide(caller: CallerContext, unitId: string | null): boolean {
  if (caller.unitId) return hasPermission(caller, GUIDES_OWN) && caller.unitId === unitId;
  return hasPermission(caller, GUIDES_MANAGE);
}
