import type { Queryable } from './page.js';

/**
 * Takes the transaction-scoped advisory lock named `key` if nobody holds it (released at commit or rollback): one
 * replica at a time runs a sweep; the others skip it. False when another transaction holds it.
 */
export async function tryTransactionLock(tx: Queryable, key: string): Promise<boolean> {
  const [{ locked }] = (await tx.query(`SELECT pg_try_advisory_xact_lock(hashtext($1)) AS locked`, [key])) as { locked: boolean }[];
  return locked;
}

/**
 * Takes the session-level advisory lock named `key` on a dedicated connection (a query runner) if nobody holds it: for
 * a job that spans many transactions. Release it with `releaseSessionLock` on the same connection.
 */
export async function trySessionLock(session: Queryable, key: string): Promise<boolean> {
  const [{ locked }] = (await session.query(`SELECT pg_try_advisory_lock(hashtext($1)) AS locked`, [key])) as { locked: boolean }[];
  return locked;
}

export async function releaseSessionLock(session: Queryable, key: string): Promise<void> {
  await session.query(`SELECT pg_advisory_unlock(hashtext($1))`, [key]);
}
