import { describe, expect, it } from '@jest/globals';
import { canTake, datesRefusal, onProbation, statusAfter } from './staff-members.rules.js';
import { reasonOf } from '@gov/platform';

describe('工作人员: the rules', () => {
  it.each([
    ['update', 'active', true],
    ['withdraw', 'active', true],
    ['update', 'withdrawn', false],
    ['withdraw', 'withdrawn', false],
  ] as const)('%s from %s: %s', (step, status, allowed) => {
    expect(canTake(step, status)).toBe(allowed);
  });

  it('a withdrawal ends in withdrawn; a change keeps the state', () => {
    expect(statusAfter('withdraw', 'active')).toBe('withdrawn');
    expect(statusAfter('update', 'active')).toBe('active');
  });

  it('a withdrawal needs a reason of at least two characters', () => {
    expect(reasonOf('  重复登记  ')).toBe('重复登记');
    expect(reasonOf(' 无 ')).toBeNull();
    expect(reasonOf(undefined)).toBeNull();
  });

  it.each([
    [null, '2026-12-31', false],
    ['2026-12-31', '2026-12-31', true],
    ['2026-06-30', '2026-12-31', false],
  ])('probation ending %s, on %s: probationer %s', (ends, on, expected) => {
    expect(onProbation(ends, on)).toBe(expected);
  });

  it('probation ends after hiring', () => {
    expect(datesRefusal('2026-07-01', '2026-06-30')).toContain('试用期满日期');
    expect(datesRefusal('2026-07-01', '2027-06-30')).toBeNull();
    expect(datesRefusal('2026-07-01', null)).toBeNull();
  });
});
