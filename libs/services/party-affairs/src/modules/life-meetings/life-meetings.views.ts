import type { LifeMeetingSnapshot, LifeMeetingView } from '@gov/contracts-party-affairs';
import type { LifeMeetingWithBranch } from './life-meetings.repository.js';

/** Row → view (the absent members' names are internal records of the branch, shown to who may see the meeting). */
export function toLifeMeetingView(row: LifeMeetingWithBranch): LifeMeetingView {
  return {
    id: row.id,
    branchId: row.branchId,
    branchName: row.branchName,
    unitId: row.unitId,
    kind: row.kind,
    heldOn: row.heldOn,
    topic: row.topic,
    expected: row.expected,
    absences: row.absences,
    present: row.expected - row.absences.length,
    minutes: row.minutes,
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
export function snapshotOf(row: LifeMeetingWithBranch): LifeMeetingSnapshot {
  return { id: row.id, branchId: row.branchId, unitId: row.unitId, kind: row.kind, heldOn: row.heldOn, topic: row.topic, status: row.status, version: row.version };
}
