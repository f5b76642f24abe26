import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { ApiProperty, ApiPropertyOptional, eventSubject, IsCalendarDate, IsInt32, PageMeta, PageQuery, RecordRef, Versioned, VersionedRef, MeetingDecisionFields } from '@gov/contracts-common';
import { SourceItemView } from '@gov/contracts-supervision';

// ---------------------------------------------------------------------------------------------------------------------
// 外事委会议: the meetings of the 区委外事工作委员会 and its office (外事委办公室, run by 外事科)
// ---------------------------------------------------------------------------------------------------------------------

/**
 * planned 议题征集 → notified 已通知 (notice issued) → held 已召开 (attendance, minutes, decided items) → published 已发布
 * (each decided item published for supervision); planned/notified → withdrawn 已撤回 (with a reason). No step is skipped.
 */
export const COMMITTEE_MEETING_STATUSES = ['planned', 'notified', 'held', 'published', 'withdrawn'] as const;
export type CommitteeMeetingStatus = (typeof COMMITTEE_MEETING_STATUSES)[number];
export const COMMITTEE_MEETING_STATUS_LABELS: Record<CommitteeMeetingStatus, string> = { planned: '议题征集', notified: '已通知', held: '已召开', published: '已发布', withdrawn: '已撤回' };

/** 全体会议 (plenary), 主任会议 (director), 办公室会议 (office). */
export const COMMITTEE_MEETING_KINDS = ['plenary', 'director', 'office'] as const;
export type CommitteeMeetingKind = (typeof COMMITTEE_MEETING_KINDS)[number];
export const COMMITTEE_MEETING_KIND_LABELS: Record<CommitteeMeetingKind, string> = { plenary: '外事委全体会议', director: '外事委主任会议', office: '外事委办公室会议' };

/** One 议题 and the unit that submitted it. */
export class CommitteeAgendaTopic {
  @ApiProperty({ description: '议题', example: '研究2027年度因公出国（境）计划' })
  @IsString({ message: 'agenda.title：必须为文本' })
  @MinLength(2, { message: 'agenda.title：至少 2 个字' })
  @MaxLength(200, { message: 'agenda.title：不超过 200 个字' })
  title: string;

  @ApiProperty({ description: '提交单位', example: '区商务局' })
  @IsString({ message: 'agenda.submittingUnit：必须为文本' })
  @MinLength(2, { message: 'agenda.submittingUnit：须填写提交单位' })
  @MaxLength(60, { message: 'agenda.submittingUnit：不超过 60 个字' })
  submittingUnit: string;
}

/** The fields a caller gives of one 外事委会议 while its 议题 are collected. */
export class CommitteeMeetingFields {
  @ApiProperty({ enum: COMMITTEE_MEETING_KINDS, description: 'plenary 全体会议 / director 主任会议 / office 办公室会议' })
  @IsIn(COMMITTEE_MEETING_KINDS, { message: 'kind：只能是全体会议、主任会议或办公室会议' })
  kind: CommitteeMeetingKind;

  @ApiProperty({ description: '会议名称', example: '区委外事工作委员会2026年第2次全体会议' })
  @IsString({ message: 'title：必须为文本' })
  @MinLength(2, { message: 'title：至少 2 个字' })
  @MaxLength(200, { message: 'title：不超过 200 个字' })
  title: string;

  @ApiProperty({ description: '计划召开日期' })
  @IsCalendarDate({ message: 'meetingDate：日期格式必须为 YYYY-MM-DD' })
  meetingDate: string;

  @ApiProperty({ description: '主持人', example: '王志强' })
  @IsString({ message: 'chairName：必须为文本' })
  @MinLength(2, { message: 'chairName：至少 2 个字' })
  @MaxLength(40, { message: 'chairName：不超过 40 个字' })
  chairName: string;

  @ApiProperty({ type: [CommitteeAgendaTopic], description: '议题（各成员单位提交）' })
  @IsArray({ message: 'agenda：须为列表' })
  @ArrayMinSize(1, { message: 'agenda：至少一个议题' })
  @ArrayMaxSize(30, { message: 'agenda：不超过 30 个议题' })
  @ValidateNested({ each: true })
  @Type(() => CommitteeAgendaTopic)
  agenda: CommitteeAgendaTopic[];
}

/** One absent member and why. */
export class CommitteeAbsentee {
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
export class CommitteeDecidedItem {
  @ApiProperty({ description: '议定事项内容' })
  @IsString({ message: 'decisions.content：必须为文本' })
  @MinLength(2, { message: 'decisions.content：至少 2 个字' })
  @MaxLength(4000, { message: 'decisions.content：不超过 4000 个字' })
  content: string;

  @ApiProperty({ format: 'uuid', description: '牵头单位' })
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

export class CommitteeDecidedItemView extends CommitteeDecidedItem {
  @ApiProperty({ format: 'uuid', description: '议定事项 id（督办事项的来源 id）' }) id: string;
  @ApiProperty({ description: '序号（从 1 起）' }) sequence: number;
  @ApiPropertyOptional({ type: SourceItemView, description: '据此立项的督办事项：状态、灯色、期限和各单位办理情况（随督办事项变化更新）' }) supervision?: SourceItemView;
}

/** One line of a record's timeline. */
export class CommitteeHistoryEntry {
  @ApiProperty() step: string;
  @ApiPropertyOptional({ nullable: true, type: String }) fromStatus: string | null;
  @ApiProperty() toStatus: string;
  @ApiPropertyOptional({ description: '说明或理由', nullable: true, type: String }) note: string | null;
  @ApiProperty() at: string;
  @ApiProperty() by: string;
}

export class CommitteeMeetingView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: COMMITTEE_MEETING_KINDS }) kind: CommitteeMeetingKind;
  @ApiProperty() title: string;
  @ApiProperty({ description: '计划召开日期' }) meetingDate: string;
  @ApiProperty() chairName: string;
  @ApiProperty({ type: [CommitteeAgendaTopic] }) agenda: CommitteeAgendaTopic[];
  @ApiProperty({ enum: COMMITTEE_MEETING_STATUSES, description: 'planned 议题征集 / notified 已通知 / held 已召开 / published 已发布 / withdrawn 已撤回' }) status: CommitteeMeetingStatus;
  @ApiPropertyOptional({ nullable: true, description: '通知文号', type: String }) noticeNumber: string | null;
  @ApiPropertyOptional({ nullable: true, description: '通知印发日期', type: String }) noticeIssuedOn: string | null;
  @ApiPropertyOptional({ nullable: true, description: '实际召开日期', type: String }) heldOn: string | null;
  @ApiProperty({ type: [String], description: '出席人员' }) attendees: string[];
  @ApiProperty({ type: [CommitteeAbsentee], description: '缺席人员及原因' }) absentees: CommitteeAbsentee[];
  @ApiPropertyOptional({ nullable: true, description: '纪要期数', type: String }) minutesNumber: string | null;
  @ApiPropertyOptional({ nullable: true, description: '会议纪要', type: String }) minutes: string | null;
  @ApiProperty({ type: [CommitteeDecidedItemView], description: '议定事项（发布后由督查室逐项立项督办）' }) decisions: CommitteeDecidedItemView[];
  @ApiPropertyOptional({ nullable: true, description: '发布时间', type: String }) publishedAt: string | null;
  @ApiPropertyOptional({ nullable: true, description: '撤回理由', type: String }) withdrawalReason: string | null;
  @ApiProperty({ type: [CommitteeHistoryEntry], description: '办理记录' }) timeline: CommitteeHistoryEntry[];
  @ApiProperty({ description: '版本号（ETag）' }) version: number;
  @ApiProperty() createdAt: string;
  @ApiProperty() createdBy: string;
  @ApiProperty() updatedAt: string;
  @ApiProperty() updatedBy: string;
}

export const CommitteeMeetingErrors = {
  notFound: { kind: 'not_found', code: 'COMMITTEE_MEETING.NOT_FOUND', title: '外事委会议不存在' },
  versionConflict: { kind: 'precondition_failed', code: 'COMMITTEE_MEETING.VERSION_CONFLICT', title: '外事委会议已被他人修改' },
  invalidState: { kind: 'rule_violation', code: 'COMMITTEE_MEETING.INVALID_STATE', title: '当前状态不能进行此操作' },
  notHeldYet: { kind: 'rule_violation', code: 'COMMITTEE_MEETING.NOT_HELD_YET', title: '会议召开后才能登记纪要' },
  noDecisions: { kind: 'rule_violation', code: 'COMMITTEE_MEETING.NO_DECISIONS', title: '没有议定事项可发布' },
} as const;

/** RPC subjects, under `rpc.foreign-affairs.`. */
export const CommitteeMeetingSubjects = {
  create: 'committee-meeting.create',
  update: 'committee-meeting.update',
  notify: 'committee-meeting.notify',
  recordMinutes: 'committee-meeting.record-minutes',
  publish: 'committee-meeting.publish',
  withdraw: 'committee-meeting.withdraw',
  get: 'committee-meeting.get',
  list: 'committee-meeting.list',
} as const;

export namespace CreateCommitteeMeeting {
  export class Request extends CommitteeMeetingFields {}
  export class Reply extends CommitteeMeetingView {}
}

export namespace UpdateCommitteeMeeting {
  export class Body extends CommitteeMeetingFields {}
  export class Request extends Versioned(Body) {}
  export class Reply extends CommitteeMeetingView {}
}

export namespace NotifyCommitteeMeeting {
  export class Body {
    @ApiProperty({ description: '通知文号', example: '区外委办〔2026〕3号' })
    @IsString({ message: 'noticeNumber：必须为文本' })
    @MinLength(1, { message: 'noticeNumber：须填写通知文号' })
    @MaxLength(60, { message: 'noticeNumber：不超过 60 个字' })
    noticeNumber: string;

    @ApiProperty({ description: '通知印发日期（不晚于会议日期）' })
    @IsCalendarDate({ message: 'issuedOn：日期格式必须为 YYYY-MM-DD' })
    issuedOn: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends CommitteeMeetingView {}
}

export namespace RecordCommitteeMeetingMinutes {
  export class Body {
    @ApiProperty({ description: '实际召开日期（不早于通知印发日期，不晚于今天）' })
    @IsCalendarDate({ message: 'heldOn：日期格式必须为 YYYY-MM-DD' })
    heldOn: string;

    @ApiProperty({ type: [String], description: '出席人员' })
    @IsArray({ message: 'attendees：须为列表' })
    @ArrayMinSize(1, { message: 'attendees：至少一名出席人员' })
    @ArrayMaxSize(100, { message: 'attendees：不超过 100 人' })
    @IsString({ each: true, message: 'attendees：须为文本' })
    @MaxLength(40, { each: true, message: 'attendees：每项不超过 40 个字' })
    attendees: string[];

    @ApiPropertyOptional({ type: [CommitteeAbsentee], description: '缺席人员及原因' })
    @IsOptional()
    @IsArray({ message: 'absentees：须为列表' })
    @ArrayMaxSize(100, { message: 'absentees：不超过 100 人' })
    @ValidateNested({ each: true })
    @Type(() => CommitteeAbsentee)
    absentees?: CommitteeAbsentee[];

    @ApiProperty({ description: '纪要期数', example: '〔2026〕2号' })
    @IsString({ message: 'minutesNumber：必须为文本' })
    @MinLength(1, { message: 'minutesNumber：须填写纪要期数' })
    @MaxLength(60, { message: 'minutesNumber：不超过 60 个字' })
    minutesNumber: string;

    @ApiProperty({ description: '会议纪要' })
    @IsString({ message: 'minutes：必须为文本' })
    @MinLength(2, { message: 'minutes：须填写会议纪要' })
    @MaxLength(20000, { message: 'minutes：不超过 20000 个字' })
    minutes: string;

    @ApiProperty({ type: [CommitteeDecidedItem], description: '议定事项（发布后由督查室逐项立项督办）' })
    @IsArray({ message: 'decisions：须为列表' })
    @ArrayMaxSize(50, { message: 'decisions：不超过 50 项' })
    @ValidateNested({ each: true })
    @Type(() => CommitteeDecidedItem)
    decisions: CommitteeDecidedItem[];
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends CommitteeMeetingView {}
}

export namespace PublishCommitteeMeeting {
  export class Request extends VersionedRef {}
  export class Reply extends CommitteeMeetingView {}
}

export namespace WithdrawCommitteeMeeting {
  export class Body {
    @ApiProperty({ description: '撤回理由' })
    @IsString({ message: 'reason：必须为文本' })
    @MinLength(2, { message: 'reason：撤回须说明理由（至少 2 个字）' })
    @MaxLength(1000, { message: 'reason：不超过 1000 个字' })
    reason: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends CommitteeMeetingView {}
}

export namespace GetCommitteeMeeting {
  export class Request extends RecordRef {}
  export class Reply extends CommitteeMeetingView {}
}

export namespace ListCommitteeMeetings {
  export class Request extends PageQuery {
    @ApiPropertyOptional({ enum: COMMITTEE_MEETING_STATUSES, description: '状态' })
    @IsOptional()
    @IsIn(COMMITTEE_MEETING_STATUSES, { message: 'status：取值无效' })
    status?: CommitteeMeetingStatus;

    @ApiPropertyOptional({ enum: COMMITTEE_MEETING_KINDS, description: '会议类别' })
    @IsOptional()
    @IsIn(COMMITTEE_MEETING_KINDS, { message: 'kind：取值无效' })
    kind?: CommitteeMeetingKind;

    @ApiPropertyOptional({ description: '会议名称模糊搜索（支持中文）' })
    @IsOptional()
    @IsString({ message: 'q：必须为文本' })
    @MaxLength(40, { message: 'q：不超过 40 个字' })
    q?: string;
  }
  export class Reply extends PageMeta {
    @ApiProperty({ type: [CommitteeMeetingView] }) items: CommitteeMeetingView[];
  }
}

/** What the events of one meeting carry: its snapshot with its version (consumers apply only newer ones). */
export class CommitteeMeetingSnapshot {
  @ApiProperty() @IsUUID() id: string;
  @ApiProperty() @IsIn(COMMITTEE_MEETING_KINDS) kind: CommitteeMeetingKind;
  @ApiProperty() @IsString() title: string;
  @ApiProperty() @IsCalendarDate() meetingDate: string;
  @ApiProperty() @IsIn(COMMITTEE_MEETING_STATUSES) status: CommitteeMeetingStatus;
  @ApiProperty() @IsInt32() @Min(1) version: number;
}

/**
 * One decided item of a 外事委会议, for supervision to register as a 督办 item: the same fields as personnel-finance's
 * `LeadingGroupMeetingDecisionPublished.Event` (and duty-and-meetings' `MeetingDecisionPublished.Event`), with this
 * module's meeting kinds.
 */
export namespace CommitteeMeetingDecisionPublished {
  export class Event extends MeetingDecisionFields {
    @ApiProperty({ enum: COMMITTEE_MEETING_KINDS }) @IsIn(COMMITTEE_MEETING_KINDS) meetingKind: CommitteeMeetingKind;
  }
}

export const CommitteeMeetingEvents = {
  created: eventSubject('foreign-affairs', 'committee-meeting.created'),
  updated: eventSubject('foreign-affairs', 'committee-meeting.updated'),
  notified: eventSubject('foreign-affairs', 'committee-meeting.notified'),
  held: eventSubject('foreign-affairs', 'committee-meeting.held'),
  published: eventSubject('foreign-affairs', 'committee-meeting.published'),
  withdrawn: eventSubject('foreign-affairs', 'committee-meeting.withdrawn'),
  decisionPublished: eventSubject('foreign-affairs', 'committee-meeting.decision-published'),
} as const;

/** Published by foreign-affairs at each step of a 外事委会议; carries its snapshot. */
export namespace CommitteeMeetingChanged {
  export class Event extends CommitteeMeetingSnapshot {}
}

// ---------------------------------------------------------------------------------------------------------------------
// 外事委报告: the office's 工作报告 and 专题报告 to 市委外办 or 区委
// ---------------------------------------------------------------------------------------------------------------------

/** drafted 起草中 → approved 已审定 (not by the drafter) → sent 已报送; drafted/approved → withdrawn 已撤回 (with a reason). */
export const COMMITTEE_REPORT_STATUSES = ['drafted', 'approved', 'sent', 'withdrawn'] as const;
export type CommitteeReportStatus = (typeof COMMITTEE_REPORT_STATUSES)[number];
export const COMMITTEE_REPORT_STATUS_LABELS: Record<CommitteeReportStatus, string> = { drafted: '起草中', approved: '已审定', sent: '已报送', withdrawn: '已撤回' };

export const COMMITTEE_REPORT_KINDS = ['work', 'special'] as const;
export type CommitteeReportKind = (typeof COMMITTEE_REPORT_KINDS)[number];
export const COMMITTEE_REPORT_KIND_LABELS: Record<CommitteeReportKind, string> = { work: '工作报告', special: '专题报告' };

export const COMMITTEE_REPORT_RECIPIENTS = ['city_foreign_affairs_office', 'district_committee'] as const;
export type CommitteeReportRecipient = (typeof COMMITTEE_REPORT_RECIPIENTS)[number];
export const COMMITTEE_REPORT_RECIPIENT_LABELS: Record<CommitteeReportRecipient, string> = { city_foreign_affairs_office: '市委外办', district_committee: '区委' };

/** 红黄绿灯 of a report: as the 督办 items' (none once sent on time or withdrawn). */
export const COMMITTEE_REPORT_LIGHTS = ['green', 'yellow', 'red', 'none'] as const;
export type CommitteeReportLight = (typeof COMMITTEE_REPORT_LIGHTS)[number];

export class CommitteeReportFields {
  @ApiProperty({ description: '报告标题', example: '2026年上半年外事工作情况报告' })
  @IsString({ message: 'title：必须为文本' })
  @MinLength(2, { message: 'title：至少 2 个字' })
  @MaxLength(200, { message: 'title：不超过 200 个字' })
  title: string;

  @ApiProperty({ enum: COMMITTEE_REPORT_KINDS, description: 'work 工作报告 / special 专题报告' })
  @IsIn(COMMITTEE_REPORT_KINDS, { message: 'kind：只能是工作报告或专题报告' })
  kind: CommitteeReportKind;

  @ApiProperty({ enum: COMMITTEE_REPORT_RECIPIENTS, description: 'city_foreign_affairs_office 市委外办 / district_committee 区委' })
  @IsIn(COMMITTEE_REPORT_RECIPIENTS, { message: 'recipient：只能是市委外办或区委' })
  recipient: CommitteeReportRecipient;

  @ApiProperty({ description: '报告期间', example: '2026年上半年' })
  @IsString({ message: 'period：必须为文本' })
  @MinLength(2, { message: 'period：须填写报告期间' })
  @MaxLength(40, { message: 'period：不超过 40 个字' })
  period: string;

  @ApiProperty({ description: '要求报送的通知日期（期限自次日起算）' })
  @IsCalendarDate({ message: 'requestedOn：日期格式必须为 YYYY-MM-DD' })
  requestedOn: string;

  @ApiProperty({ description: '报送时限（工作日）', example: 10 })
  @IsInt32({ message: 'workingDays：须为整数' })
  @Min(1, { message: 'workingDays：至少 1 个工作日' })
  @Max(60, { message: 'workingDays：不超过 60 个工作日' })
  workingDays: number;

  @ApiProperty({ description: '报告正文' })
  @IsString({ message: 'content：必须为文本' })
  @MaxLength(20000, { message: 'content：不超过 20000 个字' })
  content: string;
}

export class CommitteeReportView extends CommitteeReportFields {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: COMMITTEE_REPORT_STATUSES, description: 'drafted 起草中 / approved 已审定 / sent 已报送 / withdrawn 已撤回' }) status: CommitteeReportStatus;
  @ApiPropertyOptional({ nullable: true, description: '报送期限（期限引擎按工作日计算）', type: String }) dueDate: string | null;
  @ApiProperty({ description: '期限是否暂定（节假日安排尚未公布）' }) dueProvisional: boolean;
  @ApiProperty({ type: [String], description: '期限的计算说明' }) dueExplanation: string[];
  @ApiProperty({ description: '是否逾期（未报送且已过期限，或逾期报送）' }) overdue: boolean;
  @ApiProperty({ enum: COMMITTEE_REPORT_LIGHTS, description: '红黄绿灯' }) light: CommitteeReportLight;
  @ApiProperty({ description: '亮灯原因' }) lightReason: string;
  @ApiProperty({ description: '起草人' }) draftedBy: string;
  @ApiPropertyOptional({ nullable: true, description: '审定人', type: String }) approvedBy: string | null;
  @ApiPropertyOptional({ nullable: true, description: '报送日期', type: String }) sentOn: string | null;
  @ApiPropertyOptional({ nullable: true, description: '撤回理由', type: String }) withdrawalReason: string | null;
  @ApiProperty({ type: [CommitteeHistoryEntry], description: '办理记录' }) timeline: CommitteeHistoryEntry[];
  @ApiProperty({ description: '版本号（ETag）' }) version: number;
  @ApiProperty() createdAt: string;
  @ApiProperty() createdBy: string;
  @ApiProperty() updatedAt: string;
  @ApiProperty() updatedBy: string;
}

export const CommitteeReportErrors = {
  notFound: { kind: 'not_found', code: 'COMMITTEE_REPORT.NOT_FOUND', title: '外事委报告不存在' },
  versionConflict: { kind: 'precondition_failed', code: 'COMMITTEE_REPORT.VERSION_CONFLICT', title: '外事委报告已被他人修改' },
  invalidState: { kind: 'rule_violation', code: 'COMMITTEE_REPORT.INVALID_STATE', title: '当前状态不能进行此操作' },
  sameApprover: { kind: 'rule_violation', code: 'COMMITTEE_REPORT.SAME_APPROVER', title: '报告须由起草人以外的人员审定' },
} as const;

export const CommitteeReportSubjects = {
  create: 'committee-report.create',
  update: 'committee-report.update',
  approve: 'committee-report.approve',
  send: 'committee-report.send',
  withdraw: 'committee-report.withdraw',
  get: 'committee-report.get',
  list: 'committee-report.list',
} as const;

export namespace CreateCommitteeReport {
  export class Request extends CommitteeReportFields {}
  export class Reply extends CommitteeReportView {}
}

export namespace UpdateCommitteeReport {
  export class Body extends CommitteeReportFields {}
  export class Request extends Versioned(Body) {}
  export class Reply extends CommitteeReportView {}
}

export namespace ApproveCommitteeReport {
  export class Request extends VersionedRef {}
  export class Reply extends CommitteeReportView {}
}

export namespace SendCommitteeReport {
  export class Body {
    @ApiProperty({ description: '报送日期（不早于通知日期，不晚于今天）' })
    @IsCalendarDate({ message: 'sentOn：日期格式必须为 YYYY-MM-DD' })
    sentOn: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends CommitteeReportView {}
}

export namespace WithdrawCommitteeReport {
  export class Body {
    @ApiProperty({ description: '撤回理由' })
    @IsString({ message: 'reason：必须为文本' })
    @MinLength(2, { message: 'reason：撤回须说明理由（至少 2 个字）' })
    @MaxLength(1000, { message: 'reason：不超过 1000 个字' })
    reason: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends CommitteeReportView {}
}

export namespace GetCommitteeReport {
  export class Request extends RecordRef {}
  export class Reply extends CommitteeReportView {}
}

export namespace ListCommitteeReports {
  export class Request extends PageQuery {
    @ApiPropertyOptional({ enum: COMMITTEE_REPORT_STATUSES, description: '状态' })
    @IsOptional()
    @IsIn(COMMITTEE_REPORT_STATUSES, { message: 'status：取值无效' })
    status?: CommitteeReportStatus;

    @ApiPropertyOptional({ description: '标题模糊搜索（支持中文）' })
    @IsOptional()
    @IsString({ message: 'q：必须为文本' })
    @MaxLength(40, { message: 'q：不超过 40 个字' })
    q?: string;
  }
  export class Reply extends PageMeta {
    @ApiProperty({ type: [CommitteeReportView] }) items: CommitteeReportView[];
  }
}

/** What the events of one report carry: its snapshot with its version. */
export class CommitteeReportSnapshot {
  @ApiProperty() @IsUUID() id: string;
  @ApiProperty() @IsString() title: string;
  @ApiProperty() @IsIn(COMMITTEE_REPORT_KINDS) kind: CommitteeReportKind;
  @ApiProperty() @IsIn(COMMITTEE_REPORT_RECIPIENTS) recipient: CommitteeReportRecipient;
  @ApiProperty() @IsIn(COMMITTEE_REPORT_STATUSES) status: CommitteeReportStatus;
  @ApiPropertyOptional({ nullable: true, type: String }) @IsOptional() @IsCalendarDate() dueDate: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) @IsOptional() @IsCalendarDate() sentOn: string | null;
  @ApiProperty() @IsInt32() @Min(1) version: number;
}

export const CommitteeReportEvents = {
  changed: eventSubject('foreign-affairs', 'committee-report.changed'),
} as const;

/** Published by foreign-affairs at each step of a 外事委报告; carries its snapshot. */
export namespace CommitteeReportChanged {
  export class Event extends CommitteeReportSnapshot {}
}

/** What each event means, for the catalogue of the events (tools/asyncapi): one sentence about the fact. */
export const CommitteeEventDescriptions = {
  'committee-meeting.created': { zh: '外事委会议开始征集议题', en: 'A meeting of the foreign affairs committee was planned and its agenda opened.' },
  'committee-meeting.updated': { zh: '外事委会议的议题或安排被修改', en: "The meeting's agenda or arrangements were changed." },
  'committee-meeting.notified': { zh: '外事委会议通知已印发', en: 'The notice of the meeting was issued.' },
  'committee-meeting.held': { zh: '外事委会议已召开，记录了出席、缺席、纪要和议定事项', en: 'The meeting was held; attendance, absences, minutes and decided items recorded.' },
  'committee-meeting.published': { zh: '外事委会议的议定事项已发布', en: "The meeting's decided items were published." },
  'committee-meeting.withdrawn': { zh: '外事委会议被撤回（注明理由，不删除）', en: 'A meeting was withdrawn, with a reason (never deleted).' },
  'committee-meeting.decision-published': { zh: '外事委会议的一项议定事项发布，供督查室立项督办', en: 'One decided item of a foreign affairs committee meeting was published for supervision to follow up.' },
  'committee-report.changed': { zh: '外事委报告登记、修改、审定、报送或撤回', en: 'A report of the foreign affairs committee office was drafted, changed, approved, sent or withdrawn.' },
} as const;
