import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { CommonErrors, pageOf, type CallerContext } from '@gov/contracts-common';
import {
  MONTHLY_NOTICE_STATUS_LABELS,
  MonthlyNoticeChanged,
  MonthlyNoticeErrors,
  MonthlyNoticeEvents,
  MonthlyNoticeSigned,
  type CreateMonthlyNotice,
  type ListMonthlyNotices,
  type MonthlyNoticeStatus,
  type MonthlyNoticeView,
  type RegenerateMonthlyNotice,
  type ReviewMonthlyNotice,
  type SendBackMonthlyNotice,
  type SignMonthlyNotice,
  type SubmitMonthlyNotice,
  type UpdateMonthlyNotice,
  type WithdrawMonthlyNotice,
} from '@gov/contracts-information';
import { shanghaiDate } from '@gov/calendar';
import { DomainError, publishTaskChanges, requireReason, Transactions, type Tx } from '@gov/platform';
import { monthlyNoticeTaskChange } from '../../common/tasks.js';
import { SubmissionsService } from '../submissions/submissions.service.js';
import { canListMonthlyNotices, canManageMonthlyNotices, canReviewMonthlyNotices, canSeeMonthlyNotice, canSignMonthlyNotices } from './monthly-notices.policy.js';
import { MonthlyNoticesRepository, type MonthlyNoticeRow } from './monthly-notices.repository.js';
import { canTake, defaultTitle, isClosedMonth, monthLabel, statusAfter, type MonthlyNoticeStep } from './monthly-notices.rules.js';
import { signedEventOf, snapshotOf, toMonthlyNoticeView } from './monthly-notices.views.js';

const today = () => shanghaiDate(new Date());

/**
 * 月度通报 as a document for 签发: 信息科 drafts it for a closed month from the monthly computation (kept as a snapshot,
 * regenerated only in 草稿), sends it to the chief (审核), the office's leader signs it (签发) — which hands it to
 * document-secretariat through `monthly-notice.signed` — or it is sent back or withdrawn with a reason.
 */
@Injectable()
export class MonthlyNoticesService {
  constructor(
    private readonly notices: MonthlyNoticesRepository,
    private readonly submissions: SubmissionsService,
    private readonly transactions: Transactions,
  ) {}

  /** 起草: a closed month, one live notice per month (409 otherwise), the month's figures snapshotted. */
  async create(request: CreateMonthlyNotice.Request, caller: CallerContext): Promise<MonthlyNoticeView> {
    if (!canManageMonthlyNotices(caller)) throw new DomainError(CommonErrors.forbidden, '只有信息科可以起草月度通报');
    if (!isClosedMonth(request.month, today())) {
      throw new DomainError(MonthlyNoticeErrors.monthNotClosed, `${monthLabel(request.month)}尚未结束，只能通报已结束的月份`, [
        { field: 'month', code: 'monthNotClosed', message: `month：${monthLabel(request.month)}尚未结束，只能通报已结束的月份` },
      ]);
    }
    const report = await this.submissions.monthlyOf(request.month);
    const id = randomUUID();
    await this.transactions.run(async (tx) => {
      const live = await this.notices.lockLiveOfMonth(request.month, tx.manager);
      if (live) throw new DomainError(MonthlyNoticeErrors.duplicateMonth, `${monthLabel(request.month)}已有月度通报（${MONTHLY_NOTICE_STATUS_LABELS[live.status]}）；如需重拟，请先撤回原通报`);
      const now = new Date();
      const row: MonthlyNoticeRow = {
        id,
        month: request.month,
        title: request.title?.trim() || defaultTitle(request.month),
        preface: request.preface.trim(),
        mainRecipients: recipientsOf(request.mainRecipients),
        status: 'draft',
        report,
        computedAt: now,
        computedBy: caller.username,
        reviewedBy: null,
        reviewedAt: null,
        signedBy: null,
        signedByUserId: null,
        signerName: null,
        signedOn: null,
        signOpinion: null,
        reason: null,
        version: 1,
        createdAt: now,
        createdBy: caller.username,
        updatedAt: now,
        updatedBy: caller.username,
      };
      await this.notices.insert(row, tx.manager);
      await this.notices.insertStep({ noticeId: id, step: 'create', status: 'draft', note: `生成${monthLabel(request.month)}统计（${report.rows.length} 个单位）`, actor: caller.username, at: now }, tx.manager);
      await tx.emit(MonthlyNoticeEvents.created, snapshotOf(row), undefined, MonthlyNoticeChanged.Event);
    });
    return this.view(id);
  }

  update(request: UpdateMonthlyNotice.Request, caller: CallerContext): Promise<MonthlyNoticeView> {
    return this.step(request.id, request.expectedVersion, caller, 'update', async (row) => {
      requireManager(caller);
      Object.assign(row, { title: request.title?.trim() || defaultTitle(row.month), preface: request.preface.trim(), mainRecipients: recipientsOf(request.mainRecipients) });
      return { event: MonthlyNoticeEvents.updated, note: null };
    });
  }

  /** 重新生成: the month's figures computed again from the records — only in 草稿 (the snapshot is what is reviewed and signed). */
  async regenerate(request: RegenerateMonthlyNotice.Request, caller: CallerContext): Promise<MonthlyNoticeView> {
    const current = await this.notices.findById(request.id);
    if (!current || !canSeeMonthlyNotice(caller, current.status)) throw new DomainError(MonthlyNoticeErrors.notFound, '月度通报不存在或无权查看');
    const report = await this.submissions.monthlyOf(current.month);
    return this.step(request.id, request.expectedVersion, caller, 'regenerate', async (row, now) => {
      requireManager(caller);
      Object.assign(row, { report, computedAt: now, computedBy: caller.username });
      return { event: MonthlyNoticeEvents.regenerated, note: `重新生成统计（${report.rows.length} 个单位）` };
    });
  }

  submit(request: SubmitMonthlyNotice.Request, caller: CallerContext): Promise<MonthlyNoticeView> {
    return this.step(request.id, request.expectedVersion, caller, 'submit', async (row) => {
      requireManager(caller);
      row.reason = null;
      return { event: MonthlyNoticeEvents.submitted, note: null };
    });
  }

  /** 科长审核: the section chief of 信息科. */
  review(request: ReviewMonthlyNotice.Request, caller: CallerContext): Promise<MonthlyNoticeView> {
    return this.step(request.id, request.expectedVersion, caller, 'review', async (row, now) => {
      if (!canReviewMonthlyNotices(caller)) throw new DomainError(MonthlyNoticeErrors.reviewerRequired, '月度通报须由信息科科长审核');
      Object.assign(row, { reviewedBy: caller.username, reviewedAt: now });
      return { event: MonthlyNoticeEvents.reviewed, note: request.note?.trim() || null };
    });
  }

  /** 退回: by the reviewer (while under review) or the signer (once reviewed), with a reason; back to 草稿. */
  sendBack(request: SendBackMonthlyNotice.Request, caller: CallerContext): Promise<MonthlyNoticeView> {
    const reason = requireReason(request.reason, '退回');
    return this.step(request.id, request.expectedVersion, caller, 'send-back', async (row) => {
      if (!canReviewMonthlyNotices(caller) && !canSignMonthlyNotices(caller)) throw new DomainError(CommonErrors.forbidden, '只有审核人或签发人可以退回月度通报');
      Object.assign(row, { reason, reviewedBy: null, reviewedAt: null });
      return { event: MonthlyNoticeEvents.sentBack, note: reason };
    });
  }

  /** 签发 by the office's leader: the notice is frozen and handed to document-secretariat (`monthly-notice.signed`). */
  sign(request: SignMonthlyNotice.Request, caller: CallerContext): Promise<MonthlyNoticeView> {
    const signedOn = request.signedOn ?? today();
    if (signedOn > today()) {
      throw new DomainError(CommonErrors.validationFailed, '签发日期不能晚于今天', [{ field: 'signedOn', code: 'maxDate', message: 'signedOn：签发日期不能晚于今天' }]);
    }
    return this.step(request.id, request.expectedVersion, caller, 'sign', async (row) => {
      if (!canSignMonthlyNotices(caller)) throw new DomainError(CommonErrors.forbidden, '月度通报须由办公室领导签发');
      if (signedOn.slice(0, 7) <= row.month) {
        throw new DomainError(CommonErrors.validationFailed, '签发日期须在通报月份结束之后', [{ field: 'signedOn', code: 'minDate', message: `signedOn：签发日期须在${monthLabel(row.month)}之后` }]);
      }
      Object.assign(row, { signedBy: caller.username, signedByUserId: caller.userId, signerName: caller.displayName || caller.username, signedOn, signOpinion: request.opinion?.trim() || null });
      return { event: MonthlyNoticeEvents.signed, note: `签发（${signedOn}），交文秘科编号印发${row.signOpinion ? `；意见：${row.signOpinion}` : ''}` };
    });
  }

  withdraw(request: WithdrawMonthlyNotice.Request, caller: CallerContext): Promise<MonthlyNoticeView> {
    const reason = requireReason(request.reason);
    return this.step(request.id, request.expectedVersion, caller, 'withdraw', async (row) => {
      requireManager(caller);
      row.reason = reason;
      return { event: MonthlyNoticeEvents.withdrawn, note: reason };
    });
  }

  async get(id: string, caller: CallerContext): Promise<MonthlyNoticeView> {
    const row = await this.notices.findById(id);
    if (!row || !canSeeMonthlyNotice(caller, row.status)) throw new DomainError(MonthlyNoticeErrors.notFound, '月度通报不存在或无权查看');
    return this.view(id);
  }

  async list(request: ListMonthlyNotices.Request, caller: CallerContext): Promise<ListMonthlyNotices.Reply> {
    if (!canListMonthlyNotices(caller)) throw new DomainError(CommonErrors.forbidden, '无权查看月度通报');
    const page = pageOf(request);
    const statuses = (['draft', 'reviewing', 'approved', 'signed', 'withdrawn'] as MonthlyNoticeStatus[]).filter((s) => canSeeMonthlyNotice(caller, s));
    const { items, total } = await this.notices.search({ ...request, ...page, statuses });
    const steps = await this.notices.steps(items.map((r) => r.id));
    return { items: items.map((r) => toMonthlyNoticeView(r, steps)), total, ...page };
  }

  private async view(id: string): Promise<MonthlyNoticeView> {
    const row = await this.notices.findById(id);
    if (!row) throw new DomainError(MonthlyNoticeErrors.notFound, '月度通报不存在');
    return toMonthlyNoticeView(row, await this.notices.steps([id]));
  }

  /** One step on a notice, in one transaction: seen, allowed, at the version held, saved, a step line, its event and 待办. */
  private async step(
    id: string,
    expectedVersion: number,
    caller: CallerContext,
    step: MonthlyNoticeStep,
    change: (row: MonthlyNoticeRow, now: Date, tx: Tx) => Promise<{ event: string; note: string | null }>,
  ): Promise<MonthlyNoticeView> {
    await this.transactions.run(async (tx) => {
      const current = await this.notices.findById(id, tx.manager, true);
      if (!current || !canSeeMonthlyNotice(caller, current.status)) throw new DomainError(MonthlyNoticeErrors.notFound, '月度通报不存在或无权查看');
      if (current.version !== expectedVersion) {
        throw new DomainError(MonthlyNoticeErrors.versionConflict, `月度通报已被他人修改（当前版本 ${current.version}，您提交的版本 ${expectedVersion}），请刷新后重试`);
      }
      if (!canTake(step, current.status)) {
        const why =
          current.status === 'signed'
            ? '月度通报已签发，不可更改'
            : step === 'regenerate' && current.status !== 'withdrawn'
              ? '统计快照只能在草稿中重新生成；请先退回草稿'
              : `月度通报${MONTHLY_NOTICE_STATUS_LABELS[current.status]}，不能进行此操作`;
        throw new DomainError(MonthlyNoticeErrors.invalidState, why);
      }
      const now = new Date();
      const next: MonthlyNoticeRow = { ...current };
      const { event, note } = await change(next, now, tx);
      Object.assign(next, { status: statusAfter(step, current.status), version: current.version + 1, updatedAt: now, updatedBy: caller.username });
      if (!(await this.notices.saveIfVersion(next, expectedVersion, tx.manager))) throw new DomainError(MonthlyNoticeErrors.versionConflict, '月度通报已被他人修改，请刷新后重试');
      await this.notices.insertStep({ noticeId: id, step, status: next.status, note, actor: caller.username, at: now }, tx.manager);
      if (step === 'sign') await tx.emit(event, signedEventOf(next), undefined, MonthlyNoticeSigned.Event);
      else await tx.emit(event, snapshotOf(next), undefined, MonthlyNoticeChanged.Event);
      await publishTaskChanges(tx, monthlyNoticeTaskChange(current, next, caller.userId));
    });
    return this.view(id);
  }
}

function requireManager(caller: CallerContext): void {
  if (!canManageMonthlyNotices(caller)) throw new DomainError(CommonErrors.forbidden, '只有信息科可以办理月度通报');
}

/** 主送 as given, trimmed, blanks and repeats dropped. */
function recipientsOf(values: readonly string[]): string[] {
  return [...new Set(values.map((v) => v.trim()).filter(Boolean))];
}
