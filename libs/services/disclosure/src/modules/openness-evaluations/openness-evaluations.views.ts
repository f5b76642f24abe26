import { OPENNESS_EVALUATION_STATUS_LABELS, type OpennessEvaluationDetail, type OpennessEvaluationSnapshot, type OpennessEvaluationView } from '@gov/contracts-disclosure';
import type { EvaluationStepRow, OpennessEvaluationRow } from './openness-evaluations.repository.js';
import { isOverdue, totalsOf } from './openness-evaluations.rules.js';

/** Row → view (an evaluation holds no personal data). */
export function toEvaluationView(row: OpennessEvaluationRow, today: string): OpennessEvaluationView {
  return {
    id: row.id,
    year: row.year,
    evaluator: row.evaluator,
    title: row.title,
    dueOn: row.dueOn,
    status: row.status,
    statusLabel: OPENNESS_EVALUATION_STATUS_LABELS[row.status],
    ...totalsOf(row.indicators),
    indicatorCount: row.indicators.length,
    submittedOn: row.submittedOn,
    resultScore: row.result?.score ?? null,
    resultRank: row.result?.rank ?? null,
    overdue: isOverdue(row.status, row.dueOn, today),
    withdrawalReason: row.withdrawalReason,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    createdBy: row.createdBy,
    updatedAt: row.updatedAt.toISOString(),
    updatedBy: row.updatedBy,
  };
}

export function toEvaluationDetail(row: OpennessEvaluationRow, steps: EvaluationStepRow[], today: string): OpennessEvaluationDetail {
  return {
    ...toEvaluationView(row, today),
    indicators: row.indicators,
    result: row.result,
    steps: steps.map((s) => ({ at: new Date(s.at).toISOString(), by: s.by, step: s.step, label: s.label, note: s.note })),
  };
}

/** What the events carry. */
export function snapshotOf(row: OpennessEvaluationRow): OpennessEvaluationSnapshot {
  return { id: row.id, year: row.year, evaluator: row.evaluator, title: row.title, status: row.status, resultScore: row.result?.score ?? null, resultRank: row.result?.rank ?? null, version: row.version };
}
