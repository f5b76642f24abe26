import { GUIDE_STATUS_LABELS, type GuideDetail, type GuideSnapshot, type GuideView } from '@gov/contracts-disclosure';
import type { GuideRow, GuideVersionRow } from './guides.repository.js';

/** Row → view (a guide holds no personal data). */
export function toGuideView(row: GuideRow): GuideView {
  return {
    id: row.id,
    unitId: row.unitId,
    title: row.title,
    status: row.status,
    statusLabel: GUIDE_STATUS_LABELS[row.status],
    currentNumber: row.currentNumber,
    currentEffectiveOn: row.currentEffectiveOn,
    content: row.content,
    withdrawalReason: row.withdrawalReason,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    createdBy: row.createdBy,
    updatedAt: row.updatedAt.toISOString(),
    updatedBy: row.updatedBy,
  };
}

export function toGuideDetail(row: GuideRow, versions: GuideVersionRow[]): GuideDetail {
  return { ...toGuideView(row), versions: versions.map((v) => ({ ...v, createdAt: new Date(v.createdAt).toISOString() })) };
}

/** What the events carry. */
export function snapshotOf(row: GuideRow): GuideSnapshot {
  return { id: row.id, unitId: row.unitId, title: row.title, status: row.status, currentNumber: row.currentNumber, version: row.version };
}
