import { describe, expect, it } from '@jest/globals';
import { canTake, giftsTotalFen, hasEnded, statusAfter, timeProblems } from './receptions.rules.js';
import { reasonOf } from '@gov/platform';

describe('外宾接待: the rules', () => {
  it.each([
    ['update', 'planned', true],
    ['update', 'scheduled', true],
    ['update', 'held', false],
    ['schedule', 'planned', true],
    ['schedule', 'scheduled', false],
    ['summarize', 'scheduled', true],
    ['summarize', 'planned', false],
    ['withdraw', 'scheduled', true],
    ['withdraw', 'held', false],
    ['withdraw', 'withdrawn', false],
  ] as const)('%s from %s: %s', (step, status, allowed) => {
    expect(canTake(step, status)).toBe(allowed);
  });

  it.each([
    ['schedule', 'planned', 'scheduled'],
    ['summarize', 'scheduled', 'held'],
    ['withdraw', 'scheduled', 'withdrawn'],
    ['update', 'scheduled', 'scheduled'],
  ] as const)('%s from %s ends in %s', (step, from, to) => {
    expect(statusAfter(step, from)).toBe(to);
  });

  it('gift values add up in 分', () => {
    expect(giftsTotalFen([])).toBe(0);
    expect(giftsTotalFen([{ item: '琉璃摆件', recipient: '团长', quantity: 2, unitValueFen: 38_050 }, { item: '陶瓷茶具', recipient: '随员', quantity: 3, unitValueFen: 12_001 }])).toBe(112_103);
  });

  it.each([
    ['within', '2026-05-11T09:00:00+08:00', '2026-05-11T17:00:00+08:00', '2026-05-11T10:00:00+08:00', []],
    ['end before start', '2026-05-11T17:00:00+08:00', '2026-05-11T09:00:00+08:00', '2026-05-11T10:00:00+08:00', ['endsAt', 'programme.0.at']],
    ['programme outside', '2026-05-11T09:00:00+08:00', '2026-05-11T17:00:00+08:00', '2026-05-12T10:00:00+08:00', ['programme.0.at']],
  ])('times: %s', (_name, startsAt, endsAt, at, fields) => {
    expect(timeProblems({ startsAt, endsAt, programme: [{ at, item: '会见' }] }).map((p) => p.field)).toEqual(fields);
  });

  it('the summary comes after the end; a withdrawal needs a reason', () => {
    expect(hasEnded('2026-05-11T17:00:00+08:00', new Date('2026-05-11T09:00:00Z'))).toBe(true);
    expect(hasEnded('2026-05-11T17:00:00+08:00', new Date('2026-05-11T08:59:00Z'))).toBe(false);
    expect(reasonOf(' 外方取消 ')).toBe('外方取消');
    expect(reasonOf('无')).toBeNull();
  });
});
