import type { SubmissionSnapshot, SubmissionView } from '@gov/contracts-information';
import type { SubmissionRow } from './submissions.repository.js';

/** Row → view (no personal fields in this record; mask them here for lists when there are). */
export function toSubmissionView(row: SubmissionRow): SubmissionView {
  return {
    id: row.id,
    unitId: row.unitId,
    title: row.title,
    content: row.content,
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
export function snapshotOf(row: SubmissionRow): SubmissionSnapshot {
  return { id: row.id, unitId: row.unitId, title: row.title, status: row.status, version: row.version };
}
