import type { CallerContext } from '@gov/contracts-common';
import type { CampaignSnapshot, CampaignView } from '@gov/contracts-party-affairs';
import type { CampaignRow } from './campaigns.repository.js';
import { progressOf } from './campaigns.rules.js';

/** Row → view as of `today`; a liaison (`onlyUnitId`) sees the progress and completions of their unit's branches only. */
export function toCampaignView(row: CampaignRow, today: string, onlyUnitId?: string | null): CampaignView {
  const branches = onlyUnitId ? row.branches.filter((b) => b.unitId === onlyUnitId) : row.branches;
  const ids = new Set(branches.map((b) => b.id));
  const progress = progressOf(row.tasks, row.completions, branches, today);
  return {
    id: row.id,
    name: row.name,
    startsOn: row.startsOn,
    endsOn: row.endsOn,
    basisDocument: row.basisDocument,
    tasks: onlyUnitId ? row.tasks.filter((t) => t.branchIds.some((id) => ids.has(id))).map((t) => ({ ...t, branchIds: t.branchIds.filter((id) => ids.has(id)) })) : row.tasks,
    branches,
    completions: row.completions.filter((c) => ids.has(c.branchId)),
    progress,
    overdue: progress.reduce((sum, p) => sum + p.overdue, 0),
    status: row.status,
    withdrawalReason: row.withdrawalReason,
    version: row.version,
    createdAt: new Date(row.createdAt).toISOString(),
    createdBy: row.createdBy,
    updatedAt: new Date(row.updatedAt).toISOString(),
    updatedBy: row.updatedBy,
  };
}

/** The liaison's unit, when the caller is one (the view is then cut to that unit's branches). */
export function unitOf(caller: CallerContext): string | null {
  return caller.unitId ?? null;
}

/** What the events carry. */
export function snapshotOf(row: CampaignRow): CampaignSnapshot {
  return { id: row.id, name: row.name, startsOn: row.startsOn, endsOn: row.endsOn, status: row.status, tasks: row.tasks.length, completions: row.completions.length, version: row.version };
}
