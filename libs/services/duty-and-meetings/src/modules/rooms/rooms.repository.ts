import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { BookingStatus, RoomStatus } from '@gov/contracts-duty-and-meetings';
import { DATA_SOURCE, SCHEMA, Conditions, rowById, selectPage, updateReturning } from '@gov/platform';
import type { DataSource, EntityManager } from 'typeorm';
import type { Period } from '../activities/agenda-rules.js';

export interface RoomRow {
  id: string;
  name: string;
  location: string | null;
  capacity: number | null;
  status: RoomStatus;
  version: number;
  created_at: Date;
  created_by: string;
  updated_at: Date;
  updated_by: string;
}

export interface BookingRow {
  id: string;
  room_id: string;
  room_name: string;
  title: string;
  starts_at: Date;
  ends_at: Date;
  meeting_id: string | null;
  status: BookingStatus;
  cancel_reason: string | null;
  booked_by: string;
  booked_by_name: string;
  /** The 密级 of the meeting that booked the room; null for a booking of no meeting. */
  secrecy_level: number | null;
  version: number;
  created_at: Date;
  updated_at: Date;
  updated_by: string;
}

/** The only place that speaks SQL for rooms and bookings. */
@Injectable()
export class RoomsRepository {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(SCHEMA) private readonly schema: string,
  ) {}

  async findByName(name: string, manager: EntityManager): Promise<{ id: string } | undefined> {
    const [row] = await manager.query(`SELECT id FROM "${this.schema}".meeting_room WHERE name = $1`, [name]);
    return row;
  }

  async insertRoom(fields: { name: string; location: string | null; capacity: number | null }, createdBy: string, manager: EntityManager): Promise<RoomRow> {
    const [row]: RoomRow[] = await manager.query(
      `INSERT INTO "${this.schema}".meeting_room (id, name, location, capacity, status, version, created_at, created_by, updated_at, updated_by)
       VALUES ($1, $2, $3, $4, 'active', 1, now(), $5, now(), $5) RETURNING *`,
      [randomUUID(), fields.name, fields.location, fields.capacity, createdBy],
    );
    return row;
  }

  async deactivateIfVersion(id: string, expectedVersion: number, username: string, manager: EntityManager): Promise<RoomRow | undefined> {
    const [row] = await updateReturning<RoomRow>(
      manager,
      `UPDATE "${this.schema}".meeting_room SET status = 'inactive', version = version + 1, updated_at = now(), updated_by = $3
        WHERE id = $1 AND version = $2 AND status = 'active' RETURNING *`,
      [id, expectedVersion, username],
    );
    return row;
  }

  /** Locks the room: bookings of one room check for overlaps one at a time. */
  async findRoomForUpdate(id: string, manager: EntityManager): Promise<RoomRow | null> {
    return rowById(manager, `"${this.schema}".meeting_room`, id, true);
  }

  async searchRooms(filter: { status?: RoomStatus; limit: number; offset: number }): Promise<{ items: RoomRow[]; total: number }> {
    const where = new Conditions();
    if (filter.status) where.add('status = ?', filter.status);
    return selectPage<RoomRow>(this.dataSource, { from: `"${this.schema}".meeting_room`, where, orderBy: 'name, id', limit: filter.limit, offset: filter.offset });
  }

  /** The first active booking of the room that overlaps the period (half-open), if any. */
  async findOverlappingBooking(roomId: string, period: Period, manager: EntityManager): Promise<BookingRow | undefined> {
    const [holder]: BookingRow[] = await manager.query(
      `${this.selectBooking()} WHERE b.room_id = $1 AND b.status = 'active' AND b.starts_at < $3 AND b.ends_at > $2 ORDER BY b.starts_at LIMIT 1`,
      [roomId, period.startsAt, period.endsAt],
    );
    return holder;
  }

  async insertBooking(
    booking: { roomId: string; roomName: string; title: string; meetingId: string | null } & Period,
    bookedBy: { username: string; displayName: string },
    manager: EntityManager,
  ): Promise<BookingRow> {
    const [row]: BookingRow[] = await manager.query(
      `INSERT INTO "${this.schema}".room_booking (id, room_id, title, starts_at, ends_at, meeting_id, status, booked_by, booked_by_name, version, created_at, created_by, updated_at, updated_by)
       VALUES ($1, $2, $3, $4, $5, $6, 'active', $7, $8, 1, now(), $7, now(), $7)
       RETURNING *, $9::text AS room_name, (SELECT m.secrecy_level FROM "${this.schema}".meeting m WHERE m.id = meeting_id) AS secrecy_level`,
      [randomUUID(), booking.roomId, booking.title, booking.startsAt, booking.endsAt, booking.meetingId, bookedBy.username, bookedBy.displayName, booking.roomName],
    );
    return row;
  }

  async cancelBooking(current: BookingRow, reason: string, username: string, manager: EntityManager): Promise<BookingRow> {
    const [row] = await updateReturning<BookingRow>(
      manager,
      `UPDATE "${this.schema}".room_booking SET status = 'cancelled', cancel_reason = $2, version = version + 1, updated_at = now(), updated_by = $3
        WHERE id = $1 RETURNING *, $4::text AS room_name, $5::int AS secrecy_level`,
      [current.id, reason, username, current.room_name, current.secrecy_level],
    );
    return row;
  }

  async findBookingForUpdate(id: string, manager: EntityManager): Promise<BookingRow | undefined> {
    const [row]: BookingRow[] = await manager.query(`${this.selectBooking()} WHERE b.id = $1 FOR UPDATE OF b`, [id]);
    return row;
  }

  async searchBookings(filter: { roomId?: string; limit: number; offset: number } & Period): Promise<{ items: BookingRow[]; total: number }> {
    // Active bookings overlapping the period (half-open).
    const where = new Conditions().add('b.status = ?', 'active').add('b.ends_at > ?', filter.startsAt).add('b.starts_at < ?', filter.endsAt);
    if (filter.roomId) where.add('b.room_id = ?', filter.roomId);
    return selectPage<BookingRow>(this.dataSource, { ...this.bookingColumnsAndFrom(), where, orderBy: 'b.starts_at, r.name, b.id', limit: filter.limit, offset: filter.offset });
  }

  private selectBooking(): string {
    const { columns, from } = this.bookingColumnsAndFrom();
    return `SELECT ${columns} FROM ${from}`;
  }

  /** A booking with its room's name and the 密级 of the meeting that booked it. */
  private bookingColumnsAndFrom(): { columns: string; from: string } {
    return {
      columns: 'b.*, r.name AS room_name, m.secrecy_level',
      from: `"${this.schema}".room_booking b JOIN "${this.schema}".meeting_room r ON r.id = b.room_id LEFT JOIN "${this.schema}".meeting m ON m.id = b.meeting_id`,
    };
  }
}
