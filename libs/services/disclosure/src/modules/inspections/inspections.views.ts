import { INSPECTION_STATUS_LABELS, type InspectionSnapshot, type DisclosureInspectionView } from '@gov/contracts-disclosure';
import type { InspectionRow } from './inspections.repository.js';
import { isOverdue } from './inspections.rules.js';

/** Row → view (an inspection holds no personal data). */
export function toInspectionView(row: InspectionRow, today: string): DisclosureInspectionView {
  return {
    id: row.id,
    unitId: row.unitId,
    title: row.title,
    url: row.url,
    inspectedOn: row.inspectedOn,
    content: row.content,
    status: row.status,
    statusLabel: INSPECTION_STATUS_LABELS[row.status],
    workingDays: row.workingDays,
    dueDate: row.dueDate,
    dueExplanation: row.dueExplanation,
    rectifiedOn: row.rectifiedOn,
    rectificationNote: row.rectificationNote,
    rectifiedBy: row.rectifiedBy,
    overdue: isOverdue(row, today),
    withdrawalReason: row.withdrawalReason,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    createdBy: row.createdBy,
    updatedAt: row.updatedAt.toISOString(),
    updatedBy: row.updatedBy,
  };
}

/** What the events carry. */
export function snapshotOf(row: InspectionRow): InspectionSnapshot {
  return { id: row.id, unitId: row.unitId, title: row.title, status: row.status, dueDate: row.dueDate, version: row.version };
}
