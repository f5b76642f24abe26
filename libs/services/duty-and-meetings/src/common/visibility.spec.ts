import { describe, expect, it } from '@jest/globals';
import { Clearance, type CallerContext } from '@gov/contracts-common';
import { caller as testCaller } from '@gov/testing';
import { canSeeMeeting, CLASSIFIED_MEETING_TITLE, leaderCalendarScope, maskMobile, meetingScope, shownTitle } from './visibility.js';

const UNIT_A = '11111111-1111-4111-8111-111111111111';
const UNIT_B = '22222222-2222-4222-8222-222222222222';
const USER = '33333333-3333-4333-8333-333333333333';
const who = (over: Partial<CallerContext>): CallerContext => testCaller({ userId: USER, ...over });

describe('who sees meetings and what they book', () => {
  it('a liaison’s calendar is their unit’s meetings, whatever else they hold; the office reads every leader; a leader their own', () => {
    expect(leaderCalendarScope(who({ roles: ['unit_liaison'], unitId: UNIT_A, permissions: ['meetings:read', 'activities:read'] }))).toEqual({ kind: 'unit', unitId: UNIT_A });
    expect(leaderCalendarScope(who({ roles: ['unit_liaison'], unitId: UNIT_A, permissions: ['units:read'] }))).toEqual({ kind: 'none' });
    expect(leaderCalendarScope(who({ sectionCode: 'mishu_yi', permissions: ['activities:read'] }))).toEqual({ kind: 'all' });
    expect(leaderCalendarScope(who({ roles: ['district_leader'] }))).toEqual({ kind: 'self', userId: USER });
    expect(leaderCalendarScope(who({ sectionCode: 'wenmi', permissions: ['rooms:book'] }))).toEqual({ kind: 'none' });
  });

  it('a meeting is seen within clearance; by a liaison only once notified to their unit', () => {
    const meeting = { secrecy_level: Clearance.Secret, attendee_unit_ids: [UNIT_A], status: 'notified' };
    const liaisonA = who({ roles: ['unit_liaison'], unitId: UNIT_A, permissions: ['meetings:read'], clearance: Clearance.Secret });
    expect(canSeeMeeting(liaisonA, meeting)).toBe(true);
    expect(canSeeMeeting(liaisonA, { ...meeting, status: 'approved' })).toBe(false);
    expect(canSeeMeeting({ ...liaisonA, unitId: UNIT_B }, meeting)).toBe(false);
    expect(canSeeMeeting({ ...liaisonA, clearance: Clearance.None }, meeting)).toBe(false);
    expect(meetingScope(who({ roles: ['unit_liaison'], unitId: UNIT_A }))).toEqual({ kind: 'none' });
    expect(canSeeMeeting(who({ permissions: ['meetings:read'], clearance: Clearance.Secret }), { ...meeting, attendee_unit_ids: [] })).toBe(true);
  });

  it('a classified meeting’s title shows only within clearance; lists mask mobiles', () => {
    expect(shownTitle(who({ clearance: Clearance.Secret }), '专题会议', Clearance.Confidential)).toBe(CLASSIFIED_MEETING_TITLE);
    expect(shownTitle(who({ clearance: Clearance.Confidential }), '专题会议', Clearance.Confidential)).toBe('专题会议');
    expect(shownTitle(who({}), '会议室预订', null)).toBe('会议室预订');
    expect(maskMobile('13812345678')).toBe('138****5678');
  });
});
