import { randomUUID } from 'node:crypto';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { hasPermission, pageOf, type CallerContext } from '@gov/contracts-common';
import {
  CommonDocumentErrors,
  FILING_ACTION_LABELS,
  FILING_RECIPIENT_LABELS,
  FILING_STATUS_LABELS,
  FilingErrors,
  FilingEvents,
  type ActOnFiling,
  type CreateFiling,
  type FilingRedated,
  type FilingView,
  type ListFilings,
  DocumentSecretariatPermissions,
} from '@gov/contracts-document-secretariat';
import { isDeadlineOverdue, shanghaiDate } from '@gov/calendar';
import { DomainError, Transactions, type Tx } from '@gov/platform';
import { visibleOr404 } from '../../common/rows.js';
import { Registry } from '../../common/registry.js';
import { auditOf, firstVersion } from '../../common/audit-columns.js';
import { Timeline } from '../../common/timeline.js';
import { PeriodDeadlines, type PeriodRedated } from '../archives/period-deadlines.js';
import { transition } from '../archives/state-machine.js';
import { conflictOnUnique } from '../archives/unique-violation.js';
import { FILING_MACHINE } from './filing-states.js';
import { FilingsRepository, type FilingRow } from './filings.repository.js';

const LEGAL_AFFAIRS_MANAGE = DocumentSecretariatPermissions.legalAffairsManage;

/**
 * 报备 of issued documents to 市政府 / 区人大常委会: the due date is the configured period (`filings.period`, 30 days by
 * default, 《法规规章备案条例》第三条) from the publication date, from the deadline engine with its explanation; open filings
 * are re-dated when the calendar changes; the overdue list is the pending ones past their date.
 */
@Injectable()
export class FilingsService implements OnModuleInit {
  constructor(
    private readonly filings: FilingsRepository,
    private readonly transactions: Transactions,
    private readonly registry: Registry,
    private readonly timeline: Timeline,
    private readonly periods: PeriodDeadlines,
  ) {}

  onModuleInit(): void {
    this.periods.redateOnCalendarChange({ table: 'filing', startColumn: 'publication_date', openStatuses: ['pending', 'returned'], kind: 'filing', action: 'filing.redated' }, (tx, redated) =>
      this.afterRedating(tx, redated),
    );
  }

  /** The filings a calendar change re-dated: their registry entries refreshed and `filing.redated` published, in the change's tx. */
  private async afterRedating(tx: Tx, redated: PeriodRedated[]): Promise<void> {
    for (const change of redated) {
      const row = await this.filings.find(change.id, tx.manager);
      if (!row) throw new DomainError(FilingErrors.notFound, '报备记录不存在');
      await this.index(tx, row);
      const event: FilingRedated.Event = {
        filing: toView(row),
        ...(change.previousDueDate ? { previousDueDate: change.previousDueDate } : {}),
        ...(change.dueDate ? { dueDate: change.dueDate } : {}),
        year: change.year,
      };
      await tx.emit(FilingEvents.redated, event);
    }
  }

  async create(request: CreateFiling.Request, caller: CallerContext): Promise<FilingView> {
    this.requireClerk(caller);
    if (request.recipient === 'other' && !request.recipientName?.trim()) {
      throw new DomainError(FilingErrors.noteRequired, '报备机关为“其他”时须填写报备机关名称', [{ field: 'recipientName', code: 'required', message: '报备机关名称：请填写' }]);
    }
    return conflictOnUnique(
      () =>
        this.transactions.run(async (tx) => {
          const document = await this.registry.visible('outgoing', request.documentId, caller, tx);
          if (document.status !== 'issued' || !document.docNumber) throw new DomainError(FilingErrors.notIssued, `“${document.title}”尚未核发，不能报备`);
          const recipientName = request.recipient === 'other' ? (request.recipientName as string).trim() : FILING_RECIPIENT_LABELS[request.recipient];
          if (await this.filings.alreadyFiled(tx.manager, request.documentId, request.recipient, recipientName)) throw new DomainError(FilingErrors.duplicate, `“${document.title}”已向${recipientName}报备`);
          const due = await this.periods.due('filings.period', request.publicationDate, tx);
          const now = new Date();
          const row: FilingRow = {
            id: randomUUID(),
            document_id: request.documentId,
            title: document.title,
            doc_number: document.docNumber,
            recipient: request.recipient,
            recipient_name: recipientName,
            publication_date: request.publicationDate,
            due_date: due.dueDate,
            provisional: due.provisional,
            due_explanation: due.explanation,
            rule_id: due.rule.id,
            rule_source: due.rule.source,
            status: 'pending',
            submitted_on: null,
            filing_reference: null,
            last_reason: null,
            secrecy_level: document.secrecyLevel,
            unit_ids: [],
            user_ids: [],
            ...firstVersion(caller, now),
          };
          await this.filings.insert(tx.manager, row);
          await this.index(tx, row);
          await this.timeline.append(tx, caller, {
            kind: 'filing',
            id: row.id,
            action: 'filing.created',
            label: '登记报备',
            note: `向${recipientName}报备，期限 ${row.due_date ?? '待定'}`,
            detail: { documentId: row.document_id, dueDate: row.due_date, explanation: row.due_explanation, ruleId: due.rule.id },
          });
          const view = toView(row);
          await tx.emit(FilingEvents.created, view);
          return view;
        }),
      { filing_document_recipient_idx: { spec: FilingErrors.duplicate, detail: '该文件刚刚已向该机关报备' } },
    );
  }

  async get(id: string, caller: CallerContext): Promise<FilingView> {
    return toView(await this.visible(id, caller));
  }

  async list(request: ListFilings.Request, caller: CallerContext): Promise<ListFilings.Reply> {
    const page = pageOf(request);
    const { items: rows, total } = await this.filings.search({ status: request.status, overdue: request.overdue, q: request.q, today: shanghaiDate(new Date()), ...page }, caller);
    return { items: rows.map(toView), total, ...page };
  }

  async act(request: ActOnFiling.Request, caller: CallerContext): Promise<FilingView> {
    this.requireClerk(caller);
    const note = request.note?.trim() || null;
    if ((request.action === 'return' || request.action === 'withdraw') && !note) {
      throw new DomainError(FilingErrors.noteRequired, `${FILING_ACTION_LABELS[request.action]}须说明原因`, [{ field: 'note', code: 'required', message: '说明：请填写原因' }]);
    }
    return this.transactions.run(async (tx) => {
      const row = await this.visible(request.id, caller, tx);
      const status = transition(FILING_MACHINE, row.status, request.action);
      if (row.version !== request.expectedVersion) {
        throw new DomainError(CommonDocumentErrors.versionConflict, `报备记录已被他人修改（当前版本 ${row.version}，您提交的版本 ${request.expectedVersion}），请刷新后重试`);
      }
      const date = request.date ?? shanghaiDate(new Date());
      const next: FilingRow = {
        ...row,
        status,
        ...(request.action === 'submit' ? { submitted_on: date } : {}),
        ...(request.action === 'accept' && request.filingReference ? { filing_reference: request.filingReference.trim() } : {}),
        ...(request.action === 'return' || request.action === 'withdraw' ? { last_reason: note } : {}),
        version: row.version + 1,
        updated_by: caller.username,
        updated_at: new Date(),
      };
      if (!(await this.filings.saveIfVersion(tx.manager, next, row.version))) throw new DomainError(CommonDocumentErrors.versionConflict, '报备记录已被他人修改，请刷新后重试');
      await this.index(tx, next);
      const late = request.action === 'submit' && !!row.due_date && isDeadlineOverdue(row.due_date, date);
      await this.timeline.append(tx, caller, {
        kind: 'filing',
        id: row.id,
        action: `filing.${request.action}`,
        label: FILING_ACTION_LABELS[request.action],
        note: [note, late ? `逾期报送（期限 ${row.due_date}）` : null].filter(Boolean).join('；') || null,
        detail: { from: row.status, to: status, date, ...(next.filing_reference ? { filingReference: next.filing_reference } : {}) },
      });
      const view = toView(next);
      await tx.emit(FilingEvents.changed, view);
      return view;
    });
  }

  private async visible(id: string, caller: CallerContext, tx?: Tx): Promise<FilingRow> {
    return visibleOr404(await this.filings.find(id, tx?.manager, !!tx), caller, { spec: FilingErrors.notFound, detail: '报备记录不存在或无权查看' });
  }

  private async index(tx: Tx, row: FilingRow): Promise<void> {
    await this.registry.put(tx, {
      kind: 'filing',
      id: row.id,
      title: `报备：${row.title}（${row.recipient_name}）`,
      docNumber: row.doc_number,
      status: row.status,
      statusLabel: FILING_STATUS_LABELS[row.status],
      secrecyLevel: row.secrecy_level,
      unitIds: row.unit_ids,
      userIds: row.user_ids,
      year: Number(row.publication_date.slice(0, 4)),
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    });
  }

  private requireClerk(caller: CallerContext): void {
    if (!hasPermission(caller, LEGAL_AFFAIRS_MANAGE)) throw new DomainError(CommonDocumentErrors.forbidden, '只有文秘科（政策法规科）可以办理报备');
  }
}

function toView(row: FilingRow): FilingView {
  const today = shanghaiDate(new Date());
  const open = row.status === 'pending' || row.status === 'returned';
  const overdue = open ? isDeadlineOverdue(row.due_date, today) : !!row.submitted_on && !!row.due_date && isDeadlineOverdue(row.due_date, row.submitted_on);
  return {
    id: row.id,
    documentId: row.document_id,
    title: row.title,
    docNumber: row.doc_number,
    recipient: row.recipient,
    recipientName: row.recipient_name,
    publicationDate: row.publication_date,
    ...(row.due_date ? { dueDate: row.due_date } : {}),
    provisional: row.provisional,
    dueExplanation: row.due_explanation,
    ruleId: row.rule_id,
    ruleSource: row.rule_source,
    status: row.status,
    statusLabel: FILING_STATUS_LABELS[row.status],
    overdue,
    ...(row.submitted_on ? { submittedOn: row.submitted_on } : {}),
    ...(row.filing_reference ? { filingReference: row.filing_reference } : {}),
    ...(row.last_reason ? { lastReason: row.last_reason } : {}),
    secrecyLevel: row.secrecy_level,
    ...auditOf(row),
  };
}
