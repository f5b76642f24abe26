import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { ApiProperty, ApiPropertyOptional, eventSubject, IsInt32, IsOffsetDateTime, PageMeta, PageQuery, RecordRef, Versioned, VersionedRef } from '@gov/contracts-common';

/**
 * 外宾接待: planned 计划中 → scheduled 已安排 (on the leaders' calendars through `reception.scheduled`) → held 已接待
 * (with its summary); withdrawn 已撤回 with a reason (a scheduled one leaves the calendars through `reception.cancelled`).
 */
export const RECEPTION_STATUSES = ['planned', 'scheduled', 'held', 'withdrawn'] as const;
export type ReceptionStatus = (typeof RECEPTION_STATUSES)[number];
export const RECEPTION_STATUS_LABELS: Record<ReceptionStatus, string> = { planned: '计划中', scheduled: '已安排', held: '已接待', withdrawn: '已撤回' };

/** 接待规格: 党宾, 国宾, 重要外宾, 一般外宾. */
export const PROTOCOL_LEVELS = ['party', 'state', 'important', 'general'] as const;
export type ProtocolLevel = (typeof PROTOCOL_LEVELS)[number];
export const PROTOCOL_LEVEL_LABELS: Record<ProtocolLevel, string> = { party: '党宾', state: '国宾', important: '重要外宾', general: '一般外宾' };

/** 外宾 (the guests), as duty-and-meetings' `Guest` with the country. */
export class ForeignGuest {
  @ApiProperty({ description: '姓名' }) @IsString({ message: 'guests.name：必须为文本' }) @MinLength(1, { message: 'guests.name：不能为空' }) @MaxLength(40, { message: 'guests.name：不超过 40 个字' }) name: string;
  @ApiPropertyOptional({ description: '单位' }) @IsOptional() @IsString({ message: 'guests.organization：必须为文本' }) @MaxLength(80, { message: 'guests.organization：不超过 80 个字' }) organization?: string;
  @ApiPropertyOptional({ description: '职务' }) @IsOptional() @IsString({ message: 'guests.title：必须为文本' }) @MaxLength(40, { message: 'guests.title：不超过 40 个字' }) title?: string;
  @ApiProperty({ description: '国籍（国家、地区）' }) @IsString({ message: 'guests.country：必须为文本' }) @MinLength(1, { message: 'guests.country：不能为空' }) @MaxLength(40, { message: 'guests.country：不超过 40 个字' }) country: string;
}

/** 日程: one item of the programme (as duty-and-meetings' `ProgrammeItem`). */
export class ReceptionProgrammeItem {
  @ApiProperty({ description: '时间（ISO 8601）' }) @IsOffsetDateTime({ message: 'programme.at：应为 ISO 8601 时间' }) at: string;
  @ApiProperty({ description: '内容' }) @IsString({ message: 'programme.item：必须为文本' }) @MinLength(1, { message: 'programme.item：不能为空' }) @MaxLength(200, { message: 'programme.item：不超过 200 个字' }) item: string;
  @ApiPropertyOptional({ description: '地点' }) @IsOptional() @IsString({ message: 'programme.location：必须为文本' }) @MaxLength(120, { message: 'programme.location：不超过 120 个字' }) location?: string;
}

/** 责任人 (as duty-and-meetings' `ResponsiblePerson`). */
export class ReceptionResponsible {
  @ApiProperty({ description: '姓名' }) @IsString({ message: 'responsible.name：必须为文本' }) @MinLength(1, { message: 'responsible.name：不能为空' }) @MaxLength(40, { message: 'responsible.name：不超过 40 个字' }) name: string;
  @ApiProperty({ description: '负责事项' }) @IsString({ message: 'responsible.duty：必须为文本' }) @MinLength(1, { message: 'responsible.duty：不能为空' }) @MaxLength(100, { message: 'responsible.duty：不超过 100 个字' }) duty: string;
  @ApiPropertyOptional({ format: 'uuid', description: '所在单位' }) @IsOptional() @IsUUID('all', { message: 'responsible.unitId：必须是有效的单位 ID' }) unitId?: string;
}

/** 陪同领导: a platform user (district or office leader), whose calendar the reception occupies. */
export class ReceptionLeader {
  @ApiProperty({ format: 'uuid', description: '领导的用户 ID' }) @IsUUID('all', { message: 'leaders.userId：必须是有效的用户 ID' }) userId: string;
  @ApiProperty({ description: '领导姓名（日程上显示）' }) @IsString({ message: 'leaders.name：必须为文本' }) @MinLength(1, { message: 'leaders.name：不能为空' }) @MaxLength(40, { message: 'leaders.name：不超过 40 个字' }) name: string;
}

/** 礼品: value in 分 (integer). */
export class ReceptionGift {
  @ApiProperty({ description: '礼品名称' }) @IsString({ message: 'gifts.item：必须为文本' }) @MinLength(1, { message: 'gifts.item：不能为空' }) @MaxLength(80, { message: 'gifts.item：不超过 80 个字' }) item: string;
  @ApiProperty({ description: '受礼人' }) @IsString({ message: 'gifts.recipient：必须为文本' }) @MinLength(1, { message: 'gifts.recipient：不能为空' }) @MaxLength(40, { message: 'gifts.recipient：不超过 40 个字' }) recipient: string;
  @ApiProperty({ description: '数量' }) @IsInt32({ message: 'gifts.quantity：须为整数' }) @Min(1, { message: 'gifts.quantity：至少 1' }) @Max(1000, { message: 'gifts.quantity：不超过 1000' }) quantity: number;
  @ApiProperty({ description: '单价（分）' }) @IsInt32({ message: 'gifts.unitValueFen：须为整数（分）' }) @Min(0, { message: 'gifts.unitValueFen：不能为负数' }) unitValueFen: number;
}

export class ReceptionFields {
  @ApiProperty({ description: '接待名称', example: '接待德国杜塞尔多夫市代表团' })
  @IsString({ message: 'title：必须为文本' })
  @MinLength(2, { message: 'title：至少 2 个字' })
  @MaxLength(200, { message: 'title：不超过 200 个字' })
  title: string;

  @ApiProperty({ enum: PROTOCOL_LEVELS, description: '接待规格：party 党宾 / state 国宾 / important 重要外宾 / general 一般外宾' })
  @IsIn(PROTOCOL_LEVELS, { message: 'protocolLevel：取值无效' })
  protocolLevel: ProtocolLevel;

  @ApiProperty({ description: '来访目的' }) @IsString({ message: 'purpose：必须为文本' }) @MinLength(2, { message: 'purpose：至少 2 个字' }) @MaxLength(2000, { message: 'purpose：不超过 2000 个字' }) purpose: string;
  @ApiProperty({ description: '开始时间（ISO 8601）' }) @IsOffsetDateTime({ message: 'startsAt：应为 ISO 8601 时间' }) startsAt: string;
  @ApiProperty({ description: '结束时间（ISO 8601）' }) @IsOffsetDateTime({ message: 'endsAt：应为 ISO 8601 时间' }) endsAt: string;
  @ApiPropertyOptional({ description: '地点' }) @IsOptional() @IsString({ message: 'location：必须为文本' }) @MaxLength(120, { message: 'location：不超过 120 个字' }) location?: string;

  @ApiProperty({ type: [ForeignGuest], description: '外宾' })
  @IsArray({ message: 'guests：必须为列表' })
  @ArrayMinSize(1, { message: 'guests：至少一位外宾' })
  @ArrayMaxSize(100, { message: 'guests：不超过 100 人' })
  @ValidateNested({ each: true })
  @Type(() => ForeignGuest)
  guests: ForeignGuest[];

  @ApiProperty({ type: [ReceptionLeader], description: '陪同领导（占用领导日程）' })
  @IsArray({ message: 'leaders：必须为列表' })
  @ArrayMinSize(1, { message: 'leaders：至少一位陪同领导' })
  @ArrayMaxSize(30, { message: 'leaders：不超过 30 人' })
  @ValidateNested({ each: true })
  @Type(() => ReceptionLeader)
  leaders: ReceptionLeader[];

  @ApiProperty({ type: [ReceptionProgrammeItem], description: '接待日程' })
  @IsArray({ message: 'programme：必须为列表' })
  @ArrayMinSize(1, { message: 'programme：至少一项日程' })
  @ArrayMaxSize(100, { message: 'programme：不超过 100 项' })
  @ValidateNested({ each: true })
  @Type(() => ReceptionProgrammeItem)
  programme: ReceptionProgrammeItem[];

  @ApiProperty({ type: [ReceptionResponsible], description: '责任人' })
  @IsArray({ message: 'responsible：必须为列表' })
  @ArrayMinSize(1, { message: 'responsible：至少一位责任人' })
  @ArrayMaxSize(50, { message: 'responsible：不超过 50 人' })
  @ValidateNested({ each: true })
  @Type(() => ReceptionResponsible)
  responsible: ReceptionResponsible[];

  @ApiProperty({ type: [ReceptionGift], description: '礼品（价值以分计）' })
  @IsArray({ message: 'gifts：必须为列表' })
  @ArrayMaxSize(100, { message: 'gifts：不超过 100 项' })
  @ValidateNested({ each: true })
  @Type(() => ReceptionGift)
  gifts: ReceptionGift[];
}

export class ReceptionView extends ReceptionFields {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiPropertyOptional({ description: '承办单位（联络员登记时为本单位）', nullable: true, type: String }) unitId: string | null;
  @ApiProperty({ enum: RECEPTION_STATUSES }) status: ReceptionStatus;
  @ApiProperty() statusLabel: string;
  @ApiProperty({ description: '礼品总价值（分）' }) giftsTotalFen: number;
  @ApiPropertyOptional({ description: '接待总结', nullable: true, type: String }) summary: string | null;
  @ApiPropertyOptional({ description: '撤回理由', nullable: true, type: String }) withdrawalReason: string | null;
  @ApiProperty({ description: '版本号（ETag）' }) version: number;
  @ApiProperty() createdAt: string;
  @ApiProperty() createdBy: string;
  @ApiProperty() updatedAt: string;
  @ApiProperty() updatedBy: string;
}

export const ReceptionErrors = {
  notFound: { kind: 'not_found', code: 'RECEPTION.NOT_FOUND', title: '外宾接待不存在' },
  versionConflict: { kind: 'precondition_failed', code: 'RECEPTION.VERSION_CONFLICT', title: '外宾接待已被他人修改' },
  invalidState: { kind: 'rule_violation', code: 'RECEPTION.INVALID_STATE', title: '当前状态不能进行此操作' },
  badTimes: { kind: 'validation', code: 'RECEPTION.BAD_TIMES', title: '接待时间有误' },
  notYetHeld: { kind: 'rule_violation', code: 'RECEPTION.NOT_YET_HELD', title: '接待尚未结束' },
} as const;

/** RPC subjects, under `rpc.foreign-affairs.`. */
export const ReceptionSubjects = {
  create: 'reception.create',
  update: 'reception.update',
  schedule: 'reception.schedule',
  summarize: 'reception.summarize',
  withdraw: 'reception.withdraw',
  get: 'reception.get',
  list: 'reception.list',
} as const;

export namespace CreateReception {
  export class Request extends ReceptionFields {}
  export class Reply extends ReceptionView {}
}

export namespace UpdateReception {
  export class Body extends ReceptionFields {}
  export class Request extends Versioned(Body) {}
  export class Reply extends ReceptionView {}
}

export namespace ScheduleReception {
  export class Request extends VersionedRef {}
  export class Reply extends ReceptionView {}
}

export namespace SummarizeReception {
  export class Body {
    @ApiProperty({ description: '接待总结（成果、后续事项）' })
    @IsString({ message: 'summary：必须为文本' })
    @MinLength(10, { message: 'summary：接待总结至少 10 个字' })
    @MaxLength(20000, { message: 'summary：不超过 20000 个字' })
    summary: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends ReceptionView {}
}

export namespace WithdrawReception {
  export class Body {
    @ApiProperty({ description: '撤回理由' })
    @IsString({ message: 'reason：必须为文本' })
    @MinLength(2, { message: 'reason：撤回须说明理由（至少 2 个字）' })
    @MaxLength(300, { message: 'reason：不超过 300 个字' })
    reason: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends ReceptionView {}
}

export namespace GetReception {
  export class Request extends RecordRef {}
  export class Reply extends ReceptionView {}
}

export namespace ListReceptions {
  export class Request extends PageQuery {
    @ApiPropertyOptional({ enum: RECEPTION_STATUSES, description: '状态' }) @IsOptional() @IsIn(RECEPTION_STATUSES, { message: 'status：取值无效' }) status?: ReceptionStatus;
    @ApiPropertyOptional({ description: '名称模糊搜索（支持中文）' }) @IsOptional() @IsString({ message: 'q：必须为文本' }) @MaxLength(40, { message: 'q：不超过 40 个字' }) q?: string;
  }
  export class Reply extends PageMeta {
    @ApiProperty({ type: [ReceptionView] }) items: ReceptionView[];
  }
}

/** What the events of one reception carry: its snapshot with its version. */
export class ReceptionSnapshot {
  @ApiProperty() @IsUUID() id: string;
  @ApiPropertyOptional({ nullable: true, type: String }) @IsOptional() @IsUUID() unitId: string | null;
  @ApiProperty() @IsString() title: string;
  @ApiProperty() @IsIn(RECEPTION_STATUSES) status: ReceptionStatus;
  @ApiProperty() @IsInt32() @Min(1) version: number;
}

export const ReceptionEvents = {
  created: eventSubject('foreign-affairs', 'reception.created'),
  updated: eventSubject('foreign-affairs', 'reception.updated'),
  scheduled: eventSubject('foreign-affairs', 'reception.scheduled'),
  cancelled: eventSubject('foreign-affairs', 'reception.cancelled'),
  held: eventSubject('foreign-affairs', 'reception.held'),
  withdrawn: eventSubject('foreign-affairs', 'reception.withdrawn'),
} as const;

export const ReceptionEventDescriptions = {
  'reception.created': { zh: '外宾接待计划登记', en: 'A reception of foreign guests was planned.' },
  'reception.updated': { zh: '外宾接待计划被修改', en: 'A reception plan was changed.' },
  'reception.scheduled': { zh: '外宾接待已安排：列入陪同领导的日程（接待活动）；已安排的接待修改后以新版本重发', en: 'A reception was scheduled: it goes on the accompanying leaders’ calendars as a reception activity; re-sent with a newer version when a scheduled reception changes.' },
  'reception.cancelled': { zh: '已安排的外宾接待取消：从领导日程撤下', en: 'A scheduled reception was cancelled: it leaves the leaders’ calendars.' },
  'reception.held': { zh: '外宾接待完成，填写接待总结', en: 'A reception was held and its summary written.' },
  'reception.withdrawn': { zh: '外宾接待撤回（注明理由，不删除）', en: 'A reception was withdrawn, with a reason (never deleted).' },
} as const;

/** Published at each step of a reception; carries its snapshot. */
export namespace ReceptionChanged {
  export class Event extends ReceptionSnapshot {}
}

/**
 * 接待 on the leaders' calendars: the fields of duty-and-meetings' `CreateActivity.Request` with `kind: 'reception'`
 * (title, startsAt, endsAt, location, description, leaders, guests, programme, responsible), keyed by `receptionId`
 * and versioned (a change of a scheduled reception re-sends it with a newer version, which replaces the entry).
 */
export namespace ReceptionScheduled {
  export class Event {
    @ApiProperty({ format: 'uuid', description: '外宾接待 ID（日程条目的来源）' }) @IsUUID() receptionId: string;
    @ApiProperty({ enum: ['reception'] }) @IsIn(['reception']) kind: 'reception';
    @ApiProperty() @IsString() @MinLength(2) @MaxLength(200) title: string;
    @ApiProperty() @IsOffsetDateTime() startsAt: string;
    @ApiProperty() @IsOffsetDateTime() endsAt: string;
    @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(120) location?: string;
    @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(2000) description?: string;
    @ApiProperty({ type: [ReceptionLeader] }) @IsArray() @ArrayMinSize(1) @ValidateNested({ each: true }) @Type(() => ReceptionLeader) leaders: ReceptionLeader[];
    @ApiProperty({ type: [ForeignGuest] }) @IsArray() @ValidateNested({ each: true }) @Type(() => ForeignGuest) guests: ForeignGuest[];
    @ApiProperty({ type: [ReceptionProgrammeItem] }) @IsArray() @ValidateNested({ each: true }) @Type(() => ReceptionProgrammeItem) programme: ReceptionProgrammeItem[];
    @ApiProperty({ type: [ReceptionResponsible] }) @IsArray() @ValidateNested({ each: true }) @Type(() => ReceptionResponsible) responsible: ReceptionResponsible[];
    @ApiProperty() @IsInt32() @Min(1) version: number;
  }
}

/** A scheduled reception cancelled: its calendar entries go (as duty-and-meetings' `CancelActivity`, with the reason). */
export namespace ReceptionCancelled {
  export class Event {
    @ApiProperty({ format: 'uuid' }) @IsUUID() receptionId: string;
    @ApiProperty({ description: '取消原因' }) @IsString() @MinLength(2) @MaxLength(300) reason: string;
    @ApiProperty() @IsInt32() @Min(1) version: number;
  }
}
