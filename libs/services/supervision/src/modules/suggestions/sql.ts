/** Small helpers of the repositories of suggestions, plans and the reform ledger. */

/** A date column as `YYYY-MM-DD` (the pg driver is set to return dates as text; a Date is tolerated). */
export function isoDate(value: unknown): string {
  if (value instanceof Date) return `${value.getFullYear()}-${String(value.getMonth() + 1).padStart(2, '0')}-${String(value.getDate()).padStart(2, '0')}`;
  return String(value).slice(0, 10);
}

export function isoDateOrNull(value: unknown): string | null {
  return value === null || value === undefined ? null : isoDate(value);
}

export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * How many rows an UPDATE … RETURNING changed: TypeORM's PostgreSQL runner answers `[rows, count]` for an
 * UPDATE and the rows alone for a SELECT.
 */
export function updatedCount(result: unknown): number {
  if (Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number') return result[1];
  return Array.isArray(result) ? result.length : 0;
}
