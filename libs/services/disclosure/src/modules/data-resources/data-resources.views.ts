import { DATA_RESOURCE_STATUS_LABELS, type DataResourceDetail, type DataResourceSnapshot, type DataResourceView } from '@gov/contracts-disclosure';
import type { DataResourceRow, DataResourceStepRow } from './data-resources.repository.js';

/** Row → view (a data resource holds no personal data); the unit's name from the unit directory copy. */
export function toDataResourceView(row: DataResourceRow, unitName: string | null): DataResourceView {
  return {
    id: row.id,
    name: row.name,
    code: row.code,
    unitId: row.unitId,
    unitName,
    category: row.category,
    summary: row.summary,
    dataItems: row.dataItems,
    format: row.format,
    updateCycle: row.updateCycle,
    sharingType: row.sharingType,
    sharingCondition: row.sharingCondition,
    openType: row.openType,
    openBasis: row.openBasis,
    status: row.status,
    statusLabel: DATA_RESOURCE_STATUS_LABELS[row.status],
    edition: row.edition,
    submittedAt: row.submittedAt?.toISOString() ?? null,
    reviewedAt: row.reviewedAt?.toISOString() ?? null,
    reviewedBy: row.reviewedBy,
    reviewOpinion: row.reviewOpinion,
    publishedAt: row.publishedAt?.toISOString() ?? null,
    withdrawalReason: row.withdrawalReason,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    createdBy: row.createdBy,
    updatedAt: row.updatedAt.toISOString(),
    updatedBy: row.updatedBy,
  };
}

export function toDataResourceDetail(row: DataResourceRow, unitName: string | null, steps: DataResourceStepRow[]): DataResourceDetail {
  return { ...toDataResourceView(row, unitName), steps: steps.map((s) => ({ at: new Date(s.at).toISOString(), by: s.by, step: s.step, label: s.label, version: s.version, note: s.note })) };
}

/** The described fields of a version, kept with the step that made it. */
export function fieldsOf(row: DataResourceRow): Record<string, unknown> {
  const { name, code, category, summary, dataItems, format, updateCycle, sharingType, sharingCondition, openType, openBasis } = row;
  return { name, code, category, summary, dataItems, format, updateCycle, sharingType, sharingCondition, openType, openBasis };
}

/** What the events carry. */
export function snapshotOf(row: DataResourceRow): DataResourceSnapshot {
  return { id: row.id, unitId: row.unitId, name: row.name, code: row.code, sharingType: row.sharingType, openType: row.openType, status: row.status, edition: row.edition, version: row.version };
}
