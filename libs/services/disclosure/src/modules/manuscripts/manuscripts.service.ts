import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { shanghaiDate } from '@gov/calendar';
import { CommonErrors, pageOf, type CallerContext } from '@gov/contracts-common';
import {
  MANUSCRIPT_STATUS_LABELS,
  MANUSCRIPT_TARGET_LABELS,
  ManuscriptChanged,
  ManuscriptErrors,
  ManuscriptEvents,
  type AdoptManuscript,
  type CreateManuscript,
  type ListManuscripts,
  type ManuscriptDetail,
  type ManuscriptFields,
  type ManuscriptStats,
  type ManuscriptTarget,
  type RejectManuscript,
  type SubmitManuscript,
  type UpdateManuscript,
  type WithdrawManuscript,
} from '@gov/contracts-disclosure';
import { DomainError, publishTaskChanges, requireReason, Transactions, type Tx } from '@gov/platform';
import { canChangeManuscript, canHandleManuscripts, canSeeManuscript, manuscriptAccess } from './manuscripts.policy.js';
import { ManuscriptsRepository, type ManuscriptRow } from './manuscripts.repository.js';
import { canTake, countManuscripts, dateProblem, isSectionStep, MANUSCRIPT_STEP_LABELS, statusAfter, type ManuscriptStep } from './manuscripts.rules.js';
import { manuscriptTaskChange } from './manuscripts.tasks.js';
import { snapshotOf, toManuscriptDetail, toManuscriptView } from './manuscripts.views.js';

const today = () => shanghaiDate(new Date());

function refuseDate(message: string | null): void {
  if (!message) return;
  const field = message.slice(0, message.indexOf('：'));
  throw new DomainError(ManuscriptErrors.dateOrder, message.slice(message.indexOf('：') + 1), [{ field, code: 'date_order', message }]);
}

/** The fields as stored: trimmed, blanks dropped. */
function fieldsOf(request: ManuscriptFields): Pick<ManuscriptRow, 'title' | 'authors' | 'authorUnit' | 'target' | 'content' | 'attachments'> {
  return {
    title: request.title.trim(),
    authors: request.authors.map((a) => a.trim()).filter((a) => a.length > 0),
    authorUnit: request.authorUnit.trim(),
    target: request.target,
    content: request.content,
    attachments: (request.attachments ?? []).map((a) => a.trim()).filter((a) => a.length > 0),
  };
}

/**
 * 政务公开稿件: a unit's liaison (or 政务公开科 itself) registers a manuscript for 《政务公开工作交流》 or the provincial or
 * city 政务公开 column; 政务公开科 sends it on (报送, with the date) and records whether it was adopted (date, where,
 * issue) or not; withdrawn with a reason. The yearly count per unit and target is computed from the records.
 */
@Injectable()
export class ManuscriptsService {
  constructor(
    private readonly manuscripts: ManuscriptsRepository,
    private readonly transactions: Transactions,
  ) {}

  async create(request: CreateManuscript.Request, caller: CallerContext): Promise<ManuscriptDetail> {
    // A liaison's manuscript is their own unit's; the section may register one for a unit, or the office's own.
    const unitId = caller.unitId ?? request.unitId ?? null;
    if (!canChangeManuscript(caller, caller.unitId ?? null)) throw new DomainError(CommonErrors.forbidden, '无权登记政务公开稿件');
    const fields = fieldsOf(request);
    if (fields.authors.length === 0) throw new DomainError(CommonErrors.validationFailed, '请填写作者', [{ field: 'authors', code: 'required', message: 'authors：至少填写 1 名作者' }]);
    return this.transactions.run(async (tx) => {
      const now = new Date();
      const created: ManuscriptRow = {
        id: randomUUID(),
        unitId,
        ...fields,
        status: 'pending',
        submittedOn: null,
        submittedBy: null,
        adoptedOn: null,
        publishedIn: null,
        issueNumber: null,
        rejectionNote: null,
        withdrawalReason: null,
        version: 1,
        createdAt: now,
        createdBy: caller.username,
        updatedAt: now,
        updatedBy: caller.username,
      };
      await this.manuscripts.insert(created, tx.manager);
      await this.manuscripts.addStep(tx.manager, created.id, { at: now, by: caller.username, step: 'register', label: MANUSCRIPT_STEP_LABELS.register, note: `投稿去向：${MANUSCRIPT_TARGET_LABELS[created.target]}` });
      await tx.emit(ManuscriptEvents.created, snapshotOf(created), undefined, ManuscriptChanged.Event);
      await publishTaskChanges(tx, manuscriptTaskChange(null, created, caller.userId));
      return this.detail(created, tx);
    });
  }

  update(request: UpdateManuscript.Request, caller: CallerContext): Promise<ManuscriptDetail> {
    const fields = fieldsOf(request);
    if (fields.authors.length === 0) throw new DomainError(CommonErrors.validationFailed, '请填写作者', [{ field: 'authors', code: 'required', message: 'authors：至少填写 1 名作者' }]);
    return this.step(request.id, request.expectedVersion, caller, 'update', (row) => {
      Object.assign(row, fields);
      return { event: ManuscriptEvents.updated, note: null };
    });
  }

  submit(request: SubmitManuscript.Request, caller: CallerContext): Promise<ManuscriptDetail> {
    return this.step(request.id, request.expectedVersion, caller, 'submit', (row) => {
      refuseDate(dateProblem('submittedOn', request.submittedOn, today(), { on: shanghaiDate(row.createdAt), what: '稿件登记之日' }));
      Object.assign(row, { submittedOn: request.submittedOn, submittedBy: caller.username });
      return { event: ManuscriptEvents.submitted, note: `${request.submittedOn} 报送${MANUSCRIPT_TARGET_LABELS[row.target]}` };
    });
  }

  adopt(request: AdoptManuscript.Request, caller: CallerContext): Promise<ManuscriptDetail> {
    return this.step(request.id, request.expectedVersion, caller, 'adopt', (row) => {
      refuseDate(dateProblem('adoptedOn', request.adoptedOn, today(), { on: row.submittedOn, what: '报送日期' }));
      const issueNumber = request.issueNumber?.trim() || null;
      Object.assign(row, { adoptedOn: request.adoptedOn, publishedIn: request.publishedIn.trim(), issueNumber });
      return { event: ManuscriptEvents.adopted, note: `${request.adoptedOn} 采用于${request.publishedIn.trim()}${issueNumber ? `（${issueNumber}）` : ''}` };
    });
  }

  reject(request: RejectManuscript.Request, caller: CallerContext): Promise<ManuscriptDetail> {
    return this.step(request.id, request.expectedVersion, caller, 'reject', (row) => {
      row.rejectionNote = request.note?.trim() || null;
      return { event: ManuscriptEvents.rejected, note: row.rejectionNote };
    });
  }

  withdraw(request: WithdrawManuscript.Request, caller: CallerContext): Promise<ManuscriptDetail> {
    const reason = requireReason(request.reason);
    return this.step(request.id, request.expectedVersion, caller, 'withdraw', (row) => {
      row.withdrawalReason = reason;
      return { event: ManuscriptEvents.withdrawn, note: reason };
    });
  }

  async get(id: string, caller: CallerContext): Promise<ManuscriptDetail> {
    const row = await this.manuscripts.findById(id);
    if (!row || !canSeeManuscript(caller, row.unitId)) throw new DomainError(ManuscriptErrors.notFound, '政务公开稿件不存在或无权查看');
    return toManuscriptDetail(row, await this.manuscripts.stepsOf(row.id));
  }

  async list(request: ListManuscripts.Request, caller: CallerContext): Promise<ListManuscripts.Reply> {
    const access = manuscriptAccess(caller);
    if (access.kind === 'none') throw new DomainError(CommonErrors.forbidden, '无权查看政务公开稿件');
    const page = pageOf(request);
    const { items, total } = await this.manuscripts.search({ ...request, ...page, onlyUnitId: access.kind === 'unit' ? access.unitId : undefined });
    return { items: items.map(toManuscriptView), total, ...page };
  }

  /** The yearly count per unit and target (报送 and 采用), computed from the records; a liaison gets its own unit's. */
  async stats(request: ManuscriptStats.Request, caller: CallerContext): Promise<ManuscriptStats.Reply> {
    const access = manuscriptAccess(caller);
    if (access.kind === 'none') throw new DomainError(CommonErrors.forbidden, '无权查看政务公开稿件');
    const counts = countManuscripts(await this.manuscripts.sentInYear(request.year, access.kind === 'unit' ? access.unitId : undefined), request.year);
    const rows = counts.map((c) => ({ ...c, target: c.target as ManuscriptTarget, targetLabel: MANUSCRIPT_TARGET_LABELS[c.target as ManuscriptTarget] }));
    return { year: request.year, rows, submitted: rows.reduce((n, r) => n + r.submitted, 0), adopted: rows.reduce((n, r) => n + r.adopted, 0) };
  }

  private async detail(row: ManuscriptRow, tx: Tx): Promise<ManuscriptDetail> {
    return toManuscriptDetail(row, await this.manuscripts.stepsOf(row.id, tx.manager));
  }

  /** One step on a versioned record, in one transaction: seen, allowed, at the version held, saved, its timeline line, its event in the outbox. */
  private async step(id: string, expectedVersion: number, caller: CallerContext, step: ManuscriptStep, change: (row: ManuscriptRow) => { event: string; note: string | null }): Promise<ManuscriptDetail> {
    return this.transactions.run(async (tx) => {
      const current = await this.manuscripts.findById(id, tx.manager, true);
      if (!current || !canSeeManuscript(caller, current.unitId)) throw new DomainError(ManuscriptErrors.notFound, '政务公开稿件不存在或无权查看');
      const sectionOnly = isSectionStep(step, current.status);
      if (!(sectionOnly ? canHandleManuscripts(caller) : canChangeManuscript(caller, current.unitId))) {
        throw new DomainError(CommonErrors.forbidden, sectionOnly ? `${MANUSCRIPT_STEP_LABELS[step]}由政务公开科办理` : '无权办理该政务公开稿件');
      }
      if (current.version !== expectedVersion) {
        throw new DomainError(ManuscriptErrors.versionConflict, `政务公开稿件已被他人修改（当前版本 ${current.version}，您提交的版本 ${expectedVersion}），请刷新后重试`);
      }
      if (!canTake(step, current.status)) throw new DomainError(ManuscriptErrors.invalidState, `当前为"${MANUSCRIPT_STATUS_LABELS[current.status]}"，不能${MANUSCRIPT_STEP_LABELS[step]}`);
      const next: ManuscriptRow = { ...current };
      const effect = change(next);
      const now = new Date();
      Object.assign(next, { status: statusAfter(step, current.status), version: current.version + 1, updatedAt: now, updatedBy: caller.username });
      if (!(await this.manuscripts.saveIfVersion(next, expectedVersion, tx.manager))) throw new DomainError(ManuscriptErrors.versionConflict, '政务公开稿件已被他人修改，请刷新后重试');
      await this.manuscripts.addStep(tx.manager, next.id, { at: now, by: caller.username, step, label: MANUSCRIPT_STEP_LABELS[step], note: effect.note });
      await tx.emit(effect.event, snapshotOf(next), undefined, ManuscriptChanged.Event);
      await publishTaskChanges(tx, manuscriptTaskChange(current, next, caller.userId));
      return this.detail(next, tx);
    });
  }
}
