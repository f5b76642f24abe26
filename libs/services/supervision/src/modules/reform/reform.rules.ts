import type { ReformAssessmentLine } from '@gov/contracts-supervision';

/** What the ledger counts for one unit in a year (the repository's sums). */
export type ReformCounts = Omit<ReformAssessmentLine, 'onTimeRate' | 'rectificationRate' | 'score' | 'rank'>;

/**
 * The weights of the yearly assessment computed from the ledger. A local rule (no statute sets it): 按期完成率 50,
 * 整改销号率 30, 第三方评估 20; a part the unit has nothing in (no task led, no problem found, not evaluated) is left out
 * and the others are scaled to 100, so a unit is never marked down for work it was not given. To be confirmed by
 * 政府职能转变协调推进科 before the first year is published.
 */
export const REFORM_ASSESSMENT_WEIGHTS = { onTime: 50, rectification: 30, evaluation: 20 } as const;

export const REFORM_ASSESSMENT_METHOD =
  '综合得分 = 按期完成率×50 + 整改销号率×30 + 第三方评估平均分/100×20；某项无数据（未牵头任务、未发现问题、未评估）的不计入，其余按权重折算为百分制。逾期：逾期未完成或逾期完成，以计算日为准。（本地计分办法，待政府职能转变协调推进科确认）';

const percent = (part: number, whole: number): number | null => (whole > 0 ? round2((part / whole) * 100) : null);
const round2 = (x: number): number => Math.round(x * 100) / 100;

/** Each unit's rates and score, ranked (equal scores share a rank: 1, 1, 3). Pure. */
export function assessReform(counts: readonly ReformCounts[]): ReformAssessmentLine[] {
  const scored = counts.map((c) => {
    const onTimeRate = percent(c.tasksOnTime, c.tasksLed);
    const rectificationRate = percent(c.problemsVerified, c.problemsFound);
    const parts: [number | null, number][] = [
      [onTimeRate, REFORM_ASSESSMENT_WEIGHTS.onTime],
      [rectificationRate, REFORM_ASSESSMENT_WEIGHTS.rectification],
      [c.evaluationAverage, REFORM_ASSESSMENT_WEIGHTS.evaluation],
    ];
    const present = parts.filter((p): p is [number, number] => p[0] !== null);
    const weight = present.reduce((sum, [, w]) => sum + w, 0);
    const score = weight ? round2(present.reduce((sum, [value, w]) => sum + value * w, 0) / weight) : 0;
    return { ...c, onTimeRate, rectificationRate, score, rank: 0 };
  });
  scored.sort((a, b) => b.score - a.score || a.unitName.localeCompare(b.unitName, 'zh-CN'));
  scored.forEach((line, i) => {
    line.rank = i > 0 && scored[i - 1].score === line.score ? scored[i - 1].rank : i + 1;
  });
  return scored;
}
