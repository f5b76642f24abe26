import { CLEARANCE_LABELS, type Clearance } from '@gov/contracts-common';

/** From this 密级 up (机密, 绝密) every read of a record or file is audited. */
export const AUDITED_READ_LEVEL = 2;

export interface ClassifiedRead {
  /** The highest 密级 among what was read. */
  level: number;
  /** The ids of the classified records read (one for a record, several for a list). */
  ids: string[];
}

function levelOf(value: unknown): { level: number; id: string | null } | null {
  if (!value || typeof value !== 'object') return null;
  const { secrecyLevel, id } = value as { secrecyLevel?: unknown; id?: unknown };
  return typeof secrecyLevel === 'number' ? { level: secrecyLevel, id: typeof id === 'string' ? id : null } : null;
}

/**
 * What an answer discloses at 机密 or above: records carry their 密级 as `secrecyLevel`, a record answer at its
 * top level and a list answer on each of its `items`. Null when nothing in it is 机密 or above.
 */
export function classifiedIn(answer: unknown): ClassifiedRead | null {
  const found = [levelOf(answer), ...(Array.isArray((answer as { items?: unknown } | null)?.items) ? ((answer as { items: unknown[] }).items.map(levelOf)) : [])].filter(
    (entry): entry is { level: number; id: string | null } => entry !== null && entry.level >= AUDITED_READ_LEVEL,
  );
  if (!found.length) return null;
  return { level: Math.max(...found.map((f) => f.level)), ids: found.flatMap((f) => (f.id ? [f.id] : [])) };
}

/** The audit reason of a classified read, e.g. `classified_read:绝密`. */
export function classifiedReadReason(read: ClassifiedRead): string {
  return `classified_read:${CLEARANCE_LABELS[read.level as Clearance] ?? read.level}`;
}
