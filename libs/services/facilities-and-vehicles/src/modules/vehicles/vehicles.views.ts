import type { VehicleSnapshot, VehicleView } from '@gov/contracts-facilities-and-vehicles';
import type { VehicleRow } from './vehicles.repository.js';

/** Row → view (no personal fields in this record; mask them here for lists when there are). */
export function toVehicleView(row: VehicleRow): VehicleView {
  return {
    id: row.id,
    unitId: row.unitId,
    title: row.title,
    content: row.content,
    status: row.status,
    withdrawalReason: row.withdrawalReason,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    createdBy: row.createdBy,
    updatedAt: row.updatedAt.toISOString(),
    updatedBy: row.updatedBy,
  };
}

/** What the events carry. */
export function snapshotOf(row: VehicleRow): VehicleSnapshot {
  return { id: row.id, unitId: row.unitId, title: row.title, status: row.status, version: row.version };
}
