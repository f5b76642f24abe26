import type { RoleCode } from '@gov/contracts-common';
import type { PermissionTables } from './accounts.repository.js';

/**
 * A user's permissions: those of each role, plus the grants their section gives to that role
 * (e.g. 综合科's chief and staff maintain the unit directory). Sorted, without duplicates.
 */
export function resolvePermissions(roles: readonly RoleCode[], sectionCode: string | null, tables: PermissionTables): string[] {
  const permissions = new Set<string>();
  for (const role of roles) {
    for (const p of tables.byRole.get(role) ?? []) permissions.add(p);
    if (sectionCode) for (const p of tables.bySectionRole.get(`${sectionCode}:${role}`) ?? []) permissions.add(p);
  }
  return [...permissions].sort();
}
