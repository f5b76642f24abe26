import { describe, expect, it } from '@jest/globals';
import type { DuesCategory } from '@gov/contracts-party-affairs';
import { monthlyDues, yuan } from './dues.rules.js';

/** 中组发〔2008〕3号: the rate applies to the whole base; each bracket's edge on both sides. */
describe('党费 (中组发〔2008〕3号)', () => {
  const cases: [DuesCategory, number, number][] = [
    // in service: ≤3000 → 0.5%, ≤5000 → 1%, ≤10000 → 1.5%, >10000 → 2%
    ['in_service', 0, 0],
    ['in_service', 300_000, 1_500], // 3000.00 → 15.00
    ['in_service', 300_001, 3_000], // 3000.01 → 1% of the whole base = 30.0001 → 30.00
    ['in_service', 500_000, 5_000], // 5000.00 → 50.00
    ['in_service', 500_001, 7_500], // 5000.01 → 1.5% = 75.00015 → 75.00
    ['in_service', 540_000, 8_100], // 5400 → 81.00 (RULES.md §2.11 example)
    ['in_service', 1_000_000, 15_000], // 10000.00 → 150.00
    ['in_service', 1_000_001, 20_000], // 10000.01 → 2% = 200.0002 → 200.00
    ['in_service', 123_450, 617], // 1234.50 × 0.5% = 6.1725 → 6.17
    ['in_service', 123_500, 618], // 1235.00 × 0.5% = 6.175 → 6.18 (half up)
    // retirees: ≤5000 → 0.5%, >5000 → 1%
    ['retired', 500_000, 2_500],
    ['retired', 500_001, 5_000],
    ['retired', 300_001, 1_500],
    // students and low income: 0.2 元 a month whatever the base
    ['student', 0, 20],
    ['low_income', 800_000, 20],
  ];

  it.each(cases)('%s with a base of %i 分 pays %i 分 a month', (category, baseFen, expected) => {
    expect(monthlyDues(category, baseFen).monthlyFen).toBe(expected);
  });

  it('cites the 规定 and says the rate is on the whole base', () => {
    const { explanation } = monthlyDues('in_service', 540_000);
    expect(explanation).toContain('中组发〔2008〕3号');
    expect(explanation).toContain('5400.00 元');
    expect(explanation).toContain('81.00 元');
    expect(explanation).toContain('不分段累进');
  });

  it('refuses a base that is not a non-negative integer of 分', () => {
    expect(() => monthlyDues('in_service', -1)).toThrow(RangeError);
    expect(() => monthlyDues('in_service', 10.5)).toThrow(RangeError);
  });

  it('writes 分 as yuan with two decimals', () => {
    expect([yuan(8_100), yuan(20), yuan(5), yuan(0)]).toEqual(['81.00', '0.20', '0.05', '0.00']);
  });
});
