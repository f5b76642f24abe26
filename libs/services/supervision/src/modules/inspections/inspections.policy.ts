import { hasPermission, type CallerContext } from '@gov/contracts-common';
import { SupervisionPermissions } from '@gov/contracts-supervision';

/**
 * Who sees and does what in 督查 (the same permissions as the 督办 items): 督查室 (supervision:manage) draws up, approves,
 * conducts and concludes; office readers (supervision:read) see all; a unit liaison (supervision:read-own) sees only the
 * inspections of their unit once the plan is approved, and only the conclusion about their own unit's work.
 * 上级督查事项 and their replies are the office's own: no liaison sees them.
 */
export type InspectionAccess = { kind: 'all' } | { kind: 'unit'; unitId: string } | { kind: 'none' };

export function inspectionAccess(caller: CallerContext): InspectionAccess {
  if (caller.unitId) return hasPermission(caller, SupervisionPermissions.supervisionReadOwn) ? { kind: 'unit', unitId: caller.unitId } : { kind: 'none' };
  return hasPermission(caller, SupervisionPermissions.supervisionRead) || hasPermission(caller, SupervisionPermissions.supervisionManage) ? { kind: 'all' } : { kind: 'none' };
}

export function canManageInspections(caller: CallerContext): boolean {
  return !caller.unitId && hasPermission(caller, SupervisionPermissions.supervisionManage);
}

/** A liaison sees an inspection of their unit from its approval on (a draft 方案 is the office's own). */
export function canSeeInspection(caller: CallerContext, inspection: { unitIds: readonly string[]; approvedAt: Date | null }): boolean {
  const access = inspectionAccess(caller);
  return access.kind === 'all' || (access.kind === 'unit' && inspection.approvedAt !== null && inspection.unitIds.includes(access.unitId));
}

/** The conclusions a caller may read: all for the office, the one about their own unit for a liaison. */
export function visibleConclusions<T extends { unitId: string }>(caller: CallerContext, conclusions: readonly T[]): T[] {
  const access = inspectionAccess(caller);
  return access.kind === 'all' ? [...conclusions] : access.kind === 'unit' ? conclusions.filter((c) => c.unitId === access.unitId) : [];
}

export function canSeeHigherInspections(caller: CallerContext): boolean {
  return inspectionAccess(caller).kind === 'all';
}
