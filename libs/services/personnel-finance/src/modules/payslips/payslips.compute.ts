import type { PayslipFigures } from '@gov/contracts-personnel-finance';
import { contributionsOf, withholdingTax, type ContributionRates } from './payroll.rules.js';

const monthIndex = (year: number, month: number): number => year * 12 + (month - 1);

/** The figures of the months before, as the computation needs them. */
export interface EarlierMonth {
  grossFen: number;
  pensionFen: number;
  medicalFen: number;
  annuityFen: number;
  housingFundFen: number;
  specialAdditionalFen: number;
  iitFen: number;
}

/**
 * One person's month: the personal contributions on the base, then the tax by cumulative withholding over the year's
 * earlier months (each month of a payslip counts as a month employed).
 */
export function computeMonth(input: { grossFen: number; contributionBaseFen: number; specialAdditionalFen: number }, earlier: readonly EarlierMonth[], rates: ContributionRates): PayslipFigures {
  const c = contributionsOf(input.contributionBaseFen, rates);
  const sum = (pick: (m: EarlierMonth) => number) => earlier.reduce((total, m) => total + pick(m), 0);
  const cumulativeIncomeFen = sum((m) => m.grossFen) + input.grossFen;
  const cumulativeSpecialFen = sum((m) => m.pensionFen + m.medicalFen + m.annuityFen + m.housingFundFen) + c.totalFen;
  const cumulativeSpecialAdditionalFen = sum((m) => m.specialAdditionalFen) + input.specialAdditionalFen;
  const withheldBeforeFen = sum((m) => m.iitFen);
  const monthsEmployed = earlier.length + 1;
  const tax = withholdingTax({ incomeFen: cumulativeIncomeFen, months: monthsEmployed, specialFen: cumulativeSpecialFen, specialAdditionalFen: cumulativeSpecialAdditionalFen, withheldFen: withheldBeforeFen });
  return {
    grossFen: input.grossFen,
    contributionBaseFen: input.contributionBaseFen,
    pensionFen: c.pensionFen,
    medicalFen: c.medicalFen,
    annuityFen: c.annuityFen,
    housingFundFen: c.housingFundFen,
    specialAdditionalFen: input.specialAdditionalFen,
    monthsEmployed,
    cumulativeIncomeFen,
    cumulativeSpecialFen,
    cumulativeSpecialAdditionalFen,
    cumulativeTaxableFen: tax.taxableFen,
    cumulativeTaxFen: tax.cumulativeTaxFen,
    withheldBeforeFen,
    iitFen: tax.thisMonthFen,
    netFen: input.grossFen - c.totalFen - tax.thisMonthFen,
    explanation: `三险一金按配置 ${rates.version}（${rates.source}）；${tax.explanation}`,
  };
}

/** A change in force, as the payroll needs it. */
export interface SalaryChangeInForce {
  effectiveYear: number;
  effectiveMonth: number;
  before: { baseSalaryFen: number };
  after: { baseSalaryFen: number };
}

/**
 * The monthly gross in (year, month): the staff record's salary (the pay before any recorded change) plus the 基本工资
 * differences of every change in effect by then — a change effective from month M applies from M on.
 */
export function grossInEffect(recordSalaryFen: number, changes: readonly SalaryChangeInForce[], year: number, month: number): number {
  const at = monthIndex(year, month);
  return changes.filter((c) => monthIndex(c.effectiveYear, c.effectiveMonth) <= at).reduce((gross, c) => gross + c.after.baseSalaryFen - c.before.baseSalaryFen, recordSalaryFen);
}
