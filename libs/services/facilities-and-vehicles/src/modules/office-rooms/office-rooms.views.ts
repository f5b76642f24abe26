import { OFFICE_ROOM_STATUS_LABELS, RANK_LABELS, ROOM_USE_LABELS, type OfficeRoomSnapshot, type OfficeRoomView } from '@gov/contracts-facilities-and-vehicles';
import type { OccupantRow, OfficeRoomRow, RoomHistoryRow } from './office-rooms.repository.js';
import { ROOM_STEP_LABELS } from './office-rooms.rules.js';

/** Row → view with the current occupants, the standard they make and whether the room is over it. */
export function toOfficeRoomView(row: OfficeRoomRow, occupants: readonly OccupantRow[], history: readonly RoomHistoryRow[] = []): OfficeRoomView {
  const standardM2 = row.use === 'office' ? Number(occupants.reduce((sum, o) => sum + o.standardM2, 0).toFixed(2)) : 0;
  return {
    id: row.id,
    building: row.building,
    roomNumber: row.roomNumber,
    usableAreaM2: row.usableAreaM2,
    use: row.use,
    useLabel: ROOM_USE_LABELS[row.use],
    unitId: row.unitId,
    status: row.status,
    statusLabel: OFFICE_ROOM_STATUS_LABELS[row.status],
    occupants: occupants.map((o) => ({ id: o.id, personName: o.personName, rank: o.rank, rankLabel: RANK_LABELS[o.rank], standardM2: o.standardM2, since: o.since, until: o.until, endReason: o.endReason })),
    standardM2,
    overStandard: row.use === 'office' && row.status === 'in_use' && occupants.length > 0 && row.usableAreaM2 > standardM2,
    retireReason: row.retireReason,
    timeline: history.map((h) => ({ step: h.step, label: ROOM_STEP_LABELS[h.step as keyof typeof ROOM_STEP_LABELS] ?? h.step, actor: h.actor, at: h.at.toISOString(), note: h.note })),
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    createdBy: row.createdBy,
    updatedAt: row.updatedAt.toISOString(),
    updatedBy: row.updatedBy,
  };
}

export function snapshotOf(row: OfficeRoomRow, occupants: number): OfficeRoomSnapshot {
  return { id: row.id, unitId: row.unitId, building: row.building, roomNumber: row.roomNumber, status: row.status, occupants, version: row.version };
}
