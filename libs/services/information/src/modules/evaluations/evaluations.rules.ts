import type { EvaluationLine, EvaluationStatus } from '@gov/contracts-information';
import { rankByScore } from '../submissions/submissions.rules.js';

/**
 * 业绩考评 rules (RULES.md §2.7: 政务信息 scoring is local, monthly notices ranked by score; issue 16 §6: the yearly
 * evaluation adds the months together with adjustments that carry a reason, and its 定稿 is an immutable snapshot).
 */

/** A draft may be adjusted and finalized; a final evaluation is never changed again. */
export function isChangeable(status: EvaluationStatus): boolean {
  return status === 'draft';
}

/** The twelve months of `year` as YYYY-MM. */
export function monthsOf(year: number): string[] {
  return Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`);
}

/** One month of the monthly notice, as the evaluation reads it: each unit's score. */
export interface MonthScores {
  month: string;
  rows: readonly { unitId: string; unitName: string; score: number }[];
}

export interface ActiveAdjustment {
  unitId: string;
  unitName: string;
  points: number;
  withdrawn: boolean;
}

/**
 * The year's lines: per unit the score of each month (from the monthly notice), their total, the adjustments not
 * withdrawn, the year's score, ranked (equal scores share a rank: 1, 1, 3, as the monthly notice ranks).
 * Units are those of any month and of any adjustment; the latest name seen is kept.
 */
export function yearLines(months: readonly MonthScores[], adjustments: readonly ActiveAdjustment[]): EvaluationLine[] {
  const names = new Map<string, string>();
  const byUnit = new Map<string, number[]>();
  const sorted = [...months].sort((a, b) => a.month.localeCompare(b.month));
  for (const m of sorted) {
    const index = Number(m.month.slice(5, 7)) - 1;
    for (const row of m.rows) {
      names.set(row.unitId, row.unitName);
      const scores = byUnit.get(row.unitId) ?? new Array<number>(12).fill(0);
      scores[index] += row.score;
      byUnit.set(row.unitId, scores);
    }
  }
  const adjusted = new Map<string, number>();
  for (const a of adjustments) {
    if (a.withdrawn) continue;
    if (!names.has(a.unitId)) names.set(a.unitId, a.unitName);
    if (!byUnit.has(a.unitId)) byUnit.set(a.unitId, new Array<number>(12).fill(0));
    adjusted.set(a.unitId, (adjusted.get(a.unitId) ?? 0) + a.points);
  }
  const rows = [...byUnit.entries()].map(([unitId, scores]) => {
    const monthsTotal = scores.reduce((sum, s) => sum + s, 0);
    const adjustment = adjusted.get(unitId) ?? 0;
    return { unitId, unitName: names.get(unitId) ?? unitId, months: scores, monthsTotal, adjustment, score: monthsTotal + adjustment };
  });
  return rankByScore(rows).map((r) => ({ rank: r.rank, unitId: r.unitId, unitName: r.unitName, months: r.months, monthsTotal: r.monthsTotal, adjustment: r.adjustment, score: r.score }));
}
