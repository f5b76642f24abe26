import type { TrainingSnapshot, TrainingView } from '@gov/contracts-information';
import type { TrainingRow } from './trainings.repository.js';

/** Row → view (names and units only: no personal identifiers are kept for attendees). */
export function toTrainingView(row: TrainingRow): TrainingView {
  return {
    id: row.id,
    heldOn: row.heldOn,
    topic: row.topic,
    trainer: row.trainer,
    location: row.location,
    attendees: row.attendees.map((a) => ({ unitId: a.unitId, unitName: a.unitName, name: a.name, attended: a.attended, absenceReason: a.absenceReason })),
    attendedCount: row.attendees.filter((a) => a.attended).length,
    absentCount: row.attendees.filter((a) => !a.attended).length,
    unitNames: [...new Set(row.attendees.flatMap((a) => (a.unitName ? [a.unitName] : [])))],
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
export function snapshotOf(row: TrainingRow): TrainingSnapshot {
  return {
    id: row.id,
    heldOn: row.heldOn,
    topic: row.topic,
    attendedCount: row.attendees.filter((a) => a.attended).length,
    absentCount: row.attendees.filter((a) => !a.attended).length,
    status: row.status,
    version: row.version,
  };
}
