import { describe, expect, it } from '@jest/globals';
import { BoundedCache } from './bounded-cache.js';

describe('BoundedCache (the session cache)', () => {
  it('never-holds-more-than-its-bound-and-evicts-the-least-recently-used', () => {
    const cache = new BoundedCache<number>(3, 10_000);
    for (const key of ['a', 'b', 'c']) cache.set(key, 1, 0);
    expect(cache.get('a', 1)).toBe(1); // a is now the most recently used
    cache.set('d', 1, 2);
    expect(cache.size()).toBe(3);
    expect(cache.peek('b')).toBeUndefined();
    expect(cache.peek('a')).toBe(1);
    for (let i = 0; i < 1000; i++) cache.set(`k${i}`, i, 3);
    expect(cache.size()).toBe(3);
  });

  it('serves-an-entry-while-fresh-and-keeps-a-stale-one-only-for-peeking', () => {
    const cache = new BoundedCache<string>(10, 10_000, 60_000);
    cache.set('s', 'v', 0);
    expect(cache.get('s', 10_000)).toBe('v');
    expect(cache.get('s', 10_001)).toBeUndefined();
    expect(cache.peek('s')).toBe('v');
  });

  it('sweeps-entries-unused-for-longer-than-keep', () => {
    const cache = new BoundedCache<string>(10, 10_000, 60_000);
    cache.set('old', 'v', 0);
    cache.set('recent', 'v', 55_000);
    expect(cache.get('other', 60_001)).toBeUndefined();
    expect(cache.peek('old')).toBeUndefined();
    expect(cache.peek('recent')).toBe('v');
    expect(cache.size()).toBe(1);
  });

  it('loads-a-missing-key-once-for-concurrent-callers', async () => {
    const cache = new BoundedCache<string>(10, 10_000);
    let calls = 0;
    let release: (value: string) => void = () => undefined;
    const loader = () => {
      calls++;
      return new Promise<string>((resolve) => (release = resolve));
    };
    const both = Promise.all([cache.load('s', loader), cache.load('s', loader)]);
    release('loaded');
    await expect(both).resolves.toEqual(['loaded', 'loaded']);
    expect(calls).toBe(1);
    await expect(cache.load('s', loader)).resolves.toBe('loaded');
    expect(calls).toBe(1);
  });

  it('does-not-store-a-load-that-was-invalidated-while-in-flight-nor-a-failed-one', async () => {
    const cache = new BoundedCache<{ account: string }>(10, 10_000);
    let release: (value: { account: string }) => void = () => undefined;
    const pending = cache.load('s', () => new Promise((resolve) => (release = resolve)));
    cache.deleteWhere((v) => v.account === 'x'); // e.g. the account's password changed meanwhile
    release({ account: 'x' });
    await expect(pending).resolves.toEqual({ account: 'x' });
    expect(cache.peek('s')).toBeUndefined();

    await expect(cache.load('t', () => Promise.reject(new Error('会话已结束')))).rejects.toThrow('会话已结束');
    expect(cache.peek('t')).toBeUndefined();
    await expect(cache.load('t', () => Promise.resolve({ account: 'y' }))).resolves.toEqual({ account: 'y' });
  });
});
