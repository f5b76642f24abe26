import { hasPermission, type CallerContext } from '@gov/contracts-common';
import { FacilitiesAndVehiclesPermissions } from '@gov/contracts-facilities-and-vehicles';

/** Read every 后勤服务申请 (the section, the office's leaders). */
export const LOGISTICS_REQUESTS_READ = FacilitiesAndVehiclesPermissions.logisticsRequestsRead;
/** Assign, complete and configure 后勤服务申请 (机关事务管理科). */
export const LOGISTICS_REQUESTS_MANAGE = FacilitiesAndVehiclesPermissions.logisticsRequestsManage;
/** Submit and follow one's own 后勤服务申请 (a liaison their unit's, other office staff their own). */
export const LOGISTICS_REQUESTS_OWN = FacilitiesAndVehiclesPermissions.logisticsRequestsOwn;

export type LogisticsRequestAccess = { kind: 'all' } | { kind: 'unit'; unitId: string } | { kind: 'requester'; requesterId: string } | { kind: 'none' };

/**
 * The section and the leaders see every request; a liaison sees their own unit's, other office staff the ones they
 * submitted (anything else is 404, as if unknown).
 */
export function logisticsRequestAccess(caller: CallerContext): LogisticsRequestAccess {
  if (caller.unitId) return hasPermission(caller, LOGISTICS_REQUESTS_OWN) ? { kind: 'unit', unitId: caller.unitId } : { kind: 'none' };
  if (hasPermission(caller, LOGISTICS_REQUESTS_READ) || hasPermission(caller, LOGISTICS_REQUESTS_MANAGE)) return { kind: 'all' };
  return hasPermission(caller, LOGISTICS_REQUESTS_OWN) ? { kind: 'requester', requesterId: caller.userId } : { kind: 'none' };
}

export function canSeeLogisticsRequest(caller: CallerContext, request: { unitId: string | null; requesterId: string }): boolean {
  const access = logisticsRequestAccess(caller);
  return access.kind === 'all' || (access.kind === 'unit' && access.unitId === request.unitId) || (access.kind === 'requester' && access.requesterId === request.requesterId);
}

/** Who may submit: anyone holding the own or manage permission (a liaison for their unit). */
export function canSubmitLogisticsRequest(caller: CallerContext): boolean {
  return hasPermission(caller, LOGISTICS_REQUESTS_OWN) || (!caller.unitId && hasPermission(caller, LOGISTICS_REQUESTS_MANAGE));
}

/** Who assigns, records completion and sets the deadline rules: 机关事务管理科, never a liaison. */
export function canHandleLogisticsRequest(caller: CallerContext): boolean {
  return !caller.unitId && hasPermission(caller, LOGISTICS_REQUESTS_MANAGE);
}
