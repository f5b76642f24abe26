import { describe, it, expect } from '@jest/globals';
import { SlidingWindowLimiter } from './rate-limiter.js';

describe('sliding window rate limiter', () => {
  const t0 = 1_800_000_000_000; // a window boundary

  it('allows-up-to-the-limit-then-refuses-with-retry-after', () => {
    const limiter = new SlidingWindowLimiter(3);
    expect([1, 2, 3].map(() => limiter.hit('ip', t0 + 1000).allowed)).toEqual([true, true, true]);
    expect(limiter.hit('ip', t0 + 1000)).toEqual({ allowed: false, retryAfterSeconds: 59 });
  });

  it('keys-are-independent', () => {
    const limiter = new SlidingWindowLimiter(1);
    expect(limiter.hit('a', t0).allowed).toBe(true);
    expect(limiter.hit('b', t0).allowed).toBe(true);
    expect(limiter.hit('a', t0).allowed).toBe(false);
  });

  it('weights-the-previous-window-by-its-remaining-overlap', () => {
    const limiter = new SlidingWindowLimiter(10);
    for (let i = 0; i < 10; i++) expect(limiter.hit('k', t0 + 59_000).allowed).toBe(true);
    // 15 s into the next window, 75 % of the previous 10 hits still count: 7.5 + 2 ≤ 10, a third is too many.
    expect(limiter.hit('k', t0 + 75_000).allowed).toBe(true);
    expect(limiter.hit('k', t0 + 75_000).allowed).toBe(true);
    expect(limiter.hit('k', t0 + 75_000).allowed).toBe(false);
    // Two windows later everything is forgotten.
    expect(limiter.hit('k', t0 + 180_000).allowed).toBe(true);
  });

  it('forgets-idle-keys', () => {
    const limiter = new SlidingWindowLimiter(5);
    limiter.hit('old', t0);
    limiter.hit('new', t0 + 200_000);
    expect(limiter.size()).toBe(1);
  });
});
