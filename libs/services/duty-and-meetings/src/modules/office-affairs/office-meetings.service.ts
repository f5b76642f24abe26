import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { CommonErrors, pageOf, type CallerContext, meetingDecisionEvent } from '@gov/contracts-common';
import {
  OFFICE_MEETING_STATUS_LABELS,
  OfficeAffairsEvents,
  OfficeMeetingChanged,
  OfficeMeetingDecisionPublished,
  OfficeMeetingErrors,
  type CreateOfficeMeeting,
  type HoldOfficeMeeting,
  type ListOfficeMeetings,
  type OfficeMeetingView,
  type PublishOfficeMeeting,
  type WithdrawOfficeMeeting,
} from '@gov/contracts-duty-and-meetings';
import { DomainError, requireReason, Transactions, type Tx } from '@gov/platform';
import { canManageOfficeAffairs, canSeeOfficeAffairs } from './office-affairs.policy.js';
import { OfficeAffairsRepository, type OfficeMeetingRow } from './office-affairs.repository.js';
import { canTakeMeetingStep, coUnitsOf, decisionsDueBeforeMeeting, meetingStatusAfter, type OfficeMeetingStep } from './office-affairs.rules.js';
import { meetingSnapshotOf, toOfficeMeetingView } from './office-affairs.views.js';

const NOT_FOUND = '室务会不存在或无权查看';

/** 室务会: arranged by 综合科 → held with its minutes and decided items → published (each item to supervision); withdrawn before it is held. */
@Injectable()
export class OfficeMeetingsService {
  constructor(
    private readonly repository: OfficeAffairsRepository,
    private readonly transactions: Transactions,
  ) {}

  async create(request: CreateOfficeMeeting.Request, caller: CallerContext): Promise<OfficeMeetingView> {
    if (!canManageOfficeAffairs(caller)) throw new DomainError(CommonErrors.forbidden, '只有综合科可以安排室务会');
    const row = await this.transactions.run(async (tx) => {
      const now = new Date();
      const created: OfficeMeetingRow = {
        id: randomUUID(),
        title: request.title.trim(),
        meetingDate: request.meetingDate,
        place: request.place.trim(),
        chairName: request.chairName.trim(),
        attendees: request.attendees.map((a) => a.trim()).filter(Boolean),
        absentees: request.absentees.map((a) => ({ name: a.name.trim(), reason: a.reason.trim() })),
        topics: request.topics.map((t) => t.trim()),
        status: 'planned',
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
      await this.repository.meetings.insert(tx.manager, created);
      await this.repository.addHistory({ recordType: 'office_meeting', recordId: created.id, step: 'create', fromStatus: null, toStatus: 'planned', note: `${created.meetingDate} 于${created.place}召开，议题 ${created.topics.length} 项`, at: now, by: caller.username }, tx.manager);
      await tx.emit(OfficeAffairsEvents.meetingCreated, meetingSnapshotOf(created), undefined, OfficeMeetingChanged.Event);
      return created;
    });
    return this.view(row);
  }

  hold(request: HoldOfficeMeeting.Request, caller: CallerContext): Promise<OfficeMeetingView> {
    return this.step(request.id, request.expectedVersion, caller, 'hold', async (row, tx) => {
      const early = decisionsDueBeforeMeeting(
        row.meetingDate,
        request.decisions.map((d) => d.dueDate),
      );
      if (early.length) {
        throw new DomainError(
          CommonErrors.validationFailed,
          `议定事项的办理期限不能早于会议日期 ${row.meetingDate}`,
          early.map((n) => ({ field: `decisions.${n - 1}.dueDate`, code: 'invalid', message: `decisions.dueDate：第 ${n} 项的办理期限早于会议日期 ${row.meetingDate}` })),
        );
      }
      const named = request.decisions.flatMap((d) => [d.leadUnitId, ...d.coUnitIds]);
      const active = await this.repository.activeUnitIds(named, tx.manager);
      const unknown = [...new Set(named)].filter((id) => !active.has(id));
      if (unknown.length) throw new DomainError(OfficeMeetingErrors.unknownUnit, `以下单位不在单位名录中或已停用：${unknown.join('、')}`);
      Object.assign(row, {
        minutesNumber: request.minutesNumber?.trim() || null,
        minutes: request.minutes,
        ...(request.attendees ? { attendees: request.attendees.map((a) => a.trim()).filter(Boolean) } : {}),
        ...(request.absentees ? { absentees: request.absentees.map((a) => ({ name: a.name.trim(), reason: a.reason.trim() })) } : {}),
        decisions: request.decisions.map((d, i) => ({
          id: randomUUID(),
          sequence: i + 1,
          content: d.content.trim(),
          leadUnitId: d.leadUnitId,
          coUnitIds: coUnitsOf(d.leadUnitId, d.coUnitIds),
          ...(d.dueDate ? { dueDate: d.dueDate } : {}),
        })),
      });
      return { event: OfficeAffairsEvents.meetingHeld, note: `召开；出席 ${row.attendees.length} 人，缺席 ${row.absentees.length} 人，议定事项 ${row.decisions.length} 项` };
    });
  }

  publish(request: PublishOfficeMeeting.Request, caller: CallerContext): Promise<OfficeMeetingView> {
    return this.step(request.id, request.expectedVersion, caller, 'publish', async (row, tx) => {
      if (!row.decisions.length) throw new DomainError(OfficeMeetingErrors.noDecisions, '本次室务会没有议定事项，无需发布');
      const publishedAt = new Date();
      for (const d of row.decisions) {
        const event: OfficeMeetingDecisionPublished.Event = meetingDecisionEvent(row, d, 'office_meeting', publishedAt);
        // The decision id is the event id: the outbox never holds two events for one decided item.
        await tx.emit(OfficeAffairsEvents.decisionPublished, event, d.id, OfficeMeetingDecisionPublished.Event);
      }
      row.publishedAt = publishedAt;
      return { event: OfficeAffairsEvents.meetingPublished, note: `发布议定事项 ${row.decisions.length} 项，交督查室立项督办` };
    });
  }

  withdraw(request: WithdrawOfficeMeeting.Request, caller: CallerContext): Promise<OfficeMeetingView> {
    const reason = requireReason(request.reason);
    return this.step(request.id, request.expectedVersion, caller, 'withdraw', (row) => {
      row.withdrawalReason = reason;
      return { event: OfficeAffairsEvents.meetingWithdrawn, note: `撤回：${reason}` };
    });
  }

  async get(id: string, caller: CallerContext): Promise<OfficeMeetingView> {
    const row = canSeeOfficeAffairs(caller) ? await this.repository.meetings.find(this.repository.manager, id) : null;
    if (!row) throw new DomainError(OfficeMeetingErrors.notFound, NOT_FOUND);
    return this.view(row);
  }

  async list(request: ListOfficeMeetings.Request, caller: CallerContext): Promise<ListOfficeMeetings.Reply> {
    if (!canSeeOfficeAffairs(caller)) throw new DomainError(CommonErrors.forbidden, '无权查看室务会');
    const page = pageOf(request);
    const { items, total } = await this.repository.searchMeetings({ ...request, ...page });
    const history = await this.repository.history(
      'office_meeting',
      items.map((r) => r.id),
    );
    return { items: items.map((r) => toOfficeMeetingView(r, history.get(r.id) ?? [])), total, ...page };
  }

  private async view(row: OfficeMeetingRow): Promise<OfficeMeetingView> {
    return toOfficeMeetingView(row, (await this.repository.history('office_meeting', [row.id])).get(row.id) ?? []);
  }

  /** One step on a meeting, in one transaction: seen, allowed, at the version held, in order, saved with its timeline line and event. */
  private async step(
    id: string,
    expectedVersion: number,
    caller: CallerContext,
    step: OfficeMeetingStep,
    change: (row: OfficeMeetingRow, tx: Tx) => { event: string; note: string } | Promise<{ event: string; note: string }>,
  ): Promise<OfficeMeetingView> {
    const row = await this.transactions.run(async (tx) => {
      if (!canSeeOfficeAffairs(caller)) throw new DomainError(OfficeMeetingErrors.notFound, NOT_FOUND);
      const current = await this.repository.meetings.find(tx.manager, id, true);
      if (!current) throw new DomainError(OfficeMeetingErrors.notFound, NOT_FOUND);
      if (!canManageOfficeAffairs(caller)) throw new DomainError(CommonErrors.forbidden, '只有综合科可以办理室务会');
      if (current.version !== expectedVersion) {
        throw new DomainError(OfficeMeetingErrors.versionConflict, `室务会已被他人修改（当前版本 ${current.version}，您提交的版本 ${expectedVersion}），请刷新后重试`);
      }
      if (!canTakeMeetingStep(step, current.status)) {
        throw new DomainError(OfficeMeetingErrors.invalidStep, `室务会${OFFICE_MEETING_STATUS_LABELS[current.status]}，不能进行此步骤（安排 → 召开 → 发布，不可跳过；召开后不能撤回）`);
      }
      const next: OfficeMeetingRow = { ...current };
      const done = await change(next, tx);
      const now = new Date();
      Object.assign(next, { status: meetingStatusAfter(step), version: current.version + 1, updatedAt: now, updatedBy: caller.username });
      if (!(await this.repository.meetings.saveIfVersion(tx.manager, next, expectedVersion))) throw new DomainError(OfficeMeetingErrors.versionConflict, '室务会已被他人修改，请刷新后重试');
      await this.repository.addHistory({ recordType: 'office_meeting', recordId: id, step, fromStatus: current.status, toStatus: next.status, note: done.note, at: now, by: caller.username }, tx.manager);
      await tx.emit(done.event, meetingSnapshotOf(next), undefined, OfficeMeetingChanged.Event);
      return next;
    });
    return this.view(row);
  }
}
