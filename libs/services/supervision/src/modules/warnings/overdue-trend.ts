/** 逾期趋势 covers 12 months by default (this one included), at most 24. */
export const DEFAULT_TREND_MONTHS = 12;

/** The first day of the month `months - 1` months before `today`'s (YYYY-MM-DD): where a trend of `months` months starts. */
export function trendStart(today: string, months: number): string {
  const [year, month] = today.split('-').map(Number);
  const index = year * 12 + (month - 1) - (months - 1);
  const startYear = Math.floor(index / 12);
  const startMonth = (index % 12) + 1;
  return `${String(startYear).padStart(4, '0')}-${String(startMonth).padStart(2, '0')}-01`;
}
