import { hasPermission, type CallerContext } from '@gov/contracts-common';
import { InformationPermissions } from '@gov/contracts-information';

/** Read every 约稿 (the section, the office's leaders). */
export const SOLICITATIONS_READ = InformationPermissions.solicitationsRead;
/** Create, change and withdraw any 约稿 (the section). */
export const SOLICITATIONS_MANAGE = InformationPermissions.solicitationsManage;
/** Create, change and withdraw one's own unit's 约稿 (liaison staff). */
export const SOLICITATIONS_OWN = InformationPermissions.solicitationsOwn;

export type SolicitationAccess = { kind: 'all' } | { kind: 'unit'; unitId: string } | { kind: 'none' };

/** The section sees every record; a liaison sees their own unit's only (another unit's is 404, as if unknown). */
export function solicitationAccess(caller: CallerContext): SolicitationAccess {
  if (caller.unitId) return hasPermission(caller, SOLICITATIONS_OWN) ? { kind: 'unit', unitId: caller.unitId } : { kind: 'none' };
  return hasPermission(caller, SOLICITATIONS_READ) || hasPermission(caller, SOLICITATIONS_MANAGE) ? { kind: 'all' } : { kind: 'none' };
}

/** The section sees every 约稿; a liaison only those assigned to their unit (another's is 404, as if unknown). */
export function canSeeSolicitation(caller: CallerContext, unitIds: readonly string[]): boolean {
  const access = solicitationAccess(caller);
  return access.kind === 'all' || (access.kind === 'unit' && unitIds.includes(access.unitId));
}

/** Registering, replying upward and withdrawing are 信息科's (the manage permission). */
export function canManageSolicitations(caller: CallerContext): boolean {
  return !caller.unitId && hasPermission(caller, SOLICITATIONS_MANAGE);
}

/** Who answers for a unit: its own liaison, or 信息科 entering the answer on the unit's behalf. */
export function canAnswerFor(caller: CallerContext, unitId: string): boolean {
  if (caller.unitId) return hasPermission(caller, SOLICITATIONS_OWN) && caller.unitId === unitId;
  return hasPermission(caller, SOLICITATIONS_MANAGE);
}
