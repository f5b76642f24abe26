import type { BranchSnapshot, BranchView } from '@gov/contracts-party-affairs';
import type { BranchCounts, BranchRow } from './branches.repository.js';
import { structureFlags, termOf } from './branches.rules.js';

/** Row → view: the term light and the structure flags are computed as of `today` from the member counts. */
export function toBranchView(row: BranchRow, counts: BranchCounts, today: string): BranchView {
  return {
    id: row.id,
    unitId: row.unitId,
    name: row.name,
    kind: row.kind,
    committee: row.committee,
    termStartedOn: row.termStartedOn,
    themeDay: row.themeDay,
    status: row.status,
    withdrawalReason: row.withdrawalReason,
    fullMembers: counts.fullMembers,
    probationaryMembers: counts.probationaryMembers,
    term: termOf(row.termStartedOn, row.termExtensionMonths, today),
    flags: row.status === 'active' ? structureFlags({ kind: row.kind, committee: row.committee, ...counts }) : [],
    elections: row.elections,
    procedure: row.procedure,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    createdBy: row.createdBy,
    updatedAt: row.updatedAt.toISOString(),
    updatedBy: row.updatedBy,
  };
}

/** What the events carry. */
export function snapshotOf(row: BranchRow): BranchSnapshot {
  return { id: row.id, unitId: row.unitId, name: row.name, kind: row.kind, termEndsOn: termOf(row.termStartedOn, row.termExtensionMonths, row.termStartedOn).endsOn, status: row.status, version: row.version };
}
