import { randomUUID } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import type { CallerContext } from '@gov/contracts-common';
import {
  ActivitySubjects,
  CalendarSubjects,
  DutyAndMeetingsEvents,
  LeaderCalendarSubjects,
  LeaveSubjects,
  MeetingEvents,
  MeetingSubjects,
  RoomSubjects,
  type ActivityView,
  type GetLeaderCalendar,
  type LeaveView,
  type ListLeave,
  type ListMeetingClasses,
  type MeetingClassRuleView,
  type MeetingView,
  type RoomBookingView,
  type RoomView,
  type WhoIsAway,
} from '@gov/contracts-duty-and-meetings';
import { caller, eventually, failureOf, liaisonOf } from '@gov/testing';
import { dutyTestbed } from './testbed.js';

/** Meetings, rooms, leaders' calendars and leave: the service against real PostgreSQL and the bus, through RPC. */
describe('meetings, rooms, leaders’ calendars and leave', () => {
  const bed = dutyTestbed();

  const staff = caller({
    username: 'zonghe-clerk',
    displayName: '综合科张三',
    roles: ['section_staff'],
    sectionCode: 'zonghe',
    permissions: ['meetings:read', 'meetings:manage', 'rooms:read', 'rooms:book', 'rooms:manage', 'activities:read', 'activities:manage', 'leave:read', 'leave:request'],
  });
  const chief = caller({ username: 'zonghe-chief', roles: ['section_chief'], sectionCode: 'zonghe', permissions: ['meetings:read', 'meetings:manage', 'meetings:configure'] });
  const districtLeader = caller({ username: 'mayor', displayName: '王区长', roles: ['district_leader'], permissions: ['meetings:read', 'meetings:approve', 'activities:read'] });
  const officeLeader = caller({ username: 'office-director', displayName: '李主任', roles: ['office_leader'], permissions: ['meetings:read', 'meetings:approve', 'leave:read', 'leave:approve', 'rooms:book'] });
  const otherClerk = caller({ username: 'wenmi-clerk', displayName: '文秘科赵六', roles: ['section_staff'], sectionCode: 'wenmi', permissions: ['rooms:read', 'rooms:book'] });

  const { call } = bed;
  const failure = (promise: Promise<unknown>) => failureOf<{ spec: { code: string }; detail?: string; message: string; fieldErrors?: { field: string; message: string }[] }>(promise);
  const leader = (name: string) => ({ userId: randomUUID(), name });
  const meeting = (extra: Record<string, unknown> = {}) => ({
    kind: 'executive',
    classCode: 'ordinary',
    title: '区政府常务会议',
    startsAt: '2026-12-01T09:00:00+08:00',
    endsAt: '2026-12-01T11:00:00+08:00',
    leaders: [],
    attendeeUnitIds: [bed.unitA],
    ...extra,
  });
  const step = <T extends { version: number }>(subject: string, record: { id: string; version: number }, fields: object, who: CallerContext = staff) =>
    call<T>(subject, { id: record.id, expectedVersion: record.version, ...fields }, who);

  describe('报批 before notice', () => {
    it('a 一类 meeting’s notice cannot be sent before its approval, and only its class’s approver approves it', async () => {
      const created = await call<MeetingView>(MeetingSubjects.create, meeting({ classCode: 'class_one', title: '全区安全生产工作会议', kind: 'plenary' }), staff);
      expect(created).toMatchObject({ status: 'draft', requiresApproval: true, approverRole: 'district_leader', version: 1 });

      const early = await failure(step(MeetingSubjects.sendNotice, created, { text: '请各单位主要负责同志准时参会' }));
      expect(early.spec.code).toBe('MEETING.NOTICE_BEFORE_APPROVAL');

      const submitted = await step<MeetingView>(MeetingSubjects.submit, created, {});
      expect(submitted.status).toBe('pending_approval');
      expect((await failure(step(MeetingSubjects.sendNotice, submitted, { text: '会议通知' }))).spec.code).toBe('MEETING.NOTICE_BEFORE_APPROVAL');
      expect((await failure(step(MeetingSubjects.approve, submitted, { approved: true }, officeLeader))).spec.code).toBe('MEETING.NOT_APPROVER');

      const approved = await step<MeetingView>(MeetingSubjects.approve, submitted, { approved: true, comment: '同意召开' }, districtLeader);
      expect(approved).toMatchObject({ status: 'approved', approvedBy: '王区长', approvalComment: '同意召开' });
      expect((await failure(step(MeetingSubjects.sendNotice, submitted, { text: '会议通知' }))).spec.code).toBe('MEETING.VERSION_CONFLICT');
      const notified = await step<MeetingView>(MeetingSubjects.sendNotice, approved, { text: '请各单位主要负责同志准时参会' });
      expect(notified).toMatchObject({ status: 'notified', noticeText: '请各单位主要负责同志准时参会' });

      const history = await bed.app.parts.dataSource.query(`SELECT action, actor FROM "${bed.app.parts.schema}".schedule_record_history WHERE record_id = $1 ORDER BY at, version`, [created.id]);
      expect(history.map((h: { action: string }) => h.action)).toEqual(['created', 'submitted', 'approved', 'notice_sent']);
    });

    it('a rejected 一类 meeting still cannot send its notice; an ordinary one sends it from the draft', async () => {
      const created = await call<MeetingView>(MeetingSubjects.create, meeting({ classCode: 'class_one', startsAt: '2026-12-02T09:00:00+08:00', endsAt: '2026-12-02T10:00:00+08:00' }), staff);
      const submitted = await step<MeetingView>(MeetingSubjects.submit, created, {});
      const rejected = await step<MeetingView>(MeetingSubjects.approve, submitted, { approved: false, comment: '暂缓' }, districtLeader);
      expect(rejected.status).toBe('rejected');
      expect((await failure(step(MeetingSubjects.sendNotice, rejected, { text: '会议通知' }))).spec.code).toBe('MEETING.NOTICE_BEFORE_APPROVAL');

      const ordinary = await call<MeetingView>(MeetingSubjects.create, meeting({ startsAt: '2026-12-02T14:00:00+08:00', endsAt: '2026-12-02T15:00:00+08:00' }), staff);
      expect(ordinary.requiresApproval).toBe(false);
      expect((await failure(step(MeetingSubjects.submit, ordinary, {}))).spec.code).toBe('MEETING.APPROVAL_NOT_REQUIRED');
      expect((await step<MeetingView>(MeetingSubjects.sendNotice, ordinary, { text: '会议通知' })).status).toBe('notified');
    });

    it('a unit’s liaison sees a meeting once its unit is notified, and never another unit’s meeting, by list or by id', async () => {
      const liaisonA = liaisonOf(bed.unitA, { permissions: ['meetings:read'] });
      const ours = await call<MeetingView>(MeetingSubjects.create, meeting({ title: '联络员可见的会议', startsAt: '2026-12-09T09:00:00+08:00', endsAt: '2026-12-09T10:00:00+08:00' }), staff);
      const theirs = await call<MeetingView>(
        MeetingSubjects.create,
        meeting({ title: '联络员不可见的会议', attendeeUnitIds: [bed.unitB], startsAt: '2026-12-09T09:00:00+08:00', endsAt: '2026-12-09T10:00:00+08:00' }),
        staff,
      );
      expect((await failure(call(MeetingSubjects.get, { id: ours.id }, liaisonA))).spec.code).toBe('MEETING.NOT_FOUND');
      await step(MeetingSubjects.sendNotice, ours, { text: '会议通知' });
      await step(MeetingSubjects.sendNotice, theirs, { text: '会议通知' });
      expect((await call<MeetingView>(MeetingSubjects.get, { id: ours.id }, liaisonA)).title).toBe('联络员可见的会议');
      expect((await failure(call(MeetingSubjects.get, { id: theirs.id }, liaisonA))).spec.code).toBe('MEETING.NOT_FOUND');
      const page = await call<{ items: MeetingView[] }>(MeetingSubjects.list, { q: '联络员', limit: 100 }, liaisonA);
      expect(page.items.map((m) => m.id)).toEqual([ours.id]);
      expect((await failure(step(MeetingSubjects.cancel, ours, { reason: '联络员无权取消' }, liaisonA))).spec.code).toBe('MEETING.FORBIDDEN');
    });

    it('a classified meeting is seen only by those cleared for it, and registered only by them', async () => {
      expect((await failure(call(MeetingSubjects.create, meeting({ secrecyLevel: 2 }), staff))).spec.code).toBe('MEETING.FORBIDDEN');
      const cleared = { ...staff, clearance: 2 };
      const secret = await call<MeetingView>(MeetingSubjects.create, meeting({ title: '涉密专题会议', secrecyLevel: 2, startsAt: '2026-12-11T09:00:00+08:00', endsAt: '2026-12-11T10:00:00+08:00' }), cleared);
      expect((await call<MeetingView>(MeetingSubjects.get, { id: secret.id }, cleared)).secrecyLevel).toBe(2);
      expect((await failure(call(MeetingSubjects.get, { id: secret.id }, staff))).spec.code).toBe('MEETING.NOT_FOUND');
      expect((await call<{ items: MeetingView[] }>(MeetingSubjects.list, { q: '涉密专题' }, staff)).items).toEqual([]);
      expect((await failure(step(MeetingSubjects.sendNotice, secret, { text: '通知' }, staff))).spec.code).toBe('MEETING.NOT_FOUND');
    });

    it('the classes are configuration: the chief adds a version from a date, and meetings keep the version they were created under', async () => {
      const before = await call<MeetingView>(MeetingSubjects.create, meeting({ classCode: 'video', startsAt: '2027-02-01T09:00:00+08:00', endsAt: '2027-02-01T10:00:00+08:00' }), staff);
      expect(before.requiresApproval).toBe(true);
      expect((await failure(call(MeetingSubjects.putClass, { code: 'video', name: '视频会议', requiresApproval: false, approverRole: 'office_leader', effectiveFrom: '2027-03-01', source: '测试' }, staff))).spec.code).toBe(
        'MEETING.FORBIDDEN',
      );
      const rule = await call<MeetingClassRuleView>(
        MeetingSubjects.putClass,
        { code: 'video', name: '视频会议', requiresApproval: false, approverRole: 'office_leader', effectiveFrom: '2027-03-01', source: '博政办字〔2027〕1号（测试）' },
        chief,
      );
      expect(rule).toMatchObject({ code: 'video', version: 2, effectiveFrom: '2027-03-01' });
      const after = await call<MeetingView>(MeetingSubjects.create, meeting({ classCode: 'video', startsAt: '2027-03-02T09:00:00+08:00', endsAt: '2027-03-02T10:00:00+08:00' }), staff);
      expect(after).toMatchObject({ requiresApproval: false, classRuleId: rule.id });
      expect((await call<MeetingView>(MeetingSubjects.get, { id: before.id }, staff)).requiresApproval).toBe(true);

      const onDate = await call<ListMeetingClasses.Reply>(MeetingSubjects.listClasses, { onDate: '2027-02-15' }, staff);
      expect(onDate.items.find((c) => c.code === 'video')).toMatchObject({ version: 1, requiresApproval: true });
    });
  });

  describe('leader calendars', () => {
    it('a leader booked for two overlapping activities is caught, with the other entry named', async () => {
      const mayor = leader('王区长');
      const visit = await call<ActivityView>(
        ActivitySubjects.create,
        { kind: 'activity', title: '调研池上镇乡村振兴工作', startsAt: '2026-12-03T09:00:00+08:00', endsAt: '2026-12-03T11:00:00+08:00', leaders: [mayor] },
        staff,
      );
      expect(visit.status).toBe('scheduled');

      const clash = await failure(
        call(ActivitySubjects.create, { kind: 'reception', title: '接待市考察团', startsAt: '2026-12-03T10:30:00+08:00', endsAt: '2026-12-03T12:00:00+08:00', leaders: [leader('李副区长'), mayor] }, staff),
      );
      expect(clash.spec.code).toBe('LEADER.SCHEDULE_CLASH');
      expect(clash.detail).toBe('王区长在该时段已有安排：政务活动「调研池上镇乡村振兴工作」（2026-12-03 09:00—11:00）');

      const meetingClash = await failure(call(MeetingSubjects.create, meeting({ startsAt: '2026-12-03T08:00:00+08:00', endsAt: '2026-12-03T09:30:00+08:00', chair: mayor }), staff));
      expect(meetingClash.spec.code).toBe('LEADER.SCHEDULE_CLASH');
      expect(meetingClash.detail).toContain('调研池上镇乡村振兴工作');

      // Back to back is fine; the refused bookings left nothing behind.
      await call(MeetingSubjects.create, meeting({ title: '区长办公会议', kind: 'mayor_office', startsAt: '2026-12-03T11:00:00+08:00', endsAt: '2026-12-03T12:00:00+08:00', leaders: [mayor] }), staff);
      const calendar = await call<GetLeaderCalendar.Reply>(LeaderCalendarSubjects.get, { leaderUserId: mayor.userId, from: '2026-12-03T00:00:00+08:00', to: '2026-12-04T00:00:00+08:00' }, staff);
      expect(calendar.items.map((e) => [e.source, e.title])).toEqual([
        ['activity', '调研池上镇乡村振兴工作'],
        ['meeting', '区长办公会议'],
      ]);
    });

    it('two concurrent bookings of one leader at the same time: exactly one passes', async () => {
      const deputy = leader('刘副区长');
      const results = await Promise.allSettled(
        Array.from({ length: 6 }, (_, i) =>
          call(ActivitySubjects.create, { kind: 'activity', title: `并发活动${i}`, startsAt: '2026-12-04T09:00:00+08:00', endsAt: '2026-12-04T10:00:00+08:00', leaders: [deputy] }, staff),
        ),
      );
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      for (const r of results.filter((x): x is PromiseRejectedResult => x.status === 'rejected')) expect(r.reason.spec.code).toBe('LEADER.SCHEDULE_CLASH');
    });

    it('a reception keeps its plan, a leader’s absence is on the calendar, and cancelling frees the time', async () => {
      const mayor = leader('王区长');
      const reception = await call<ActivityView>(
        ActivitySubjects.create,
        {
          kind: 'reception',
          title: '接待淄博市考察团',
          startsAt: '2026-12-05T09:00:00+08:00',
          endsAt: '2026-12-05T17:00:00+08:00',
          leaders: [mayor],
          guests: [{ name: '张市长', organization: '淄博市人民政府', title: '副市长' }],
          programme: [{ at: '2026-12-05T09:30:00+08:00', item: '参观博山陶琉馆', location: '陶琉馆' }],
          responsible: [{ name: '赵科长', duty: '迎送、用车', unitId: bed.unitA }],
        },
        staff,
      );
      expect(reception.guests[0].organization).toBe('淄博市人民政府');
      expect(reception.responsible[0].unitId).toBe(bed.unitA);
      const leave = await failure(
        call(ActivitySubjects.create, { kind: 'leave', title: '赴省参加培训', startsAt: '2026-12-05T00:00:00+08:00', endsAt: '2026-12-06T00:00:00+08:00', leaders: [mayor] }, staff),
      );
      expect(leave.detail).toContain('接待「接待淄博市考察团」');

      await step(ActivitySubjects.cancel, reception, { reason: '考察团行程调整' });
      const absence = await call<ActivityView>(
        ActivitySubjects.create,
        { kind: 'leave', title: '赴省参加培训', startsAt: '2026-12-05T00:00:00+08:00', endsAt: '2026-12-06T00:00:00+08:00', leaders: [mayor] },
        staff,
      );
      const calendar = await call<GetLeaderCalendar.Reply>(LeaderCalendarSubjects.get, { from: '2026-12-05T00:00:00+08:00', to: '2026-12-06T00:00:00+08:00', leaderUserId: mayor.userId }, staff);
      expect(calendar.items.map((e) => [e.source, e.sourceId])).toEqual([['leave', absence.id]]);

      const unknownUnit = await failure(
        call(ActivitySubjects.create, { kind: 'reception', title: '接待', startsAt: '2026-12-07T09:00:00+08:00', endsAt: '2026-12-07T10:00:00+08:00', leaders: [leader('甲')], responsible: [{ name: '乙', duty: '接待', unitId: randomUUID() }] }, staff),
      );
      expect(unknownUnit.spec.code).toBe('ACTIVITY.UNKNOWN_UNIT');
    });

    it('a leader without the read permission sees only their own calendar', async () => {
      const me = caller({ roles: ['district_leader'], permissions: [] });
      await call(ActivitySubjects.create, { kind: 'activity', title: '本人活动', startsAt: '2026-12-08T09:00:00+08:00', endsAt: '2026-12-08T10:00:00+08:00', leaders: [{ userId: me.userId, name: '本人' }] }, staff);
      await call(ActivitySubjects.create, { kind: 'activity', title: '他人活动', startsAt: '2026-12-08T09:00:00+08:00', endsAt: '2026-12-08T10:00:00+08:00', leaders: [leader('他人')] }, staff);
      const mine = await call<GetLeaderCalendar.Reply>(LeaderCalendarSubjects.get, { from: '2026-12-08T00:00:00+08:00', to: '2026-12-09T00:00:00+08:00' }, me);
      expect(mine.items.map((e) => e.title)).toEqual(['本人活动']);
      expect((await failure(call(LeaderCalendarSubjects.get, { from: '2026-12-08T00:00:00+08:00', to: '2026-12-09T00:00:00+08:00', leaderUserId: randomUUID() }, me))).spec.code).toBe(
        'LEADER_CALENDAR.FORBIDDEN',
      );
    });
  });

  describe('rooms', () => {
    it('an overlapping booking is refused naming the holder; concurrent bookings cannot both pass; a cancelled meeting frees its room', async () => {
      const room = await call<RoomView>(RoomSubjects.create, { name: '区政府第一会议室', location: '办公楼三楼', capacity: 40 }, staff);
      expect((await failure(call(RoomSubjects.create, { name: '区政府第一会议室' }, staff))).spec.code).toBe('ROOM.NAME_TAKEN');

      const first = await call<RoomBookingView>(RoomSubjects.book, { roomId: room.id, title: '安全生产专题会', startsAt: '2026-12-10T09:00:00+08:00', endsAt: '2026-12-10T11:00:00+08:00' }, staff);
      const taken = await failure(call(RoomSubjects.book, { roomId: room.id, title: '文秘科业务培训', startsAt: '2026-12-10T10:00:00+08:00', endsAt: '2026-12-10T12:00:00+08:00' }, otherClerk));
      expect(taken.spec.code).toBe('ROOM.DOUBLE_BOOKED');
      expect(taken.detail).toBe('会议室「区政府第一会议室」该时段已被预订：「安全生产专题会」（2026-12-10 09:00—11:00，预订人 综合科张三）');

      const racing = await Promise.allSettled(
        Array.from({ length: 6 }, (_, i) => call(RoomSubjects.book, { roomId: room.id, title: `并发预订${i}`, startsAt: '2026-12-10T14:00:00+08:00', endsAt: '2026-12-10T15:00:00+08:00' }, otherClerk)),
      );
      expect(racing.filter((r) => r.status === 'fulfilled')).toHaveLength(1);

      expect((await failure(step(RoomSubjects.cancelBooking, first, { reason: '改期' }, otherClerk))).spec.code).toBe('ROOM.FORBIDDEN');
      await step(RoomSubjects.cancelBooking, first, { reason: '改期' });
      const withMeeting = await call<MeetingView>(MeetingSubjects.create, meeting({ title: '专题会议', kind: 'special_topic', roomId: room.id, startsAt: '2026-12-10T09:00:00+08:00', endsAt: '2026-12-10T10:00:00+08:00' }), staff);
      expect(withMeeting).toMatchObject({ location: '区政府第一会议室', roomId: room.id });
      expect((await failure(call(RoomSubjects.book, { roomId: room.id, title: '抢占', startsAt: '2026-12-10T09:30:00+08:00', endsAt: '2026-12-10T10:30:00+08:00' }, otherClerk))).detail).toContain('「专题会议」');

      await step(MeetingSubjects.cancel, withMeeting, { reason: '领导另有安排' });
      const again = await call<RoomBookingView>(RoomSubjects.book, { roomId: room.id, title: '改用', startsAt: '2026-12-10T09:30:00+08:00', endsAt: '2026-12-10T10:30:00+08:00' }, otherClerk);
      expect(again.status).toBe('active');
      const [kept] = await bed.app.parts.dataSource.query(`SELECT status, cancel_reason FROM "${bed.app.parts.schema}".room_booking WHERE id = $1`, [withMeeting.roomBookingId]);
      expect(kept).toEqual({ status: 'cancelled', cancel_reason: '会议取消：领导另有安排' });
    });
  });

  describe('rescheduling', () => {
    const history = (meetingId: string) =>
      bed.app.parts.dataSource.query(`SELECT action, version, detail FROM "${bed.app.parts.schema}".schedule_record_history WHERE record_type = 'meeting' AND record_id = $1 ORDER BY at, version`, [
        meetingId,
      ]) as Promise<{ action: string; version: number; detail: Record<string, unknown> }[]>;
    const events = (subject: string, meetingId: string) =>
      bed.app.parts.dataSource.query(`SELECT envelope FROM "${bed.app.parts.schema}".outbox WHERE subject = $1 AND envelope->'data'->>'id' = $2 ORDER BY seq`, [subject, meetingId]) as Promise<
        { envelope: { data: MeetingView } }[]
      >;

    it('before its notice, a meeting moves to a new time and room only when the room and the leaders are free then; the old ones are freed', async () => {
      const deputy = leader('刘副区长');
      const room = await call<RoomView>(RoomSubjects.create, { name: '区政府第三会议室', location: '办公楼五楼', capacity: 20 }, staff);
      await call<ActivityView>(
        ActivitySubjects.create,
        { kind: 'activity', title: '督导秋冬季森林防火', startsAt: '2026-12-15T09:00:00+08:00', endsAt: '2026-12-15T11:00:00+08:00', leaders: [deputy] },
        staff,
      );
      await call<RoomBookingView>(RoomSubjects.book, { roomId: room.id, title: '文秘科公文培训', startsAt: '2026-12-16T09:00:00+08:00', endsAt: '2026-12-16T11:00:00+08:00' }, otherClerk);
      const created = await call<MeetingView>(
        MeetingSubjects.create,
        meeting({ title: '森林防火专题调度会', kind: 'special_topic', roomId: room.id, leaders: [deputy], startsAt: '2026-12-14T09:00:00+08:00', endsAt: '2026-12-14T10:00:00+08:00' }),
        staff,
      );
      const move = (when: string, extra: Record<string, unknown> = {}) => ({
        startsAt: `${when}T09:00:00+08:00`,
        endsAt: `${when}T10:00:00+08:00`,
        roomId: room.id,
        leaders: [deputy],
        attendeeUnitIds: [bed.unitA],
        reason: '领导另有安排，会议改期',
        ...extra,
      });

      const leaderClash = await failure(step(MeetingSubjects.reschedule, created, move('2026-12-15')));
      expect(leaderClash.spec.code).toBe('LEADER.SCHEDULE_CLASH');
      expect(leaderClash.detail).toContain('督导秋冬季森林防火');
      const roomClash = await failure(step(MeetingSubjects.reschedule, created, move('2026-12-16')));
      expect(roomClash.spec.code).toBe('ROOM.DOUBLE_BOOKED');
      expect(roomClash.detail).toContain('文秘科公文培训');
      // The refused changes left the meeting and its bookings as they were.
      expect(await call<MeetingView>(MeetingSubjects.get, { id: created.id }, staff)).toMatchObject({ version: 1, roomBookingId: created.roomBookingId, startsAt: created.startsAt });

      const moved = await step<MeetingView>(MeetingSubjects.reschedule, created, move('2026-12-17', { attendeeUnitIds: [bed.unitA, bed.unitB] }));
      expect(moved).toMatchObject({ status: 'draft', version: 2, startsAt: new Date('2026-12-17T01:00:00Z').toISOString(), roomId: room.id, attendeeUnitIds: [bed.unitA, bed.unitB], notices: [] });
      expect(moved.roomBookingId).not.toBe(created.roomBookingId);
      const [old] = await bed.app.parts.dataSource.query(`SELECT status, cancel_reason FROM "${bed.app.parts.schema}".room_booking WHERE id = $1`, [created.roomBookingId]);
      expect(old).toEqual({ status: 'cancelled', cancel_reason: '会议改期：领导另有安排，会议改期' });
      // The old slot is free again for the room and for the leader; the new one is taken.
      await call<RoomBookingView>(RoomSubjects.book, { roomId: room.id, title: '改用原时段', startsAt: '2026-12-14T09:00:00+08:00', endsAt: '2026-12-14T10:00:00+08:00' }, otherClerk);
      expect((await failure(call(RoomSubjects.book, { roomId: room.id, title: '抢占新时段', startsAt: '2026-12-17T09:30:00+08:00', endsAt: '2026-12-17T10:30:00+08:00' }, otherClerk))).spec.code).toBe(
        'ROOM.DOUBLE_BOOKED',
      );
      const calendar = await call<GetLeaderCalendar.Reply>(LeaderCalendarSubjects.get, { leaderUserId: deputy.userId, from: '2026-12-14T00:00:00+08:00', to: '2026-12-18T00:00:00+08:00' }, staff);
      expect(calendar.items.map((e) => [e.title, e.startsAt])).toEqual([
        ['督导秋冬季森林防火', new Date('2026-12-15T01:00:00Z').toISOString()],
        ['森林防火专题调度会', new Date('2026-12-17T01:00:00Z').toISOString()],
      ]);

      expect((await failure(step(MeetingSubjects.reschedule, created, move('2026-12-18')))).spec.code).toBe('MEETING.VERSION_CONFLICT');
      expect((await history(created.id)).map((h) => h.action)).toEqual(['created', 'rescheduled']);
      expect((await history(created.id))[1].detail).toMatchObject({ reason: '领导另有安排，会议改期', before: { startsAt: new Date('2026-12-14T01:00:00Z').toISOString(), attendeeUnitIds: [bed.unitA] } });

      // Without the leader and the room, both are released.
      const bare = await step<MeetingView>(MeetingSubjects.reschedule, moved, move('2026-12-17', { roomId: undefined, leaders: [], location: '区政府小礼堂' }));
      expect(bare).toMatchObject({ version: 3, roomBookingId: null, location: '区政府小礼堂', leaders: [] });
      expect(bare.roomId).toBeUndefined();
      const [released] = await bed.app.parts.dataSource.query(`SELECT status FROM "${bed.app.parts.schema}".room_booking WHERE id = $1`, [moved.roomBookingId]);
      expect(released.status).toBe('cancelled');
      const after = await call<GetLeaderCalendar.Reply>(LeaderCalendarSubjects.get, { leaderUserId: deputy.userId, from: '2026-12-14T00:00:00+08:00', to: '2026-12-18T00:00:00+08:00' }, staff);
      expect(after.items.map((e) => e.title)).toEqual(['督导秋冬季森林防火']);
      expect((await events(MeetingEvents.rescheduled, created.id)).map((e) => e.envelope.data.version)).toEqual([2, 3]);
    });

    it('after its notice, a change sends a revised notice to the units before and after it, recorded; once held it cannot move', async () => {
      const liaisonA = liaisonOf(bed.unitA, { permissions: ['meetings:read'] });
      const liaisonB = liaisonOf(bed.unitB, { permissions: ['meetings:read'] });
      const created = await call<MeetingView>(MeetingSubjects.create, meeting({ title: '冬季供暖保障调度会', startsAt: '2026-12-21T15:00:00+08:00', endsAt: '2026-12-21T16:00:00+08:00' }), staff);
      const notified = await step<MeetingView>(MeetingSubjects.sendNotice, created, { text: '定于12月21日下午3时召开冬季供暖保障调度会' });
      expect(notified.notices).toEqual([expect.objectContaining({ revision: 1, unitIds: [bed.unitA], removedUnitIds: [], reason: null, sentBy: 'zonghe-clerk' })]);
      const change = { startsAt: '2026-12-22T15:00:00+08:00', endsAt: '2026-12-22T16:00:00+08:00', leaders: [], attendeeUnitIds: [bed.unitB], reason: '调整参会单位并顺延一天' };

      const noText = await failure(step(MeetingSubjects.reschedule, notified, change));
      expect(noText.spec.code).toBe('MEETING.REVISED_NOTICE_REQUIRED');
      expect(noText.fieldErrors).toEqual([expect.objectContaining({ field: 'noticeText', message: '请填写变更通知正文' })]);

      const revised = await step<MeetingView>(MeetingSubjects.reschedule, notified, { ...change, noticeText: '会议改于12月22日下午3时召开，请财政局参会' });
      expect(revised).toMatchObject({ status: 'notified', version: 3, noticeText: '会议改于12月22日下午3时召开，请财政局参会', attendeeUnitIds: [bed.unitB] });
      expect(revised.notices.map((n) => [n.revision, n.text, n.unitIds, n.removedUnitIds, n.reason])).toEqual([
        [1, '定于12月21日下午3时召开冬季供暖保障调度会', [bed.unitA], [], null],
        [2, '会议改于12月22日下午3时召开，请财政局参会', [bed.unitB], [bed.unitA], '调整参会单位并顺延一天'],
      ]);
      const [event] = await events(MeetingEvents.noticeRevised, created.id);
      expect(event.envelope.data).toMatchObject({ version: 3, attendeeUnitIds: [bed.unitB], noticeText: '会议改于12月22日下午3时召开，请财政局参会' });
      expect((await history(created.id)).map((h) => h.action)).toEqual(['created', 'notice_sent', 'notice_revised']);
      // The unit added sees the meeting now; the unit removed no longer does.
      expect((await call<MeetingView>(MeetingSubjects.get, { id: created.id }, liaisonB)).notices).toHaveLength(2);
      expect((await failure(call(MeetingSubjects.get, { id: created.id }, liaisonA))).spec.code).toBe('MEETING.NOT_FOUND');

      const held = await step<MeetingView>(MeetingSubjects.signIn, revised, { entries: [{ name: '财政局张局长', unitId: bed.unitB, status: 'present' }] });
      expect((await failure(step(MeetingSubjects.reschedule, held, { ...change, noticeText: '再次改期' }))).spec.code).toBe('MEETING.INVALID_STATE');
    });
  });

  describe('minutes and decided items', () => {
    const decisionEvents = async (meetingId: string) =>
      (await bed.app.parts.dataSource.query(
        `SELECT id, envelope FROM "${bed.app.parts.schema}".outbox WHERE subject = $1 AND envelope->'data'->>'meetingId' = $2 ORDER BY seq`,
        [DutyAndMeetingsEvents.meetingDecisionPublished, meetingId],
      )) as { id: string; envelope: { data: Record<string, unknown> } }[];

    it('sign-in, topics and decided items; publishing the minutes emits exactly one event per decided item, and a second publish is refused', async () => {
      const chair = leader('王区长');
      let m = await call<MeetingView>(MeetingSubjects.create, meeting({ title: '区政府第12次常务会议', chair, startsAt: '2026-12-14T09:00:00+08:00', endsAt: '2026-12-14T12:00:00+08:00' }), staff);
      expect((await failure(step(MeetingSubjects.addDecision, m, { content: '未通知前', leadUnitId: bed.unitA, dueDate: '2026-12-31' }))).spec.code).toBe('MEETING.INVALID_STATE');
      m = await step<MeetingView>(MeetingSubjects.addTopic, m, { title: '研究冬季安全生产工作', presenterName: '应急局局长', presenterUnitId: bed.unitA });
      m = await step<MeetingView>(MeetingSubjects.sendNotice, m, { text: '定于12月14日上午9时召开常务会议' });

      const noReason = await failure(step(MeetingSubjects.signIn, m, { entries: [{ name: '张局长', unitId: bed.unitB, status: 'absent' }] }));
      expect(noReason.spec.code).toBe('REQUEST.VALIDATION_FAILED');
      expect(noReason.fieldErrors?.[0].field).toBe('entries.0.absenceReason');
      m = await step<MeetingView>(MeetingSubjects.signIn, m, {
        entries: [
          { name: '王区长', status: 'present' },
          { name: '张局长', unitId: bed.unitB, status: 'substitute', absenceReason: '赴省开会', substituteName: '刘副局长' },
          { name: '赵局长', unitId: bed.unitA, status: 'absent', absenceReason: '病假' },
        ],
      });
      expect(m.status).toBe('held');
      expect(m.attendance.find((a) => a.name === '张局长')).toMatchObject({ status: 'substitute', substituteName: '刘副局长' });

      expect((await failure(step(MeetingSubjects.addDecision, m, { content: '坏单位', leadUnitId: randomUUID(), dueDate: '2026-12-31' }))).spec.code).toBe('MEETING.UNKNOWN_UNIT');
      expect((await failure(step(MeetingSubjects.addDecision, m, { content: '两个期限', leadUnitId: bed.unitA, dueDate: '2026-12-31', dueWorkingDays: 5 }))).spec.code).toBe('MEETING.INVALID_DUE');
      expect((await failure(step(MeetingSubjects.addDecision, m, { content: '早于会议', leadUnitId: bed.unitA, dueDate: '2026-12-01' }))).spec.code).toBe('MEETING.INVALID_DUE');

      m = await step<MeetingView>(MeetingSubjects.addDecision, m, { content: '应急局牵头开展冬季安全生产大检查', leadUnitId: bed.unitA, coUnitIds: [bed.unitB], dueDate: '2026-12-31' });
      await eventually(async () => {
        const [row] = await bed.app.parts.dataSource.query(`SELECT year FROM "${bed.app.parts.schema}".calendar_year_copy WHERE year = 2026`);
        return row;
      }, 15_000, 'the calendar copy of 2026');
      m = await step<MeetingView>(MeetingSubjects.addDecision, m, { content: '财政局保障检查经费', leadUnitId: bed.unitB, dueWorkingDays: 10 });
      // 2026-12-14 (Mon) + 10 working days, the start day not counted: 2026-12-28 (Mon).
      expect(m.decisions[1]).toMatchObject({ sequence: 2, dueDate: '2026-12-28', dueWorkingDays: 10, dueProvisional: false });
      expect(m.decisions[1].dueExplanation[0]).toContain('起算日 2026-12-14');
      expect(await decisionEvents(m.id)).toEqual([]);

      const published = await step<MeetingView>(MeetingSubjects.publishMinutes, m, { minutesNumber: '博政纪〔2026〕12号', summary: '会议研究了冬季安全生产工作' });
      expect(published.status).toBe('minutes_published');
      const events = await decisionEvents(m.id);
      expect(events.map((e) => e.id)).toEqual(published.decisions.map((d) => d.id));
      expect(events[0].envelope.data).toMatchObject({
        decisionId: published.decisions[0].id,
        meetingTitle: '区政府第12次常务会议',
        meetingKind: 'executive',
        meetingDate: '2026-12-14',
        minutesNumber: '博政纪〔2026〕12号',
        sequence: 1,
        leadUnitId: bed.unitA,
        coUnitIds: [bed.unitB],
        dueDate: '2026-12-31',
        chairName: '王区长',
        secrecyLevel: 0,
      });
      expect(events[1].envelope.data).toMatchObject({ sequence: 2, leadUnitId: bed.unitB, dueDate: '2026-12-28' });

      const again = await failure(step(MeetingSubjects.publishMinutes, published, { summary: '再次印发' }));
      expect(again.spec.code).toBe('MEETING.MINUTES_ALREADY_PUBLISHED');
      const stale = await failure(step(MeetingSubjects.publishMinutes, m, { summary: '旧版本重放' }));
      expect(stale.spec.code).toBe('MEETING.MINUTES_ALREADY_PUBLISHED');
      expect(await decisionEvents(m.id)).toHaveLength(2);
      await eventually(async () => {
        const [row] = await bed.app.parts.dataSource.query(`SELECT count(*)::int AS n FROM "${bed.app.parts.schema}".outbox WHERE id = ANY($1::uuid[]) AND sent_at IS NOT NULL`, [events.map((e) => e.id)]);
        return row.n === 2;
      }, 10_000, 'the decision events published');
    });

    it('a working-day deadline over a year not yet published is provisional, and is re-dated when that year is loaded', async () => {
      let m = await call<MeetingView>(MeetingSubjects.create, meeting({ title: '年末专题会议', kind: 'special_topic', startsAt: '2026-12-30T09:00:00+08:00', endsAt: '2026-12-30T10:00:00+08:00' }), staff);
      m = await step<MeetingView>(MeetingSubjects.sendNotice, m, { text: '会议通知' });
      await eventually(async () => {
        const [row] = await bed.app.parts.dataSource.query(`SELECT year FROM "${bed.app.parts.schema}".calendar_year_copy WHERE year = 2026`);
        return row;
      }, 15_000, 'the calendar copy of 2026');
      m = await step<MeetingView>(MeetingSubjects.addDecision, m, { content: '年初前报送方案', leadUnitId: bed.unitA, dueWorkingDays: 3 });
      const before = m.decisions[0];
      expect(before.dueProvisional).toBe(true);

      const admin = caller({ roles: ['sys_admin'], permissions: ['calendar:write'] });
      await call(CalendarSubjects.putYear, { year: 2027, holidays: [{ date: '2027-01-01', name: '元旦' }], makeupWorkdays: [], source: '测试：2027 年节假日安排' }, admin);
      const after = await eventually(async () => {
        const [row] = await bed.app.parts.dataSource.query(`SELECT due_date::text AS due_date, due_provisional FROM "${bed.app.parts.schema}".meeting_decision WHERE id = $1`, [before.id]);
        return row.due_provisional === false ? row : undefined;
      }, 15_000, 'the decision re-dated');
      // 2026-12-31 (1), 2027-01-01 is 元旦, 01-04 (2), 01-05 (3).
      expect(after.due_date).toBe('2027-01-05');
    });
  });

  describe('leave of units’ principal leaders', () => {
    const request = (extra: Record<string, unknown> = {}) => ({
      unitId: bed.unitA,
      personName: '赵局长',
      personTitle: '局长',
      startsOn: '2026-12-15',
      endsOn: '2026-12-18',
      destination: '济南',
      reason: '参加全省业务培训',
      actingPersonName: '钱副局长',
      ...extra,
    });

    it('a liaison files for its own unit, an overlap is flagged both ways, the office leader approves, 销假 ends the absence', async () => {
      const liaison = liaisonOf(bed.unitA, { permissions: ['leave:read', 'leave:request'] });
      const first = await call<LeaveView>(LeaveSubjects.request, request(), liaison);
      expect(first).toMatchObject({ status: 'pending', unitName: '博山区公安分局', overlapsWith: [] });
      expect((await failure(call(LeaveSubjects.request, request({ unitId: bed.unitB }), liaison))).spec.code).toBe('LEAVE.UNKNOWN_UNIT');
      expect((await failure(call(LeaveSubjects.request, request({ unitId: randomUUID() }), staff))).spec.code).toBe('LEAVE.UNKNOWN_UNIT');
      expect((await failure(call(LeaveSubjects.request, request({ endsOn: '2026-12-01' }), staff))).spec.code).toBe('LEAVE.INVALID_DATES');

      const second = await call<LeaveView>(LeaveSubjects.request, request({ startsOn: '2026-12-18', endsOn: '2026-12-20', destination: '北京' }), staff);
      expect(second.overlapsWith).toEqual([first.id]);
      expect((await call<LeaveView>(LeaveSubjects.get, { id: first.id }, staff)).overlapsWith).toEqual([second.id]);
      const otherPerson = await call<LeaveView>(LeaveSubjects.request, request({ unitId: bed.unitB, personName: '孙局长' }), staff);
      expect(otherPerson.overlapsWith).toEqual([]);

      expect((await failure(step(LeaveSubjects.decide, first, { approved: true }, staff))).spec.code).toBe('LEAVE.FORBIDDEN');
      const approved = await step<LeaveView>(LeaveSubjects.decide, first, { approved: true, comment: '同意' }, officeLeader);
      expect(approved).toMatchObject({ status: 'approved', decidedBy: '李主任' });
      await step(LeaveSubjects.decide, otherPerson, { approved: true }, officeLeader);

      const away = await call<WhoIsAway.Reply>(LeaveSubjects.whoIsAway, { date: '2026-12-16' }, staff);
      expect(away.items.map((l) => l.personName).sort()).toEqual(['孙局长', '赵局长']);
      expect((await call<WhoIsAway.Reply>(LeaveSubjects.whoIsAway, { date: '2026-12-16' }, liaison)).items.map((l) => l.personName)).toEqual(['赵局长']);

      const returned = await step<LeaveView>(LeaveSubjects.recordReturn, approved, { returnedOn: '2026-12-17' }, liaison);
      expect(returned).toMatchObject({ status: 'returned', returnedOn: '2026-12-17' });
      expect((await call<WhoIsAway.Reply>(LeaveSubjects.whoIsAway, { date: '2026-12-16' }, staff)).items.map((l) => l.personName)).toContain('赵局长');
      expect((await call<WhoIsAway.Reply>(LeaveSubjects.whoIsAway, { date: '2026-12-17' }, staff)).items.map((l) => l.personName)).not.toContain('赵局长');
      expect((await failure(step(LeaveSubjects.recordReturn, returned, { returnedOn: '2026-12-18' }))).spec.code).toBe('LEAVE.INVALID_STATE');
    });

    it('a liaison sees only its own unit’s leave, by list and by id', async () => {
      const mine = liaisonOf(bed.unitB, { permissions: ['leave:read', 'leave:request'] });
      const other = await call<LeaveView>(LeaveSubjects.request, request({ personName: '周局长', startsOn: '2027-01-10', endsOn: '2027-01-11' }), staff);
      const own = await call<LeaveView>(LeaveSubjects.request, request({ unitId: bed.unitB, personName: '吴局长', startsOn: '2027-01-10', endsOn: '2027-01-11' }), mine);
      const page = await call<ListLeave.Reply>(LeaveSubjects.list, { limit: 100 }, mine);
      expect(page.items.every((l) => l.unitId === bed.unitB)).toBe(true);
      expect(page.items.map((l) => l.id)).toContain(own.id);
      expect((await failure(call(LeaveSubjects.get, { id: other.id }, mine))).spec.code).toBe('LEAVE.NOT_FOUND');
      expect((await failure(step(LeaveSubjects.withdraw, other, { reason: '误报' }, mine))).spec.code).toBe('LEAVE.NOT_FOUND');
      expect((await step<LeaveView>(LeaveSubjects.withdraw, own, { reason: '行程取消' }, mine)).status).toBe('withdrawn');
    });
  });
});
