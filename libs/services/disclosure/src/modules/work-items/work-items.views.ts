import type { WorkingCalendar } from '@gov/calendar';
import { WORK_ITEM_STATUS_LABELS, type WorkItemDetail, type WorkItemSnapshot, type WorkItemView } from '@gov/contracts-disclosure';
import type { WorkItemReportRow, WorkItemRow, WorkItemStepRow } from './work-items.repository.js';
import { workingDaysLeft, workItemLight } from './work-items.rules.js';

/** Row → view, with the light and the working days left on `today` (a work item holds no personal data). */
export function toWorkItemView(row: WorkItemRow, calendar: WorkingCalendar, today: string): WorkItemView {
  const light = workItemLight(calendar, row, today);
  return {
    id: row.id,
    year: row.year,
    number: row.number,
    content: row.content,
    basisDocument: row.basisDocument,
    leadUnitId: row.leadUnitId,
    coUnitIds: row.coUnitIds,
    dueDate: row.dueDate,
    workingDaysLeft: workingDaysLeft(calendar, row, today),
    status: row.status,
    statusLabel: WORK_ITEM_STATUS_LABELS[row.status],
    light: light.light,
    lightReason: light.reason,
    reminded: row.reminded,
    lastReportedOn: row.lastReportedOn,
    completionReportedOn: row.completionReportedOn,
    completedOn: row.completedOn,
    confirmedBy: row.confirmedBy,
    returnReason: row.returnReason,
    withdrawalReason: row.withdrawalReason,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    createdBy: row.createdBy,
    updatedAt: row.updatedAt.toISOString(),
    updatedBy: row.updatedBy,
  };
}

/** The item with its units' reports and its timeline. */
export function toWorkItemDetail(row: WorkItemRow, reports: WorkItemReportRow[], steps: WorkItemStepRow[], calendar: WorkingCalendar, today: string): WorkItemDetail {
  return {
    ...toWorkItemView(row, calendar, today),
    reports: reports.map((r) => ({ id: r.id, unitId: r.unitId, text: r.text, attachments: r.attachments, reportedOn: r.reportedOn, completion: r.completion, by: r.by, at: new Date(r.at).toISOString() })),
    steps: steps.map((s) => ({ step: s.step, label: s.label, note: s.note, by: s.by, at: new Date(s.at).toISOString() })),
  };
}

/** What the events carry. */
export function snapshotOf(row: WorkItemRow): WorkItemSnapshot {
  return { id: row.id, year: row.year, number: row.number, leadUnitId: row.leadUnitId, coUnitIds: row.coUnitIds, dueDate: row.dueDate, status: row.status, version: row.version };
}
