import { describe, expect, it } from '@jest/globals';
import type { DecisionStage } from '@gov/contracts-document-secretariat';
import { decisionStatus, initialStages, nextStage, refuseFinish, refuseStart, type StageState } from './decision-stages.js';

const withStatus = (stages: StageState[], changes: Partial<Record<DecisionStage, Partial<StageState>>>): StageState[] =>
  stages.map((s) => ({ ...s, ...(changes[s.stage] ?? {}) }));

describe('statutory stages of a 重大行政决策 (国务院令第713号)', () => {
  const all = initialStages([]);

  it('a new decision requires all five pre-decision stages; 公布 and 决策后评估 are optional', () => {
    expect(all.filter((s) => s.required).map((s) => s.stage)).toEqual([
      'public_participation',
      'expert_argumentation',
      'risk_assessment',
      'legality_review',
      'collective_decision',
    ]);
    expect(all.filter((s) => !s.required).map((s) => s.stage)).toEqual(['publication', 'post_evaluation']);
    expect(nextStage(all)).toBe('public_participation');
    expect(decisionStatus(all, false)).toBe('planned');
  });

  it('公众参与, 专家论证, 风险评估 may be marked not applicable with the reason kept; 合法性审查 and 集体讨论决定 never', () => {
    const stages = initialStages([{ stage: 'expert_argumentation', reason: '不涉及专业性、技术性较强的问题' }]);
    expect(stages.find((s) => s.stage === 'expert_argumentation')).toEqual({
      stage: 'expert_argumentation',
      required: false,
      status: 'not_applicable',
      notApplicableReason: '不涉及专业性、技术性较强的问题',
    });
    expect(() => initialStages([{ stage: 'legality_review' as never, reason: '无需审查的理由' }])).toThrow(/法定必经程序/);
    expect(() => initialStages([{ stage: 'collective_decision' as never, reason: '无需讨论的理由' }])).toThrow(/法定必经程序/);
  });

  it.each<[string, Partial<Record<DecisionStage, Partial<StageState>>>, DecisionStage, string | null]>([
    ['the first stage can start at once', {}, 'public_participation', null],
    ['专家论证 before 公众参与 is finished is refused naming 公众参与', { public_participation: { status: 'in_progress' } }, 'expert_argumentation', 'DECISION.STAGE_ORDER'],
    ['合法性审查 names every unfinished earlier stage', { public_participation: { status: 'finished' } }, 'legality_review', 'DECISION.STAGE_ORDER'],
    [
      '集体讨论决定 before 合法性审查 is refused as not reviewed',
      { public_participation: { status: 'finished' }, expert_argumentation: { status: 'finished' }, risk_assessment: { status: 'finished' } },
      'collective_decision',
      'DECISION.LEGALITY_NOT_PASSED',
    ],
    [
      '集体讨论决定 after a failed 合法性审查 is refused',
      { public_participation: { status: 'finished' }, expert_argumentation: { status: 'finished' }, risk_assessment: { status: 'finished' }, legality_review: { status: 'failed' } },
      'collective_decision',
      'DECISION.LEGALITY_NOT_PASSED',
    ],
    [
      'a failed 合法性审查 may be sent again',
      { public_participation: { status: 'finished' }, expert_argumentation: { status: 'finished' }, risk_assessment: { status: 'finished' }, legality_review: { status: 'failed' } },
      'legality_review',
      null,
    ],
    ['a finished stage cannot start again', { public_participation: { status: 'finished' } }, 'public_participation', 'DECISION.STAGE_STATE'],
    ['决策公布 before the decision is refused', {}, 'publication', 'DECISION.STAGE_ORDER'],
    ['决策公布 after a rejection is refused', { collective_decision: { status: 'finished', result: 'rejected' } }, 'publication', 'DECISION.STAGE_ORDER'],
    ['决策后评估 after a decision passed with changes may start', { collective_decision: { status: 'finished', result: 'passed_with_changes' } }, 'post_evaluation', null],
  ])('%s', (_name, changes, stage, code) => {
    expect(refuseStart(withStatus(all, changes), stage)?.error.code ?? null).toBe(code);
  });

  it('the refusal names the missing stages in Chinese', () => {
    const refusal = refuseStart(withStatus(all, { public_participation: { status: 'finished' } }), 'legality_review');
    expect(refusal?.message).toBe('须先完成“专家论证”、“风险评估”环节，才能开始“合法性审查”（法定程序不得跳过）');
  });

  it('a stage marked not applicable is skipped in the order and cannot itself be started', () => {
    const stages = initialStages([
      { stage: 'public_participation', reason: '不直接涉及公众切身利益' },
      { stage: 'expert_argumentation', reason: '不涉及专业性问题' },
    ]);
    expect(nextStage(stages)).toBe('risk_assessment');
    expect(refuseStart(stages, 'risk_assessment')).toBeNull();
    expect(refuseStart(stages, 'public_participation')?.error.code).toBe('DECISION.STAGE_NOT_APPLICABLE');
    expect(refuseStart(stages, 'legality_review')?.message).toContain('“风险评估”');
  });

  it('a stage is finished only while in progress', () => {
    expect(refuseFinish(all, 'public_participation')?.error.code).toBe('DECISION.STAGE_STATE');
    expect(refuseFinish(withStatus(all, { public_participation: { status: 'in_progress' } }), 'public_participation')).toBeNull();
  });

  it('the decision status follows its stages', () => {
    expect(decisionStatus(withStatus(all, { public_participation: { status: 'in_progress' } }), false)).toBe('in_progress');
    expect(decisionStatus(withStatus(all, { collective_decision: { status: 'finished', result: 'passed' } }), false)).toBe('decided');
    expect(decisionStatus(withStatus(all, { collective_decision: { status: 'finished', result: 'rejected' } }), false)).toBe('rejected');
    expect(decisionStatus(all, true)).toBe('withdrawn');
  });
});
