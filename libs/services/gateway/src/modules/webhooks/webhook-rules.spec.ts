import { describe, expect, it } from '@jest/globals';
import { backoffDelayMs, isSubjectPattern, shouldPause, subscribedTo } from './webhook-rules.js';

describe('webhook rules', () => {
  describe('backoff', () => {
    const policy = { baseMs: 1000, maxMs: 60_000 };

    it('doubles-after-each-failure-with-equal-jitter-between-half-and-all-of-the-step', () => {
      expect([1, 2, 3, 4].map((n) => backoffDelayMs(n, policy, () => 0))).toEqual([500, 1000, 2000, 4000]);
      expect([1, 2, 3, 4].map((n) => backoffDelayMs(n, policy, () => 0.999999))).toEqual([1000, 2000, 4000, 8000]);
      expect(backoffDelayMs(3, policy, () => 0.5)).toBe(3000);
    });

    it('is-capped-at-the-maximum-and-never-overflows', () => {
      expect(backoffDelayMs(7, policy, () => 0.999999)).toBe(60_000);
      expect(backoffDelayMs(10_000, policy, () => 0)).toBe(30_000);
      expect(backoffDelayMs(0, policy, () => 0)).toBe(500);
    });

    it('spreads-retries-of-the-same-step', () => {
      const delays = new Set(Array.from({ length: 50 }, () => backoffDelayMs(5, policy)));
      expect(delays.size).toBeGreaterThan(10);
      for (const delay of delays) expect(delay).toBeGreaterThanOrEqual(8000);
      for (const delay of delays) expect(delay).toBeLessThanOrEqual(16_000);
    });
  });

  describe('pause rule', () => {
    const since = new Date('2026-12-01T08:00:00Z');
    const rule = { failures: 5, minutes: 30 };

    it('pauses-only-after-n-consecutive-failures-lasting-t-minutes', () => {
      expect(shouldPause(5, since, new Date('2026-12-01T08:30:00Z'), rule)).toBe(true);
      expect(shouldPause(4, since, new Date('2026-12-01T10:00:00Z'), rule)).toBe(false);
      expect(shouldPause(50, since, new Date('2026-12-01T08:29:59Z'), rule)).toBe(false);
      expect(shouldPause(5, null, new Date('2026-12-01T10:00:00Z'), rule)).toBe(false);
    });

    it('with-zero-minutes-the-count-alone-decides', () => {
      expect(shouldPause(3, since, since, { failures: 3, minutes: 0 })).toBe(true);
      expect(shouldPause(2, since, since, { failures: 3, minutes: 0 })).toBe(false);
    });
  });

  describe('subjects', () => {
    it('accepts-evt-subjects-with-nats-wildcards', () => {
      for (const ok of ['evt.>', 'evt.supervision.>', 'evt.supervision.item.*', 'evt.supervision.item.created', 'evt.*.ops.dead-letter-recorded', 'evt.duty-and-meetings.unit.created']) {
        expect({ ok, valid: isSubjectPattern(ok) }).toEqual({ ok, valid: true });
      }
    });

    it('refuses-other-subjects-and-malformed-patterns', () => {
      for (const bad of ['evt', 'rpc.supervision.>', 'evt.supervision.>.x', 'evt..item', 'evt.supervision.item*', 'evt.Supervision.>', '>', '', 'evt.supervision item']) {
        expect({ bad, valid: isSubjectPattern(bad) }).toEqual({ bad, valid: false });
      }
    });

    it('matches-an-event-subject-against-any-of-the-patterns', () => {
      expect(subscribedTo(['evt.supervision.item.*'], 'evt.supervision.item.created')).toBe(true);
      expect(subscribedTo(['evt.supervision.item.*'], 'evt.supervision.plan.filed')).toBe(false);
      expect(subscribedTo(['evt.document-secretariat.>', 'evt.supervision.>'], 'evt.supervision.plan.filed')).toBe(true);
      expect(subscribedTo(['evt.>'], 'evt.gateway.ops.dead-letter-recorded')).toBe(true);
      expect(subscribedTo(['evt.supervision.item.created'], 'evt.supervision.item.created.extra')).toBe(false);
    });
  });
});
