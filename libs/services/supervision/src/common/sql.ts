import { Inject, Injectable } from '@nestjs/common';
import { DATA_SOURCE, SCHEMA } from '@gov/platform';
import type { DataSource, EntityManager } from 'typeorm';

/** A date column as `YYYY-MM-DD` (the pg driver is set to return dates as text; a Date is tolerated). */
export function isoDate(value: unknown): string {
  if (value instanceof Date) return `${value.getFullYear()}-${String(value.getMonth() + 1).padStart(2, '0')}-${String(value.getDate()).padStart(2, '0')}`;
  return String(value).slice(0, 10);
}

export function isoDateOrNull(value: unknown): string | null {
  return value === null || value === undefined ? null : isoDate(value);
}

/** A Chinese (or any) substring for `ILIKE … ESCAPE '\'`: the user's `%`, `_` and `\` are matched as themselves. */
export function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * How many rows an UPDATE … RETURNING changed: TypeORM's PostgreSQL runner answers `[rows, count]` for an
 * UPDATE and the rows alone for a SELECT.
 */
export function updatedCount(result: unknown): number {
  if (Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number') return result[1];
  return Array.isArray(result) ? result.length : 0;
}

/** The conditions of a list query; every `?` of a condition stands for that condition's one value. */
export class Filters {
  readonly params: unknown[] = [];
  private readonly conditions: string[] = [];

  add(condition: string, value: unknown): this {
    this.params.push(value);
    this.conditions.push(condition.replaceAll('?', `$${this.params.length}`));
    return this;
  }

  /** Adds the condition only when the value is given (a list filter left empty filters nothing). */
  when(value: unknown, condition: string): this {
    return value === undefined || value === null || value === '' ? this : this.add(condition, value);
  }

  get sql(): string {
    return this.conditions.length ? `WHERE ${this.conditions.join(' AND ')}` : '';
  }
}

export interface Paged<T> {
  items: T[];
  total: number;
}

/**
 * How a column is read and written beyond as it is: a date as `YYYY-MM-DD`, JSON as text, a numeric as a number,
 * an instant (timestamptz) read as its ISO text.
 */
type ColumnKind = 'date' | 'json' | 'number' | 'instant';

/** Maps a row type to its table's columns: `{ dueDate: ['due_date', 'date'], title: 'title', … }`. */
export type ColumnSpec<T> = { [K in keyof T]-?: string | readonly [column: string, kind: ColumnKind] };

/** A row type's columns: reads a row, and writes the INSERT or the versioned UPDATE of a record. */
export class Columns<T> {
  private readonly entries: [key: keyof T, column: string, kind: ColumnKind | null][];

  constructor(spec: ColumnSpec<T>) {
    this.entries = Object.entries(spec).map(([key, value]) => {
      const [column, kind] = typeof value === 'string' ? [value, null] : (value as readonly [string, ColumnKind]);
      return [key as keyof T, column, kind];
    });
  }

  /** The row type's fields, in column order. */
  get keys(): (keyof T)[] {
    return this.entries.map(([key]) => key);
  }

  read(row: Record<string, unknown>): T {
    const record = {} as Record<keyof T, unknown>;
    for (const [key, column, kind] of this.entries) {
      const value = row[column] ?? null;
      record[key] = value === null ? null : kind === 'date' ? isoDate(value) : kind === 'number' ? Number(value) : kind === 'instant' ? (value as Date).toISOString() : value;
    }
    return record as T;
  }

  /** `INSERT INTO table (every column) VALUES (…)`; `suffix` adds e.g. `ON CONFLICT … DO NOTHING RETURNING id`. */
  insert(table: string, record: T, suffix = ''): [string, unknown[]] {
    const columns = this.entries.map(([, column]) => column);
    const sql = `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((_, i) => `$${i + 1}`).join(', ')}) ${suffix}`;
    return [sql.trim(), this.entries.map((entry) => this.value(record, entry))];
  }

  /** Saves `keys` of the record (and its version) where the stored version is still `expectedVersion`. */
  updateIfVersion(table: string, record: T & { id: string; version: number }, expectedVersion: number, keys: readonly (keyof T)[]): [string, unknown[]] {
    const [sets, values] = this.assignments(record, [...keys, 'version' as keyof T], 3);
    return [`UPDATE ${table} SET ${sets} WHERE id = $1 AND version = $2 RETURNING id`, [record.id, expectedVersion, ...values]];
  }

  /** Saves `keys` of a record that has no version of its own (a child row changed under its parent's version). */
  updateById(table: string, record: T & { id: string }, keys: readonly (keyof T)[]): [string, unknown[]] {
    const [sets, values] = this.assignments(record, keys, 2);
    return [`UPDATE ${table} SET ${sets} WHERE id = $1`, [record.id, ...values]];
  }

  private assignments(record: T, keys: readonly (keyof T)[], first: number): [string, unknown[]] {
    const entries = this.entries.filter(([key]) => keys.includes(key));
    return [entries.map(([, column], i) => `${column} = $${i + first}`).join(', '), entries.map((entry) => this.value(record, entry))];
  }

  private value(record: T, [key, , kind]: [keyof T, string, ColumnKind | null]): unknown {
    return kind === 'json' ? JSON.stringify(record[key]) : record[key];
  }
}

/** What the repositories of supervision share: the schema's tables, lookups by id, paged lists and the unit directory copy. */
@Injectable()
export abstract class SchemaRepository {
  constructor(
    @Inject(DATA_SOURCE) protected readonly dataSource: DataSource,
    @Inject(SCHEMA) protected readonly schema: string,
  ) {}

  protected t(table: string): string {
    return `"${this.schema}".${table}`;
  }

  /** One row by id, optionally locked for the caller's transaction. */
  protected async findRow<T>(table: string, id: string, columns: Columns<T>, manager: EntityManager = this.dataSource.manager, forUpdate = false): Promise<T | null> {
    const [row] = await manager.query(`SELECT * FROM ${this.t(table)} WHERE id = $1${forUpdate ? ' FOR UPDATE' : ''}`, [id]);
    return row ? columns.read(row) : null;
  }

  /** Inserts a record (all its columns); `suffix` adds e.g. `ON CONFLICT … DO NOTHING RETURNING id`. */
  protected insertRow<T>(columns: Columns<T>, table: string, record: T, manager: EntityManager, suffix = ''): Promise<unknown[]> {
    return manager.query(...columns.insert(this.t(table), record, suffix));
  }

  /** Saves `keys` of a record's new version where nobody saved one since `expectedVersion`; false when somebody did. */
  protected async saveIfVersion<T extends { id: string; version: number }>(
    columns: Columns<T>,
    table: string,
    record: T,
    expectedVersion: number,
    keys: readonly (keyof T)[],
    manager: EntityManager,
  ): Promise<boolean> {
    return updatedCount(await manager.query(...columns.updateIfVersion(this.t(table), record, expectedVersion, keys))) === 1;
  }

  /** The rows of a table that meet `condition` (with `$1`… for `params`), in `order`; locked for the caller's tx if asked. */
  protected async select<T>(
    columns: Columns<T>,
    table: string,
    condition: string,
    params: unknown[],
    order: string,
    manager: EntityManager = this.dataSource.manager,
    forUpdate = false,
  ): Promise<T[]> {
    const rows: Record<string, unknown>[] = await manager.query(`SELECT * FROM ${this.t(table)} WHERE ${condition} ORDER BY ${order}${forUpdate ? ' FOR UPDATE' : ''}`, params);
    return rows.map((row) => columns.read(row));
  }

  /** A page of a filtered list with the total (counted again only when the page is past the end). */
  protected async page<T>(from: string, filters: Filters, order: string, page: { limit: number; offset: number }, columns: Columns<T>): Promise<Paged<T>> {
    const n = filters.params.length;
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT *, count(*) OVER () AS total_count FROM ${from} ${filters.sql} ORDER BY ${order} LIMIT $${n + 1} OFFSET $${n + 2}`,
      [...filters.params, page.limit, page.offset],
    );
    let total = rows.length ? Number(rows[0].total_count) : 0;
    if (!rows.length && page.offset > 0) {
      const [row] = await this.dataSource.query(`SELECT count(*)::int AS n FROM ${from} ${filters.sql}`, filters.params);
      total = row.n;
    }
    return { items: rows.map((row) => columns.read(row)), total };
  }

  async unitNames(ids: string[]): Promise<Map<string, string>> {
    if (!ids.length) return new Map();
    const rows: { id: string; name: string }[] = await this.dataSource.query(`SELECT id, name FROM ${this.t('unit_directory')} WHERE id = ANY($1::uuid[])`, [ids]);
    return new Map(rows.map((r) => [r.id, r.name]));
  }

  /** The units among `ids` that are in the directory and active. */
  async activeUnits(ids: string[], manager: EntityManager = this.dataSource.manager): Promise<Set<string>> {
    if (!ids.length) return new Set();
    const rows: { id: string }[] = await manager.query(`SELECT id FROM ${this.t('unit_directory')} WHERE id = ANY($1::uuid[]) AND status = 'active'`, [[...new Set(ids)]]);
    return new Set(rows.map((r) => r.id));
  }

  /** The history lines of some records (of one `recordType` where the table holds several), by record, oldest first. */
  protected async historyOf(table: string, ownerColumn: string, ids: string[], recordType?: string): Promise<Map<string, HistoryLine[]>> {
    const out = new Map<string, HistoryLine[]>();
    if (!ids.length) return out;
    const rows: { owner: string; action: string; note: string; at: Date; actor: string }[] = await this.dataSource.query(
      `SELECT ${ownerColumn} AS owner, action, note, at, actor FROM ${this.t(table)}
        WHERE ${ownerColumn} = ANY($1::uuid[])${recordType ? ' AND record_type = $2' : ''} ORDER BY at, version`,
      recordType ? [ids, recordType] : [ids],
    );
    for (const r of rows) out.set(r.owner, [...(out.get(r.owner) ?? []), { action: r.action, note: r.note, at: r.at.toISOString(), by: r.actor }]);
    return out;
  }
}

export interface HistoryLine {
  action: string;
  note: string;
  at: string;
  by: string;
}
