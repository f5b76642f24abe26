import { hasPermission, type CallerContext } from '@gov/contracts-common';

export const DOCUMENTS_READ = 'documents:read';
export const DOCUMENTS_READ_OWN = 'documents:read-own';

/** What decides who sees a record: its 密级, the units it concerns, and the people it was routed to. */
export interface Visibility {
  secrecyLevel: number;
  unitIds: readonly string[];
  userIds: readonly string[];
}

/** The columns of a record row that decide who sees it. */
export interface VisibilityColumns {
  secrecy_level: number;
  unit_ids: readonly string[];
  user_ids: readonly string[];
}

/** A row's visibility, for `canSee`. */
export function visibilityOf(row: VisibilityColumns): Visibility {
  return { secrecyLevel: row.secrecy_level, unitIds: row.unit_ids, userIds: row.user_ids };
}

/**
 * Who sees a document record. Nobody sees a record above their clearance (密级 ≤ 涉密等级), whatever else they hold.
 * Within that: holders of documents:read (leaders, 文秘科, 秘书科) see everything; liaison staff see the records that
 * concern their unit; anyone sees the records routed to them personally (a drafter their draft, a leader a document
 * sent to them).
 */
export function canSee(caller: CallerContext, record: Visibility): boolean {
  if (record.secrecyLevel > caller.clearance) return false;
  if (hasPermission(caller, DOCUMENTS_READ)) return true;
  if (record.userIds.includes(caller.userId)) return true;
  return !!caller.unitId && hasPermission(caller, DOCUMENTS_READ_OWN) && record.unitIds.includes(caller.unitId);
}

/**
 * The same rule as a SQL condition over a table with `secrecy_level`, `unit_ids uuid[]` and `user_ids uuid[]`, for
 * lists and search: the filter is in the query, so a classified record is never even counted for the wrong reader.
 * Placeholders start at `$${firstParam}`; returns the condition and its parameters.
 */
export function visibilitySql(caller: CallerContext, firstParam: number, alias?: string): { sql: string; params: unknown[] } {
  const c = (column: string) => (alias ? `${alias}.${column}` : column);
  const clearance = `${c('secrecy_level')} <= $${firstParam}`;
  if (hasPermission(caller, DOCUMENTS_READ)) return { sql: clearance, params: [caller.clearance] };
  const mine = `${c('user_ids')} @> ARRAY[$${firstParam + 1}]::uuid[]`;
  if (caller.unitId && hasPermission(caller, DOCUMENTS_READ_OWN)) {
    return { sql: `(${clearance} AND (${mine} OR ${c('unit_ids')} @> ARRAY[$${firstParam + 2}]::uuid[]))`, params: [caller.clearance, caller.userId, caller.unitId] };
  }
  return { sql: `(${clearance} AND ${mine})`, params: [caller.clearance, caller.userId] };
}
