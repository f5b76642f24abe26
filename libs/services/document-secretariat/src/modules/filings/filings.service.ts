import { randomUUID } from 'node:crypto';
import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
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
  type FilingRecipient,
  type FilingRedated,
  type FilingStatus,
  type FilingView,
  type ListFilings,
} from '@gov/contracts-document-secretariat';
import { isDeadlineOverdue, shanghaiDate } from '@gov/calendar';
import { DATA_SOURCE, DomainError, SCHEMA, Transactions, type Tx } from '@gov/platform';
import type { DataSource } from 'typeorm';
import { rowOr404, visibleRowOr404 } from '../../common/rows.js';
import { Filters, selectPage } from '../../common/lists.js';
import { Registry } from '../../common/registry.js';
import { type AuditColumns, auditOf, firstVersion } from '../../common/record-table.js';
import { Timeline } from '../../common/timeline.js';
import { PeriodDeadlines, type PeriodRedated } from '../archives/period-deadlines.js';
import { transition } from '../archives/state-machine.js';
import { conflictOnUnique } from '../archives/unique-violation.js';
import { FILING_MACHINE } from './filing-states.js';

const LEGAL_AFFAIRS_MANAGE = 'legal-affairs:manage';

interface FilingRow extends AuditColumns {
  id: string;
  document_id: string;
  title: string;
  doc_number: string;
  recipient: FilingRecipient;
  recipient_name: string;
  publication_date: string;
  due_date: string | null;
  provisional: boolean;
  due_explanation: string[];
  rule_id: string;
  rule_source: string;
  status: FilingStatus;
  submitted_on: string | null;
  filing_reference: string | null;
  last_reason: string | null;
  secrecy_level: number;
  unit_ids: string[];
  user_ids: string[];
}

const COLUMNS = `f.id, f.document_id, f.title, f.doc_number, f.recipient, f.recipient_name, to_char(f.publication_date, 'YYYY-MM-DD') AS publication_date,
  to_char(f.due_date, 'YYYY-MM-DD') AS due_date, f.provisional, f.due_explanation, f.rule_id, r.source AS rule_source, f.status,
  to_char(f.submitted_on, 'YYYY-MM-DD') AS submitted_on, f.filing_reference, f.last_reason, f.secrecy_level, f.unit_ids, f.user_ids, f.version,
  f.created_by, f.created_at, f.updated_by, f.updated_at`;

/**
 * 报备 of issued documents to 市政府 / 区人大常委会: the due date is the configured period (`filings.period`, 30 days by
 * default, 《法规规章备案条例》第三条) from the publication date, from the deadline engine with its explanation; open filings
 * are re-dated when the calendar changes; the overdue list is the pending ones past their date.
 */
@Injectable()
export class FilingsService implements OnModuleInit {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(SCHEMA) private readonly schema: string,
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
      const row = await rowOr404<FilingRow>(
        tx.manager,
        `SELECT ${COLUMNS} FROM "${this.schema}".filing f JOIN "${this.schema}".archive_legal_rule r ON r.id = f.rule_id WHERE f.id = $1`,
        change.id,
        { spec: FilingErrors.notFound, detail: '报备记录不存在' },
      );
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
          const [duplicate] = await tx.manager.query(
            `SELECT 1 FROM "${this.schema}".filing WHERE document_id = $1 AND recipient = $2 AND recipient_name = $3 AND status <> 'withdrawn'`,
            [request.documentId, request.recipient, recipientName],
          );
          if (duplicate) throw new DomainError(FilingErrors.duplicate, `“${document.title}”已向${recipientName}报备`);
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
          await tx.manager.query(
            `INSERT INTO "${this.schema}".filing (id, document_id, title, doc_number, recipient, recipient_name, publication_date, due_date, provisional, due_explanation, rule_id,
               status, secrecy_level, version, created_by, created_at, updated_by, updated_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, 'pending', $12, 1, $13, $14, $13, $14)`,
            [
              row.id, row.document_id, row.title, row.doc_number, row.recipient, row.recipient_name, row.publication_date, row.due_date, row.provisional,
              JSON.stringify(row.due_explanation), row.rule_id, row.secrecy_level, row.created_by, row.created_at,
            ],
          );
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
    const filters = new Filters(caller, 'f');
    if (request.status) filters.where('f.status = ?', request.status);
    if (request.overdue !== undefined) {
      const overdue = `(f.status IN ('pending', 'returned') AND f.due_date < ?::date)`;
      filters.where(request.overdue ? overdue : `NOT ${overdue}`, shanghaiDate(new Date()));
    }
    filters.search(request.q, 'f.title', 'f.doc_number');
    const { rows, total } = await selectPage<FilingRow>(this.dataSource, {
      columns: COLUMNS,
      from: `"${this.schema}".filing f JOIN "${this.schema}".archive_legal_rule r ON r.id = f.rule_id`,
      filters,
      orderBy: 'f.due_date NULLS LAST, f.created_at',
      ...page,
    });
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
      const [, count] = (await tx.manager.query(
        `UPDATE "${this.schema}".filing SET status = $3, submitted_on = $4, filing_reference = $5, last_reason = $6, version = $2 + 1, updated_by = $7, updated_at = $8
          WHERE id = $1 AND version = $2`,
        [row.id, row.version, next.status, next.submitted_on, next.filing_reference, next.last_reason, next.updated_by, next.updated_at],
      )) as [unknown, number];
      if (count !== 1) throw new DomainError(CommonDocumentErrors.versionConflict, '报备记录已被他人修改，请刷新后重试');
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
    return visibleRowOr404<FilingRow>(
      tx?.manager ?? this.dataSource,
      `SELECT ${COLUMNS} FROM "${this.schema}".filing f JOIN "${this.schema}".archive_legal_rule r ON r.id = f.rule_id WHERE f.id = $1 ${tx ? 'FOR UPDATE OF f' : ''}`,
      id,
      caller,
      { spec: FilingErrors.notFound, detail: '报备记录不存在或无权查看' },
    );
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
