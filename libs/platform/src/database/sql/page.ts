import type { Conditions } from './conditions.js';

/** Anything that runs SQL: a data source, or a transaction's entity manager. */
export interface Queryable {
  query(sql: string, params?: unknown[]): Promise<unknown>;
}

export interface Paged<T> {
  items: T[];
  total: number;
}

export interface PageSelect {
  /** The select list, e.g. `*` or `f.id, f.title`; `*` when left out. */
  columns?: string;
  /** What follows FROM: a table, or tables and joins. */
  from: string;
  where: Conditions;
  orderBy: string;
  limit: number;
  offset: number;
}

const TOTAL = 'total_count__';

/**
 * One page of rows and the number of all rows matching, in the same query; a page past the end counts again, so a
 * client paging too far still learns how many there are. `read` maps a row (without the total) to the item.
 */
export async function selectPage<T = Record<string, unknown>>(db: Queryable, select: PageSelect, read?: (row: Record<string, unknown>) => T): Promise<Paged<T>> {
  const { where } = select;
  const n = where.params.length;
  const rows = (await db.query(
    `SELECT ${select.columns ?? '*'}, count(*) OVER () AS ${TOTAL} FROM ${select.from} ${where.clause} ORDER BY ${select.orderBy} LIMIT $${n + 1} OFFSET $${n + 2}`,
    [...where.params, select.limit, select.offset],
  )) as Record<string, unknown>[];
  let total = rows.length ? Number(rows[0][TOTAL]) : 0;
  if (!rows.length && select.offset > 0) {
    const [count] = (await db.query(`SELECT count(*)::int AS n FROM ${select.from} ${where.clause}`, [...where.params])) as { n: number | string }[];
    total = Number(count.n);
  }
  const items = rows.map(({ [TOTAL]: _total, ...row }) => (read ? read(row) : (row as T)));
  return { items, total };
}
