import type { CallerContext, ErrorSpec } from '@gov/contracts-common';
import { DomainError, type Queryable } from '@gov/platform';
import { canSee, visibilityOf, type VisibilityColumns } from './access.js';

/** The error of a record that is not there — or is there but not for this caller: the two answer alike (404). */
export interface NotFound {
  spec: ErrorSpec;
  detail: string;
}

/** The first row of a query by id (`$1`), or the not-found error. Add `FOR UPDATE` to the SQL to lock it for the transaction. */
export async function rowOr404<T>(db: Queryable, sql: string, id: string, notFound: NotFound): Promise<T> {
  const [row] = (await db.query(sql, [id])) as T[];
  if (!row) throw new DomainError(notFound.spec, notFound.detail);
  return row;
}

/**
 * The row of a record by id (`$1`) if the caller may see it, else the not-found error: a reader not cleared for it, or
 * of another unit, learns nothing, not even that it exists.
 */
export async function visibleRowOr404<T extends VisibilityColumns>(db: Queryable, sql: string, id: string, caller: CallerContext, notFound: NotFound): Promise<T> {
  const [row] = (await db.query(sql, [id])) as T[];
  return visibleOr404(row, caller, notFound);
}

/** The row read, if there is one and the caller may see it, else the not-found error. */
export function visibleOr404<T extends VisibilityColumns>(row: T | null | undefined, caller: CallerContext, notFound: NotFound): T {
  if (!row || !canSee(caller, visibilityOf(row))) throw new DomainError(notFound.spec, notFound.detail);
  return row;
}
