import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsNumber, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { ApiProperty, ApiPropertyOptional, eventSubject, IsCalendarDate, IsInt32, PageMeta, PageQuery, RecordRef, Versioned } from '@gov/contracts-common';

/**
 * 办公用房: the rooms of the district's office buildings with their usable area and use, and the people each office
 * room is allocated to, against the per-person standard by rank (《党政机关办公用房建设标准》 县级机关; versioned
 * configuration). An allocation beyond the standard is refused with the rule cited; rooms that are over the standard
 * (after a standard changed or people left) are listed. Each allocation and release (调整、移交) is a step of the room,
 * the 鲁办发〔2018〕49号 "六统一" record of its allocation.
 *
 * in_use 在用 → retired 停用 (with a reason; nothing is deleted).
 */
export const OFFICE_ROOM_STATUSES = ['in_use', 'retired'] as const;
export type OfficeRoomStatus = (typeof OFFICE_ROOM_STATUSES)[number];
export const OFFICE_ROOM_STATUS_LABELS: Record<OfficeRoomStatus, string> = { in_use: '在用', retired: '停用' };

export const ROOM_USES = ['office', 'technical', 'service'] as const;
export type RoomUse = (typeof ROOM_USES)[number];
export const ROOM_USE_LABELS: Record<RoomUse, string> = { office: '办公室', technical: '技术业务用房', service: '服务用房' };

export const RANKS = ['county_principal', 'county_deputy', 'section_principal', 'section_deputy', 'below_section'] as const;
export type Rank = (typeof RANKS)[number];
export const RANK_LABELS: Record<Rank, string> = { county_principal: '县级正职', county_deputy: '县级副职', section_principal: '正科级', section_deputy: '副科级', below_section: '科级以下' };

/** The fields of one room. */
export class OfficeRoomFields {
  @ApiProperty({ description: '楼宇', example: '区政府办公楼' })
  @IsString({ message: 'building：必须为文本' })
  @MinLength(2, { message: 'building：至少 2 个字' })
  @MaxLength(100, { message: 'building：不超过 100 个字' })
  building: string;

  @ApiProperty({ description: '房间号', example: '312' })
  @IsString({ message: 'roomNumber：必须为文本' })
  @MinLength(1, { message: 'roomNumber：须填写房间号' })
  @MaxLength(20, { message: 'roomNumber：不超过 20 个字' })
  roomNumber: string;

  @ApiProperty({ description: '使用面积（平方米，最多两位小数）', example: 18.5 })
  @IsNumber({ maxDecimalPlaces: 2 }, { message: 'usableAreaM2：使用面积须为数字（最多两位小数）' })
  @Min(1, { message: 'usableAreaM2：至少 1 平方米' })
  @Max(10000, { message: 'usableAreaM2：不超过 10000 平方米' })
  usableAreaM2: number;

  @ApiProperty({ enum: ROOM_USES, description: '用途：办公室 / 技术业务用房 / 服务用房' })
  @IsIn(ROOM_USES, { message: 'use：用途取值无效' })
  use: RoomUse;

  @ApiPropertyOptional({ format: 'uuid', description: '使用单位（区级机关的单位；不填为区政府办公室）' })
  @IsOptional()
  @IsUUID('all', { message: 'unitId：单位 ID 格式不正确' })
  unitId?: string;
}

export class OccupantView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ description: '使用人' }) personName: string;
  @ApiProperty({ enum: RANKS }) rank: Rank;
  @ApiProperty() rankLabel: string;
  @ApiProperty({ description: '该职级标准（平方米）' }) standardM2: number;
  @ApiProperty({ description: '起用日期' }) since: string;
  @ApiPropertyOptional({ nullable: true, description: '腾退日期', type: String }) until: string | null;
  @ApiPropertyOptional({ nullable: true, description: '调整或移交说明', type: String }) endReason: string | null;
}

export class RoomTimelineEntry {
  @ApiProperty() step: string;
  @ApiProperty() label: string;
  @ApiProperty() actor: string;
  @ApiProperty() at: string;
  @ApiPropertyOptional({ nullable: true, type: String }) note: string | null;
}

export class OfficeRoomView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() building: string;
  @ApiProperty() roomNumber: string;
  @ApiProperty() usableAreaM2: number;
  @ApiProperty({ enum: ROOM_USES }) use: RoomUse;
  @ApiProperty() useLabel: string;
  @ApiPropertyOptional({ nullable: true, type: String }) unitId: string | null;
  @ApiProperty({ enum: OFFICE_ROOM_STATUSES }) status: OfficeRoomStatus;
  @ApiProperty() statusLabel: string;
  @ApiProperty({ type: [OccupantView], description: '现使用人' }) occupants: OccupantView[];
  @ApiProperty({ description: '按标准核定面积（现使用人标准之和；非办公室为 0）' }) standardM2: number;
  @ApiProperty({ description: '是否超标准（办公室使用面积大于核定面积）' }) overStandard: boolean;
  @ApiPropertyOptional({ nullable: true, description: '停用理由', type: String }) retireReason: string | null;
  @ApiProperty({ type: [RoomTimelineEntry], description: '分配、调整、移交记录（详情中给出）' }) timeline: RoomTimelineEntry[];
  @ApiProperty({ description: '版本号（ETag）' }) version: number;
  @ApiProperty() createdAt: string;
  @ApiProperty() createdBy: string;
  @ApiProperty() updatedAt: string;
  @ApiProperty() updatedBy: string;
}

export const OfficeRoomErrors = {
  notFound: { kind: 'not_found', code: 'OFFICE_ROOM.NOT_FOUND', title: '办公用房不存在' },
  versionConflict: { kind: 'precondition_failed', code: 'OFFICE_ROOM.VERSION_CONFLICT', title: '办公用房已被他人修改' },
  invalidState: { kind: 'rule_violation', code: 'OFFICE_ROOM.INVALID_STATE', title: '当前状态不能进行此操作' },
  overStandard: { kind: 'rule_violation', code: 'OFFICE_ROOM.OVER_STANDARD', title: '超出办公用房面积标准' },
  notOffice: { kind: 'rule_violation', code: 'OFFICE_ROOM.NOT_OFFICE', title: '只有办公室分配给个人' },
  occupantNotFound: { kind: 'rule_violation', code: 'OFFICE_ROOM.OCCUPANT_NOT_FOUND', title: '该使用人不在此房间' },
  duplicate: { kind: 'conflict', code: 'OFFICE_ROOM.DUPLICATE', title: '该楼宇已有此房间号' },
} as const;

/** RPC subjects, under `rpc.facilities-and-vehicles.`. */
export const OfficeRoomSubjects = {
  create: 'office-room.create',
  allocate: 'office-room.allocate',
  release: 'office-room.release',
  retire: 'office-room.retire',
  get: 'office-room.get',
  list: 'office-room.list',
  overStandard: 'office-room.over-standard',
  standards: 'office-standard.list',
} as const;

export namespace CreateOfficeRoom {
  export class Request extends OfficeRoomFields {}
  export class Reply extends OfficeRoomView {}
}

export class AllocationPerson {
  @ApiProperty({ description: '使用人' }) @IsString({ message: 'personName：必须为文本' }) @MinLength(2, { message: 'personName：至少 2 个字' }) @MaxLength(50, { message: 'personName：不超过 50 个字' }) personName: string;
  @ApiProperty({ enum: RANKS, description: '职级' }) @IsIn(RANKS, { message: 'rank：职级取值无效' }) rank: Rank;
}

/** Allocates the room to one or more people at once (a shared office is allocated to all who share it). */
export namespace AllocateOfficeRoom {
  export class Body {
    @ApiProperty({ type: [AllocationPerson], description: '使用人（合用办公室一并分配）' })
    @IsArray({ message: 'people：必须为数组' })
    @ArrayMinSize(1, { message: 'people：至少一名使用人' })
    @ArrayMaxSize(20, { message: 'people：不超过 20 人' })
    @ValidateNested({ each: true })
    @Type(() => AllocationPerson)
    people: AllocationPerson[];

    @ApiProperty({ description: '起用日期' }) @IsCalendarDate({ message: 'since：日期格式必须为 YYYY-MM-DD' }) since: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends OfficeRoomView {}
}

export namespace ReleaseOfficeRoom {
  export class Body {
    @ApiProperty({ format: 'uuid', description: '腾退的使用人' }) @IsUUID('all', { message: 'occupantId：格式不正确' }) occupantId: string;
    @ApiProperty({ description: '腾退日期' }) @IsCalendarDate({ message: 'until：日期格式必须为 YYYY-MM-DD' }) until: string;
    @ApiProperty({ description: '调整或移交说明' }) @IsString({ message: 'reason：必须为文本' }) @MinLength(2, { message: 'reason：须说明调整或移交情况' }) @MaxLength(500, { message: 'reason：不超过 500 个字' }) reason: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends OfficeRoomView {}
}

export namespace RetireOfficeRoom {
  export class Body {
    @ApiProperty({ description: '停用理由' }) @IsString({ message: 'reason：必须为文本' }) @MinLength(2, { message: 'reason：须说明理由（至少 2 个字）' }) @MaxLength(1000, { message: 'reason：不超过 1000 个字' }) reason: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends OfficeRoomView {}
}

export namespace GetOfficeRoom {
  export class Request extends RecordRef {}
  export class Reply extends OfficeRoomView {}
}

export namespace ListOfficeRooms {
  export class Request extends PageQuery {
    @ApiPropertyOptional({ enum: OFFICE_ROOM_STATUSES }) @IsOptional() @IsIn(OFFICE_ROOM_STATUSES, { message: 'status：取值无效' }) status?: OfficeRoomStatus;
    @ApiPropertyOptional({ enum: ROOM_USES }) @IsOptional() @IsIn(ROOM_USES, { message: 'use：取值无效' }) use?: RoomUse;
    @ApiPropertyOptional({ description: '楼宇、房间号模糊搜索' }) @IsOptional() @IsString({ message: 'q：必须为文本' }) @MaxLength(40, { message: 'q：不超过 40 个字' }) q?: string;
  }
  export class Reply extends PageMeta {
    @ApiProperty({ type: [OfficeRoomView] }) items: OfficeRoomView[];
  }
}

/** 超标准使用办公用房: the office rooms whose usable area exceeds the standard of the people in them. */
export namespace ListOverStandardRooms {
  export class Request {}
  export class Reply {
    @ApiProperty({ type: [OfficeRoomView] }) items: OfficeRoomView[];
    @ApiProperty({ description: '依据' }) basis: string;
  }
}

export class OfficeStandardView {
  @ApiProperty({ enum: RANKS }) rank: Rank;
  @ApiProperty() rankLabel: string;
  @ApiProperty({ description: '人均使用面积上限（平方米）' }) areaM2: number;
  @ApiProperty() effectiveFrom: string;
  @ApiProperty() source: string;
}

export namespace ListOfficeStandards {
  export class Request {}
  export class Reply {
    @ApiProperty({ type: [OfficeStandardView], description: '现行标准' }) effective: OfficeStandardView[];
  }
}

export class OfficeRoomSnapshot {
  @ApiProperty() @IsUUID() id: string;
  @ApiPropertyOptional({ nullable: true, type: String }) @IsOptional() @IsUUID() unitId: string | null;
  @ApiProperty() @IsString() building: string;
  @ApiProperty() @IsString() roomNumber: string;
  @ApiProperty() @IsIn(OFFICE_ROOM_STATUSES) status: OfficeRoomStatus;
  @ApiProperty() @IsInt32() @Min(0) occupants: number;
  @ApiProperty() @IsInt32() @Min(1) version: number;
}

export const OfficeRoomEvents = {
  created: eventSubject('facilities-and-vehicles', 'office-room.created'),
  allocated: eventSubject('facilities-and-vehicles', 'office-room.allocated'),
  released: eventSubject('facilities-and-vehicles', 'office-room.released'),
  retired: eventSubject('facilities-and-vehicles', 'office-room.retired'),
} as const;

export const OfficeRoomEventDescriptions = {
  'office-room.created': { zh: '办公用房登记', en: 'An office room was registered.' },
  'office-room.allocated': { zh: '办公用房分配给使用人', en: 'An office room was allocated to a person.' },
  'office-room.released': { zh: '办公用房使用人腾退（调整、移交）', en: 'A person left an office room (adjustment or handover).' },
  'office-room.retired': { zh: '办公用房停用（注明理由，不删除）', en: 'An office room was retired, with a reason (never deleted).' },
} as const;

export namespace OfficeRoomChanged {
  export class Event extends OfficeRoomSnapshot {}
}
