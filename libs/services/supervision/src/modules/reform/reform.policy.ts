import { CommonErrors, hasPermission, type CallerContext } from '@gov/contracts-common';
import { DomainError } from '@gov/platform';
import { SupervisionPermissions } from '@gov/contracts-supervision';

/** Read the whole reform ledger (leaders, 督查室, 职能转变科). */
export const REFORM_READ = SupervisionPermissions.reformRead;
/** Keep the ledger: tasks, inspections, verification, third-party evaluations (职能转变科). */
export const REFORM_MANAGE = SupervisionPermissions.reformManage;
/** One's own unit's tasks and problems, and reporting rectification (liaison staff). */
export const REFORM_HANDLE_OWN = SupervisionPermissions.reformHandleOwn;

export type ReformAccess = { kind: 'all' } | { kind: 'unit'; unitId: string } | { kind: 'none' };

/** The office sees the whole ledger; a liaison sees what concerns their unit (lead or co-unit of a task, the unit of a problem). */
export function reformAccess(caller: CallerContext): ReformAccess {
  if (caller.unitId) return hasPermission(caller, REFORM_HANDLE_OWN) ? { kind: 'unit', unitId: caller.unitId } : { kind: 'none' };
  return hasPermission(caller, REFORM_READ) || hasPermission(caller, REFORM_MANAGE) ? { kind: 'all' } : { kind: 'none' };
}

export function requireReformAccess(caller: CallerContext): Exclude<ReformAccess, { kind: 'none' }> {
  const access = reformAccess(caller);
  if (access.kind === 'none') throw new DomainError(CommonErrors.forbidden, '无权查看改革台账');
  return access;
}

export function requireReformManage(caller: CallerContext, what: string): void {
  if (caller.unitId || !hasPermission(caller, REFORM_MANAGE)) throw new DomainError(CommonErrors.forbidden, `只有政府职能转变协调推进科可以${what}`);
}
