import { IsIn, IsOptional, IsString, IsUUID, MaxLength, Min, MinLength } from 'class-validator';
import { ApiProperty, ApiPropertyOptional, eventSubject, IsCalendarDate, IsInt32, PageMeta, PageQuery, RecordRef, Versioned } from '@gov/contracts-common';

/**
 * 门卫排班 (the guard roster of the compound's 安全保卫): who stands at which post, on which shift of which day. A guard
 * stands one post per shift; a shift cancelled is kept with its reason (nothing is deleted).
 *
 * scheduled 已排班 → cancelled 已取消 (with a reason).
 */
export const GUARD_SHIFT_STATUSES = ['scheduled', 'cancelled'] as const;
export type GuardShiftStatus = (typeof GUARD_SHIFT_STATUSES)[number];
export const GUARD_SHIFT_STATUS_LABELS: Record<GuardShiftStatus, string> = { scheduled: '已排班', cancelled: '已取消' };

/** The compound's two shifts (a night shift ends on the next morning). */
export const GUARD_SHIFT_KINDS = ['day', 'night'] as const;
export type GuardShiftKind = (typeof GUARD_SHIFT_KINDS)[number];
export const GUARD_SHIFT_KIND_LABELS: Record<GuardShiftKind, string> = { day: '白班（08:00—20:00）', night: '夜班（20:00—次日 08:00）' };

/** Who, where, which shift, which day. */
export class GuardShiftFields {
  @ApiProperty({ description: '值班日期（YYYY-MM-DD；夜班为开始当日）', example: '2026-12-07' })
  @IsCalendarDate({ message: 'date：日期格式必须为 YYYY-MM-DD' })
  date: string;

  @ApiProperty({ enum: GUARD_SHIFT_KINDS, description: '班次：day 白班 / night 夜班' })
  @IsIn(GUARD_SHIFT_KINDS, { message: 'shift：班次取值无效（白班 day 或夜班 night）' })
  shift: GuardShiftKind;

  @ApiProperty({ description: '岗位', example: '东门岗' })
  @IsString({ message: 'post：必须为文本' })
  @MinLength(2, { message: 'post：须写明岗位' })
  @MaxLength(50, { message: 'post：不超过 50 个字' })
  post: string;

  @ApiProperty({ description: '值班人员', example: '刘建国' })
  @IsString({ message: 'guardName：必须为文本' })
  @MinLength(2, { message: 'guardName：须写明值班人员姓名' })
  @MaxLength(50, { message: 'guardName：不超过 50 个字' })
  guardName: string;

  @ApiPropertyOptional({ description: '备注' })
  @IsOptional()
  @IsString({ message: 'note：必须为文本' })
  @MaxLength(500, { message: 'note：不超过 500 个字' })
  note?: string;
}

export class GuardShiftView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() date: string;
  @ApiProperty({ enum: GUARD_SHIFT_KINDS }) shift: GuardShiftKind;
  @ApiProperty() shiftLabel: string;
  @ApiProperty() post: string;
  @ApiProperty() guardName: string;
  @ApiPropertyOptional({ nullable: true, type: String }) note: string | null;
  @ApiProperty({ enum: GUARD_SHIFT_STATUSES, description: 'scheduled 已排班 / cancelled 已取消' }) status: GuardShiftStatus;
  @ApiProperty() statusLabel: string;
  @ApiPropertyOptional({ nullable: true, type: String, description: '取消理由' }) cancelReason: string | null;
  @ApiProperty({ description: '版本号（ETag）' }) version: number;
  @ApiProperty() createdAt: string;
  @ApiProperty({ description: '排班人' }) createdBy: string;
  @ApiProperty() updatedAt: string;
  @ApiProperty() updatedBy: string;
}

export const GuardShiftErrors = {
  notFound: { kind: 'not_found', code: 'GUARD_SHIFT.NOT_FOUND', title: '排班不存在' },
  versionConflict: { kind: 'precondition_failed', code: 'GUARD_SHIFT.VERSION_CONFLICT', title: '排班已被他人修改' },
  invalidState: { kind: 'rule_violation', code: 'GUARD_SHIFT.INVALID_STATE', title: '当前状态不能进行此操作' },
  guardBusy: { kind: 'conflict', code: 'GUARD_SHIFT.GUARD_BUSY', title: '该人员同一班次已有排班' },
} as const;

/** RPC subjects, under `rpc.facilities-and-vehicles.`. */
export const GuardShiftSubjects = {
  create: 'guard-shift.create',
  update: 'guard-shift.update',
  cancel: 'guard-shift.cancel',
  get: 'guard-shift.get',
  list: 'guard-shift.list',
} as const;

export namespace CreateGuardShift {
  export class Request extends GuardShiftFields {}
  export class Reply extends GuardShiftView {}
}

export namespace UpdateGuardShift {
  export class Body extends GuardShiftFields {}
  export class Request extends Versioned(Body) {}
  export class Reply extends GuardShiftView {}
}

export namespace CancelGuardShift {
  export class Body {
    @ApiProperty({ description: '取消理由' })
    @IsString({ message: 'reason：必须为文本' })
    @MinLength(2, { message: 'reason：取消须说明理由（至少 2 个字）' })
    @MaxLength(1000, { message: 'reason：不超过 1000 个字' })
    reason: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends GuardShiftView {}
}

export namespace GetGuardShift {
  export class Request extends RecordRef {}
  export class Reply extends GuardShiftView {}
}

export namespace ListGuardShifts {
  export class Request extends PageQuery {
    @ApiPropertyOptional({ enum: GUARD_SHIFT_STATUSES, description: '状态' })
    @IsOptional()
    @IsIn(GUARD_SHIFT_STATUSES, { message: 'status：取值无效' })
    status?: GuardShiftStatus;

    @ApiPropertyOptional({ description: '日期起（YYYY-MM-DD）' })
    @IsOptional()
    @IsCalendarDate({ message: 'from：日期格式必须为 YYYY-MM-DD' })
    from?: string;

    @ApiPropertyOptional({ description: '日期止（YYYY-MM-DD）' })
    @IsOptional()
    @IsCalendarDate({ message: 'to：日期格式必须为 YYYY-MM-DD' })
    to?: string;

    @ApiPropertyOptional({ description: '岗位、值班人员模糊搜索（支持中文）' })
    @IsOptional()
    @IsString({ message: 'q：必须为文本' })
    @MaxLength(40, { message: 'q：不超过 40 个字' })
    q?: string;
  }
  export class Reply extends PageMeta {
    @ApiProperty({ type: [GuardShiftView] }) items: GuardShiftView[];
  }
}

/** What the events of one shift carry: its snapshot with its version (consumers apply only newer ones). */
export class GuardShiftSnapshot {
  @ApiProperty() @IsUUID() id: string;
  @ApiProperty() @IsCalendarDate() date: string;
  @ApiProperty() @IsIn(GUARD_SHIFT_KINDS) shift: GuardShiftKind;
  @ApiProperty() @IsString() post: string;
  @ApiProperty() @IsIn(GUARD_SHIFT_STATUSES) status: GuardShiftStatus;
  @ApiProperty() @IsInt32() @Min(1) version: number;
}

export const GuardShiftEvents = {
  created: eventSubject('facilities-and-vehicles', 'guard-shift.created'),
  updated: eventSubject('facilities-and-vehicles', 'guard-shift.updated'),
  cancelled: eventSubject('facilities-and-vehicles', 'guard-shift.cancelled'),
} as const;

/** What each event means, for the catalogue of the events (tools/asyncapi): one sentence about the fact. */
export const GuardShiftEventDescriptions = {
  'guard-shift.created': { zh: '门卫排班', en: 'A guard was rostered for a post and shift.' },
  'guard-shift.updated': { zh: '门卫排班调整', en: 'A guard shift was changed.' },
  'guard-shift.cancelled': { zh: '门卫排班取消（注明理由，不删除）', en: 'A guard shift was cancelled, with a reason (never deleted).' },
} as const;

/** Published by facilities-and-vehicles when a shift is rostered, changed or cancelled; carries its snapshot (no guard name). */
export namespace GuardShiftChanged {
  export class Event extends GuardShiftSnapshot {}
}
