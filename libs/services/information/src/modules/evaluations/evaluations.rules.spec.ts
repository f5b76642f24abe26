import { describe, expect, it } from '@jest/globals';
import { isChangeable, monthsOf, yearLines } from './evaluations.rules.js';
import { reasonOf } from '@gov/platform';

// Issue 16 §6: the yearly 业绩考评 adds the months (the monthly notice's scores, RULES.md §2.7) and reasoned adjustments.
const A = '00000000-0000-4000-8000-00000000000a';
const B = '00000000-0000-4000-8000-00000000000b';
const C = '00000000-0000-4000-8000-00000000000c';

describe('evaluations rules', () => {
  it.each([
    ['draft', true],
    ['final', false],
  ] as const)('a %s evaluation is changeable: %s', (status, expected) => {
    expect(isChangeable(status)).toBe(expected);
  });

  it.each([
    [undefined, null],
    ['', null],
    [' 好 ', null],
    [' 漏报补登 ', '漏报补登'],
  ])('reason %p → %p', (text, expected) => {
    expect(reasonOf(text)).toBe(expected);
  });

  it('gives the twelve months of a year', () => {
    expect(monthsOf(2026)).toEqual(['2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-10', '2026-11', '2026-12']);
  });

  it('sums the months per unit, adds the adjustments not withdrawn and ranks (equal scores share a rank)', () => {
    const lines = yearLines(
      [
        { month: '2026-03', rows: [{ unitId: A, unitName: '甲局', score: 25 }, { unitId: B, unitName: '乙局', score: 5 }] },
        { month: '2026-01', rows: [{ unitId: A, unitName: '甲局（旧名）', score: 5 }, { unitId: B, unitName: '乙局', score: 20 }] },
      ],
      [
        { unitId: B, unitName: '乙局', points: 5, withdrawn: false },
        { unitId: B, unitName: '乙局', points: 50, withdrawn: true },
        { unitId: C, unitName: '丙镇', points: -3, withdrawn: false },
      ],
    );
    expect(lines).toEqual([
      { rank: 1, unitId: A, unitName: '甲局', months: [5, 0, 25, 0, 0, 0, 0, 0, 0, 0, 0, 0], monthsTotal: 30, adjustment: 0, score: 30 },
      { rank: 1, unitId: B, unitName: '乙局', months: [20, 0, 5, 0, 0, 0, 0, 0, 0, 0, 0, 0], monthsTotal: 25, adjustment: 5, score: 30 },
      { rank: 3, unitId: C, unitName: '丙镇', months: new Array(12).fill(0), monthsTotal: 0, adjustment: -3, score: -3 },
    ]);
  });

  it('gives no lines for a year without records', () => {
    expect(yearLines([], [])).toEqual([]);
  });
});
