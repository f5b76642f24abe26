import { CommonErrors, type ErrorSpec } from '@gov/contracts-common';
import { DomainError } from '@gov/platform';
import type { Audited, Row } from './duty-records.repository.js';

/** The duty store (`DutyRecords`, in its repository file) and the helpers its modules share for rows and views. */
export { DutyRecords, type Audited, type Row } from './duty-records.repository.js';

/** A new record's columns: its fields and the audit columns of version 1. */
export function firstVersion(fields: Row & { id: string }, by: string, at: Date): Row & Audited {
  return { ...fields, version: 1, created_at: at, created_by: by, updated_at: at, updated_by: by };
}

export function iso(value: unknown): string {
  return value instanceof Date ? value.toISOString() : new Date(String(value)).toISOString();
}

export function isoOrNull(value: unknown): string | null {
  return value === null || value === undefined ? null : iso(value);
}

/** A `date` column as YYYY-MM-DD (the pg driver returns it as a string, or a Date in local time). */
export function day(value: unknown): string {
  if (value instanceof Date) {
    return `${value.getFullYear()}-${String(value.getMonth() + 1).padStart(2, '0')}-${String(value.getDate()).padStart(2, '0')}`;
  }
  return String(value).slice(0, 10);
}

export function dayOrNull(value: unknown): string | null {
  return value === null || value === undefined ? null : day(value);
}

export function metaOf(row: Row): { id: string; version: number; createdAt: string; createdBy: string; updatedAt: string; updatedBy: string } {
  return {
    id: row.id as string,
    version: row.version as number,
    createdAt: iso(row.created_at),
    createdBy: row.created_by as string,
    updatedAt: iso(row.updated_at),
    updatedBy: row.updated_by as string,
  };
}

/** Refuses an action the caller may not take (403). */
export function allow(allowed: boolean, message: string): void {
  if (!allowed) throw new DomainError(CommonErrors.forbidden, message);
}

/** Refuses a change made on a version other than the current one (412). */
export function checkVersion(row: Row, expectedVersion: number, spec: ErrorSpec): void {
  if (row.version !== expectedVersion) {
    throw new DomainError(spec, `记录已被他人修改（当前版本 ${String(row.version)}，您提交的版本 ${expectedVersion}），请刷新后重试`);
  }
}
