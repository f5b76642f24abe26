import { hasPermission, type CallerContext } from '@gov/contracts-common';
import { ForeignAffairsPermissions } from '@gov/contracts-foreign-affairs';

/** Read every 外宾接待 (the section, the office's leaders). */
export const RECEPTIONS_READ = ForeignAffairsPermissions.receptionsRead;
/** Create, change and withdraw any 外宾接待 (the section). */
export const RECEPTIONS_MANAGE = ForeignAffairsPermissions.receptionsManage;
/** Create, change and withdraw one's own unit's 外宾接待 (liaison staff). */
export const RECEPTIONS_OWN = ForeignAffairsPermissions.receptionsOwn;

export type ReceptionAccess = { kind: 'all' } | { kind: 'unit'; unitId: string } | { kind: 'none' };

/** The section sees every record; a liaison sees their own unit's only (another unit's is 404, as if unknown). */
export function receptionAccess(caller: CallerContext): ReceptionAccess {
  if (caller.unitId) return hasPermission(caller, RECEPTIONS_OWN) ? { kind: 'unit', unitId: caller.unitId } : { kind: 'none' };
  return hasPermission(caller, RECEPTIONS_READ) || hasPermission(caller, RECEPTIONS_MANAGE) ? { kind: 'all' } : { kind: 'none' };
}

export function canSeeReception(caller: CallerContext, unitId: string | null): boolean {
  const access = receptionAccess(caller);
  return access.kind === 'all' || (access.kind === 'unit' && access.unitId === unitId);
}

/** Who may create or change: the section with the manage permission, a liaison for their own unit. */
export function canChangeReception(caller: CallerContext, unitId: string | null): boolean {
  if (caller.unitId) return hasPermission(caller, RECEPTIONS_OWN) && caller.unitId === unitId;
  return hasPermission(caller, RECEPTIONS_MANAGE);
}
