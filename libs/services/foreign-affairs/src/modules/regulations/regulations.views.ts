import {
  EDUCATION_KIND_LABELS,
  EDUCATION_SESSION_STATUS_LABELS,
  REGULATION_KIND_LABELS,
  REGULATION_STATUS_LABELS,
  type EducationSessionSnapshot,
  type EducationSessionView,
  type PersonEducationEntry,
  type RegulationRevisionView,
  type RegulationSnapshot,
  type RegulationView,
} from '@gov/contracts-foreign-affairs';
import type { EducationSessionRow, RegulationRow, RevisionRow } from './regulations.repository.js';
import { attendanceCounts } from './regulations.rules.js';

export function toRegulationView(row: RegulationRow): RegulationView {
  return {
    id: row.id,
    title: row.title,
    documentNumber: row.documentNumber,
    kind: row.kind,
    kindLabel: REGULATION_KIND_LABELS[row.kind],
    effectiveOn: row.effectiveOn,
    body: row.body,
    revision: row.revision,
    status: row.status,
    statusLabel: REGULATION_STATUS_LABELS[row.status],
    repealedOn: row.repealedOn,
    repealReason: row.repealReason,
    version: row.version,
    createdAt: new Date(row.createdAt).toISOString(),
    createdBy: row.createdBy,
    updatedAt: new Date(row.updatedAt).toISOString(),
    updatedBy: row.updatedBy,
  };
}

export function toRevisionView(row: RevisionRow): RegulationRevisionView {
  return {
    revision: row.revision,
    title: row.title,
    documentNumber: row.documentNumber,
    kind: row.kind,
    effectiveOn: row.effectiveOn,
    body: row.body,
    note: row.note,
    recordedAt: new Date(row.recordedAt).toISOString(),
    recordedBy: row.recordedBy,
  };
}

export function snapshotOf(row: RegulationRow): RegulationSnapshot {
  return { id: row.id, title: row.title, documentNumber: row.documentNumber, kind: row.kind, revision: row.revision, status: row.status, version: row.version };
}

export function toSessionView(row: EducationSessionRow): EducationSessionView {
  return {
    id: row.id,
    heldOn: row.heldOn,
    topic: row.topic,
    kind: row.kind,
    kindLabel: EDUCATION_KIND_LABELS[row.kind],
    speaker: row.speaker,
    ...(row.tripId ? { tripId: row.tripId } : {}),
    attendees: row.attendees,
    ...attendanceCounts(row.attendees),
    status: row.status,
    statusLabel: EDUCATION_SESSION_STATUS_LABELS[row.status],
    withdrawalReason: row.withdrawalReason,
    version: row.version,
    createdAt: new Date(row.createdAt).toISOString(),
    createdBy: row.createdBy,
    updatedAt: new Date(row.updatedAt).toISOString(),
    updatedBy: row.updatedBy,
  };
}

/** What the events of a session carry: no names of attendees. */
export function sessionSnapshotOf(row: EducationSessionRow): EducationSessionSnapshot {
  return { id: row.id, heldOn: row.heldOn, topic: row.topic, kind: row.kind, tripId: row.tripId, ...attendanceCounts(row.attendees), status: row.status, version: row.version };
}

/** A person's lines in the sessions that list them (by name, and unit when given). */
export function personEntries(rows: readonly EducationSessionRow[], name: string, unitName: string | undefined): PersonEducationEntry[] {
  return rows.flatMap((row) =>
    row.attendees
      .filter((a) => a.name === name && (!unitName || a.unitName === unitName))
      .map((a) => ({ sessionId: row.id, heldOn: row.heldOn, topic: row.topic, kind: row.kind, kindLabel: EDUCATION_KIND_LABELS[row.kind], unitName: a.unitName, present: a.present, absenceReason: a.absenceReason ?? null })),
  );
}
