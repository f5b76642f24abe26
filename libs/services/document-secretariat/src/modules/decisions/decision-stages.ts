import {
  DECISION_STAGE_LABELS,
  DECISION_STAGE_STATUS_LABELS,
  DECISION_STAGES,
  DecisionErrors,
  OPTIONAL_PRE_DECISION_STAGES,
  type DecisionResult,
  type DecisionStage,
  type DecisionStageStatus,
  type DecisionStatus,
  type StageNotApplicable,
} from '@gov/contracts-document-secretariat';

/**
 * The statutory stages of a 重大行政决策 (《重大行政决策程序暂行条例》, 国务院令第713号) and the order they run in:
 *   公众参与 (第14–18条) → 专家论证 (第19–21条) → 风险评估 (第22–24条) → 合法性审查 (第25–28条) → 集体讨论决定 (第29–31条),
 * then, optionally, 决策公布 and 决策后评估.
 * Which stages a decision requires is data, fixed when it enters the catalogue: the first three may be marked not applicable
 * with a recorded reason; 合法性审查 and 集体讨论决定 are always required. A stage cannot start before every earlier required
 * stage is finished; a draft not reviewed for legality, or found not lawful, may not be submitted for discussion.
 */
export const PRE_DECISION_STAGES: readonly DecisionStage[] = ['public_participation', 'expert_argumentation', 'risk_assessment', 'legality_review', 'collective_decision'];
export const POST_DECISION_STAGES: readonly DecisionStage[] = ['publication', 'post_evaluation'];

export interface StageState {
  stage: DecisionStage;
  required: boolean;
  status: DecisionStageStatus;
  notApplicableReason?: string | null;
  /** For collective_decision: the result once finished. */
  result?: DecisionResult | null;
}

export type StageRefusal = { error: (typeof DecisionErrors)[keyof typeof DecisionErrors]; message: string };

const label = (stage: DecisionStage) => `“${DECISION_STAGE_LABELS[stage]}”`;

/** The stages of a new decision: all pre-decision stages required except those marked not applicable (with a reason). */
export function initialStages(notApplicable: readonly Pick<StageNotApplicable, 'stage' | 'reason'>[]): StageState[] {
  const skipped = new Map<DecisionStage, string>();
  for (const entry of notApplicable) {
    if (!(OPTIONAL_PRE_DECISION_STAGES as readonly string[]).includes(entry.stage)) {
      throw new RangeError(`${label(entry.stage)}为法定必经程序，不能确定为不适用`);
    }
    if (skipped.has(entry.stage)) throw new RangeError(`${label(entry.stage)}重复列出`);
    skipped.set(entry.stage, entry.reason.trim());
  }
  return DECISION_STAGES.map((stage): StageState => {
    if (POST_DECISION_STAGES.includes(stage)) return { stage, required: false, status: 'pending' };
    const reason = skipped.get(stage);
    return reason ? { stage, required: false, status: 'not_applicable', notApplicableReason: reason } : { stage, required: true, status: 'pending' };
  });
}

function find(stages: readonly StageState[], stage: DecisionStage): StageState {
  const found = stages.find((s) => s.stage === stage);
  if (!found) throw new RangeError(`unknown stage ${stage}`);
  return found;
}

/** Why `stage` cannot be started now, or null when it can. */
export function refuseStart(stages: readonly StageState[], stage: DecisionStage): StageRefusal | null {
  const current = find(stages, stage);
  if (current.status === 'not_applicable') {
    return { error: DecisionErrors.stageNotApplicable, message: `本事项已确定${label(stage)}不适用（${current.notApplicableReason ?? ''}），不能开始该环节` };
  }
  // A failed 合法性审查 may be sent again once the draft is revised (合法性审查, 第三章第一节).
  const restartable = current.status === 'pending' || (stage === 'legality_review' && current.status === 'failed');
  if (!restartable) {
    return { error: DecisionErrors.stageState, message: `${label(stage)}当前为“${DECISION_STAGE_STATUS_LABELS[current.status]}”，不能再次开始` };
  }
  if (POST_DECISION_STAGES.includes(stage)) {
    const decision = find(stages, 'collective_decision');
    if (decision.status !== 'finished' || decision.result === 'rejected') {
      return { error: DecisionErrors.stageOrder, message: `决策尚未经集体讨论决定通过，不能开始${label(stage)}` };
    }
    return null;
  }
  const index = PRE_DECISION_STAGES.indexOf(stage);
  const missing = PRE_DECISION_STAGES.slice(0, index)
    .map((s) => find(stages, s))
    .filter((s) => s.required && s.status !== 'finished');
  if (!missing.length) return null;
  if (stage === 'collective_decision' && missing.some((s) => s.stage === 'legality_review') && missing.length === 1) {
    const legality = find(stages, 'legality_review');
    return {
      error: DecisionErrors.legalityNotPassed,
      message:
        legality.status === 'failed'
          ? '合法性审查未通过，不得提交集体讨论决定（《重大行政决策程序暂行条例》第三章第一节）；请修改后重新送审'
          : '决策草案未经合法性审查，不得提交集体讨论决定（《重大行政决策程序暂行条例》第三章第一节）',
    };
  }
  return {
    error: DecisionErrors.stageOrder,
    message: `须先完成${missing.map((s) => label(s.stage)).join('、')}环节，才能开始${label(stage)}（法定程序不得跳过）`,
  };
}

/** Why `stage` cannot be finished now (it must be in progress), or null. The comment-period rule is checked by the caller. */
export function refuseFinish(stages: readonly StageState[], stage: DecisionStage): StageRefusal | null {
  const current = find(stages, stage);
  if (current.status !== 'in_progress') {
    return { error: DecisionErrors.stageState, message: `${label(stage)}当前为“${DECISION_STAGE_STATUS_LABELS[current.status]}”，须先开始该环节才能办结` };
  }
  return null;
}

/** The next stage the decision should go through (the first required pre-decision stage not finished). */
export function nextStage(stages: readonly StageState[]): DecisionStage | undefined {
  return PRE_DECISION_STAGES.map((s) => find(stages, s)).find((s) => s.required && s.status !== 'finished')?.stage;
}

/** The decision's status as its stages stand. */
export function decisionStatus(stages: readonly StageState[], withdrawn: boolean): DecisionStatus {
  if (withdrawn) return 'withdrawn';
  const decision = find(stages, 'collective_decision');
  if (decision.status === 'finished') return decision.result === 'rejected' ? 'rejected' : 'decided';
  return stages.some((s) => s.status === 'in_progress' || s.status === 'finished' || s.status === 'failed') ? 'in_progress' : 'planned';
}
