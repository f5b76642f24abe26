import type { EntityManager } from 'typeorm';

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

export interface ColumnTypes {
  /** Stored as jsonb: written as JSON text. */
  json?: readonly string[];
  /** `date` columns: read as `YYYY-MM-DD` text, never shifted by a time zone. */
  dates?: readonly string[];
}

const UUID_ARRAYS = new Set(['unit_ids', 'user_ids']);
const NEVER_UPDATED = new Set(['id', 'created_at', 'created_by']);

/**
 * The SQL of one table of versioned records, column by column: insert, update from the version read (optimistic
 * concurrency) and find by id (locked for the transaction when asked).
 */
export class RecordTable<Row extends { id: string }> {
  private readonly json: Set<string>;
  private readonly dates: Set<string>;

  /** `name` is the schema-qualified table name. */
  constructor(
    readonly name: string,
    private readonly columns: readonly (keyof Row & string)[],
    types: ColumnTypes = {},
  ) {
    this.json = new Set(types.json);
    this.dates = new Set(types.dates);
  }

  /** The select list of every column (with `alias.` in front when given), dates as `YYYY-MM-DD`. */
  select(alias?: string): string {
    const a = alias ? `${alias}.` : '';
    return this.columns.map((c) => (this.dates.has(c) ? `to_char(${a}${c}, 'YYYY-MM-DD') AS ${c}` : `${a}${c}`)).join(', ');
  }

  async insert(row: Row, manager: EntityManager): Promise<void> {
    await manager.query(
      `INSERT INTO ${this.name} (${this.columns.join(', ')}) VALUES (${this.columns.map((c, i) => this.placeholder(c, i + 1)).join(', ')})`,
      this.columns.map((c) => this.value(row, c)),
    );
  }

  /** Saves the row if nobody saved it since `expectedVersion`; false when somebody did. */
  async update(row: Row, expectedVersion: number, manager: EntityManager): Promise<boolean> {
    const columns = this.columns.filter((c) => !NEVER_UPDATED.has(c));
    const [, affected] = await manager.query(
      `UPDATE ${this.name} SET ${columns.map((c, i) => `${c} = ${this.placeholder(c, i + 3)}`).join(', ')} WHERE id = $1 AND version = $2`,
      [row.id, expectedVersion, ...columns.map((c) => this.value(row, c))],
    );
    return affected === 1;
  }

  async find(id: string, manager: EntityManager, lock = false): Promise<Row | null> {
    const [row] = await manager.query(`SELECT ${this.select()} FROM ${this.name} WHERE id = $1${lock ? ' FOR UPDATE' : ''}`, [id]);
    return row ?? null;
  }

  private placeholder(column: string, n: number): string {
    return `$${n}${UUID_ARRAYS.has(column) ? '::uuid[]' : ''}`;
  }

  private value(row: Row, column: keyof Row & string): unknown {
    const v = row[column];
    return this.json.has(column) && v !== null && v !== undefined ? JSON.stringify(v) : v;
  }
}

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
