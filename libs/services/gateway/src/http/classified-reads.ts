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

/**
 * Whether a service's JSON bytes may disclose a record at 机密 or above: a `"secrecyLevel":` anywhere whose value is not
 * 0 or 1 (the services' JSON has no spaces). Only then does the gateway parse an answer it would pass on as it came.
 */
export function mayBeClassified(json: Buffer): boolean {
  for (let at = json.indexOf(SECRECY_KEY); at >= 0; at = json.indexOf(SECRECY_KEY, at + SECRECY_KEY.length)) {
    const next = json[at + SECRECY_KEY.length];
    // Anything but the digits 0 and 1 (2, 3, a longer number, a space, a string) is treated as classified.
    if (next !== 0x30 && next !== 0x31) return true;
    const after = json[at + SECRECY_KEY.length + 1];
    if (after !== 0x2c && after !== 0x7d) return true; // not `0,` / `1}`: e.g. 10 or 1.5
  }
  return false;
}
const SECRECY_KEY = Buffer.from('"secrecyLevel":', 'utf8');

/** The audit reason of a classified read, e.g. `classified_read:绝密`. */
export function classifiedReadReason(read: ClassifiedRead): string {
  return `classified_read:${CLEARANCE_LABELS[read.level as Clearance] ?? read.level}`;
}
