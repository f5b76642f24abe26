import { describe, expect, it } from '@jest/globals';
import type { GuideStatus } from '@gov/contracts-disclosure';
import { canTake, effectiveOrderProblem, statusAfter, versionInForce, type GuideStep } from './guides.rules.js';
import { reasonOf } from '@gov/platform';

describe('政府信息公开指南: the rules', () => {
  it.each<[GuideStep, GuideStatus, boolean]>([
    ['revise', 'in_force', true],
    ['revise', 'retired', false],
    ['withdraw', 'in_force', true],
    ['withdraw', 'retired', false],
  ])('%s from %s: %s', (step, status, ok) => {
    expect(canTake(step, status)).toBe(ok);
  });

  it('a revision keeps it in force; a withdrawal retires it', () => {
    expect(statusAfter('revise', 'in_force')).toBe('in_force');
    expect(statusAfter('withdraw', 'in_force')).toBe('retired');
  });

  it.each<[string, string, string | null]>([
    ['2026-01-01', '2026-07-01', null],
    ['2026-01-01', '2026-01-01', '新版本的施行日期须晚于现行版本的施行日期（2026-01-01）'],
    ['2026-01-01', '2025-12-31', '新版本的施行日期须晚于现行版本的施行日期（2026-01-01）'],
  ])('current from %s, next from %s: %p', (current, next, problem) => {
    expect(effectiveOrderProblem(current, next)).toBe(problem);
  });

  it.each<[string, number | null]>([
    ['2023-12-31', null],
    ['2024-01-01', 1],
    ['2025-06-30', 1],
    ['2025-07-01', 2],
    ['2027-01-01', 3],
  ])('the version in force on %s is %p', (on, number) => {
    const versions = [
      { number: 1, effectiveOn: '2024-01-01' },
      { number: 2, effectiveOn: '2025-07-01' },
      { number: 3, effectiveOn: '2026-10-01' },
    ];
    expect(versionInForce(versions, on)?.number ?? null).toBe(number);
  });

  it.each<[string | undefined, string | null]>([
    [undefined, null],
    ['  ', null],
    [' 机构撤并 ', '机构撤并'],
  ])('reason %p → %p', (text, reason) => {
    expect(reasonOf(text)).toBe(reason);
  });
});
