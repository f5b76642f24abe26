import {
  OFFICE_BUILDING_STATUS_LABELS,
  ROOM_USE_LABELS,
  ROOM_USES,
  UNIFICATION_LABELS,
  type BuildingEntryView,
  type OfficeBuildingSnapshot,
  type OfficeBuildingView,
  type UnificationState,
} from '@gov/contracts-facilities-and-vehicles';
import type { BuildingEntryRow, BuildingHistoryRow, BuildingRoomRow, OfficeBuildingRow } from './office-buildings.repository.js';
import { BUILDING_STEP_LABELS, currentOwnership, entrySummary, unificationOf } from './office-buildings.rules.js';

export function toEntryView(e: BuildingEntryRow): BuildingEntryView {
  return {
    id: e.id,
    kind: e.kind,
    kindLabel: UNIFICATION_LABELS[e.kind],
    year: e.year,
    content: e.content,
    approvalDocument: e.approvalDocument,
    ownerUnit: e.ownerUnit,
    certificateNumber: e.certificateNumber,
    date: e.date,
    amountFen: e.amountFen,
    disposalKind: e.disposalKind,
    company: e.company,
    periodStart: e.periodStart,
    periodEnd: e.periodEnd,
    scope: e.scope,
    summary: entrySummary(e),
    ruleNote: e.ruleNote,
    status: e.status,
    voidReason: e.voidReason,
    voidedBy: e.voidedBy,
    voidedAt: e.voidedAt ? new Date(e.voidedAt).toISOString() : null,
    createdAt: new Date(e.createdAt).toISOString(),
    createdBy: e.createdBy,
  };
}

export const ownershipLabel = (registered: boolean): string => (registered ? '权属已统一登记' : '权属未统一登记');

/**
 * Row → view with its 六统一 on `today` and the area of its rooms by use; the entries, the rooms and the timeline only
 * when `detail` (a list gives the states alone).
 */
export function toOfficeBuildingView(
  row: OfficeBuildingRow,
  parts: { entries: readonly BuildingEntryRow[]; rooms: readonly BuildingRoomRow[]; today: string; history?: readonly BuildingHistoryRow[]; detail?: boolean },
): OfficeBuildingView {
  const registered = currentOwnership(parts.entries) !== null;
  return {
    id: row.id,
    name: row.name,
    address: row.address,
    usingUnits: row.usingUnits,
    totalFloorAreaM2: row.totalFloorAreaM2,
    builtYear: row.builtYear,
    status: row.status,
    statusLabel: OFFICE_BUILDING_STATUS_LABELS[row.status],
    withdrawalReason: row.withdrawalReason,
    ownershipRegistered: registered,
    ownershipLabel: ownershipLabel(registered),
    unification: unificationOf(parts.entries, parts.rooms.length, parts.today),
    areaByUse: ROOM_USES.map((use) => {
      const rooms = parts.rooms.filter((r) => r.use === use);
      return { use, useLabel: ROOM_USE_LABELS[use], rooms: rooms.length, usableAreaM2: Number(rooms.reduce((sum, r) => sum + r.usableAreaM2, 0).toFixed(2)) };
    }),
    entries: parts.detail ? parts.entries.map(toEntryView) : [],
    rooms: parts.detail
      ? parts.rooms.map((r) => ({
          id: r.id,
          roomNumber: r.roomNumber,
          use: r.use,
          useLabel: ROOM_USE_LABELS[r.use],
          usableAreaM2: r.usableAreaM2,
          occupants: r.occupants,
          overStandard: r.use === 'office' && r.occupants > 0 && r.usableAreaM2 > r.standardM2 + 1e-9,
        }))
      : [],
    timeline: (parts.history ?? []).map((h) => ({ step: h.step, label: BUILDING_STEP_LABELS[h.step] ?? h.step, actor: h.actor, at: h.at.toISOString(), note: h.note })),
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    createdBy: row.createdBy,
    updatedAt: row.updatedAt.toISOString(),
    updatedBy: row.updatedBy,
  };
}

/** What the events carry: the building's state and which of the six have a current record (no personal data). */
export function snapshotOf(row: OfficeBuildingRow, unification: readonly UnificationState[]): OfficeBuildingSnapshot {
  return { id: row.id, name: row.name, status: row.status, recorded: unification.filter((u) => u.recorded).map((u) => u.kind), version: row.version };
}
