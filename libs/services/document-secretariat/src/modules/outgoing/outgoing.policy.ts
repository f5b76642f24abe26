import { hasPermission, type CallerContext } from '@gov/contracts-common';
import { CommonDocumentErrors, DocumentSecretariatPermissions } from '@gov/contracts-document-secretariat';
import { DomainError } from '@gov/platform';
import { canSee } from '../../common/access.js';
import type { OutgoingRow } from './outgoing.repository.js';

export const OUTGOING_DRAFT = DocumentSecretariatPermissions.outgoingDraft;
export const OUTGOING_PROCESS = DocumentSecretariatPermissions.outgoingProcess;
export const OUTGOING_COUNTERSIGN = DocumentSecretariatPermissions.outgoingCountersign;
export const OUTGOING_SIGN = DocumentSecretariatPermissions.outgoingSign;
export const DOCUMENTS_HANDLE_OWN = DocumentSecretariatPermissions.documentsHandleOwn;

/** The confidentiality rule of every document record, plus the office sections asked to countersign. */
export function canSeeOutgoing(caller: CallerContext, row: OutgoingRow): boolean {
  if (canSee(caller, { secrecyLevel: row.secrecy_level, unitIds: row.unit_ids, userIds: row.user_ids })) return true;
  return row.secrecy_level <= caller.clearance && !caller.unitId && !!caller.sectionCode && row.countersign_sections.includes(caller.sectionCode);
}

/** Holds one of the permissions, or the 403 with the message. */
export function requireAny(caller: CallerContext, anyOf: string[], message: string): void {
  if (!anyOf.some((p) => hasPermission(caller, p))) throw new DomainError(CommonDocumentErrors.forbidden, message);
}

export function requireDrafterOrClerk(caller: CallerContext, doc: OutgoingRow): void {
  if (doc.drafted_by_user_id !== caller.userId && !hasPermission(caller, OUTGOING_PROCESS)) {
    throw new DomainError(CommonDocumentErrors.forbidden, '只有拟稿人或文秘科可以修改、送核或发起会签');
  }
}
