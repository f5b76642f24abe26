import type { PairingSnapshot, PairingView } from '@gov/contracts-party-affairs';
import type { PairingRow } from './pairings.repository.js';
import { progressOf } from './pairings.rules.js';

/** Row → view, with the year view (targets against what was done). No personal data is kept on a pairing. */
export function toPairingView(row: PairingRow): PairingView {
  return {
    id: row.id,
    year: row.year,
    branchId: row.branchId,
    branchName: row.branchName,
    unitId: row.unitId,
    memberId: row.memberId,
    memberName: row.memberName,
    targetKind: row.targetKind,
    targetName: row.targetName,
    targetPlace: row.targetPlace,
    plannedVisits: row.plannedVisits,
    plannedHelpFen: row.plannedHelpFen,
    goals: row.goals,
    visits: row.visits,
    help: row.help,
    progress: progressOf(row),
    status: row.status,
    withdrawalReason: row.withdrawalReason,
    version: row.version,
    createdAt: new Date(row.createdAt).toISOString(),
    createdBy: row.createdBy,
    updatedAt: new Date(row.updatedAt).toISOString(),
    updatedBy: row.updatedBy,
  };
}

/** What the events carry. */
export function snapshotOf(row: PairingRow): PairingSnapshot {
  const progress = progressOf(row);
  return {
    id: row.id,
    unitId: row.unitId,
    branchId: row.branchId,
    year: row.year,
    targetKind: row.targetKind,
    status: row.status,
    visits: progress.visits,
    helpFen: progress.helpFen,
    version: row.version,
  };
}
