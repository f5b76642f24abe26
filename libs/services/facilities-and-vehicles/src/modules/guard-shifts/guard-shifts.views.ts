import { GUARD_SHIFT_KIND_LABELS, GUARD_SHIFT_STATUS_LABELS, type GuardShiftSnapshot, type GuardShiftView } from '@gov/contracts-facilities-and-vehicles';
import type { GuardShiftRow } from './guard-shifts.repository.js';

/** Row → view. */
export function toGuardShiftView(row: GuardShiftRow): GuardShiftView {
  return {
    id: row.id,
    date: row.date,
    shift: row.shift,
    shiftLabel: GUARD_SHIFT_KIND_LABELS[row.shift],
    post: row.post,
    guardName: row.guardName,
    note: row.note,
    status: row.status,
    statusLabel: GUARD_SHIFT_STATUS_LABELS[row.status],
    cancelReason: row.cancelReason,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    createdBy: row.createdBy,
    updatedAt: row.updatedAt.toISOString(),
    updatedBy: row.updatedBy,
  };
}

/** What the events carry (no names). */
export function snapshotOf(row: GuardShiftRow): GuardShiftSnapshot {
  return { id: row.id, date: row.date, shift: row.shift, post: row.post, status: row.status, version: row.version };
}
