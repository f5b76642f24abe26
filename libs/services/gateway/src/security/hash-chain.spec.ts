import { createHash } from 'node:crypto';
import { describe, it, expect } from '@jest/globals';
import { canonicalJson, chainHash, checkLink, GENESIS_HASH, type ChainedAuditFields, type ChainedRow } from './hash-chain.js';

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

function chain(n: number): ChainedRow[] {
  const rows: ChainedRow[] = [];
  let prev = GENESIS_HASH;
  for (let seq = 1; seq <= n; seq++) {
    const f = fields(seq);
    const hash = chainHash(prev, f);
    rows.push({ ...f, prevHash: prev, hash });
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

  it('hash-is-sha256-of-prev-hash-then-canonical-json', () => {
    const expected = createHash('sha256').update(GENESIS_HASH + canonicalJson(fields(1))).digest('hex');
    expect(chainHash(GENESIS_HASH, fields(1))).toBe(expected);
  });

  it('an-intact-chain-checks-out', () => {
    const rows = chain(5);
    rows.forEach((row, i) => expect(checkLink(rows[i - 1], row)).toEqual({ ok: true }));
  });

  it('an-edited-row-is-detected', () => {
    const rows = chain(3);
    const edited = { ...rows[1], outcome: 'failure' };
    expect(checkLink(rows[0], edited)).toEqual({ ok: false, reason: '记录内容与其哈希不符（已被修改）' });
  });

  it('a-deleted-row-is-detected', () => {
    const rows = chain(3);
    expect(checkLink(rows[0], rows[2])).toEqual({ ok: false, reason: '序号 2 至 2 的记录缺失' });
  });

  it('a-recomputed-row-that-does-not-link-is-detected', () => {
    const rows = chain(3);
    const forged = { ...fields(2, { outcome: 'failure' }), prevHash: 'f'.repeat(64) };
    const row = { ...forged, hash: chainHash(forged.prevHash, forged) };
    expect(checkLink(rows[0], row)).toEqual({ ok: false, reason: '与上一条记录的哈希不衔接' });
  });
});
