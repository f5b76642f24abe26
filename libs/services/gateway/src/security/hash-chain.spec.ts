import { createHash, createHmac } from 'node:crypto';
import { describe, it, expect } from '@jest/globals';
import { auditChainKey, canonicalJson, chainHash, checkHead, checkLink, GENESIS_HASH, headMac, type ChainedAuditFields, type ChainedRow } from './hash-chain.js';

const KEY = auditChainKey('ab'.repeat(32));

function fields(seq: number, overrides: Partial<ChainedAuditFields> = {}): ChainedAuditFields {
  return {
    seq,
    id: `00000000-0000-0000-0000-00000000000${seq}`,
    occurredAt: '2026-05-01T08:00:00.000Z',
    actorId: null,
    actorUsername: 'zhangsan',
    action: 'auth.login',
    targetId: null,
    outcome: 'success',
    statusCode: 200,
    reason: null,
    ip: '10.0.0.1',
    requestId: 'r1',
    ...overrides,
  };
}

/** `n` rows, the first `unkeyed` of them from before the chain was keyed. */
function chain(n: number, unkeyed = 0): ChainedRow[] {
  const rows: ChainedRow[] = [];
  let prev = GENESIS_HASH;
  for (let seq = 1; seq <= n; seq++) {
    const f = fields(seq);
    const keyed = seq > unkeyed;
    const hash = chainHash(prev, f, keyed ? KEY : undefined);
    rows.push({ ...f, prevHash: prev, hash, hashAlg: keyed ? 'hmac-sm3' : 'sha256' });
    prev = hash;
  }
  return rows;
}

describe('audit hash chain', () => {
  it('canonical-json-has-a-fixed-key-order-whatever-the-input-order', () => {
    const reordered = Object.fromEntries(Object.entries(fields(1)).reverse()) as unknown as ChainedAuditFields;
    expect(canonicalJson(reordered)).toBe(canonicalJson(fields(1)));
    expect(canonicalJson(fields(1)).startsWith('{"seq":1,"id":')).toBe(true);
  });

  it('hash-is-sha256-of-prev-hash-then-canonical-json-for-the-rows-before-the-key', () => {
    const expected = createHash('sha256').update(GENESIS_HASH + canonicalJson(fields(1))).digest('hex');
    expect(chainHash(GENESIS_HASH, fields(1))).toBe(expected);
  });

  it('keyed-hash-is-hmac-sm3-of-prev-hash-then-canonical-json', () => {
    const expected = createHmac('sm3', KEY).update(GENESIS_HASH + canonicalJson(fields(1))).digest('hex');
    expect(chainHash(GENESIS_HASH, fields(1), KEY)).toBe(expected);
    expect(expected).not.toBe(chainHash(GENESIS_HASH, fields(1), auditChainKey('cd'.repeat(32))));
  });

  it('a-row-recomputed-without-the-key-is-detected-even-if-it-links', () => {
    const rows = chain(3);
    const edited = { ...rows[1], outcome: 'failure' };
    // Whoever can write the table but lacks the key can only make a plain SHA-256 chain …
    const sha = { ...edited, hashAlg: 'sha256' as const, hash: chainHash(edited.prevHash, edited) };
    expect(checkLink(rows[0], sha, KEY)).toEqual({ ok: false, reason: '记录未使用密钥哈希（在密钥链之后出现无密钥记录，系伪造）' });
    // … or claim a keyed hash they cannot compute.
    const guessed = { ...edited, hash: chainHash(edited.prevHash, edited, auditChainKey('00'.repeat(32))) };
    expect(checkLink(rows[0], guessed, KEY)).toEqual({ ok: false, reason: '记录内容与其哈希不符（已被修改）' });
  });

  it('rows-from-before-the-key-still-check-out-and-the-keyed-chain-continues-from-them', () => {
    const rows = chain(5, 2);
    rows.forEach((row, i) => expect(checkLink(rows[i - 1], row, KEY)).toEqual({ ok: true }));
  });

  it('the-anchored-head-checks-out-only-with-the-key', () => {
    const head = { seq: 7, hash: 'a'.repeat(64), mac: headMac(KEY, 7, 'a'.repeat(64)) };
    expect(checkHead(head, KEY)).toEqual({ ok: true });
    expect(checkHead({ ...head, seq: 5 }, KEY)).toEqual({ ok: false, reason: '链头记录与其校验码不符（已被篡改）' });
  });

  it('an-intact-chain-checks-out', () => {
    const rows = chain(5);
    rows.forEach((row, i) => expect(checkLink(rows[i - 1], row, KEY)).toEqual({ ok: true }));
  });

  it('an-edited-row-is-detected', () => {
    const rows = chain(3);
    const edited = { ...rows[1], outcome: 'failure' };
    expect(checkLink(rows[0], edited, KEY)).toEqual({ ok: false, reason: '记录内容与其哈希不符（已被修改）' });
  });

  it('a-deleted-row-is-detected', () => {
    const rows = chain(3);
    expect(checkLink(rows[0], rows[2], KEY)).toEqual({ ok: false, reason: '序号 2 至 2 的记录缺失' });
  });

  it('a-recomputed-row-that-does-not-link-is-detected', () => {
    const rows = chain(3);
    const forged = { ...fields(2, { outcome: 'failure' }), prevHash: 'f'.repeat(64), hashAlg: 'hmac-sm3' as const };
    const row = { ...forged, hash: chainHash(forged.prevHash, forged, KEY) };
    expect(checkLink(rows[0], row, KEY)).toEqual({ ok: false, reason: '与上一条记录的哈希不衔接' });
  });
});
