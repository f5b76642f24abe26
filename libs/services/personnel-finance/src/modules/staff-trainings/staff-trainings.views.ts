import type { TrainingPlanChanged, TrainingPlanView, TrainingSessionChanged, TrainingSessionView } from '@gov/contracts-personnel-finance';
import type { TrainingPlanRow, TrainingSessionRow } from './staff-trainings.repository.js';

const recorded = (row: { version: number; createdAt: Date; createdBy: string; updatedAt: Date; updatedBy: string }) => ({
  version: row.version,
  createdAt: new Date(row.createdAt).toISOString(),
  createdBy: row.createdBy,
  updatedAt: new Date(row.updatedAt).toISOString(),
  updatedBy: row.updatedBy,
});

export function toPlanView(row: TrainingPlanRow, totals: { sessions: number; hours: number } = { sessions: 0, hours: 0 }): TrainingPlanView {
  return {
    id: row.id,
    year: row.year,
    title: row.title,
    kind: row.kind,
    plannedHours: row.plannedHours,
    note: row.note,
    status: row.status,
    withdrawalReason: row.withdrawalReason,
    sessions: totals.sessions,
    deliveredHours: totals.hours,
    timeline: row.timeline,
    ...recorded(row),
  };
}

export function toSessionView(row: TrainingSessionRow, plan: Pick<TrainingPlanRow, 'title' | 'kind' | 'year'>): TrainingSessionView {
  return {
    id: row.id,
    planId: row.planId,
    planTitle: plan.title,
    kind: plan.kind,
    year: plan.year,
    title: row.title,
    heldOn: row.heldOn,
    hours: row.hours,
    days: row.days,
    organiser: row.organiser,
    attendees: row.attendees,
    status: row.status,
    withdrawalReason: row.withdrawalReason,
    timeline: row.timeline,
    ...recorded(row),
  };
}

export function planSnapshot(row: TrainingPlanRow): TrainingPlanChanged.Event {
  return { id: row.id, year: row.year, title: row.title, kind: row.kind, status: row.status, version: row.version };
}

export function sessionSnapshot(row: TrainingSessionRow): TrainingSessionChanged.Event {
  return { id: row.id, planId: row.planId, heldOn: row.heldOn, hours: row.hours, attended: row.attendees.filter((a) => a.attended).length, status: row.status, version: row.version };
}
