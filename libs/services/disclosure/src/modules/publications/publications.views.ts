import { PUBLICATION_STATUS_LABELS, type PublicationSnapshot, type PublicationView } from '@gov/contracts-disclosure';
import type { PublicationRow } from './publications.repository.js';
import { isLate } from './publications.rules.js';

/** Row → view (no personal data in this record); `today` judges lateness. */
export function toPublicationView(row: PublicationRow, today: string): PublicationView {
  return {
    id: row.id,
    unitId: row.unitId,
    title: row.title,
    content: row.content,
    category: row.category,
    source: row.source,
    documentId: row.documentId,
    docNumber: row.docNumber,
    issuingBody: row.issuingBody,
    madeOn: row.madeOn,
    status: row.status,
    statusLabel: PUBLICATION_STATUS_LABELS[row.status],
    dueDate: row.dueDate,
    dueExplanation: row.dueExplanation,
    late: isLate(row, today),
    secrecyReviewedBy: row.secrecyReviewedBy,
    secrecyReviewedOn: row.secrecyReviewedOn,
    secrecyNote: row.secrecyNote,
    indexNumber: row.indexNumber,
    publishedOn: row.publishedOn,
    url: row.url,
    withdrawalReason: row.withdrawalReason,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    createdBy: row.createdBy,
    updatedAt: row.updatedAt.toISOString(),
    updatedBy: row.updatedBy,
  };
}

/** What the events carry. */
export function snapshotOf(row: PublicationRow): PublicationSnapshot {
  return { id: row.id, unitId: row.unitId, title: row.title, status: row.status, documentId: row.documentId, indexNumber: row.indexNumber, version: row.version };
}
