import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { ApiProperty, ApiPropertyOptional, eventSubject, IsCalendarDate, IsInt32, PageMeta, PageQuery, RecordRef, Versioned, VersionedRef, MeetingDecisionFields } from '@gov/contracts-common';

// ---------------------------------------------------------------------------------------------------------------------
// 综合科's own office affairs (issue 21 §3): the office's 室务会 and its decided items (to supervision), the office's
// work plan (工作计划), its internal rules (规章制度) and the record of publicity (宣传报道).
// ---------------------------------------------------------------------------------------------------------------------

const SECTION_CODE = /^[a-z][a-z0-9_]{1,39}$/;

/** One line of a record's timeline: every step, who and when. */
export class OfficeAffairsHistoryEntry {
  @ApiProperty() step: string;
  @ApiPropertyOptional({ nullable: true, type: String }) fromStatus: string | null;
  @ApiProperty() toStatus: string;
  @ApiPropertyOptional({ description: '说明或理由', nullable: true, type: String }) note: string | null;
  @ApiProperty() at: string;
  @ApiProperty() by: string;
}

// ---- 室务会 ----------------------------------------------------------------------------------------------------------

/** planned 已安排 → held 已召开 (minutes, decided items) → published 已发布 (decided items to supervision); planned → withdrawn 已撤回. */
export const OFFICE_MEETING_STATUSES = ['planned', 'held', 'published', 'withdrawn'] as const;
export type OfficeMeetingStatus = (typeof OFFICE_MEETING_STATUSES)[number];
export const OFFICE_MEETING_STATUS_LABELS: Record<OfficeMeetingStatus, string> = { planned: '已安排', held: '已召开', published: '已发布', withdrawn: '已撤回' };

/** The one kind of meeting of this module: the office's 室务会 (its decided items' `meetingKind`). */
export const OFFICE_MEETING_KINDS = ['office_meeting'] as const;
export type OfficeMeetingKind = (typeof OFFICE_MEETING_KINDS)[number];
export const OFFICE_MEETING_KIND_LABELS: Record<OfficeMeetingKind, string> = { office_meeting: '室务会' };

/** One absent member and why. */
export class OfficeMeetingAbsentee {
  @ApiProperty({ description: '缺席人员' })
  @IsString({ message: 'absentees.name：必须为文本' })
  @MinLength(2, { message: 'absentees.name：至少 2 个字' })
  @MaxLength(40, { message: 'absentees.name：不超过 40 个字' })
  name: string;

  @ApiProperty({ description: '缺席原因', example: '出差' })
  @IsString({ message: 'absentees.reason：必须为文本' })
  @MinLength(2, { message: 'absentees.reason：须说明缺席原因' })
  @MaxLength(100, { message: 'absentees.reason：不超过 100 个字' })
  reason: string;
}

/** One decided item (议定事项) as recorded with the minutes. */
export class OfficeMeetingDecidedItem {
  @ApiProperty({ description: '议定事项内容' })
  @IsString({ message: 'decisions.content：必须为文本' })
  @MinLength(2, { message: 'decisions.content：至少 2 个字' })
  @MaxLength(4000, { message: 'decisions.content：不超过 4000 个字' })
  content: string;

  @ApiProperty({ format: 'uuid', description: '牵头单位或科室（单位名录）' })
  @IsUUID('all', { message: 'decisions.leadUnitId：须为单位 id' })
  leadUnitId: string;

  @ApiProperty({ type: [String], description: '配合单位' })
  @IsArray({ message: 'decisions.coUnitIds：须为列表' })
  @ArrayMaxSize(50, { message: 'decisions.coUnitIds：不超过 50 个' })
  @IsUUID('all', { each: true, message: 'decisions.coUnitIds：须为单位 id' })
  coUnitIds: string[];

  @ApiPropertyOptional({ description: '办理期限（不早于会议召开日期）' })
  @IsOptional()
  @IsCalendarDate({ message: 'decisions.dueDate：日期格式必须为 YYYY-MM-DD' })
  dueDate?: string;
}

export class OfficeMeetingDecisionView extends OfficeMeetingDecidedItem {
  @ApiProperty({ format: 'uuid', description: '议定事项 id（督办事项的来源 id）' }) id: string;
  @ApiProperty({ description: '序号（从 1 起）' }) sequence: number;
}

/** The fields 综合科 gives of one 室务会 when arranging it. */
export class OfficeMeetingFields {
  @ApiProperty({ description: '会议名称', example: '区政府办公室2026年第12次室务会' })
  @IsString({ message: 'title：必须为文本' })
  @MinLength(2, { message: 'title：至少 2 个字' })
  @MaxLength(200, { message: 'title：不超过 200 个字' })
  title: string;

  @ApiProperty({ description: '会议日期' })
  @IsCalendarDate({ message: 'meetingDate：日期格式必须为 YYYY-MM-DD' })
  meetingDate: string;

  @ApiProperty({ description: '地点', example: '办公室第一会议室' })
  @IsString({ message: 'place：必须为文本' })
  @MinLength(2, { message: 'place：至少 2 个字' })
  @MaxLength(100, { message: 'place：不超过 100 个字' })
  place: string;

  @ApiProperty({ description: '主持人（办公室领导）', example: '张明' })
  @IsString({ message: 'chairName：必须为文本' })
  @MinLength(2, { message: 'chairName：至少 2 个字' })
  @MaxLength(40, { message: 'chairName：不超过 40 个字' })
  chairName: string;

  @ApiProperty({ type: [String], description: '出席人员（办公室领导、各科室负责人）' })
  @IsArray({ message: 'attendees：须为列表' })
  @ArrayMaxSize(100, { message: 'attendees：不超过 100 人' })
  @IsString({ each: true, message: 'attendees：须为姓名' })
  @MaxLength(40, { each: true, message: 'attendees：姓名不超过 40 个字' })
  attendees: string[];

  @ApiProperty({ type: [OfficeMeetingAbsentee], description: '缺席人员及原因' })
  @IsArray({ message: 'absentees：须为列表' })
  @ArrayMaxSize(100, { message: 'absentees：不超过 100 人' })
  @ValidateNested({ each: true })
  @Type(() => OfficeMeetingAbsentee)
  absentees: OfficeMeetingAbsentee[];

  @ApiProperty({ type: [String], description: '议题' })
  @IsArray({ message: 'topics：须为列表' })
  @ArrayMinSize(1, { message: 'topics：至少一个议题' })
  @ArrayMaxSize(30, { message: 'topics：不超过 30 个议题' })
  @IsString({ each: true, message: 'topics：须为文本' })
  @MinLength(2, { each: true, message: 'topics：每个议题至少 2 个字' })
  @MaxLength(200, { each: true, message: 'topics：每个议题不超过 200 个字' })
  topics: string[];
}

export class OfficeMeetingView extends OfficeMeetingFields {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: OFFICE_MEETING_STATUSES, description: 'planned 已安排 / held 已召开 / published 已发布 / withdrawn 已撤回' }) status: OfficeMeetingStatus;
  @ApiPropertyOptional({ description: '纪要期数', nullable: true, type: String }) minutesNumber: string | null;
  @ApiPropertyOptional({ description: '会议纪要', nullable: true, type: String }) minutes: string | null;
  @ApiProperty({ type: [OfficeMeetingDecisionView], description: '议定事项' }) decisions: OfficeMeetingDecisionView[];
  @ApiPropertyOptional({ description: '发布时间', nullable: true, type: String }) publishedAt: string | null;
  @ApiPropertyOptional({ description: '撤回理由', nullable: true, type: String }) withdrawalReason: string | null;
  @ApiProperty({ type: [OfficeAffairsHistoryEntry], description: '办理过程' }) history: OfficeAffairsHistoryEntry[];
  @ApiProperty({ description: '版本号（ETag）' }) version: number;
  @ApiProperty() createdAt: string;
  @ApiProperty() createdBy: string;
  @ApiProperty() updatedAt: string;
  @ApiProperty() updatedBy: string;
}

export const OfficeMeetingErrors = {
  notFound: { kind: 'not_found', code: 'OFFICE_MEETING.NOT_FOUND', title: '室务会不存在' },
  versionConflict: { kind: 'precondition_failed', code: 'OFFICE_MEETING.VERSION_CONFLICT', title: '室务会已被他人修改' },
  invalidStep: { kind: 'rule_violation', code: 'OFFICE_MEETING.INVALID_STEP', title: '室务会当前状态不能进行此步骤' },
  noDecisions: { kind: 'rule_violation', code: 'OFFICE_MEETING.NO_DECISIONS', title: '室务会没有议定事项，无需发布' },
  unknownUnit: { kind: 'rule_violation', code: 'OFFICE_MEETING.UNKNOWN_UNIT', title: '牵头或配合单位不在单位名录中' },
} as const;

export const OfficeMeetingSubjects = {
  create: 'office-meeting.create',
  hold: 'office-meeting.hold',
  publish: 'office-meeting.publish',
  withdraw: 'office-meeting.withdraw',
  get: 'office-meeting.get',
  list: 'office-meeting.list',
} as const;

export namespace CreateOfficeMeeting {
  export class Request extends OfficeMeetingFields {}
  export class Reply extends OfficeMeetingView {}
}

export namespace HoldOfficeMeeting {
  export class Body {
    @ApiPropertyOptional({ description: '纪要期数', example: '2026年第12期' })
    @IsOptional()
    @IsString({ message: 'minutesNumber：必须为文本' })
    @MaxLength(60, { message: 'minutesNumber：不超过 60 个字' })
    minutesNumber?: string;

    @ApiProperty({ description: '会议纪要' })
    @IsString({ message: 'minutes：必须为文本' })
    @MinLength(2, { message: 'minutes：须填写会议纪要' })
    @MaxLength(20000, { message: 'minutes：不超过 20000 个字' })
    minutes: string;

    @ApiPropertyOptional({ type: [String], description: '实际出席人员（不填则沿用安排）' })
    @IsOptional()
    @IsArray({ message: 'attendees：须为列表' })
    @ArrayMaxSize(100, { message: 'attendees：不超过 100 人' })
    @IsString({ each: true, message: 'attendees：须为姓名' })
    @MaxLength(40, { each: true, message: 'attendees：姓名不超过 40 个字' })
    attendees?: string[];

    @ApiPropertyOptional({ type: [OfficeMeetingAbsentee], description: '实际缺席人员及原因（不填则沿用安排）' })
    @IsOptional()
    @IsArray({ message: 'absentees：须为列表' })
    @ArrayMaxSize(100, { message: 'absentees：不超过 100 人' })
    @ValidateNested({ each: true })
    @Type(() => OfficeMeetingAbsentee)
    absentees?: OfficeMeetingAbsentee[];

    @ApiProperty({ type: [OfficeMeetingDecidedItem], description: '议定事项' })
    @IsArray({ message: 'decisions：须为列表' })
    @ArrayMaxSize(50, { message: 'decisions：不超过 50 项' })
    @ValidateNested({ each: true })
    @Type(() => OfficeMeetingDecidedItem)
    decisions: OfficeMeetingDecidedItem[];
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends OfficeMeetingView {}
}

export namespace PublishOfficeMeeting {
  export class Request extends VersionedRef {}
  export class Reply extends OfficeMeetingView {}
}

export class ReasonBody {
  @ApiProperty({ description: '理由' })
  @IsString({ message: 'reason：必须为文本' })
  @MinLength(2, { message: 'reason：须说明理由（至少 2 个字）' })
  @MaxLength(1000, { message: 'reason：不超过 1000 个字' })
  reason: string;
}

export namespace WithdrawOfficeMeeting {
  export class Body extends ReasonBody {}
  export class Request extends Versioned(Body) {}
  export class Reply extends OfficeMeetingView {}
}

export namespace GetOfficeMeeting {
  export class Request extends RecordRef {}
  export class Reply extends OfficeMeetingView {}
}

export namespace ListOfficeMeetings {
  export class Request extends PageQuery {
    @ApiPropertyOptional({ enum: OFFICE_MEETING_STATUSES, description: '状态' })
    @IsOptional()
    @IsIn(OFFICE_MEETING_STATUSES, { message: 'status：取值无效' })
    status?: OfficeMeetingStatus;

    @ApiPropertyOptional({ description: '年度' })
    @IsOptional()
    @Type(() => Number)
    @IsInt32({ message: 'year：须为年份' })
    @Min(2000, { message: 'year：须为年份' })
    @Max(2100, { message: 'year：须为年份' })
    year?: number;

    @ApiPropertyOptional({ description: '会议名称模糊搜索（支持中文）' })
    @IsOptional()
    @IsString({ message: 'q：必须为文本' })
    @MaxLength(40, { message: 'q：不超过 40 个字' })
    q?: string;
  }
  export class Reply extends PageMeta {
    @ApiProperty({ type: [OfficeMeetingView] }) items: OfficeMeetingView[];
  }
}

/** What the lifecycle events of one 室务会 carry: its snapshot with its version (consumers apply only newer ones). */
export class OfficeMeetingSnapshot {
  @ApiProperty() @IsUUID() id: string;
  @ApiProperty() @IsString() title: string;
  @ApiProperty() @IsCalendarDate() meetingDate: string;
  @ApiProperty() @IsIn(OFFICE_MEETING_STATUSES) status: OfficeMeetingStatus;
  @ApiProperty() @IsInt32() @Min(1) version: number;
}

export namespace OfficeMeetingChanged {
  export class Event extends OfficeMeetingSnapshot {}
}

/**
 * One decided item of a published 室务会, for supervision: exactly the fields of `MeetingDecisionPublished.Event`
 * (supervision registers it the same way), its `meetingKind` this module's own `office_meeting`; the event id is the
 * decision id, so an item never goes out twice.
 */
export namespace OfficeMeetingDecisionPublished {
  export class Event extends MeetingDecisionFields {
    @ApiProperty({ enum: OFFICE_MEETING_KINDS }) @IsIn(OFFICE_MEETING_KINDS) meetingKind: OfficeMeetingKind;
  }
}

// ---- 工作计划 --------------------------------------------------------------------------------------------------------

/** not_started 未开始 → in_progress 推进中 → done 已完成 (final). */
export const WORK_PLAN_STATUSES = ['not_started', 'in_progress', 'done'] as const;
export type WorkPlanStatus = (typeof WORK_PLAN_STATUSES)[number];
export const WORK_PLAN_STATUS_LABELS: Record<WorkPlanStatus, string> = { not_started: '未开始', in_progress: '推进中', done: '已完成' };

export class WorkPlanItemFields {
  @ApiProperty({ description: '年度' })
  @Type(() => Number)
  @IsInt32({ message: 'year：须为年份' })
  @Min(2000, { message: 'year：须为年份' })
  @Max(2100, { message: 'year：须为年份' })
  year: number;

  @ApiPropertyOptional({ description: '月份（1–12；不填为年度计划）', nullable: true, type: Number })
  @IsOptional()
  @Type(() => Number)
  @IsInt32({ message: 'month：须为 1–12' })
  @Min(1, { message: 'month：须为 1–12' })
  @Max(12, { message: 'month：须为 1–12' })
  month?: number | null;

  @ApiProperty({ description: '工作内容' })
  @IsString({ message: 'content：必须为文本' })
  @MinLength(2, { message: 'content：至少 2 个字' })
  @MaxLength(2000, { message: 'content：不超过 2000 个字' })
  content: string;

  @ApiProperty({ description: '责任科室编码', example: 'zonghe' })
  @Matches(SECTION_CODE, { message: 'sectionCode：科室编码格式不正确' })
  sectionCode: string;

  @ApiProperty({ description: '完成时限' })
  @IsCalendarDate({ message: 'dueDate：日期格式必须为 YYYY-MM-DD' })
  dueDate: string;
}

export class WorkPlanProgressNote {
  @ApiProperty({ enum: WORK_PLAN_STATUSES }) status: WorkPlanStatus;
  @ApiProperty({ description: '进展情况' }) note: string;
  @ApiProperty() at: string;
  @ApiProperty() by: string;
}

export class WorkPlanItemView extends WorkPlanItemFields {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: WORK_PLAN_STATUSES, description: 'not_started 未开始 / in_progress 推进中 / done 已完成' }) status: WorkPlanStatus;
  @ApiProperty({ description: '已逾期（未完成且超过完成时限）' }) overdue: boolean;
  @ApiProperty({ type: [WorkPlanProgressNote], description: '进展记录' }) progress: WorkPlanProgressNote[];
  @ApiProperty({ description: '版本号（ETag）' }) version: number;
  @ApiProperty() createdAt: string;
  @ApiProperty() createdBy: string;
  @ApiProperty() updatedAt: string;
  @ApiProperty() updatedBy: string;
}

export const WorkPlanErrors = {
  notFound: { kind: 'not_found', code: 'WORK_PLAN.NOT_FOUND', title: '工作计划事项不存在' },
  versionConflict: { kind: 'precondition_failed', code: 'WORK_PLAN.VERSION_CONFLICT', title: '工作计划事项已被他人修改' },
  invalidStep: { kind: 'rule_violation', code: 'WORK_PLAN.INVALID_STATUS', title: '工作计划事项不能改为该状态' },
  dueOutsidePeriod: { kind: 'rule_violation', code: 'WORK_PLAN.DUE_OUTSIDE_PERIOD', title: '完成时限不在计划年度内' },
} as const;

export const WorkPlanSubjects = {
  create: 'work-plan.create',
  progress: 'work-plan.progress',
  get: 'work-plan.get',
  list: 'work-plan.list',
} as const;

export namespace CreateWorkPlanItem {
  export class Request extends WorkPlanItemFields {}
  export class Reply extends WorkPlanItemView {}
}

export namespace ReportWorkPlanProgress {
  export class Body {
    @ApiProperty({ enum: WORK_PLAN_STATUSES, description: '新的状态' })
    @IsIn(WORK_PLAN_STATUSES, { message: 'status：只能是未开始、推进中或已完成' })
    status: WorkPlanStatus;

    @ApiProperty({ description: '进展情况' })
    @IsString({ message: 'note：必须为文本' })
    @MinLength(2, { message: 'note：须说明进展情况' })
    @MaxLength(2000, { message: 'note：不超过 2000 个字' })
    note: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends WorkPlanItemView {}
}

export namespace GetWorkPlanItem {
  export class Request extends RecordRef {}
  export class Reply extends WorkPlanItemView {}
}

export namespace ListWorkPlanItems {
  export class Request extends PageQuery {
    @ApiProperty({ description: '年度' })
    @Type(() => Number)
    @IsInt32({ message: 'year：须为年份' })
    @Min(2000, { message: 'year：须为年份' })
    @Max(2100, { message: 'year：须为年份' })
    year: number;

    @ApiPropertyOptional({ description: '月份（1–12；不填为全年）' })
    @IsOptional()
    @Type(() => Number)
    @IsInt32({ message: 'month：须为 1–12' })
    @Min(1, { message: 'month：须为 1–12' })
    @Max(12, { message: 'month：须为 1–12' })
    month?: number;

    @ApiPropertyOptional({ description: '责任科室编码' })
    @IsOptional()
    @Matches(SECTION_CODE, { message: 'sectionCode：科室编码格式不正确' })
    sectionCode?: string;

    @ApiPropertyOptional({ enum: WORK_PLAN_STATUSES })
    @IsOptional()
    @IsIn(WORK_PLAN_STATUSES, { message: 'status：取值无效' })
    status?: WorkPlanStatus;

    @ApiPropertyOptional({ description: '只看已逾期的' })
    @IsOptional()
    @Type(() => String)
    @IsIn(['true', 'false'], { message: 'overdue：须为 true 或 false' })
    overdue?: string;
  }
  export class Reply extends PageMeta {
    @ApiProperty({ type: [WorkPlanItemView] }) items: WorkPlanItemView[];
    @ApiProperty({ description: '符合条件的事项中已逾期的条数' }) overdueCount: number;
  }
}

export class WorkPlanSnapshot {
  @ApiProperty() @IsUUID() id: string;
  @ApiProperty() @IsInt32() year: number;
  @ApiProperty() @IsString() sectionCode: string;
  @ApiProperty() @IsIn(WORK_PLAN_STATUSES) status: WorkPlanStatus;
  @ApiProperty() @IsInt32() @Min(1) version: number;
}

export namespace WorkPlanChanged {
  export class Event extends WorkPlanSnapshot {}
}

// ---- 规章制度 --------------------------------------------------------------------------------------------------------

/** in_force 现行有效 → repealed 已废止 (with a reason; every version kept). */
export const OFFICE_RULE_STATUSES = ['in_force', 'repealed'] as const;
export type OfficeRuleStatus = (typeof OFFICE_RULE_STATUSES)[number];
export const OFFICE_RULE_STATUS_LABELS: Record<OfficeRuleStatus, string> = { in_force: '现行有效', repealed: '已废止' };

export class OfficeRuleText {
  @ApiProperty({ description: '正文' })
  @IsString({ message: 'content：必须为文本' })
  @MinLength(2, { message: 'content：至少 2 个字' })
  @MaxLength(50000, { message: 'content：不超过 50000 个字' })
  content: string;

  @ApiProperty({ description: '施行日期' })
  @IsCalendarDate({ message: 'effectiveDate：日期格式必须为 YYYY-MM-DD' })
  effectiveDate: string;

  @ApiPropertyOptional({ description: '文号', example: '区府办发〔2026〕3号' })
  @IsOptional()
  @IsString({ message: 'documentNumber：必须为文本' })
  @MaxLength(60, { message: 'documentNumber：不超过 60 个字' })
  documentNumber?: string;
}

export class OfficeRuleVersionView {
  @ApiProperty({ description: '版本序号（从 1 起）' }) versionNo: number;
  @ApiProperty() content: string;
  @ApiProperty() effectiveDate: string;
  @ApiPropertyOptional({ nullable: true, type: String }) documentNumber: string | null;
  @ApiPropertyOptional({ description: '修订说明', nullable: true, type: String }) note: string | null;
  @ApiProperty() createdAt: string;
  @ApiProperty() createdBy: string;
}

export class OfficeRuleView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ description: '制度名称' }) title: string;
  @ApiProperty({ enum: OFFICE_RULE_STATUSES }) status: OfficeRuleStatus;
  @ApiProperty({ type: OfficeRuleVersionView, description: '现行版本' }) current: OfficeRuleVersionView;
  @ApiProperty({ type: [OfficeRuleVersionView], description: '全部版本（旧版本保留）' }) versions: OfficeRuleVersionView[];
  @ApiPropertyOptional({ description: '废止理由', nullable: true, type: String }) repealReason: string | null;
  @ApiProperty({ description: '版本号（ETag）' }) version: number;
  @ApiProperty() createdAt: string;
  @ApiProperty() createdBy: string;
  @ApiProperty() updatedAt: string;
  @ApiProperty() updatedBy: string;
}

export const OfficeRuleErrors = {
  notFound: { kind: 'not_found', code: 'OFFICE_RULE.NOT_FOUND', title: '规章制度不存在' },
  versionConflict: { kind: 'precondition_failed', code: 'OFFICE_RULE.VERSION_CONFLICT', title: '规章制度已被他人修改' },
  repealed: { kind: 'rule_violation', code: 'OFFICE_RULE.REPEALED', title: '规章制度已废止' },
  effectiveDateBackwards: { kind: 'rule_violation', code: 'OFFICE_RULE.EFFECTIVE_DATE_BACKWARDS', title: '新版本的施行日期早于现行版本' },
} as const;

export const OfficeRuleSubjects = {
  create: 'office-rule.create',
  revise: 'office-rule.revise',
  repeal: 'office-rule.repeal',
  get: 'office-rule.get',
  list: 'office-rule.list',
} as const;

export namespace CreateOfficeRule {
  export class Request extends OfficeRuleText {
    @ApiProperty({ description: '制度名称', example: '区政府办公室公文处理办法' })
    @IsString({ message: 'title：必须为文本' })
    @MinLength(2, { message: 'title：至少 2 个字' })
    @MaxLength(200, { message: 'title：不超过 200 个字' })
    title: string;
  }
  export class Reply extends OfficeRuleView {}
}

export namespace ReviseOfficeRule {
  export class Body extends OfficeRuleText {
    @ApiProperty({ description: '修订说明' })
    @IsString({ message: 'note：必须为文本' })
    @MinLength(2, { message: 'note：须说明修订内容' })
    @MaxLength(1000, { message: 'note：不超过 1000 个字' })
    note: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends OfficeRuleView {}
}

export namespace RepealOfficeRule {
  export class Body extends ReasonBody {}
  export class Request extends Versioned(Body) {}
  export class Reply extends OfficeRuleView {}
}

export namespace GetOfficeRule {
  export class Request extends RecordRef {}
  export class Reply extends OfficeRuleView {}
}

export namespace ListOfficeRules {
  export class Request extends PageQuery {
    @ApiPropertyOptional({ enum: OFFICE_RULE_STATUSES })
    @IsOptional()
    @IsIn(OFFICE_RULE_STATUSES, { message: 'status：取值无效' })
    status?: OfficeRuleStatus;

    @ApiPropertyOptional({ description: '名称模糊搜索（支持中文）' })
    @IsOptional()
    @IsString({ message: 'q：必须为文本' })
    @MaxLength(40, { message: 'q：不超过 40 个字' })
    q?: string;
  }
  export class Reply extends PageMeta {
    @ApiProperty({ type: [OfficeRuleView] }) items: OfficeRuleView[];
  }
}

export class OfficeRuleSnapshot {
  @ApiProperty() @IsUUID() id: string;
  @ApiProperty() @IsString() title: string;
  @ApiProperty() @IsIn(OFFICE_RULE_STATUSES) status: OfficeRuleStatus;
  @ApiProperty() @IsInt32() @Min(1) versionNo: number;
  @ApiProperty() @IsInt32() @Min(1) version: number;
}

export namespace OfficeRuleChanged {
  export class Event extends OfficeRuleSnapshot {}
}

// ---- 宣传报道 --------------------------------------------------------------------------------------------------------

export const PUBLICITY_LEVELS = ['national', 'provincial', 'city', 'district'] as const;
export type PublicityLevel = (typeof PUBLICITY_LEVELS)[number];
export const PUBLICITY_LEVEL_LABELS: Record<PublicityLevel, string> = { national: '国家级', provincial: '省级', city: '市级', district: '区级' };

export const PUBLICITY_KINDS = ['article', 'news', 'feature'] as const;
export type PublicityKind = (typeof PUBLICITY_KINDS)[number];
export const PUBLICITY_KIND_LABELS: Record<PublicityKind, string> = { article: '稿件', news: '新闻', feature: '专题' };

export const PUBLICITY_STATUSES = ['recorded', 'voided'] as const;
export type PublicityStatus = (typeof PUBLICITY_STATUSES)[number];
export const PUBLICITY_STATUS_LABELS: Record<PublicityStatus, string> = { recorded: '已登记', voided: '已作废' };

export class PublicityFields {
  @ApiProperty({ description: '刊发日期' })
  @IsCalendarDate({ message: 'publishedOn：日期格式必须为 YYYY-MM-DD' })
  publishedOn: string;

  @ApiProperty({ description: '标题' })
  @IsString({ message: 'title：必须为文本' })
  @MinLength(2, { message: 'title：至少 2 个字' })
  @MaxLength(200, { message: 'title：不超过 200 个字' })
  title: string;

  @ApiProperty({ description: '刊发媒体', example: '人民日报' })
  @IsString({ message: 'outlet：必须为文本' })
  @MinLength(2, { message: 'outlet：至少 2 个字' })
  @MaxLength(100, { message: 'outlet：不超过 100 个字' })
  outlet: string;

  @ApiProperty({ enum: PUBLICITY_LEVELS, description: '媒体级别：国家级/省级/市级/区级' })
  @IsIn(PUBLICITY_LEVELS, { message: 'level：只能是国家级、省级、市级或区级' })
  level: PublicityLevel;

  @ApiProperty({ enum: PUBLICITY_KINDS, description: '类型：稿件/新闻/专题' })
  @IsIn(PUBLICITY_KINDS, { message: 'kind：只能是稿件、新闻或专题' })
  kind: PublicityKind;

  @ApiProperty({ description: '供稿科室编码', example: 'zonghe' })
  @Matches(SECTION_CODE, { message: 'sectionCode：科室编码格式不正确' })
  sectionCode: string;

  @ApiPropertyOptional({ description: '链接' })
  @IsOptional()
  @IsString({ message: 'link：必须为文本' })
  @Matches(/^https?:\/\/\S+$/, { message: 'link：须为 http(s) 链接' })
  @MaxLength(500, { message: 'link：不超过 500 个字' })
  link?: string;
}

export class PublicityView extends PublicityFields {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: PUBLICITY_STATUSES }) status: PublicityStatus;
  @ApiPropertyOptional({ description: '作废理由', nullable: true, type: String }) voidReason: string | null;
  @ApiProperty({ description: '版本号（ETag）' }) version: number;
  @ApiProperty() createdAt: string;
  @ApiProperty() createdBy: string;
  @ApiProperty() updatedAt: string;
  @ApiProperty() updatedBy: string;
}

export class PublicityCountRow {
  @ApiProperty({ description: '科室编码' }) sectionCode: string;
  @ApiProperty() national: number;
  @ApiProperty() provincial: number;
  @ApiProperty() city: number;
  @ApiProperty() district: number;
  @ApiProperty() total: number;
}

export const PublicityErrors = {
  notFound: { kind: 'not_found', code: 'PUBLICITY.NOT_FOUND', title: '宣传报道记录不存在' },
  versionConflict: { kind: 'precondition_failed', code: 'PUBLICITY.VERSION_CONFLICT', title: '宣传报道记录已被他人修改' },
  voided: { kind: 'rule_violation', code: 'PUBLICITY.VOIDED', title: '宣传报道记录已作废' },
} as const;

export const PublicitySubjects = {
  create: 'publicity.create',
  void: 'publicity.void',
  get: 'publicity.get',
  list: 'publicity.list',
  counts: 'publicity.counts',
} as const;

export namespace CreatePublicity {
  export class Request extends PublicityFields {}
  export class Reply extends PublicityView {}
}

export namespace VoidPublicity {
  export class Body extends ReasonBody {}
  export class Request extends Versioned(Body) {}
  export class Reply extends PublicityView {}
}

export namespace GetPublicity {
  export class Request extends RecordRef {}
  export class Reply extends PublicityView {}
}

export namespace ListPublicity {
  export class Request extends PageQuery {
    @ApiPropertyOptional({ description: '年度' })
    @IsOptional()
    @Type(() => Number)
    @IsInt32({ message: 'year：须为年份' })
    @Min(2000, { message: 'year：须为年份' })
    @Max(2100, { message: 'year：须为年份' })
    year?: number;

    @ApiPropertyOptional({ description: '供稿科室编码' })
    @IsOptional()
    @Matches(SECTION_CODE, { message: 'sectionCode：科室编码格式不正确' })
    sectionCode?: string;

    @ApiPropertyOptional({ enum: PUBLICITY_LEVELS })
    @IsOptional()
    @IsIn(PUBLICITY_LEVELS, { message: 'level：取值无效' })
    level?: PublicityLevel;

    @ApiPropertyOptional({ enum: PUBLICITY_KINDS })
    @IsOptional()
    @IsIn(PUBLICITY_KINDS, { message: 'kind：取值无效' })
    kind?: PublicityKind;

    @ApiPropertyOptional({ description: '标题或媒体模糊搜索（支持中文）' })
    @IsOptional()
    @IsString({ message: 'q：必须为文本' })
    @MaxLength(40, { message: 'q：不超过 40 个字' })
    q?: string;
  }
  export class Reply extends PageMeta {
    @ApiProperty({ type: [PublicityView] }) items: PublicityView[];
  }
}

export namespace CountPublicity {
  export class Request {
    @ApiProperty({ description: '年度' })
    @Type(() => Number)
    @IsInt32({ message: 'year：须为年份' })
    @Min(2000, { message: 'year：须为年份' })
    @Max(2100, { message: 'year：须为年份' })
    year: number;
  }
  export class Reply {
    @ApiProperty() year: number;
    @ApiProperty({ type: [PublicityCountRow], description: '各科室按媒体级别的篇数（不含作废）' }) rows: PublicityCountRow[];
    @ApiProperty({ type: PublicityCountRow, description: '合计（sectionCode 为 all）' }) totals: PublicityCountRow;
  }
}

export class PublicitySnapshot {
  @ApiProperty() @IsUUID() id: string;
  @ApiProperty() @IsCalendarDate() publishedOn: string;
  @ApiProperty() @IsIn(PUBLICITY_LEVELS) level: PublicityLevel;
  @ApiProperty() @IsString() sectionCode: string;
  @ApiProperty() @IsIn(PUBLICITY_STATUSES) status: PublicityStatus;
  @ApiProperty() @IsInt32() @Min(1) version: number;
}

export namespace PublicityChanged {
  export class Event extends PublicitySnapshot {}
}

// ---- events ----------------------------------------------------------------------------------------------------------

export const OfficeAffairsEvents = {
  meetingCreated: eventSubject('duty-and-meetings', 'office-meeting.created'),
  meetingHeld: eventSubject('duty-and-meetings', 'office-meeting.held'),
  meetingPublished: eventSubject('duty-and-meetings', 'office-meeting.published'),
  meetingWithdrawn: eventSubject('duty-and-meetings', 'office-meeting.withdrawn'),
  decisionPublished: eventSubject('duty-and-meetings', 'office-meeting.decision-published'),
  workPlanChanged: eventSubject('duty-and-meetings', 'work-plan.changed'),
  ruleChanged: eventSubject('duty-and-meetings', 'office-rule.changed'),
  publicityChanged: eventSubject('duty-and-meetings', 'publicity.changed'),
} as const;

/** What each event means, for the catalogue of the events (tools/asyncapi): one sentence about the fact. */
export const OfficeAffairsEventDescriptions = {
  'office-meeting.created': { zh: '室务会已安排', en: 'An office meeting (室务会) was arranged.' },
  'office-meeting.held': { zh: '室务会已召开，纪要和议定事项已登记', en: 'An office meeting was held; its minutes and decided items were recorded.' },
  'office-meeting.published': { zh: '室务会议定事项已发布', en: 'The decided items of an office meeting were published.' },
  'office-meeting.withdrawn': { zh: '室务会被撤回（注明理由）', en: 'An office meeting was withdrawn before it was held, with a reason.' },
  'office-meeting.decision-published': { zh: '室务会的一项议定事项发布，交督查室督办', en: 'One decided item of an office meeting was published, for supervision.' },
  'work-plan.changed': { zh: '办公室工作计划事项登记或进展变化', en: 'An item of the office work plan was created or its progress changed.' },
  'office-rule.changed': { zh: '办公室规章制度制定、修订或废止', en: 'An internal rule of the office was made, revised or repealed.' },
  'publicity.changed': { zh: '宣传报道登记或作废', en: 'A publicity record was entered or voided.' },
} as const;

/** Marker for the boolean query flag (`'true'`/`'false'` on the wire). */
export function isTrueFlag(value: string | boolean | undefined): boolean {
  return value === true || value === 'true';
}
