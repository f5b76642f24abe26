import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { ErrorSpec } from '@gov/contracts-common';
import { DutyOfficeEvents, type DutyRecordChanged, type DutyRecordKind } from '@gov/contracts-duty-and-meetings';
import { DATA_SOURCE, DomainError, SCHEMA, type Tx, Conditions, selectPage, updateReturning } from '@gov/platform';
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
    const updated = await updateReturning(
      manager,
      `UPDATE ${this.table(table)} SET ${columns.map((c, i) => `${c} = $${i + 1}`).join(', ')}
        WHERE id = $${columns.length + 1} AND version = $${columns.length + 2} RETURNING id`,
      [...values, id, expectedVersion],
    );
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

  /** Inserts the first version of a record and starts its timeline (and its change event) with `action`. */
  async create(tx: Tx, kind: DutyRecordKind, table: string, row: Row & Audited, action: string, by: string, at: Date, reason: string | null = null): Promise<void> {
    await this.insert(table, row, tx.manager);
    await this.recordHistory(tx, kind, row, action, row, by, at, reason);
  }

  /**
   * Writes the next version of a record at the version the caller holds — refused with `conflict` when somebody saved
   * another first — and appends it to the timeline (`snapshot` defaults to the new version; `unitId` names the unit
   * concerned when the table has no `unit_id`). Answers the new version.
   */
  async saveVersion(
    tx: Tx,
    kind: DutyRecordKind,
    table: string,
    current: Row,
    expectedVersion: number,
    changes: Row,
    conflict: [spec: ErrorSpec, message: string],
    change: { action: string; by: string; at: Date; reason?: string | null; snapshot?: object; unitId?: unknown },
  ): Promise<Row> {
    if (!(await this.updateIfVersion(table, current.id as string, expectedVersion, changes, tx.manager))) throw new DomainError(...conflict);
    const next = { ...current, ...changes };
    const record = { id: next.id as string, version: next.version as number, unit_id: change.unitId ?? next.unit_id };
    await this.recordHistory(tx, kind, record, change.action, change.snapshot ?? next, change.by, change.at, change.reason ?? null);
    return next;
  }

  /** The timeline of one record, oldest first. */
  history(kind: DutyRecordKind, id: string): Promise<Row[]> {
    return this.query(`SELECT version, action, reason, changed_by, changed_at FROM {duty_history} WHERE record_kind = $1 AND record_id = $2 ORDER BY version, changed_at`, [kind, id]);
  }

  /** The unit, if it is in the directory and in use: every unit id stored here is checked against it. */
  async activeUnit(unitId: string, manager?: EntityManager): Promise<{ id: string; name: string } | undefined> {
    return this.one(`SELECT id, name FROM {unit} WHERE id = $1 AND status = 'active'`, [unitId], manager);
  }

  /** A page of rows of `{table}` with the total, under the conditions and order; `select` for a join (tables as `{name}`). */
  async page(table: string, where: Conditions, order: string, limit: number, offset: number, select?: { columns: string; from: string }): Promise<{ rows: Row[]; total: number }> {
    const { items, total } = await selectPage<Row>({ query: (sql, params) => this.query(sql, params) }, { columns: select?.columns, from: select?.from ?? `{${table}}`, where, orderBy: order, limit, offset });
    return { rows: items, total };
  }
}

function isJson(value: unknown): boolean {
  return value !== null && typeof value === 'object' && !(value instanceof Date);
}
