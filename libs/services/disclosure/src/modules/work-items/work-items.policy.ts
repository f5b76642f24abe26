import { hasPermission, type CallerContext } from '@gov/contracts-common';
import { DisclosurePermissions } from '@gov/contracts-disclosure';

/** Read every 领导小组工作事项 (the office of the leading group, the office's leaders). */
export const WORK_ITEMS_READ = DisclosurePermissions.workItemsRead;
/** Assign, change, confirm, return and withdraw 领导小组工作事项 (政务公开科, seat of the leading group's office). */
export const WORK_ITEMS_MANAGE = DisclosurePermissions.workItemsManage;
/** Read the items one's unit is responsible for and report their progress for one's unit (liaison staff). */
export const WORK_ITEMS_OWN = DisclosurePermissions.workItemsOwn;

export type WorkItemAccess = { kind: 'all' } | { kind: 'unit'; unitId: string } | { kind: 'none' };

/** The office sees every item; a liaison sees the items its unit leads or co-operates on (another's is 404, as if unknown). */
export function workItemAccess(caller: CallerContext): WorkItemAccess {
  if (caller.unitId) return hasPermission(caller, WORK_ITEMS_OWN) ? { kind: 'unit', unitId: caller.unitId } : { kind: 'none' };
  return hasPermission(caller, WORK_ITEMS_READ) || hasPermission(caller, WORK_ITEMS_MANAGE) ? { kind: 'all' } : { kind: 'none' };
}

export function canSeeWorkItem(caller: CallerContext, item: { leadUnitId: string; coUnitIds: readonly string[] }): boolean {
  const access = workItemAccess(caller);
  return access.kind === 'all' || (access.kind === 'unit' && (item.leadUnitId === access.unitId || item.coUnitIds.includes(access.unitId)));
}

/** The office's steps (交办, 修改, 确认, 退回, 撤销): the manage permission, never a unit's liaison. */
export function canManageWorkItems(caller: CallerContext): boolean {
  return !caller.unitId && hasPermission(caller, WORK_ITEMS_MANAGE);
}

/** A progress report is a unit's own: its liaison, for an item the unit is responsible for. */
export function canReportFor(caller: CallerContext, item: { leadUnitId: string; coUnitIds: readonly string[] }): boolean {
  return !!caller.unitId && hasPermission(caller, WORK_ITEMS_OWN) && (item.leadUnitId === caller.unitId || item.coUnitIds.includes(caller.unitId));
}
