import { createHash, createHmac } from 'node:crypto';

/** The genesis `prev_hash` of the audit chain. */
export const GENESIS_HASH = '0'.repeat(64);

/**
 * How a row's hash was made: `sha256` (rows written before the chain was keyed, kept as they are: audit rows are
 * never rewritten) or `hmac-sm3` (every row since). Once a keyed row exists, an unkeyed one after it is a forgery.
 */
export type ChainAlgorithm = 'sha256' | 'hmac-sm3';
export const KEYED: ChainAlgorithm = 'hmac-sm3';

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

/**
 * The chain's key, derived from FIELD_ENCRYPTION_KEY (HMAC-SM3 over a fixed label), so that it is as secret as
 * that key and separate from its uses: whoever can write the database but lacks the key cannot recompute the chain.
 */
export function auditChainKey(fieldEncryptionKeyHex: string): Buffer {
  return createHmac('sm3', Buffer.from(fieldEncryptionKeyHex, 'hex')).update('gov-office/audit-chain/v1').digest();
}

/**
 * `hash = HMAC-SM3(key, prev_hash || canonical JSON of the row)` with a key; without one (the rows from before the
 * chain was keyed) `sha256(prev_hash || canonical JSON)`. Hex.
 */
export function chainHash(prevHash: string, fields: ChainedAuditFields, key?: Buffer): string {
  const hash = key ? createHmac('sm3', key) : createHash('sha256');
  return hash.update(prevHash).update(canonicalJson(fields)).digest('hex');
}

/** The MAC of the chain's head (its last row's seq and hash), kept outside the audit table. */
export function headMac(key: Buffer, seq: number, hash: string): string {
  return createHmac('sm3', key).update(`audit-head:${seq}:${hash}`).digest('hex');
}

export interface ChainedRow extends ChainedAuditFields {
  prevHash: string;
  hash: string;
  hashAlg: ChainAlgorithm;
}

export type ChainCheck = { ok: true } | { ok: false; reason: string };

/**
 * Checks one row against its predecessor (or, for the oldest row still kept, against nothing but itself:
 * rows older than the retention period may have been purged legitimately).
 */
export function checkLink(previous: ChainedRow | undefined, row: ChainedRow, key: Buffer): ChainCheck {
  if (previous) {
    if (row.seq !== previous.seq + 1) return { ok: false, reason: `序号 ${previous.seq + 1} 至 ${row.seq - 1} 的记录缺失` };
    if (row.prevHash !== previous.hash) return { ok: false, reason: '与上一条记录的哈希不衔接' };
    if (previous.hashAlg === KEYED && row.hashAlg !== KEYED) return { ok: false, reason: '记录未使用密钥哈希（在密钥链之后出现无密钥记录，系伪造）' };
  }
  if (row.seq === 1 && row.prevHash !== GENESIS_HASH) return { ok: false, reason: '首条记录与链的起点不衔接' };
  if (chainHash(row.prevHash, row, row.hashAlg === KEYED ? key : undefined) !== row.hash) return { ok: false, reason: '记录内容与其哈希不符（已被修改）' };
  return { ok: true };
}

/** The head of the chain as anchored outside the audit table: the last row's seq and hash, and their MAC. */
export interface ChainHead {
  seq: number;
  hash: string;
  mac: string;
}

/** Checks the anchored head's own MAC (a head rolled back or invented without the key does not check out). */
export function checkHead(head: ChainHead, key: Buffer): ChainCheck {
  return headMac(key, head.seq, head.hash) === head.mac ? { ok: true } : { ok: false, reason: '链头记录与其校验码不符（已被篡改）' };
}
