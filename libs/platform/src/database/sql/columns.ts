import type { Queryable } from './page.js';

/** A date column as `YYYY-MM-DD` (the pg driver is set to return dates as text; a Date is tolerated). */
export function isoDate(value: unknown): string {
  if (value instanceof Date) return `${value.getFullYear()}-${String(value.getMonth() + 1).padStart(2, '0')}-${String(value.getDate()).padStart(2, '0')}`;
  return String(value).slice(0, 10);
}

export function isoDateOrNull(value: unknown): string | null {
  return value === null || value === undefined ? null : isoDate(value);
}

/** Whether a query's answer is TypeORM's `[rows, count]` of an UPDATE/DELETE (PostgreSQL runner) rather than rows. */
function isUpdateResult(result: unknown): result is [unknown[], number] {
  return Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number';
}

/** How many rows an UPDATE changed (TypeORM answers `[rows, count]` for an UPDATE and the rows alone for a SELECT). */
export function updatedCount(result: unknown): number {
  if (isUpdateResult(result)) return result[1];
  return Array.isArray(result) ? result.length : 0;
}

/** The rows of an `UPDATE … RETURNING` (or of an INSERT or SELECT, which TypeORM answers with the rows alone). */
export async function updateReturning<T>(db: Queryable, sql: string, params: unknown[]): Promise<T[]> {
  const result: unknown = await db.query(sql, params);
  return (isUpdateResult(result) ? result[0] : result) as T[];
}

/** One row of a (schema-qualified) table by id, locked FOR UPDATE when asked; null when there is none. */
export async function rowById<T>(db: Queryable, table: string, id: string, forUpdate = false): Promise<T | null> {
  const [row] = (await db.query(`SELECT * FROM ${table} WHERE id = $1${forUpdate ? ' FOR UPDATE' : ''}`, [id])) as T[];
  return row ?? null;
}

/**
 * How a column is read and written beyond as it is: a date as `YYYY-MM-DD`, JSON written as text, a numeric read as a
 * number, an instant (timestamptz) read as its ISO text, a uuid[] written with its cast.
 */
export type ColumnKind = 'date' | 'json' | 'number' | 'instant' | 'uuid[]';

/** Maps a row type to its table's columns: `{ dueDate: ['due_date', 'date'], title: 'title', … }`. */
export type ColumnSpec<T> = { [K in keyof T]-?: string | readonly [column: string, kind: ColumnKind] };

type Entry<T> = [key: keyof T, column: string, kind: ColumnKind | null];

/** Columns never changed by an update: the id and who created the row, when. */
const NEVER_UPDATED = new Set(['id', 'created_at', 'created_by', 'createdAt', 'createdBy']);

/**
 * A row type's columns, checked against the type: reads a row, writes the INSERT or the versioned UPDATE of a record
 * and gives the select list.
 */
export class Columns<T> {
  private readonly entries: Entry<T>[];

  constructor(spec: ColumnSpec<T>) {
    this.entries = Object.entries(spec).map(([key, value]) => {
      const [column, kind] = typeof value === 'string' ? [value, null] : (value as readonly [string, ColumnKind]);
      return [key as keyof T, column, kind];
    });
  }

  /** A row type whose fields are its columns (snake_case rows): the columns in order, and the kinds of some. */
  static named<T>(columns: readonly (keyof T & string)[], kinds: Partial<Record<keyof T & string, ColumnKind>> = {}): Columns<T> {
    return new Columns<T>(Object.fromEntries(columns.map((c) => [c, kinds[c] ? [c, kinds[c]] : c])) as unknown as ColumnSpec<T>);
  }

  /** The row type's fields, in column order. */
  get keys(): (keyof T)[] {
    return this.entries.map(([key]) => key);
  }

  /** The select list of every column as its field's name (with `alias.` in front when given), dates as `YYYY-MM-DD`. */
  select(alias?: string): string {
    const a = alias ? `${alias}.` : '';
    return this.entries
      .map(([key, column, kind]) => {
        const value = kind === 'date' ? `to_char(${a}${column}, 'YYYY-MM-DD')` : `${a}${column}`;
        return kind !== 'date' && column === String(key) ? value : `${value} AS "${String(key)}"`;
      })
      .join(', ');
  }

  read(row: Record<string, unknown>): T {
    const record = {} as Record<keyof T, unknown>;
    for (const [key, column, kind] of this.entries) {
      const value = (column in row ? row[column] : row[key as string]) ?? null;
      record[key] = value === null ? null : kind === 'date' ? isoDate(value) : kind === 'number' ? Number(value) : kind === 'instant' ? new Date(value as Date).toISOString() : value;
    }
    return record as T;
  }

  /** `INSERT INTO table (every column) VALUES (…)`; `suffix` adds e.g. `ON CONFLICT … DO NOTHING RETURNING id`. */
  insert(table: string, record: T, suffix = ''): [string, unknown[]] {
    const sql = `INSERT INTO ${table} (${this.entries.map(([, column]) => column).join(', ')}) VALUES (${this.entries.map((entry, i) => this.placeholder(entry, i + 1)).join(', ')}) ${suffix}`;
    return [sql.trim(), this.entries.map((entry) => this.value(record, entry))];
  }

  /**
   * Saves `keys` of the record (and its version) where the stored version is still `expectedVersion`; without `keys`,
   * every column but the id and who created the row, when.
   */
  updateIfVersion(table: string, record: T & { id: string; version: number }, expectedVersion: number, keys?: readonly (keyof T)[]): [string, unknown[]] {
    const [sets, values] = this.assignments(record, keys ? [...keys, 'version' as keyof T] : this.updatable(), 3);
    return [`UPDATE ${table} SET ${sets} WHERE id = $1 AND version = $2 RETURNING id`, [record.id, expectedVersion, ...values]];
  }

  /** Saves `keys` of a record that has no version of its own (a child row changed under its parent's version). */
  updateById(table: string, record: T & { id: string }, keys: readonly (keyof T)[]): [string, unknown[]] {
    const [sets, values] = this.assignments(record, keys, 2);
    return [`UPDATE ${table} SET ${sets} WHERE id = $1`, [record.id, ...values]];
  }

  private updatable(): (keyof T)[] {
    return this.entries.filter(([key, column]) => !NEVER_UPDATED.has(String(key)) && !NEVER_UPDATED.has(column)).map(([key]) => key);
  }

  private assignments(record: T, keys: readonly (keyof T)[], first: number): [string, unknown[]] {
    const entries = this.entries.filter(([key]) => keys.includes(key));
    return [entries.map((entry, i) => `${entry[1]} = ${this.placeholder(entry, i + first)}`).join(', '), entries.map((entry) => this.value(record, entry))];
  }

  private placeholder([, , kind]: Entry<T>, n: number): string {
    return kind === 'uuid[]' ? `$${n}::uuid[]` : `$${n}`;
  }

  /** A JSON value is written as its text, null as JSON `null` (jsonb columns are NOT NULL; a null explanation is `null`). */
  private value(record: T, [key, , kind]: Entry<T>): unknown {
    return kind === 'json' ? JSON.stringify(record[key]) : record[key];
  }
}

/** A table and its row type's columns: the statements run, for repositories. `name` is schema-qualified. */
export class Table<T extends { id: string }> {
  constructor(
    readonly name: string,
    readonly columns: Columns<T>,
  ) {}

  select(alias?: string): string {
    return this.columns.select(alias);
  }

  async insert(db: Queryable, record: T, suffix = ''): Promise<unknown> {
    return db.query(...this.columns.insert(this.name, record, suffix));
  }

  /** Saves the record (or `keys` of it) if nobody saved it since `expectedVersion`; false when somebody did. */
  async saveIfVersion(db: Queryable, record: T & { version: number }, expectedVersion: number, keys?: readonly (keyof T)[]): Promise<boolean> {
    return updatedCount(await db.query(...this.columns.updateIfVersion(this.name, record, expectedVersion, keys))) === 1;
  }

  /** The record by id, locked for the caller's transaction when asked; null when there is none. */
  async find(db: Queryable, id: string, forUpdate = false): Promise<T | null> {
    const [row] = (await db.query(`SELECT ${this.select()} FROM ${this.name} WHERE id = $1${forUpdate ? ' FOR UPDATE' : ''}`, [id])) as Record<string, unknown>[];
    return row ? this.columns.read(row) : null;
  }
}
