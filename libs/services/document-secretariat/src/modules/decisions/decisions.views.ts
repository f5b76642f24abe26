import type { CallerContext } from '@gov/contracts-common';
import {
  DECISION_STAGE_LABELS,
  DECISION_STAGE_STATUS_LABELS,
  DECISION_STATUS_LABELS,
  type CatalogueView,
  type DecisionStage,
  type DecisionSummaryView,
  type DecisionView,
  type MajorDecisionChanged,
  type StageView,
} from '@gov/contracts-document-secretariat';
import { auditOf } from '../../common/audit-columns.js';
import { nextStage } from './decision-stages.js';
import { stateOf } from './decision-stage-rows.js';
import type { AdjustmentRow, CatalogueRow, DecisionRow, StageRow } from './decisions.repository.js';

export type Actor = Pick<CallerContext, 'userId' | 'username' | 'displayName'>;

/** A decision with its stages and adjustments. */
export function decisionView(row: DecisionRow, stages: StageRow[], adjustments: AdjustmentRow[]): DecisionView {
  const next = nextStage(stages.map(stateOf));
  return {
    id: row.id,
    year: row.year,
    title: row.title,
    ...(row.summary ? { summary: row.summary } : {}),
    undertakingUnitId: row.undertaking_unit_id,
    undertakingUnitName: row.undertaking_unit_name,
    plannedTime: row.planned_time,
    secrecyLevel: row.secrecy_level as DecisionView['secrecyLevel'],
    ...(row.secrecy_period ? { secrecyPeriod: row.secrecy_period } : {}),
    ...(row.copy_number ? { copyNumber: row.copy_number } : {}),
    status: row.status,
    statusLabel: DECISION_STATUS_LABELS[row.status],
    ...(next && row.status !== 'withdrawn' ? { nextStage: next } : {}),
    ...(row.result ? { result: row.result } : {}),
    ...(row.withdrawal_reason ? { withdrawalReason: row.withdrawal_reason } : {}),
    stages: stages.map(stageView),
    adjustments: adjustments.map((a) => ({
      at: a.adjusted_at.toISOString(),
      by: a.adjusted_by,
      reason: a.reason,
      before: a.before,
      after: a.after,
    })),
    ...auditOf(row),
  };
}

export function stageView(row: StageRow): StageView {
  return {
    stage: row.stage,
    stageLabel: DECISION_STAGE_LABELS[row.stage],
    required: row.required,
    status: row.status,
    statusLabel: DECISION_STAGE_STATUS_LABELS[row.status],
    ...(row.not_applicable_reason ? { notApplicableReason: row.not_applicable_reason } : {}),
    round: row.round,
    ...(row.started_at ? { startedAt: row.started_at.toISOString(), startedBy: row.started_by as string } : {}),
    ...(row.finished_at ? { finishedAt: row.finished_at.toISOString(), finishedBy: row.finished_by as string } : {}),
    ...(row.period_start ? { periodStart: row.period_start, periodDays: row.period_days as number } : {}),
    ...(row.period_end ? { periodEnd: row.period_end, periodExplanation: row.period_explanation ?? [] } : {}),
    outcome: row.outcome,
    evidence: row.evidence,
  };
}

export function summaryOf(row: DecisionRow & { next_stage: DecisionStage | null }): DecisionSummaryView {
  return {
    id: row.id,
    year: row.year,
    title: row.title,
    undertakingUnitId: row.undertaking_unit_id,
    undertakingUnitName: row.undertaking_unit_name,
    plannedTime: row.planned_time,
    status: row.status,
    statusLabel: DECISION_STATUS_LABELS[row.status],
    ...(row.next_stage && row.status !== 'withdrawn' ? { nextStage: row.next_stage } : {}),
    secrecyLevel: row.secrecy_level,
    version: row.version,
    updatedAt: row.updated_at.toISOString(),
  };
}

export function catalogueHeader(year: number, row: CatalogueRow | null): Omit<CatalogueView, 'items' | 'itemCount'> {
  return {
    year,
    published: row?.published ?? false,
    ...(row?.published_at ? { publishedAt: row.published_at.toISOString(), publishedBy: row.published_by as string } : {}),
    ...(row?.publication_channel ? { publicationChannel: row.publication_channel } : {}),
    version: row?.version ?? 0,
  };
}

export function changed(row: DecisionRow, actor: Actor, stage?: DecisionStage): MajorDecisionChanged.Event {
  return {
    decisionId: row.id,
    year: row.year,
    title: row.title,
    undertakingUnitId: row.undertaking_unit_id,
    status: row.status,
    ...(stage ? { stage } : {}),
    ...(row.result ? { result: row.result } : {}),
    secrecyLevel: row.secrecy_level,
    version: row.version,
    changedBy: actor.username,
  };
}
