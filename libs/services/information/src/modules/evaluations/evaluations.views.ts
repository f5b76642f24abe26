import type { EvaluationAdjustmentView, EvaluationDetailView, EvaluationLine, EvaluationSnapshot, EvaluationView } from '@gov/contracts-information';
import type { AdjustmentRow, EvaluationRow } from './evaluations.repository.js';

/** Row → view (no personal fields in this record). */
export function toEvaluationView(row: EvaluationRow): EvaluationView {
  return {
    id: row.id,
    year: row.year,
    status: row.status,
    finalizedBy: row.finalizedBy,
    finalizedAt: row.finalizedAt ? new Date(row.finalizedAt).toISOString() : null,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    createdBy: row.createdBy,
    updatedAt: row.updatedAt.toISOString(),
    updatedBy: row.updatedBy,
  };
}

export function toAdjustmentView(row: AdjustmentRow): EvaluationAdjustmentView {
  return {
    id: row.id,
    unitId: row.unitId,
    unitName: row.unitName,
    points: row.points,
    reason: row.reason,
    createdBy: row.createdBy,
    createdAt: new Date(row.createdAt).toISOString(),
    withdrawalReason: row.withdrawalReason,
    withdrawnBy: row.withdrawnBy,
    withdrawnAt: row.withdrawnAt ? new Date(row.withdrawnAt).toISOString() : null,
  };
}

export function toDetailView(row: EvaluationRow, lines: EvaluationLine[], adjustments: AdjustmentRow[]): EvaluationDetailView {
  return { ...toEvaluationView(row), lines, adjustments: adjustments.map(toAdjustmentView) };
}

/** What the events carry. */
export function snapshotOf(row: EvaluationRow): EvaluationSnapshot {
  return { id: row.id, year: row.year, status: row.status, finalizedBy: row.finalizedBy, finalizedAt: row.finalizedAt ? new Date(row.finalizedAt).toISOString() : null, version: row.version };
}
