import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { hasPermission, pageOf, type CallerContext } from '@gov/contracts-common';
import {
  CommonDocumentErrors,
  GAZETTE_STATUS_LABELS,
  GazetteErrors,
  GazetteEvents,
  type AddGazetteEntry,
  type CancelGazetteIssue,
  type CreateGazetteIssue,
  type GazetteEntryView,
  type GazetteIssueView,
  type ListGazetteIssues,
  type PublishGazetteIssue,
  type RemoveGazetteEntry,
  DocumentSecretariatPermissions,
} from '@gov/contracts-document-secretariat';
import { DomainError, Transactions, type Tx } from '@gov/platform';
import { visibleOr404 } from '../../common/rows.js';
import { Files } from '../../common/files.js';
import { Registry } from '../../common/registry.js';
import { firstVersion } from '../../common/audit-columns.js';
import { Timeline } from '../../common/timeline.js';
import { transition } from '../archives/state-machine.js';
import { conflictOnUnique } from '../archives/unique-violation.js';
import { GAZETTE_MACHINE, gazetteIssueLabel } from './gazette-states.js';
import { GazetteRepository, type IssueRow } from './gazette.repository.js';
import { toEntryView, toView } from './gazette.views.js';

export const LEGAL_AFFAIRS_MANAGE = DocumentSecretariatPermissions.legalAffairsManage;

/**
 * 政府公报: a draft issue collects issued, 非密 outgoing documents (checked through the registry) in order; publishing
 * gives it the next number of its year (gap-free: numbers are given only at publication) and makes it immutable.
 */
@Injectable()
export class GazetteService {
  constructor(
    private readonly gazette: GazetteRepository,
    private readonly transactions: Transactions,
    private readonly registry: Registry,
    private readonly timeline: Timeline,
    private readonly files: Files,
  ) {}

  async create(request: CreateGazetteIssue.Request, caller: CallerContext): Promise<GazetteIssueView> {
    this.requireEditor(caller);
    return this.transactions.run(async (tx) => {
      const now = new Date();
      const row: IssueRow = {
        id: randomUUID(),
        year: request.year,
        issue_number: null,
        note: request.note?.trim() || null,
        status: 'draft',
        published_on: null,
        published_by: null,
        cancel_reason: null,
        secrecy_level: 0,
        unit_ids: [],
        user_ids: [],
        ...firstVersion(caller, now),
      };
      await this.gazette.insertIssue(tx.manager, row);
      await this.index(tx, row);
      await this.timeline.append(tx, caller, { kind: 'gazette_issue', id: row.id, action: 'gazette.created', label: '新建公报期次', detail: { year: row.year } });
      const view = toView(row, []);
      await tx.emit(GazetteEvents.created, view);
      return view;
    });
  }

  async get(id: string, caller: CallerContext): Promise<GazetteIssueView> {
    const row = await this.visibleIssue(id, caller);
    return toView(row, await this.entries(id));
  }

  async list(request: ListGazetteIssues.Request, caller: CallerContext): Promise<ListGazetteIssues.Reply> {
    const page = pageOf(request);
    const { items: rows, total } = await this.gazette.searchIssues({ year: request.year, status: request.status, ...page }, caller);
    const items: GazetteIssueView[] = [];
    for (const row of rows) items.push(toView(row, await this.entries(row.id)));
    return { items, total, ...page };
  }

  async addEntry(request: AddGazetteEntry.Request, caller: CallerContext): Promise<GazetteIssueView> {
    this.requireEditor(caller);
    return conflictOnUnique(
      () =>
        this.transactions.run(async (tx) => {
          const issue = await this.lockedIssue(request.id, request.expectedVersion, caller, tx, 'edit');
          const document = await this.registry.visible('outgoing', request.documentId, caller, tx);
          if (document.status !== 'issued' || !document.docNumber) {
            throw new DomainError(GazetteErrors.notIssued, `“${document.title}”尚未核发，不能编入公报`);
          }
          if (document.secrecyLevel > 0) throw new DomainError(GazetteErrors.classified, `“${document.title}”为涉密文件，不能在公报刊登`);
          const already = await this.gazette.issueHolding(tx.manager, request.documentId);
          if (already) {
            throw new DomainError(GazetteErrors.alreadyInIssue, `“${document.title}”已编入 ${gazetteIssueLabel(already.year, already.issue_number)}，公报不重复刊登同一文件`);
          }
          const [body] = await this.files.attach(tx, caller, { kind: 'gazette_issue', id: issue.id, secrecyLevel: 0 }, [request.body], `entry:${request.documentId}`);
          const current = await this.entries(issue.id, tx);
          const position = Math.min(request.position ?? current.length + 1, current.length + 1);
          await this.gazette.insertEntryAt(tx.manager, {
            id: randomUUID(),
            issue_id: issue.id,
            document_id: request.documentId,
            position,
            title: document.title,
            doc_number: document.docNumber,
            body,
            added_by: caller.username,
          });
          await this.timeline.append(tx, caller, {
            kind: 'gazette_issue',
            id: issue.id,
            action: 'gazette.entry_added',
            label: '编入文件',
            note: `${document.title}（${document.docNumber}）`,
            detail: { documentId: request.documentId, position, body: { fileId: body.fileId, sha256: body.sha256 } },
          });
          return this.bump(tx, issue, caller, GazetteEvents.changed);
        }),
      { gazette_entry_document_idx: { spec: GazetteErrors.alreadyInIssue, detail: '该文件刚刚已被编入公报，公报不重复刊登同一文件' } },
    );
  }

  async removeEntry(request: RemoveGazetteEntry.Request, caller: CallerContext): Promise<GazetteIssueView> {
    this.requireEditor(caller);
    return this.transactions.run(async (tx) => {
      const issue = await this.lockedIssue(request.id, request.expectedVersion, caller, tx, 'edit');
      const entry = await this.gazette.findEntry(tx.manager, issue.id, request.documentId);
      if (!entry) throw new DomainError(GazetteErrors.notInIssue, '该文件不在本期公报中');
      await this.gazette.removeEntry(tx.manager, { id: entry.id, issue_id: issue.id, position: entry.position }, caller.username, request.reason.trim());
      await this.timeline.append(tx, caller, {
        kind: 'gazette_issue',
        id: issue.id,
        action: 'gazette.entry_removed',
        label: '移出文件',
        note: `${entry.title}（${entry.doc_number}）：${request.reason.trim()}`,
        detail: { documentId: request.documentId },
      });
      return this.bump(tx, issue, caller, GazetteEvents.changed);
    });
  }

  async publish(request: PublishGazetteIssue.Request, caller: CallerContext): Promise<GazetteIssueView> {
    this.requireEditor(caller);
    return this.transactions.run(async (tx) => {
      const issue = await this.lockedIssue(request.id, request.expectedVersion, caller, tx, 'publish');
      const entries = await this.entries(issue.id, tx);
      if (!entries.length) throw new DomainError(GazetteErrors.empty, '本期公报还没有编入文件，不能出版');
      // The number of the year, given now: drafts never hold numbers, so cancelled drafts leave no gaps.
      const issueNumber = await this.gazette.nextIssueNumber(tx.manager, issue.year);
      const next: IssueRow = { ...issue, status: 'published', issue_number: issueNumber, published_on: request.publishedOn, published_by: caller.username };
      await this.gazette.markPublished(tx.manager, next);
      await this.timeline.append(tx, caller, {
        kind: 'gazette_issue',
        id: issue.id,
        action: 'gazette.published',
        label: '出版',
        note: `${gazetteIssueLabel(next.year, next.issue_number)}，${entries.length} 件文件`,
        detail: { issueNumber: next.issue_number, publishedOn: next.published_on, documentIds: entries.map((e) => e.documentId) },
      });
      return this.bump(tx, next, caller, GazetteEvents.published, entries);
    });
  }

  async cancel(request: CancelGazetteIssue.Request, caller: CallerContext): Promise<GazetteIssueView> {
    this.requireEditor(caller);
    return this.transactions.run(async (tx) => {
      const issue = await this.lockedIssue(request.id, request.expectedVersion, caller, tx, 'cancel');
      const reason = request.reason.trim();
      // The draft's documents are free again for another issue.
      await this.gazette.removeAllEntries(tx.manager, issue.id, caller.username, `期次撤销：${reason}`);
      await this.gazette.markCancelled(tx.manager, issue.id, reason);
      await this.timeline.append(tx, caller, { kind: 'gazette_issue', id: issue.id, action: 'gazette.cancelled', label: '撤销', note: reason });
      return this.bump(tx, { ...issue, status: 'cancelled', cancel_reason: reason }, caller, GazetteEvents.cancelled, []);
    });
  }

  private async bump(tx: Tx, issue: IssueRow, caller: CallerContext, event: string, entries?: GazetteEntryView[]): Promise<GazetteIssueView> {
    const next: IssueRow = { ...issue, version: issue.version + 1, updated_by: caller.username, updated_at: new Date() };
    await this.gazette.saveVersion(tx.manager, next);
    await this.index(tx, next);
    const view = toView(next, entries ?? (await this.entries(next.id, tx)));
    await tx.emit(event, view);
    return view;
  }

  private async lockedIssue(id: string, expectedVersion: number, caller: CallerContext, tx: Tx, action: 'edit' | 'publish' | 'cancel'): Promise<IssueRow> {
    const row = await this.visibleIssue(id, caller, tx);
    transition(GAZETTE_MACHINE, row.status, action);
    if (row.version !== expectedVersion) {
      throw new DomainError(CommonDocumentErrors.versionConflict, `公报期次已被他人修改（当前版本 ${row.version}，您提交的版本 ${expectedVersion}），请刷新后重试`);
    }
    return row;
  }

  private async visibleIssue(id: string, caller: CallerContext, tx?: Tx): Promise<IssueRow> {
    const row = await this.gazette.findIssue(id, tx?.manager, !!tx);
    return visibleOr404(row, caller, { spec: GazetteErrors.notFound, detail: '公报期次不存在或无权查看' });
  }

  private async entries(issueId: string, tx?: Tx): Promise<GazetteEntryView[]> {
    return (await this.gazette.entries(issueId, tx?.manager)).map(toEntryView);
  }

  private async index(tx: Tx, row: IssueRow): Promise<void> {
    await this.registry.put(tx, {
      kind: 'gazette_issue',
      id: row.id,
      title: `博山区人民政府公报 ${gazetteIssueLabel(row.year, row.issue_number)}`,
      status: row.status,
      statusLabel: GAZETTE_STATUS_LABELS[row.status],
      secrecyLevel: 0,
      unitIds: [],
      userIds: [],
      year: row.year,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    });
  }

  private requireEditor(caller: CallerContext): void {
    if (!hasPermission(caller, LEGAL_AFFAIRS_MANAGE)) throw new DomainError(CommonDocumentErrors.forbidden, '只有文秘科（政策法规科）可以编发政府公报');
  }
}
