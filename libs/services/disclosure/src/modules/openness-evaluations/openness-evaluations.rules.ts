import type { DeductionInput, EvidenceLink, IndicatorInput, OpennessEvaluationStatus, SelfScoreInput } from '@gov/contracts-disclosure';

/**
 * The rules of the 政务公开考评 (迎接考核). Not in shared/domain/RULES.md: the points are the evaluator's scheme (each
 * year's 政务公开工作考核指标 of the province or the city), so the rules are the scheme's own arithmetic — a score never
 * above its indicator's points, the material complete before it is submitted, the result frozen once recorded.
 */
export type EvaluationStep = 'update' | 'add-evidence' | 'void-evidence' | 'self-assess' | 'submit' | 'record-result' | 'withdraw';

const ALLOWED: Record<EvaluationStep, readonly OpennessEvaluationStatus[]> = {
  update: ['preparing'],
  'add-evidence': ['preparing'],
  'void-evidence': ['preparing'],
  'self-assess': ['preparing'],
  submit: ['preparing'],
  'record-result': ['submitted'],
  withdraw: ['preparing', 'submitted'],
};

export const EVALUATION_STEP_LABELS: Record<EvaluationStep | 'create', string> = {
  create: '登记考评',
  update: '修改指标',
  'add-evidence': '添加佐证材料',
  'void-evidence': '作废佐证材料',
  'self-assess': '自评打分',
  submit: '报送考评材料',
  'record-result': '录入考评结果',
  withdraw: '撤销',
};

export function canTake(step: EvaluationStep, status: OpennessEvaluationStatus): boolean {
  return ALLOWED[step].includes(status);
}

export function statusAfter(step: EvaluationStep, status: OpennessEvaluationStatus): OpennessEvaluationStatus {
  if (step === 'submit') return 'submitted';
  if (step === 'record-result') return 'resulted';
  if (step === 'withdraw') return 'withdrawn';
  return status;
}

export interface Evidence {
  id: string;
  description: string;
  links: EvidenceLink[];
  attachments: string[];
  responsibleUnitId: string | null;
  addedAt: string;
  addedBy: string;
  voidedReason: string | null;
}

export interface Indicator {
  id: string;
  name: string;
  maxPoints: number;
  selfScore: number | null;
  selfNote: string | null;
  evidence: Evidence[];
}

export interface Problem {
  field: string;
  message: string;
}

/** Points are kept to one decimal: compared and summed in tenths, so 0.1 + 0.2 is 0.3. */
export const tenths = (points: number): number => Math.round(points * 10);
export const fromTenths = (n: number): number => n / 10;

export function sumPoints(values: readonly number[]): number {
  return fromTenths(values.reduce((sum, v) => sum + tenths(v), 0));
}

/** The totals of the indicators: the points, the self-assessed sum, how many are assessed. */
export function totalsOf(indicators: readonly Indicator[]): { totalPoints: number; selfTotal: number; assessedCount: number } {
  const assessed = indicators.filter((i) => i.selfScore !== null);
  return { totalPoints: sumPoints(indicators.map((i) => i.maxPoints)), selfTotal: sumPoints(assessed.map((i) => i.selfScore as number)), assessedCount: assessed.length };
}

/**
 * The indicators after a change of the scheme: a given `id` keeps that indicator (its evidence and self-score), one
 * without is new; an indicator left out is dropped only when it has neither evidence nor a score; a self-score above
 * the new points is refused; names are unique.
 */
export function mergeIndicators(existing: readonly Indicator[], inputs: readonly IndicatorInput[], newId: () => string): { indicators: Indicator[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const byId = new Map(existing.map((i) => [i.id, i]));
  const names = new Set<string>();
  const indicators: Indicator[] = [];
  inputs.forEach((input, n) => {
    const name = input.name.trim();
    if (names.has(name)) problems.push({ field: `indicators[${n}].name`, message: `indicators：指标“${name}”重复` });
    names.add(name);
    const kept = input.id ? byId.get(input.id) : undefined;
    if (input.id && !kept) {
      problems.push({ field: `indicators[${n}].id`, message: `indicators：指标 ${input.id} 不属于本考评` });
      return;
    }
    if (kept?.selfScore != null && tenths(kept.selfScore) > tenths(input.maxPoints)) {
      problems.push({ field: `indicators[${n}].maxPoints`, message: `indicators：指标“${name}”已自评 ${kept.selfScore} 分，分值不能低于自评分` });
    }
    indicators.push(kept ? { ...kept, name, maxPoints: input.maxPoints } : { id: newId(), name, maxPoints: input.maxPoints, selfScore: null, selfNote: null, evidence: [] });
  });
  const keptIds = new Set(inputs.map((i) => i.id).filter(Boolean));
  for (const old of existing) {
    if (!keptIds.has(old.id) && (old.selfScore !== null || old.evidence.some((e) => !e.voidedReason))) {
      problems.push({ field: 'indicators', message: `indicators：指标“${old.name}”已有佐证材料或自评分，不能删除（可先作废材料）` });
    }
  }
  return { indicators, problems };
}

/** A self-assessment: each indicator known, named once, its score not above its points. */
export function selfScoreProblems(indicators: readonly Indicator[], scores: readonly SelfScoreInput[]): Problem[] {
  const problems: Problem[] = [];
  const byId = new Map(indicators.map((i) => [i.id, i]));
  const seen = new Set<string>();
  scores.forEach((s, n) => {
    const indicator = byId.get(s.indicatorId);
    if (!indicator) problems.push({ field: `scores[${n}].indicatorId`, message: `scores：指标 ${s.indicatorId} 不属于本考评` });
    else if (tenths(s.score) > tenths(indicator.maxPoints)) problems.push({ field: `scores[${n}].score`, message: `scores：指标“${indicator.name}”自评 ${s.score} 分，超过其分值 ${indicator.maxPoints} 分` });
    if (seen.has(s.indicatorId)) problems.push({ field: `scores[${n}].indicatorId`, message: 'scores：同一指标只能自评一次' });
    seen.add(s.indicatorId);
  });
  return problems;
}

/** Before the submission: every indicator self-assessed, and every indicator claiming points backed by evidence in force. */
export function submitProblems(indicators: readonly Indicator[]): Problem[] {
  const problems: Problem[] = [];
  for (const i of indicators) {
    if (i.selfScore === null) problems.push({ field: 'indicators', message: `指标“${i.name}”尚未自评` });
    else if (tenths(i.selfScore) > 0 && !i.evidence.some((e) => !e.voidedReason)) problems.push({ field: 'indicators', message: `指标“${i.name}”自评 ${i.selfScore} 分，但没有佐证材料` });
  }
  return problems;
}

/**
 * The evaluator's result: the score not above the total points, the rank within the number ranked, each 扣分 on a
 * known indicator and the deductions of one indicator together not above its points.
 */
export function resultProblems(indicators: readonly Indicator[], result: { score: number; rank: number; rankOf?: number | null; deductions: readonly DeductionInput[] }): Problem[] {
  const problems: Problem[] = [];
  const { totalPoints } = totalsOf(indicators);
  if (tenths(result.score) > tenths(totalPoints)) problems.push({ field: 'score', message: `score：考评得分 ${result.score} 超过总分值 ${totalPoints} 分` });
  if (result.rankOf != null && result.rank > result.rankOf) problems.push({ field: 'rank', message: `rank：排名 ${result.rank} 超过参评单位数 ${result.rankOf}` });
  const byId = new Map(indicators.map((i) => [i.id, i]));
  const perIndicator = new Map<string, number>();
  result.deductions.forEach((d, n) => {
    const indicator = byId.get(d.indicatorId);
    if (!indicator) {
      problems.push({ field: `deductions[${n}].indicatorId`, message: `deductions：指标 ${d.indicatorId} 不属于本考评` });
      return;
    }
    const sum = (perIndicator.get(d.indicatorId) ?? 0) + tenths(d.points);
    perIndicator.set(d.indicatorId, sum);
    if (sum > tenths(indicator.maxPoints)) problems.push({ field: `deductions[${n}].points`, message: `deductions：指标“${indicator.name}”扣分合计 ${fromTenths(sum)} 分，超过其分值 ${indicator.maxPoints} 分` });
  });
  return problems;
}

/** A date of a step: not in the future, not before the step it follows. */
export function dateProblem(field: string, on: string, today: string, after: { on: string | null; what: string } | null): Problem | null {
  if (on > today) return { field, message: `${field}：日期不能晚于今天` };
  if (after?.on && on < after.on) return { field, message: `${field}：不能早于${after.what}（${after.on}）` };
  return null;
}

/** Late: still in preparation after the submission deadline. */
export function isOverdue(status: OpennessEvaluationStatus, dueOn: string, today: string): boolean {
  return status === 'preparing' && dueOn < today;
}
