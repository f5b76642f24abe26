import { hasPermission, type CallerContext } from '@gov/contracts-common';
import type { Conditions } from '@gov/platform';
import { DutyAndMeetingsPermissions } from '@gov/contracts-duty-and-meetings';

/**
 * Who sees what of the meetings and of what they book (rooms, leaders' calendars): *the* rule of this service, as
 * functions for one record and as SQL conditions for lists, so that a list never even counts what its reader may not see.
 *
 * - A meeting above the reader's clearance (密级 > 涉密等级) is never shown as a meeting. Where it occupies something
 *   others must see (a room's bookings, a leader's calendar, a clash), the slot shows with `CLASSIFIED_MEETING_TITLE`
 *   instead of its title.
 * - Office staff (no unit) holding meetings:read/manage/approve see every meeting within their clearance.
 * - A unit's liaison holding meetings:read sees only the meetings their unit was notified of (通知已发出 and after).
 * - Leaders' calendars: whoever reads meetings or activities in the office sees every leader's; a leader sees their own;
 *   a liaison sees only the entries of the meetings their unit was notified of; nobody else anything.
 */

export const MEETINGS_READ = DutyAndMeetingsPermissions.meetingsRead;
export const MEETINGS_MANAGE = DutyAndMeetingsPermissions.meetingsManage;
export const MEETINGS_APPROVE = DutyAndMeetingsPermissions.meetingsApprove;
export const ACTIVITIES_READ = DutyAndMeetingsPermissions.activitiesRead;

/** What a classified meeting's title shows as to a reader below its 密级. */
export const CLASSIFIED_MEETING_TITLE = '（涉密会议）';

/** The meeting statuses from which an attendee unit has been told of the meeting. */
export const NOTIFIED_STATUSES = ['notified', 'held', 'minutes_published'] as const;

/** `all`: every meeting within clearance; `own`: a liaison, the meetings notified to `unitId`; `none`: nothing. */
export type MeetingScope = { kind: 'all' } | { kind: 'own'; unitId: string } | { kind: 'none' };

export function meetingScope(caller: CallerContext): MeetingScope {
  if (caller.unitId) return hasPermission(caller, MEETINGS_READ) ? { kind: 'own', unitId: caller.unitId } : { kind: 'none' };
  return [MEETINGS_READ, MEETINGS_MANAGE, MEETINGS_APPROVE].some((p) => hasPermission(caller, p)) ? { kind: 'all' } : { kind: 'none' };
}

/** The columns of a meeting that decide who sees it. */
export interface MeetingVisibility {
  secrecy_level: number;
  attendee_unit_ids: readonly string[];
  status: string;
}

/** Whether the caller may see this meeting (by id); within `scope`, never above the caller's clearance. */
export function canSeeMeeting(caller: CallerContext, meeting: MeetingVisibility, scope: MeetingScope = meetingScope(caller)): boolean {
  if (meeting.secrecy_level > caller.clearance) return false;
  if (scope.kind === 'all') return true;
  return scope.kind === 'own' && meeting.attendee_unit_ids.includes(scope.unitId) && (NOTIFIED_STATUSES as readonly string[]).includes(meeting.status);
}

/**
 * The same rule for lists, added to `where` over a `meeting` table (its alias, if any): clearance, and for a liaison their
 * unit among the attendees of a notified meeting. `scope` must not be `none` (refuse the caller before listing).
 */
export function addMeetingVisibility(where: Conditions, caller: CallerContext, scope: MeetingScope, alias?: string): Conditions {
  const c = (column: string) => (alias ? `${alias}.${column}` : column);
  where.add(`${c('secrecy_level')} <= ?`, caller.clearance);
  if (scope.kind === 'own') {
    where.add(`${c('attendee_unit_ids')} @> jsonb_build_array(?::text) AND ${c('status')} IN (${NOTIFIED_STATUSES.map((s) => `'${s}'`).join(', ')})`, scope.unitId);
  }
  return where;
}

/**
 * The title a caller may read of something a meeting booked (a room booking, a calendar entry, a clash): its own title
 * within the caller's clearance, `CLASSIFIED_MEETING_TITLE` above it. `secrecyLevel` is null for what no meeting booked.
 */
export function shownTitle(caller: CallerContext, title: string, secrecyLevel: number | null | undefined): string {
  return (secrecyLevel ?? 0) > caller.clearance ? CLASSIFIED_MEETING_TITLE : title;
}

/** Whose calendars a caller reads: every leader's, their own, or (a liaison) the meetings notified to their unit. */
export type LeaderCalendarScope = { kind: 'all' } | { kind: 'self'; userId: string } | { kind: 'unit'; unitId: string } | { kind: 'none' };

export function leaderCalendarScope(caller: CallerContext): LeaderCalendarScope {
  if (caller.unitId) return hasPermission(caller, MEETINGS_READ) ? { kind: 'unit', unitId: caller.unitId } : { kind: 'none' };
  if (hasPermission(caller, ACTIVITIES_READ) || hasPermission(caller, MEETINGS_READ)) return { kind: 'all' };
  if (caller.roles.includes('district_leader') || caller.roles.includes('office_leader')) return { kind: 'self', userId: caller.userId };
  return { kind: 'none' };
}

/** A mobile number as lists show it: `138****5678` (the first three and the last four digits). */
export function maskMobile(mobile: string): string {
  return mobile.length >= 7 ? `${mobile.slice(0, 3)}${'*'.repeat(mobile.length - 7)}${mobile.slice(-4)}` : '*'.repeat(mobile.length);
}
