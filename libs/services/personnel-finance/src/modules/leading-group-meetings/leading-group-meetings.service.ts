import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { shanghaiDate } from '@gov/calendar';
import { CommonErrors, pageOf, type CallerContext, meetingDecisionEvent } from '@gov/contracts-common';
import {
  LeadingGroupMeetingChanged,
  LeadingGroupMeetingDecisionPublished,
  LeadingGroupMeetingErrors,
  LeadingGroupMeetingEvents,
  LEADING_GROUP_MEETING_STATUS_LABELS,
  type CreateLeadingGroupMeeting,
  type LeadingGroupMeetingFields,
  type LeadingGroupMeetingSnapshot,
  type LeadingGroupMeetingView,
  type ListLeadingGroupMeetings,
  type NotifyLeadingGroupMeeting,
  type PublishLeadingGroupMeeting,
  type RecordLeadingGroupMeetingMinutes,
  type UpdateLeadingGroupMeeting,
  type WithdrawLeadingGroupMeeting,
} from '@gov/contracts-personnel-finance';
import type { SourceItemView, SupervisionItemChanged } from '@gov/contracts-supervision';
import { DomainError, requireReason, Transactions, type Tx } from '@gov/platform';
import { decidedItemChangeEntry } from '../../common/supervision-feedback.js';
import { SupervisedItemsRepository } from '../../common/supervised-items.repository.js';
import { timelineEntry } from '../../common/timeline.js';

import { canManageMeetings, canSeeMeetings } from './leading-group-meetings.policy.js';
import { LeadingGroupMeetingsRepository, type LeadingGroupMeetingRow } from './leading-group-meetings.repository.js';
import { canTake, minutesRefusal, statusAfter, type MeetingStep } from './leading-group-meetings.rules.js';

const snapshotOf = (row: LeadingGroupMeetingRow): LeadingGroupMeetingSnapshot => ({ id: row.id, kind: row.kind, title: row.title, meetingDate: row.meetingDate, status: row.status, version: row.version });

/** The source kind supervision gives the 督办事项 it opens from a decided item here (its id is the source id). */
export const DECIDED_ITEM_SOURCE_KIND = 'leading_group_decision';

/** Row → view; each decided item with the 督办事项 opened from it, once supervision has reported it. */
function toView(row: LeadingGroupMeetingRow, items: ReadonlyMap<string, SourceItemView> = new Map()): LeadingGroupMeetingView {
  const decisions = row.decisions.map((d) => (items.has(d.id) ? { ...d, supervision: items.get(d.id) } : d));
  return { ...row, decisions, createdAt: row.createdAt.toISOString(), updatedAt: row.updatedAt.toISOString() };
}

/**
 * 党组会、主任办公会 (人事科 organises them): 议题 collected from the sections, approved and notified, held with attendance,
 * minutes and decided items, then each decided item published for supervision (督办) in the meetings' contract shape.
 */
@Injectable()
export class LeadingGroupMeetingsService {
  constructor(
    private readonly meetings: LeadingGroupMeetingsRepository,
    private readonly supervised: SupervisedItemsRepository,
    private readonly transactions: Transactions,
  ) {}

  async create(request: CreateLeadingGroupMeeting.Request, caller: CallerContext): Promise<LeadingGroupMeetingView> {
    if (!canManageMeetings(caller)) throw new DomainError(CommonErrors.forbidden, '无权筹备会议');
    const row = await this.transactions.run(async (tx) => {
      const now = new Date();
      const created: LeadingGroupMeetingRow = {
        id: randomUUID(),
        ...this.fieldsOf(request),
        status: 'planned',
        agendaApprovedBy: null,
        attendees: [],
        absentees: [],
        minutesNumber: null,
        minutes: null,
        decisions: [],
        withdrawalReason: null,
        timeline: [timelineEntry(caller.username, '征集议题', `${request.agenda.length} 个议题`, now)],
        version: 1,
        createdAt: now,
        createdBy: caller.username,
        updatedAt: now,
        updatedBy: caller.username,
      };
      await this.meetings.insert(created, tx.manager);
      await tx.emit(LeadingGroupMeetingEvents.created, snapshotOf(created), undefined, LeadingGroupMeetingChanged.Event);
      return created;
    });
    return toView(row);
  }

  update(request: UpdateLeadingGroupMeeting.Request, caller: CallerContext): Promise<LeadingGroupMeetingView> {
    return this.step(request.id, request.expectedVersion, caller, 'update', (row) => {
      Object.assign(row, this.fieldsOf(request));
      row.timeline = [...row.timeline, timelineEntry(caller.username, '修改议题')];
      return LeadingGroupMeetingEvents.updated;
    });
  }

  notify(request: NotifyLeadingGroupMeeting.Request, caller: CallerContext): Promise<LeadingGroupMeetingView> {
    return this.step(request.id, request.expectedVersion, caller, 'notify', (row) => {
      row.agendaApprovedBy = request.approvedBy.trim();
      row.timeline = [...row.timeline, timelineEntry(caller.username, '议题批准并发出通知', `批准人：${row.agendaApprovedBy}`)];
      return LeadingGroupMeetingEvents.notified;
    });
  }

  recordMinutes(request: RecordLeadingGroupMeetingMinutes.Request, caller: CallerContext): Promise<LeadingGroupMeetingView> {
    return this.step(request.id, request.expectedVersion, caller, 'recordMinutes', (row) => {
      const refusal = minutesRefusal(row.meetingDate, shanghaiDate(new Date()));
      if (refusal) throw new DomainError(LeadingGroupMeetingErrors.invalidState, refusal);
      row.attendees = request.attendees.map((a) => a.trim());
      row.absentees = (request.absentees ?? []).map((a) => a.trim());
      row.minutesNumber = request.minutesNumber.trim();
      row.minutes = request.minutes;
      row.decisions = request.decisions.map((d, i) => ({ id: randomUUID(), sequence: i + 1, content: d.content.trim(), leadUnitId: d.leadUnitId, coUnitIds: d.coUnitIds, ...(d.dueDate ? { dueDate: d.dueDate } : {}) }));
      row.timeline = [...row.timeline, timelineEntry(caller.username, '登记纪要', `出席 ${row.attendees.length} 人，议定事项 ${row.decisions.length} 项`)];
      return LeadingGroupMeetingEvents.held;
    });
  }

  publish(request: PublishLeadingGroupMeeting.Request, caller: CallerContext): Promise<LeadingGroupMeetingView> {
    return this.step(request.id, request.expectedVersion, caller, 'publish', async (row, tx) => {
      if (!row.decisions.length) throw new DomainError(LeadingGroupMeetingErrors.noDecisions, '本次会议没有议定事项，无需发布');
      const publishedAt = new Date();
      for (const d of row.decisions) {
        const event: LeadingGroupMeetingDecisionPublished.Event = meetingDecisionEvent(row, d, row.kind, publishedAt);
        await tx.emit(LeadingGroupMeetingEvents.decisionPublished, event, d.id, LeadingGroupMeetingDecisionPublished.Event);
      }
      row.timeline = [...row.timeline, timelineEntry(caller.username, '发布议定事项', `${row.decisions.length} 项，交督查室立项督办`)];
      return LeadingGroupMeetingEvents.published;
    });
  }

  withdraw(request: WithdrawLeadingGroupMeeting.Request, caller: CallerContext): Promise<LeadingGroupMeetingView> {
    const reason = requireReason(request.reason);
    return this.step(request.id, request.expectedVersion, caller, 'withdraw', (row) => {
      row.withdrawalReason = reason;
      row.timeline = [...row.timeline, timelineEntry(caller.username, '撤回', reason)];
      return LeadingGroupMeetingEvents.withdrawn;
    });
  }

  async get(id: string, caller: CallerContext): Promise<LeadingGroupMeetingView> {
    if (!canSeeMeetings(caller)) throw new DomainError(LeadingGroupMeetingErrors.notFound, '会议不存在或无权查看');
    const row = await this.meetings.findById(id);
    if (!row) throw new DomainError(LeadingGroupMeetingErrors.notFound, '会议不存在或无权查看');
    return (await this.views([row]))[0];
  }

  async list(request: ListLeadingGroupMeetings.Request, caller: CallerContext): Promise<ListLeadingGroupMeetings.Reply> {
    if (!canSeeMeetings(caller)) throw new DomainError(CommonErrors.forbidden, '无权查看会议');
    const page = pageOf(request);
    const { items, total } = await this.meetings.search({ ...request, ...page });
    return { items: await this.views(items), total, ...page };
  }

  /**
   * A change of the 督办事项 opened from a decided item (supervision's `item.changed`): the read model keeps its state,
   * light, deadline and units (shown on the decided item), and the meeting's timeline gets a line — without a new
   * version, so that a clerk's If-Match stays valid. Not a decided item here: nothing.
   */
  async onDecisionItemChanged(event: SupervisionItemChanged.Event, tx: Tx): Promise<void> {
    const meeting = await this.meetings.findByDecision(event.sourceId as string, tx.manager);
    const decision = meeting?.decisions.find((d) => d.id === event.sourceId);
    if (!meeting || !decision) return;
    await this.supervised.apply(tx.manager, event);
    await this.meetings.appendTimeline(meeting.id, decidedItemChangeEntry(decision.sequence, event), tx.manager);
  }

  private async views(rows: LeadingGroupMeetingRow[], tx?: Tx): Promise<LeadingGroupMeetingView[]> {
    const items = await this.supervised.viewsOf(DECIDED_ITEM_SOURCE_KIND, rows.flatMap((r) => r.decisions.map((d) => d.id)), tx?.manager);
    return rows.map((row) => toView(row, items));
  }

  private fieldsOf(fields: LeadingGroupMeetingFields): Pick<LeadingGroupMeetingRow, 'kind' | 'title' | 'meetingDate' | 'chairName' | 'agenda'> {
    return { kind: fields.kind, title: fields.title.trim(), meetingDate: fields.meetingDate, chairName: fields.chairName.trim(), agenda: fields.agenda.map((a) => ({ title: a.title.trim(), sectionCode: a.sectionCode })) };
  }

  private async step(id: string, expectedVersion: number, caller: CallerContext, step: MeetingStep, change: (row: LeadingGroupMeetingRow, tx: Tx) => string | Promise<string>): Promise<LeadingGroupMeetingView> {
    const row = await this.transactions.run(async (tx) => {
      if (!canSeeMeetings(caller)) throw new DomainError(LeadingGroupMeetingErrors.notFound, '会议不存在或无权查看');
      const current = await this.meetings.findById(id, tx.manager, true);
      if (!current) throw new DomainError(LeadingGroupMeetingErrors.notFound, '会议不存在或无权查看');
      if (!canManageMeetings(caller)) throw new DomainError(CommonErrors.forbidden, '无权办理会议');
      if (current.version !== expectedVersion) {
        throw new DomainError(LeadingGroupMeetingErrors.versionConflict, `会议已被他人修改（当前版本 ${current.version}，您提交的版本 ${expectedVersion}），请刷新后重试`);
      }
      if (!canTake(step, current.status)) throw new DomainError(LeadingGroupMeetingErrors.invalidState, `会议${LEADING_GROUP_MEETING_STATUS_LABELS[current.status]}，不能进行此步骤（议题征集 → 通知 → 召开 → 发布，不可跳过）`);
      const next: LeadingGroupMeetingRow = { ...current };
      const event = await change(next, tx);
      Object.assign(next, { status: statusAfter(step, current.status), version: current.version + 1, updatedAt: new Date(), updatedBy: caller.username });
      if (!(await this.meetings.saveIfVersion(next, expectedVersion, tx.manager))) throw new DomainError(LeadingGroupMeetingErrors.versionConflict, '会议已被他人修改，请刷新后重试');
      await tx.emit(event, snapshotOf(next), undefined, LeadingGroupMeetingChanged.Event);
      return next;
    });
    return (await this.views([row]))[0];
  }
}
