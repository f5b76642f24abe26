import type { WorkingCalendar } from '@gov/calendar';
import type { CommitteeHistoryEntry, CommitteeMeetingSnapshot, CommitteeMeetingView, CommitteeReportSnapshot, CommitteeReportView } from '@gov/contracts-foreign-affairs';
import type { CommitteeMeetingRow, CommitteeReportRow } from './committee.repository.js';
import { reportLight } from './committee.rules.js';

/** Row → view (no personal data in these records: the members' names are office holders acting in office). */
export function toCommitteeMeetingView(row: CommitteeMeetingRow, timeline: CommitteeHistoryEntry[]): CommitteeMeetingView {
  return {
    ...row,
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
