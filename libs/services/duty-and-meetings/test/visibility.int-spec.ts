import { randomUUID } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import { Clearance, type CallerContext } from '@gov/contracts-common';
import {
  ActivitySubjects,
  LeaderCalendarSubjects,
  MeetingSubjects,
  RoomSubjects,
  UnitSubjects,
  type GetLeaderCalendar,
  type ListRoomBookings,
  type ListUnits,
  type MeetingView,
  type RoomView,
  type UnitView,
} from '@gov/contracts-duty-and-meetings';
import { caller, failureOf, liaisonOf, zongheStaff } from '@gov/testing';
import { dutyTestbed } from './testbed.js';

/**
 * The leaks of issue 11 stay closed: a liaison reads no leader's time beyond their own unit's meetings, a classified
 * meeting's title shows through no room booking, calendar or clash to a reader below its 密级, and lists of units
 * show masked mobiles (decrypting nothing) while a unit's own view shows them in full.
 */
describe('visibility: leaders’ calendars, classified meeting titles, liaison mobiles', () => {
  const bed = dutyTestbed();

  const staff = caller({
    username: 'zonghe-clerk',
    displayName: '综合科张三',
    roles: ['section_staff'],
    sectionCode: 'zonghe',
    permissions: ['meetings:read', 'meetings:manage', 'rooms:read', 'rooms:book', 'rooms:manage', 'activities:read', 'activities:manage'],
    clearance: Clearance.Secret,
  });
  const clearedStaff = { ...staff, username: 'zonghe-cleared', displayName: '综合科李四', clearance: Clearance.TopSecret };
  const wenmiClerk = caller({ username: 'wenmi-clerk', displayName: '文秘科赵六', roles: ['section_staff'], sectionCode: 'wenmi', permissions: ['rooms:read', 'rooms:book'] });

  const { call } = bed;
  const failure = (promise: Promise<unknown>) => failureOf<{ spec: { code: string }; detail?: string }>(promise);
  const meeting = (extra: Record<string, unknown>) => ({ kind: 'special_topic', classCode: 'ordinary', leaders: [], attendeeUnitIds: [bed.unitA], ...extra });
  const notify = (m: MeetingView) => call<MeetingView>(MeetingSubjects.sendNotice, { id: m.id, expectedVersion: m.version, text: '请准时参会' }, clearedStaff);
  const calendarOf = (who: CallerContext, day: string, leaderUserId?: string) =>
    call<GetLeaderCalendar.Reply>(LeaderCalendarSubjects.get, { from: `${day}T00:00:00+08:00`, to: `${day}T23:59:00+08:00`, ...(leaderUserId ? { leaderUserId } : {}) }, who);

  describe('leaders’ calendars by unit', () => {
    it('a liaison holding meetings:read sees only the entries of meetings notified to their unit, within their clearance', async () => {
      const mayor = { userId: randomUUID(), name: '王区长' };
      const day = '2027-04-06';
      const at = (from: string, to: string) => ({ startsAt: `${day}T${from}:00+08:00`, endsAt: `${day}T${to}:00+08:00` });
      const ours = await notify(await call<MeetingView>(MeetingSubjects.create, meeting({ title: '公安局参会的会议', leaders: [mayor], ...at('08:00', '09:00') }), clearedStaff));
      await notify(await call<MeetingView>(MeetingSubjects.create, meeting({ title: '财政局参会的会议', leaders: [mayor], attendeeUnitIds: [bed.unitB], ...at('09:00', '10:00') }), clearedStaff));
      await call(MeetingSubjects.create, meeting({ title: '尚未通知的会议', leaders: [mayor], ...at('10:00', '11:00') }), clearedStaff);
      await notify(await call<MeetingView>(MeetingSubjects.create, meeting({ title: '公安局参会的机密会议', leaders: [mayor], secrecyLevel: Clearance.Confidential, ...at('11:00', '12:00') }), clearedStaff));
      await call(ActivitySubjects.create, { kind: 'reception', title: '接待外宾', leaders: [mayor], ...at('14:00', '15:00') }, staff);
      await call(ActivitySubjects.create, { kind: 'leave', title: '赴省参加培训', leaders: [mayor], ...at('15:00', '16:00') }, staff);

      // The office sees the whole day of the leader (the 机密 meeting as a busy slot without its title).
      const office = await calendarOf(staff, day, mayor.userId);
      expect(office.items.map((e) => e.title)).toEqual(['公安局参会的会议', '财政局参会的会议', '尚未通知的会议', '（涉密会议）', '接待外宾', '赴省参加培训']);

      const liaisonA = liaisonOf(bed.unitA, { permissions: ['meetings:read'] });
      const byLeader = await calendarOf(liaisonA, day, mayor.userId);
      expect(byLeader.items.map((e) => [e.source, e.sourceId, e.title])).toEqual([['meeting', ours.id, '公安局参会的会议']]);
      expect(byLeader.total).toBe(1);
      const allLeaders = await calendarOf(liaisonA, day);
      expect(allLeaders.items.map((e) => e.title)).toEqual(['公安局参会的会议']);

      // Cleared for 机密, the liaison also sees their unit's classified meeting, and still nothing of the other unit.
      const clearedLiaison = liaisonOf(bed.unitA, { permissions: ['meetings:read'], clearance: Clearance.Confidential });
      expect((await calendarOf(clearedLiaison, day, mayor.userId)).items.map((e) => e.title)).toEqual(['公安局参会的会议', '公安局参会的机密会议']);

      const liaisonB = liaisonOf(bed.unitB, { permissions: ['meetings:read'] });
      expect((await calendarOf(liaisonB, day, mayor.userId)).items.map((e) => e.title)).toEqual(['财政局参会的会议']);
      // A liaison without meetings:read reads no calendar at all.
      expect((await failure(calendarOf(liaisonOf(bed.unitA), day, mayor.userId))).spec.code).toBe('AUTH.FORBIDDEN');
    });
  });

  describe('classified meeting titles', () => {
    it.each([
      ['机密', Clearance.Confidential, '2027-04-07'],
      ['绝密', Clearance.TopSecret, '2027-04-08'],
    ])('a %s meeting’s title shows through no room booking, calendar or clash to a reader below it', async (label, secrecyLevel, day) => {
      const leader = { userId: randomUUID(), name: '李副区长' };
      const room = await call<RoomView>(RoomSubjects.create, { name: `区政府${label}会议室`, location: '办公楼五楼' }, staff);
      const title = `${label}专题研究会议`;
      const classified = await call<MeetingView>(
        MeetingSubjects.create,
        meeting({ title, secrecyLevel, roomId: room.id, leaders: [leader], startsAt: `${day}T09:00:00+08:00`, endsAt: `${day}T11:00:00+08:00` }),
        clearedStaff,
      );
      const bookings = (who: CallerContext) =>
        call<ListRoomBookings.Reply>(RoomSubjects.listBookings, { roomId: room.id, from: `${day}T00:00:00+08:00`, to: `${day}T23:59:00+08:00` }, who);

      // Room bookings: the room is taken, by a classified meeting whose title only the cleared read.
      for (const who of [staff, wenmiClerk]) {
        const page = await bookings(who);
        expect(page.items.map((b) => [b.meetingId, b.title])).toEqual([[classified.id, '（涉密会议）']]);
        expect(JSON.stringify(page)).not.toContain(title);
      }
      expect((await bookings(clearedStaff)).items.map((b) => b.title)).toEqual([title]);

      // The refused booking names the holder without its title.
      const taken = await failure(call(RoomSubjects.book, { roomId: room.id, title: '文秘科业务培训', startsAt: `${day}T10:00:00+08:00`, endsAt: `${day}T12:00:00+08:00` }, wenmiClerk));
      expect(taken.spec.code).toBe('ROOM.DOUBLE_BOOKED');
      expect(taken.detail).toContain('「（涉密会议）」');
      expect(taken.detail).not.toContain(title);

      // The leader's calendar, to the office and to a leader below the 密级.
      const calendar = await calendarOf(staff, day, leader.userId);
      expect(calendar.items.map((e) => [e.sourceId, e.title])).toEqual([[classified.id, '（涉密会议）']]);
      const mayor = caller({ roles: ['district_leader'], permissions: ['meetings:read', 'activities:read'], clearance: Clearance.Secret });
      expect((await calendarOf(mayor, day, leader.userId)).items.map((e) => e.title)).toEqual(['（涉密会议）']);
      expect((await calendarOf({ ...mayor, clearance: secrecyLevel }, day, leader.userId)).items.map((e) => e.title)).toEqual([title]);

      // A clash with it, met by a clerk booking the leader, names the meeting without its title.
      const clash = await failure(call(ActivitySubjects.create, { kind: 'activity', title: '调研', leaders: [leader], startsAt: `${day}T10:00:00+08:00`, endsAt: `${day}T11:30:00+08:00` }, staff));
      expect(clash.spec.code).toBe('LEADER.SCHEDULE_CLASH');
      expect(clash.detail).toContain('会议「（涉密会议）」');
      expect(clash.detail).not.toContain(title);
    });
  });

  describe('liaison mobiles', () => {
    const office = zongheStaff({ username: 'zonghe-units' });
    const newUnit = (code: string, mobile: string) => ({ code, name: `测试单位${code}`, type: 'department', liaisons: [{ name: '李四', mobile, title: '办公室主任' }], dutyPhones: ['0533-4180110'] });

    it('lists show masked mobiles; the unit’s own view shows them in full to whoever may see the unit', async () => {
      const unit = await call<UnitView>(UnitSubjects.create, newUnit('V-M1', '13812345678'), office);
      expect(unit.liaisons[0].mobile).toBe('13812345678');

      const list = await call<ListUnits.Reply>(UnitSubjects.list, { q: 'V-M1' }, office);
      expect(list.items.map((u) => u.liaisons.map((l) => l.mobile))).toEqual([['138****5678']]);
      expect((await call<UnitView>(UnitSubjects.get, { id: unit.id }, office)).liaisons[0].mobile).toBe('13812345678');

      const liaison = liaisonOf(unit.id);
      expect((await call<ListUnits.Reply>(UnitSubjects.list, {}, liaison)).items.map((u) => u.liaisons[0].mobile)).toEqual(['138****5678']);
      expect((await call<UnitView>(UnitSubjects.get, { id: unit.id }, liaison)).liaisons[0].mobile).toBe('13812345678');

      const [stored] = await bed.app.parts.dataSource.query(`SELECT liaisons::text AS l FROM "${bed.app.parts.schema}".unit WHERE id = $1`, [unit.id]);
      expect(stored.l).not.toContain('13812345678');
    });

    it('a list decrypts nothing: it answers from the stored masked form even when the sealed number cannot be opened', async () => {
      const unit = await call<UnitView>(UnitSubjects.create, newUnit('V-M2', '13987654321'), office);
      // Breaks the sealed number's integrity: any decryption of it would now fail.
      await bed.app.parts.dataSource.query(
        `UPDATE "${bed.app.parts.schema}".unit SET liaisons = jsonb_set(liaisons, '{0,mobileEncrypted}', '"sm4:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"') WHERE id = $1`,
        [unit.id],
      );
      const list = await call<ListUnits.Reply>(UnitSubjects.list, { q: 'V-M2' }, office);
      expect(list.items.map((u) => u.liaisons[0].mobile)).toEqual(['139****4321']);
    });
  });
});
