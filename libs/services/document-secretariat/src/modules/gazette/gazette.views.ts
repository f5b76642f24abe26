import { GAZETTE_STATUS_LABELS, type GazetteEntryView, type GazetteIssueView } from '@gov/contracts-document-secretariat';
import { auditOf } from '../../common/audit-columns.js';
import { gazetteIssueLabel } from './gazette-states.js';
import type { EntryRow, IssueRow } from './gazette.repository.js';

export function toEntryView(r: EntryRow): GazetteEntryView {
  return { position: r.position, documentId: r.document_id, title: r.title, docNumber: r.doc_number, body: r.body, addedBy: r.added_by, addedAt: r.added_at.toISOString() };
}

export function toView(row: IssueRow, entries: GazetteEntryView[]): GazetteIssueView {
  return {
    id: row.id,
    year: row.year,
    ...(row.issue_number ? { issueNumber: row.issue_number } : {}),
    label: gazetteIssueLabel(row.year, row.issue_number),
    ...(row.note ? { note: row.note } : {}),
    status: row.status,
    statusLabel: GAZETTE_STATUS_LABELS[row.status],
    entries,
    ...(row.published_on ? { publishedOn: row.published_on, publishedBy: row.published_by ?? undefined } : {}),
    ...(row.cancel_reason ? { cancelReason: row.cancel_reason } : {}),
    ...auditOf(row),
  };
}
