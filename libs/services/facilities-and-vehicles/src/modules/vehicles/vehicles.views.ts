import {
  VEHICLE_CATEGORY_LABELS,
  VEHICLE_STATUS_LABELS,
  type VehicleCapView,
  type VehicleQuotaView,
  type VehicleSnapshot,
  type VehicleTimelineEntry,
  type VehicleView,
} from '@gov/contracts-facilities-and-vehicles';
import type { CapRow, QuotaRow, VehicleHistoryRow, VehicleRow } from './vehicles.repository.js';
import { STEP_LABELS } from './vehicles.rules.js';

/** Row → view (a vehicle has no personal data); the timeline only in the detail. */
export function toVehicleView(row: VehicleRow, history: readonly VehicleHistoryRow[] = []): VehicleView {
  return {
    id: row.id,
    unitId: row.unitId,
    category: row.category,
    categoryLabel: VEHICLE_CATEGORY_LABELS[row.category],
    purchaseKind: row.purchaseKind,
    replacesVehicleId: row.replacesVehicleId,
    plate: row.plate,
    model: row.model,
    energyType: row.energyType,
    priceFen: row.priceFen,
    displacementMl: row.displacementMl,
    purchaseDate: row.purchaseDate,
    mileageKm: row.mileageKm,
    insuranceExpiry: row.insuranceExpiry,
    inspectionExpiry: row.inspectionExpiry,
    markings: row.markings,
    status: row.status,
    statusLabel: VEHICLE_STATUS_LABELS[row.status],
    approvalNumber: row.approvalNumber,
    capRule: row.capRule,
    quotaRule: row.quotaRule,
    disposalMethod: row.disposalMethod,
    disposalApprovalNumber: row.disposalApprovalNumber,
    reason: row.reason,
    timeline: history.map(timelineEntry),
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    createdBy: row.createdBy,
    updatedAt: row.updatedAt.toISOString(),
    updatedBy: row.updatedBy,
  };
}

function timelineEntry(h: VehicleHistoryRow): VehicleTimelineEntry {
  return { step: h.step, label: STEP_LABELS[h.step as keyof typeof STEP_LABELS] ?? h.step, actor: h.actor, at: h.at.toISOString(), note: h.note };
}

export function quotaView(row: QuotaRow, used: number): VehicleQuotaView {
  return { id: row.id, unitId: row.unitId, category: row.category, quota: row.quota, effectiveFrom: row.effectiveFrom, source: row.source, used, createdAt: row.createdAt.toISOString(), createdBy: row.createdBy };
}

export function capView(row: CapRow): VehicleCapView {
  return {
    id: row.id,
    category: row.category,
    priceCapFen: row.priceCapFen,
    displacementCapMl: row.displacementCapMl,
    effectiveFrom: row.effectiveFrom,
    source: row.source,
    createdAt: row.createdAt.toISOString(),
    createdBy: row.createdBy,
  };
}

/** What the events carry. */
export function snapshotOf(row: VehicleRow): VehicleSnapshot {
  return { id: row.id, unitId: row.unitId, category: row.category, plate: row.plate, model: row.model, priceFen: row.priceFen, status: row.status, version: row.version };
}
