import { hasPermission, type CallerContext } from '@gov/contracts-common';
import { SupervisionPermissions } from '@gov/contracts-supervision';

/** Read every filed plan (督查室, the office's leaders, 职能转变科). */
export const PLANS_READ = SupervisionPermissions.supervisionPlansRead;
/** Approve or return plans; file on a unit's behalf (督查室). */
export const PLANS_MANAGE = SupervisionPermissions.supervisionPlansManage;
/** File one's own unit's plans (liaison staff). */
export const PLANS_FILE_OWN = SupervisionPermissions.supervisionPlansFileOwn;

export type PlanAccess = { kind: 'all' } | { kind: 'unit'; unitId: string } | { kind: 'none' };

/** The office sees every plan; a liaison sees their own unit's plans only. */
export function planAccess(caller: CallerContext): PlanAccess {
  if (caller.unitId) return hasPermission(caller, PLANS_FILE_OWN) ? { kind: 'unit', unitId: caller.unitId } : { kind: 'none' };
  return hasPermission(caller, PLANS_READ) || hasPermission(caller, PLANS_MANAGE) ? { kind: 'all' } : { kind: 'none' };
}

export function canSeePlan(caller: CallerContext, unitId: string): boolean {
  const access = planAccess(caller);
  return access.kind === 'all' || (access.kind === 'unit' && access.unitId === unitId);
}

export function canDecide(caller: CallerContext): boolean {
  return !caller.unitId && hasPermission(caller, PLANS_MANAGE);
}
