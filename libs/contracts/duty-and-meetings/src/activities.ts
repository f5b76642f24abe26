import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsOptional, IsString, IsUUID, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { eventSubject, IsOffsetDateTime, PageMeta, PageQuery, RecordRef, Versioned, ApiProperty, ApiPropertyOptional } from '@gov/contracts-common';
import { LeaderRef } from './schedule.js';

/** 政务活动 / 接待 / 领导请假外出: entries of the leaders' calendars other than meetings. */
export const ACTIVITY_KINDS = ['activity', 'reception', 'leave'] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];
export const ACTIVITY_KIND_LABELS: Record<ActivityKind, string> = { activity: '政务活动', reception: '接待', leave: '请假外出' };
export const ACTIVITY_STATUSES = ['scheduled', 'cancelled'] as const;
export type ActivityStatus = (typeof ACTIVITY_STATUSES)[number];

/** Where an activity came from when another section scheduled it: a 外宾接待 of foreign-affairs (`reception.scheduled`). */
export const ACTIVITY_SOURCE_KINDS = ['foreign_affairs_reception'] as const;
export type ActivitySourceKind = (typeof ACTIVITY_SOURCE_KINDS)[number];
export const ACTIVITY_SOURCE_KIND_LABELS: Record<ActivitySourceKind, string> = { foreign_affairs_reception: '外事办外宾接待' };

/** The source record of an activity another section scheduled, and the highest version of it applied here. */
export class ActivitySourceView {
  @ApiProperty({ enum: ACTIVITY_SOURCE_KINDS, description: 'foreign_affairs_reception 外事办外宾接待' }) kind: ActivitySourceKind;
  @ApiProperty({ description: '来源名称' }) kindLabel: string;
  @ApiProperty({ format: 'uuid', description: '来源记录 ID' }) id: string;
  @ApiProperty({ description: '已采用的来源记录版本' }) version: number;
}

/** 接待对象 */
export class Guest {
  @ApiProperty({ description: '姓名' }) @IsString() @MinLength(1) @MaxLength(40) name: string;
  @ApiPropertyOptional({ description: '单位' }) @IsOptional() @IsString() @MaxLength(80) organization?: string;
  @ApiPropertyOptional({ description: '职务' }) @IsOptional() @IsString() @MaxLength(40) title?: string;
}

/** 日程安排: one item of a reception's programme. */
export class ProgrammeItem {
  @ApiProperty({ description: '时间（ISO 8601）' }) @IsOffsetDateTime({ message: '日程时间应为 ISO 8601 时间' }) at: string;
  @ApiProperty({ description: '内容', example: '参观博山陶琉馆' }) @IsString() @MinLength(1) @MaxLength(200) item: string;
  @ApiPropertyOptional({ description: '地点' }) @IsOptional() @IsString() @MaxLength(120) location?: string;
}

/** 责任人: who is responsible for what in a reception. */
export class ResponsiblePerson {
  @ApiProperty({ description: '姓名' }) @IsString() @MinLength(1) @MaxLength(40) name: string;
  @ApiProperty({ description: '负责事项', example: '迎送、用车' }) @IsString() @MinLength(1) @MaxLength(100) duty: string;
  @ApiPropertyOptional({ format: 'uuid', description: '所在单位' }) @IsOptional() @IsUUID() unitId?: string;
}

export class ActivityFields {
  @ApiProperty({ enum: ACTIVITY_KINDS, description: 'activity 政务活动 / reception 接待 / leave 请假外出' }) @IsIn(ACTIVITY_KINDS) kind: ActivityKind;
  @ApiProperty({ description: '标题', example: '调研池上镇乡村振兴工作' }) @IsString() @MinLength(2) @MaxLength(200) title: string;
  @ApiProperty({ description: '开始时间（ISO 8601）' }) @IsOffsetDateTime({ message: '开始时间应为 ISO 8601 时间' }) startsAt: string;
  @ApiProperty({ description: '结束时间（ISO 8601）' }) @IsOffsetDateTime({ message: '结束时间应为 ISO 8601 时间' }) endsAt: string;
  @ApiPropertyOptional({ description: '地点' }) @IsOptional() @IsString() @MaxLength(120) location?: string;
  @ApiPropertyOptional({ description: '说明' }) @IsOptional() @IsString() @MaxLength(2000) description?: string;
  @ApiProperty({ type: [LeaderRef], description: '参加领导（占用领导日程，冲突将被拒绝）' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => LeaderRef)
  leaders: LeaderRef[];
  @ApiPropertyOptional({ type: [Guest], description: '接待对象（接待时填写）' }) @IsOptional() @IsArray() @ArrayMaxSize(100) @ValidateNested({ each: true }) @Type(() => Guest) guests?: Guest[];
  @ApiPropertyOptional({ type: [ProgrammeItem], description: '接待日程' }) @IsOptional() @IsArray() @ArrayMaxSize(100) @ValidateNested({ each: true }) @Type(() => ProgrammeItem) programme?: ProgrammeItem[];
  @ApiPropertyOptional({ type: [ResponsiblePerson], description: '责任人' }) @IsOptional() @IsArray() @ArrayMaxSize(50) @ValidateNested({ each: true }) @Type(() => ResponsiblePerson) responsible?: ResponsiblePerson[];
}

export class ActivityView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: ACTIVITY_KINDS }) kind: ActivityKind;
  @ApiProperty() title: string;
  @ApiProperty() startsAt: string;
  @ApiProperty() endsAt: string;
  @ApiPropertyOptional({ type: String, nullable: true }) location: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) description: string | null;
  @ApiProperty({ type: [LeaderRef] }) leaders: LeaderRef[];
  @ApiProperty({ type: [Guest] }) guests: Guest[];
  @ApiProperty({ type: [ProgrammeItem] }) programme: ProgrammeItem[];
  @ApiProperty({ type: [ResponsiblePerson] }) responsible: ResponsiblePerson[];
  @ApiProperty({ enum: ACTIVITY_STATUSES }) status: ActivityStatus;
  @ApiPropertyOptional({ type: String, nullable: true }) cancelReason: string | null;
  @ApiPropertyOptional({ type: ActivitySourceView, nullable: true, description: '来源（其他科室安排的活动，如外事办的外宾接待）' }) source: ActivitySourceView | null;
  @ApiProperty() version: number;
  @ApiProperty() createdAt: string;
  @ApiProperty() createdBy: string;
  @ApiProperty() updatedAt: string;
  @ApiProperty() updatedBy: string;
}

export const ActivityErrors = {
  notFound: { kind: 'not_found', code: 'ACTIVITY.NOT_FOUND', title: '活动不存在' },
  versionConflict: { kind: 'precondition_failed', code: 'ACTIVITY.VERSION_CONFLICT', title: '活动已被他人修改' },
  cancelled: { kind: 'rule_violation', code: 'ACTIVITY.CANCELLED', title: '活动已取消' },
  forbidden: { kind: 'forbidden', code: 'ACTIVITY.FORBIDDEN', title: '无权安排领导活动' },
  unknownUnit: { kind: 'rule_violation', code: 'ACTIVITY.UNKNOWN_UNIT', title: '单位不在单位名录中或已停用' },
} as const;

export const ActivitySubjects = {
  create: 'activity.create',
  get: 'activity.get',
  list: 'activity.list',
  cancel: 'activity.cancel',
} as const;

export const ActivityEvents = {
  scheduled: eventSubject('duty-and-meetings', 'activity.scheduled'),
  cancelled: eventSubject('duty-and-meetings', 'activity.cancelled'),
} as const;

export namespace CreateActivity {
  export class Request extends ActivityFields {}
  export class Reply extends ActivityView {}
}

export namespace GetActivity {
  export class Request extends RecordRef {}
  export class Reply extends ActivityView {}
}

export namespace ListActivities {
  export class Request extends PageQuery {
    @ApiPropertyOptional({ enum: ACTIVITY_KINDS }) @IsOptional() @IsIn(ACTIVITY_KINDS) kind?: ActivityKind;
    @ApiPropertyOptional({ enum: ACTIVITY_STATUSES }) @IsOptional() @IsIn(ACTIVITY_STATUSES) status?: ActivityStatus;
    @ApiPropertyOptional({ description: '按标题模糊搜索（支持中文）' }) @IsOptional() @IsString() @MaxLength(60) q?: string;
  }
  export class Reply extends PageMeta {
    @ApiProperty({ type: [ActivityView] }) items: ActivityView[];
  }
}

export namespace CancelActivity {
  export class Body {
    @ApiProperty({ description: '取消原因' }) @IsString() @MinLength(2) @MaxLength(300) reason: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends ActivityView {}
}

/** Published when an activity, reception or leader's absence is scheduled or cancelled; no consumer yet. */
export namespace ActivityScheduled {
  export class Event extends ActivityView {}
}
