import type { AssessmentIndicatorCode, AssessmentIndicatorWeight } from '@gov/contracts-supervision';

/** One item as 考核 counts it. */
export interface ScoredItem {
  dueDate: string;
  /** The day completion was reported (Asia/Shanghai), or null. */
  completedOn: string | null;
  closed: boolean;
  sentBackCount: number;
}

export interface UnitTally {
  itemCount: number;
  onTimeCount: number;
  overdueCount: number;
  sentBackCount: number;
  indicatorScores: Record<AssessmentIndicatorCode, number>;
  baseScore: number;
}

export const SENT_BACK_PENALTY = 10;

export const ASSESSMENT_FORMULA =
  '按期办结率 = 按期（报办结日不晚于期限）且已销号的事项 ÷ 事项数 × 100；未逾期率 = （事项数 − 逾期事项）÷ 事项数 × 100，逾期指晚于期限报办结或至判定日已过期限仍未办结；' +
  `退回扣分 = 100 − ${SENT_BACK_PENALTY} × 退回次数（最低 0）；无事项的单位各项按 100 计。指标加权得分 = Σ 权重 × 指标得分 ÷ Σ 权重，总分 = 指标加权得分 + 加减分。同分同名次。`;

const round1 = (value: number) => Math.round(value * 10) / 10;

/** The score of one unit from its items (主责), as `ASSESSMENT_FORMULA` says. */
export function scoreUnit(items: readonly ScoredItem[], weights: readonly AssessmentIndicatorWeight[], asOf: string): UnitTally {
  const itemCount = items.length;
  const onTimeCount = items.filter((i) => i.closed && i.completedOn !== null && i.completedOn <= i.dueDate).length;
  const overdueCount = items.filter((i) => (i.completedOn !== null ? i.completedOn > i.dueDate : asOf > i.dueDate)).length;
  const sentBackCount = items.reduce((sum, i) => sum + i.sentBackCount, 0);
  const indicatorScores: Record<AssessmentIndicatorCode, number> = {
    on_time: itemCount ? round1((onTimeCount / itemCount) * 100) : 100,
    not_overdue: itemCount ? round1(((itemCount - overdueCount) / itemCount) * 100) : 100,
    sent_back: Math.max(0, 100 - SENT_BACK_PENALTY * sentBackCount),
  };
  const totalWeight = weights.reduce((sum, w) => sum + w.weight, 0);
  const baseScore = totalWeight ? round1(weights.reduce((sum, w) => sum + w.weight * indicatorScores[w.code], 0) / totalWeight) : 0;
  return { itemCount, onTimeCount, overdueCount, sentBackCount, indicatorScores, baseScore };
}

/** Competition ranking: equal scores share a rank, the next rank skips (1, 2, 2, 4). */
export function rankByScore<T extends { score: number }>(lines: T[]): (T & { rank: number })[] {
  const sorted = [...lines].sort((a, b) => b.score - a.score);
  return sorted.map((line, index) => ({ ...line, rank: sorted.findIndex((other) => other.score === line.score) + 1 || index + 1 }));
}
