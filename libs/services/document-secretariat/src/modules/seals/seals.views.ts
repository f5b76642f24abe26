import { SEAL_KIND_LABELS, SEAL_REQUEST_STATUS_LABELS, type SealRequestView, type SealUseView, type SealView } from '@gov/contracts-document-secretariat';
import { auditOf } from '../../common/audit-columns.js';
import type { RequestRow, SealRow, UseRow } from './seals.repository.js';

export function sealView(row: SealRow): SealView {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    kindLabel: SEAL_KIND_LABELS[row.kind],
    keeperName: row.keeper_name,
    ...(row.keeper_user_id ? { keeperUserId: row.keeper_user_id } : {}),
    status: row.status,
    ...(row.retired_reason ? { retiredReason: row.retired_reason, retiredBy: row.retired_by ?? '', retiredAt: row.retired_at?.toISOString() } : {}),
    ...auditOf(row),
  };
}

export function useView(row: UseRow): SealUseView {
  return {
    id: row.id,
    requestId: row.request_id,
    sealId: row.seal_id,
    sealName: row.seal_name,
    impressions: row.impressions,
    appliedBy: row.applied_by,
    appliedByName: row.applied_by_name,
    appliedAt: row.applied_at.toISOString(),
    ...(row.note ? { note: row.note } : {}),
    ...(row.document_id ? { documentId: row.document_id } : {}),
    ...(row.document_title ? { documentTitle: row.document_title } : {}),
  };
}

export function requestView(row: RequestRow, use: UseRow | null): SealRequestView {
  return {
    id: row.id,
    sealId: row.seal_id,
    sealName: row.seal_name ?? '',
    purpose: row.purpose,
    ...(row.document_kind ? { documentKind: row.document_kind } : {}),
    ...(row.document_id ? { documentId: row.document_id } : {}),
    ...(row.document_title ? { documentTitle: row.document_title } : {}),
    copies: row.copies,
    status: row.status,
    statusLabel: SEAL_REQUEST_STATUS_LABELS[row.status],
    requestedBy: row.requested_by,
    requestedByName: row.requested_by_name,
    requestedAt: row.requested_at.toISOString(),
    ...(row.decided_by ? { decidedBy: row.decided_by, decidedByName: row.decided_by_name ?? '', decidedAt: row.decided_at?.toISOString() } : {}),
    ...(row.decision_reason ? { decisionReason: row.decision_reason } : {}),
    ...(use ? { use: useView(use) } : {}),
    secrecyLevel: row.secrecy_level,
    version: row.version,
    updatedAt: row.updated_at.toISOString(),
  };
}
