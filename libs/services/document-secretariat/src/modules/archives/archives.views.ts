import { ARCHIVE_ITEM_STATUS_LABELS, RETENTION_LABELS, type ArchiveHandoverView, type ArchiveItemView } from '@gov/contracts-document-secretariat';
import { auditOf } from '../../common/audit-columns.js';
import type { HandoverRow, ItemRow } from './archives.repository.js';
import { archiveStamp } from './archive-sources.js';

export function toItemView(row: ItemRow): ArchiveItemView {
  return {
    id: row.id,
    archiveCode: row.archive_code,
    fondsCode: row.fonds_code,
    categoryCode: row.category_code,
    year: row.year,
    retention: row.retention,
    retentionLabel: RETENTION_LABELS[row.retention],
    organizationCode: row.organization_code,
    itemNumber: row.item_number,
    sourceKind: row.source_kind,
    sourceId: row.source_id,
    ...(row.doc_number ? { docNumber: row.doc_number } : {}),
    title: row.title,
    responsible: row.responsible,
    documentDate: row.document_date,
    pages: row.pages,
    secrecyLevel: row.secrecy_level,
    ...(row.matter ? { matter: row.matter } : {}),
    ...(row.remark ? { remark: row.remark } : {}),
    parts: row.parts,
    status: row.status,
    statusLabel: ARCHIVE_ITEM_STATUS_LABELS[row.status],
    ...(row.void_reason ? { voidReason: row.void_reason, voidedBy: row.voided_by ?? undefined } : {}),
    ...(row.handover_id ? { handoverId: row.handover_id } : {}),
    stamp: archiveStamp(row),
    numberNote:
      row.status === 'voided'
        ? `已作废：件号 ${String(row.item_number).padStart(4, '0')} 保留，不再分配给其他文件`
        : `件号 ${String(row.item_number).padStart(4, '0')} 在本类内唯一；作废后保留，不再使用`,
    ruleId: row.rule_id,
    ...auditOf(row),
  };
}

export function toHandoverView(row: HandoverRow, items: ItemRow[]): ArchiveHandoverView {
  return {
    id: row.id,
    fromParty: row.from_party,
    toParty: row.to_party,
    handedOverOn: row.handed_over_on,
    receiverName: row.receiver_name,
    receiverSignature: row.receiver_signature,
    itemCount: row.item_count,
    items: items.map((i) => ({ id: i.id, archiveCode: i.archive_code, title: i.title })),
    ...(row.note ? { note: row.note } : {}),
    secrecyLevel: row.secrecy_level,
    createdBy: row.created_by,
    createdAt: row.created_at.toISOString(),
  };
}
