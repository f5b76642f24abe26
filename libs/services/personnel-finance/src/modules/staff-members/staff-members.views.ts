import type { StaffMemberSnapshot, StaffMemberView } from '@gov/contracts-personnel-finance';
import type { StaffMemberRow } from './staff-members.repository.js';

/** Row → view (no personal fields in this record; mask them here for lists when there are). */
export function toStaffMemberView(row: StaffMemberRow): StaffMemberView {
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
export function snapshotOf(row: StaffMemberRow): StaffMemberSnapshot {
  return { id: row.id, unitId: row.unitId, title: row.title, status: row.status, version: row.version };
}
