import type { ColumnKind } from '@gov/platform';

/** The version (optimistic concurrency) and who created and last changed a row, when. */
export interface AuditColumns {
  version: number;
  created_at: Date;
  created_by: string;
  updated_at: Date;
  updated_by: string;
}

/** What every versioned record row of the service carries: its 密级 and who it concerns, its version, who and when. */
export interface VersionedRecordRow extends AuditColumns {
  secrecy_level: number;
  secrecy_period: string | null;
  copy_number: string | null;
  unit_ids: string[];
  user_ids: string[];
}

export const VERSIONED_RECORD_COLUMNS = [
  'secrecy_level',
  'secrecy_period',
  'copy_number',
  'unit_ids',
  'user_ids',
  'version',
  'created_at',
  'created_by',
  'updated_at',
  'updated_by',
] as const satisfies readonly (keyof VersionedRecordRow)[];

/** How the columns every versioned record carries are written: the uuid arrays with their cast. */
export const VERSIONED_RECORD_KINDS = { unit_ids: 'uuid[]', user_ids: 'uuid[]' } as const satisfies Partial<Record<keyof VersionedRecordRow, ColumnKind>>;

/** The version and the who/when of a record, as every view shows them. */
export function auditOf(row: AuditColumns): {
  version: number;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
} {
  return { version: row.version, createdAt: row.created_at.toISOString(), createdBy: row.created_by, updatedAt: row.updated_at.toISOString(), updatedBy: row.updated_by };
}

/** The audit columns of a row being created: version 1, created and last changed by `caller` at `now`. */
export function firstVersion(caller: { username: string }, now: Date): AuditColumns {
  return { version: 1, created_at: now, created_by: caller.username, updated_at: now, updated_by: caller.username };
}
