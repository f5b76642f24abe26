import { Inject, Injectable } from '@nestjs/common';
import { Columns, Conditions, DATA_SOURCE, SCHEMA, selectPage, updatedCount, type Paged } from '@gov/platform';
import type { DataSource, EntityManager } from 'typeorm';

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
  protected page<T>(from: string, where: Conditions, orderBy: string, page: { limit: number; offset: number }, columns: Columns<T>): Promise<Paged<T>> {
    return selectPage(this.dataSource, { from, where, orderBy, limit: page.limit, offset: page.offset }, (row) => columns.read(row));
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
