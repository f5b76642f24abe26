import { hasPermission, type CallerContext } from '@gov/contracts-common';
import type { UpdateUnit } from '@gov/contracts-duty-and-meetings';
import { DutyAndMeetingsPermissions } from '@gov/contracts-duty-and-meetings';

export const UNITS_READ = DutyAndMeetingsPermissions.unitsRead;
export const UNITS_WRITE = DutyAndMeetingsPermissions.unitsWrite;
/** The security administrator's permission (the gateway's `roles:assign`): it reads the unit names only (`unit.directory`). */
export const ROLES_ASSIGN = 'roles:assign';

/** Fields a unit's own liaison may keep up to date: their contacts and duty phones. */
export const LIAISON_EDITABLE_FIELDS = ['liaisons', 'dutyPhones', 'address'] as const;

export type UnitAccess = 'all' | 'own' | 'none';

/**
 * Who sees which units: 综合科 staff and the office's leaders (units:read) see the whole directory; the
 * liaison staff of a unit see and maintain only their own unit; anyone else sees none.
 */
export function readAccess(caller: CallerContext): UnitAccess {
  if (caller.unitId) return 'own';
  return hasPermission(caller, UNITS_READ) || hasPermission(caller, UNITS_WRITE) ? 'all' : 'none';
}

export function canSee(caller: CallerContext, unitId: string): boolean {
  const access = readAccess(caller);
  return access === 'all' || (access === 'own' && caller.unitId === unitId);
}

/** Returns the names of the changed fields that this caller may not change (empty when allowed). */
export function forbiddenChanges(caller: CallerContext, unitId: string, changes: UpdateUnit.Changes): string[] {
  const changed = Object.keys(changes).filter((k) => (changes as Record<string, unknown>)[k] !== undefined);
  if (!caller.unitId && hasPermission(caller, UNITS_WRITE)) return [];
  if (caller.unitId === unitId) return changed.filter((field) => !(LIAISON_EDITABLE_FIELDS as readonly string[]).includes(field));
  return changed.length ? changed : ['*'];
}
