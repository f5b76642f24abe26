import { describe, expect, it } from '@jest/globals';
import type { PatrolStatus } from '@gov/contracts-facilities-and-vehicles';
import { canTake, minutesOf, statusAfter, timesProblem, type PatrolStep } from './patrols.rules.js';
import { reasonOf } from '@gov/platform';

describe('巡逻记录: the steps', () => {
  it.each<[PatrolStep, PatrolStatus, boolean]>([
    ['update', 'recorded', true],
    ['void', 'recorded', true],
    ['update', 'voided', false],
    ['void', 'voided', false],
  ])('%s from %s: allowed %s', (step, from, allowed) => expect(canTake(step, from)).toBe(allowed));

  it('voiding ends in voided and needs a reason', () => {
    expect(statusAfter('void', 'recorded')).toBe('voided');
    expect(statusAfter('update', 'recorded')).toBe('recorded');
    expect(reasonOf(' 重复登记 ')).toBe('重复登记');
    expect(reasonOf('')).toBeNull();
  });
});

describe('巡逻记录: the times', () => {
  const now = new Date('2026-12-05T12:00:00Z');
  it.each<[string, string, RegExp | null]>([
    ['2026-12-05T01:00:00Z', '2026-12-05T01:40:00Z', null],
    ['2026-12-05T01:00:00Z', '2026-12-05T01:00:00Z', /须晚于开始时间/],
    ['2026-12-05T01:00:00Z', '2026-12-05T00:59:00Z', /须晚于开始时间/],
    ['2026-12-04T12:00:00Z', '2026-12-05T00:00:00Z', null],
    ['2026-12-04T12:00:00Z', '2026-12-05T00:01:00Z', /不超过 12 小时/],
    ['2026-12-05T11:30:00Z', '2026-12-05T12:04:00Z', null],
    ['2026-12-05T11:30:00Z', '2026-12-05T12:06:00Z', /不能晚于现在/],
  ])('%s → %s', (start, end, problem) => {
    const found = timesProblem(new Date(start), new Date(end), now);
    if (problem) expect(found).toMatch(problem);
    else expect(found).toBeNull();
  });

  it('the length in whole minutes', () => {
    expect(minutesOf(new Date('2026-12-05T01:00:00Z'), new Date('2026-12-05T01:40:29Z'))).toBe(40);
  });
});
