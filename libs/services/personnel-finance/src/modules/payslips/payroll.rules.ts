/**
 * Payroll deductions and individual income tax, in integer 分 (never floats).
 *
 * - 三险一金 personal rates: versioned configuration with effective date and source (RULES.md §2.10, [U] — to be
 *   confirmed with the district finance bureau); a payslip keeps the version it was computed under.
 * - IIT by cumulative withholding: 国家税务总局公告2018年第61号《个人所得税扣缴申报管理办法（试行）》第六条 and its annex
 *   (综合所得个人所得税预扣率表一): this month's tax = (cumulative taxable × rate − quick deduction) − cumulative
 *   reductions − tax already withheld; cumulative taxable = cumulative income − ¥5,000 × months employed this year −
 *   cumulative special deductions (三险一金) − cumulative special additional deductions − other deductions.
 */

export const IIT_SOURCE = '国家税务总局公告2018年第61号《个人所得税扣缴申报管理办法（试行）》第六条及附件（个人所得税预扣率表一）';

/** ¥5,000 a month (基本减除费用), in 分. */
export const MONTHLY_BASIC_DEDUCTION_FEN = 500_000;

export interface Bracket {
  /** Upper bound of cumulative taxable income in 分 (inclusive); null for the last bracket. */
  upToFen: number | null;
  /** Rate in percent. */
  ratePercent: number;
  /** Quick deduction in 分. */
  quickDeductionFen: number;
}

/** 预扣率表一（居民个人工资、薪金所得预扣预缴适用）: 7 brackets with their quick deductions. */
export const IIT_BRACKETS: readonly Bracket[] = [
  { upToFen: 3_600_000, ratePercent: 3, quickDeductionFen: 0 },
  { upToFen: 14_400_000, ratePercent: 10, quickDeductionFen: 252_000 },
  { upToFen: 30_000_000, ratePercent: 20, quickDeductionFen: 1_692_000 },
  { upToFen: 42_000_000, ratePercent: 25, quickDeductionFen: 3_192_000 },
  { upToFen: 66_000_000, ratePercent: 30, quickDeductionFen: 5_292_000 },
  { upToFen: 96_000_000, ratePercent: 35, quickDeductionFen: 8_592_000 },
  { upToFen: null, ratePercent: 45, quickDeductionFen: 18_192_000 },
];

/** The bracket of a cumulative taxable income (分, ≥ 0). */
export function bracketOf(taxableFen: number): Bracket {
  return IIT_BRACKETS.find((b) => b.upToFen === null || taxableFen <= b.upToFen) as Bracket;
}

/** `value × numerator / denominator`, rounded half up to the 分 (integers only; value ≥ 0). */
export function mulDivRound(value: number, numerator: number, denominator: number): number {
  const product = BigInt(value) * BigInt(numerator);
  const d = BigInt(denominator);
  return Number((product * 2n + d) / (2n * d));
}

/** Cumulative tax on a cumulative taxable income: taxable × rate − quick deduction (0 when nothing is taxable). */
export function cumulativeTaxFen(taxableFen: number): number {
  if (taxableFen <= 0) return 0;
  const bracket = bracketOf(taxableFen);
  return Math.max(0, mulDivRound(taxableFen, bracket.ratePercent, 100) - bracket.quickDeductionFen);
}

export interface CumulativeInput {
  /** Cumulative income of the year up to and including this month (分). */
  incomeFen: number;
  /** Months employed this year, this month included. */
  months: number;
  /** Cumulative special deductions (三险一金) (分). */
  specialFen: number;
  /** Cumulative special additional deductions (专项附加扣除) (分). */
  specialAdditionalFen: number;
  /** Tax already withheld in the year's earlier months (分). */
  withheldFen: number;
}

export interface IitResult {
  taxableFen: number;
  cumulativeTaxFen: number;
  thisMonthFen: number;
  ratePercent: number;
  quickDeductionFen: number;
  explanation: string;
}

const yuan = (fen: number): string => `${fen < 0 ? '-' : ''}${Math.floor(Math.abs(fen) / 100)}.${String(Math.abs(fen) % 100).padStart(2, '0')}`;

/**
 * This month's tax by cumulative withholding. When the cumulative tax is below what was already withheld, nothing is
 * withheld this month (no refund through withholding; the difference is settled in the annual reconciliation).
 */
export function withholdingTax(input: CumulativeInput): IitResult {
  const taxableFen = Math.max(0, input.incomeFen - MONTHLY_BASIC_DEDUCTION_FEN * input.months - input.specialFen - input.specialAdditionalFen);
  const bracket = bracketOf(taxableFen);
  const cumulative = cumulativeTaxFen(taxableFen);
  const thisMonthFen = Math.max(0, cumulative - input.withheldFen);
  const explanation =
    `累计应纳税所得额 = ${yuan(input.incomeFen)} − 5000.00×${input.months} − ${yuan(input.specialFen)} − ${yuan(input.specialAdditionalFen)} = ${yuan(taxableFen)} 元；` +
    `税率 ${bracket.ratePercent}%，速算扣除数 ${yuan(bracket.quickDeductionFen)} 元；累计应纳税额 ${yuan(cumulative)} 元，已预扣 ${yuan(input.withheldFen)} 元，本月预扣 ${yuan(thisMonthFen)} 元（${IIT_SOURCE}）`;
  return { taxableFen, cumulativeTaxFen: cumulative, thisMonthFen, ratePercent: bracket.ratePercent, quickDeductionFen: bracket.quickDeductionFen, explanation };
}

/** One version of the personal contribution rates, in basis points (1/10000), with its effective date and source. */
export interface ContributionRates {
  version: string;
  effectiveFrom: string;
  pensionBp: number;
  medicalBp: number;
  annuityBp: number;
  housingFundBp: number;
  source: string;
}

/**
 * The rates as configured (RULES.md §2.10): 养老 8%, 医保 2%, 职业年金 4% (国办发〔2015〕18号), 住房公积金 within 5–12%
 * (the office's 12% here). [U]: to be confirmed with the district finance bureau; a new version is added, never edited.
 */
export const CONTRIBUTION_RATES: readonly ContributionRates[] = [
  {
    version: 'PR-2024-01',
    effectiveFrom: '2024-01-01',
    pensionBp: 800,
    medicalBp: 200,
    annuityBp: 400,
    housingFundBp: 1200,
    source:
      '养老保险个人 8%（国发〔2015〕2号《关于机关事业单位工作人员养老保险制度改革的决定》）；职业年金个人 4%（国办发〔2015〕18号）；' +
      '基本医疗保险个人 2%；住房公积金个人 12%（《住房公积金管理条例》第十八条，5%–12% 区间内本单位取值）；待区财政局确认',
  },
];

/** The version in force on a date (YYYY-MM-DD); null before the first. */
export function ratesOn(date: string, table: readonly ContributionRates[] = CONTRIBUTION_RATES): ContributionRates | null {
  return [...table].filter((r) => r.effectiveFrom <= date).sort((a, b) => b.effectiveFrom.localeCompare(a.effectiveFrom))[0] ?? null;
}

export interface Contributions {
  pensionFen: number;
  medicalFen: number;
  annuityFen: number;
  housingFundFen: number;
  totalFen: number;
}

/** The personal contributions on a contribution base (分), each rounded half up to the 分. */
export function contributionsOf(baseFen: number, rates: ContributionRates): Contributions {
  const pensionFen = mulDivRound(baseFen, rates.pensionBp, 10_000);
  const medicalFen = mulDivRound(baseFen, rates.medicalBp, 10_000);
  const annuityFen = mulDivRound(baseFen, rates.annuityBp, 10_000);
  const housingFundFen = mulDivRound(baseFen, rates.housingFundBp, 10_000);
  return { pensionFen, medicalFen, annuityFen, housingFundFen, totalFen: pensionFen + medicalFen + annuityFen + housingFundFen };
}

/** Formats 分 as 元 with two decimals (for explanations and sheets). */
export function fenToYuan(fen: number): string {
  return yuan(fen);
}
