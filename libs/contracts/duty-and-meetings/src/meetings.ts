import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsIn, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { eventSubject, IsCalendarDate, IsInt32, IsOffsetDateTime, PageMeta, PageQuery, RecordRef, Versioned, VersionedRef, ApiProperty, ApiPropertyOptional } from '@gov/contracts-common';
import { SourceItemView } from '@gov/contracts-supervision';
import { LeaderRef } from './schedule.js';
import { MEETING_KINDS, type MeetingKind } from './supervision-events.js';


/** 会议类别 (一类/二类/视频/普通): whether a meeting needs 报批 before its notice, and who approves. Local configuration. */
export const MEETING_CLASS_CODES = ['class_one', 'class_two', 'video', 'ordinary'] as const;
export type MeetingClassCode = (typeof MEETING_CLASS_CODES)[number];
export const MEETING_APPROVER_ROLES = ['district_leader', 'office_leader'] as const;
export type MeetingApproverRole = (typeof MEETING_APPROVER_ROLES)[number];

export class MeetingClassRuleFields {
  @ApiProperty({ description: '类别名称', example: '一类会议' }) @IsString() @MinLength(2) @MaxLength(40) name: string;
  @ApiProperty({ description: '发通知前是否须报批' }) @IsBoolean() requiresApproval: boolean;
  @ApiProperty({ enum: MEETING_APPROVER_ROLES, description: '审批人角色：district_leader 区政府领导 / office_leader 办公室领导' })
  @IsIn(MEETING_APPROVER_ROLES)
  approverRole: MeetingApproverRole;
  @ApiProperty({ description: '生效日期 YYYY-MM-DD' }) @IsCalendarDate({ message: '生效日期应为 YYYY-MM-DD' }) effectiveFrom: string;
  @ApiProperty({ description: '依据（文件名称与文号）', example: '博山区人民政府办公室会议管理办法' }) @IsString() @MinLength(2) @MaxLength(300) source: string;
}

export class MeetingClassRuleView extends MeetingClassRuleFields {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: MEETING_CLASS_CODES }) code: MeetingClassCode;
  @ApiProperty({ description: '该类别规则的版本号' }) version: number;
  @ApiProperty() createdAt: string;
  @ApiProperty() createdBy: string;
}

export const MEETING_STATUSES = ['draft', 'pending_approval', 'approved', 'rejected', 'notified', 'held', 'minutes_published', 'cancelled'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];
export const MEETING_STATUS_LABELS: Record<MeetingStatus, string> = {
  draft: '拟办',
  pending_approval: '报批中',
  approved: '已批准',
  rejected: '未获批准',
  notified: '已通知',
  held: '已召开',
  minutes_published: '纪要已印发',
  cancelled: '已取消',
};

export const ATTENDANCE_STATUSES = ['present', 'absent', 'substitute'] as const;
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];

export class MeetingFields {
  @ApiProperty({ enum: MEETING_KINDS, description: '会议种类' }) @IsIn(MEETING_KINDS) kind: MeetingKind;
  @ApiProperty({ enum: MEETING_CLASS_CODES, description: '会议类别（决定是否须报批）' }) @IsIn(MEETING_CLASS_CODES) classCode: MeetingClassCode;
  @ApiProperty({ description: '会议名称', example: '区政府第12次常务会议' }) @IsString() @MinLength(2) @MaxLength(200) title: string;
  @ApiProperty({ description: '开始时间（ISO 8601）' }) @IsOffsetDateTime({ message: '开始时间应为 ISO 8601 时间' }) startsAt: string;
  @ApiProperty({ description: '结束时间（ISO 8601）' }) @IsOffsetDateTime({ message: '结束时间应为 ISO 8601 时间' }) endsAt: string;
  @ApiPropertyOptional({ description: '地点（不用会议室时填写）' }) @IsOptional() @IsString() @MaxLength(120) location?: string;
  @ApiPropertyOptional({ format: 'uuid', description: '会议室（同时预订，不可重复预订）' }) @IsOptional() @IsUUID() roomId?: string;
  @ApiPropertyOptional({ type: LeaderRef, description: '主持领导' }) @IsOptional() @ValidateNested() @Type(() => LeaderRef) chair?: LeaderRef;
  @ApiProperty({ type: [LeaderRef], description: '出席领导（占用领导日程，冲突将被拒绝）' })
  @IsArray()
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => LeaderRef)
  leaders: LeaderRef[];
  @ApiProperty({ type: [String], description: '参会单位（单位名录中的单位）' }) @IsArray() @ArrayMaxSize(200) @IsUUID('all', { each: true }) attendeeUnitIds: string[];
  @ApiPropertyOptional({ description: '密级 0–3', default: 0 }) @IsOptional() @IsInt32() @Min(0) @Max(3) secrecyLevel?: number;
}

export class MeetingTopicView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() sequence: number;
  @ApiProperty() title: string;
  @ApiProperty({ description: '汇报人' }) presenterName: string;
  @ApiPropertyOptional({ format: 'uuid', type: String, nullable: true }) presenterUnitId: string | null;
}

export class AttendanceView {
  @ApiProperty() name: string;
  @ApiPropertyOptional({ format: 'uuid', type: String, nullable: true }) unitId: string | null;
  @ApiProperty({ enum: ATTENDANCE_STATUSES, description: 'present 出席 / absent 缺席 / substitute 由他人代会' }) status: AttendanceStatus;
  @ApiPropertyOptional({ description: '缺席原因', type: String, nullable: true }) absenceReason: string | null;
  @ApiPropertyOptional({ description: '代会人', type: String, nullable: true }) substituteName: string | null;
  @ApiProperty() recordedAt: string;
  @ApiProperty() recordedBy: string;
}

export class MeetingDecisionView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() sequence: number;
  @ApiProperty() content: string;
  @ApiProperty({ format: 'uuid' }) leadUnitId: string;
  @ApiProperty({ type: [String] }) coUnitIds: string[];
  @ApiPropertyOptional({ description: '办理期限 YYYY-MM-DD', type: String, nullable: true }) dueDate: string | null;
  @ApiPropertyOptional({ description: '按工作日计算时的工作日数', type: Number, nullable: true }) dueWorkingDays: number | null;
  @ApiProperty({ type: [String], description: '期限的计算说明' }) dueExplanation: string[];
  @ApiProperty({ description: '期限是否暂定（如下一年节假日尚未公布）' }) dueProvisional: boolean;
  @ApiPropertyOptional({ type: String, nullable: true }) publishedAt: string | null;
  @ApiPropertyOptional({ type: SourceItemView, description: '据此立项的督办事项：状态、灯色、期限和各单位办理情况（随督办事项变化更新）' }) supervision?: SourceItemView;
}

/** A notice sent to the attendee units: the first (revision 1) and every revised one after a change (会议变更通知). */
export class MeetingNoticeView {
  @ApiProperty({ description: '第几次通知（1 为首次通知，其后为变更通知）' }) revision: number;
  @ApiProperty({ description: '通知正文' }) text: string;
  @ApiProperty({ type: [String], description: '通知的参会单位' }) unitIds: string[];
  @ApiProperty({ type: [String], description: '变更后不再参会、一并告知的单位' }) removedUnitIds: string[];
  @ApiPropertyOptional({ description: '变更原因（变更通知）', type: String, nullable: true }) reason: string | null;
  @ApiProperty() sentAt: string;
  @ApiProperty() sentBy: string;
}

export class MeetingView extends MeetingFields {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: MEETING_STATUSES }) status: MeetingStatus;
  @ApiProperty({ description: '是否须报批（按创建时的类别规则）' }) requiresApproval: boolean;
  @ApiProperty({ format: 'uuid', description: '所依据的类别规则（版本）' }) classRuleId: string;
  @ApiProperty({ enum: MEETING_APPROVER_ROLES }) approverRole: MeetingApproverRole;
  @ApiPropertyOptional({ format: 'uuid', type: String, nullable: true }) roomBookingId: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) approvedBy: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) approvedAt: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) approvalComment: string | null;
  @ApiPropertyOptional({ description: '最近一次通知的正文', type: String, nullable: true }) noticeText: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) notifiedAt: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) minutesNumber: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) minutesSummary: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) minutesPublishedAt: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) cancelReason: string | null;
  @ApiProperty({ type: [MeetingNoticeView], description: '已发通知（含变更通知），按先后' }) notices: MeetingNoticeView[];
  @ApiProperty({ type: [MeetingTopicView] }) topics: MeetingTopicView[];
  @ApiProperty({ type: [AttendanceView] }) attendance: AttendanceView[];
  @ApiProperty({ type: [MeetingDecisionView] }) decisions: MeetingDecisionView[];
  @ApiProperty() version: number;
  @ApiProperty() createdAt: string;
  @ApiProperty() createdBy: string;
  @ApiProperty() updatedAt: string;
  @ApiProperty() updatedBy: string;
}

export const MeetingErrors = {
  notFound: { kind: 'not_found', code: 'MEETING.NOT_FOUND', title: '会议不存在' },
  versionConflict: { kind: 'precondition_failed', code: 'MEETING.VERSION_CONFLICT', title: '会议已被他人修改' },
  noticeBeforeApproval: { kind: 'rule_violation', code: 'MEETING.NOTICE_BEFORE_APPROVAL', title: '会议未经批准，不能发通知' },
  invalidState: { kind: 'rule_violation', code: 'MEETING.INVALID_STATE', title: '会议当前状态不允许此操作' },
  approvalNotRequired: { kind: 'rule_violation', code: 'MEETING.APPROVAL_NOT_REQUIRED', title: '该类会议无须报批' },
  notApprover: { kind: 'forbidden', code: 'MEETING.NOT_APPROVER', title: '无权审批该会议' },
  minutesAlreadyPublished: { kind: 'conflict', code: 'MEETING.MINUTES_ALREADY_PUBLISHED', title: '会议纪要已印发' },
  unknownUnit: { kind: 'rule_violation', code: 'MEETING.UNKNOWN_UNIT', title: '单位不在单位名录中或已停用' },
  invalidDue: { kind: 'validation', code: 'MEETING.INVALID_DUE', title: '办理期限无效' },
  classNotConfigured: { kind: 'rule_violation', code: 'MEETING_CLASS.NOT_CONFIGURED', title: '该会议类别没有生效的规则' },
  forbidden: { kind: 'forbidden', code: 'MEETING.FORBIDDEN', title: '无权办理会务' },
  revisedNoticeRequired: { kind: 'validation', code: 'MEETING.REVISED_NOTICE_REQUIRED', title: '会议已通知，改期须附变更通知' },
  decisionsRecorded: { kind: 'rule_violation', code: 'MEETING.DECISIONS_RECORDED', title: '已有议定事项的会议不能改期' },
} as const;

export const MeetingSubjects = {
  create: 'meeting.create',
  get: 'meeting.get',
  list: 'meeting.list',
  submit: 'meeting.submit',
  approve: 'meeting.approve',
  sendNotice: 'meeting.notice.send',
  signIn: 'meeting.sign-in',
  addTopic: 'meeting.topic.add',
  addDecision: 'meeting.decision.add',
  publishMinutes: 'meeting.minutes.publish',
  cancel: 'meeting.cancel',
  reschedule: 'meeting.reschedule',
  listClasses: 'meeting-class.list',
  putClass: 'meeting-class.put',
} as const;

/** Lifecycle events of a meeting (each carries the whole view); the decided items go out as `MeetingDecisionPublished`. */
export const MeetingEvents = {
  created: eventSubject('duty-and-meetings', 'meeting.created'),
  submitted: eventSubject('duty-and-meetings', 'meeting.submitted'),
  approved: eventSubject('duty-and-meetings', 'meeting.approved'),
  rejected: eventSubject('duty-and-meetings', 'meeting.rejected'),
  noticeSent: eventSubject('duty-and-meetings', 'meeting.notice-sent'),
  attendanceRecorded: eventSubject('duty-and-meetings', 'meeting.attendance-recorded'),
  topicAdded: eventSubject('duty-and-meetings', 'meeting.topic-added'),
  decisionAdded: eventSubject('duty-and-meetings', 'meeting.decision-added'),
  minutesPublished: eventSubject('duty-and-meetings', 'meeting.minutes-published'),
  cancelled: eventSubject('duty-and-meetings', 'meeting.cancelled'),
  rescheduled: eventSubject('duty-and-meetings', 'meeting.rescheduled'),
  noticeRevised: eventSubject('duty-and-meetings', 'meeting.notice-revised'),
  classRuleChanged: eventSubject('duty-and-meetings', 'meeting-class.changed'),
} as const;

export namespace CreateMeeting {
  export class Request extends MeetingFields {}
  export class Reply extends MeetingView {}
}

export namespace GetMeeting {
  export class Request extends RecordRef {}
  export class Reply extends MeetingView {}
}

export namespace ListMeetings {
  export class Request extends PageQuery {
    @ApiPropertyOptional({ enum: MEETING_STATUSES }) @IsOptional() @IsIn(MEETING_STATUSES) status?: MeetingStatus;
    @ApiPropertyOptional({ enum: MEETING_KINDS }) @IsOptional() @IsIn(MEETING_KINDS) kind?: MeetingKind;
    @ApiPropertyOptional({ description: '开始时间不早于（ISO 8601）' }) @IsOptional() @IsOffsetDateTime() from?: string;
    @ApiPropertyOptional({ description: '开始时间早于（ISO 8601）' }) @IsOptional() @IsOffsetDateTime() to?: string;
    @ApiPropertyOptional({ description: '按会议名称模糊搜索（支持中文）' }) @IsOptional() @IsString() @MaxLength(60) q?: string;
  }
  export class Reply extends PageMeta {
    @ApiProperty({ type: [MeetingView] }) items: MeetingView[];
  }
}

export namespace SubmitMeeting {
  export class Request extends VersionedRef {}
  export class Reply extends MeetingView {}
}

export namespace ApproveMeeting {
  export class Body {
    @ApiProperty({ description: '是否批准' }) @IsBoolean() approved: boolean;
    @ApiPropertyOptional({ description: '审批意见' }) @IsOptional() @IsString() @MaxLength(500) comment?: string;
  }
  export class Request extends VersionedRef {
    @ApiProperty() @IsBoolean() approved: boolean;
    @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(500) comment?: string;
  }
  export class Reply extends MeetingView {}
}

export namespace SendMeetingNotice {
  export class Body {
    @ApiProperty({ description: '通知正文' }) @IsString() @MinLength(2) @MaxLength(4000) text: string;
  }
  export class Request extends VersionedRef {
    @ApiProperty() @IsString() @MinLength(2) @MaxLength(4000) text: string;
  }
  export class Reply extends MeetingView {}
}

export class AttendanceEntry {
  @ApiProperty({ description: '参会人姓名' }) @IsString() @MinLength(1) @MaxLength(40) name: string;
  @ApiPropertyOptional({ format: 'uuid', description: '所在单位' }) @IsOptional() @IsUUID() unitId?: string;
  @ApiProperty({ enum: ATTENDANCE_STATUSES }) @IsIn(ATTENDANCE_STATUSES) status: AttendanceStatus;
  @ApiPropertyOptional({ description: '缺席原因（缺席或代会时必填）' }) @IsOptional() @IsString() @MaxLength(200) absenceReason?: string;
  @ApiPropertyOptional({ description: '代会人（代会时必填）' }) @IsOptional() @IsString() @MaxLength(40) substituteName?: string;
}

export namespace SignInMeeting {
  export class Body {
    @ApiProperty({ type: [AttendanceEntry] }) @IsArray() @ArrayMinSize(1) @ArrayMaxSize(300) @ValidateNested({ each: true }) @Type(() => AttendanceEntry) entries: AttendanceEntry[];
  }
  export class Request extends VersionedRef {
    @ApiProperty({ type: [AttendanceEntry] }) @IsArray() @ArrayMinSize(1) @ArrayMaxSize(300) @ValidateNested({ each: true }) @Type(() => AttendanceEntry) entries: AttendanceEntry[];
  }
  export class Reply extends MeetingView {}
}

export namespace AddMeetingTopic {
  export class Body {
    @ApiProperty({ description: '议题' }) @IsString() @MinLength(2) @MaxLength(300) title: string;
    @ApiProperty({ description: '汇报人' }) @IsString() @MinLength(1) @MaxLength(40) presenterName: string;
    @ApiPropertyOptional({ format: 'uuid', description: '汇报单位' }) @IsOptional() @IsUUID() presenterUnitId?: string;
  }
  export class Request extends VersionedRef {
    @ApiProperty() @IsString() @MinLength(2) @MaxLength(300) title: string;
    @ApiProperty() @IsString() @MinLength(1) @MaxLength(40) presenterName: string;
    @ApiPropertyOptional() @IsOptional() @IsUUID() presenterUnitId?: string;
  }
  export class Reply extends MeetingView {}
}

export namespace AddMeetingDecision {
  /** Give either a due date or a number of working days counted from the meeting date (the deadline engine computes it). */
  export class Body {
    @ApiProperty({ description: '议定事项内容' }) @IsString() @MinLength(2) @MaxLength(4000) content: string;
    @ApiProperty({ format: 'uuid', description: '牵头单位' }) @IsUUID() leadUnitId: string;
    @ApiPropertyOptional({ type: [String], description: '配合单位' }) @IsOptional() @IsArray() @ArrayMaxSize(50) @IsUUID('all', { each: true }) coUnitIds?: string[];
    @ApiPropertyOptional({ description: '办理期限 YYYY-MM-DD' }) @IsOptional() @IsCalendarDate({ message: '办理期限应为 YYYY-MM-DD' }) dueDate?: string;
    @ApiPropertyOptional({ description: '自会议之日起的工作日数' }) @IsOptional() @IsInt32() @Min(1) @Max(365) dueWorkingDays?: number;
  }
  export class Request extends VersionedRef {
    @ApiProperty() @IsString() @MinLength(2) @MaxLength(4000) content: string;
    @ApiProperty() @IsUUID() leadUnitId: string;
    @ApiPropertyOptional() @IsOptional() @IsArray() @ArrayMaxSize(50) @IsUUID('all', { each: true }) coUnitIds?: string[];
    @ApiPropertyOptional() @IsOptional() @IsCalendarDate({ message: '办理期限应为 YYYY-MM-DD' }) dueDate?: string;
    @ApiPropertyOptional() @IsOptional() @IsInt32() @Min(1) @Max(365) dueWorkingDays?: number;
  }
  export class Reply extends MeetingView {}
}

export namespace PublishMeetingMinutes {
  export class Body {
    @ApiPropertyOptional({ description: '纪要文号或期数', example: '博政纪〔2026〕12号' }) @IsOptional() @IsString() @MaxLength(60) minutesNumber?: string;
    @ApiProperty({ description: '纪要摘要' }) @IsString() @MinLength(2) @MaxLength(8000) summary: string;
  }
  export class Request extends VersionedRef {
    @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(60) minutesNumber?: string;
    @ApiProperty() @IsString() @MinLength(2) @MaxLength(8000) summary: string;
  }
  export class Reply extends MeetingView {}
}

export namespace CancelMeeting {
  export class Body {
    @ApiProperty({ description: '取消原因' }) @IsString() @MinLength(2) @MaxLength(300) reason: string;
  }
  export class Request extends VersionedRef {
    @ApiProperty() @IsString() @MinLength(2) @MaxLength(300) reason: string;
  }
  export class Reply extends MeetingView {}
}

/** The schedule of a meeting after a change: time, room, leaders and attendee units, given whole (what is left out is dropped). */
class MeetingSchedule {
  @ApiProperty({ description: '开始时间（ISO 8601）' }) @IsOffsetDateTime({ message: '开始时间应为 ISO 8601 时间' }) startsAt: string;
  @ApiProperty({ description: '结束时间（ISO 8601）' }) @IsOffsetDateTime({ message: '结束时间应为 ISO 8601 时间' }) endsAt: string;
  @ApiPropertyOptional({ description: '地点（不用会议室时填写）' }) @IsOptional() @IsString() @MaxLength(120) location?: string;
  @ApiPropertyOptional({ format: 'uuid', description: '会议室（不填则释放原会议室）' }) @IsOptional() @IsUUID() roomId?: string;
  @ApiPropertyOptional({ type: LeaderRef, description: '主持领导' }) @IsOptional() @ValidateNested() @Type(() => LeaderRef) chair?: LeaderRef;
  @ApiProperty({ type: [LeaderRef], description: '出席领导（重新检查日程冲突）' })
  @IsArray()
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => LeaderRef)
  leaders: LeaderRef[];
  @ApiProperty({ type: [String], description: '参会单位' }) @IsArray() @ArrayMaxSize(200) @IsUUID('all', { each: true }) attendeeUnitIds: string[];
  @ApiProperty({ description: '变更原因' }) @IsString() @MinLength(2) @MaxLength(300) reason: string;
  @ApiPropertyOptional({ description: '变更通知正文（会议已通知时必填，发给变更前后的参会单位）' }) @IsOptional() @IsString() @MinLength(2) @MaxLength(4000) noticeText?: string;
}

/**
 * 改期/调整: before the meeting is held, its time, room, leaders and attendee units may change; the room and the leaders'
 * calendars are checked again. A meeting already notified sends a revised notice (变更通知), recorded with the others.
 */
export namespace RescheduleMeeting {
  export class Body extends MeetingSchedule {}
  export class Request extends Versioned(MeetingSchedule) {}
  export class Reply extends MeetingView {}
}

export namespace ListMeetingClasses {
  export class Request {
    @ApiPropertyOptional({ description: '查询某日生效的规则（YYYY-MM-DD）；不填返回全部版本' }) @IsOptional() @IsCalendarDate() onDate?: string;
  }
  export class Reply {
    @ApiProperty({ type: [MeetingClassRuleView] }) items: MeetingClassRuleView[];
  }
}

export namespace PutMeetingClass {
  export class Body extends MeetingClassRuleFields {}
  /** Adds a new version of a class's rule from its effective date; meetings keep the version they were created under. */
  export class Request extends MeetingClassRuleFields {
    @ApiProperty({ enum: MEETING_CLASS_CODES }) @IsIn(MEETING_CLASS_CODES) code: MeetingClassCode;
  }
  export class Reply extends MeetingClassRuleView {}
}

/** Published on every state change of a meeting with its whole view; no consumer yet beyond the audit of history. */
export namespace MeetingChanged {
  export class Event extends MeetingView {}
}
