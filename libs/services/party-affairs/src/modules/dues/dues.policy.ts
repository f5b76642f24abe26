import { hasPermission, type CallerContext } from '@gov/contracts-common';
import { PartyAffairsPermissions } from '@gov/contracts-party-affairs';

/** Read every 党费减免, receipt and statement (the section, the office's leaders). */
export const DUES_READ = PartyAffairsPermissions.duesRead;
/** Record and take the steps of 党费减免 (the section). */
export const DUES_MANAGE = PartyAffairsPermissions.duesManage;
/** Read one's own unit's branches' 党费减免, receipts and statements (liaison staff). */
export const DUES_OWN = PartyAffairsPermissions.duesOwn;

export type DuesAccess = { kind: 'all' } | { kind: 'unit'; unitId: string } | { kind: 'none' };

/** The section sees every record; a liaison their own unit's branches' only (another unit's is 404, as if unknown). */
export function duesReductionAccess(caller: CallerContext): DuesAccess {
  if (caller.unitId) return hasPermission(caller, DUES_OWN) ? { kind: 'unit', unitId: caller.unitId } : { kind: 'none' };
  return hasPermission(caller, DUES_READ) || hasPermission(caller, DUES_MANAGE) ? { kind: 'all' } : { kind: 'none' };
}

export function canSeeDuesReduction(caller: CallerContext, unitId: string | null): boolean {
  const access = duesReductionAccess(caller);
  return access.kind === 'all' || (access.kind === 'unit' && access.unitId === unitId);
}

/** Who may record and decide: the 机关党总支 only (a liaison reads). */
export function canChangeDuesReduction(caller: CallerContext): boolean {
  return !caller.unitId && hasPermission(caller, DUES_MANAGE);
}
