import type { EstablishmentPostSnapshot, EstablishmentPostView } from '@gov/contracts-personnel-finance';
import type { EstablishmentPostRow } from './establishment-posts.repository.js';
import type { Fill } from './establishment-posts.rules.js';

/** Row → view, with the filled, vacant and over counts computed for it (no personal fields in this record). */
export function toEstablishmentPostView(row: EstablishmentPostRow, fill: Fill): EstablishmentPostView {
  return {
    id: row.id,
    unitId: row.unitId,
    unitName: row.unitName,
    kind: row.kind,
    level: row.level,
    title: row.title,
    postTitles: row.postTitles,
    approvedCount: row.approvedCount,
    basisNumber: row.basisNumber,
    basisDate: row.basisDate,
    filled: fill.filled,
    vacant: fill.vacant,
    overstaffed: fill.overstaffed,
    fillSource: fill.source,
    fillExplanation: fill.explanation,
    revisions: row.revisions,
    status: row.status,
    withdrawalReason: row.withdrawalReason,
    timeline: row.timeline,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    createdBy: row.createdBy,
    updatedAt: row.updatedAt.toISOString(),
    updatedBy: row.updatedBy,
  };
}

/** What the events carry. */
export function snapshotOf(row: EstablishmentPostRow): EstablishmentPostSnapshot {
  return {
    id: row.id,
    unitId: row.unitId,
    unitName: row.unitName,
    kind: row.kind,
    level: row.level,
    title: row.title,
    approvedCount: row.approvedCount,
    basisNumber: row.basisNumber,
    status: row.status,
    version: row.version,
  };
}
