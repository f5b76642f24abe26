import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { shanghaiDate } from '@gov/calendar';
import { CommonErrors, pageOf, type CallerContext, meetingDecisionEvent } from '@gov/contracts-common';
import {
  COMMITTEE_MEETING_STATUS_LABELS,
  CommitteeMeetingChanged,
  CommitteeMeetingDecisionPublished,
  CommitteeMeetingErrors,
  CommitteeMeetingEvents,
  type CommitteeMeetingFields,
  type CommitteeMeetingView,
  type CreateCommitteeMeeting,
  type ListCommitteeMeetings,
  type NotifyCommitteeMeeting,
  type PublishCommitteeMeeting,
  type RecordCommitteeMeetingMinutes,
  type UpdateCommitteeMeeting,
  type WithdrawCommitteeMeeting,
} from '@gov/contracts-foreign-affairs';
import type { SupervisionItemChanged } from '@gov/contracts-supervision';
import { DomainError, requireReason, Transactions, type Tx } from '@gov/platform';
import { canManageCommittee, canSeeCommittee } from './committee.policy.js';
import { CommitteeRepository, type CommitteeMeetingRow } from './committee.repository.js';
import { canTakeMeetingStep, DECIDED_ITEM_SOURCE_KIND, decidedItemChangeLine, decisionsDueBeforeMeeting, meetingStatusAfter, minutesRefusal, noticeRefusal, type MeetingStep } from './committee.rules.js';
import { meetingSnapshotOf, toCommitteeMeetingView } from './committee.views.js';
import { SupervisedItemsRepository } from './supervised-items.repository.js';

const NOT_FOUND = '外事委会议不存在或无权查看';
const today = (): string => shanghaiDate(new Date());

/**
 * 外事委会议 (全体会议、主任会议、办公室会议), run by 外事科 as the 外事委办公室: 议题 collected from the member units, the
 * notice issued, the meeting held with attendance, absences and their reasons, minutes and decided items, then each decided
 * item published as `committee-meeting.decision-published` for supervision to register as a 督办事项.
 */
@Injectable()
export class CommitteeService {
  constructor(
    private readonly committee: CommitteeRepository,
    private readonly supervised: SupervisedItemsRepository,
    private readonly transactions: Transactions,
  ) {}

  async create(request: CreateCommitteeMeeting.Request, caller: CallerContext): Promise<CommitteeMeetingView> {
    if (!canManageCommittee(caller)) throw new DomainError(CommonErrors.forbidden, '无权筹备外事委会议');
    const row = await this.transactions.run(async (tx) => {
      const now = new Date();
      const created: CommitteeMeetingRow = {
        id: randomUUID(),
        ...fieldsOf(request),
        status: 'planned',
        noticeNumber: null,
        noticeIssuedOn: null,
        heldOn: null,
        attendees: [],
        absentees: [],
        minutesNumber: null,
        minutes: null,
        decisions: [],
        publishedAt: null,
        withdrawalReason: null,
        version: 1,
        createdAt: now,
        createdBy: caller.username,
        updatedAt: now,
        updatedBy: caller.username,
      };
      await this.committee.meetings.insert(tx.manager, created);
      await this.committee.addHistory({ recordType: 'meeting', recordId: created.id, step: 'create', fromStatus: null, toStatus: 'planned', note: `征集议题 ${request.agenda.length} 个`, at: now, by: caller.username }, tx.manager);
      await tx.emit(CommitteeMeetingEvents.created, meetingSnapshotOf(created), undefined, CommitteeMeetingChanged.Event);
      return created;
    });
    return this.view(row);
  }

  update(request: UpdateCommitteeMeeting.Request, caller: CallerContext): Promise<CommitteeMeetingView> {
    return this.step(request.id, request.expectedVersion, caller, 'update', (row) => {
      Object.assign(row, fieldsOf(request));
      return { event: CommitteeMeetingEvents.updated, note: '修改议题或安排' };
    });
  }

  notify(request: NotifyCommitteeMeeting.Request, caller: CallerContext): Promise<CommitteeMeetingView> {
    return this.step(request.id, request.expectedVersion, caller, 'notify', (row) => {
      const refusal = noticeRefusal(request.issuedOn, row.meetingDate, today());
      if (refusal) throw new DomainError(CommonErrors.validationFailed, refusal, [{ field: 'issuedOn', code: 'invalid', message: `issuedOn：${refusal}` }]);
      Object.assign(row, { noticeNumber: request.noticeNumber.trim(), noticeIssuedOn: request.issuedOn });
      return { event: CommitteeMeetingEvents.notified, note: `${request.issuedOn} 印发会议通知 ${row.noticeNumber}` };
    });
  }

  recordMinutes(request: RecordCommitteeMeetingMinutes.Request, caller: CallerContext): Promise<CommitteeMeetingView> {
    return this.step(request.id, request.expectedVersion, caller, 'recordMinutes', (row) => {
      const refusal = minutesRefusal(request.heldOn, row.noticeIssuedOn, today());
      if (refusal) throw new DomainError(CommitteeMeetingErrors.notHeldYet, refusal);
      const early = decisionsDueBeforeMeeting(request.decisions, request.heldOn);
      if (early.length) {
        throw new DomainError(
          CommonErrors.validationFailed,
          `议定事项的办理期限不能早于会议召开日期 ${request.heldOn}`,
          early.map((n) => ({ field: `decisions.${n - 1}.dueDate`, code: 'invalid', message: `decisions.dueDate：第 ${n} 项的办理期限早于会议召开日期 ${request.heldOn}` })),
        );
      }
      Object.assign(row, {
        heldOn: request.heldOn,
        attendees: request.attendees.map((a) => a.trim()),
        absentees: (request.absentees ?? []).map((a) => ({ name: a.name.trim(), reason: a.reason.trim() })),
        minutesNumber: request.minutesNumber.trim(),
        minutes: request.minutes,
        decisions: request.decisions.map((d, i) => ({ id: randomUUID(), sequence: i + 1, content: d.content.trim(), leadUnitId: d.leadUnitId, coUnitIds: [...new Set(d.coUnitIds)].filter((u) => u !== d.leadUnitId), ...(d.dueDate ? { dueDate: d.dueDate } : {}) })),
      });
      return { event: CommitteeMeetingEvents.held, note: `${request.heldOn} 召开；出席 ${row.attendees.length} 人，缺席 ${row.absentees.length} 人，议定事项 ${row.decisions.length} 项` };
    });
  }

  publish(request: PublishCommitteeMeeting.Request, caller: CallerContext): Promise<CommitteeMeetingView> {
    return this.step(request.id, request.expectedVersion, caller, 'publish', async (row, tx) => {
      if (!row.decisions.length) throw new DomainError(CommitteeMeetingErrors.noDecisions, '本次会议没有议定事项，无需发布');
      const publishedAt = new Date();
      for (const d of row.decisions) {
        const event: CommitteeMeetingDecisionPublished.Event = meetingDecisionEvent({ ...row, meetingDate: row.heldOn ?? row.meetingDate }, d, row.kind, publishedAt);
        await tx.emit(CommitteeMeetingEvents.decisionPublished, event, d.id, CommitteeMeetingDecisionPublished.Event);
      }
      row.publishedAt = publishedAt;
      return { event: CommitteeMeetingEvents.published, note: `发布议定事项 ${row.decisions.length} 项，交督查室立项督办` };
    });
  }

  withdraw(request: WithdrawCommitteeMeeting.Request, caller: CallerContext): Promise<CommitteeMeetingView> {
    const reason = requireReason(request.reason);
    return this.step(request.id, request.expectedVersion, caller, 'withdraw', (row) => {
      row.withdrawalReason = reason;
      return { event: CommitteeMeetingEvents.withdrawn, note: `撤回：${reason}` };
    });
  }

  async get(id: string, caller: CallerContext): Promise<CommitteeMeetingView> {
    const row = canSeeCommittee(caller) ? await this.committee.meetings.find(this.committee.manager, id) : null;
    if (!row) throw new DomainError(CommitteeMeetingErrors.notFound, NOT_FOUND);
    return this.view(row);
  }

  async list(request: ListCommitteeMeetings.Request, caller: CallerContext): Promise<ListCommitteeMeetings.Reply> {
    if (!canSeeCommittee(caller)) throw new DomainError(CommonErrors.forbidden, '无权查看外事委会议');
    const page = pageOf(request);
    const { items, total } = await this.committee.searchMeetings({ ...request, ...page });
    const history = await this.committee.history('meeting', items.map((r) => r.id));
    const supervised = await this.supervised.viewsOf(DECIDED_ITEM_SOURCE_KIND, items.flatMap((r) => r.decisions.map((d) => d.id)));
    return { items: items.map((r) => toCommitteeMeetingView(r, history.get(r.id) ?? [], supervised)), total, ...page };
  }

  /**
   * A change of the 督办事项 opened from a decided item (supervision's `item.changed`): the read model keeps its state,
   * light, deadline and units (shown on the decided item), and the meeting's timeline gets a line — the meeting itself
   * is not changed (no new version: a clerk's If-Match stays valid). Not a decided item here: nothing.
   */
  async onDecisionItemChanged(event: SupervisionItemChanged.Event, tx: Tx): Promise<void> {
    const meeting = await this.committee.meetingOfDecision(event.sourceId as string, tx.manager);
    const decision = meeting?.decisions.find((d) => d.id === event.sourceId);
    if (!meeting || !decision) return;
    await this.supervised.apply(tx.manager, event);
    const line = decidedItemChangeLine(decision.sequence, event);
    await this.committee.addHistory({ recordType: 'meeting', recordId: meeting.id, fromStatus: meeting.status, toStatus: meeting.status, ...line }, tx.manager);
  }

  private async view(row: CommitteeMeetingRow): Promise<CommitteeMeetingView> {
    const history = (await this.committee.history('meeting', [row.id])).get(row.id) ?? [];
    return toCommitteeMeetingView(row, history, await this.supervised.viewsOf(DECIDED_ITEM_SOURCE_KIND, row.decisions.map((d) => d.id)));
  }

  /** One step on a meeting, in one transaction: seen, allowed, at the version held, in order, saved with its timeline line and event. */
  private async step(
    id: string,
    expectedVersion: number,
    caller: CallerContext,
    step: MeetingStep,
    change: (row: CommitteeMeetingRow, tx: Tx) => { event: string; note: string } | Promise<{ event: string; note: string }>,
  ): Promise<CommitteeMeetingView> {
    const row = await this.transactions.run(async (tx) => {
      if (!canSeeCommittee(caller)) throw new DomainError(CommitteeMeetingErrors.notFound, NOT_FOUND);
      const current = await this.committee.meetings.find(tx.manager, id, true);
      if (!current) throw new DomainError(CommitteeMeetingErrors.notFound, NOT_FOUND);
      if (!canManageCommittee(caller)) throw new DomainError(CommonErrors.forbidden, '无权办理外事委会议');
      if (current.version !== expectedVersion) {
        throw new DomainError(CommitteeMeetingErrors.versionConflict, `外事委会议已被他人修改（当前版本 ${current.version}，您提交的版本 ${expectedVersion}），请刷新后重试`);
      }
      if (!canTakeMeetingStep(step, current.status)) {
        throw new DomainError(CommitteeMeetingErrors.invalidState, `会议${COMMITTEE_MEETING_STATUS_LABELS[current.status]}，不能进行此步骤（议题征集 → 通知 → 召开 → 发布，不可跳过；召开后不能撤回）`);
      }
      const next: CommitteeMeetingRow = { ...current };
      const done = await change(next, tx);
      const now = new Date();
      Object.assign(next, { status: meetingStatusAfter(step, current.status), version: current.version + 1, updatedAt: now, updatedBy: caller.username });
      if (!(await this.committee.meetings.saveIfVersion(tx.manager, next, expectedVersion))) throw new DomainError(CommitteeMeetingErrors.versionConflict, '外事委会议已被他人修改，请刷新后重试');
      await this.committee.addHistory({ recordType: 'meeting', recordId: id, step, fromStatus: current.status, toStatus: next.status, note: done.note, at: now, by: caller.username }, tx.manager);
      await tx.emit(done.event, meetingSnapshotOf(next), undefined, CommitteeMeetingChanged.Event);
      return next;
    });
    return this.view(row);
  }
}

function fieldsOf(fields: CommitteeMeetingFields): Pick<CommitteeMeetingRow, 'kind' | 'title' | 'meetingDate' | 'chairName' | 'agenda'> {
  return {
    kind: fields.kind,
    title: fields.title.trim(),
    meetingDate: fields.meetingDate,
    chairName: fields.chairName.trim(),
    agenda: fields.agenda.map((a) => ({ title: a.title.trim(), submittingUnit: a.submittingUnit.trim() })),
  };
}
