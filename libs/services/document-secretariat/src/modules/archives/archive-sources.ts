import { RETENTION_LABELS, type ArchiveSourceKind, type ArchiveStampView, type IncomingState, type OutgoingStatus, type RetentionCodeValue } from '@gov/contracts-document-secretariat';

/**
 * The registry statuses (state codes) a source document must have reached before it may be filed (条例第二十六条:
 * filed once handled): a 收文 办结 or 答复, a 发文 核发.
 */
export const ARCHIVABLE_STATUS: Record<ArchiveSourceKind, readonly string[]> = {
  incoming: ['completed', 'replied'] satisfies IncomingState[],
  outgoing: ['issued'] satisfies OutgoingStatus[],
};

/** The 文号 column of the catalogue: for a 收文 the registry holds "登记号 原文号"; the 文号 is the sender's. */
export function catalogueDocNumber(kind: ArchiveSourceKind, docNumber: string | null | undefined): string | null {
  if (!docNumber) return null;
  if (kind === 'outgoing') return docNumber;
  const tokens = docNumber.trim().split(/\s+/);
  const original = tokens.filter((t) => /〔\d{4}〕/.test(t)).at(-1);
  return original ?? docNumber;
}

/** What decides whether a completed source belongs in the archive at all. */
export interface ArchiveSourceFacts {
  kind: ArchiveSourceKind;
  /** Registered as a 普发件 (sent to many bodies for information). */
  generalDistribution: boolean;
  /** The office acted on it: a 主办/协办 unit was assigned or a leader gave a 批示. */
  actedOn: boolean;
}

/**
 * Why a source is kept out of the archive, or null when it may be filed. DA/T 22—2015 and 国家档案局8号令: 普发 documents
 * that need no action by this body are not filed (nor duplicates, drafts, envelopes). The office's own issued documents are
 * always filed; a 普发件 the office acted on (主办/协办 or a 批示) is filed like any other.
 */
export function archiveExclusion(facts: ArchiveSourceFacts): string | null {
  if (facts.kind === 'incoming' && facts.generalDistribution && !facts.actedOn) {
    return '普发性公文（仅供阅知、无需本机关办理）不归档（DA/T 22—2015《归档文件整理规则》、国家档案局第8号令：不归档范围）';
  }
  return null;
}

/** The columns of an archived item the 归档章 is made from. */
export interface StampSource {
  fonds_code: string;
  year: number;
  retention: RetentionCodeValue;
  organization_code: string | null;
  item_number: number;
  pages: number;
}

/**
 * 归档章 (DA/T 22—2015 §7.2): 全宗号, 年度, 保管期限 and 件号 (required), 机构（问题）(optional), and the 页数 the office
 * stamps with them; stamped in the top margin of the first page. 件号 is 4 digits, zero-padded.
 */
export function archiveStamp(row: StampSource): ArchiveStampView {
  return {
    fondsCode: row.fonds_code,
    year: row.year,
    retention: RETENTION_LABELS[row.retention],
    itemNumber: String(row.item_number).padStart(4, '0'),
    ...(row.organization_code ? { organization: row.organization_code } : {}),
    pages: row.pages,
  };
}

/** Chinese reasons a 归档章 is incomplete (a required field missing); empty when it is complete. */
export function archiveStampProblems(stamp: ArchiveStampView): string[] {
  const problems: string[] = [];
  if (!stamp.fondsCode?.trim()) problems.push('归档章缺少全宗号');
  if (!Number.isInteger(stamp.year) || stamp.year < 1000) problems.push('归档章缺少年度');
  if (!stamp.retention?.trim()) problems.push('归档章缺少保管期限');
  if (!/^\d{4}$/.test(stamp.itemNumber) || stamp.itemNumber === '0000') problems.push('归档章件号须为 4 位数字');
  if (!Number.isInteger(stamp.pages) || stamp.pages < 1) problems.push('归档章页数至少为 1');
  return problems;
}
