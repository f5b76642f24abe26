import { describe, expect, it } from '@jest/globals';
import { computeMonth, type EarlierMonth } from './payslips.compute.js';
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
