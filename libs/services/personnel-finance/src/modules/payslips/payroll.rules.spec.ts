import { describe, expect, it } from '@jest/globals';
import { bracketOf, contributionsOf, CONTRIBUTION_RATES, cumulativeTaxFen, mulDivRound, ratesOn, withholdingTax } from './payroll.rules.js';

const Y = 100; // 分 per 元

describe('IIT by cumulative withholding (国家税务总局公告2018年第61号, 预扣率表一)', () => {
  it.each([
    // cumulative taxable (元) → rate %, quick deduction (元), cumulative tax (元)
    [0, 3, 0, 0],
    [36_000, 3, 0, 1_080],
    [36_000.01, 10, 2_520, 1_080],
    [144_000, 10, 2_520, 11_880],
    [144_000.01, 20, 16_920, 11_880],
    [300_000, 20, 16_920, 43_080],
    [420_000, 25, 31_920, 73_080],
    [660_000, 30, 52_920, 145_080],
    [960_000, 35, 85_920, 250_080],
    [1_000_000, 45, 181_920, 268_080],
  ])('cumulative taxable ¥%s: %s%% less ¥%s → ¥%s', (taxable, rate, quick, tax) => {
    const fen = Math.round(taxable * Y);
    expect(bracketOf(fen)).toMatchObject({ ratePercent: rate, quickDeductionFen: quick * Y });
    expect(cumulativeTaxFen(fen)).toBe(tax * Y);
  });

  it.each([
    [1, 3, 100, 0],
    [17, 3, 100, 1],
    [16, 3, 100, 0],
    [2_000_000, 800, 10_000, 160_000],
    [1_234_567, 1200, 10_000, 148_148],
  ])('%s × %s / %s rounds half up to %s 分', (value, num, den, result) => {
    expect(mulDivRound(value, num, den)).toBe(result);
  });

  it('a year of ¥20,000 a month (三险一金 26%, 专项附加 ¥2,000) equals the hand computation to the 分', () => {
    const rates = ratesOn('2026-01-01');
    expect(rates?.version).toBe('PR-2024-01');
    const monthly = contributionsOf(20_000 * Y, rates!);
    expect(monthly).toEqual({ pensionFen: 1_600 * Y, medicalFen: 400 * Y, annuityFen: 800 * Y, housingFundFen: 2_400 * Y, totalFen: 5_200 * Y });
    // by hand: taxable 7,800 a month; 3% while the cumulative ≤ 36,000 (months 1–4), then 10% less 2,520
    const hand = [234, 234, 234, 234, 444, 780, 780, 780, 780, 780, 780, 780].map((v) => v * Y);
    let withheld = 0;
    const computed: number[] = [];
    for (let m = 1; m <= 12; m++) {
      const result = withholdingTax({ incomeFen: 20_000 * Y * m, months: m, specialFen: monthly.totalFen * m, specialAdditionalFen: 2_000 * Y * m, withheldFen: withheld });
      computed.push(result.thisMonthFen);
      withheld += result.thisMonthFen;
    }
    expect(computed).toEqual(hand);
    expect(withheld).toBe(6_840 * Y);
  });

  it('a year of ¥50,000 a month without deductions climbs to 30% and totals the annual table’s ¥109,080', () => {
    const hand = [1_980, 4_500, 4_500, 8_100, 9_000, 9_000, 9_750, 11_250, 11_250, 12_750, 13_500, 13_500].map((v) => v * Y);
    let withheld = 0;
    const computed = hand.map((_, i) => {
      const m = i + 1;
      const r = withholdingTax({ incomeFen: 50_000 * Y * m, months: m, specialFen: 0, specialAdditionalFen: 0, withheldFen: withheld });
      withheld += r.thisMonthFen;
      return r.thisMonthFen;
    });
    expect(computed).toEqual(hand);
    expect(withheld).toBe(109_080 * Y);
  });

  it('nothing is taxable below ¥5,000 a month; more withheld than due gives 0, not a refund; the explanation cites 61号', () => {
    expect(withholdingTax({ incomeFen: 4_800 * Y, months: 1, specialFen: 0, specialAdditionalFen: 0, withheldFen: 0 })).toMatchObject({ taxableFen: 0, thisMonthFen: 0 });
    const lower = withholdingTax({ incomeFen: 20_000 * Y, months: 2, specialFen: 0, specialAdditionalFen: 0, withheldFen: 500 * Y });
    expect(lower.thisMonthFen).toBe(0);
    expect(lower.explanation).toContain('国家税务总局公告2018年第61号');
  });

  it('the contribution rates are versioned with their source; none before the first version', () => {
    expect(ratesOn('2023-12-31')).toBeNull();
    for (const r of CONTRIBUTION_RATES) expect(r.source).toMatch(/国办发〔2015〕18号/);
  });
});
