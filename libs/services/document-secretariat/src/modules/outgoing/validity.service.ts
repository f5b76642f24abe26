import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { CallerContext } from '@gov/contracts-common';
import {
  CommonDocumentErrors,
  VALIDITY_STATUS_LABELS,
  type DocumentValidityView,
  type ExportCompilation,
  type GetDocumentValidity,
  type SetDocumentValidity,
  type ValidityChangeView,
} from '@gov/contracts-document-secretariat';
import { DomainError, Transactions, writeXlsx, XLSX_MEDIA_TYPE, type Queryable, type Tx } from '@gov/platform';
import { Timeline } from '../../common/timeline.js';
import { OutgoingRepository, type OutgoingRow } from './outgoing.repository.js';
import { canSeeOutgoing, requireAny, OUTGOING_PROCESS } from './outgoing.policy.js';
import { ValidityRepository, type ValidityChangeRow, type ValidityRow } from './validity.repository.js';
import { inForce, validityProblems } from './validity-rules.js';

const NOT_FOUND = '公文不存在或无权查看';

/**
 * 文件效力 for 文件清理 and 文件汇编: 文秘科 records that an issued document was revised or repealed by a later one (or
 * confirmed in force), with the effective date and the reason; every change is kept, and the document's timeline says
 * so. The 汇编 export lists the documents of a year still in force.
 */
@Injectable()
export class ValidityService {
  constructor(
    private readonly validity: ValidityRepository,
    private readonly documents: OutgoingRepository,
    private readonly transactions: Transactions,
    private readonly timeline: Timeline,
  ) {}

  async get(request: GetDocumentValidity.Request, caller: CallerContext): Promise<DocumentValidityView> {
    const doc = await this.visible(request.id, caller);
    return this.viewOf(doc, await this.validity.current(doc.id));
  }

  async set(request: SetDocumentValidity.Request, caller: CallerContext): Promise<DocumentValidityView> {
    requireAny(caller, [OUTGOING_PROCESS], '只有文秘科可以登记文件效力（文件清理）');
    return this.transactions.run(async (tx) => {
      const doc = await this.visible(request.id, caller, tx);
      const current = await this.validity.current(doc.id, tx.manager, true);
      const version = current?.version ?? 1;
      const by = request.byDocumentId ? await this.documents.findById(request.byDocumentId, tx.manager) : undefined;
      const byVisible = by && canSeeOutgoing(caller, by) ? by : by === undefined ? undefined : null;
      const problems = validityProblems({
        current: { status: current?.status ?? 'valid' },
        next: { status: request.status, effectiveOn: request.effectiveOn, byDocumentId: request.byDocumentId ?? null },
        document: { id: doc.id, status: doc.status, writtenDate: doc.written_date },
        byDocument: byVisible && { id: byVisible.id, status: byVisible.status, writtenDate: byVisible.written_date },
      });
      if (problems.length) {
        throw new DomainError(
          problems[0].spec,
          problems.map((p) => p.message).join('；'),
          problems.map((p) => ({ field: p.field, code: p.spec.code, message: p.message })),
        );
      }
      if (version !== request.expectedVersion) {
        throw new DomainError(CommonDocumentErrors.versionConflict, `文件效力已被他人修改（当前版本 ${version}，您提交的版本 ${request.expectedVersion}），请刷新后重试`);
      }
      const now = new Date();
      const next: ValidityRow = {
        document_id: doc.id,
        status: request.status,
        effective_on: request.effectiveOn,
        by_document_id: request.byDocumentId ?? null,
        version: version + 1,
        updated_by: caller.username,
        updated_at: now,
      };
      if (!(await this.validity.save(tx.manager, next, version))) throw new DomainError(CommonDocumentErrors.versionConflict, '文件效力已被他人修改，请刷新后重试');
      const reason = request.reason.trim();
      await this.validity.appendChange(tx.manager, {
        id: randomUUID(),
        document_id: doc.id,
        from_status: current?.status ?? 'valid',
        status: request.status,
        effective_on: request.effectiveOn,
        by_document_id: request.byDocumentId ?? null,
        reason,
        changed_by_user_id: caller.userId,
        changed_by: caller.username,
        changed_by_name: caller.displayName,
        changed_at: now,
      });
      const byText = by ? `（依据《${by.title}》${by.doc_number ?? ''}）` : '';
      await this.timeline.append(tx, caller, {
        kind: 'outgoing',
        id: doc.id,
        action: 'outgoing.validity-changed',
        label: `文件效力：${VALIDITY_STATUS_LABELS[request.status]}`,
        note: `自 ${request.effectiveOn} 起${VALIDITY_STATUS_LABELS[request.status]}${byText}：${reason}`,
        detail: { from: current?.status ?? 'valid', to: request.status, effectiveOn: request.effectiveOn, byDocumentId: request.byDocumentId ?? null, version: next.version },
        at: now,
      });
      if (by) {
        await this.timeline.append(tx, caller, {
          kind: 'outgoing',
          id: by.id,
          action: 'outgoing.validity-applied',
          label: request.status === 'repealed' ? '废止其他文件' : request.status === 'revised' ? '修订其他文件' : '确认其他文件有效',
          note: `《${doc.title}》${doc.doc_number ?? ''}`,
          detail: { documentId: doc.id, status: request.status },
          at: now,
        });
      }
      return this.viewOf(doc, next, tx.manager);
    });
  }

  /** 文件汇编: the issued documents of a year (and 文种) still in force (有效 or 已修订), as an .xlsx. */
  async exportCompilation(request: ExportCompilation.Request, caller: CallerContext): Promise<ExportCompilation.Reply> {
    requireAny(caller, [OUTGOING_PROCESS], '只有文秘科可以导出文件汇编');
    const rows = (await this.validity.compilation(request.year, request.docType, caller.clearance)).filter((r) => inForce(r.status));
    const content = writeXlsx({
      name: '文件汇编',
      header: ['序号', '发文字号', '标题', '文种', '发文机关', '成文日期', '效力', '备注'],
      rows: rows.map((r, i) => [
        i + 1,
        r.doc_number,
        r.title,
        r.doc_type,
        r.issuing_body,
        r.written_date,
        VALIDITY_STATUS_LABELS[r.status],
        r.status === 'revised' ? `自 ${r.effective_on} 起按 ${r.by_doc_number ?? '修订文件'} 修订后执行` : '',
      ]),
      widths: [6, 22, 60, 8, 24, 12, 8, 36],
    });
    const scope = [String(request.year), request.docType].filter(Boolean).join('-');
    return { filename: `文件汇编-${scope}.xlsx`, mediaType: XLSX_MEDIA_TYPE, rows: rows.length, contentBase64: content.toString('base64') };
  }

  private async visible(id: string, caller: CallerContext, tx?: Tx): Promise<OutgoingRow> {
    const row = await this.documents.findById(id, tx?.manager);
    if (!row || !canSeeOutgoing(caller, row)) throw new DomainError(CommonDocumentErrors.notFound, NOT_FOUND);
    return row;
  }

  private async viewOf(doc: OutgoingRow, current: ValidityRow | null, db?: Queryable): Promise<DocumentValidityView> {
    const history = await this.validity.history(doc.id, db);
    const by = current?.by_document_id ? history.findLast((h) => h.by_document_id === current.by_document_id) : undefined;
    const status = current?.status ?? 'valid';
    return {
      documentId: doc.id,
      ...(doc.doc_number ? { docNumber: doc.doc_number } : {}),
      title: doc.title,
      status,
      statusLabel: VALIDITY_STATUS_LABELS[status],
      effectiveOn: current?.effective_on ?? doc.written_date ?? '',
      ...(current?.by_document_id ? { byDocumentId: current.by_document_id } : {}),
      ...(by?.by_doc_number ? { byDocNumber: by.by_doc_number } : {}),
      ...(by?.by_title ? { byTitle: by.by_title } : {}),
      version: current?.version ?? 1,
      history: history.map(changeView),
    };
  }
}

function changeView(row: ValidityChangeRow): ValidityChangeView {
  return {
    id: row.id,
    fromStatus: row.from_status,
    status: row.status,
    statusLabel: VALIDITY_STATUS_LABELS[row.status],
    effectiveOn: row.effective_on,
    ...(row.by_document_id ? { byDocumentId: row.by_document_id } : {}),
    ...(row.by_doc_number ? { byDocNumber: row.by_doc_number } : {}),
    ...(row.by_title ? { byTitle: row.by_title } : {}),
    reason: row.reason,
    changedBy: row.changed_by,
    changedByName: row.changed_by_name,
    changedAt: row.changed_at.toISOString(),
  };
}
