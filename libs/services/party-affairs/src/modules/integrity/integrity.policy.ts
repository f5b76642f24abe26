import { hasPermission, type CallerContext } from '@gov/contracts-common';
import { PartyAffairsPermissions } from '@gov/contracts-party-affairs';

/** Read every 责任清单, and that talks took place (the section, the office's leaders). */
export const INTEGRITY_READ = PartyAffairsPermissions.integrityRead;
/** Create, change, complete and withdraw any 责任清单 (the section). */
export const INTEGRITY_MANAGE = PartyAffairsPermissions.integrityManage;
/** Read, and record the completion of, one's own unit's branches' 责任清单 (liaison staff). */
export const INTEGRITY_OWN = PartyAffairsPermissions.integrityOwn;
/** See talk records and clues (the 纪检委员). */
export const CONFIDENTIAL_READ = PartyAffairsPermissions.integrityConfidentialRead;
/** Record talks, register and handle clues (the 纪检委员). */
export const CONFIDENTIAL_MANAGE = PartyAffairsPermissions.integrityConfidentialManage;

export type ResponsibilityAccess = { kind: 'all' } | { kind: 'unit'; unitId: string } | { kind: 'none' };

/** The section sees every list; a liaison sees their own unit's branches' only (another unit's is 404, as if unknown). */
export function responsibilityAccess(caller: CallerContext): ResponsibilityAccess {
  if (caller.unitId) return hasPermission(caller, INTEGRITY_OWN) ? { kind: 'unit', unitId: caller.unitId } : { kind: 'none' };
  return hasPermission(caller, INTEGRITY_READ) || hasPermission(caller, INTEGRITY_MANAGE) ? { kind: 'all' } : { kind: 'none' };
}

export function canSeeResponsibility(caller: CallerContext, unitId: string | null): boolean {
  const access = responsibilityAccess(caller);
  return access.kind === 'all' || (access.kind === 'unit' && access.unitId === unitId);
}

/** Who may set up, change or withdraw a list: the section only. */
export function canManageResponsibility(caller: CallerContext): boolean {
  return !caller.unitId && hasPermission(caller, INTEGRITY_MANAGE);
}

/** Who may record an item's completion: the section, or a liaison for their own unit's branch. */
export function canCompleteResponsibility(caller: CallerContext, unitId: string | null): boolean {
  if (caller.unitId) return hasPermission(caller, INTEGRITY_OWN) && caller.unitId === unitId;
  return hasPermission(caller, INTEGRITY_MANAGE);
}

/**
 * What a caller sees of talks: `full` (the person and the record) with the confidential permission; `fact` (that a
 * talk took place: kind, day, talker) for the section and the office's readers; `none` for liaisons and others.
 */
export function talkVisibility(caller: CallerContext): 'full' | 'fact' | 'none' {
  if (caller.unitId) return 'none';
  if (hasPermission(caller, CONFIDENTIAL_READ)) return 'full';
  return hasPermission(caller, INTEGRITY_READ) || hasPermission(caller, INTEGRITY_MANAGE) ? 'fact' : 'none';
}

/** Clues are seen by the confidential permission only, and never above the reader's clearance. */
export function canSeeClue(caller: CallerContext, secrecyLevel: number): boolean {
  return !caller.unitId && hasPermission(caller, CONFIDENTIAL_READ) && caller.clearance >= secrecyLevel;
}

/** Recording talks and registering or handling clues: the confidential manage permission. */
export function canManageConfidential(caller: CallerContext): boolean {
  return !caller.unitId && hasPermission(caller, CONFIDENTIAL_MANAGE);
}
