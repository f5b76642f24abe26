import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { hasPermission, pageOf, type CallerContext } from '@gov/contracts-common';
import {
  CommonDocumentErrors,
  GAZETTE_STATUS_LABELS,
  GazetteErrors,
  GazetteEvents,
  type AddGazetteEntry,
  type CancelGazetteIssue,
  type CreateGazetteIssue,
  type FileRefView,
  type GazetteEntryView,
  type GazetteIssueView,
  type GazetteStatus,
  type ListGazetteIssues,
  type PublishGazetteIssue,
  type RemoveGazetteEntry,
} from '@gov/contracts-document-secretariat';
import { DATA_SOURCE, DomainError, SCHEMA, Transactions, type Tx } from '@gov/platform';
import type { DataSource } from 'typeorm';
import { visibleRowOr404 } from '../../common/rows.js';
import { Filters, selectPage } from '../../common/lists.js';
import { Files } from '../../common/files.js';
import { Registry } from '../../common/registry.js';
import { type AuditColumns, auditOf, firstVersion } from '../../common/record-table.js';
import { Timeline } from '../../common/timeline.js';
import { transition } from '../archives/state-machine.js';
import { conflictOnUnique } from '../archives/unique-violation.js';
import { GAZETTE_MACHINE, gazetteIssueLabel } from './gazette-states.js';

export const LEGAL_AFFAIRS_MANAGE = 'legal-affairs:manage';

interface IssueRow extends AuditColumns {
  id: string;
  year: number;
  issue_number: number | null;
  note: string | null;
  status: GazetteStatus;
  published_on: string | null;
  published_by: string | null;
  cancel_reason: string | null;
  secrecy_level: number;
  unit_ids: string[];
  user_ids: string[];
}

interface EntryRow {
  id: string;
  issue_id: string;
  document_id: string;
  position: number;
  title: string;
  doc_number: string;
  body: FileRefView;
  added_by: string;
  added_at: Date;
}

const ISSUE_COLUMNS = `id, year, issue_number, note, status, to_char(published_on, 'YYYY-MM-DD') AS published_on, published_by, cancel_reason, secrecy_level, unit_ids, user_ids,
  version, created_by, created_at, updated_by, updated_at`;

/**
 * 政府公报: a draft issue collects issued, 非密 outgoing documents (checked through the registry) in order; publishing
 * gives it the next number of its year (gap-free: numbers are given only at publication) and makes it immutable.
 */
@Injectable()
export class GazetteService {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(SCHEMA) private readonly schema: string,
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
      await tx.manager.query(
        `INSERT INTO "${this.schema}".gazette_issue (id, year, note, status, version, created_by, created_at, updated_by, updated_at) VALUES ($1, $2, $3, 'draft', 1, $4, $5, $4, $5)`,
        [row.id, row.year, row.note, row.created_by, row.created_at],
      );
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
    const filters = new Filters(caller);
    if (request.year) filters.where('year = ?', request.year);
    if (request.status) filters.where('status = ?', request.status);
    const { rows, total } = await selectPage<IssueRow>(this.dataSource, {
      columns: ISSUE_COLUMNS,
      from: `"${this.schema}".gazette_issue`,
      filters,
      orderBy: 'year DESC, issue_number DESC NULLS FIRST, created_at DESC',
      ...page,
    });
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
          const [already]: { year: number; issue_number: number | null }[] = await tx.manager.query(
            `SELECT i.year, i.issue_number FROM "${this.schema}".gazette_entry e JOIN "${this.schema}".gazette_issue i ON i.id = e.issue_id
              WHERE e.document_id = $1 AND e.removed_at IS NULL`,
            [request.documentId],
          );
          if (already) {
            throw new DomainError(GazetteErrors.alreadyInIssue, `“${document.title}”已编入 ${gazetteIssueLabel(already.year, already.issue_number)}，公报不重复刊登同一文件`);
          }
          const [body] = await this.files.attach(tx, caller, { kind: 'gazette_issue', id: issue.id, secrecyLevel: 0 }, [request.body], `entry:${request.documentId}`);
          const current = await this.entries(issue.id, tx);
          const position = Math.min(request.position ?? current.length + 1, current.length + 1);
          await tx.manager.query(`UPDATE "${this.schema}".gazette_entry SET position = position + 1 WHERE issue_id = $1 AND removed_at IS NULL AND position >= $2`, [issue.id, position]);
          await tx.manager.query(
            `INSERT INTO "${this.schema}".gazette_entry (id, issue_id, document_id, position, title, doc_number, body, added_by, added_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, now())`,
            [randomUUID(), issue.id, request.documentId, position, document.title, document.docNumber, JSON.stringify(body), caller.username],
          );
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
      const [entry]: EntryRow[] = await tx.manager.query(
        `SELECT id, position, title, doc_number FROM "${this.schema}".gazette_entry WHERE issue_id = $1 AND document_id = $2 AND removed_at IS NULL`,
        [issue.id, request.documentId],
      );
      if (!entry) throw new DomainError(GazetteErrors.notInIssue, '该文件不在本期公报中');
      await tx.manager.query(`UPDATE "${this.schema}".gazette_entry SET removed_at = now(), removed_by = $2, removed_reason = $3 WHERE id = $1`, [entry.id, caller.username, request.reason.trim()]);
      await tx.manager.query(`UPDATE "${this.schema}".gazette_entry SET position = position - 1 WHERE issue_id = $1 AND removed_at IS NULL AND position > $2`, [issue.id, entry.position]);
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
      const [{ last_number }]: { last_number: number }[] = await tx.manager.query(
        `INSERT INTO "${this.schema}".gazette_issue_sequence (year, last_number) VALUES ($1, 1)
         ON CONFLICT (year) DO UPDATE SET last_number = gazette_issue_sequence.last_number + 1, updated_at = now() RETURNING last_number`,
        [issue.year],
      );
      const next: IssueRow = { ...issue, status: 'published', issue_number: Number(last_number), published_on: request.publishedOn, published_by: caller.username };
      await tx.manager.query(`UPDATE "${this.schema}".gazette_issue SET status = 'published', issue_number = $2, published_on = $3, published_by = $4 WHERE id = $1`, [
        issue.id,
        next.issue_number,
        next.published_on,
        next.published_by,
      ]);
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
      await tx.manager.query(`UPDATE "${this.schema}".gazette_entry SET removed_at = now(), removed_by = $2, removed_reason = $3 WHERE issue_id = $1 AND removed_at IS NULL`, [
        issue.id,
        caller.username,
        `期次撤销：${reason}`,
      ]);
      await tx.manager.query(`UPDATE "${this.schema}".gazette_issue SET status = 'cancelled', cancel_reason = $2 WHERE id = $1`, [issue.id, reason]);
      await this.timeline.append(tx, caller, { kind: 'gazette_issue', id: issue.id, action: 'gazette.cancelled', label: '撤销', note: reason });
      return this.bump(tx, { ...issue, status: 'cancelled', cancel_reason: reason }, caller, GazetteEvents.cancelled, []);
    });
  }

  private async bump(tx: Tx, issue: IssueRow, caller: CallerContext, event: string, entries?: GazetteEntryView[]): Promise<GazetteIssueView> {
    const next: IssueRow = { ...issue, version: issue.version + 1, updated_by: caller.username, updated_at: new Date() };
    await tx.manager.query(`UPDATE "${this.schema}".gazette_issue SET version = $2, updated_by = $3, updated_at = $4 WHERE id = $1`, [next.id, next.version, next.updated_by, next.updated_at]);
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
    return visibleRowOr404<IssueRow>(tx?.manager ?? this.dataSource, `SELECT ${ISSUE_COLUMNS} FROM "${this.schema}".gazette_issue WHERE id = $1 ${tx ? 'FOR UPDATE' : ''}`, id, caller, {
      spec: GazetteErrors.notFound,
      detail: '公报期次不存在或无权查看',
    });
  }

  private async entries(issueId: string, tx?: Tx): Promise<GazetteEntryView[]> {
    const rows: EntryRow[] = await (tx?.manager ?? this.dataSource).query(
      `SELECT id, issue_id, document_id, position, title, doc_number, body, added_by, added_at FROM "${this.schema}".gazette_entry
        WHERE issue_id = $1 AND removed_at IS NULL ORDER BY position`,
      [issueId],
    );
    return rows.map((r) => ({ position: r.position, documentId: r.document_id, title: r.title, docNumber: r.doc_number, body: r.body, addedBy: r.added_by, addedAt: r.added_at.toISOString() }));
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

function toView(row: IssueRow, entries: GazetteEntryView[]): GazetteIssueView {
  return {
    id: row.id,
    year: row.year,
    ...(row.issue_number ? { issueNumber: row.issue_number } : {}),
    label: gazetteIssueLabel(row.year, row.issue_number),
    ...(row.note ? { note: row.note } : {}),
    status: row.status,
    statusLabel: GAZETTE_STATUS_LABELS[row.status],
    entries,
    ...(row.published_on ? { publishedOn: row.published_on, publishedBy: row.published_by ?? undefined } : {}),
    ...(row.cancel_reason ? { cancelReason: row.cancel_reason } : {}),
    ...auditOf(row),
  };
}
