import type { ArchiveSourceKind, IncomingState, OutgoingStatus } from '@gov/contracts-document-secretariat';

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
