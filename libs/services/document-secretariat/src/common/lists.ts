import type { CallerContext } from '@gov/contracts-common';
import { visibilitySql, type VisibilitySqlOptions } from './access.js';

/** Anything that runs SQL: the data source, or a transaction's manager. */
export interface Queryable {
  query(sql: string, params?: unknown[]): Promise<unknown>;
}

/** A text for `ILIKE`: `%`, `_` and `\` are taken literally, the rest is a substring to find (Chinese included). */
export function containing(text: string): string {
  return `%${text.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
}

/**
 * The WHERE of a list: the confidentiality rule first, in the SQL (a record the reader may not see is never even
 * counted), then each filter; values become numbered parameters.
 */
export class Filters {
  private readonly clauses: string[];
  readonly params: unknown[];

  /** Without a caller, no visibility rule (lists that are not of confidential records, e.g. 印章). */
  constructor(caller?: CallerContext, alias?: string, options?: VisibilitySqlOptions) {
    const visibility = caller ? visibilitySql(caller, 1, alias, options) : undefined;
    this.clauses = visibility ? [visibility.sql] : [];
    this.params = visibility ? [...visibility.params] : [];
  }

  /**
   * A condition with its values as parameters: with one value every `?` stands for it; with several, the n-th `?` for
   * the n-th value; without any, the condition as it is.
   */
  where(sql: string, ...values: unknown[]): this {
    const first = this.params.length + 1;
    this.params.push(...values);
    let n = 0;
    this.clauses.push(values.length === 1 ? sql.replaceAll('?', `$${first}`) : sql.replace(/\?/g, () => `$${first + n++}`));
    return this;
  }

  /** Substring search (中文 included) over the columns, when `q` has any text. */
  search(q: string | undefined, ...columns: string[]): this {
    const text = q?.trim();
    if (!text) return this;
    return this.where(`(${columns.map((c) => `${c} ILIKE ? ESCAPE '\\'`).join(' OR ')})`, containing(text));
  }

  get sql(): string {
    return this.clauses.length ? this.clauses.join(' AND ') : 'true';
  }
}

export interface PageSelect {
  /** The select list, e.g. `*` or `f.id, f.title`. */
  columns: string;
  /** The FROM clause (tables and joins). */
  from: string;
  filters: Filters;
  orderBy: string;
  limit: number;
  offset: number;
}

/**
 * One page of rows and the number of all rows matching (in the same query); a page past the end still reports the
 * total, so a client paging too far learns how many there are.
 */
export async function selectPage<T>(db: Queryable, select: PageSelect): Promise<{ rows: T[]; total: number }> {
  const { filters } = select;
  const params = [...filters.params, select.limit, select.offset];
  const rows = (await db.query(
    `SELECT ${select.columns}, count(*) OVER () AS total FROM ${select.from} WHERE ${filters.sql}
      ORDER BY ${select.orderBy} LIMIT $${params.length - 1} OFFSET $${params.length}`,
    params,
  )) as (T & { total: string })[];
  let total = rows.length ? Number(rows[0].total) : 0;
  if (!rows.length && select.offset > 0) {
    const [count] = (await db.query(`SELECT count(*) AS total FROM ${select.from} WHERE ${filters.sql}`, filters.params)) as { total: string }[];
    total = Number(count.total);
  }
  return { rows: rows.map(({ total: _total, ...row }) => row as unknown as T), total };
}
