import { IsIn, IsOptional, IsString, IsUUID, MaxLength, Min, MinLength } from 'class-validator';
import { eventSubject, IsInt32, IsOffsetDateTime, PageMeta, PageQuery, Versioned, VersionedRef, ApiProperty, ApiPropertyOptional } from '@gov/contracts-common';

/** 会议室: a room the office books for meetings. Never deleted: deactivated. */
export class RoomFields {
  @ApiProperty({ description: '会议室名称（唯一）', example: '区政府第一会议室' }) @IsString() @MinLength(2) @MaxLength(60) name: string;
  @ApiPropertyOptional({ description: '位置', example: '区政府办公楼三楼' }) @IsOptional() @IsString() @MaxLength(120) location?: string;
  @ApiPropertyOptional({ description: '容纳人数', example: 40 }) @IsOptional() @IsInt32() @Min(1) capacity?: number;
}

export const ROOM_STATUSES = ['active', 'inactive'] as const;
export type RoomStatus = (typeof ROOM_STATUSES)[number];

export class RoomView extends RoomFields {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: ROOM_STATUSES }) status: RoomStatus;
  @ApiProperty() version: number;
  @ApiProperty() createdAt: string;
  @ApiProperty() createdBy: string;
  @ApiProperty() updatedAt: string;
  @ApiProperty() updatedBy: string;
}

export const BOOKING_STATUSES = ['active', 'cancelled'] as const;
export type BookingStatus = (typeof BOOKING_STATUSES)[number];

/** 会议室预订: one room for one period; two active bookings of one room never overlap. */
export class RoomBookingView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) roomId: string;
  @ApiProperty() roomName: string;
  @ApiProperty({ description: '用途；密级高于查看人涉密等级的会议显示为「（涉密会议）」' }) title: string;
  @ApiProperty() startsAt: string;
  @ApiProperty() endsAt: string;
  @ApiPropertyOptional({ format: 'uuid', description: '所属会议（由会议预订时）', type: String, nullable: true }) meetingId: string | null;
  @ApiProperty({ enum: BOOKING_STATUSES }) status: BookingStatus;
  @ApiPropertyOptional({ type: String, nullable: true }) cancelReason: string | null;
  @ApiProperty({ description: '预订人' }) bookedBy: string;
  @ApiProperty({ description: '预订人姓名' }) bookedByName: string;
  @ApiProperty() version: number;
  @ApiProperty() createdAt: string;
  @ApiProperty() updatedAt: string;
  @ApiProperty() updatedBy: string;
}

export const RoomErrors = {
  notFound: { kind: 'not_found', code: 'ROOM.NOT_FOUND', title: '会议室不存在' },
  nameTaken: { kind: 'conflict', code: 'ROOM.NAME_TAKEN', title: '会议室名称已被使用' },
  inactive: { kind: 'rule_violation', code: 'ROOM.INACTIVE', title: '会议室已停用' },
  doubleBooked: { kind: 'conflict', code: 'ROOM.DOUBLE_BOOKED', title: '会议室该时段已被预订' },
  bookingNotFound: { kind: 'not_found', code: 'ROOM_BOOKING.NOT_FOUND', title: '预订不存在' },
  bookingCancelled: { kind: 'rule_violation', code: 'ROOM_BOOKING.CANCELLED', title: '预订已取消' },
  bookingOfMeeting: { kind: 'rule_violation', code: 'ROOM_BOOKING.OWNED_BY_MEETING', title: '该预订属于会议，请通过会议取消' },
  versionConflict: { kind: 'precondition_failed', code: 'ROOM.VERSION_CONFLICT', title: '记录已被他人修改' },
  forbidden: { kind: 'forbidden', code: 'ROOM.FORBIDDEN', title: '无权管理会议室' },
} as const;

export const RoomSubjects = {
  create: 'room.create',
  list: 'room.list',
  deactivate: 'room.deactivate',
  book: 'room.booking.create',
  cancelBooking: 'room.booking.cancel',
  listBookings: 'room.booking.list',
} as const;

export const RoomEvents = {
  created: eventSubject('duty-and-meetings', 'room.created'),
  deactivated: eventSubject('duty-and-meetings', 'room.deactivated'),
  booked: eventSubject('duty-and-meetings', 'room.booked'),
  bookingCancelled: eventSubject('duty-and-meetings', 'room.booking-cancelled'),
} as const;

export namespace CreateRoom {
  export class Request extends RoomFields {}
  export class Reply extends RoomView {}
}

export namespace DeactivateRoom {
  export class Request extends VersionedRef {}
  export class Reply extends RoomView {}
}

export namespace ListRooms {
  export class Request extends PageQuery {
    @ApiPropertyOptional({ enum: ROOM_STATUSES }) @IsOptional() @IsIn(ROOM_STATUSES) status?: RoomStatus;
  }
  export class Reply extends PageMeta {
    @ApiProperty({ type: [RoomView] }) items: RoomView[];
  }
}

export namespace BookRoom {
  export class Body {
    @ApiProperty({ description: '用途', example: '安全生产专题会' }) @IsString() @MinLength(2) @MaxLength(200) title: string;
    @ApiProperty({ description: '开始时间（ISO 8601）' }) @IsOffsetDateTime({ message: '开始时间应为 ISO 8601 时间' }) startsAt: string;
    @ApiProperty({ description: '结束时间（ISO 8601）' }) @IsOffsetDateTime({ message: '结束时间应为 ISO 8601 时间' }) endsAt: string;
  }
  export class Request extends Body {
    @ApiProperty({ format: 'uuid' }) @IsUUID() roomId: string;
  }
  export class Reply extends RoomBookingView {}
}

export namespace CancelRoomBooking {
  export class Body {
    @ApiProperty({ description: '取消原因' }) @IsString() @MinLength(2) @MaxLength(200) reason: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends RoomBookingView {}
}

export namespace ListRoomBookings {
  export class Request extends PageQuery {
    @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() roomId?: string;
    @ApiProperty({ description: '起始时间（ISO 8601）' }) @IsOffsetDateTime({ message: '起始时间应为 ISO 8601 时间' }) from: string;
    @ApiProperty({ description: '截止时间（ISO 8601）' }) @IsOffsetDateTime({ message: '截止时间应为 ISO 8601 时间' }) to: string;
  }
  export class Reply extends PageMeta {
    @ApiProperty({ type: [RoomBookingView] }) items: RoomBookingView[];
  }
}

/** Published on every room and booking change; no consumer yet (a future room display). */
export namespace RoomBooked {
  export class Event extends RoomBookingView {}
}
