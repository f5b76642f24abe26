import type { ErrorSpec } from '@gov/contracts-common';
import { DomainError } from '@gov/platform';

/**
 * Maps a unique-index violation (PostgreSQL 23505) on one of the given indexes to a 409 with a Chinese reason: the
 * check before the insert answers the ordinary case, the index settles a race between two concurrent requests.
 */
export async function conflictOnUnique<T>(work: () => Promise<T>, indexes: Record<string, { spec: ErrorSpec; detail: string }>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    const driver = (error as { driverError?: { code?: string; constraint?: string }; code?: string; constraint?: string }).driverError ?? (error as { code?: string; constraint?: string });
    const match = driver?.code === '23505' && driver.constraint ? indexes[driver.constraint] : undefined;
    if (match) throw new DomainError(match.spec, match.detail);
    throw error;
  }
}
