import { ValidityErrors, type ValidityStatus } from '@gov/contracts-document-secretariat';

/** A document as the validity rules see it: its status in 发文 and its 成文日期. */
export interface ValidityDocument {
  id: string;
  status: string;
  writtenDate: string | null;
}

export interface ValidityChangeRequest {
  current: { status: ValidityStatus };
  next: { status: ValidityStatus; effectiveOn: string; byDocumentId?: string | null };
  document: ValidityDocument;
  /** The revising or repealing document, when one was named and found (null: named but not found or not visible). */
  byDocument?: ValidityDocument | null;
}

export interface ValidityProblem {
  spec: (typeof ValidityErrors)[keyof typeof ValidityErrors];
  field: string;
  message: string;
}

/**
 * Whether a document's 效力 may change as asked (文件清理): only an issued document has a 效力; a repealed one stays
 * repealed (a new document is issued instead); 修订 and 废止 name the later issued document that does it, and take
 * effect no earlier than either document's 成文日期. Every problem at once, in Chinese, with the field it concerns.
 */
export function validityProblems(request: ValidityChangeRequest): ValidityProblem[] {
  const { current, next, document, byDocument } = request;
  const out: ValidityProblem[] = [];
  if (document.status !== 'issued') {
    return [{ spec: ValidityErrors.notIssued, field: 'id', message: '只有已核发的公文才有效力状态，未核发的请修改或退回' }];
  }
  if (current.status === 'repealed') {
    return [{ spec: ValidityErrors.repealedFinal, field: 'status', message: '该文件已废止，不能恢复或再修订；如需重新规定，请另行发文' }];
  }
  if (next.status !== 'valid' && !next.byDocumentId) {
    out.push({ spec: ValidityErrors.byDocumentRequired, field: 'byDocumentId', message: `${next.status === 'revised' ? '修订' : '废止'}须注明所依据的文件（另一份已核发的公文）` });
  }
  if (next.byDocumentId) {
    if (next.byDocumentId === document.id) {
      out.push({ spec: ValidityErrors.byDocumentInvalid, field: 'byDocumentId', message: '依据文件不能是本文件自身' });
    } else if (!byDocument || byDocument.status !== 'issued') {
      out.push({ spec: ValidityErrors.byDocumentInvalid, field: 'byDocumentId', message: '依据文件须为已核发的公文' });
    }
  }
  if (document.writtenDate && next.effectiveOn < document.writtenDate) {
    out.push({ spec: ValidityErrors.effectiveDateInvalid, field: 'effectiveOn', message: `生效日期不能早于本文件的成文日期 ${document.writtenDate}` });
  }
  if (byDocument?.status === 'issued' && byDocument.writtenDate && next.effectiveOn < byDocument.writtenDate) {
    out.push({ spec: ValidityErrors.effectiveDateInvalid, field: 'effectiveOn', message: `生效日期不能早于依据文件的成文日期 ${byDocument.writtenDate}` });
  }
  return out;
}

/** Whether a document belongs in a 汇编 of the documents in force: 有效, or 已修订 (in force as revised). */
export function inForce(status: ValidityStatus): boolean {
  return status !== 'repealed';
}
