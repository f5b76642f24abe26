import type { InstitutionAssessmentStatus, InstitutionGrade, InstitutionGradeBands, InstitutionIndicator, InstitutionScore } from '@gov/contracts-personnel-finance';

/**
 * 下属事业单位绩效考核 (issue 17, RULES.md §2.10 lists no statute for it): the scheme's indicators, weights, grade bands
 * and 优秀 quota are local settings [U] — versioned configuration, kept by each scheme with its version.
 */
export interface InstitutionAssessmentConfig {
  version: string;
  effectiveFrom: string;
  bands: InstitutionGradeBands;
  excellentQuotaPercent: number;
  source: string;
}

export const INSTITUTION_ASSESSMENT_CONFIG: readonly InstitutionAssessmentConfig[] = [
  {
    version: 'SYDW-KH-2026',
    effectiveFrom: '2026-01-01',
    bands: { excellentMin: 90, goodMin: 80, passMin: 60 },
    excellentQuotaPercent: 30,
    source: '本地设置 [U]：优秀单位不超过参加考核单位的 30%，90 分以上优秀、80 分以上良好、60 分以上合格（待人事科确认）',
  },
];

export function configOn(date: string, table: readonly InstitutionAssessmentConfig[] = INSTITUTION_ASSESSMENT_CONFIG): InstitutionAssessmentConfig {
  return [...table].filter((c) => c.effectiveFrom <= date).sort((a, b) => b.effectiveFrom.localeCompare(a.effectiveFrom))[0] ?? table[0];
}

export const GRADE_LABELS: Record<InstitutionGrade, string> = { excellent: '优秀', good: '良好', pass: '合格', fail: '不合格' };
const RANK: Record<InstitutionGrade, number> = { excellent: 3, good: 2, pass: 1, fail: 0 };

export type Refusal = { field: string; message: string } | null;

/** The scheme: distinct indicator keys, weights summing to exactly 100, bands strictly descending. */
export function schemeRefusal(indicators: readonly InstitutionIndicator[], bands: InstitutionGradeBands): Refusal {
  const keys = new Set(indicators.map((i) => i.key));
  if (keys.size !== indicators.length) return { field: 'indicators', message: 'indicators：指标代码不能重复' };
  const sum = indicators.reduce((total, i) => total + i.weight, 0);
  if (sum !== 100) return { field: 'indicators', message: `indicators：各指标权重合计须为 100，现为 ${sum}` };
  if (!(bands.excellentMin > bands.goodMin && bands.goodMin > bands.passMin)) return { field: 'bands', message: 'bands：分数线须为 优秀 > 良好 > 合格' };
  return null;
}

/**
 * One unit's scores: every indicator exactly once, each from 0 to its weight. A review score below the indicator's full
 * weight is a deduction and must give its reason (`note`).
 */
export function scoresRefusal(indicators: readonly InstitutionIndicator[], scores: readonly InstitutionScore[], review: boolean): Refusal {
  const byKey = new Map(indicators.map((i) => [i.key, i]));
  const seen = new Set<string>();
  for (const s of scores) {
    const indicator = byKey.get(s.indicatorKey);
    if (!indicator) return { field: 'scores', message: `scores：方案中没有指标 ${s.indicatorKey}` };
    if (seen.has(s.indicatorKey)) return { field: 'scores', message: `scores：指标“${indicator.name}”重复评分` };
    seen.add(s.indicatorKey);
    if (s.score > indicator.weight) return { field: 'scores', message: `scores：指标“${indicator.name}”得分不能超过其分值 ${indicator.weight}` };
    if (review && s.score < indicator.weight && !s.note?.trim()) return { field: 'scores', message: `scores：指标“${indicator.name}”扣 ${indicator.weight - s.score} 分，须说明扣分理由` };
  }
  const missing = indicators.filter((i) => !seen.has(i.key));
  if (missing.length) return { field: 'scores', message: `scores：须逐项评分，缺少：${missing.map((i) => i.name).join('、')}` };
  return null;
}

export const totalOf = (scores: readonly InstitutionScore[]): number => scores.reduce((sum, s) => sum + s.score, 0);

/** The grade a total reaches by the bands. */
export function bandGrade(total: number, bands: InstitutionGradeBands): InstitutionGrade {
  if (total >= bands.excellentMin) return 'excellent';
  if (total >= bands.goodMin) return 'good';
  if (total >= bands.passMin) return 'pass';
  return 'fail';
}

/** How many units may be 优秀: ⌊units × percent ÷ 100⌋. */
export function excellentAllowed(units: number, percent: number): number {
  return Math.floor((units * percent) / 100);
}

/**
 * The grade given on review: the band's, or a lower one 人事科 chooses (never higher); an 优秀 beyond the quota is
 * refused, citing the scheme's setting.
 */
export function reviewGrade(input: { total: number; bands: InstitutionGradeBands; chosen?: InstitutionGrade; units: number; percent: number; excellentOthers: number; configVersion: string }): { grade: InstitutionGrade } | { refusal: { quota: boolean; message: string } } {
  const band = bandGrade(input.total, input.bands);
  const grade = input.chosen ?? band;
  if (RANK[grade] > RANK[band]) return { refusal: { quota: false, message: `grade：总分 ${input.total} 分对应“${GRADE_LABELS[band]}”，不能定为“${GRADE_LABELS[grade]}”` } };
  if (grade === 'excellent') {
    const allowed = excellentAllowed(input.units, input.percent);
    if (input.excellentOthers + 1 > allowed) {
      return {
        refusal: {
          quota: true,
          message: `优秀等次已达上限：参加考核 ${input.units} 个单位，优秀不超过 ${input.percent}%，即 ${allowed} 个，已定 ${input.excellentOthers} 个；可定为“良好”（配置 ${input.configVersion}，本地设置）`,
        },
      };
    }
  }
  return { grade };
}

/** The steps and the state each is allowed from. */
export type InstitutionAssessmentStep = 'update' | 'selfScore' | 'startReview' | 'review' | 'finalize' | 'withdraw';
const ALLOWED: Record<InstitutionAssessmentStep, readonly InstitutionAssessmentStatus[]> = {
  update: ['self_assessment'],
  selfScore: ['self_assessment'],
  startReview: ['self_assessment'],
  review: ['reviewing'],
  finalize: ['reviewing'],
  withdraw: ['self_assessment', 'reviewing'],
};

/** Whether `step` may be taken from `status` (pure: no I/O). A finalised assessment takes no step: its results are final. */
export function canTake(step: InstitutionAssessmentStep, status: InstitutionAssessmentStatus): boolean {
  return ALLOWED[step].includes(status);
}

/** The state after `step`. */
export function statusAfter(step: InstitutionAssessmentStep, status: InstitutionAssessmentStatus): InstitutionAssessmentStatus {
  if (step === 'withdraw') return 'withdrawn';
  if (step === 'startReview') return 'reviewing';
  if (step === 'finalize') return 'finalized';
  return status;
}
