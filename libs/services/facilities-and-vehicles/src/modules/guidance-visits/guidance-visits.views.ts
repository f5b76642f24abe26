import type { GuidanceVisitSnapshot, GuidanceVisitView } from '@gov/contracts-facilities-and-vehicles';
import type { GuidanceVisitRow } from './guidance-visits.repository.js';
import { isOverdue } from './guidance-visits.rules.js';

/** Row → view (no personal fields in this record); `today` decides 逾期. */
export function toGuidanceVisitView(row: GuidanceVisitRow, today: string): GuidanceVisitView {
  return {
    id: row.id,
    unitId: row.unitId,
    unitName: row.unitName,
    visitDate: row.visitDate,
    visitors: row.visitors,
    findings: row.findings,
    items: row.items,
    dueDate: row.dueDate,
    overdue: isOverdue(row.status, row.dueDate, today),
    status: row.status,
    rectificationReport: row.rectificationReport,
    reportedBy: row.reportedBy,
    reportedAt: row.reportedAt ? row.reportedAt.toISOString() : null,
    closingNote: row.closingNote,
    closedBy: row.closedBy,
    closedAt: row.closedAt ? row.closedAt.toISOString() : null,
    withdrawalReason: row.withdrawalReason,
    history: row.history,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    createdBy: row.createdBy,
    updatedAt: row.updatedAt.toISOString(),
    updatedBy: row.updatedBy,
  };
}

/** What the events carry. */
export function snapshotOf(row: GuidanceVisitRow): GuidanceVisitSnapshot {
  return { id: row.id, unitId: row.unitId, unitName: row.unitName, visitDate: row.visitDate, status: row.status, dueDate: row.dueDate, version: row.version };
}
