import type { EntityManager } from 'typeorm';

/**
 * SQL helpers shared by the service's repositories: the rows of an UPDATE, Chinese substring search patterns, and one
 * paged search (conditions with `?` placeholders, the total counted in the same query).
 */

/**
 * The rows of an `UPDATE … RETURNING`: TypeORM's PostgreSQL driver answers an UPDATE with `[rows, count]`
 * and an INSERT or SELECT with the rows alone.
 */
export async function updateReturning<T>(manager: EntityManager, sql: string, params: unknown[]): Promise<T[]> {
  const result: unknown = await manager.query(sql, params);
  if (Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number') return result[0] as T[];
  return result as T[];
}

/** One row of a table (schema-qualified) by id, locked FOR UPDATE when asked; undefined when there is none. */
export async function rowById<T>(manager: EntityManager, table: string, id: string, forUpdate = false): Promise<T | undefined> {
  const [row] = (await manager.query(`SELECT * FROM ${table} WHERE id = $1${forUpdate ? ' FOR UPDATE' : ''}`, [id])) as T[];
  return row;
}

/** A substring pattern for `ILIKE ? ESCAPE '\'`: the text's own `\`, `%` and `_` match literally. */
export function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** The WHERE conditions of a search: each `add` takes one value, and every `?` in its SQL stands for that value. */
export class Conditions {
  readonly params: unknown[] = [];
  private readonly where: string[] = [];

  add(sql: string, value: unknown): this {
    this.params.push(value);
    this.where.push(sql.replaceAll('?', `$${this.params.length}`));
    return this;
  }

  clause(): string {
    return this.where.length ? `WHERE ${this.where.join(' AND ')}` : '';
  }
}

export type RunQuery = (sql: string, params: unknown[]) => Promise<unknown[]>;

/**
 * One page of `SELECT <columns> <from>` under the conditions, in the given order, with the total of all matching rows; a
 * page past the end still reports the total.
 */
export async function searchPage<T>(
  run: RunQuery,
  select: { columns: string; from: string },
  conditions: Conditions,
  order: string,
  page: { limit: number; offset: number },
): Promise<{ items: T[]; total: number }> {
  const { params } = conditions;
  const rows = (await run(
    `SELECT ${select.columns}, count(*) OVER () AS total_count ${select.from} ${conditions.clause()} ORDER BY ${order} LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
    [...params, page.limit, page.offset],
  )) as (T & { total_count: string })[];
  if (rows.length || page.offset === 0) return { items: rows, total: rows.length ? Number(rows[0].total_count) : 0 };
  const [count] = (await run(`SELECT count(*)::int AS n ${select.from} ${conditions.clause()}`, params)) as { n: number }[];
  return { items: [], total: count.n };
}
