import { createHash } from 'node:crypto';

/** The genesis `prev_hash` of the audit chain. */
export const GENESIS_HASH = '0'.repeat(64);

/** The fields of an audit row that the chain covers, in their canonical order. */
export interface ChainedAuditFields {
  seq: number;
  id: string;
  occurredAt: string;
  actorId: string | null;
  actorUsername: string | null;
  action: string;
  targetId: string | null;
  outcome: string;
  statusCode: number;
  reason: string | null;
  ip: string | null;
  requestId: string | null;
}

const ORDER: (keyof ChainedAuditFields)[] = ['seq', 'id', 'occurredAt', 'actorId', 'actorUsername', 'action', 'targetId', 'outcome', 'statusCode', 'reason', 'ip', 'requestId'];

/** Canonical JSON: a fixed key order, absent values as null, so the same row always serialises to the same bytes. */
export function canonicalJson(fields: ChainedAuditFields): string {
  return JSON.stringify(Object.fromEntries(ORDER.map((key) => [key, fields[key] ?? null])));
}

/** `hash = sha256(prev_hash || canonical JSON of the row)`, hex. */
export function chainHash(prevHash: string, fields: ChainedAuditFields): string {
  return createHash('sha256').update(prevHash).update(canonicalJson(fields)).digest('hex');
}

export interface ChainedRow extends ChainedAuditFields {
  prevHash: string;
  hash: string;
}

export type ChainCheck = { ok: true } | { ok: false; reason: string };

/**
 * Checks one row against its predecessor (or, for the oldest row still kept, against nothing but itself:
 * rows older than the retention period may have been purged legitimately).
 */
export function checkLink(previous: ChainedRow | undefined, row: ChainedRow): ChainCheck {
  if (previous) {
    if (row.seq !== previous.seq + 1) return { ok: false, reason: `序号 ${previous.seq + 1} 至 ${row.seq - 1} 的记录缺失` };
    if (row.prevHash !== previous.hash) return { ok: false, reason: '与上一条记录的哈希不衔接' };
  }
  if (chainHash(row.prevHash, row) !== row.hash) return { ok: false, reason: '记录内容与其哈希不符（已被修改）' };
  return { ok: true };
}
