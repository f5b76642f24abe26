import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsIn, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { ApiProperty, ApiPropertyOptional, eventSubject, IsCalendarDate, IsInt32, PageMeta, PageQuery, RecordRef, Versioned } from '@gov/contracts-common';

/** The four kinds of 《公务员培训规定》: 初任培训, 任职培训, 专门业务培训, 在职培训. */
export const TRAINING_KINDS = ['initial', 'appointment', 'specialized', 'in_service'] as const;
export type TrainingKind = (typeof TRAINING_KINDS)[number];
export const TRAINING_KIND_LABELS: Record<TrainingKind, string> = { initial: '初任培训', appointment: '任职培训', specialized: '专门业务培训', in_service: '在职培训' };

/** planned 已列入计划 / recorded 已登记 → withdrawn 已撤回 (with a reason; nothing is deleted). */
export const TRAINING_PLAN_STATUSES = ['planned', 'withdrawn'] as const;
export type TrainingPlanStatus = (typeof TRAINING_PLAN_STATUSES)[number];
export const TRAINING_SESSION_STATUSES = ['recorded', 'withdrawn'] as const;
export type TrainingSessionStatus = (typeof TRAINING_SESSION_STATUSES)[number];
export const TRAINING_STATUS_LABELS: Record<TrainingPlanStatus | TrainingSessionStatus, string> = { planned: '已列入计划', recorded: '已登记', withdrawn: '已撤回' };

export class TrainingTimelineEntry {
  @ApiProperty() at: string;
  @ApiProperty() by: string;
  @ApiProperty() step: string;
  @ApiPropertyOptional({ nullable: true, type: String }) note: string | null;
}

// ---------------------------------------------------------------- plans

export class TrainingPlanFields {
  @ApiProperty({ description: '年度', example: 2026 }) @IsInt32({ message: 'year：须为整数年份' }) @Min(2000, { message: 'year：年份无效' }) @Max(2100, { message: 'year：年份无效' }) year: number;
  @ApiProperty({ description: '培训项目名称', example: '2026 年度在职干部能力提升培训' })
  @IsString({ message: 'title：必须为文本' })
  @MinLength(2, { message: 'title：至少 2 个字' })
  @MaxLength(200, { message: 'title：不超过 200 个字' })
  title: string;
  @ApiProperty({ enum: TRAINING_KINDS, description: '培训类别' }) @IsIn(TRAINING_KINDS, { message: 'kind：培训类别无效' }) kind: TrainingKind;
  @ApiProperty({ description: '计划学时' }) @IsInt32({ message: 'plannedHours：学时须为整数' }) @Min(1, { message: 'plannedHours：学时须大于 0' }) @Max(2000, { message: 'plannedHours：不超过 2000 学时' }) plannedHours: number;
  @ApiPropertyOptional({ description: '说明（对象、方式、承办单位）' }) @IsOptional() @IsString({ message: 'note：必须为文本' }) @MaxLength(2000, { message: 'note：不超过 2000 个字' }) note?: string;
}

export class TrainingPlanView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() year: number;
  @ApiProperty() title: string;
  @ApiProperty({ enum: TRAINING_KINDS }) kind: TrainingKind;
  @ApiProperty() plannedHours: number;
  @ApiPropertyOptional({ nullable: true, type: String }) note: string | null;
  @ApiProperty({ enum: TRAINING_PLAN_STATUSES }) status: TrainingPlanStatus;
  @ApiPropertyOptional({ nullable: true, type: String }) withdrawalReason: string | null;
  @ApiProperty({ description: '已登记的培训班次' }) sessions: number;
  @ApiProperty({ description: '已登记的学时（各班次学时之和）' }) deliveredHours: number;
  @ApiProperty({ type: [TrainingTimelineEntry] }) timeline: TrainingTimelineEntry[];
  @ApiProperty({ description: '版本号（ETag）' }) version: number;
  @ApiProperty() createdAt: string;
  @ApiProperty() createdBy: string;
  @ApiProperty() updatedAt: string;
  @ApiProperty() updatedBy: string;
}

// ---------------------------------------------------------------- sessions

export class TrainingAttendeeInput {
  @ApiProperty({ format: 'uuid', description: '工作人员' }) @IsUUID('all', { message: 'attendees.staffMemberId：须为工作人员编号' }) staffMemberId: string;
  @ApiProperty({ description: '是否参加' }) @IsBoolean({ message: 'attendees.attended：须为是或否' }) attended: boolean;
  @ApiPropertyOptional({ description: '缺席原因（未参加时必填）' }) @IsOptional() @IsString({ message: 'attendees.absenceReason：必须为文本' }) @MaxLength(500, { message: 'attendees.absenceReason：不超过 500 个字' }) absenceReason?: string;
}
export class TrainingAttendee {
  @ApiProperty({ format: 'uuid' }) staffMemberId: string;
  @ApiProperty() name: string;
  @ApiProperty() sectionCode: string;
  @ApiProperty() attended: boolean;
  @ApiPropertyOptional({ nullable: true, type: String }) absenceReason: string | null;
}

export class TrainingSessionFields {
  @ApiProperty({ description: '班次名称', example: '第一期：公文写作与办文规范' }) @IsString({ message: 'title：必须为文本' }) @MinLength(2, { message: 'title：至少 2 个字' }) @MaxLength(200, { message: 'title：不超过 200 个字' }) title: string;
  @ApiProperty({ description: '举办日期（须在计划年度内）' }) @IsCalendarDate({ message: 'heldOn：日期格式必须为 YYYY-MM-DD' }) heldOn: string;
  @ApiProperty({ description: '学时' }) @IsInt32({ message: 'hours：学时须为整数' }) @Min(1, { message: 'hours：学时须大于 0' }) @Max(500, { message: 'hours：不超过 500 学时' }) hours: number;
  @ApiProperty({ description: '脱产天数（不足一天为 0）' }) @IsInt32({ message: 'days：天数须为整数' }) @Min(0, { message: 'days：天数不能为负' }) @Max(90, { message: 'days：不超过 90 天' }) days: number;
  @ApiProperty({ description: '组织（承办）单位' }) @IsString({ message: 'organiser：必须为文本' }) @MinLength(2, { message: 'organiser：至少 2 个字' }) @MaxLength(200, { message: 'organiser：不超过 200 个字' }) organiser: string;
  @ApiProperty({ type: [TrainingAttendeeInput], description: '参训人员及出勤' })
  @IsArray({ message: 'attendees：须为列表' })
  @ArrayMinSize(1, { message: 'attendees：至少一名参训人员' })
  @ArrayMaxSize(500, { message: 'attendees：不超过 500 人' })
  @ValidateNested({ each: true })
  @Type(() => TrainingAttendeeInput)
  attendees: TrainingAttendeeInput[];
}

export class TrainingSessionView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) planId: string;
  @ApiProperty() planTitle: string;
  @ApiProperty({ enum: TRAINING_KINDS }) kind: TrainingKind;
  @ApiProperty() year: number;
  @ApiProperty() title: string;
  @ApiProperty() heldOn: string;
  @ApiProperty() hours: number;
  @ApiProperty() days: number;
  @ApiProperty() organiser: string;
  @ApiProperty({ type: [TrainingAttendee] }) attendees: TrainingAttendee[];
  @ApiProperty({ enum: TRAINING_SESSION_STATUSES }) status: TrainingSessionStatus;
  @ApiPropertyOptional({ nullable: true, type: String }) withdrawalReason: string | null;
  @ApiProperty({ type: [TrainingTimelineEntry] }) timeline: TrainingTimelineEntry[];
  @ApiProperty({ description: '版本号（ETag）' }) version: number;
  @ApiProperty() createdAt: string;
  @ApiProperty() createdBy: string;
  @ApiProperty() updatedAt: string;
  @ApiProperty() updatedBy: string;
}

export const StaffTrainingErrors = {
  planNotFound: { kind: 'not_found', code: 'TRAINING_PLAN.NOT_FOUND', title: '培训计划不存在' },
  sessionNotFound: { kind: 'not_found', code: 'TRAINING_SESSION.NOT_FOUND', title: '培训班次不存在' },
  versionConflict: { kind: 'precondition_failed', code: 'TRAINING.VERSION_CONFLICT', title: '培训记录已被他人修改' },
  invalidState: { kind: 'rule_violation', code: 'TRAINING.INVALID_STATE', title: '培训记录已撤回，不能再办理' },
  outsidePlanYear: { kind: 'rule_violation', code: 'TRAINING_SESSION.OUTSIDE_PLAN_YEAR', title: '举办日期不在计划年度内' },
  unknownAttendee: { kind: 'rule_violation', code: 'TRAINING_SESSION.UNKNOWN_ATTENDEE', title: '参训人员不是在职工作人员' },
  absenceReasonRequired: { kind: 'rule_violation', code: 'TRAINING_SESSION.ABSENCE_REASON_REQUIRED', title: '未参加的人员须说明缺席原因' },
  duplicateAttendee: { kind: 'rule_violation', code: 'TRAINING_SESSION.DUPLICATE_ATTENDEE', title: '参训名单中有重复人员' },
} as const;

/** RPC subjects, under `rpc.personnel-finance.`. */
export const StaffTrainingSubjects = {
  planCreate: 'training-plan.create',
  planUpdate: 'training-plan.update',
  planWithdraw: 'training-plan.withdraw',
  planGet: 'training-plan.get',
  planList: 'training-plan.list',
  sessionCreate: 'training-session.create',
  sessionUpdate: 'training-session.update',
  sessionWithdraw: 'training-session.withdraw',
  sessionGet: 'training-session.get',
  sessionList: 'training-session.list',
  hours: 'training.hours',
} as const;

export class TrainingReasonBody {
  @ApiProperty({ description: '撤回理由' }) @IsString({ message: 'reason：必须为文本' }) @MinLength(2, { message: 'reason：撤回须说明理由（至少 2 个字）' }) @MaxLength(1000, { message: 'reason：不超过 1000 个字' }) reason: string;
}

export namespace CreateTrainingPlan {
  export class Request extends TrainingPlanFields {}
  export class Reply extends TrainingPlanView {}
}
export namespace UpdateTrainingPlan {
  export class Body extends TrainingPlanFields {}
  export class Request extends Versioned(Body) {}
  export class Reply extends TrainingPlanView {}
}
export namespace WithdrawTrainingPlan {
  export class Request extends Versioned(TrainingReasonBody) {}
  export class Reply extends TrainingPlanView {}
}
export namespace GetTrainingPlan {
  export class Request extends RecordRef {}
  export class Reply extends TrainingPlanView {}
}
export namespace ListTrainingPlans {
  export class Request extends PageQuery {
    @ApiPropertyOptional({ description: '年度' }) @IsOptional() @Type(() => Number) @IsInt32({ message: 'year：须为整数年份' }) year?: number;
    @ApiPropertyOptional({ enum: TRAINING_KINDS }) @IsOptional() @IsIn(TRAINING_KINDS, { message: 'kind：培训类别无效' }) kind?: TrainingKind;
    @ApiPropertyOptional({ enum: TRAINING_PLAN_STATUSES }) @IsOptional() @IsIn(TRAINING_PLAN_STATUSES, { message: 'status：取值无效' }) status?: TrainingPlanStatus;
  }
  export class Reply extends PageMeta {
    @ApiProperty({ type: [TrainingPlanView] }) items: TrainingPlanView[];
  }
}

export namespace CreateTrainingSession {
  export class Request extends TrainingSessionFields {
    @ApiProperty({ format: 'uuid', description: '所属培训计划' }) @IsUUID('all', { message: 'planId：须为培训计划编号' }) planId: string;
  }
  export class Reply extends TrainingSessionView {}
}
export namespace UpdateTrainingSession {
  export class Body extends TrainingSessionFields {}
  export class Request extends Versioned(Body) {}
  export class Reply extends TrainingSessionView {}
}
export namespace WithdrawTrainingSession {
  export class Request extends Versioned(TrainingReasonBody) {}
  export class Reply extends TrainingSessionView {}
}
export namespace GetTrainingSession {
  export class Request extends RecordRef {}
  export class Reply extends TrainingSessionView {}
}
export namespace ListTrainingSessions {
  export class Request extends PageQuery {
    @ApiPropertyOptional({ format: 'uuid', description: '培训计划' }) @IsOptional() @IsUUID('all', { message: 'planId：须为培训计划编号' }) planId?: string;
    @ApiPropertyOptional({ description: '年度' }) @IsOptional() @Type(() => Number) @IsInt32({ message: 'year：须为整数年份' }) year?: number;
    @ApiPropertyOptional({ format: 'uuid', description: '参训人员' }) @IsOptional() @IsUUID('all', { message: 'staffMemberId：须为工作人员编号' }) staffMemberId?: string;
  }
  export class Reply extends PageMeta {
    @ApiProperty({ type: [TrainingSessionView] }) items: TrainingSessionView[];
  }
}

// ---------------------------------------------------------------- hours per person per year

export class TrainingStandard {
  @ApiProperty({ description: '配置版本' }) version: string;
  @ApiProperty({ description: '每年不少于的天数' }) days: number;
  @ApiProperty({ description: '或每年不少于的学时' }) hours: number;
  @ApiProperty({ enum: TRAINING_KINDS, isArray: true, description: '计入标准的培训类别' }) kinds: TrainingKind[];
  @ApiProperty({ description: '依据' }) source: string;
}
export class TrainingHoursRow {
  @ApiProperty({ format: 'uuid' }) staffMemberId: string;
  @ApiProperty() name: string;
  @ApiProperty() sectionCode: string;
  @ApiProperty({ description: '各类别学时' }) hoursByKind: Record<TrainingKind, number>;
  @ApiProperty({ description: '全年合计学时' }) totalHours: number;
  @ApiProperty({ description: '计入标准的学时' }) countedHours: number;
  @ApiProperty({ description: '计入标准的天数' }) countedDays: number;
  @ApiProperty({ description: '是否达到标准（天数或学时之一达到即可）' }) meetsStandard: boolean;
  @ApiProperty({ description: '距学时标准还差的学时（已达标为 0）' }) shortfallHours: number;
  @ApiProperty({ description: '缺席次数' }) absences: number;
}
export namespace GetTrainingHours {
  export class Request {
    @ApiProperty({ description: '年度' }) @Type(() => Number) @IsInt32({ message: 'year：须为整数年份' }) @Min(2000, { message: 'year：年份无效' }) @Max(2100, { message: 'year：年份无效' }) year: number;
    @ApiPropertyOptional({ description: '只看未达标人员' })
    @IsOptional()
    @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value)) @IsBoolean({ message: 'belowOnly：须为是或否' }) belowOnly?: boolean;
  }
  export class Reply {
    @ApiProperty() year: number;
    @ApiProperty({ type: TrainingStandard }) standard: TrainingStandard;
    @ApiProperty({ type: [TrainingHoursRow] }) rows: TrainingHoursRow[];
    @ApiProperty({ description: '未达标人数' }) below: number;
  }
}

/** What the events carry (consumers apply only newer versions). No attendance detail: who trained is in the record. */
export class TrainingPlanSnapshot {
  @ApiProperty() @IsUUID() id: string;
  @ApiProperty() @IsInt32() year: number;
  @ApiProperty() @IsString() title: string;
  @ApiProperty() @IsIn(TRAINING_KINDS) kind: TrainingKind;
  @ApiProperty() @IsIn(TRAINING_PLAN_STATUSES) status: TrainingPlanStatus;
  @ApiProperty() @IsInt32() @Min(1) version: number;
}
export class TrainingSessionSnapshot {
  @ApiProperty() @IsUUID() id: string;
  @ApiProperty() @IsUUID() planId: string;
  @ApiProperty() @IsString() heldOn: string;
  @ApiProperty() @IsInt32() hours: number;
  @ApiProperty() @IsInt32() attended: number;
  @ApiProperty() @IsIn(TRAINING_SESSION_STATUSES) status: TrainingSessionStatus;
  @ApiProperty() @IsInt32() @Min(1) version: number;
}

export const StaffTrainingEvents = {
  planCreated: eventSubject('personnel-finance', 'training-plan.created'),
  planUpdated: eventSubject('personnel-finance', 'training-plan.updated'),
  planWithdrawn: eventSubject('personnel-finance', 'training-plan.withdrawn'),
  sessionRecorded: eventSubject('personnel-finance', 'training-session.recorded'),
  sessionUpdated: eventSubject('personnel-finance', 'training-session.updated'),
  sessionWithdrawn: eventSubject('personnel-finance', 'training-session.withdrawn'),
} as const;

/** What each event means, for the catalogue of the events (tools/asyncapi): one sentence about the fact. */
export const StaffTrainingEventDescriptions = {
  'training-plan.created': { zh: '年度培训计划新增一个项目', en: 'A training was added to the year\'s training plan.' },
  'training-plan.updated': { zh: '培训计划项目被修改', en: 'A planned training was changed.' },
  'training-plan.withdrawn': { zh: '培训计划项目被撤回（注明理由，不删除）', en: 'A planned training was withdrawn, with a reason (never deleted).' },
  'training-session.recorded': { zh: '登记一期培训班次及出勤', en: 'A training session was recorded with its attendance.' },
  'training-session.updated': { zh: '培训班次或出勤被修改', en: 'A training session or its attendance was changed.' },
  'training-session.withdrawn': { zh: '培训班次被撤回（注明理由，不删除）', en: 'A training session was withdrawn, with a reason (never deleted).' },
} as const;

export namespace TrainingPlanChanged {
  export class Event extends TrainingPlanSnapshot {}
}
export namespace TrainingSessionChanged {
  export class Event extends TrainingSessionSnapshot {}
}
