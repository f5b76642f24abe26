import { randomUUID } from 'node:crypto';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { shanghaiDate, type WorkingCalendar } from '@gov/calendar';
import { CommonErrors, pageOf, type CallerContext } from '@gov/contracts-common';
import type { OutgoingDocumentIssued } from '@gov/contracts-document-secretariat';
import {
  PublicationChanged,
  PublicationErrors,
  PublicationEvents,
  PUBLICATION_STATUS_LABELS,
  type CreatePublication,
  type ListPublications,
  type PublicationView,
  type PublishPublication,
  type ReviewPublication,
  type UpdatePublication,
  type WithdrawPublication,
} from '@gov/contracts-disclosure';
import { CalendarCopy, DomainError, publishTaskChanges, requireReason, Transactions, type Tx } from '@gov/platform';
import { publicationTaskChange } from '../../common/tasks.js';
import { canChangePublications, canSeePublications } from './publications.policy.js';
import { PublicationsRepository, type PublicationRow } from './publications.repository.js';
import { canTake, categoryOfDocType, indexNumberOf, publicationDeadline, PUBLICATION_STEP_LABELS, statusAfter, type PublicationStep } from './publications.rules.js';
import { snapshotOf, toPublicationView } from './publications.views.js';

const today = () => shanghaiDate(new Date());

/**
 * 主动公开: the queue of information to publish within 20 working days (第二十六条) — the issued 主动公开 documents of
 * document-secretariat and what the section registers — through 保密审查 to the 公开目录 with its 索引号, and the
 * withdrawal of a published entry with a reason.
 */
@Injectable()
export class PublicationsService implements OnModuleInit {
  constructor(
    private readonly publications: PublicationsRepository,
    private readonly transactions: Transactions,
    private readonly calendar: CalendarCopy,
  ) {}

  onModuleInit(): void {
    this.calendar.onChange((_year, tx, calendar) => this.redateWaiting(tx, calendar));
  }

  /** An issued document: queued once (keyed on the document), if it is 主动公开; the others are not this module's. */
  async queueIssuedDocument(event: OutgoingDocumentIssued.Event, tx: Tx): Promise<void> {
    if (event.disclosure !== 'proactive') return;
    if (await this.publications.findByDocument(event.documentId, tx.manager)) return;
    const calendar = await this.calendar.current(tx);
    const row = this.newRow(
      {
        title: event.title,
        content: `${event.issuingBody}${event.docNumber ? ` ${event.docNumber}` : ''}（${event.docType}）`,
        category: categoryOfDocType(event.docType, event.title),
        madeOn: event.writtenDate,
        source: 'document',
        documentId: event.documentId,
        docNumber: event.docNumber || null,
        issuingBody: event.issuingBody,
      },
      calendar,
      'document-secretariat',
    );
    await this.publications.insert(row, tx.manager);
    await tx.emit(PublicationEvents.created, snapshotOf(row), undefined, PublicationChanged.Event);
    await publishTaskChanges(tx, publicationTaskChange(null, row));
  }

  async create(request: CreatePublication.Request, caller: CallerContext): Promise<PublicationView> {
    if (!canChangePublications(caller)) throw new DomainError(CommonErrors.forbidden, '无权登记主动公开信息');
    if (request.madeOn > today()) throw new DomainError(PublicationErrors.dateOrder, '信息形成之日不能晚于今天', [{ field: 'madeOn', code: 'future', message: 'madeOn：信息形成之日不能晚于今天' }]);
    const row = await this.transactions.run(async (tx) => {
      const calendar = await this.calendar.current(tx);
      const created = this.newRow({ title: request.title.trim(), content: request.content, category: request.category, madeOn: request.madeOn, source: 'manual', documentId: null, docNumber: null, issuingBody: null }, calendar, caller.username);
      await this.publications.insert(created, tx.manager);
      await tx.emit(PublicationEvents.created, snapshotOf(created), undefined, PublicationChanged.Event);
      await publishTaskChanges(tx, publicationTaskChange(null, created, caller.userId));
      return created;
    });
    return toPublicationView(row, today());
  }

  update(request: UpdatePublication.Request, caller: CallerContext): Promise<PublicationView> {
    return this.step(request.id, request.expectedVersion, caller, 'update', (row) => {
      row.title = request.title.trim();
      row.content = request.content;
      row.category = request.category;
      return PublicationEvents.updated;
    });
  }

  review(request: ReviewPublication.Request, caller: CallerContext): Promise<PublicationView> {
    const cleared = request.conclusion === 'cleared';
    const note = request.note?.trim() || null;
    if (!cleared && (!note || note.length < 2)) {
      throw new DomainError(CommonErrors.validationFailed, '不予发布须说明理由', [{ field: 'note', code: 'required', message: 'note：经审查不予发布的，须说明理由（至少 2 个字）' }]);
    }
    return this.step(
      request.id,
      request.expectedVersion,
      caller,
      'review',
      (row) => {
        if (request.reviewedOn < row.madeOn) throw new DomainError(PublicationErrors.dateOrder, '审查之日不能早于信息形成之日', [{ field: 'reviewedOn', code: 'order', message: 'reviewedOn：审查之日不能早于信息形成之日' }]);
        row.secrecyReviewedBy = caller.username;
        row.secrecyReviewedOn = request.reviewedOn;
        row.secrecyNote = note;
        if (!cleared) row.withdrawalReason = note;
        return PublicationEvents.reviewed;
      },
      cleared,
    );
  }

  publish(request: PublishPublication.Request, caller: CallerContext): Promise<PublicationView> {
    return this.step(request.id, request.expectedVersion, caller, 'publish', async (row, tx) => {
      if (row.secrecyReviewedOn && request.publishedOn < row.secrecyReviewedOn) {
        throw new DomainError(PublicationErrors.dateOrder, '公开之日不能早于保密审查之日', [{ field: 'publishedOn', code: 'order', message: 'publishedOn：公开之日不能早于保密审查之日（《政府信息公开条例》第十七条）' }]);
      }
      const year = Number(request.publishedOn.slice(0, 4));
      const seq = await this.publications.nextIndexSeq(tx.manager, year);
      row.indexYear = year;
      row.indexSeq = seq;
      row.indexNumber = indexNumberOf(year, seq);
      row.publishedOn = request.publishedOn;
      row.url = request.url ?? null;
      return PublicationEvents.published;
    });
  }

  withdraw(request: WithdrawPublication.Request, caller: CallerContext): Promise<PublicationView> {
    const reason = requireReason(request.reason);
    return this.step(request.id, request.expectedVersion, caller, 'withdraw', (row) => {
      row.withdrawalReason = reason;
      return PublicationEvents.withdrawn;
    });
  }

  async get(id: string, caller: CallerContext): Promise<PublicationView> {
    const row = canSeePublications(caller) ? await this.publications.findById(id) : null;
    if (!row) throw new DomainError(PublicationErrors.notFound, '主动公开信息不存在或无权查看');
    return toPublicationView(row, today());
  }

  async list(request: ListPublications.Request, caller: CallerContext): Promise<ListPublications.Reply> {
    if (!canSeePublications(caller)) throw new DomainError(CommonErrors.forbidden, '无权查看主动公开信息');
    const page = pageOf(request);
    const now = today();
    const late = request.late === true || request.late === 'true';
    const { items, total } = await this.publications.search({ ...request, ...page, lateBefore: late ? now : undefined });
    return { items: items.map((row) => toPublicationView(row, now)), total, ...page };
  }

  private newRow(
    fields: Pick<PublicationRow, 'title' | 'content' | 'category' | 'madeOn' | 'source' | 'documentId' | 'docNumber' | 'issuingBody'>,
    calendar: WorkingCalendar,
    by: string,
  ): PublicationRow {
    const now = new Date();
    const due = publicationDeadline(calendar, fields.madeOn);
    return {
      id: randomUUID(),
      unitId: null,
      ...fields,
      status: 'queued',
      dueDate: due.dueDate,
      dueExplanation: due.explanation,
      secrecyReviewedBy: null,
      secrecyReviewedOn: null,
      secrecyNote: null,
      indexYear: null,
      indexSeq: null,
      indexNumber: null,
      publishedOn: null,
      url: null,
      withdrawalReason: null,
      version: 1,
      createdAt: now,
      createdBy: by,
      updatedAt: now,
      updatedBy: by,
    };
  }

  /** A calendar change re-dates the entries still waiting. */
  private async redateWaiting(tx: Tx, calendar: WorkingCalendar): Promise<void> {
    for (const current of await this.publications.waitingForRedating(tx.manager)) {
      const due = publicationDeadline(calendar, current.madeOn);
      if (due.dueDate === current.dueDate) continue;
      const next: PublicationRow = { ...current, dueDate: due.dueDate, dueExplanation: due.explanation, version: current.version + 1, updatedAt: new Date(), updatedBy: 'system' };
      if (!(await this.publications.saveIfVersion(next, current.version, tx.manager))) continue;
      await tx.emit(PublicationEvents.updated, snapshotOf(next), undefined, PublicationChanged.Event);
      await publishTaskChanges(tx, publicationTaskChange(current, next));
    }
  }

  /** One step on a versioned record, in one transaction: allowed, at the version held, saved, its event in the outbox, its 待办. */
  private async step(
    id: string,
    expectedVersion: number,
    caller: CallerContext,
    step: PublicationStep,
    change: (row: PublicationRow, tx: Tx) => string | Promise<string>,
    cleared = true,
  ): Promise<PublicationView> {
    const row = await this.transactions.run(async (tx) => {
      const current = canSeePublications(caller) ? await this.publications.findById(id, tx.manager, true) : null;
      if (!current) throw new DomainError(PublicationErrors.notFound, '主动公开信息不存在或无权查看');
      if (!canChangePublications(caller)) throw new DomainError(CommonErrors.forbidden, '无权办理主动公开信息');
      if (current.version !== expectedVersion) {
        throw new DomainError(PublicationErrors.versionConflict, `主动公开信息已被他人修改（当前版本 ${current.version}，您提交的版本 ${expectedVersion}），请刷新后重试`);
      }
      if (!canTake(step, current.status)) throw new DomainError(PublicationErrors.invalidState, `当前为"${PUBLICATION_STATUS_LABELS[current.status]}"，不能${PUBLICATION_STEP_LABELS[step]}`);
      const next: PublicationRow = { ...current };
      const event = await change(next, tx);
      Object.assign(next, { status: statusAfter(step, current.status, cleared), version: current.version + 1, updatedAt: new Date(), updatedBy: caller.username });
      if (!(await this.publications.saveIfVersion(next, expectedVersion, tx.manager))) throw new DomainError(PublicationErrors.versionConflict, '主动公开信息已被他人修改，请刷新后重试');
      await tx.emit(event, snapshotOf(next), undefined, PublicationChanged.Event);
      await publishTaskChanges(tx, publicationTaskChange(current, next, caller.userId));
      return next;
    });
    return toPublicationView(row, today());
  }
}
