import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { CommonErrors, type ErrorSpec } from '@gov/contracts-common';
import { WorkingCalendar, type NamedDay } from '@gov/calendar';
import { DutyOfficeEvents, type DutyRecordChanged, type DutyRecordKind } from '@gov/contracts-duty-and-meetings';
import { DATA_SOURCE, DomainError, SCHEMA, type Tx } from '@gov/platform';
import type { DataSource, EntityManager } from 'typeorm';

export type Row = Record<string, unknown>;

/** The record columns every duty-office table shares. */
export interface Audited {
  id: string;
  version: number;
  created_at: Date;
  created_by: string;
  updated_at: Date;
  updated_by: string;
}

const IDENT = /^[a-z_]+$/;

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * The only place the duty office's modules speak SQL through: plain parameterised statements on the service's
 * schema, the history (timeline) of every record, the unit directory check, and paged searches.
 */
@Injectable()
export class DutyRecords {
  constructor(
    @Inject(DATA_SOURCE) readonly dataSource: DataSource,
    @Inject(SCHEMA) readonly schema: string,
  ) {}

  table(name: string): string {
    if (!IDENT.test(name)) throw new Error(`bad table ${name}`);
    return `"${this.schema}".${name}`;
  }

  query<T = Row>(sql: string, params: unknown[] = [], manager: EntityManager = this.dataSource.manager): Promise<T[]> {
    return manager.query(sql.replace(/\{(\w+)\}/g, (_, t: string) => this.table(t)), params);
  }

  async one<T = Row>(sql: string, params: unknown[] = [], manager?: EntityManager): Promise<T | undefined> {
    const [row] = await this.query<T>(sql, params, manager);
    return row;
  }

  /** Inserts one row given as column → value. */
  async insert(table: string, row: Row, manager: EntityManager): Promise<void> {
    const columns = Object.keys(row);
    columns.forEach((c) => {
      if (!IDENT.test(c)) throw new Error(`bad column ${c}`);
    });
    const values = columns.map((c) => (isJson(row[c]) ? JSON.stringify(row[c]) : row[c]));
    await manager.query(`INSERT INTO ${this.table(table)} (${columns.join(', ')}) VALUES (${columns.map((_, i) => `$${i + 1}`).join(', ')})`, values);
  }

  /** Updates one row at the version the caller holds; false when somebody saved another version first. */
  async updateIfVersion(table: string, id: string, expectedVersion: number, changes: Row, manager: EntityManager): Promise<boolean> {
    const columns = Object.keys(changes);
    columns.forEach((c) => {
      if (!IDENT.test(c)) throw new Error(`bad column ${c}`);
    });
    const values = columns.map((c) => (isJson(changes[c]) ? JSON.stringify(changes[c]) : changes[c]));
    const rows: unknown[] = await manager.query(
      `UPDATE ${this.table(table)} SET ${columns.map((c, i) => `${c} = $${i + 1}`).join(', ')}
        WHERE id = $${columns.length + 1} AND version = $${columns.length + 2} RETURNING id`,
      [...values, id, expectedVersion],
    );
    // TypeORM answers an UPDATE with [rows, rowCount].
    const updated = Array.isArray(rows[0]) ? (rows[0] as unknown[]) : rows;
    return updated.length === 1;
  }

  /**
   * Appends the record's new version to its timeline, with who and when, and publishes the change through the
   * outbox in the same transaction.
   */
  async recordHistory(tx: Tx, kind: DutyRecordKind, record: { id: string; version: number; unit_id?: unknown }, action: string, snapshot: object, by: string, at: Date, reason: string | null = null): Promise<void> {
    await this.insert(
      'duty_history',
      { id: randomUUID(), record_kind: kind, record_id: record.id, version: record.version, action, snapshot, reason, changed_by: by, changed_at: at },
      tx.manager,
    );
    const event: DutyRecordChanged.Event = {
      recordKind: kind,
      recordId: record.id,
      version: record.version,
      action,
      ...(typeof record.unit_id === 'string' ? { unitId: record.unit_id } : {}),
      changedBy: by,
      changedAt: at.toISOString(),
    };
    await tx.emit(DutyOfficeEvents.recordChanged, event);
  }

  /** The timeline of one record, oldest first. */
  history(kind: DutyRecordKind, id: string): Promise<Row[]> {
    return this.query(`SELECT version, action, reason, changed_by, changed_at FROM {duty_history} WHERE record_kind = $1 AND record_id = $2 ORDER BY version, changed_at`, [kind, id]);
  }

  /**
   * The calendar copy as this transaction sees it. A calendar-change listener must use this, not
   * `CalendarCopy.current()`: that reads outside the transaction, misses the year being applied, and caches it.
   */
  async calendarIn(tx: Tx): Promise<WorkingCalendar> {
    const rows = await this.query<{ year: number; holidays: NamedDay[]; makeup_workdays: NamedDay[]; source: string; version: number }>(
      `SELECT year, holidays, makeup_workdays, source, version FROM {calendar_year_copy} ORDER BY year`,
      [],
      tx.manager,
    );
    return new WorkingCalendar(rows.map((r) => ({ year: r.year, holidays: r.holidays, makeupWorkdays: r.makeup_workdays, source: r.source, version: r.version })));
  }

  /** The unit, if it is in the directory and in use: every unit id stored here is checked against it. */
  async activeUnit(unitId: string, manager?: EntityManager): Promise<{ id: string; name: string } | undefined> {
    return this.one(`SELECT id, name FROM {unit} WHERE id = $1 AND status = 'active'`, [unitId], manager);
  }

  /** A page of rows with the total, under the given conditions (`?` placeholders) and order. */
  async page(table: string, filters: [sql: string, value: unknown][], order: string, limit: number, offset: number): Promise<{ rows: Row[]; total: number }> {
    const params: unknown[] = [];
    const where = filters.map(([sql, value]) => {
      params.push(value);
      return sql.replace(/\?/g, `$${params.length}`);
    });
    const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const rows = await this.query(`SELECT *, count(*) OVER () AS total_count FROM {${table}} ${clause} ORDER BY ${order} LIMIT $${params.length + 1} OFFSET $${params.length + 2}`, [
      ...params,
      limit,
      offset,
    ]);
    let total = rows.length ? Number(rows[0].total_count) : 0;
    if (!rows.length && offset > 0) total = Number((await this.one<{ n: number }>(`SELECT count(*)::int AS n FROM {${table}} ${clause}`, params))?.n ?? 0);
    return { rows, total };
  }

  like(text: string): string {
    return `%${escapeLike(text)}%`;
  }
}

function isJson(value: unknown): boolean {
  return value !== null && typeof value === 'object' && !(value instanceof Date);
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
