import { randomUUID } from 'node:crypto';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { CommonErrors, pageOf, type CallerContext, type VersionedRef } from '@gov/contracts-common';
import {
  HIGHER_LEVEL_LABELS,
  HigherInspectionErrors,
  InspectionEvents,
  type DraftHigherInspectionReply,
  type HigherInspectionView,
  type InspectionSnapshot,
  type ListHigherInspections,
  type ReceiveHigherInspection,
  type SendHigherInspectionReply,
  type WithdrawHigherInspection,
} from '@gov/contracts-supervision';
import { shanghaiDate, type WorkingCalendar } from '@gov/calendar';
import { CalendarCopy, DomainError, Transactions, type Tx } from '@gov/platform';
import { assertVersion, commitStep } from '../../common/versioned-step.js';
import type { HistoryLine } from '../../common/schema.repository.js';
import { ItemLights } from '../items/item-lights.js';
import { higherInspectionStep, higherReplyDue, higherReplyLight, type HigherInspectionStep } from './inspection-rules.js';
import { canManageInspections, canSeeHigherInspections } from './inspections.policy.js';
import { InspectionsRepository, type HigherInspectionRow } from './inspections.repository.js';

const CONFLICT = { error: HigherInspectionErrors.versionConflict, what: '上级督查事项' };

/**
 * 国务院/省/市 督查事项 received by the district and the reply upward (督查室): the reply deadline from the deadline engine
 * (re-dated when the calendar changes), the reply drafted, approved by someone other than its drafter, and sent with its date.
 */
@Injectable()
export class HigherInspectionsService implements OnModuleInit {
  constructor(
    private readonly inspections: InspectionsRepository,
    private readonly transactions: Transactions,
    private readonly calendarCopy: CalendarCopy,
    private readonly lights: ItemLights,
  ) {}

  onModuleInit(): void {
    this.calendarCopy.onChange((year, tx, calendar) => this.redateOpen(year, tx, calendar));
  }

  async receive(request: ReceiveHigherInspection.Request, caller: CallerContext): Promise<HigherInspectionView> {
    this.requireManage(caller);
    this.notFuture(request.receivedOn, '接收日期', 'receivedOn');
    const row = await this.transactions.run(async (tx) => {
      const due = higherReplyDue(await this.calendarCopy.current(tx), request.receivedOn, request.replyWorkingDays);
      const now = new Date();
      const item: HigherInspectionRow = {
        id: randomUUID(),
        level: request.level,
        title: request.title.trim(),
        reference: request.reference?.trim() || null,
        requirement: request.requirement.trim(),
        receivedOn: request.receivedOn,
        replyWorkingDays: request.replyWorkingDays,
        dueDate: due.dueDate,
        dueProvisional: due.provisional,
        dueExplanation: due.explanation,
        status: 'received',
        replyContent: null,
        draftedBy: null,
        approvedBy: null,
        approvedAt: null,
        sentOn: null,
        sentBy: null,
        withdrawalReason: null,
        version: 1,
        createdAt: now,
        createdBy: caller.username,
        updatedAt: now,
        updatedBy: caller.username,
      };
      await this.inspections.insertHigher(item, tx.manager);
      await this.inspections.recordHistory('higher_inspection', item, 'received', `${request.receivedOn} 接收${HIGHER_LEVEL_LABELS[item.level]}督查事项，答复期限 ${item.dueDate ?? '（暂无）'}`, caller.username, now, tx.manager);
      await tx.emit(InspectionEvents.higherChanged, snapshotOf(item, 'received'));
      return item;
    });
    return this.view(row);
  }

  async draftReply(request: DraftHigherInspectionReply.Request, caller: CallerContext): Promise<HigherInspectionView> {
    return this.step(request, caller, 'draft', (item) => {
      const again = item.replyContent !== null;
      Object.assign(item, { replyContent: request.content.trim(), draftedBy: caller.username });
      return { action: 'reply_drafted', note: again ? '修改答复稿' : '拟定答复稿' };
    });
  }

  /** 审定: by someone other than the drafter. */
  async approveReply(request: VersionedRef, caller: CallerContext): Promise<HigherInspectionView> {
    return this.step(request, caller, 'approve', (item) => {
      if (item.draftedBy === caller.username) throw new DomainError(HigherInspectionErrors.sameApprover, '答复须由拟稿人以外的人员审定');
      Object.assign(item, { approvedBy: caller.username, approvedAt: new Date() });
      return { action: 'reply_approved', note: '答复稿审定' };
    });
  }

  async sendReply(request: SendHigherInspectionReply.Request, caller: CallerContext): Promise<HigherInspectionView> {
    this.notFuture(request.sentOn, '上报日期', 'sentOn');
    return this.step(request, caller, 'send', (item) => {
      if (request.sentOn < item.receivedOn) throw new DomainError(CommonErrors.validationFailed, `上报日期不能早于接收日期 ${item.receivedOn}`, [{ field: 'sentOn', code: 'invalid', message: `sentOn：不能早于 ${item.receivedOn}` }]);
      Object.assign(item, { sentOn: request.sentOn, sentBy: caller.username });
      const late = item.dueDate && request.sentOn > item.dueDate ? `（超过答复期限 ${item.dueDate}）` : '';
      return { action: 'reply_sent', note: `${request.sentOn} 向${HIGHER_LEVEL_LABELS[item.level]}上报答复${late}` };
    });
  }

  async withdraw(request: WithdrawHigherInspection.Request, caller: CallerContext): Promise<HigherInspectionView> {
    return this.step(request, caller, 'withdraw', (item) => {
      item.withdrawalReason = request.reason.trim();
      return { action: 'withdrawn', note: `撤回：${item.withdrawalReason}` };
    });
  }

  async get(id: string, caller: CallerContext): Promise<HigherInspectionView> {
    const item = canSeeHigherInspections(caller) ? await this.inspections.findHigher(id) : null;
    if (!item) throw new DomainError(HigherInspectionErrors.notFound, '上级督查事项不存在或无权查看');
    return this.view(item);
  }

  async list(request: ListHigherInspections.Request, caller: CallerContext): Promise<ListHigherInspections.Reply> {
    if (!canSeeHigherInspections(caller)) throw new DomainError(CommonErrors.forbidden, '无权查看上级督查事项');
    const page = pageOf(request);
    const { items, total } = await this.inspections.searchHigher({ ...request, ...page });
    const [history, light] = await Promise.all([this.inspections.history('higher_inspection', items.map((i) => i.id)), this.lightJudge()]);
    return { items: items.map((i) => toView(i, history.get(i.id) ?? [], light(i))), total, ...page };
  }

  /** A calendar year loaded or corrected: the open replies around it are re-dated in the copy's transaction. */
  async redateOpen(year: number, tx: Tx, calendar: WorkingCalendar): Promise<void> {
    for (const item of await this.inspections.openHigherAround(year, tx.manager)) {
      const due = higherReplyDue(calendar, item.receivedOn, item.replyWorkingDays);
      if (due.dueDate === item.dueDate && due.provisional === item.dueProvisional) continue;
      const next: HigherInspectionRow = { ...item, dueDate: due.dueDate, dueProvisional: due.provisional, dueExplanation: due.explanation, version: item.version + 1, updatedAt: new Date(), updatedBy: 'system' };
      await commitStep(tx, {
        save: () => this.inspections.updateHigherIfVersion(next, item.version, tx.manager),
        conflict: CONFLICT,
        history: () => this.inspections.recordHistory('higher_inspection', next, 'redated', `${year} 年节假日安排更新，答复期限重新计算为 ${next.dueDate ?? '（暂无）'}`, 'system', next.updatedAt, tx.manager),
        events: [[InspectionEvents.higherChanged, snapshotOf(next, 'redated')]],
      });
    }
  }

  private async step(request: VersionedRef, caller: CallerContext, step: HigherInspectionStep, work: (item: HigherInspectionRow) => { action: string; note: string }): Promise<HigherInspectionView> {
    this.requireManage(caller);
    const row = await this.transactions.run(async (tx) => {
      const current = await this.inspections.findHigher(request.id, tx.manager, true);
      if (!current) throw new DomainError(HigherInspectionErrors.notFound, '上级督查事项不存在或无权查看');
      assertVersion(current.version, request.expectedVersion, CONFLICT);
      const next = higherInspectionStep(current.status, step);
      if ('error' in next) throw new DomainError(HigherInspectionErrors.invalidState, next.error);
      const item: HigherInspectionRow = { ...current, status: next.to };
      const change = work(item);
      const now = new Date();
      Object.assign(item, { version: current.version + 1, updatedAt: now, updatedBy: caller.username });
      await commitStep(tx, {
        save: () => this.inspections.updateHigherIfVersion(item, request.expectedVersion, tx.manager),
        conflict: CONFLICT,
        history: () => this.inspections.recordHistory('higher_inspection', item, change.action, change.note, caller.username, now, tx.manager),
        events: [[InspectionEvents.higherChanged, snapshotOf(item, change.action)]],
      });
      return item;
    });
    return this.view(row);
  }

  private requireManage(caller: CallerContext): void {
    if (!canManageInspections(caller)) throw new DomainError(CommonErrors.forbidden, '只有督查室可以办理上级督查事项');
  }

  private notFuture(date: string, label: string, field: string): void {
    if (date > shanghaiDate(new Date())) throw new DomainError(HigherInspectionErrors.futureDate, `${label} ${date} 晚于今天`, [{ field, code: 'invalid', message: `${field}：不能晚于今天` }]);
  }

  private async view(item: HigherInspectionRow): Promise<HigherInspectionView> {
    const [history, light] = await Promise.all([this.inspections.history('higher_inspection', [item.id]), this.lightJudge()]);
    return toView(item, history.get(item.id) ?? [], light(item));
  }

  /** Judges lights today, over the calendar copy and the warning threshold in force (the 督办 items' setting). */
  private async lightJudge(): Promise<(item: HigherInspectionRow) => { light: HigherInspectionView['light']; reason: string }> {
    const today = shanghaiDate(new Date());
    const [calendar, threshold] = await Promise.all([this.calendarCopy.current(), this.lights.threshold(today)]);
    return (item) => higherReplyLight(calendar, item, today, threshold);
  }
}

function snapshotOf(i: HigherInspectionRow, action: string): InspectionSnapshot {
  return { id: i.id, title: i.title, status: i.status, unitIds: [], action, version: i.version };
}

function toView(i: HigherInspectionRow, timeline: HistoryLine[], light: { light: HigherInspectionView['light']; reason: string }): HigherInspectionView {
  return {
    id: i.id,
    level: i.level,
    title: i.title,
    reference: i.reference,
    requirement: i.requirement,
    receivedOn: i.receivedOn,
    replyWorkingDays: i.replyWorkingDays,
    due: { dueDate: i.dueDate, provisional: i.dueProvisional, explanation: i.dueExplanation },
    light: light.light,
    lightReason: light.reason,
    status: i.status,
    replyContent: i.replyContent,
    draftedBy: i.draftedBy,
    approvedBy: i.approvedBy,
    approvedAt: i.approvedAt ? i.approvedAt.toISOString() : null,
    sentOn: i.sentOn,
    sentBy: i.sentBy,
    withdrawalReason: i.withdrawalReason,
    timeline,
    version: i.version,
    createdAt: i.createdAt.toISOString(),
    createdBy: i.createdBy,
    updatedAt: i.updatedAt.toISOString(),
    updatedBy: i.updatedBy,
  };
}
