import { VEHICLE_COST_KIND_LABELS, VEHICLE_COST_STATUS_LABELS, type VehicleCostSnapshot, type VehicleCostView } from '@gov/contracts-facilities-and-vehicles';
import type { CostVehicle, VehicleCostRow } from './vehicle-costs.repository.js';

export function toVehicleCostView(row: VehicleCostRow, vehicle: CostVehicle | undefined): VehicleCostView {
  return {
    id: row.id,
    vehicleId: row.vehicleId,
    plate: vehicle?.plate ?? null,
    model: vehicle?.model ?? '',
    unitId: row.unitId,
    kind: row.kind,
    kindLabel: VEHICLE_COST_KIND_LABELS[row.kind],
    date: row.date,
    amountFen: row.amountFen,
    supplier: row.supplier,
    invoiceNumber: row.invoiceNumber,
    note: row.note,
    status: row.status,
    statusLabel: VEHICLE_COST_STATUS_LABELS[row.status],
    voidReason: row.voidReason,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    createdBy: row.createdBy,
    updatedAt: row.updatedAt.toISOString(),
    updatedBy: row.updatedBy,
  };
}

export function snapshotOf(row: VehicleCostRow): VehicleCostSnapshot {
  return { id: row.id, vehicleId: row.vehicleId, unitId: row.unitId, kind: row.kind, date: row.date, amountFen: row.amountFen, status: row.status, version: row.version };
}
