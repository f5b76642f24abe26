import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsOptional, IsString, IsUUID, Matches, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { ApiProperty, ApiPropertyOptional, eventSubject, IsCalendarDate, IsInt32, PageMeta, PageQuery, RecordRef, Versioned, VersionedRef, MeetingDecisionFields } from '@gov/contracts-common';
import { SourceItemView } from '@gov/contracts-supervision';

/**
 * planned 议题征集 → notified 已通知 (agenda approved, notice issued) → held 已召开 (attendance, minutes, decided items)
 * → published 已发布 (each decided item published for supervision); planned/notified → withdrawn 已撤回 (with a reason).
 */
export const LEADING_GROUP_MEETING_STATUSES = ['planned', 'notified', 'held', 'published', 'withdrawn'] as const;
export type LeadingGroupMeetingStatus = (typeof LEADING_GROUP_MEETING_STATUSES)[number];
export const LEADING_GROUP_MEETING_STATUS_LABELS: Record<LeadingGroupMeetingStatus, string> = { planned: '议题征集', notified: '已通知', held: '已召开', published: '已发布', withdrawn: '已撤回' };

/** 党组会 (party_group), 主任办公会 (director_office). */
export const LEADING_GROUP_MEETING_KINDS = ['party_group', 'director_office'] as const;
export type LeadingGroupMeetingKind = (typeof LEADING_GROUP_MEETING_KINDS)[number];
export const LEADING_GROUP_MEETING_KIND_LABELS: Record<LeadingGroupMeetingKind, string> = { party_group: '党组会', director_office: '主任办公会' };

export class AgendaTopic {
  @ApiProperty({ description: '议题', example: '研究2027年度部门预算' })
  @IsString({ message: 'agenda.title：必须为文本' })
  @MinLength(2, { message: 'agenda.title：至少 2 个字' })
  @MaxLength(200, { message: 'agenda.title：不超过 200 个字' })
  title: string;

  @ApiProperty({ description: '提交科室代码', example: 'caiwu' })
  @Matches(/^[a-z_]{2,30}$/, { message: 'agenda.sectionCode：科室代码格式不正确' })
  sectionCode: string;
}

export class LeadingGroupMeetingFields {
  @ApiProperty({ enum: LEADING_GROUP_MEETING_KINDS, description: 'party_group 党组会 / director_office 主任办公会' })
  @IsIn(LEADING_GROUP_MEETING_KINDS, { message: 'kind：只能是党组会或主任办公会' })
  kind: LeadingGroupMeetingKind;

  @ApiProperty({ description: '会议名称', example: '2026年第12次党组会' })
  @IsString({ message: 'title：必须为文本' })
  @MinLength(2, { message: 'title：至少 2 个字' })
  @MaxLength(200, { message: 'title：不超过 200 个字' })
  title: string;

  @ApiProperty({ description: '会议日期' })
  @IsCalendarDate({ message: 'meetingDate：日期格式必须为 YYYY-MM-DD' })
  meetingDate: string;

  @ApiProperty({ description: '主持人', example: '孙建国' })
  @IsString({ message: 'chairName：必须为文本' })
  @MinLength(2, { message: 'chairName：至少 2 个字' })
  @MaxLength(40, { message: 'chairName：不超过 40 个字' })
  chairName: string;

  @ApiProperty({ type: [AgendaTopic], description: '议题（各科室提交）' })
  @IsArray({ message: 'agenda：须为列表' })
  @ArrayMinSize(1, { message: 'agenda：至少一个议题' })
  @ArrayMaxSize(30, { message: 'agenda：不超过 30 个议题' })
  @ValidateNested({ each: true })
  @Type(() => AgendaTopic)
  agenda: AgendaTopic[];
}

export class DecidedItem {
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

  @ApiPropertyOptional({ description: '办理期限' })
  @IsOptional()
  @IsCalendarDate({ message: 'decisions.dueDate：日期格式必须为 YYYY-MM-DD' })
  dueDate?: string;
}

export class DecidedItemView extends DecidedItem {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() sequence: number;
  @ApiPropertyOptional({ type: SourceItemView, description: '据此立项的督办事项：状态、灯色、期限和各单位办理情况（随督办事项变化更新）' }) supervision?: SourceItemView;
}

export class LeadingGroupMeetingView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: LEADING_GROUP_MEETING_KINDS }) kind: LeadingGroupMeetingKind;
  @ApiProperty() title: string;
  @ApiProperty() meetingDate: string;
  @ApiProperty() chairName: string;
  @ApiProperty({ type: [AgendaTopic] }) agenda: AgendaTopic[];
  @ApiProperty({ enum: LEADING_GROUP_MEETING_STATUSES }) status: LeadingGroupMeetingStatus;
  @ApiPropertyOptional({ nullable: true, description: '议题批准人', type: String }) agendaApprovedBy: string | null;
  @ApiProperty({ type: [String], description: '出席' }) attendees: string[];
  @ApiProperty({ type: [String], description: '缺席（含原因）' }) absentees: string[];
  @ApiPropertyOptional({ nullable: true, description: '纪要期数', type: String }) minutesNumber: string | null;
  @ApiPropertyOptional({ nullable: true, description: '会议纪要', type: String }) minutes: string | null;
  @ApiProperty({ type: [DecidedItemView] }) decisions: DecidedItemView[];
  @ApiPropertyOptional({ nullable: true, type: String }) withdrawalReason: string | null;
  @ApiProperty({ type: 'array', items: { type: 'object' } }) timeline: { at: string; by: string; step: string; note: string | null }[];
  @ApiProperty({ description: '版本号（ETag）' }) version: number;
  @ApiProperty() createdAt: string;
  @ApiProperty() createdBy: string;
  @ApiProperty() updatedAt: string;
  @ApiProperty() updatedBy: string;
}

export const LeadingGroupMeetingErrors = {
  notFound: { kind: 'not_found', code: 'LEADING_GROUP_MEETING.NOT_FOUND', title: '会议不存在' },
  versionConflict: { kind: 'precondition_failed', code: 'LEADING_GROUP_MEETING.VERSION_CONFLICT', title: '会议已被他人修改' },
  invalidState: { kind: 'rule_violation', code: 'LEADING_GROUP_MEETING.INVALID_STATE', title: '当前状态不能进行此操作' },
  noDecisions: { kind: 'rule_violation', code: 'LEADING_GROUP_MEETING.NO_DECISIONS', title: '没有议定事项可发布' },
} as const;

/** RPC subjects, under `rpc.personnel-finance.`. */
export const LeadingGroupMeetingSubjects = {
  create: 'leading-group-meeting.create',
  update: 'leading-group-meeting.update',
  notify: 'leading-group-meeting.notify',
  recordMinutes: 'leading-group-meeting.record-minutes',
  publish: 'leading-group-meeting.publish',
  withdraw: 'leading-group-meeting.withdraw',
  get: 'leading-group-meeting.get',
  list: 'leading-group-meeting.list',
} as const;

export namespace CreateLeadingGroupMeeting {
  export class Request extends LeadingGroupMeetingFields {}
  export class Reply extends LeadingGroupMeetingView {}
}

export namespace UpdateLeadingGroupMeeting {
  export class Body extends LeadingGroupMeetingFields {}
  export class Request extends Versioned(Body) {}
  export class Reply extends LeadingGroupMeetingView {}
}

export namespace NotifyLeadingGroupMeeting {
  export class Body {
    @ApiProperty({ description: '议题批准人（主持人或其授权人）' })
    @IsString({ message: 'approvedBy：必须为文本' })
    @MinLength(2, { message: 'approvedBy：须填写议题批准人' })
    @MaxLength(40, { message: 'approvedBy：不超过 40 个字' })
    approvedBy: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends LeadingGroupMeetingView {}
}

export namespace RecordLeadingGroupMeetingMinutes {
  export class Body {
    @ApiProperty({ type: [String], description: '出席人员' })
    @IsArray({ message: 'attendees：须为列表' })
    @ArrayMinSize(1, { message: 'attendees：至少一名出席人员' })
    @ArrayMaxSize(100, { message: 'attendees：不超过 100 人' })
    @IsString({ each: true, message: 'attendees：须为文本' })
    @MaxLength(40, { each: true, message: 'attendees：每项不超过 40 个字' })
    attendees: string[];

    @ApiPropertyOptional({ type: [String], description: '缺席人员及原因' })
    @IsOptional()
    @IsArray({ message: 'absentees：须为列表' })
    @ArrayMaxSize(100, { message: 'absentees：不超过 100 人' })
    @IsString({ each: true, message: 'absentees：须为文本' })
    @MaxLength(80, { each: true, message: 'absentees：每项不超过 80 个字' })
    absentees?: string[];

    @ApiProperty({ description: '纪要期数', example: '〔2026〕12号' })
    @IsString({ message: 'minutesNumber：必须为文本' })
    @MinLength(1, { message: 'minutesNumber：须填写纪要期数' })
    @MaxLength(60, { message: 'minutesNumber：不超过 60 个字' })
    minutesNumber: string;

    @ApiProperty({ description: '会议纪要' })
    @IsString({ message: 'minutes：必须为文本' })
    @MinLength(2, { message: 'minutes：须填写会议纪要' })
    @MaxLength(20000, { message: 'minutes：不超过 20000 个字' })
    minutes: string;

    @ApiProperty({ type: [DecidedItem], description: '议定事项（发布后由督查室立项督办）' })
    @IsArray({ message: 'decisions：须为列表' })
    @ArrayMaxSize(50, { message: 'decisions：不超过 50 项' })
    @ValidateNested({ each: true })
    @Type(() => DecidedItem)
    decisions: DecidedItem[];
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends LeadingGroupMeetingView {}
}

export namespace PublishLeadingGroupMeeting {
  export class Request extends VersionedRef {}
  export class Reply extends LeadingGroupMeetingView {}
}

export namespace WithdrawLeadingGroupMeeting {
  export class Body {
    @ApiProperty({ description: '撤回理由' })
    @IsString({ message: 'reason：必须为文本' })
    @MinLength(2, { message: 'reason：撤回须说明理由（至少 2 个字）' })
    @MaxLength(1000, { message: 'reason：不超过 1000 个字' })
    reason: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends LeadingGroupMeetingView {}
}

export namespace GetLeadingGroupMeeting {
  export class Request extends RecordRef {}
  export class Reply extends LeadingGroupMeetingView {}
}

export namespace ListLeadingGroupMeetings {
  export class Request extends PageQuery {
    @ApiPropertyOptional({ enum: LEADING_GROUP_MEETING_STATUSES }) @IsOptional() @IsIn(LEADING_GROUP_MEETING_STATUSES, { message: 'status：取值无效' }) status?: LeadingGroupMeetingStatus;
    @ApiPropertyOptional({ enum: LEADING_GROUP_MEETING_KINDS }) @IsOptional() @IsIn(LEADING_GROUP_MEETING_KINDS, { message: 'kind：取值无效' }) kind?: LeadingGroupMeetingKind;
    @ApiPropertyOptional({ description: '会议名称模糊搜索' }) @IsOptional() @IsString({ message: 'q：必须为文本' }) @MaxLength(40, { message: 'q：不超过 40 个字' }) q?: string;
  }
  export class Reply extends PageMeta {
    @ApiProperty({ type: [LeadingGroupMeetingView] }) items: LeadingGroupMeetingView[];
  }
}

/** What the events of one meeting carry: its snapshot with its version. */
export class LeadingGroupMeetingSnapshot {
  @ApiProperty() @IsUUID() id: string;
  @ApiProperty() @IsIn(LEADING_GROUP_MEETING_KINDS) kind: LeadingGroupMeetingKind;
  @ApiProperty() @IsString() title: string;
  @ApiProperty() @IsCalendarDate() meetingDate: string;
  @ApiProperty() @IsIn(LEADING_GROUP_MEETING_STATUSES) status: LeadingGroupMeetingStatus;
  @ApiProperty() @IsInt32() @Min(1) version: number;
}

/**
 * One decided item of a 党组会 or 主任办公会, for supervision to register as a 督办 item: the same fields as
 * duty-and-meetings' `MeetingDecisionPublished.Event`, with this service's meeting kinds.
 */
export namespace LeadingGroupMeetingDecisionPublished {
  export class Event extends MeetingDecisionFields {
    @ApiProperty({ enum: LEADING_GROUP_MEETING_KINDS }) @IsIn(LEADING_GROUP_MEETING_KINDS) meetingKind: LeadingGroupMeetingKind;
  }
}

export const LeadingGroupMeetingEvents = {
  created: eventSubject('personnel-finance', 'leading-group-meeting.created'),
  updated: eventSubject('personnel-finance', 'leading-group-meeting.updated'),
  notified: eventSubject('personnel-finance', 'leading-group-meeting.notified'),
  held: eventSubject('personnel-finance', 'leading-group-meeting.held'),
  published: eventSubject('personnel-finance', 'leading-group-meeting.published'),
  withdrawn: eventSubject('personnel-finance', 'leading-group-meeting.withdrawn'),
  decisionPublished: eventSubject('personnel-finance', 'leading-group-meeting.decision-published'),
} as const;

/** What each event means, for the catalogue of the events (tools/asyncapi): one sentence about the fact. */
export const LeadingGroupMeetingEventDescriptions = {
  'leading-group-meeting.created': { zh: '党组会、主任办公会开始征集议题', en: 'A 党组会 or 主任办公会 was planned and its agenda opened.' },
  'leading-group-meeting.updated': { zh: '会议议题或安排被修改', en: "The meeting's agenda or arrangements were changed." },
  'leading-group-meeting.notified': { zh: '议题经批准，会议通知已发出', en: 'The agenda was approved and the notice issued.' },
  'leading-group-meeting.held': { zh: '会议已召开，记录了出席、纪要和议定事项', en: 'The meeting was held; attendance, minutes and decided items recorded.' },
  'leading-group-meeting.published': { zh: '会议议定事项已发布', en: "The meeting's decided items were published." },
  'leading-group-meeting.withdrawn': { zh: '会议被撤回（注明理由，不删除）', en: 'A meeting was withdrawn, with a reason (never deleted).' },
  'leading-group-meeting.decision-published': { zh: '党组会、主任办公会的一项议定事项发布，供督查室立项督办', en: 'One decided item of a 党组会 or 主任办公会 was published for supervision to follow up.' },
} as const;

/** Published by personnel-finance at each step of a meeting; carries its snapshot. */
export namespace LeadingGroupMeetingChanged {
  export class Event extends LeadingGroupMeetingSnapshot {}
}
