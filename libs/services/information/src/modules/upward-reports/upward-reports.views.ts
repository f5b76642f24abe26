import type { InfoUpwardReportSnapshot, InfoUpwardReportView } from '@gov/contracts-information';
import type { FeedbackRow, UpwardReportRow } from './upward-reports.repository.js';

/** Row and its feedback → view (no personal fields in this record). */
export function toUpwardReportView(row: UpwardReportRow, feedback: readonly FeedbackRow[]): InfoUpwardReportView {
  return {
    id: row.id,
    items: row.items,
    office: row.office,
    sentOn: row.sentOn,
    channel: row.channel,
    note: row.note,
    feedback: feedback
      .filter((f) => f.reportId === row.id)
      .map((f) => ({
        id: f.id,
        submissionId: f.submissionId,
        kind: f.kind,
        level: f.level,
        receivedOn: f.receivedOn,
        outlet: f.outlet,
        leaderName: f.leaderName,
        content: f.content,
        points: f.points,
        weightVersion: f.weightVersion,
        alreadyRecorded: f.alreadyRecorded,
        recordedBy: f.recordedBy,
        recordedAt: new Date(f.recordedAt).toISOString(),
      })),
    status: row.status,
    withdrawalReason: row.withdrawalReason,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    createdBy: row.createdBy,
    updatedAt: row.updatedAt.toISOString(),
    updatedBy: row.updatedBy,
  };
}

/** What the events carry. */
export function snapshotOf(row: UpwardReportRow): InfoUpwardReportSnapshot {
  return { id: row.id, submissionIds: row.submissionIds, office: row.office, sentOn: row.sentOn, status: row.status, version: row.version };
}
