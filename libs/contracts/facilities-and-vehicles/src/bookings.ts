import { IsIn, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import { ApiProperty, ApiPropertyOptional, eventSubject, IsInt32, IsOffsetDateTime, PageMeta, PageQuery, RecordRef, Versioned } from '@gov/contracts-common';

/**
 * 公车平台: a 用车申请 (booking) is approved (an extra approval by the section chief when the trip touches a rest day of
 * the calendar: 休 days, not the 班 make-up working days), dispatched with a car of the register and a driver that are
 * free for its time (a 派车单 is issued), and completed when the car returns with its mileage and costs.
 *
 * requested 待审批 → approved 已批准 → dispatched 已派车 → completed 已完成;
 * requested → rejected 不予批准; requested | approved | dispatched → withdrawn 已撤回 (with a reason; nothing is deleted).
 */
export const BOOKING_STATUSES = ['requested', 'approved', 'dispatched', 'completed', 'rejected', 'withdrawn'] as const;
export type BookingStatus = (typeof BOOKING_STATUSES)[number];
export const BOOKING_STATUS_LABELS: Record<BookingStatus, string> = {
  requested: '待审批',
  approved: '已批准',
  dispatched: '已派车',
  completed: '已完成',
  rejected: '不予批准',
  withdrawn: '已撤回',
};

/** The fields a caller gives of one 用车申请. */
export class BookingFields {
  @ApiProperty({ description: '用车事由', example: '赴池上镇督查安全生产工作' })
  @IsString({ message: 'purpose：必须为文本' })
  @MinLength(2, { message: 'purpose：至少 2 个字' })
  @MaxLength(500, { message: 'purpose：不超过 500 个字' })
  purpose: string;

  @ApiProperty({ description: '出发地', example: '区政府' })
  @IsString({ message: 'origin：必须为文本' })
  @MinLength(2, { message: 'origin：至少 2 个字' })
  @MaxLength(200, { message: 'origin：不超过 200 个字' })
  origin: string;

  @ApiProperty({ description: '目的地', example: '池上镇政府' })
  @IsString({ message: 'destination：必须为文本' })
  @MinLength(2, { message: 'destination：至少 2 个字' })
  @MaxLength(200, { message: 'destination：不超过 200 个字' })
  destination: string;

  @ApiProperty({ description: '出车时间（ISO 8601）' })
  @IsOffsetDateTime({ message: 'startsAt：应为 ISO 8601 时间' })
  startsAt: string;

  @ApiProperty({ description: '预计返回时间（ISO 8601）' })
  @IsOffsetDateTime({ message: 'endsAt：应为 ISO 8601 时间' })
  endsAt: string;

  @ApiProperty({ description: '乘车人数', example: 2 })
  @IsInt32({ message: 'passengers：必须为整数' })
  @Min(1, { message: 'passengers：至少 1 人' })
  @Max(50, { message: 'passengers：不超过 50 人' })
  passengers: number;

  @ApiProperty({ description: '乘车人（姓名，逗号分隔）', example: '张三，李四' })
  @IsString({ message: 'riders：必须为文本' })
  @MinLength(2, { message: 'riders：须写明乘车人' })
  @MaxLength(500, { message: 'riders：不超过 500 个字' })
  riders: string;
}

export class BookingCreateFields extends BookingFields {
  @ApiPropertyOptional({ format: 'uuid', description: '用车单位（联络员为本单位，可不填；机关事务管理科可代为登记）' })
  @IsOptional()
  @IsUUID('all', { message: 'unitId：单位 ID 格式不正确' })
  unitId?: string;
}

export class BookingTimelineEntry {
  @ApiProperty() step: string;
  @ApiProperty() label: string;
  @ApiProperty() actor: string;
  @ApiProperty() at: string;
  @ApiPropertyOptional({ nullable: true, type: String }) note: string | null;
}

export class BookingView extends BookingFields {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiPropertyOptional({ description: '用车单位（机关事务管理科登记的区政府办公室用车为空）', nullable: true, type: String }) unitId: string | null;
  @ApiProperty({ description: '申请人' }) requestedBy: string;
  @ApiProperty({ enum: BOOKING_STATUSES, description: 'requested 待审批 / approved 已批准 / dispatched 已派车 / completed 已完成 / rejected 不予批准 / withdrawn 已撤回' }) status: BookingStatus;
  @ApiProperty() statusLabel: string;
  @ApiProperty({ description: '是否涉及休息日、节假日（须科长加签）' }) restDayUse: boolean;
  @ApiProperty({ description: '休息日、节假日的判断依据（日历）', type: [String] }) restDayExplanation: string[];
  @ApiPropertyOptional({ nullable: true, description: '审批人', type: String }) approvedBy: string | null;
  @ApiPropertyOptional({ nullable: true, description: '审批意见（节假日用车的加签说明）', type: String }) approvalNote: string | null;
  @ApiPropertyOptional({ nullable: true, description: '派车单号', type: String }) dispatchNumber: string | null;
  @ApiPropertyOptional({ nullable: true, format: 'uuid', type: String }) vehicleId: string | null;
  @ApiPropertyOptional({ nullable: true, description: '号牌', type: String }) vehiclePlate: string | null;
  @ApiPropertyOptional({ nullable: true, format: 'uuid', type: String }) driverId: string | null;
  @ApiPropertyOptional({ nullable: true, description: '驾驶员', type: String }) driverName: string | null;
  @ApiPropertyOptional({ nullable: true, description: '出车里程（公里）', type: Number }) mileageStartKm: number | null;
  @ApiPropertyOptional({ nullable: true, description: '收车里程（公里）', type: Number }) mileageEndKm: number | null;
  @ApiPropertyOptional({ nullable: true, description: '行驶里程（公里）', type: Number }) distanceKm: number | null;
  @ApiPropertyOptional({ nullable: true, description: '燃油费（分）', type: Number }) fuelCostFen: number | null;
  @ApiPropertyOptional({ nullable: true, description: '通行费（分）', type: Number }) tollFen: number | null;
  @ApiPropertyOptional({ nullable: true, description: '停车费（分）', type: Number }) parkingFen: number | null;
  @ApiPropertyOptional({ nullable: true, description: '实际返回时间', type: String }) returnedAt: string | null;
  @ApiPropertyOptional({ nullable: true, description: '不予批准或撤回的理由', type: String }) reason: string | null;
  @ApiProperty({ type: [BookingTimelineEntry], description: '办理经过（详情中给出，列表为空）' }) timeline: BookingTimelineEntry[];
  @ApiProperty({ description: '版本号（ETag）' }) version: number;
  @ApiProperty() createdAt: string;
  @ApiProperty() createdBy: string;
  @ApiProperty() updatedAt: string;
  @ApiProperty() updatedBy: string;
}

export const BookingErrors = {
  notFound: { kind: 'not_found', code: 'BOOKING.NOT_FOUND', title: '用车申请不存在' },
  versionConflict: { kind: 'precondition_failed', code: 'BOOKING.VERSION_CONFLICT', title: '用车申请已被他人修改' },
  invalidState: { kind: 'rule_violation', code: 'BOOKING.INVALID_STATE', title: '当前状态不能进行此操作' },
  badTimes: { kind: 'rule_violation', code: 'BOOKING.BAD_TIMES', title: '用车时间不正确' },
  restDayApproval: { kind: 'rule_violation', code: 'BOOKING.REST_DAY_APPROVAL', title: '节假日用车须科长加签' },
  vehicleBusy: { kind: 'conflict', code: 'BOOKING.VEHICLE_BUSY', title: '车辆在该时段已有派车' },
  driverBusy: { kind: 'conflict', code: 'BOOKING.DRIVER_BUSY', title: '驾驶员在该时段已有派车' },
  vehicleUnavailable: { kind: 'rule_violation', code: 'BOOKING.VEHICLE_UNAVAILABLE', title: '车辆不在用' },
  driverUnavailable: { kind: 'rule_violation', code: 'BOOKING.DRIVER_UNAVAILABLE', title: '驾驶员不在岗' },
  badMileage: { kind: 'rule_violation', code: 'BOOKING.BAD_MILEAGE', title: '里程不正确' },
} as const;

/** RPC subjects, under `rpc.facilities-and-vehicles.`. */
export const BookingSubjects = {
  create: 'booking.create',
  approve: 'booking.approve',
  reject: 'booking.reject',
  dispatch: 'booking.dispatch',
  complete: 'booking.complete',
  withdraw: 'booking.withdraw',
  get: 'booking.get',
  list: 'booking.list',
  available: 'booking.available',
  board: 'booking.board',
  listDrivers: 'driver.list',
  createDriver: 'driver.create',
} as const;

export namespace CreateBooking {
  export class Request extends BookingCreateFields {}
  export class Reply extends BookingView {}
}

export namespace ApproveBooking {
  export class Body {
    @ApiPropertyOptional({ description: '审批意见；节假日用车须写明加签理由' })
    @IsOptional()
    @IsString({ message: 'note：必须为文本' })
    @MaxLength(1000, { message: 'note：不超过 1000 个字' })
    note?: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends BookingView {}
}

export class BookingReasonBody {
  @ApiProperty({ description: '理由' })
  @IsString({ message: 'reason：必须为文本' })
  @MinLength(2, { message: 'reason：须说明理由（至少 2 个字）' })
  @MaxLength(1000, { message: 'reason：不超过 1000 个字' })
  reason: string;
}

export namespace RejectBooking {
  export class Body extends BookingReasonBody {}
  export class Request extends Versioned(Body) {}
  export class Reply extends BookingView {}
}

export namespace WithdrawBooking {
  export class Body extends BookingReasonBody {}
  export class Request extends Versioned(Body) {}
  export class Reply extends BookingView {}
}

export namespace DispatchBooking {
  export class Body {
    @ApiProperty({ format: 'uuid', description: '车辆（台账中在用的车辆）' }) @IsUUID('all', { message: 'vehicleId：车辆 ID 格式不正确' }) vehicleId: string;
    @ApiProperty({ format: 'uuid', description: '驾驶员' }) @IsUUID('all', { message: 'driverId：驾驶员 ID 格式不正确' }) driverId: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends BookingView {}
}

export namespace CompleteBooking {
  export class Body {
    @ApiProperty({ description: '出车里程（公里）' }) @IsInt32({ message: 'mileageStartKm：必须为整数' }) @Min(0, { message: 'mileageStartKm：不能为负数' }) mileageStartKm: number;
    @ApiProperty({ description: '收车里程（公里）' }) @IsInt32({ message: 'mileageEndKm：必须为整数' }) @Min(0, { message: 'mileageEndKm：不能为负数' }) mileageEndKm: number;
    @ApiProperty({ description: '燃油费（分）' }) @IsInt32({ message: 'fuelCostFen：须为整数（分）' }) @Min(0, { message: 'fuelCostFen：不能为负数' }) fuelCostFen: number;
    @ApiProperty({ description: '通行费（分）' }) @IsInt32({ message: 'tollFen：须为整数（分）' }) @Min(0, { message: 'tollFen：不能为负数' }) tollFen: number;
    @ApiProperty({ description: '停车费（分）' }) @IsInt32({ message: 'parkingFen：须为整数（分）' }) @Min(0, { message: 'parkingFen：不能为负数' }) parkingFen: number;
    @ApiProperty({ description: '实际返回时间（ISO 8601）' }) @IsOffsetDateTime({ message: 'returnedAt：应为 ISO 8601 时间' }) returnedAt: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends BookingView {}
}

export namespace GetBooking {
  export class Request extends RecordRef {}
  export class Reply extends BookingView {}
}

export namespace ListBookings {
  export class Request extends PageQuery {
    @ApiPropertyOptional({ enum: BOOKING_STATUSES, description: '状态' })
    @IsOptional()
    @IsIn(BOOKING_STATUSES, { message: 'status：取值无效' })
    status?: BookingStatus;

    @ApiPropertyOptional({ description: '事由、目的地模糊搜索（支持中文）' })
    @IsOptional()
    @IsString({ message: 'q：必须为文本' })
    @MaxLength(40, { message: 'q：不超过 40 个字' })
    q?: string;
  }
  export class Reply extends PageMeta {
    @ApiProperty({ type: [BookingView] }) items: BookingView[];
  }
}

export class FreeVehicle {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiPropertyOptional({ nullable: true, type: String }) plate: string | null;
  @ApiProperty() model: string;
  @ApiProperty() categoryLabel: string;
}

export class DriverView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ description: '姓名' }) name: string;
  @ApiProperty({ description: '手机号（掩码）' }) mobileMasked: string;
  @ApiProperty({ description: '准驾车型' }) licenceClass: string;
  @ApiProperty({ description: '在岗' }) active: boolean;
  @ApiProperty() createdAt: string;
  @ApiProperty() createdBy: string;
}

/** The cars of the register in service and the drivers on duty that are free for the booking's time: the suggestions of the dispatch. */
export namespace AvailableForBooking {
  export class Request extends RecordRef {}
  export class Reply {
    @ApiProperty({ type: [FreeVehicle] }) vehicles: FreeVehicle[];
    @ApiProperty({ type: [DriverView] }) drivers: DriverView[];
  }
}

export class BoardTrip {
  @ApiProperty({ format: 'uuid' }) bookingId: string;
  @ApiProperty() dispatchNumber: string;
  @ApiProperty() startsAt: string;
  @ApiProperty() endsAt: string;
  @ApiProperty() destination: string;
  @ApiProperty({ format: 'uuid' }) vehicleId: string;
  @ApiProperty({ format: 'uuid' }) driverId: string;
  @ApiProperty() driverName: string;
  @ApiProperty({ enum: BOOKING_STATUSES }) status: BookingStatus;
}

/** 派车看板: the dispatched and completed trips of a day or week, per car and driver. */
export namespace BookingBoard {
  export class Request {
    @ApiProperty({ description: '起始时间（ISO 8601）' }) @IsOffsetDateTime({ message: 'from：应为 ISO 8601 时间' }) from: string;
    @ApiProperty({ description: '截止时间（ISO 8601；不超过 31 天）' }) @IsOffsetDateTime({ message: 'to：应为 ISO 8601 时间' }) to: string;
  }
  export class Reply {
    @ApiProperty({ type: [BoardTrip] }) trips: BoardTrip[];
    @ApiProperty({ type: [FreeVehicle], description: '在用车辆' }) vehicles: FreeVehicle[];
  }
}

export namespace ListDrivers {
  export class Request {}
  export class Reply {
    @ApiProperty({ type: [DriverView] }) items: DriverView[];
  }
}

export namespace CreateDriver {
  export class Request {
    @ApiProperty({ description: '姓名' }) @IsString({ message: 'name：必须为文本' }) @MinLength(2, { message: 'name：至少 2 个字' }) @MaxLength(50, { message: 'name：不超过 50 个字' }) name: string;
    @ApiProperty({ description: '手机号（加密保存，列表中掩码显示）' }) @Matches(/^1\d{10}$/, { message: 'mobile：手机号须为 11 位数字' }) mobile: string;
    @ApiProperty({ description: '准驾车型', example: 'C1' }) @Matches(/^[A-D][1-3]?[A-Z]?$/, { message: 'licenceClass：准驾车型格式不正确（如 C1、B2、A1）' }) licenceClass: string;
  }
  export class Reply extends DriverView {}
}

/** What the events of one 用车申请 carry: its snapshot with its version (consumers apply only newer ones). */
export class BookingSnapshot {
  @ApiProperty() @IsUUID() id: string;
  @ApiPropertyOptional({ nullable: true, type: String }) @IsOptional() @IsUUID() unitId: string | null;
  @ApiProperty() @IsString() purpose: string;
  @ApiProperty() @IsOffsetDateTime() startsAt: string;
  @ApiProperty() @IsOffsetDateTime() endsAt: string;
  @ApiPropertyOptional({ nullable: true, type: String }) @IsOptional() @IsUUID() vehicleId: string | null;
  @ApiProperty() @IsIn(BOOKING_STATUSES) status: BookingStatus;
  @ApiProperty() @IsInt32() @Min(1) version: number;
}

export const BookingEvents = {
  created: eventSubject('facilities-and-vehicles', 'booking.created'),
  approved: eventSubject('facilities-and-vehicles', 'booking.approved'),
  rejected: eventSubject('facilities-and-vehicles', 'booking.rejected'),
  dispatched: eventSubject('facilities-and-vehicles', 'booking.dispatched'),
  completed: eventSubject('facilities-and-vehicles', 'booking.completed'),
  withdrawn: eventSubject('facilities-and-vehicles', 'booking.withdrawn'),
} as const;

/** What each event means, for the catalogue of the events (tools/asyncapi): one sentence about the fact. */
export const BookingEventDescriptions = {
  'booking.created': { zh: '提出用车申请', en: 'A car booking was requested.' },
  'booking.approved': { zh: '用车申请获批', en: 'A car booking was approved.' },
  'booking.rejected': { zh: '用车申请不予批准（注明理由）', en: 'A car booking was refused, with a reason.' },
  'booking.dispatched': { zh: '派车（车辆、驾驶员，签发派车单）', en: 'A car and a driver were dispatched for a booking.' },
  'booking.completed': { zh: '收车登记（里程、费用），用车完成', en: 'A booked trip returned with its mileage and costs.' },
  'booking.withdrawn': { zh: '用车申请被撤回（注明理由，不删除）', en: 'A car booking was withdrawn, with a reason (never deleted).' },
} as const;

/** Published by facilities-and-vehicles at each step of a 用车申请; carries its snapshot. */
export namespace BookingChanged {
  export class Event extends BookingSnapshot {}
}
