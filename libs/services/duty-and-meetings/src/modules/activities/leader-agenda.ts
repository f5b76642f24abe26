import { Injectable } from '@nestjs/common';
import { CommonErrors, pageOf, type CallerContext, type FieldError } from '@gov/contracts-common';
import { LeaderScheduleErrors, type AgendaEntryView, type AgendaSource, type GetLeaderCalendar, type LeaderRef } from '@gov/contracts-duty-and-meetings';
import { DomainError, type Tx, Conditions } from '@gov/platform';
import { addMeetingVisibility, leaderCalendarScope, shownTitle } from '../../common/visibility.js';
import { clashMessage, periodProblem, type Period } from './agenda-rules.js';
import { ScheduleRepository, type AgendaRow } from './schedule.repository.js';

export { ACTIVITIES_READ, MEETINGS_READ } from '../../common/visibility.js';

export interface AgendaBooking extends Period {
  source: AgendaSource;
  sourceId: string;
  title: string;
  location: string | null;
}


/**
 * 领导日程: each leader's bookings, whatever books them (meetings, activities, receptions, a leader's own
 * absence). A booking that runs into another of the same leader is refused with the other entry named.
 * Concurrency: the booking upserts the leader's row first, which locks it until commit, so two bookings of
 * one leader run their check one after the other (READ COMMITTED: the second sees the first's row).
 */
@Injectable()
export class LeaderAgenda {
  constructor(
    private readonly schedule: ScheduleRepository,
  ) {}

  assertPeriod(period: Period, field = 'endsAt'): void {
    const problem = periodProblem(period);
    if (problem) throw new DomainError(LeaderScheduleErrors.invalidPeriod, problem, [{ field, code: 'period', message: problem }]);
  }

  /**
   * Books the leaders' time. A clash is refused (422) — unless `onClash` is 'record': a booking another section
   * already decided (a scheduled 外宾接待) goes on the calendar anyway, and the clashes are answered for its timeline,
   * for 综合科 to resolve.
   */
  async book(tx: Tx, leaders: readonly LeaderRef[], booking: AgendaBooking, caller: CallerContext, onClash: 'refuse' | 'record' = 'refuse'): Promise<string[]> {
    const unique = [...new Map(leaders.map((l) => [l.userId, l])).values()].sort((a, b) => a.userId.localeCompare(b.userId));
    if (!unique.length) return [];
    // Locks in one order (by user id) so that two bookings of the same two leaders cannot deadlock.
    for (const leader of unique) await this.schedule.upsertLeader(leader, tx.manager);
    const clashes = await this.schedule.clashes(unique.map((l) => l.userId), booking, tx.manager);
    if (clashes.length && onClash === 'record') {
      const clashNotes = clashes.map((row) => clashMessage(row.leader_name, { source: row.source, title: shownTitle(caller, row.title, row.secrecy_level), startsAt: row.starts_at, endsAt: row.ends_at }));
      for (const leader of unique) await this.schedule.book(leader, booking, caller.username, tx.manager);
      return clashNotes;
    }
    if (clashes.length) {
      const errors: FieldError[] = clashes.map((row) => ({
        field: 'leaders',
        code: 'clash',
        // The clerk learns that the leader is taken, not the title of a meeting above their clearance.
        message: clashMessage(row.leader_name, { source: row.source, title: shownTitle(caller, row.title, row.secrecy_level), startsAt: row.starts_at, endsAt: row.ends_at }),
      }));
      throw new DomainError(LeaderScheduleErrors.clash, errors.map((e) => e.message).join('；'), errors);
    }
    for (const leader of unique) await this.schedule.book(leader, booking, caller.username, tx.manager);
    return [];
  }

  /** Frees the leaders' time booked by one record (cancelled meeting or activity); the rows stay, inactive. */
  async release(tx: Tx, source: AgendaSource, sourceId: string, caller: CallerContext): Promise<void> {
    await this.schedule.release(source, sourceId, caller.username, tx.manager);
  }

  /**
   * The calendar of one leader or of all leaders over a period, as `leaderCalendarScope` allows: the office's readers see
   * every leader, a leader their own calendar, a unit's liaison only the meetings their unit was notified of (within
   * their clearance). An entry of a meeting above the reader's clearance shows as 「（涉密会议）」.
   */
  async calendar(request: GetLeaderCalendar.Request, caller: CallerContext): Promise<GetLeaderCalendar.Reply> {
    const scope = leaderCalendarScope(caller);
    if (scope.kind === 'none') throw new DomainError(CommonErrors.forbidden, '无权查看领导日程');
    if (scope.kind === 'self' && request.leaderUserId && request.leaderUserId !== caller.userId) {
      throw new DomainError(LeaderScheduleErrors.forbidden, '只能查看本人的日程');
    }
    const leaderUserId = scope.kind === 'self' ? scope.userId : request.leaderUserId;
    const period = { startsAt: new Date(request.from), endsAt: new Date(request.to) };
    const problem = periodProblem(period, 366);
    if (problem) throw new DomainError(LeaderScheduleErrors.invalidPeriod, problem, [{ field: 'to', code: 'period', message: problem }]);
    const page = pageOf(request);
    const where = new Conditions().add('a.active AND a.starts_at < ?', period.endsAt).add('a.ends_at > ?', period.startsAt);
    if (leaderUserId) where.add('a.leader_user_id = ?', leaderUserId);
    if (scope.kind === 'unit') {
      // A liaison: the entries of the meetings their unit may see, nothing else of the leaders' time.
      where.add('a.source = ?', 'meeting');
      addMeetingVisibility(where, caller, { kind: 'own', unitId: scope.unitId }, 'm');
    }
    const { items, total } = await this.schedule.agenda(where, page);
    return { items: items.map((row) => toView(row, caller)), total, ...page };
  }
}

function toView(row: AgendaRow, caller: CallerContext): AgendaEntryView {
  return {
    id: row.id,
    leaderUserId: row.leader_user_id,
    leaderName: row.leader_name,
    source: row.source,
    sourceId: row.source_id,
    title: shownTitle(caller, row.title, row.secrecy_level),
    location: row.location,
    startsAt: row.starts_at.toISOString(),
    endsAt: row.ends_at.toISOString(),
  };
}
