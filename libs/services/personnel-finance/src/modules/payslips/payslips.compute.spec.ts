import { describe, expect, it } from '@jest/globals';
import { computeMonth, grossInEffect, type EarlierMonth } from './payslips.compute.js';
import { ratesOn } from './payroll.rules.js';

const Y = 100;
const rates = ratesOn('2026-01-01')!;

describe('one month of a payslip over the year before it (累计预扣法, 国家税务总局公告2018年第61号)', () => {
  it.each([
    // gross, base, special additional, months before (same figures) → iit, net (元)
    [20_000, 20_000, 2_000, 0, 234, 14_566],
    [20_000, 20_000, 2_000, 4, 444, 14_356],
    [20_000, 20_000, 2_000, 11, 780, 14_020],
    [8_000, 6_000, 0, 0, 43.2, 6_396.8],
    [4_000, 4_000, 0, 0, 0, 2_960],
  ])('gross ¥%s on base ¥%s, 专项附加 ¥%s, after %s months → IIT ¥%s, net ¥%s', (gross, base, extra, before, iit, net) => {
    const one = computeMonth({ grossFen: gross * Y, contributionBaseFen: base * Y, specialAdditionalFen: extra * Y }, [], rates);
    const earlier: EarlierMonth[] = [];
    let withheld = 0;
    for (let i = 0; i < before; i++) {
      const m = computeMonth({ grossFen: gross * Y, contributionBaseFen: base * Y, specialAdditionalFen: extra * Y }, earlier, rates);
      earlier.push({ ...m, iitFen: m.iitFen });
      withheld += m.iitFen;
    }
    const month = before ? computeMonth({ grossFen: gross * Y, contributionBaseFen: base * Y, specialAdditionalFen: extra * Y }, earlier, rates) : one;
    expect(month.monthsEmployed).toBe(before + 1);
    expect(month.withheldBeforeFen).toBe(withheld);
    expect(month.iitFen).toBe(Math.round(iit * Y));
    expect(month.netFen).toBe(Math.round(net * Y));
    expect(month.explanation).toContain('PR-2024-01');
  });
});

describe('the 基本工资 in effect for the month (工资晋级晋档 from its effective month on)', () => {
  const change = { effectiveYear: 2026, effectiveMonth: 4, before: { baseSalaryFen: 3_000 * Y }, after: { baseSalaryFen: 4_000 * Y } };

  it.each([
    // year, month → gross (元): the record's ¥10,000, ¥1,000 more from 2026-04 on
    [2026, 3, 10_000],
    [2026, 4, 11_000],
    [2026, 12, 11_000],
    [2027, 1, 11_000],
    [2025, 12, 10_000],
  ])('%s-%s → gross ¥%s', (year, month, gross) => {
    expect(grossInEffect(10_000 * Y, [change], year, month)).toBe(gross * Y);
  });

  it('adds the differences of successive changes, each from its own month', () => {
    const second = { effectiveYear: 2026, effectiveMonth: 9, before: { baseSalaryFen: 4_000 * Y }, after: { baseSalaryFen: 4_350 * Y } };
    expect(grossInEffect(10_000 * Y, [change, second], 2026, 8)).toBe(11_000 * Y);
    expect(grossInEffect(10_000 * Y, [change, second], 2026, 9)).toBe(11_350 * Y);
  });

  it('the IIT continues by cumulative withholding across a change effective in April', () => {
    const earlier: EarlierMonth[] = [];
    const months = [1, 2, 3, 4, 5].map((month) => {
      const gross = grossInEffect(10_000 * Y, [change], 2026, month);
      const m = computeMonth({ grossFen: gross, contributionBaseFen: gross, specialAdditionalFen: 0 }, earlier, rates);
      earlier.push(m);
      return m;
    });
    // January–March: ¥10,000, 三险一金 26 % = ¥2,600, taxable ¥2,400 a month → ¥72 each (3 %)
    expect(months.slice(0, 3).map((m) => m.iitFen)).toEqual([72 * Y, 72 * Y, 72 * Y]);
    // April: cumulative income ¥41,000 − ¥20,000 − ¥10,660 = ¥10,340 × 3 % = ¥310.20, less ¥216 withheld → ¥94.20
    expect(months[3]).toMatchObject({ grossFen: 11_000 * Y, monthsEmployed: 4, cumulativeIncomeFen: 41_000 * Y, cumulativeTaxableFen: 10_340 * Y, withheldBeforeFen: 216 * Y, iitFen: 9_420, netFen: 804_580 });
    // May: ¥52,000 − ¥25,000 − ¥13,520 = ¥13,480 × 3 % = ¥404.40, less ¥310.20 → ¥94.20
    expect(months[4]).toMatchObject({ cumulativeTaxableFen: 13_480 * Y, withheldBeforeFen: 31_020, iitFen: 9_420 });
  });
});
