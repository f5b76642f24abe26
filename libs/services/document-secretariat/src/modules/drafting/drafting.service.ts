import { randomUUID } from 'node:crypto';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { CommonErrors, hasPermission, pageOf, SYSTEM_CALLER, type CallerContext } from '@gov/contracts-common';
import {
  CommonDocumentErrors,
  DRAFTING_ACTION_LABELS,
  DRAFTING_KIND_LABELS,
  DRAFTING_SECTIONS,
  DRAFTING_STATUS_LABELS,
  DraftingErrors,
  DraftingEvents,
  REVIEW_VERDICT_LABELS,
  type CreateDraftingTask,
  type DeadlineSpec,
  type DraftingSection,
  type DraftingTaskView,
  type ListDraftingTasks,
  type ReviewDraftingTask,
  type SaveDraftingBody,
  type TransitionDraftingTask,
  type UpdateDraftingTask,
} from '@gov/contracts-document-secretariat';
import { computeDeadline, isDeadlineOverdue, isIsoDate, shanghaiDate, type WorkingCalendar } from '@gov/calendar';
import { CalendarCopy, DomainError, Transactions, type Tx, tryTransactionLock } from '@gov/platform';
import { visibilityOf } from '../../common/access.js';
import { visibleOr404 } from '../../common/rows.js';
import { BodyVersions } from '../../common/body-versions.js';
import { Registry } from '../../common/registry.js';
import { auditOf, firstVersion } from '../../common/audit-columns.js';
import { Timeline } from '../../common/timeline.js';
import { bodyEditable, isOpen, nextDraftingStatus } from './drafting-states.js';
import { assertCleared, assertLeaderOrWriter, assertMayHandle, assertVersion, assertWriter, DRAFTING_WRITE, participants, TASK_NOT_FOUND, TOPIC_NOT_FOUND } from './drafting.policy.js';
import { DraftingRepository, type ReviewRow, type TaskRow } from './drafting.repository.js';
import { taskChanged, taskSummary, uniqueReviewers, type Actor } from './drafting.views.js';

export { DRAFTING_WRITE };
const OVERDUE_LOCK = 'document-secretariat:drafting-overdue';

type Deadline = Pick<TaskRow, 'due_date' | 'deadline_basis' | 'deadline_from' | 'deadline_working_days' | 'deadline_explanation' | 'deadline_provisional'>;

/**
 * 文稿起草 (秘书一科: 区长的讲话、政府工作报告、新闻发布稿; 秘书二科: 副区长的讲话、调研报告): author, the leader the text is
 * for, reviewers with their opinions on each body version, every save kept (the core's body versions, diffable), a
 * deadline from the deadline engine, the states of `drafting-states.ts`, an overdue flag. The yearly 调研计划 is
 * `ResearchPlanService`'s.
 */
@Injectable()
export class DraftingService implements OnModuleInit {
  constructor(
    private readonly drafting: DraftingRepository,
    private readonly transactions: Transactions,
    private readonly registry: Registry,
    private readonly timeline: Timeline,
    private readonly versions: BodyVersions,
    private readonly calendar: CalendarCopy,
  ) {}

  onModuleInit(): void {
    // Working-day deadlines of open texts are re-dated when a calendar year is loaded or corrected.
    this.calendar.onChange(async (year, tx, calendar) => {
      await this.redateDeadlines(year, tx, calendar);
    });
  }

  async create(request: CreateDraftingTask.Request, caller: CallerContext): Promise<DraftingTaskView> {
    assertWriter(caller);
    assertCleared(request.secrecyLevel, caller);
    const section = this.sectionFor(request.section, caller);
    const deadline = await this.deadlineOf(request.deadline);
    const author = request.author ?? { userId: caller.userId, name: caller.displayName };
    return this.transactions.run(async (tx) => {
      if (request.researchTopicId) visibleOr404(await this.drafting.findTopic(request.researchTopicId, tx.manager), caller, TOPIC_NOT_FOUND);
      const now = new Date();
      const row: TaskRow = {
        id: randomUUID(),
        year: Number(today().slice(0, 4)),
        kind: request.kind,
        title: request.title.trim(),
        brief: request.brief?.trim() || null,
        section,
        author_user_id: author.userId,
        author_name: author.name.trim(),
        leader_user_id: request.leader.userId,
        leader_name: request.leader.name.trim(),
        leader_title: request.leader.title,
        reviewers: uniqueReviewers(request.reviewers),
        status: 'drafting',
        ...deadline,
        overdue: isDeadlineOverdue(deadline.due_date, today()),
        final_version_no: null,
        research_topic_id: request.researchTopicId ?? null,
        cancellation_reason: null,
        secrecy_level: request.secrecyLevel,
        secrecy_period: request.secrecyPeriod ?? null,
        copy_number: request.copyNumber ?? null,
        unit_ids: [],
        user_ids: [],
        ...firstVersion(caller, now),
      };
      row.user_ids = participants(row);
      await this.drafting.insertTask(row, tx.manager);
      await this.putTaskRegistry(tx, row);
      await this.timeline.append(tx, caller, {
        kind: 'drafting',
        id: row.id,
        action: 'drafting.created',
        label: `布置起草任务（${DRAFTING_KIND_LABELS[row.kind]}）`,
        note: row.brief,
        detail: {
          author: row.author_name,
          leader: `${row.leader_title} ${row.leader_name}`,
          reviewers: row.reviewers.map((r) => r.name),
          dueDate: row.due_date,
          deadlineExplanation: row.deadline_explanation,
        },
      });
      await tx.emit(DraftingEvents.created, taskChanged(row, 'created', caller));
      return this.taskView(row, tx);
    });
  }

  async update(request: UpdateDraftingTask.Request, caller: CallerContext): Promise<DraftingTaskView> {
    return this.transactions.run(async (tx) => {
      const row = await this.lockTask(request.id, caller, tx);
      assertMayHandle(row, caller);
      assertVersion(row.version, request.expectedVersion);
      if (!isOpen(row.status)) throw new DomainError(CommonDocumentErrors.invalidState, `当前状态“${DRAFTING_STATUS_LABELS[row.status]}”不能修改任务信息`);
      const next: TaskRow = { ...row };
      const before: Record<string, unknown> = {};
      const after: Record<string, unknown> = {};
      if (request.title !== undefined && request.title.trim() !== row.title) {
        before.title = row.title;
        after.title = next.title = request.title.trim();
      }
      if (request.reviewers !== undefined) {
        before.reviewers = row.reviewers.map((r) => r.name);
        next.reviewers = uniqueReviewers(request.reviewers);
        after.reviewers = next.reviewers.map((r) => r.name);
      }
      if (request.deadline !== undefined) {
        if (row.due_date && !request.reason?.trim()) {
          throw new DomainError(DraftingErrors.reasonRequired, '调整已有的完成期限须说明理由', [{ field: 'reason', code: 'required', message: '调整期限须说明理由' }]);
        }
        Object.assign(next, await this.deadlineOf(request.deadline));
        next.overdue = isDeadlineOverdue(next.due_date, today());
        before.dueDate = row.due_date;
        after.dueDate = next.due_date;
        after.deadlineExplanation = next.deadline_explanation;
      }
      if (!Object.keys(after).length) throw new DomainError(CommonErrors.validationFailed, '没有需要修改的内容');
      next.user_ids = participants(next);
      const saved = await this.saveTask(tx, next, row.version, caller);
      await this.timeline.append(tx, caller, { kind: 'drafting', id: row.id, action: 'drafting.updated', label: '修改任务信息', note: request.reason?.trim() || null, detail: { before, after } });
      await tx.emit(DraftingEvents.changed, taskChanged(saved, 'updated', caller));
      return this.taskView(saved, tx);
    });
  }

  async saveBody(request: SaveDraftingBody.Request, caller: CallerContext): Promise<DraftingTaskView> {
    return this.transactions.run(async (tx) => {
      const row = await this.lockTask(request.id, caller, tx);
      assertMayHandle(row, caller);
      assertVersion(row.version, request.expectedVersion);
      if (!bodyEditable(row.status)) {
        throw new DomainError(CommonDocumentErrors.invalidState, `当前状态“${DRAFTING_STATUS_LABELS[row.status]}”不能修改正文（送审、呈送期间正文锁定）`);
      }
      const version = await this.versions.save(tx, caller, { kind: 'drafting', id: row.id }, request.text, request.note?.trim() || null);
      const saved = await this.saveTask(tx, row, row.version, caller);
      await this.timeline.append(tx, caller, {
        kind: 'drafting',
        id: row.id,
        action: 'drafting.body-saved',
        label: `保存正文第 ${version.versionNo} 版`,
        note: request.note?.trim() || null,
        detail: { versionNo: version.versionNo, sha256: version.sha256, length: version.length },
      });
      await tx.emit(DraftingEvents.bodySaved, { ...taskChanged(saved, 'body-saved', caller), bodyVersionNo: version.versionNo });
      return this.taskView(saved, tx);
    });
  }

  async transition(request: TransitionDraftingTask.Request, caller: CallerContext): Promise<DraftingTaskView> {
    return this.transactions.run(async (tx) => {
      const row = await this.lockTask(request.id, caller, tx);
      assertVersion(row.version, request.expectedVersion);
      const step = nextDraftingStatus(row.status, request.action);
      if ('refused' in step) throw new DomainError(CommonDocumentErrors.invalidState, step.refused);
      const note = request.note?.trim() || null;
      const latest = await this.versions.latest({ kind: 'drafting', id: row.id }, tx);
      const next: TaskRow = { ...row, status: step.to };
      switch (request.action) {
        case 'submit_for_review':
          assertMayHandle(row, caller);
          if (!latest) throw new DomainError(DraftingErrors.noBody, '文稿尚无正文，请先保存正文再送审');
          if (!row.reviewers.length) throw new DomainError(DraftingErrors.noReviewers, '未指定审核人，请先指定审核人');
          break;
        case 'request_revision':
          if (!this.isReviewer(row, caller) && !hasPermission(caller, DRAFTING_WRITE)) throw new DomainError(DraftingErrors.notReviewer, '只有审核人或秘书科可以退回修改');
          break;
        case 'submit_to_leader': {
          assertMayHandle(row, caller);
          if (!latest) throw new DomainError(DraftingErrors.noBody, '文稿尚无正文，不能呈送领导');
          const reviews = await this.drafting.reviewsOf(row.id, tx.manager);
          const pending = row.reviewers.filter((r) => !reviews.some((v) => v.reviewer_user_id === r.userId && v.version_no === latest.versionNo && v.verdict === 'approve'));
          if (pending.length) {
            throw new DomainError(DraftingErrors.reviewPending, `审核人${pending.map((r) => `“${r.name}”`).join('、')}尚未同意第 ${latest.versionNo} 版，不能呈送领导`);
          }
          break;
        }
        case 'return_for_revision':
          assertLeaderOrWriter(row, caller);
          if (!note) throw new DomainError(DraftingErrors.reasonRequired, '退回修改须写明修改意见', [{ field: 'note', code: 'required', message: '须写明修改意见' }]);
          break;
        case 'finalize':
          assertLeaderOrWriter(row, caller);
          next.final_version_no = latest?.versionNo ?? null;
          break;
        case 'cancel':
          assertMayHandle(row, caller);
          if (!note) throw new DomainError(DraftingErrors.reasonRequired, '撤销须说明理由', [{ field: 'note', code: 'required', message: '须说明撤销理由' }]);
          next.cancellation_reason = note;
          break;
      }
      const saved = await this.saveTask(tx, next, row.version, caller);
      await this.timeline.append(tx, caller, {
        kind: 'drafting',
        id: row.id,
        action: `drafting.${request.action}`,
        label: DRAFTING_ACTION_LABELS[request.action],
        note,
        detail: { from: row.status, to: step.to, ...(latest ? { versionNo: latest.versionNo, sha256: latest.sha256 } : {}) },
      });
      await tx.emit(DraftingEvents.statusChanged, { ...taskChanged(saved, request.action, caller), ...(latest ? { bodyVersionNo: latest.versionNo } : {}) });
      return this.taskView(saved, tx);
    });
  }

  /** A reviewer's opinion on the latest version, once per reviewer per version (the table keeps every one). */
  async review(request: ReviewDraftingTask.Request, caller: CallerContext): Promise<DraftingTaskView> {
    return this.transactions.run(async (tx) => {
      const row = await this.lockTask(request.id, caller, tx);
      if (!this.isReviewer(row, caller)) throw new DomainError(DraftingErrors.notReviewer, '您不是该文稿的审核人');
      if (row.status !== 'in_review') throw new DomainError(CommonDocumentErrors.invalidState, `当前状态“${DRAFTING_STATUS_LABELS[row.status]}”不能提出审核意见`);
      const latest = await this.versions.latest({ kind: 'drafting', id: row.id }, tx);
      if (!latest || latest.versionNo !== request.versionNo) {
        throw new DomainError(DraftingErrors.staleVersion, `审核意见须针对最新的第 ${latest?.versionNo ?? 0} 版正文，而不是第 ${request.versionNo} 版`);
      }
      const reviews = await this.drafting.reviewsOf(row.id, tx.manager);
      if (reviews.some((r) => r.reviewer_user_id === caller.userId && r.version_no === request.versionNo)) {
        throw new DomainError(CommonErrors.duplicate, `您已对第 ${request.versionNo} 版提出过审核意见`);
      }
      const review: ReviewRow = {
        id: randomUUID(),
        task_id: row.id,
        version_no: request.versionNo,
        reviewer_user_id: caller.userId,
        reviewer_name: caller.displayName,
        verdict: request.verdict,
        opinion: request.opinion.trim(),
        at: new Date(),
      };
      await this.drafting.insertReview(review, tx.manager);
      await this.timeline.append(tx, caller, {
        kind: 'drafting',
        id: row.id,
        action: 'drafting.reviewed',
        label: `审核意见：${REVIEW_VERDICT_LABELS[request.verdict]}（第 ${request.versionNo} 版）`,
        note: review.opinion,
        detail: { versionNo: request.versionNo, verdict: request.verdict, sha256: latest.sha256 },
      });
      await tx.emit(DraftingEvents.reviewed, { ...taskChanged(row, 'reviewed', caller), bodyVersionNo: request.versionNo });
      return this.taskView(row, tx);
    });
  }

  async get(id: string, caller: CallerContext): Promise<DraftingTaskView> {
    return this.taskView(visibleOr404(await this.drafting.findTask(id), caller, TASK_NOT_FOUND));
  }

  async list(request: ListDraftingTasks.Request, caller: CallerContext): Promise<ListDraftingTasks.Reply> {
    const page = pageOf(request);
    const { items, total } = await this.drafting.searchTasks({ ...request, ...page }, caller);
    return { items: items.map(taskSummary), total, ...page };
  }

  /**
   * Flags the open texts whose due date has passed (the due day ends at 24:00, Asia/Shanghai). One replica runs it at a
   * time (a transaction-scoped advisory lock); each flag is a change of the task with its event and timeline step.
   */
  async sweepOverdue(day: string = today()): Promise<number> {
    return this.transactions.run(async (tx) => {
      if (!(await tryTransactionLock(tx.manager, OVERDUE_LOCK))) return 0;
      const rows = await this.drafting.newlyOverdue(day, tx.manager);
      for (const row of rows) {
        const saved = await this.saveTask(tx, { ...row, overdue: true }, row.version, SYSTEM_CALLER);
        await this.timeline.append(tx, SYSTEM_CALLER, {
          kind: 'drafting',
          id: row.id,
          action: 'drafting.overdue',
          label: '逾期未完成',
          detail: { dueDate: row.due_date, today: day },
        });
        await tx.emit(DraftingEvents.overdue, taskChanged(saved, 'overdue', SYSTEM_CALLER));
      }
      return rows.length;
    });
  }

  /** Re-dates the open working-day deadlines touching `year` over the new calendar, with the new explanation. */
  async redateDeadlines(year: number, tx: Tx, calendar: WorkingCalendar): Promise<number> {
    const open = await this.drafting.openWorkingDayDeadlinesIn(year, tx.manager);
    if (!open.length) return 0;
    let count = 0;
    for (const row of open) {
      const result = computeDeadline(calendar, { start: row.deadline_from as string, amount: row.deadline_working_days as number, unit: 'working_days' });
      if (result.dueDate === row.due_date && result.provisional === row.deadline_provisional) continue;
      const next: TaskRow = { ...row, due_date: result.dueDate, deadline_explanation: result.explanation, deadline_provisional: result.provisional, overdue: isDeadlineOverdue(result.dueDate, today()) };
      const saved = await this.saveTask(tx, next, row.version, SYSTEM_CALLER);
      await this.timeline.append(tx, SYSTEM_CALLER, {
        kind: 'drafting',
        id: row.id,
        action: 'drafting.deadline-redated',
        label: '日历调整，重新计算完成期限',
        detail: { year, before: row.due_date, after: result.dueDate, explanation: result.explanation },
      });
      await tx.emit(DraftingEvents.changed, taskChanged(saved, 'deadline-redated', SYSTEM_CALLER));
      count++;
    }
    return count;
  }

  // ---- helpers ----

  /** A date given, or working days counted by the deadline engine over the platform calendar, with its explanation. */
  private async deadlineOf(spec: DeadlineSpec | undefined): Promise<Deadline> {
    if (!spec || (!spec.dueDate && !spec.workingDays)) {
      if (spec?.from) throw new DomainError(CommonErrors.validationFailed, '给出起算日时须同时给出工作日数', [{ field: 'deadline.workingDays', code: 'required', message: '须给出工作日数' }]);
      return { due_date: null, deadline_basis: 'none', deadline_from: null, deadline_working_days: null, deadline_explanation: ['未设定完成期限'], deadline_provisional: false };
    }
    if (spec.dueDate && spec.workingDays) {
      throw new DomainError(CommonErrors.validationFailed, '完成期限只能指定日期或工作日数之一', [{ field: 'deadline', code: 'exclusive', message: '指定日期与工作日数只能选其一' }]);
    }
    if (spec.dueDate) {
      if (!isIsoDate(spec.dueDate)) {
        throw new DomainError(CommonErrors.validationFailed, `日期无效：${spec.dueDate}`, [{ field: 'deadline.dueDate', code: 'date', message: '不是有效日期' }]);
      }
      return { due_date: spec.dueDate, deadline_basis: 'date', deadline_from: null, deadline_working_days: null, deadline_explanation: [`指定完成日期 ${spec.dueDate}`], deadline_provisional: false };
    }
    const from = spec.from ?? today();
    let result;
    try {
      result = computeDeadline(await this.calendar.current(), { start: from, amount: spec.workingDays as number, unit: 'working_days' });
    } catch (error) {
      throw new DomainError(CommonErrors.validationFailed, (error as Error).message, [{ field: 'deadline.from', code: 'date', message: (error as Error).message }]);
    }
    return {
      due_date: result.dueDate,
      deadline_basis: 'working_days',
      deadline_from: from,
      deadline_working_days: spec.workingDays as number,
      deadline_explanation: result.explanation,
      deadline_provisional: result.provisional,
    };
  }

  private async saveTask(tx: Tx, next: TaskRow, expectedVersion: number, actor: Actor): Promise<TaskRow> {
    const saved: TaskRow = { ...next, version: expectedVersion + 1, updated_at: new Date(), updated_by: actor.username };
    if (!(await this.drafting.updateTask(saved, expectedVersion, tx.manager))) throw new DomainError(CommonDocumentErrors.versionConflict, '文稿已被他人修改，请刷新后重试');
    await this.putTaskRegistry(tx, saved);
    return saved;
  }

  private putTaskRegistry(tx: Tx, row: TaskRow): Promise<void> {
    return this.registry.put(tx, { kind: 'drafting', id: row.id, title: row.title, status: row.status, statusLabel: DRAFTING_STATUS_LABELS[row.status], year: row.year, createdAt: row.created_at, updatedAt: row.updated_at, ...visibilityOf(row) });
  }

  private async lockTask(id: string, caller: CallerContext, tx: Tx): Promise<TaskRow> {
    return visibleOr404(await this.drafting.findTask(id, tx.manager, true), caller, TASK_NOT_FOUND);
  }

  private isReviewer(row: TaskRow, caller: CallerContext): boolean {
    return row.reviewers.some((r) => r.userId === caller.userId);
  }

  private sectionFor(requested: DraftingSection | undefined, caller: CallerContext): DraftingSection {
    const section = requested ?? caller.sectionCode;
    if (!(DRAFTING_SECTIONS as readonly (string | null | undefined)[]).includes(section)) {
      throw new DomainError(CommonErrors.validationFailed, '请指定承办科室（秘书一科或秘书二科）', [{ field: 'section', code: 'required', message: '须为 mishu_yi 或 mishu_er' }]);
    }
    return section as DraftingSection;
  }

  private async taskView(row: TaskRow, tx?: Tx): Promise<DraftingTaskView> {
    const latest = await this.versions.latest({ kind: 'drafting', id: row.id }, tx);
    const reviews = await this.drafting.reviewsOf(row.id, tx?.manager);
    return {
      id: row.id,
      year: row.year,
      kind: row.kind,
      kindLabel: DRAFTING_KIND_LABELS[row.kind],
      title: row.title,
      ...(row.brief ? { brief: row.brief } : {}),
      section: row.section,
      author: { userId: row.author_user_id, name: row.author_name },
      leader: { userId: row.leader_user_id, name: row.leader_name, title: row.leader_title },
      reviewers: row.reviewers,
      status: row.status,
      statusLabel: DRAFTING_STATUS_LABELS[row.status],
      ...(row.due_date ? { dueDate: row.due_date } : {}),
      deadlineExplanation: row.deadline_explanation,
      deadlineProvisional: row.deadline_provisional,
      overdue: row.overdue,
      ...(latest ? { latestVersion: { versionNo: latest.versionNo, sha256: latest.sha256, length: latest.length, savedBy: latest.savedBy, savedByName: latest.savedByName, savedAt: latest.savedAt, ...(latest.note ? { note: latest.note } : {}) } } : {}),
      ...(row.final_version_no ? { finalVersionNo: row.final_version_no } : {}),
      ...(row.research_topic_id ? { researchTopicId: row.research_topic_id } : {}),
      reviews: reviews.map((r) => ({ id: r.id, versionNo: r.version_no, reviewerUserId: r.reviewer_user_id, reviewerName: r.reviewer_name, verdict: r.verdict, opinion: r.opinion, at: r.at.toISOString() })),
      ...(row.cancellation_reason ? { cancellationReason: row.cancellation_reason } : {}),
      secrecyLevel: row.secrecy_level as DraftingTaskView['secrecyLevel'],
      ...(row.secrecy_period ? { secrecyPeriod: row.secrecy_period } : {}),
      ...(row.copy_number ? { copyNumber: row.copy_number } : {}),
      ...auditOf(row),
    };
  }
}

function today(): string {
  return shanghaiDate(new Date());
}

