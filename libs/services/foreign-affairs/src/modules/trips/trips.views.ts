import { TRIP_STATUS_LABELS, type TripHistoryEntry, type TripMemberView, type TripSnapshot, type TripView } from '@gov/contracts-foreign-affairs';
import type { FieldCipher } from '@gov/platform';
import type { HistoryRow, StoredMember, TripRow } from './trips.repository.js';
import { publicityOver, reportOverdue, STEP_LABELS, type TripStep } from './trips.rules.js';

/** How the members' personal numbers are shown: `full` (decrypted) on the record's page for those who handle it, else masked. */
export type MemberDisclosure = { kind: 'full'; cipher: FieldCipher } | { kind: 'masked' };

function memberView(m: StoredMember, disclosure: MemberDisclosure): TripMemberView {
  const full = disclosure.kind === 'full';
  return {
    name: m.name,
    post: m.post,
    rank: m.rank,
    unitName: m.unitName,
    leadership: m.leadership,
    role: m.role,
    idNumber: full ? disclosure.cipher.decrypt(m.idEncrypted) : m.idMasked,
    passportNumber: m.passportEncrypted ? (full ? disclosure.cipher.decrypt(m.passportEncrypted) : m.passportMasked) : null,
    briefedOn: m.briefedOn,
    briefingNote: m.briefingNote,
  };
}

function historyView(h: HistoryRow): TripHistoryEntry {
  return {
    step: h.step,
    label: STEP_LABELS[h.step as TripStep | 'create' | 'sendBack'] ?? h.step,
    fromStatus: h.fromStatus,
    toStatus: h.toStatus,
    note: h.note,
    at: h.at.toISOString(),
    by: h.by,
  };
}

/** Row → view; `today` (Asia/Shanghai) judges whether the report is late. Lists pass no history (the timeline is the record's page). */
export function toTripView(row: TripRow, today: string, disclosure: MemberDisclosure = { kind: 'masked' }, history: readonly HistoryRow[] = []): TripView {
  return {
    id: row.id,
    number: row.number,
    title: row.title,
    unitId: row.unitId,
    unitName: row.unitName,
    purpose: row.purpose,
    planYear: row.planYear,
    planEntry: row.planEntry,
    countries: row.countries,
    departureDate: row.departureDate,
    returnDate: row.returnDate,
    itinerary: row.itinerary,
    members: row.members.map((m) => memberView(m, disclosure)),
    inviter: row.inviter,
    invitationSummary: row.invitationSummary,
    budgetFen: row.budgetFen,
    status: row.status,
    statusLabel: TRIP_STATUS_LABELS[row.status],
    check: row.checkResult,
    returnReason: row.returnReason,
    publicityFrom: row.publicityFrom,
    publicityEndsOn: row.publicityEndsOn,
    publicityExplanation: row.publicityExplanation,
    publicityInTime: publicityOver(row.publicityEndsOn, row.departureDate),
    departedOn: row.departedOn,
    returnedOn: row.returnedOn,
    passportDueOn: row.passportDueOn,
    passportsReturnedOn: row.passportsReturnedOn,
    reportDueOn: row.reportDueOn,
    reportDueExplanation: row.reportDueExplanation,
    reportOverdue: reportOverdue(row.status, row.reportDueOn, today),
    report: row.report,
    publicSummary: row.publicSummary,
    reportedAt: row.reportedAt ? new Date(row.reportedAt).toISOString() : null,
    withdrawalReason: row.withdrawalReason,
    timeline: history.map(historyView),
    version: row.version,
    createdAt: new Date(row.createdAt).toISOString(),
    createdBy: row.createdBy,
    updatedAt: new Date(row.updatedAt).toISOString(),
    updatedBy: row.updatedBy,
  };
}

/** What the events carry: no personal data. */
export function snapshotOf(row: TripRow): TripSnapshot {
  return {
    id: row.id,
    number: row.number,
    unitId: row.unitId,
    unitName: row.unitName,
    title: row.title,
    countries: row.countries.filter((c) => !c.transit || c.leavesAirport).map((c) => c.name),
    departureDate: row.departureDate,
    returnDate: row.returnDate,
    groupSize: row.groupSize,
    status: row.status,
    version: row.version,
  };
}
