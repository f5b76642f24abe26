import type { TownSpaceReportSnapshot, TownSpaceReportView } from '@gov/contracts-facilities-and-vehicles';
import type { TownSpaceReportRow } from './town-space-reports.repository.js';
import { carsOverQuota } from './town-space-reports.rules.js';

/** Row → view (no personal fields in this record). */
export function toTownSpaceReportView(row: TownSpaceReportRow): TownSpaceReportView {
  const staffTotal = Object.values(row.staff).reduce((sum, n) => sum + n, 0);
  return {
    id: row.id,
    unitId: row.unitId,
    unitName: row.unitName,
    year: row.year,
    buildings: row.buildings,
    totalAreaM2: row.totalAreaM2,
    officeAreaM2: row.officeAreaM2,
    staff: row.staff,
    carsHeld: row.carsHeld,
    carsQuota: row.carsQuota,
    note: row.note,
    status: row.status,
    staffTotal,
    standardAreaM2: row.standardAreaM2,
    excessAreaM2: row.excessAreaM2,
    overStandard: row.excessAreaM2 > 0,
    perPersonAreaM2: staffTotal > 0 ? Math.round((row.officeAreaM2 / staffTotal) * 100) / 100 : null,
    standardRule: row.standardRule,
    carsOverQuota: carsOverQuota(row.carsHeld, row.carsQuota),
    reviewNote: row.reviewNote,
    reviewedBy: row.reviewedBy,
    reviewedAt: row.reviewedAt ? row.reviewedAt.toISOString() : null,
    withdrawalReason: row.withdrawalReason,
    history: row.history,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    createdBy: row.createdBy,
    updatedAt: row.updatedAt.toISOString(),
    updatedBy: row.updatedBy,
  };
}

/** What the events carry. */
export function snapshotOf(row: TownSpaceReportRow): TownSpaceReportSnapshot {
  return { id: row.id, unitId: row.unitId, year: row.year, unitName: row.unitName, status: row.status, excessAreaM2: row.excessAreaM2, version: row.version };
}
