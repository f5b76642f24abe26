import { hasPermission, type CallerContext } from '@gov/contracts-common';
import { PartyAffairsPermissions } from '@gov/contracts-party-affairs';

/** Read every 结对帮扶 (the section, the office's leaders). */
export const PAIRINGS_READ = PartyAffairsPermissions.pairingsRead;
/** Create, change and withdraw any 结对帮扶 (the section). */
export const PAIRINGS_MANAGE = PartyAffairsPermissions.pairingsManage;
/** Create, change and withdraw one's own unit's 结对帮扶 (liaison staff). */
export const PAIRINGS_OWN = PartyAffairsPermissions.pairingsOwn;

export type PairingAccess = { kind: 'all' } | { kind: 'unit'; unitId: string } | { kind: 'none' };

/** The section sees every record; a liaison sees their own unit's only (another unit's is 404, as if unknown). */
export function pairingAccess(caller: CallerContext): PairingAccess {
  if (caller.unitId) return hasPermission(caller, PAIRINGS_OWN) ? { kind: 'unit', unitId: caller.unitId } : { kind: 'none' };
  return hasPermission(caller, PAIRINGS_READ) || hasPermission(caller, PAIRINGS_MANAGE) ? { kind: 'all' } : { kind: 'none' };
}

export function canSeePairing(caller: CallerContext, unitId: string | null): boolean {
  const access = pairingAccess(caller);
  return access.kind === 'all' || (access.kind === 'unit' && access.unitId === unitId);
}

/** Who may create or change: the section with the manage permission, a liaison for their own unit. */
export function canChangePairing(caller: CallerContext, unitId: string | null): boolean {
  if (caller.unitId) return hasPermission(caller, PAIRINGS_OWN) && caller.unitId === unitId;
  return hasPermission(caller, PAIRINGS_MANAGE);
}
