import { PATROL_STATUS_LABELS, type PatrolSnapshot, type PatrolView } from '@gov/contracts-facilities-and-vehicles';
import type { PatrolRow } from './patrols.repository.js';
import { minutesOf } from './patrols.rules.js';

/** Row → view. */
export function toPatrolView(row: PatrolRow): PatrolView {
  return {
    id: row.id,
    route: row.route,
    patrolledBy: row.patrolledBy,
    startedAt: row.startedAt.toISOString(),
    endedAt: row.endedAt.toISOString(),
    minutes: minutesOf(row.startedAt, row.endedAt),
    findings: row.findings,
    abnormal: row.abnormal,
    status: row.status,
    statusLabel: PATROL_STATUS_LABELS[row.status],
    voidReason: row.voidReason,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    createdBy: row.createdBy,
    updatedAt: row.updatedAt.toISOString(),
    updatedBy: row.updatedBy,
  };
}

/** What the events carry (no names). */
export function snapshotOf(row: PatrolRow): PatrolSnapshot {
  return { id: row.id, startedAt: row.startedAt.toISOString(), abnormal: row.abnormal, status: row.status, version: row.version };
}
