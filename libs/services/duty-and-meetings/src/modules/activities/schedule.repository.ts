import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { AgendaSource, LeaderRef } from '@gov/contracts-duty-and-meetings';
import { DATA_SOURCE, SCHEMA, selectPage, type Conditions, type Paged } from '@gov/platform';
import type { DataSource, EntityManager } from 'typeorm';
import type { HistoryRecordType } from './schedule-history.js';

export interface AgendaRow {
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

/** A leader's time a record books: which record, what, where and when. */
export interface Booking {
  source: AgendaSource;
  sourceId: string;
  title: string;
  location: string | null;
  startsAt: Date;
  endsAt: Date;
}

/** An entry with the 密级 of the meeting that booked it. */
const AGENDA_COLUMNS = 'a.*, m.secrecy_level';

/**
 * The only place that speaks SQL for what meetings, activities, rooms and leave share: the leaders' agenda, the
 * timeline of their records, and the check of unit ids against the unit directory.
 */
@Injectable()
export class ScheduleRepository {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(SCHEMA) private readonly schema: string,
  ) {}

  private t(table: string): string {
    return `"${this.schema}".${table}`;
  }

  private get agendaFrom(): string {
    return `${this.t('leader_agenda')} a LEFT JOIN ${this.t('meeting')} m ON a.source = 'meeting' AND m.id = a.source_id`;
  }

  /** The leader's row, created or renamed; it stays locked until commit, so one leader's bookings queue. */
  async upsertLeader(leader: LeaderRef, manager: EntityManager): Promise<void> {
    await manager.query(
      `INSERT INTO ${this.t('leader')} (user_id, name, updated_at) VALUES ($1, $2, now())
       ON CONFLICT (user_id) DO UPDATE SET name = EXCLUDED.name, updated_at = EXCLUDED.updated_at`,
      [leader.userId, leader.name.trim()],
    );
  }

  /** The active entries of the leaders that overlap the booking, other than the booking record's own. */
  async clashes(leaderUserIds: string[], booking: Booking, manager: EntityManager): Promise<AgendaRow[]> {
    return manager.query(
      `SELECT ${AGENDA_COLUMNS} FROM ${this.agendaFrom}
        WHERE a.leader_user_id = ANY($1::uuid[]) AND a.active AND a.starts_at < $3 AND a.ends_at > $2 AND NOT (a.source = $4 AND a.source_id = $5)
        ORDER BY a.starts_at, a.id`,
      [leaderUserIds, booking.startsAt, booking.endsAt, booking.source, booking.sourceId],
    );
  }

  /** Books the leader's time for the record (again active if it was released). */
  async book(leader: LeaderRef, booking: Booking, by: string, manager: EntityManager): Promise<void> {
    await manager.query(
      `INSERT INTO ${this.t('leader_agenda')} (id, leader_user_id, leader_name, source, source_id, title, location, starts_at, ends_at, active, created_at, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, true, now(), $10)
       ON CONFLICT (leader_user_id, source, source_id) DO UPDATE SET
         leader_name = EXCLUDED.leader_name, title = EXCLUDED.title, location = EXCLUDED.location, starts_at = EXCLUDED.starts_at,
         ends_at = EXCLUDED.ends_at, active = true, released_at = NULL, released_by = NULL`,
      [randomUUID(), leader.userId, leader.name.trim(), booking.source, booking.sourceId, booking.title, booking.location, booking.startsAt, booking.endsAt, by],
    );
  }

  async release(source: AgendaSource, sourceId: string, by: string, manager: EntityManager): Promise<void> {
    await manager.query(`UPDATE ${this.t('leader_agenda')} SET active = false, released_at = now(), released_by = $3 WHERE source = $1 AND source_id = $2 AND active`, [
      source,
      sourceId,
      by,
    ]);
  }

  /** A page of agenda entries under `where` (over `a`, the entry, and `m`, its meeting). */
  async agenda(where: Conditions, page: { limit: number; offset: number }): Promise<Paged<AgendaRow>> {
    return selectPage<AgendaRow>(this.dataSource, { columns: AGENDA_COLUMNS, from: this.agendaFrom, where, orderBy: 'a.starts_at, a.leader_name, a.id', ...page });
  }

  async insertHistory(
    line: { recordType: HistoryRecordType; recordId: string; action: string; version: number | null; detail: object; actor: string; actorName: string },
    manager: EntityManager,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO ${this.t('schedule_record_history')} (id, record_type, record_id, action, version, detail, actor, actor_name, at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, now())`,
      [randomUUID(), line.recordType, line.recordId, line.action, line.version, JSON.stringify(line.detail), line.actor, line.actorName],
    );
  }

  /** The active units of the directory among `ids`, with their names. */
  async activeUnits(ids: readonly string[], manager: EntityManager): Promise<{ id: string; name: string }[]> {
    return manager.query(`SELECT id, name FROM ${this.t('unit')} WHERE id = ANY($1::uuid[]) AND status = 'active'`, [ids]);
  }
}
