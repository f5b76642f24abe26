import { randomUUID } from 'node:crypto';
import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { CommonErrors, hasPermission, pageOf, type CallerContext, meetingDecisionEvent } from '@gov/contracts-common';
import {
  DutyAndMeetingsEvents,
  MeetingErrors,
  MeetingEvents,
  type AddMeetingDecision,
  type AddMeetingTopic,
  type ApproveMeeting,
  type CancelMeeting,
  type CreateMeeting,
  type ListMeetingClasses,
  type ListMeetings,
  type MeetingClassRuleView,
  type MeetingKind,
  MeetingDecisionPublished,
  type MeetingStatus,
  type MeetingView,
  type PublishMeetingMinutes,
  type PutMeetingClass,
  type RescheduleMeeting,
  type SendMeetingNotice,
  type SignInMeeting,
  type SubmitMeeting,
  DutyAndMeetingsPermissions,
} from '@gov/contracts-duty-and-meetings';
import { computeDeadline, type WorkingCalendar } from '@gov/calendar';
import { CalendarCopy, DomainError, publishTaskChanges, SCHEMA, Transactions, type Tx } from '@gov/platform';
import { dutyTaskChange, meetingTasks } from '../../common/tasks.js';
import { canSeeMeeting, MEETINGS_APPROVE, MEETINGS_MANAGE, MEETINGS_READ, meetingScope, type MeetingScope } from '../../common/visibility.js';
import { beijingTime } from '../activities/agenda-rules.js';
import { LeaderAgenda } from '../activities/leader-agenda.js';
import { ScheduleHistory } from '../activities/schedule-history.js';
import { itemChangeNote } from '@gov/read-model-supervised-items';
import { SupervisedItemsRepository } from '../../common/supervised-items.repository.js';
import { ITEM_CHANGE_ACTION_LABELS, type SupervisionItemChanged } from '@gov/contracts-supervision';
import { UnitCheck } from '../activities/unit-check.js';
import { RoomsService } from '../rooms/rooms.service.js';
import { attendanceProblems, organiserProblem, stepProblem, type MeetingStep } from './meeting-rules.js';
import { MeetingsRepository, NOW, type Due, type MeetingRow } from './meetings.repository.js';
import { classView, meetingView } from './meetings.views.js';

export { MEETINGS_APPROVE, MEETINGS_MANAGE, MEETINGS_READ } from '../../common/visibility.js';
export const MEETINGS_CONFIGURE = DutyAndMeetingsPermissions.meetingsConfigure;

/** The meeting date as supervision and the deadline engine read it: the Beijing calendar day the meeting starts. */
export function meetingDateOf(startsAt: Date): string {
  return beijingTime(startsAt).slice(0, 10);
}

/**
 * 会务: request → 报批 → notice to attendees and units → sign-in → topics → minutes → decided items. Publishing
 * the minutes sends one `MeetingDecisionPublished` per decided item, with the decision id as the event id,
 * exactly once: the state machine refuses a second publish, and the outbox's key refuses a second event.
 */
@Injectable()
export class MeetingsService implements OnModuleInit {
  constructor(
    private readonly transactions: Transactions,
    private readonly agenda: LeaderAgenda,
    private readonly history: ScheduleHistory,
    private readonly supervised: SupervisedItemsRepository,
    private readonly units: UnitCheck,
    private readonly rooms: RoomsService,
    private readonly calendar: CalendarCopy,
    private readonly meetings: MeetingsRepository,
    @Inject(SCHEMA) private readonly schema: string,
  ) {}

  onModuleInit(): void {
    this.calendar.onChange((year, tx, calendar) => this.redateDecisions(year, tx, calendar));
  }

  // ---- meeting classes (configuration) ----

  async listClasses(request: ListMeetingClasses.Request, caller: CallerContext): Promise<ListMeetingClasses.Reply> {
    this.assertReader(caller);
    const rows = await this.meetings.findClassRules(request.onDate);
    return { items: rows.map(classView) };
  }

  async putClass(request: PutMeetingClass.Request, caller: CallerContext): Promise<MeetingClassRuleView> {
    if (caller.unitId || !hasPermission(caller, MEETINGS_CONFIGURE)) throw new DomainError(MeetingErrors.forbidden, '只有综合科科长可以维护会议类别规则');
    return this.transactions.run(async (tx) => {
      // Serialises versions of one class: the latest row of the class is locked while the next is added.
      const existing = await this.meetings.findClassVersionsForUpdate(request.code, tx.manager);
      if (existing.some((r) => r.effective_from === request.effectiveFrom)) {
        throw new DomainError(CommonErrors.duplicate, `该类别已有 ${request.effectiveFrom} 生效的规则，请换一个生效日期`);
      }
      const row = await this.meetings.insertClassRule(request, (existing[0]?.version ?? 0) + 1, caller.username, tx.manager);
      const view = classView(row);
      return this.history.changed(tx, 'meeting_class', view, 'version_added', MeetingEvents.classRuleChanged, caller, view);
    });
  }

  // ---- the meeting workflow ----

  async create(request: CreateMeeting.Request, caller: CallerContext): Promise<MeetingView> {
    this.assertManager(caller, request.kind);
    if ((request.secrecyLevel ?? 0) > caller.clearance) {
      throw new DomainError(MeetingErrors.forbidden, '会议密级高于本人的涉密等级，不能登记', [{ field: 'secrecyLevel', code: 'clearance', message: '会议密级不能高于本人的涉密等级' }]);
    }
    const period = { startsAt: new Date(request.startsAt), endsAt: new Date(request.endsAt) };
    this.agenda.assertPeriod(period);
    return this.transactions.run(async (tx) => {
      await this.units.activeUnits(request.attendeeUnitIds, tx.manager, MeetingErrors.unknownUnit);
      const rule = await this.meetings.findClassRuleOn(request.classCode, meetingDateOf(period.startsAt), tx.manager);
      if (!rule) throw new DomainError(MeetingErrors.classNotConfigured, `会议类别「${request.classCode}」在会议日期没有生效的规则`);
      const id = randomUUID();
      const row = await this.meetings.insert(
        {
          id,
          kind: request.kind,
          classCode: request.classCode,
          rule,
          title: request.title.trim(),
          location: request.location ?? null,
          roomId: request.roomId ?? null,
          chair: request.chair ?? null,
          leaders: request.leaders,
          attendeeUnitIds: [...new Set(request.attendeeUnitIds)],
          secrecyLevel: request.secrecyLevel ?? 0,
          createdBy: caller.username,
        },
        period,
        tx.manager,
      );
      let current = row;
      if (request.roomId) {
        const booking = await this.rooms.bookInTx(tx, request.roomId, row.title, period, id, caller);
        current = await this.meetings.attachBooking(id, booking.id, booking.roomName, tx.manager);
      }
      const leaders = request.chair ? [request.chair, ...request.leaders] : request.leaders;
      await this.agenda.book(tx, leaders, { source: 'meeting', sourceId: id, title: current.title, location: current.location, ...period }, caller);
      return this.changed(tx, current, 'created', caller, MeetingEvents.created, { classRuleId: rule.id });
    });
  }

  async submit(request: SubmitMeeting.Request, caller: CallerContext): Promise<MeetingView> {
    this.assertManager(caller);
    return this.step(request, 'submit', caller, async (tx, meeting) => {
      const row = await this.save(tx, meeting, request.expectedVersion, { status: 'pending_approval' }, caller);
      return this.changed(tx, row, 'submitted', caller, MeetingEvents.submitted);
    });
  }

  async approve(request: ApproveMeeting.Request, caller: CallerContext): Promise<MeetingView> {
    return this.step(request, 'approve', caller, async (tx, meeting) => {
      if (caller.unitId || !hasPermission(caller, MEETINGS_APPROVE) || !caller.roles.includes(meeting.approver_role)) {
        const who = meeting.approver_role === 'district_leader' ? '区政府领导' : '办公室领导';
        throw new DomainError(MeetingErrors.notApprover, `该类会议由${who}审批`);
      }
      const status: MeetingStatus = request.approved ? 'approved' : 'rejected';
      const row = await this.save(
        tx,
        meeting,
        request.expectedVersion,
        { status, approved_by: caller.displayName, approved_at: NOW, approval_comment: request.comment?.trim() || null },
        caller,
      );
      return this.changed(tx, row, status, caller, request.approved ? MeetingEvents.approved : MeetingEvents.rejected, { comment: request.comment ?? null });
    });
  }

  async sendNotice(request: SendMeetingNotice.Request, caller: CallerContext): Promise<MeetingView> {
    this.assertManager(caller);
    return this.step(request, 'notice', caller, async (tx, meeting) => {
      const row = await this.save(tx, meeting, request.expectedVersion, { status: 'notified', notice_text: request.text.trim(), notified_at: NOW }, caller);
      await this.meetings.insertNotice(row.id, { text: row.notice_text as string, unitIds: row.attendee_unit_ids, removedUnitIds: [], reason: null }, caller.username, tx.manager);
      return this.changed(tx, row, 'notice_sent', caller, MeetingEvents.noticeSent, { unitIds: row.attendee_unit_ids });
    });
  }

  async signIn(request: SignInMeeting.Request, caller: CallerContext): Promise<MeetingView> {
    this.assertManager(caller);
    const problems = attendanceProblems(request.entries);
    if (problems.length) {
      throw new DomainError(
        CommonErrors.validationFailed,
        problems.map((p) => p.message).join('；'),
        problems.map((p) => ({ ...p, code: 'attendance' })),
      );
    }
    return this.step(request, 'signIn', caller, async (tx, meeting) => {
      await this.units.activeUnits(
        request.entries.flatMap((e) => (e.unitId ? [e.unitId] : [])),
        tx.manager,
        MeetingErrors.unknownUnit,
      );
      for (const entry of request.entries) await this.meetings.upsertAttendance(meeting.id, entry, caller.username, tx.manager);
      const row = await this.save(tx, meeting, request.expectedVersion, { status: 'held' }, caller);
      return this.changed(tx, row, 'attendance_recorded', caller, MeetingEvents.attendanceRecorded, { entries: request.entries });
    });
  }

  async addTopic(request: AddMeetingTopic.Request, caller: CallerContext): Promise<MeetingView> {
    this.assertManager(caller);
    return this.step(request, 'topic', caller, async (tx, meeting) => {
      if (request.presenterUnitId) await this.units.activeUnits([request.presenterUnitId], tx.manager, MeetingErrors.unknownUnit);
      await this.meetings.insertTopic(
        meeting.id,
        { title: request.title.trim(), presenterName: request.presenterName.trim(), presenterUnitId: request.presenterUnitId ?? null },
        caller.username,
        tx.manager,
      );
      const row = await this.save(tx, meeting, request.expectedVersion, {}, caller);
      return this.changed(tx, row, 'topic_added', caller, MeetingEvents.topicAdded, { title: request.title });
    });
  }

  async addDecision(request: AddMeetingDecision.Request, caller: CallerContext): Promise<MeetingView> {
    this.assertManager(caller);
    if ((request.dueDate === undefined) === (request.dueWorkingDays === undefined)) {
      throw new DomainError(MeetingErrors.invalidDue, '请填写办理期限（日期）或工作日数，二者选一', [{ field: 'dueDate', code: 'due', message: '办理期限与工作日数须且只须填写一项' }]);
    }
    return this.step(request, 'decision', caller, async (tx, meeting) => {
      const coUnitIds = [...new Set(request.coUnitIds ?? [])].filter((id) => id !== request.leadUnitId);
      await this.units.activeUnits([request.leadUnitId, ...coUnitIds], tx.manager, MeetingErrors.unknownUnit);
      const meetingDate = meetingDateOf(meeting.starts_at);
      const due = request.dueWorkingDays !== undefined ? dueInWorkingDays(await this.calendar.current(), meetingDate, request.dueWorkingDays) : this.givenDue(meetingDate, request.dueDate as string);
      await this.meetings.insertDecision(
        meeting.id,
        { content: request.content.trim(), leadUnitId: request.leadUnitId, coUnitIds, dueWorkingDays: request.dueWorkingDays ?? null, due },
        caller.username,
        tx.manager,
      );
      const row = await this.save(tx, meeting, request.expectedVersion, {}, caller);
      return this.changed(tx, row, 'decision_added', caller, MeetingEvents.decisionAdded, { content: request.content, dueDate: due.dueDate });
    });
  }

  async publishMinutes(request: PublishMeetingMinutes.Request, caller: CallerContext): Promise<MeetingView> {
    this.assertManager(caller);
    return this.step(request, 'minutes', caller, async (tx, meeting) => {
      const row = await this.save(
        tx,
        meeting,
        request.expectedVersion,
        { status: 'minutes_published', minutes_number: request.minutesNumber?.trim() || null, minutes_summary: request.summary.trim(), minutes_published_at: NOW },
        caller,
      );
      const decisions = await this.meetings.publishDecisions(meeting.id, row.minutes_published_at as Date, caller.username, tx.manager);
      for (const decision of decisions) {
        const event: MeetingDecisionPublished.Event = meetingDecisionEvent(
          { id: row.id, title: row.title, meetingDate: meetingDateOf(row.starts_at), minutesNumber: row.minutes_number, chairName: row.chair?.name, secrecyLevel: row.secrecy_level },
          { id: decision.id, sequence: decision.sequence, content: decision.content, leadUnitId: decision.lead_unit_id, coUnitIds: decision.co_unit_ids, dueDate: decision.due_date },
          row.kind,
          row.minutes_published_at as Date,
        );
        // The event id is the decision id: the outbox's primary key makes a second event for one decision impossible,
        // and JetStream dedupes a re-sent one by that id.
        await tx.emit(DutyAndMeetingsEvents.meetingDecisionPublished, event, decision.id, MeetingDecisionPublished.Event);
      }
      return this.changed(tx, row, 'minutes_published', caller, MeetingEvents.minutesPublished, { decisions: decisions.length });
    });
  }

  /**
   * 改期/调整 before the meeting is held: the new time, room, leaders and attendee units replace the old ones, with the room
   * and the leaders' calendars checked again (the meeting's own bookings do not count). A meeting already notified sends a
   * revised notice to the units before and after the change, recorded as the next notice.
   */
  async reschedule(request: RescheduleMeeting.Request, caller: CallerContext): Promise<MeetingView> {
    this.assertManager(caller);
    const period = { startsAt: new Date(request.startsAt), endsAt: new Date(request.endsAt) };
    this.agenda.assertPeriod(period);
    return this.step(request, 'reschedule', caller, async (tx, meeting) => {
      const notified = meeting.status === 'notified';
      if (notified && !request.noticeText?.trim()) {
        throw new DomainError(MeetingErrors.revisedNoticeRequired, '会议已发通知，改期须填写变更通知', [{ field: 'noticeText', code: 'required', message: '请填写变更通知正文' }]);
      }
      if (await this.meetings.hasDecisions(meeting.id, tx.manager)) throw new DomainError(MeetingErrors.decisionsRecorded, '会议已有议定事项，不能改期；请取消后重新安排');
      const attendeeUnitIds = [...new Set(request.attendeeUnitIds)];
      await this.units.activeUnits(attendeeUnitIds, tx.manager, MeetingErrors.unknownUnit);
      const title = meeting.title;
      // The old room and leaders' time are freed first, so that the checks below see only other records.
      if (meeting.room_booking_id) await this.rooms.cancelForMeeting(tx, meeting.room_booking_id, `会议改期：${request.reason.trim()}`, caller);
      await this.agenda.release(tx, 'meeting', meeting.id, caller);
      const booking = request.roomId ? await this.rooms.bookInTx(tx, request.roomId, title, period, meeting.id, caller) : null;
      const leaders = request.chair ? [request.chair, ...request.leaders] : request.leaders;
      const location = request.location?.trim() || booking?.roomName || null;
      await this.agenda.book(tx, leaders, { source: 'meeting', sourceId: meeting.id, title, location, ...period }, caller);
      const changes: Record<string, unknown> = {
        starts_at: period.startsAt,
        ends_at: period.endsAt,
        location,
        room_id: request.roomId ?? null,
        room_booking_id: booking?.id ?? null,
        chair: request.chair ? JSON.stringify(request.chair) : null,
        leaders: JSON.stringify(request.leaders),
        attendee_unit_ids: JSON.stringify(attendeeUnitIds),
        ...(notified ? { notice_text: request.noticeText?.trim() } : {}),
      };
      const row = await this.save(tx, meeting, request.expectedVersion, changes, caller);
      const before = { startsAt: meeting.starts_at.toISOString(), endsAt: meeting.ends_at.toISOString(), roomId: meeting.room_id, leaders: meeting.leaders, attendeeUnitIds: meeting.attendee_unit_ids };
      if (!notified) return this.changed(tx, row, 'rescheduled', caller, MeetingEvents.rescheduled, { reason: request.reason, before });
      const removedUnitIds = meeting.attendee_unit_ids.filter((id) => !attendeeUnitIds.includes(id));
      const notice = { text: row.notice_text as string, unitIds: attendeeUnitIds, removedUnitIds, reason: request.reason.trim() };
      const revision = await this.meetings.insertNotice(row.id, notice, caller.username, tx.manager);
      return this.changed(tx, row, 'notice_revised', caller, MeetingEvents.noticeRevised, { reason: request.reason, before, revision, removedUnitIds });
    });
  }

  async cancel(request: CancelMeeting.Request, caller: CallerContext): Promise<MeetingView> {
    this.assertManager(caller);
    return this.step(request, 'cancel', caller, async (tx, meeting) => {
      const row = await this.save(tx, meeting, request.expectedVersion, { status: 'cancelled', cancel_reason: request.reason.trim() }, caller);
      await this.agenda.release(tx, 'meeting', meeting.id, caller);
      if (meeting.room_booking_id) await this.rooms.cancelForMeeting(tx, meeting.room_booking_id, `会议取消：${request.reason.trim()}`, caller);
      return this.changed(tx, row, 'cancelled', caller, MeetingEvents.cancelled, { reason: request.reason });
    });
  }

  async get(id: string, caller: CallerContext): Promise<MeetingView> {
    const scope = this.readScope(caller);
    const row = await this.meetings.findById(id);
    if (!row || !canSeeMeeting(caller, row, scope)) throw new DomainError(MeetingErrors.notFound, '会议不存在或无权查看');
    return (await this.views([row]))[0];
  }

  async list(request: ListMeetings.Request, caller: CallerContext): Promise<ListMeetings.Reply> {
    const scope = this.readScope(caller);
    const page = pageOf(request);
    const { items, total } = await this.meetings.search(
      { ...page, status: request.status, kind: request.kind, from: request.from, to: request.to, q: request.q },
      caller,
      scope,
    );
    return { items: await this.views(items), total, ...page };
  }

  /** Re-dates the decided items not yet published whose deadline was counted in working days, when a year of the calendar changes. */
  async redateDecisions(year: number, tx: Tx, calendar: WorkingCalendar): Promise<void> {
    const rows = await this.meetings.findDecisionsToRedate(year, tx.manager);
    for (const row of rows) {
      const due = dueInWorkingDays(calendar, meetingDateOf(row.starts_at), row.due_working_days as number);
      if (due.dueDate === row.due_date && due.provisional === row.due_provisional) continue;
      await this.meetings.redateDecision(row.id, due, tx.manager);
    }
  }

  private givenDue(meetingDate: string, dueDate: string): Due {
    if (Number.isNaN(Date.parse(`${dueDate}T00:00:00Z`)) || dueDate < meetingDate) {
      throw new DomainError(MeetingErrors.invalidDue, `办理期限 ${dueDate} 无效：不能早于会议日期 ${meetingDate}`, [{ field: 'dueDate', code: 'due', message: '办理期限不能早于会议日期' }]);
    }
    return { dueDate, explanation: [`会议确定的办理期限：${dueDate}`], provisional: false };
  }

  /** Runs one step of the workflow on the locked meeting, after the state machine allowed it. */
  private step(request: { id: string; expectedVersion: number }, step: MeetingStep, caller: CallerContext, work: (tx: Tx, meeting: MeetingRow) => Promise<MeetingView>): Promise<MeetingView> {
    return this.transactions.run(async (tx) => {
      const meeting = await this.meetings.findForUpdate(request.id, tx.manager);
      if (!meeting || !canSeeMeeting(caller, meeting, this.writeScope(caller))) throw new DomainError(MeetingErrors.notFound, '会议不存在或无权查看');
      if (step !== 'approve') this.assertManager(caller, meeting.kind);
      const problem = stepProblem(step, { status: meeting.status, requiresApproval: meeting.requires_approval });
      if (problem) {
        const spec = {
          notice_before_approval: MeetingErrors.noticeBeforeApproval,
          approval_not_required: MeetingErrors.approvalNotRequired,
          minutes_published: MeetingErrors.minutesAlreadyPublished,
          invalid_state: MeetingErrors.invalidState,
        }[problem.code];
        throw new DomainError(spec, problem.message);
      }
      if (meeting.version !== request.expectedVersion) {
        throw new DomainError(MeetingErrors.versionConflict, `会议已被他人修改（当前版本 ${meeting.version}，您提交的版本 ${request.expectedVersion}），请刷新后重试`);
      }
      const view = await work(tx, meeting);
      const after = (await this.meetings.findForUpdate(meeting.id, tx.manager)) as MeetingRow;
      await publishTaskChanges(tx, dutyTaskChange('meeting', meeting.id, meetingTasks(meeting), meetingTasks(after), after.version, caller.userId, after.status === 'cancelled'));
      return view;
    });
  }

  /** Writes the next version of the meeting with `changes` (column → value, or NOW). */
  private async save(tx: Tx, meeting: MeetingRow, expectedVersion: number, changes: Record<string, unknown>, caller: CallerContext): Promise<MeetingRow> {
    const row = await this.meetings.updateIfVersion(meeting.id, expectedVersion, changes, caller.username, tx.manager);
    if (!row) throw new DomainError(MeetingErrors.versionConflict, '会议已被他人修改，请刷新后重试');
    return row;
  }

  private async changed(tx: Tx, row: MeetingRow, action: string, caller: CallerContext, subject: string, detail: object = {}): Promise<MeetingView> {
    const [view] = await this.views([row], tx);
    return this.history.changed(tx, 'meeting', view, action, subject, caller, detail);
  }

  /** Who reads meetings, by the service's one rule (common/visibility.ts); refused when nothing. */
  private readScope(caller: CallerContext): MeetingScope {
    const scope = meetingScope(caller);
    if (scope.kind === 'none') throw new DomainError(CommonErrors.forbidden, '无权查看会议');
    return scope;
  }

  /** The steps of the workflow find only meetings the office sees (a liaison's step is refused by the step's own check). */
  private writeScope(caller: CallerContext): MeetingScope {
    const scope = meetingScope(caller);
    if (scope.kind !== 'all') throw new DomainError(CommonErrors.forbidden, '无权查看会议');
    return scope;
  }

  private assertReader(caller: CallerContext): void {
    if (caller.unitId || ![MEETINGS_READ, MEETINGS_MANAGE, MEETINGS_CONFIGURE].some((p) => hasPermission(caller, p))) throw new DomainError(CommonErrors.forbidden, '无权查看会议类别');
  }

  /** 会务 is 综合科's, and 督查室's for the meetings it organises (`organiserProblem`); `kind` once the meeting is known. */
  private assertManager(caller: CallerContext, kind?: MeetingKind): void {
    if (caller.unitId || !hasPermission(caller, MEETINGS_MANAGE)) throw new DomainError(MeetingErrors.forbidden, '只有综合科和督查室可以办理会务');
    const problem = kind && organiserProblem(caller.sectionCode, kind);
    if (problem) throw new DomainError(MeetingErrors.forbidden, problem);
  }


  private async views(rows: MeetingRow[], tx?: Tx): Promise<MeetingView[]> {
    if (!rows.length) return [];
    const ids = rows.map((r) => r.id);
    const children = await this.meetings.findChildren(ids, tx?.manager);
    const items = await this.supervised.viewsOf('meeting_decision', children.decisions.map((d) => d.id), tx?.manager);
    return rows.map((row) => meetingView(row, children, items));
  }

  /**
   * A change of the 督办事项 opened from a decided item (supervision's `item.changed`): the read model keeps its state,
   * light, deadline and units (shown on the decided item), and the meeting's timeline gets a line.
   */
  async onDecisionItemChanged(event: SupervisionItemChanged.Event, tx: Tx): Promise<void> {
    const decision = await this.meetings.findDecision(event.sourceId as string, tx.manager);
    if (!decision) return; // not a decided item of this service
    await this.supervised.apply(tx.manager, event);
    const actor = { username: event.actor, displayName: event.actor === 'system' ? '系统' : `督查室（${event.actor}）` } as CallerContext;
    await this.history.record(tx, 'meeting', decision.meeting_id, `decision_supervision_${event.action}`, null, actor, {
      decisionId: decision.id,
      sequence: decision.sequence,
      itemId: event.id,
      itemVersion: event.version,
      status: event.status,
      light: event.light,
      label: `议定事项（${decision.sequence}）${ITEM_CHANGE_ACTION_LABELS[event.action]}`,
      note: itemChangeNote(event),
    });
  }
}

/** A decided item's deadline, `workingDays` working days after the meeting, with the engine's explanation. */
function dueInWorkingDays(calendar: WorkingCalendar, meetingDate: string, workingDays: number): Due {
  const result = computeDeadline(calendar, { start: meetingDate, amount: workingDays, unit: 'working_days' });
  return { dueDate: result.dueDate, explanation: [...result.explanation, ...result.provisionalReasons], provisional: result.provisional };
}
