import { hasPermission, type CallerContext } from '@gov/contracts-common';
import { DisclosurePermissions } from '@gov/contracts-disclosure';

/** Read every 信息化项目 (the section, the office's leaders). */
export const PROJECTS_READ = DisclosurePermissions.projectsRead;
/** Create, change and withdraw any 信息化项目 (the section). */
export const PROJECTS_MANAGE = DisclosurePermissions.projectsManage;
/** Create, change and withdraw one's own unit's 信息化项目 (liaison staff). */
export const PROJECTS_OWN = DisclosurePermissions.projectsOwn;

export type ProjectAccess = { kind: 'all' } | { kind: 'unit'; unitId: string } | { kind: 'none' };

/** The section sees every record; a liaison sees their own unit's only (another unit's is 404, as if unknown). */
export function projectAccess(caller: CallerContext): ProjectAccess {
  if (caller.unitId) return hasPermission(caller, PROJECTS_OWN) ? { kind: 'unit', unitId: caller.unitId } : { kind: 'none' };
  return hasPermission(caller, PROJECTS_READ) || hasPermission(caller, PROJECTS_MANAGE) ? { kind: 'all' } : { kind: 'none' };
}

export function canSeeProject(caller: CallerContext, unitId: string | null): boolean {
  const access = projectAccess(caller);
  return access.kind === 'all' || (access.kind === 'unit' && access.unitId === unitId);
}

/** Who may create or change: the section with the manage permission, a liaison for their own unit. */
export function canChangeProject(caller: CallerContext, unitId: string | null): boolean {
  if (caller.unitId) return hasPermission(caller, PROJECTS_OWN) && caller.unitId === unitId;
  return hasPermission(caller, PROJECTS_MANAGE);
}

/** The section's own steps (审核, 实施监督, 验收, 绩效评价): the manage permission, never a unit's liaison. */
export function canSuperviseProjects(caller: CallerContext): boolean {
  return !caller.unitId && hasPermission(caller, PROJECTS_MANAGE);
}
