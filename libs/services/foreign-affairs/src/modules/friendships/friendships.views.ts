import {
  FRIENDSHIP_KIND_LABELS,
  FRIENDSHIP_STATUS_LABELS,
  HONORARY_TITLE_STATUS_LABELS,
  type FriendshipSnapshot,
  type FriendshipView,
  type HonoraryTitleSnapshot,
  type HonoraryTitleView,
} from '@gov/contracts-foreign-affairs';
import type { FieldCipher } from '@gov/platform';
import type { FriendshipRow, HonoraryTitleRow } from './friendships.repository.js';

/** Row → view (no personal fields on a relation). */
export function toFriendshipView(row: FriendshipRow): FriendshipView {
  return {
    id: row.id,
    unitId: row.unitId,
    partnerName: row.partnerName,
    partnerOriginalName: row.partnerOriginalName,
    partnerType: row.partnerType,
    country: row.country,
    kind: row.kind,
    kindLabel: FRIENDSHIP_KIND_LABELS[row.kind],
    responsibleUnitName: row.responsibleUnitName,
    ...(row.note ? { note: row.note } : {}),
    status: row.status,
    statusLabel: FRIENDSHIP_STATUS_LABELS[row.status],
    signedOn: row.signedOn,
    terminatedOn: row.terminatedOn,
    terminationReason: row.terminationReason,
    agreements: row.agreements,
    exchanges: row.exchanges,
    version: row.version,
    createdAt: new Date(row.createdAt).toISOString(),
    createdBy: row.createdBy,
    updatedAt: new Date(row.updatedAt).toISOString(),
    updatedBy: row.updatedBy,
  };
}

export function snapshotOf(row: FriendshipRow): FriendshipSnapshot {
  return { id: row.id, unitId: row.unitId, partnerName: row.partnerName, country: row.country, kind: row.kind, status: row.status, version: row.version };
}

/** Row → view: the 护照号 in full on the record's page for those who handle it (`cipher` given), masked otherwise. */
export function toHonoraryTitleView(row: HonoraryTitleRow, cipher?: FieldCipher): HonoraryTitleView {
  return {
    id: row.id,
    unitId: row.unitId,
    ...(row.friendshipId ? { friendshipId: row.friendshipId } : {}),
    titleName: row.titleName,
    nomineeName: row.nomineeName,
    nationality: row.nationality,
    passportNumber: cipher ? cipher.decrypt(row.passportEncrypted) : row.passportMasked,
    contribution: row.contribution,
    proposingUnitName: row.proposingUnitName,
    status: row.status,
    statusLabel: HONORARY_TITLE_STATUS_LABELS[row.status],
    reviewOpinion: row.reviewOpinion,
    reviewedBy: row.reviewedBy,
    approver: row.approver,
    approvingBody: row.approvingBody,
    approvedOn: row.approvedOn,
    conferredOn: row.conferredOn,
    certificateNumber: row.certificateNumber,
    endReason: row.endReason,
    version: row.version,
    createdAt: new Date(row.createdAt).toISOString(),
    createdBy: row.createdBy,
    updatedAt: new Date(row.updatedAt).toISOString(),
    updatedBy: row.updatedBy,
  };
}

export function titleSnapshotOf(row: HonoraryTitleRow): HonoraryTitleSnapshot {
  return { id: row.id, unitId: row.unitId, titleName: row.titleName, nomineeName: row.nomineeName, nationality: row.nationality, status: row.status, version: row.version };
}
