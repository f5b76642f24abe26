import { RECEPTION_STATUS_LABELS, type ReceptionScheduled, type ReceptionSnapshot, type ReceptionView } from '@gov/contracts-foreign-affairs';
import type { ReceptionRow } from './receptions.repository.js';

/** Row → view (no personal data beyond the guests' names and posts, which the plan is about). */
export function toReceptionView(row: ReceptionRow): ReceptionView {
  return {
    id: row.id,
    unitId: row.unitId,
    title: row.title,
    protocolLevel: row.protocolLevel,
    purpose: row.purpose,
    startsAt: row.startsAt,
    endsAt: row.endsAt,
    ...(row.location ? { location: row.location } : {}),
    guests: row.guests,
    leaders: row.leaders,
    programme: row.programme,
    responsible: row.responsible,
    gifts: row.gifts,
    giftsTotalFen: row.giftsTotalFen,
    status: row.status,
    statusLabel: RECEPTION_STATUS_LABELS[row.status],
    summary: row.summary,
    withdrawalReason: row.withdrawalReason,
    version: row.version,
    createdAt: new Date(row.createdAt).toISOString(),
    createdBy: row.createdBy,
    updatedAt: new Date(row.updatedAt).toISOString(),
    updatedBy: row.updatedBy,
  };
}

/** What the events carry. */
export function snapshotOf(row: ReceptionRow): ReceptionSnapshot {
  return { id: row.id, unitId: row.unitId, title: row.title, status: row.status, version: row.version };
}

/** The entry of the leaders' calendars: duty-and-meetings' activity fields with kind `reception`. */
export function calendarEntryOf(row: ReceptionRow): ReceptionScheduled.Event {
  return {
    receptionId: row.id,
    kind: 'reception',
    title: row.title,
    startsAt: row.startsAt,
    endsAt: row.endsAt,
    ...(row.location ? { location: row.location } : {}),
    description: row.purpose.slice(0, 2000),
    leaders: row.leaders,
    guests: row.guests,
    programme: row.programme,
    responsible: row.responsible,
    version: row.version,
  };
}
