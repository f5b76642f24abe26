import {
  COUNTERSIGN_STATUS_LABELS,
  DISCLOSURE_LABELS,
  OUTGOING_STATUS_LABELS,
  type AgencyCodeView,
  type DistributionView,
  type FileRefView,
  type ListOutgoing,
  type OutgoingDocumentView,
  type OutgoingStatus,
} from '@gov/contracts-document-secretariat';
import { auditOf } from '../../common/audit-columns.js';
import { isUpward } from './outgoing-state.js';
import type { AgencyCodeRow, CountersignRow, DistributionRow, OutgoingRow, ReviewRow } from './outgoing.repository.js';

/** Where the document came from when another section handed it over signed (`outgoing_origin`). */
export type OriginRow = { origin_kind: string; origin_id: string; origin_label: string };

/** A later document that corrects this one. */
export type CorrectionRow = Pick<OutgoingRow, 'id' | 'title' | 'status' | 'doc_number'>;

/** The view of a document with what belongs to it: the latest 核稿, the 会签, the distribution, attachments and corrections. */
export function outgoingView(
  row: OutgoingRow,
  related: { review: ReviewRow | null; countersigns: CountersignRow[]; distribution: DistributionRow[]; attachments: FileRefView[]; corrections: CorrectionRow[]; origin?: OriginRow | null },
): OutgoingDocumentView {
  const { review, countersigns, distribution, attachments, corrections, origin } = related;
  const iso = (d: Date | null) => d?.toISOString();
  return {
    id: row.id,
    status: row.status,
    statusLabel: OUTGOING_STATUS_LABELS[row.status],
    agencyCode: row.agency_code,
    issuingBody: row.issuing_body,
    docType: row.doc_type as OutgoingDocumentView['docType'],
    title: row.title,
    mainRecipients: row.main_recipients,
    copyRecipients: row.copy_recipients,
    upward: isUpward(row.doc_type, row.main_recipients.map((r) => r.relation)),
    secrecyLevel: row.secrecy_level,
    ...(row.secrecy_period ? { secrecyPeriod: row.secrecy_period } : {}),
    ...(row.copy_number ? { copyNumber: row.copy_number } : {}),
    urgency: row.urgency as OutgoingDocumentView['urgency'],
    ...(row.proposed_signer_name ? { proposedSignerName: row.proposed_signer_name } : {}),
    draftedBy: row.drafted_by,
    draftedByName: row.drafted_by_name,
    ...(row.drafting_section ? { draftingSection: row.drafting_section } : {}),
    bodyVersionNo: row.body_version_no,
    bodySha256: row.body_sha256.trim(),
    attachments,
    ...(review
      ? {
          latestReview: {
            id: review.id,
            bodyVersionNo: review.body_version_no,
            outcome: review.outcome,
            findings: review.findings,
            ...(review.comment ? { comment: review.comment } : {}),
            reviewedBy: review.reviewed_by,
            reviewedByName: review.reviewed_by_name,
            reviewedAt: review.reviewed_at.toISOString(),
          },
        }
      : {}),
    countersigns: countersigns.map((c) => ({
      id: c.id,
      round: c.round,
      partyKind: c.party_kind,
      ...(c.unit_id ? { unitId: c.unit_id } : {}),
      ...(c.section_code ? { sectionCode: c.section_code } : {}),
      partyName: c.party_name,
      status: c.status,
      statusLabel: COUNTERSIGN_STATUS_LABELS[c.status],
      ...(c.opinion ? { opinion: c.opinion } : {}),
      ...(c.signed_by ? { signedBy: c.signed_by, signedByName: c.signed_by_name ?? '', signedAt: iso(c.signed_at) } : {}),
      requestedBy: c.requested_by,
      requestedAt: c.requested_at.toISOString(),
    })),
    ...(row.signer_name ? { signerName: row.signer_name, signedBy: row.signed_by ?? undefined, signedAt: iso(row.signed_at) } : {}),
    ...(row.signer_title ? { signerTitle: row.signer_title } : {}),
    ...(row.sign_opinion ? { signOpinion: row.sign_opinion } : {}),
    ...(row.written_date ? { writtenDate: row.written_date } : {}),
    ...(row.agency_code_version ? { agencyCodeVersion: row.agency_code_version } : {}),
    ...(row.doc_number ? { docNumber: row.doc_number, docNumberManual: row.doc_number_manual } : {}),
    ...(row.print_quantity ? { printQuantity: row.print_quantity, printedSecurely: !!row.printed_securely, printedAt: iso(row.printed_at) } : {}),
    ...(row.copy_number_from ? { copyNumberFrom: row.copy_number_from, copyNumberTo: row.copy_number_to ?? undefined } : {}),
    ...(row.seal_use_id ? { sealUseId: row.seal_use_id, sealedAt: iso(row.sealed_at) } : {}),
    ...(row.disclosure ? { disclosure: row.disclosure, disclosureLabel: DISCLOSURE_LABELS[row.disclosure] } : {}),
    ...(row.non_disclosure_reason ? { nonDisclosureReason: row.non_disclosure_reason } : {}),
    ...(row.issued_at ? { issuedAt: iso(row.issued_at), issuedBy: row.issued_by ?? undefined } : {}),
    distribution: distribution.map(distributionView),
    routing: row.routing ?? {},
    ...(row.corrects_document_id ? { correctsDocumentId: row.corrects_document_id } : {}),
    ...(row.correction_reason ? { correctionReason: row.correction_reason } : {}),
    correctedBy: corrections.map((c) => ({ id: c.id, title: c.title, status: c.status as OutgoingStatus, ...(c.doc_number ? { docNumber: c.doc_number } : {}) })),
    ...(origin ? { origin: { kind: origin.origin_kind, id: origin.origin_id, label: origin.origin_label } } : {}),
    ...auditOf(row),
  };
}

export function listItemView(row: OutgoingRow): ListOutgoing.Reply['items'][number] {
  return {
  id: row.id,
  status: row.status,
  statusLabel: OUTGOING_STATUS_LABELS[row.status],
  agencyCode: row.agency_code,
  docType: row.doc_type,
  title: row.title,
  ...(row.doc_number ? { docNumber: row.doc_number } : {}),
  secrecyLevel: row.secrecy_level,
  draftedByName: row.drafted_by_name,
  ...(row.issued_at ? { issuedAt: row.issued_at.toISOString() } : {}),
  updatedAt: row.updated_at.toISOString(),
  version: row.version,
};
}

export function distributionView(row: DistributionRow): DistributionView {
  return {
    id: row.id,
    unitId: row.unit_id,
    unitName: row.unit_name,
    role: row.role,
    distributedAt: row.distributed_at.toISOString(),
    ...(row.received_at ? { receivedAt: row.received_at.toISOString(), receivedBy: row.received_by ?? '', receivedByName: row.received_by_name ?? '' } : {}),
  };
}

export function agencyView(row: AgencyCodeRow): AgencyCodeView {
  return {
    code: row.code,
    issuingBody: row.issuing_body,
    bodyNames: row.body_names,
    signerRoles: row.signer_roles,
    signerUserIds: row.signer_user_ids,
    effectiveFrom: row.effective_from,
    source: row.source,
    status: row.status,
    version: row.version,
    updatedAt: row.updated_at.toISOString(),
    updatedBy: row.updated_by,
  };
}
