import {
  HOUSING_UNIT_STATUS_LABELS,
  TENANCY_BASIS_LABELS,
  TENANCY_STATUS_LABELS,
  type HousingUnitSnapshot,
  type HousingUnitView,
  type TenancySnapshot,
  type TenancyView,
} from '@gov/contracts-facilities-and-vehicles';
import type { HousingUnitRow, TenancyRow } from './housing.repository.js';

export function toHousingUnitView(row: HousingUnitRow, current: TenancyRow | null): HousingUnitView {
  return {
    id: row.id,
    address: row.address,
    areaM2: row.areaM2,
    rooms: row.rooms,
    note: row.note,
    status: row.status,
    statusLabel: HOUSING_UNIT_STATUS_LABELS[row.status],
    retireReason: row.retireReason,
    currentTenancyId: current?.id ?? null,
    currentTenant: current?.tenantName ?? null,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    createdBy: row.createdBy,
    updatedAt: row.updatedAt.toISOString(),
    updatedBy: row.updatedBy,
  };
}

export function toTenancyView(row: TenancyRow, address: string): TenancyView {
  return {
    id: row.id,
    housingUnitId: row.housingUnitId,
    address,
    tenantName: row.tenantName,
    basis: row.basis,
    basisLabel: TENANCY_BASIS_LABELS[row.basis],
    workUnit: row.workUnit,
    post: row.post,
    homePlace: row.homePlace,
    approvalNumber: row.approvalNumber,
    startDate: row.startDate,
    endDate: row.endDate,
    status: row.status,
    statusLabel: TENANCY_STATUS_LABELS[row.status],
    checkIn: row.checkInDate && row.checkInCondition ? { date: row.checkInDate, condition: row.checkInCondition, by: row.checkInBy ?? '' } : null,
    checkOut: row.checkOutDate && row.checkOutCondition ? { date: row.checkOutDate, condition: row.checkOutCondition, by: row.checkOutBy ?? '' } : null,
    endedOn: row.endedOn,
    reason: row.reason,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    createdBy: row.createdBy,
    updatedAt: row.updatedAt.toISOString(),
    updatedBy: row.updatedBy,
  };
}

export function unitSnapshotOf(row: HousingUnitRow): HousingUnitSnapshot {
  return { id: row.id, areaM2: row.areaM2, rooms: row.rooms, status: row.status, version: row.version };
}

export function tenancySnapshotOf(row: TenancyRow): TenancySnapshot {
  return { id: row.id, housingUnitId: row.housingUnitId, basis: row.basis, startDate: row.startDate, endDate: row.endDate, endedOn: row.endedOn, status: row.status, version: row.version };
}
