import { describe, expect, it } from '@jest/globals';
import { withConcurrency } from './bus.js';
import { subjectMatches } from './in-process-bus.js';

const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('withConcurrency', () => {
  it('never runs more than the limit at once, and runs everything', async () => {
    let running = 0;
    let peak = 0;
    const done: number[] = [];
    await withConcurrency([1, 2, 3, 4, 5, 6, 7], 3, async (n) => {
      running++;
      peak = Math.max(peak, running);
      await tick(5);
      running--;
      done.push(n);
    });
    expect(peak).toBe(3);
    expect(done.sort()).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('with a limit of 1 keeps the order', async () => {
    const done: number[] = [];
    await withConcurrency([3, 1, 2], 1, async (n) => {
      await tick(n);
      done.push(n);
    });
    expect(done).toEqual([3, 1, 2]);
  });

  it('finishes the others when one fails, then reports the failure', async () => {
    const done: number[] = [];
    await expect(
      withConcurrency([1, 2, 3], 2, async (n) => {
        await tick(2);
        if (n === 1) throw new Error('boom');
        done.push(n);
      }),
    ).rejects.toThrow('boom');
    expect(done.sort()).toEqual([2, 3]);
  });
});

describe('subjectMatches (NATS wildcards)', () => {
  it.each([
    ['evt.duty-and-meetings.>', 'evt.duty-and-meetings.unit.created', true],
    ['evt.duty-and-meetings.>', 'evt.duty-and-meetings', false],
    ['rpc.supervision.>', 'rpc.supervision.ops.ping', true],
    ['rpc.*.ops.ping', 'rpc.information.ops.ping', true],
    ['rpc.*.ops.ping', 'rpc.information.ops.ping.extra', false],
    ['evt.a.unit.created', 'evt.a.unit.created', true],
    ['evt.a.unit.created', 'evt.a.unit.updated', false],
  ])('%s matches %s: %s', (pattern, subject, expected) => {
    expect(subjectMatches(pattern, subject)).toBe(expected);
  });
});
