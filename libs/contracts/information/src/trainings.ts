import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { ApiProperty, ApiPropertyOptional, eventSubject, IsCalendarDate, IsInt32, PageMeta, PageQuery, RecordRef, Versioned } from '@gov/contracts-common';

/** recorded 已登记 → withdrawn 已撤回 (with a reason; nothing is deleted). */
export const TRAINING_STATUSES = ['recorded', 'withdrawn'] as const;
export type TrainingStatus = (typeof TRAINING_STATUSES)[number];
export const TRAINING_STATUS_LABELS: Record<TrainingStatus, string> = { recorded: '已登记', withdrawn: '已撤回' };

/** One person expected at a session: attended, or absent with a reason. */
export class TrainingAttendee {
  @ApiPropertyOptional({ format: 'uuid', description: '所在单位（单位名录）', nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'attendees.unitId：须为单位编号' })
  unitId?: string | null;

  @ApiProperty({ description: '姓名', example: '张三' })
  @IsString({ message: 'attendees.name：必须为文本' })
  @MinLength(1, { message: 'attendees.name：不能为空' })
  @MaxLength(40, { message: 'attendees.name：不超过 40 个字' })
  name: string;

  @ApiProperty({ description: '是否出席' })
  @IsBoolean({ message: 'attendees.attended：须为是或否' })
  attended: boolean;

  @ApiPropertyOptional({ description: '缺席理由（缺席时必填）', nullable: true })
  @IsOptional()
  @IsString({ message: 'attendees.absenceReason：必须为文本' })
  @MaxLength(200, { message: 'attendees.absenceReason：不超过 200 个字' })
  absenceReason?: string | null;
}

/** The fields a caller gives of one 培训 session. */
export class TrainingFields {
  @ApiProperty({ description: '培训日期（YYYY-MM-DD）', example: '2026-11-20' })
  @IsCalendarDate({ message: 'heldOn：须为 YYYY-MM-DD 格式的日期' })
  heldOn: string;

  @ApiProperty({ description: '主题', example: '政务信息写作培训' })
  @IsString({ message: 'topic：必须为文本' })
  @MinLength(2, { message: 'topic：至少 2 个字' })
  @MaxLength(200, { message: 'topic：不超过 200 个字' })
  topic: string;

  @ApiProperty({ description: '授课人', example: '市政府办公室信息科 李四' })
  @IsString({ message: 'trainer：必须为文本' })
  @MinLength(2, { message: 'trainer：至少 2 个字' })
  @MaxLength(100, { message: 'trainer：不超过 100 个字' })
  trainer: string;

  @ApiPropertyOptional({ description: '地点', nullable: true })
  @IsOptional()
  @IsString({ message: 'location：必须为文本' })
  @MaxLength(100, { message: 'location：不超过 100 个字' })
  location?: string | null;

  @ApiProperty({ type: [TrainingAttendee], description: '应参训人员（出席，或缺席及理由）' })
  @IsArray({ message: 'attendees：必须为列表' })
  @ArrayMinSize(1, { message: 'attendees：至少 1 人' })
  @ArrayMaxSize(500, { message: 'attendees：不超过 500 人' })
  @ValidateNested({ each: true })
  @Type(() => TrainingAttendee)
  attendees: TrainingAttendee[];
}

export class TrainingAttendeeView {
  @ApiPropertyOptional({ format: 'uuid', nullable: true }) unitId: string | null;
  @ApiPropertyOptional({ description: '单位名称', nullable: true }) unitName: string | null;
  @ApiProperty() name: string;
  @ApiProperty() attended: boolean;
  @ApiPropertyOptional({ nullable: true }) absenceReason: string | null;
}

export class TrainingView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ description: '培训日期' }) heldOn: string;
  @ApiProperty({ description: '主题' }) topic: string;
  @ApiProperty({ description: '授课人' }) trainer: string;
  @ApiPropertyOptional({ description: '地点', nullable: true }) location: string | null;
  @ApiProperty({ type: [TrainingAttendeeView] }) attendees: TrainingAttendeeView[];
  @ApiProperty({ description: '出席人数' }) attendedCount: number;
  @ApiProperty({ description: '缺席人数' }) absentCount: number;
  @ApiProperty({ type: [String], description: '参训单位' }) unitNames: string[];
  @ApiProperty({ enum: TRAINING_STATUSES, description: 'recorded 已登记 / withdrawn 已撤回' }) status: TrainingStatus;
  @ApiPropertyOptional({ description: '撤回理由', nullable: true }) withdrawalReason: string | null;
  @ApiProperty({ description: '版本号（ETag）' }) version: number;
  @ApiProperty() createdAt: string;
  @ApiProperty() createdBy: string;
  @ApiProperty() updatedAt: string;
  @ApiProperty() updatedBy: string;
}

export const TrainingErrors = {
  notFound: { kind: 'not_found', code: 'TRAINING.NOT_FOUND', title: '培训不存在' },
  versionConflict: { kind: 'precondition_failed', code: 'TRAINING.VERSION_CONFLICT', title: '培训已被他人修改' },
  invalidState: { kind: 'rule_violation', code: 'TRAINING.INVALID_STATE', title: '当前状态不能进行此操作' },
  absenceReason: { kind: 'rule_violation', code: 'TRAINING.ABSENCE_REASON', title: '缺席须说明理由' },
  duplicateAttendee: { kind: 'rule_violation', code: 'TRAINING.DUPLICATE_ATTENDEE', title: '参训人员重复' },
  unknownUnit: { kind: 'rule_violation', code: 'TRAINING.UNKNOWN_UNIT', title: '单位名录中无此单位' },
} as const;

/** RPC subjects, under `rpc.information.`. */
export const TrainingSubjects = {
  create: 'training.create',
  update: 'training.update',
  withdraw: 'training.withdraw',
  get: 'training.get',
  list: 'training.list',
} as const;

export namespace CreateTraining {
  export class Request extends TrainingFields {}
  export class Reply extends TrainingView {}
}

export namespace UpdateTraining {
  export class Body extends TrainingFields {}
  export class Request extends Versioned(Body) {}
  export class Reply extends TrainingView {}
}

export namespace WithdrawTraining {
  export class Body {
    @ApiProperty({ description: '撤回理由' })
    @IsString({ message: 'reason：必须为文本' })
    @MinLength(2, { message: 'reason：撤回须说明理由（至少 2 个字）' })
    @MaxLength(1000, { message: 'reason：不超过 1000 个字' })
    reason: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends TrainingView {}
}

export namespace GetTraining {
  export class Request extends RecordRef {}
  export class Reply extends TrainingView {}
}

export namespace ListTrainings {
  export class Request extends PageQuery {
    @ApiPropertyOptional({ enum: TRAINING_STATUSES, description: '状态' })
    @IsOptional()
    @IsIn(TRAINING_STATUSES, { message: 'status：取值无效' })
    status?: TrainingStatus;

    @ApiPropertyOptional({ description: '主题模糊搜索（支持中文）' })
    @IsOptional()
    @IsString({ message: 'q：必须为文本' })
    @MaxLength(40, { message: 'q：不超过 40 个字' })
    q?: string;

    @ApiPropertyOptional({ description: '年度' })
    @IsOptional()
    @Type(() => Number)
    @IsInt({ message: 'year：须为整数' })
    @Min(2000, { message: 'year：不早于 2000 年' })
    @Max(2100, { message: 'year：不晚于 2100 年' })
    year?: number;
  }
  export class Reply extends PageMeta {
    @ApiProperty({ type: [TrainingView] }) items: TrainingView[];
  }
}

/** What the events of one 培训 carry: its snapshot with its version (consumers apply only newer ones). */
export class TrainingSnapshot {
  @ApiProperty() @IsUUID() id: string;
  @ApiProperty() @IsCalendarDate() heldOn: string;
  @ApiProperty() @IsString() topic: string;
  @ApiProperty() @IsInt32() @Min(0) attendedCount: number;
  @ApiProperty() @IsInt32() @Min(0) absentCount: number;
  @ApiProperty() @IsIn(TRAINING_STATUSES) status: TrainingStatus;
  @ApiProperty() @IsInt32() @Min(1) version: number;
}

export const TrainingEvents = {
  created: eventSubject('information', 'training.created'),
  updated: eventSubject('information', 'training.updated'),
  withdrawn: eventSubject('information', 'training.withdrawn'),
} as const;

/** What each event means, for the catalogue of the events (tools/asyncapi): one sentence about the fact. */
export const TrainingEventDescriptions = {
  'training.created': { zh: '培训登记（日期、主题、授课人、出席与缺席）', en: 'A training session was recorded with its attendance.' },
  'training.updated': { zh: '培训登记被修改', en: 'A training session record was changed.' },
  'training.withdrawn': { zh: '培训被撤回（注明理由，不删除）', en: 'A training session record was withdrawn, with a reason (never deleted).' },
} as const;

/** Published by information when a 培训 is created, changed or withdrawn; carries its snapshot. */
export namespace TrainingChanged {
  export class Event extends TrainingSnapshot {}
}
