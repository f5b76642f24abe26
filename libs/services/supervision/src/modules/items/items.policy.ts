import { hasPermission, type CallerContext } from '@gov/contracts-common';
import type { ItemRow } from './items.repository.js';
import { SupervisionPermissions } from '@gov/contracts-supervision';

export type ItemScope = 'all' | 'own' | 'none';

/**
 * 督查室 and those who follow the items (leaders, 秘书科, 综合科) see every item; a unit's liaison sees only the items
 * where the unit is the lead (主责) or a co-unit (配合); anyone else none. 密级 above the caller's clearance is never seen.
 */
export function itemScope(caller: CallerContext): ItemScope {
  if (caller.unitId) return hasPermission(caller, SupervisionPermissions.supervisionReadOwn) || hasPermission(caller, SupervisionPermissions.supervisionReportOwn) ? 'own' : 'none';
  return hasPermission(caller, SupervisionPermissions.supervisionRead) || hasPermission(caller, SupervisionPermissions.supervisionManage) ? 'all' : 'none';
}

export function canSeeItem(caller: CallerContext, item: ItemRow): boolean {
  if (item.secrecyLevel > caller.clearance) return false;
  const scope = itemScope(caller);
  if (scope === 'all') return true;
  return scope === 'own' && !!caller.unitId && (item.leadUnitId === caller.unitId || item.coUnitIds.includes(caller.unitId));
}

/** The office's own steps: register, resolve units, decide extensions, 审核销号. */
export function canManage(caller: CallerContext): boolean {
  return !caller.unitId && hasPermission(caller, SupervisionPermissions.supervisionManage);
}

/** What a unit's liaison may do on an item: as the lead unit, everything; as a co-unit, add its input. */
export function unitRole(caller: CallerContext, item: ItemRow): 'lead' | 'co' | null {
  if (!caller.unitId || !hasPermission(caller, SupervisionPermissions.supervisionReportOwn)) return null;
  if (item.leadUnitId === caller.unitId) return 'lead';
  return item.coUnitIds.includes(caller.unitId) ? 'co' : null;
}
