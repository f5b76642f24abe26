import {
  LOGISTICS_CATEGORY_LABELS,
  LOGISTICS_REQUEST_STATUS_LABELS,
  URGENCY_LABELS,
  type LogisticsRequestSnapshot,
  type LogisticsRequestView,
  type LogisticsRuleView,
} from '@gov/contracts-facilities-and-vehicles';
import type { LogisticsHistoryRow, LogisticsRequestRow, LogisticsRuleRow } from './logistics-requests.repository.js';
import { LOGISTICS_STEP_LABELS, lightOf } from './logistics-requests.rules.js';

const iso = (d: Date | null): string | null => (d ? d.toISOString() : null);

/** Row → view, with its light as of `now` (no personal data beyond the requester's name); the timeline only in the detail. */
export function toLogisticsRequestView(row: LogisticsRequestRow, now: Date, history: readonly LogisticsHistoryRow[] = []): LogisticsRequestView {
  const light = lightOf(row, now);
  return {
    id: row.id,
    category: row.category,
    categoryLabel: LOGISTICS_CATEGORY_LABELS[row.category],
    urgency: row.urgency,
    urgencyLabel: URGENCY_LABELS[row.urgency],
    location: row.location,
    description: row.description,
    photoFileIds: row.photoFileIds,
    unitId: row.unitId,
    requesterName: row.requesterName,
    status: row.status,
    statusLabel: LOGISTICS_REQUEST_STATUS_LABELS[row.status],
    submittedAt: row.submittedAt.toISOString(),
    responseDueAt: row.responseDueAt.toISOString(),
    completionDueAt: row.completionDueAt.toISOString(),
    dueExplanation: row.dueExplanation,
    deadlineRule: row.deadlineRule,
    assignee: row.assignee,
    assignedAt: iso(row.assignedAt),
    completedAt: iso(row.completedAt),
    completionNote: row.completionNote,
    satisfaction: row.satisfaction,
    feedback: row.feedback,
    reason: row.reason,
    light: light.light,
    lightReason: light.reason,
    late: light.late,
    timeline: history.map((h) => ({ step: h.step, label: LOGISTICS_STEP_LABELS[h.step as keyof typeof LOGISTICS_STEP_LABELS] ?? h.step, actor: h.actor, at: h.at.toISOString(), note: h.note })),
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    createdBy: row.createdBy,
    updatedAt: row.updatedAt.toISOString(),
    updatedBy: row.updatedBy,
  };
}

export function ruleView(row: LogisticsRuleRow): LogisticsRuleView {
  return {
    id: row.id,
    urgency: row.urgency,
    responseAmount: row.responseAmount,
    responseUnit: row.responseUnit,
    completionAmount: row.completionAmount,
    completionUnit: row.completionUnit,
    effectiveFrom: row.effectiveFrom,
    source: row.source,
    createdAt: row.createdAt.toISOString(),
    createdBy: row.createdBy,
  };
}

/** What the events carry. */
export function snapshotOf(row: LogisticsRequestRow): LogisticsRequestSnapshot {
  return { id: row.id, unitId: row.unitId, category: row.category, urgency: row.urgency, location: row.location, status: row.status, version: row.version };
}
