import { CommonErrors, type FieldError } from '@gov/contracts-common';
import { DECISION_MEETING_KINDS, DECISION_STAGE_LABELS, type DecisionStage, type FinishDecisionStage } from '@gov/contracts-document-secretariat';
import { DomainError } from '@gov/platform';
import type { StageState } from './decision-stages.js';
import type { StageRow } from './decisions.repository.js';

/** The stored stages of a decision and what a step records on them (the order of the stages is `decision-stages.ts`). */

export function emptyStage(decisionId: string, stage: DecisionStage, seq: number): StageRow {
  return {
    decision_id: decisionId,
    stage,
    seq,
    required: false,
    status: 'pending',
    not_applicable_reason: null,
    round: 0,
    started_at: null,
    started_by: null,
    finished_at: null,
    finished_by: null,
    period_start: null,
    period_days: null,
    period_end: null,
    period_explanation: null,
    period_provisional: null,
    outcome: {},
    evidence: [],
  };
}

export function stateOf(row: StageRow): StageState {
  return {
    stage: row.stage,
    required: row.required,
    status: row.status,
    notApplicableReason: row.not_applicable_reason,
    result: (row.outcome.decisionResult as StageState['result']) ?? null,
  };
}

export function withStage(stages: StageRow[], next: StageRow): StageRow[] {
  return stages.map((s) => (s.stage === next.stage ? next : s));
}

/** What each stage must record when it is finished; a missing field is a 400 naming it. */
export function outcomeOf(request: FinishDecisionStage.Request): Record<string, unknown> {
  const required: Record<DecisionStage, (keyof FinishDecisionStage.Body)[]> = {
    public_participation: ['commentCount'],
    expert_argumentation: ['expertCount'],
    risk_assessment: ['riskLevel'],
    legality_review: ['legalityResult', 'legalityOpinion'],
    collective_decision: ['meetingKind', 'meetingRef', 'meetingDate', 'decisionResult'],
    publication: ['channel'],
    post_evaluation: [],
  };
  const names: Partial<Record<keyof FinishDecisionStage.Body, string>> = {
    commentCount: '收到的意见条数',
    expertCount: '参加论证的专家人数',
    riskLevel: '风险等级',
    legalityResult: '合法性审查结论',
    legalityOpinion: '合法性审查意见',
    meetingKind: '会议类型（常务会议或全体会议）',
    meetingRef: '会议',
    meetingDate: '会议日期',
    decisionResult: '决定结果',
    channel: '公布载体',
  };
  const fields = required[request.stage];
  const missing: FieldError[] = fields
    .filter((f) => request[f] === undefined || request[f] === null || (typeof request[f] === 'string' && !(request[f] as string).trim()))
    .map((f) => ({ field: f, code: 'required', message: `${names[f]}：办结“${DECISION_STAGE_LABELS[request.stage]}”时必须填写` }));
  const allowed = new Set<string>(['summary', 'evidence', ...fields]);
  const extra: FieldError[] = (Object.keys(names) as (keyof FinishDecisionStage.Body)[])
    .filter((f) => request[f] !== undefined && !allowed.has(f))
    .map((f) => ({ field: f, code: 'stage', message: `${names[f]}：不适用于“${DECISION_STAGE_LABELS[request.stage]}”环节` }));
  if (missing.length || extra.length) {
    throw new DomainError(CommonErrors.validationFailed, `办结“${DECISION_STAGE_LABELS[request.stage]}”的内容不完整或不适用`, [...missing, ...extra]);
  }
  if (request.stage === 'collective_decision' && !(DECISION_MEETING_KINDS as readonly string[]).includes(request.meetingKind as string)) {
    throw new DomainError(CommonErrors.validationFailed, '集体讨论决定须在政府常务会议或者全体会议上作出（第三十条）');
  }
  return { summary: request.summary.trim(), ...Object.fromEntries(fields.map((f) => [f, typeof request[f] === 'string' ? (request[f] as string).trim() : request[f]])) };
}
