import type { BranchSnapshot, BranchView } from '@gov/contracts-party-affairs';
import type { BranchRow } from './branches.repository.js';

/** Row → view (no personal fields in this record; mask them here for lists when there are). */
export function toBranchView(row: BranchRow): BranchView {
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
export function snapshotOf(row: BranchRow): BranchSnapshot {
  return { id: row.id, unitId: row.unitId, title: row.title, status: row.status, version: row.version };
}
