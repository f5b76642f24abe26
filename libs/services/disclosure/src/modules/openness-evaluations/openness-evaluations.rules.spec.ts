import { describe, expect, it } from '@jest/globals';
import type { OpennessEvaluationStatus } from '@gov/contracts-disclosure';
import { canTake, dateProblem, isOverdue, mergeIndicators, resultProblems, selfScoreProblems, statusAfter, submitProblems, sumPoints, totalsOf, type EvaluationStep, type Indicator } from './openness-evaluations.rules.js';

const evidence = (voidedReason: string | null = null) => ({ id: 'e1', description: '平台截图', links: [], attachments: [], responsibleUnitId: null, addedAt: '2026-11-01T00:00:00Z', addedBy: 'x', voidedReason });
const indicator = (id: string, maxPoints: number, selfScore: number | null = null, withEvidence = false): Indicator => ({ id, name: `指标${id}`, maxPoints, selfScore, selfNote: null, evidence: withEvidence ? [evidence()] : [] });

describe('政务公开考评: the rules', () => {
  it.each<[EvaluationStep, OpennessEvaluationStatus, boolean]>([
    ['update', 'preparing', true],
    ['self-assess', 'preparing', true],
    ['add-evidence', 'submitted', false],
    ['submit', 'preparing', true],
    ['submit', 'submitted', false],
    ['record-result', 'submitted', true],
    ['record-result', 'preparing', false],
    ['update', 'resulted', false],
    ['withdraw', 'resulted', false],
    ['withdraw', 'submitted', true],
  ])('%s from %s: %s', (step, status, allowed) => {
    expect(canTake(step, status)).toBe(allowed);
  });

  it('submit → submitted, record-result → resulted, withdraw → withdrawn, the rest keep the state', () => {
    expect(statusAfter('submit', 'preparing')).toBe('submitted');
    expect(statusAfter('record-result', 'submitted')).toBe('resulted');
    expect(statusAfter('withdraw', 'preparing')).toBe('withdrawn');
    expect(statusAfter('self-assess', 'preparing')).toBe('preparing');
  });

  it('points are summed in tenths (no floating-point drift)', () => {
    expect(sumPoints([0.1, 0.2])).toBe(0.3);
    expect(totalsOf([indicator('a', 10, 9.5), indicator('b', 5.5), indicator('c', 4.5, 0.7)])).toEqual({ totalPoints: 20, selfTotal: 10.2, assessedCount: 2 });
  });

  it.each([
    [9.9, []],
    [10, []],
    [10.1, ['scores[0].score']],
  ])('a self-score of %s on a 10-point indicator refuses %j', (score, fields) => {
    expect(selfScoreProblems([indicator('a', 10)], [{ indicatorId: 'a', score }]).map((p) => p.field)).toEqual(fields);
  });

  it('a self-score on an unknown indicator or twice on one is refused', () => {
    const problems = selfScoreProblems([indicator('a', 10)], [{ indicatorId: 'x', score: 1 }, { indicatorId: 'a', score: 1 }, { indicatorId: 'a', score: 2 }]);
    expect(problems.map((p) => p.field)).toEqual(['scores[0].indicatorId', 'scores[2].indicatorId']);
    expect(problems[0].message).toMatch(/^scores：/);
  });

  it('a scheme change keeps indicators by id, adds new ones, refuses dropping one with evidence or lowering points under the self-score', () => {
    const existing = [indicator('a', 10, 8, true), indicator('b', 5)];
    let n = 0;
    const ok = mergeIndicators(existing, [{ id: 'a', name: '指标a（改）', maxPoints: 12 }, { name: '新增指标', maxPoints: 3 }], () => `new-${++n}`);
    expect(ok.problems).toEqual([]);
    expect(ok.indicators.map((i) => [i.id, i.name, i.maxPoints, i.selfScore, i.evidence.length])).toEqual([
      ['a', '指标a（改）', 12, 8, 1],
      ['new-1', '新增指标', 3, null, 0],
    ]);
    expect(mergeIndicators(existing, [{ name: '只剩一个', maxPoints: 3 }], () => 'z').problems.map((p) => p.message)).toEqual([expect.stringContaining('指标“指标a”已有佐证材料或自评分，不能删除')]);
    expect(mergeIndicators(existing, [{ id: 'a', name: '指标a', maxPoints: 7 }, { id: 'b', name: '指标b', maxPoints: 5 }], () => 'z').problems.map((p) => p.field)).toEqual(['indicators[0].maxPoints']);
    expect(mergeIndicators(existing, [{ id: 'a', name: '同名', maxPoints: 10 }, { id: 'b', name: '同名', maxPoints: 5 }], () => 'z').problems.map((p) => p.field)).toEqual(['indicators[1].name']);
  });

  it('submission needs every indicator assessed and points claimed backed by evidence in force', () => {
    expect(submitProblems([indicator('a', 10, 8, true), indicator('b', 5, 0)])).toEqual([]);
    expect(submitProblems([indicator('a', 10, null)]).map((p) => p.message)).toEqual(['指标“指标a”尚未自评']);
    const voided = { ...indicator('a', 10, 8), evidence: [evidence('重复上传')] };
    expect(submitProblems([voided]).map((p) => p.message)).toEqual(['指标“指标a”自评 8 分，但没有佐证材料']);
  });

  it('the result: score not above the total, rank within those ranked, deductions per indicator not above its points', () => {
    const indicators = [indicator('a', 10), indicator('b', 5)];
    const deduction = (indicatorId: string, points: number) => ({ indicatorId, points, reason: '栏目更新不及时', rectification: '明确专人每周更新' });
    expect(resultProblems(indicators, { score: 14, rank: 3, rankOf: 10, deductions: [deduction('a', 1)] })).toEqual([]);
    expect(resultProblems(indicators, { score: 15.1, rank: 3, deductions: [] }).map((p) => p.field)).toEqual(['score']);
    expect(resultProblems(indicators, { score: 10, rank: 11, rankOf: 10, deductions: [] }).map((p) => p.field)).toEqual(['rank']);
    expect(resultProblems(indicators, { score: 10, rank: 1, deductions: [deduction('b', 3), deduction('b', 2.1), deduction('x', 1)] }).map((p) => p.field)).toEqual(['deductions[1].points', 'deductions[2].indicatorId']);
  });

  it('dates: not in the future, not before the step they follow; overdue while preparing after the deadline', () => {
    expect(dateProblem('submittedOn', '2026-12-06', '2026-12-05', null)?.message).toBe('submittedOn：日期不能晚于今天');
    expect(dateProblem('resultOn', '2026-11-01', '2026-12-05', { on: '2026-11-10', what: '报送之日' })?.message).toBe('resultOn：不能早于报送之日（2026-11-10）');
    expect(dateProblem('resultOn', '2026-11-10', '2026-12-05', { on: '2026-11-10', what: '报送之日' })).toBeNull();
    expect(isOverdue('preparing', '2026-12-04', '2026-12-05')).toBe(true);
    expect(isOverdue('submitted', '2026-12-04', '2026-12-05')).toBe(false);
    expect(isOverdue('preparing', '2026-12-05', '2026-12-05')).toBe(false);
  });
});
