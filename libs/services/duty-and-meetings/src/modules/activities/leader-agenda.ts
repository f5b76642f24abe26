import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { CommonErrors, pageOf, type CallerContext, type FieldError } from '@gov/contracts-common';
import { LeaderScheduleErrors, type AgendaEntryView, type AgendaSource, type GetLeaderCalendar, type LeaderRef } from '@gov/contracts-duty-and-meetings';
import { DATA_SOURCE, DomainError, SCHEMA, type Tx, Conditions, selectPage } from '@gov/platform';
import type { DataSource } from 'typeorm';
import { addMeetingVisibility, leaderCalendarScope, shownTitle } from '../../common/visibility.js';
import { clashMessage, periodProblem, type Period } from './agenda-rules.js';

export { ACTIVITIES_READ, MEETINGS_READ } from '../../common/visibility.js';

export interface AgendaBooking extends Period {
  source: AgendaSource;
  sourceId: string;
  title: string;
  location: string | null;
}

interface AgendaRow {
  id: string;
  leader_user_id: string;
  leader_name: string;
  source: AgendaSource;
  source_id: string;
  title: string;
  location: string | null;
  starts_at: Date;
  ends_at: Date;
  /** The 密级 of the meeting that booked the entry; null for activities, receptions and absences. */
  secrecy_level: number | null;
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
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(SCHEMA) private readonly schema: string,
  ) {}

  assertPeriod(period: Period, field = 'endsAt'): void {
    const problem = periodProblem(period);
    if (problem) throw new DomainError(LeaderScheduleErrors.invalidPeriod, problem, [{ field, code: 'period', message: problem }]);
  }

  async book(tx: Tx, leaders: readonly LeaderRef[], booking: AgendaBooking, caller: CallerContext): Promise<void> {
    const unique = [...new Map(leaders.map((l) => [l.userId, l])).values()].sort((a, b) => a.userId.localeCompare(b.userId));
    if (!unique.length) return;
    // Locks in one order (by user id) so that two bookings of the same two leaders cannot deadlock.
    for (const leader of unique) {
      await tx.manager.query(
        `INSERT INTO "${this.schema}".leader (user_id, name, updated_at) VALUES ($1, $2, now())
         ON CONFLICT (user_id) DO UPDATE SET name = EXCLUDED.name, updated_at = EXCLUDED.updated_at`,
        [leader.userId, leader.name.trim()],
      );
    }
    const clashes: AgendaRow[] = await tx.manager.query(
      `SELECT ${this.columns()} FROM ${this.from()}
        WHERE a.leader_user_id = ANY($1::uuid[]) AND a.active AND a.starts_at < $3 AND a.ends_at > $2 AND NOT (a.source = $4 AND a.source_id = $5)
        ORDER BY a.starts_at, a.id`,
      [unique.map((l) => l.userId), booking.startsAt, booking.endsAt, booking.source, booking.sourceId],
    );
    if (clashes.length) {
      const errors: FieldError[] = clashes.map((row) => ({
        field: 'leaders',
        code: 'clash',
        // The clerk learns that the leader is taken, not the title of a meeting above their clearance.
        message: clashMessage(row.leader_name, { source: row.source, title: shownTitle(caller, row.title, row.secrecy_level), startsAt: row.starts_at, endsAt: row.ends_at }),
      }));
      throw new DomainError(LeaderScheduleErrors.clash, errors.map((e) => e.message).join('；'), errors);
    }
    for (const leader of unique) {
      await tx.manager.query(
        `INSERT INTO "${this.schema}".leader_agenda (id, leader_user_id, leader_name, source, source_id, title, location, starts_at, ends_at, active, created_at, created_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, true, now(), $10)
         ON CONFLICT (leader_user_id, source, source_id) DO UPDATE SET
           leader_name = EXCLUDED.leader_name, title = EXCLUDED.title, location = EXCLUDED.location, starts_at = EXCLUDED.starts_at,
           ends_at = EXCLUDED.ends_at, active = true, released_at = NULL, released_by = NULL`,
        [randomUUID(), leader.userId, leader.name.trim(), booking.source, booking.sourceId, booking.title, booking.location, booking.startsAt, booking.endsAt, caller.username],
      );
    }
  }

  /** Frees the leaders' time booked by one record (cancelled meeting or activity); the rows stay, inactive. */
  async release(tx: Tx, source: AgendaSource, sourceId: string, caller: CallerContext): Promise<void> {
    await tx.manager.query(
      `UPDATE "${this.schema}".leader_agenda SET active = false, released_at = now(), released_by = $3 WHERE source = $1 AND source_id = $2 AND active`,
      [source, sourceId, caller.username],
    );
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
    const { items, total } = await selectPage<AgendaRow>(this.dataSource, {
      columns: this.columns(),
      from: this.from(),
      where,
      orderBy: 'a.starts_at, a.leader_name, a.id',
      ...page,
    });
    return { items: items.map((row) => toView(row, caller)), total, ...page };
  }

  /** An entry with the 密级 of the meeting that booked it. */
  private columns(): string {
    return 'a.*, m.secrecy_level';
  }

  private from(): string {
    return `"${this.schema}".leader_agenda a LEFT JOIN "${this.schema}".meeting m ON a.source = 'meeting' AND m.id = a.source_id`;
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
