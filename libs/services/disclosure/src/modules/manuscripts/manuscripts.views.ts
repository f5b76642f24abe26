import { MANUSCRIPT_STATUS_LABELS, MANUSCRIPT_TARGET_LABELS, type ManuscriptDetail, type ManuscriptSnapshot, type ManuscriptView } from '@gov/contracts-disclosure';
import type { ManuscriptRow, ManuscriptStepRow } from './manuscripts.repository.js';

/** Row → view (the authors' names are printed with the manuscript: no personal data to mask). */
export function toManuscriptView(row: ManuscriptRow): ManuscriptView {
  return {
    id: row.id,
    unitId: row.unitId,
    title: row.title,
    authors: row.authors,
    authorUnit: row.authorUnit,
    target: row.target,
    targetLabel: MANUSCRIPT_TARGET_LABELS[row.target],
    content: row.content,
    attachments: row.attachments,
    status: row.status,
    statusLabel: MANUSCRIPT_STATUS_LABELS[row.status],
    submittedOn: row.submittedOn,
    submittedBy: row.submittedBy,
    adoptedOn: row.adoptedOn,
    publishedIn: row.publishedIn,
    issueNumber: row.issueNumber,
    rejectionNote: row.rejectionNote,
    withdrawalReason: row.withdrawalReason,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    createdBy: row.createdBy,
    updatedAt: row.updatedAt.toISOString(),
    updatedBy: row.updatedBy,
  };
}

/** The manuscript with its timeline. */
export function toManuscriptDetail(row: ManuscriptRow, steps: ManuscriptStepRow[]): ManuscriptDetail {
  return { ...toManuscriptView(row), steps: steps.map((s) => ({ step: s.step, label: s.label, note: s.note, by: s.by, at: new Date(s.at).toISOString() })) };
}

/** What the events carry. */
export function snapshotOf(row: ManuscriptRow): ManuscriptSnapshot {
  return { id: row.id, unitId: row.unitId, title: row.title, target: row.target, status: row.status, submittedOn: row.submittedOn, adoptedOn: row.adoptedOn, version: row.version };
}
