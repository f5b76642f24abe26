import { INVITATION_STATUS_LABELS, type InvitationSnapshot, type InvitationView } from '@gov/contracts-foreign-affairs';
import type { FieldCipher } from '@gov/platform';
import type { InvitationRow } from './invitations.repository.js';

/** Row → view: passports in full on the record's page for those who handle it (`cipher` given), masked otherwise. */
export function toInvitationView(row: InvitationRow, cipher?: FieldCipher): InvitationView {
  return {
    id: row.id,
    unitId: row.unitId,
    title: row.title,
    unitName: row.unitName,
    purpose: row.purpose,
    arrivalDate: row.arrivalDate,
    departureDate: row.departureDate,
    guests: row.guests.map((g) => ({
      name: g.name,
      nationality: g.nationality,
      ...(g.organization ? { organization: g.organization } : {}),
      ...(g.post ? { post: g.post } : {}),
      passportNumber: cipher ? cipher.decrypt(g.passportEncrypted) : g.passportMasked,
    })),
    status: row.status,
    statusLabel: INVITATION_STATUS_LABELS[row.status],
    opinion: row.opinion,
    letterNumber: row.letterNumber,
    letterIssuedOn: row.letterIssuedOn,
    withdrawalReason: row.withdrawalReason,
    version: row.version,
    createdAt: new Date(row.createdAt).toISOString(),
    createdBy: row.createdBy,
    updatedAt: new Date(row.updatedAt).toISOString(),
    updatedBy: row.updatedBy,
  };
}

export function snapshotOf(row: InvitationRow): InvitationSnapshot {
  return { id: row.id, unitId: row.unitId, title: row.title, status: row.status, version: row.version };
}
