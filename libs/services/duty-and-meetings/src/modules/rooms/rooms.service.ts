import { Injectable } from '@nestjs/common';
import { CommonErrors, hasPermission, pageOf, type CallerContext } from '@gov/contracts-common';
import {
  RoomErrors,
  RoomEvents,
  type BookRoom,
  type CancelRoomBooking,
  type CreateRoom,
  type DeactivateRoom,
  type ListRoomBookings,
  type ListRooms,
  type RoomBookingView,
  type RoomView,
  DutyAndMeetingsPermissions,
} from '@gov/contracts-duty-and-meetings';
import { DomainError, Transactions, type Tx } from '@gov/platform';
import { shownTitle } from '../../common/visibility.js';
import { beijingPeriod, type Period } from '../activities/agenda-rules.js';
import { LeaderAgenda } from '../activities/leader-agenda.js';
import { ScheduleHistory } from '../activities/schedule-history.js';
import { RoomsRepository, type BookingRow, type RoomRow } from './rooms.repository.js';

export const ROOMS_READ = DutyAndMeetingsPermissions.roomsRead;
export const ROOMS_BOOK = DutyAndMeetingsPermissions.roomsBook;
export const ROOMS_MANAGE = DutyAndMeetingsPermissions.roomsManage;

/**
 * 会议室 and their bookings. No double booking: a booking locks its room's row, then looks for an active
 * booking of that room that overlaps; two concurrent bookings of one room therefore check one after the other.
 */
@Injectable()
export class RoomsService {
  constructor(
    private readonly transactions: Transactions,
    private readonly agenda: LeaderAgenda,
    private readonly history: ScheduleHistory,
    private readonly rooms: RoomsRepository,
  ) {}

  async create(request: CreateRoom.Request, caller: CallerContext): Promise<RoomView> {
    this.assertManager(caller);
    return this.transactions.run(async (tx) => {
      const name = request.name.trim();
      if (await this.rooms.findByName(name, tx.manager)) throw new DomainError(RoomErrors.nameTaken, `已有名为「${name}」的会议室`);
      const row = await this.rooms.insertRoom({ name, location: request.location ?? null, capacity: request.capacity ?? null }, caller.username, tx.manager);
      return this.history.changed(tx, 'room', roomView(row), 'created', RoomEvents.created, caller);
    });
  }

  async deactivate(request: DeactivateRoom.Request, caller: CallerContext): Promise<RoomView> {
    this.assertManager(caller);
    return this.transactions.run(async (tx) => {
      const row = await this.rooms.deactivateIfVersion(request.id, request.expectedVersion, caller.username, tx.manager);
      if (!row) {
        const current = await this.lockRoom(request.id, tx);
        if (current.status === 'inactive') throw new DomainError(RoomErrors.inactive, '会议室已停用');
        throw new DomainError(RoomErrors.versionConflict, `会议室已被他人修改（当前版本 ${current.version}），请刷新后重试`);
      }
      return this.history.changed(tx, 'room', roomView(row), 'deactivated', RoomEvents.deactivated, caller);
    });
  }

  async list(request: ListRooms.Request, caller: CallerContext): Promise<ListRooms.Reply> {
    this.assertReader(caller);
    const page = pageOf(request);
    const { items, total } = await this.rooms.searchRooms({ ...page, status: request.status });
    return { items: items.map(roomView), total, ...page };
  }

  async book(request: BookRoom.Request, caller: CallerContext): Promise<RoomBookingView> {
    if (caller.unitId || !(hasPermission(caller, ROOMS_BOOK) || hasPermission(caller, ROOMS_MANAGE))) throw new DomainError(RoomErrors.forbidden, '无权预订会议室');
    const period = { startsAt: new Date(request.startsAt), endsAt: new Date(request.endsAt) };
    this.agenda.assertPeriod(period);
    return this.transactions.run((tx) => this.bookInTx(tx, request.roomId, request.title.trim(), period, null, caller));
  }

  /** Books a room inside the caller's transaction (used by meetings as well); refuses an overlap naming the holder. */
  async bookInTx(tx: Tx, roomId: string, title: string, period: Period, meetingId: string | null, caller: CallerContext): Promise<RoomBookingView> {
    const room = await this.lockRoom(roomId, tx);
    if (room.status !== 'active') throw new DomainError(RoomErrors.inactive, `会议室「${room.name}」已停用`);
    const holder = await this.rooms.findOverlappingBooking(roomId, period, tx.manager);
    if (holder) {
      // Names the holder, but not the title of a meeting above the caller's clearance.
      const message = `会议室「${room.name}」该时段已被预订：「${shownTitle(caller, holder.title, holder.secrecy_level)}」（${beijingPeriod({ startsAt: holder.starts_at, endsAt: holder.ends_at })}，预订人 ${holder.booked_by_name}）`;
      throw new DomainError(RoomErrors.doubleBooked, message, [{ field: 'roomId', code: 'double_booked', message }]);
    }
    const row = await this.rooms.insertBooking({ roomId, roomName: room.name, title, meetingId, ...period }, caller, tx.manager);
    return this.history.changed(tx, 'room_booking', bookingView(row), 'booked', RoomEvents.booked, caller, { roomId, meetingId });
  }

  async cancelBooking(request: CancelRoomBooking.Request, caller: CallerContext): Promise<RoomBookingView> {
    return this.transactions.run(async (tx) => {
      const current = await this.findBooking(request.id, tx);
      if (!current) throw new DomainError(RoomErrors.bookingNotFound, '预订不存在');
      // Only whoever booked it, or 综合科 (rooms:manage), may cancel; a meeting's booking goes with the meeting.
      if (current.booked_by !== caller.username && !hasPermission(caller, ROOMS_MANAGE)) throw new DomainError(RoomErrors.forbidden, '只能取消本人的预订');
      if (current.meeting_id) throw new DomainError(RoomErrors.bookingOfMeeting, '该预订属于会议，请通过取消会议释放会议室');
      if (current.version !== request.expectedVersion) throw new DomainError(RoomErrors.versionConflict, `预订已被他人修改（当前版本 ${current.version}），请刷新后重试`);
      return this.cancelInTx(tx, current, request.reason.trim(), caller);
    });
  }

  /** Frees a meeting's room when the meeting is cancelled. */
  async cancelForMeeting(tx: Tx, bookingId: string, reason: string, caller: CallerContext): Promise<void> {
    const current = await this.findBooking(bookingId, tx);
    if (current && current.status === 'active') await this.cancelInTx(tx, current, reason, caller);
  }

  async listBookings(request: ListRoomBookings.Request, caller: CallerContext): Promise<ListRoomBookings.Reply> {
    this.assertReader(caller);
    const page = pageOf(request);
    const { items, total } = await this.rooms.searchBookings({ ...page, roomId: request.roomId, startsAt: new Date(request.from), endsAt: new Date(request.to) });
    // Everyone who books rooms sees when a room is taken; a classified meeting's title only within their clearance.
    return { items: items.map((row) => ({ ...bookingView(row), title: shownTitle(caller, row.title, row.secrecy_level) })), total, ...page };
  }

  private async cancelInTx(tx: Tx, current: BookingRow, reason: string, caller: CallerContext): Promise<RoomBookingView> {
    const row = await this.rooms.cancelBooking(current, reason, caller.username, tx.manager);
    return this.history.changed(tx, 'room_booking', bookingView(row), 'cancelled', RoomEvents.bookingCancelled, caller, { reason });
  }

  private async lockRoom(id: string, tx: Tx): Promise<RoomRow> {
    const room = await this.rooms.findRoomForUpdate(id, tx.manager);
    if (!room) throw new DomainError(RoomErrors.notFound, '会议室不存在');
    return room;
  }

  private async findBooking(id: string, tx: Tx): Promise<BookingRow | undefined> {
    return this.rooms.findBookingForUpdate(id, tx.manager);
  }

  private assertManager(caller: CallerContext): void {
    if (caller.unitId || !hasPermission(caller, ROOMS_MANAGE)) throw new DomainError(RoomErrors.forbidden, '只有综合科可以管理会议室');
  }

  private assertReader(caller: CallerContext): void {
    if (caller.unitId || ![ROOMS_READ, ROOMS_BOOK, ROOMS_MANAGE].some((p) => hasPermission(caller, p))) throw new DomainError(CommonErrors.forbidden, '无权查看会议室');
  }
}

function roomView(row: RoomRow): RoomView {
  return {
    id: row.id,
    name: row.name,
    ...(row.location ? { location: row.location } : {}),
    ...(row.capacity ? { capacity: row.capacity } : {}),
    status: row.status,
    version: row.version,
    createdAt: row.created_at.toISOString(),
    createdBy: row.created_by,
    updatedAt: row.updated_at.toISOString(),
    updatedBy: row.updated_by,
  };
}

function bookingView(row: BookingRow): RoomBookingView {
  return {
    id: row.id,
    roomId: row.room_id,
    roomName: row.room_name,
    title: row.title,
    startsAt: row.starts_at.toISOString(),
    endsAt: row.ends_at.toISOString(),
    meetingId: row.meeting_id,
    status: row.status,
    cancelReason: row.cancel_reason,
    bookedBy: row.booked_by,
    bookedByName: row.booked_by_name,
    version: row.version,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    updatedBy: row.updated_by,
  };
}
