import { hasPermission, type CallerContext } from '@gov/contracts-common';
import { ForeignAffairsPermissions } from '@gov/contracts-foreign-affairs';

/** Read every 涉外案事件 (the section, the office's leaders). */
export const INCIDENTS_READ = ForeignAffairsPermissions.incidentsRead;
/** Create, change and withdraw any 涉外案事件 (the section). */
export const INCIDENTS_MANAGE = ForeignAffairsPermissions.incidentsManage;
/** Create, change and withdraw one's own unit's 涉外案事件 (liaison staff). */
export const INCIDENTS_OWN = ForeignAffairsPermissions.incidentsOwn;

export type IncidentAccess = { kind: 'all' } | { kind: 'unit'; unitId: string } | { kind: 'none' };

/** The section sees every record; a liaison sees their own unit's only (another unit's is 404, as if unknown). */
export function incidentAccess(caller: CallerContext): IncidentAccess {
  if (caller.unitId) return hasPermission(caller, INCIDENTS_OWN) ? { kind: 'unit', unitId: caller.unitId } : { kind: 'none' };
  return hasPermission(caller, INCIDENTS_READ) || hasPermission(caller, INCIDENTS_MANAGE) ? { kind: 'all' } : { kind: 'none' };
}

export function canSeeIncident(caller: CallerContext, unitId: string | null): boolean {
  const access = incidentAccess(caller);
  return access.kind === 'all' || (access.kind === 'unit' && access.unitId === unitId);
}

/** Who may create or change: the section with the manage permission, a liaison for their own unit. */
export function canChangeIncident(caller: CallerContext, unitId: string | null): boolean {
  if (caller.unitId) return hasPermission(caller, INCIDENTS_OWN) && caller.unitId === unitId;
  return hasPermission(caller, INCIDENTS_MANAGE);
}
