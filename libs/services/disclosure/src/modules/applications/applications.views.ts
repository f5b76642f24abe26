import type { ApplicationSnapshot, ApplicationView } from '@gov/contracts-disclosure';
import type { ApplicationRow } from './applications.repository.js';

/** Row → view (no personal fields in this record; mask them here for lists when there are). */
export function toApplicationView(row: ApplicationRow): ApplicationView {
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
export function snapshotOf(row: ApplicationRow): ApplicationSnapshot {
  return { id: row.id, unitId: row.unitId, title: row.title, status: row.status, version: row.version };
}
