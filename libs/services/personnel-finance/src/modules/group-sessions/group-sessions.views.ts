import type { GroupSessionSnapshot, GroupSessionView } from '@gov/contracts-personnel-finance';
import type { GroupSessionRow } from './group-sessions.repository.js';
import { attendanceRate } from './group-sessions.rules.js';

/** Row → view, with the attendance rate computed (no personal fields in this record). */
export function toGroupSessionView(row: GroupSessionRow): GroupSessionView {
  return { ...row, attendanceRate: row.heldOn ? attendanceRate(row.members.length, row.attendees.length) : 0, createdAt: row.createdAt.toISOString(), updatedAt: row.updatedAt.toISOString() };
}

export function snapshotOf(row: GroupSessionRow): GroupSessionSnapshot {
  return { id: row.id, kind: row.kind, topic: row.topic, plannedOn: row.plannedOn, status: row.status, version: row.version };
}
