import { hasPermission, type CallerContext } from '@gov/contracts-common';
import { DocumentSecretariatPermissions } from '@gov/contracts-document-secretariat';
import { Conditions } from '@gov/platform';

export const DOCUMENTS_READ = DocumentSecretariatPermissions.documentsRead;
export const DOCUMENTS_READ_OWN = DocumentSecretariatPermissions.documentsReadOwn;

/** What decides who sees a record: its 密级, the units it concerns, and the people (and office sections) it was routed to. */
export interface Visibility {
  secrecyLevel: number;
  unitIds: readonly string[];
  userIds: readonly string[];
  /** Office sections (科室 codes) the record was routed to, e.g. those asked to 会签 a 发文; only the registry keeps them. */
  sectionCodes?: readonly string[];
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
 * Within that: office staff holding documents:read (leaders, 文秘科, 秘书科) see everything — a liaison never does,
 * whatever they hold; liaison staff see the records that concern their unit; anyone sees the records routed to them
 * personally (a drafter their draft, a leader a document sent to them), and office staff (not liaison staff) the
 * records routed to their section.
 */
export function canSee(caller: CallerContext, record: Visibility): boolean {
  if (record.secrecyLevel > caller.clearance) return false;
  if (readsAllDocuments(caller)) return true;
  if (record.userIds.includes(caller.userId)) return true;
  if (inSections(caller, record.sectionCodes)) return true;
  return !!caller.unitId && hasPermission(caller, DOCUMENTS_READ_OWN) && record.unitIds.includes(caller.unitId);
}

/** Office staff holding documents:read; a liaison (caller.unitId) sees only their unit's records even if granted it. */
export function readsAllDocuments(caller: CallerContext): boolean {
  return !caller.unitId && hasPermission(caller, DOCUMENTS_READ);
}

/** Whether the caller is office staff of one of the sections (liaison staff never see a record through a section). */
function inSections(caller: CallerContext, sectionCodes: readonly string[] | undefined): boolean {
  return !caller.unitId && !!caller.sectionCode && !!sectionCodes?.includes(caller.sectionCode);
}

export interface VisibilitySqlOptions {
  /** The table has `section_codes text[]` (only `record_registry`): office staff also see the records routed to their section. */
  sectionCodes?: boolean;
}

/**
 * The same rule as a SQL condition over a table with `secrecy_level`, `unit_ids uuid[]` and `user_ids uuid[]` (and, with
 * `options.sectionCodes`, `section_codes text[]`), for lists and search: the filter is in the query, so a classified
 * record is never even counted for the wrong reader. Placeholders start at `$${firstParam}`; returns the condition and
 * its parameters.
 */
export function visibilitySql(caller: CallerContext, firstParam: number, alias?: string, options: VisibilitySqlOptions = {}): { sql: string; params: unknown[] } {
  const c = (column: string) => (alias ? `${alias}.${column}` : column);
  const clearance = `${c('secrecy_level')} <= $${firstParam}`;
  if (readsAllDocuments(caller)) return { sql: clearance, params: [caller.clearance] };
  const params: unknown[] = [caller.clearance, caller.userId];
  const routes = [`${c('user_ids')} @> ARRAY[$${firstParam + 1}]::uuid[]`];
  if (caller.unitId && hasPermission(caller, DOCUMENTS_READ_OWN)) {
    params.push(caller.unitId);
    routes.push(`${c('unit_ids')} @> ARRAY[$${firstParam + params.length - 1}]::uuid[]`);
  }
  if (options.sectionCodes && !caller.unitId && caller.sectionCode) {
    params.push(caller.sectionCode);
    routes.push(`${c('section_codes')} @> ARRAY[$${firstParam + params.length - 1}]::text[]`);
  }
  const routed = routes.length === 1 ? routes[0] : `(${routes.join(' OR ')})`;
  return { sql: `(${clearance} AND ${routed})`, params };
}

/**
 * The WHERE of a list of records: the visibility rule first, in the SQL (a record the reader may not see is never even
 * counted), then the list's own conditions.
 */
export function visibleTo(caller: CallerContext, alias?: string, options?: VisibilitySqlOptions): Conditions {
  return new Conditions(visibilitySql(caller, 1, alias, options));
}
