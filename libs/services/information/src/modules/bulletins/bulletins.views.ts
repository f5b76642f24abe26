import { BULLETIN_KIND_LABELS, BULLETIN_STATUS_LABELS, type BulletinSnapshot, type BulletinView } from '@gov/contracts-information';
import type { BulletinItemRow, BulletinRow } from './bulletins.repository.js';
import { labelOf } from './bulletins.rules.js';

/** What an issue's items show before 签发: the current text of each item (frozen into the issue at 签发). */
export interface DraftItem {
  submissionId: string;
  title: string;
  body: string;
  unitId: string | null;
}

export function toBulletinView(row: BulletinRow, frozen: BulletinItemRow[], drafts: Map<string, DraftItem>): BulletinView {
  const items =
    row.status === 'released'
      ? frozen.filter((i) => i.bulletinId === row.id).map((i) => ({ submissionId: i.submissionId, position: i.position, title: i.title, body: i.body, unitId: i.unitId }))
      : row.itemIds.map((id, index) => {
          const item = drafts.get(id);
          return { submissionId: id, position: index + 1, title: item?.title ?? '（信息不存在）', body: item?.body ?? '', unitId: item?.unitId ?? null };
        });
  return {
    id: row.id,
    kind: row.kind,
    kindLabel: BULLETIN_KIND_LABELS[row.kind],
    theme: row.theme,
    editorNote: row.editorNote,
    year: row.year,
    number: row.number,
    label: labelOf(row.kind, row.year, row.number),
    status: row.status,
    statusLabel: BULLETIN_STATUS_LABELS[row.status],
    items,
    reviewedBy: row.reviewedBy,
    reviewedAt: row.reviewedAt ? new Date(row.reviewedAt).toISOString() : null,
    signedBy: row.signedBy,
    releasedOn: row.releasedOn,
    distribution: row.distribution ?? [],
    reason: row.reason,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    createdBy: row.createdBy,
    updatedAt: row.updatedAt.toISOString(),
    updatedBy: row.updatedBy,
  };
}

export function snapshotOf(row: BulletinRow): BulletinSnapshot {
  return { id: row.id, kind: row.kind, label: labelOf(row.kind, row.year, row.number), status: row.status, itemIds: row.itemIds, version: row.version };
}
