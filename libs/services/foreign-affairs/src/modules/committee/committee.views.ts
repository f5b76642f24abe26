import type { WorkingCalendar } from '@gov/calendar';
import type { CommitteeHistoryEntry, CommitteeMeetingSnapshot, CommitteeMeetingView, CommitteeReportSnapshot, CommitteeReportView } from '@gov/contracts-foreign-affairs';
import type { SourceItemView } from '@gov/contracts-supervision';
import type { CommitteeMeetingRow, CommitteeReportRow } from './committee.repository.js';
import { reportLight } from './committee.rules.js';

/**
 * Row → view (no personal data in these records: the members' names are office holders acting in office); each decided
 * item with the 督办事项 opened from it, once supervision has reported it.
 */
export function toCommitteeMeetingView(row: CommitteeMeetingRow, timeline: CommitteeHistoryEntry[], items: ReadonlyMap<string, SourceItemView> = new Map()): CommitteeMeetingView {
  return {
    ...row,
    decisions: row.decisions.map((d) => (items.has(d.id) ? { ...d, supervision: items.get(d.id) } : d)),
    publishedAt: row.publishedAt ? row.publishedAt.toISOString() : null,
    timeline,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function meetingSnapshotOf(row: CommitteeMeetingRow): CommitteeMeetingSnapshot {
  return { id: row.id, kind: row.kind, title: row.title, meetingDate: row.meetingDate, status: row.status, version: row.version };
}

/** Row → view, with its overdue flag and 红黄绿灯 judged on `today` over the calendar copy. */
export function toCommitteeReportView(row: CommitteeReportRow, timeline: CommitteeHistoryEntry[], calendar: WorkingCalendar, today: string): CommitteeReportView {
  const judged = reportLight(calendar, row, today);
  return {
    ...row,
    overdue: judged.overdue,
    light: judged.light,
    lightReason: judged.reason,
    timeline,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function reportSnapshotOf(row: CommitteeReportRow): CommitteeReportSnapshot {
  return { id: row.id, title: row.title, kind: row.kind, recipient: row.recipient, status: row.status, dueDate: row.dueDate, sentOn: row.sentOn, version: row.version };
}
