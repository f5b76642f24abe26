import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { eventSubject, IsCalendarDate, IsOffsetDateTime, ApiProperty, ApiPropertyOptional, MeetingDecisionFields } from '@gov/contracts-common';


/** Events of duty-and-meetings that supervision turns into tracked items (督办事项). */
export const DutyAndMeetingsEvents = {
  /** One per 议定事项 when a meeting's minutes are published; event id = decisionId. */
  meetingDecisionPublished: eventSubject('duty-and-meetings', 'meeting.decision-published'),
  /** A leader's instruction on a duty report (值班信息批示); event id = instructionId. */
  dutyInstructionRecorded: eventSubject('duty-and-meetings', 'duty.instruction-recorded'),
  /** An urgent matter's report to a leader went past its time limit. */
  urgentMatterOverdue: eventSubject('duty-and-meetings', 'urgent-matter.overdue'),
} as const;

export const MEETING_KINDS = ['plenary', 'executive', 'mayor_office', 'special_topic', 'other'] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];
export const MEETING_KIND_LABELS: Record<MeetingKind, string> = {
  plenary: '区政府全体会议',
  executive: '区政府常务会议',
  mayor_office: '区长办公会议',
  special_topic: '专题会议',
  other: '其他会议',
};

/** 会议议定事项: one decided item of a meeting, with its lead unit and deadline. Supervision keys its item on decisionId. */
export namespace MeetingDecisionPublished {
  export class Event extends MeetingDecisionFields {
    @ApiProperty({ enum: MEETING_KINDS }) @IsIn(MEETING_KINDS) meetingKind: MeetingKind;
  }
}

/** 值班信息领导批示: a leader's instruction on a duty report or urgent matter, relayed to units. */
export namespace DutyInstructionRecorded {
  export class Event {
    @ApiProperty({ format: 'uuid' }) @IsUUID() instructionId: string;
    @ApiProperty({ enum: ['duty_log', 'urgent_matter', 'public_opinion'] }) @IsIn(['duty_log', 'urgent_matter', 'public_opinion']) sourceKind: 'duty_log' | 'urgent_matter' | 'public_opinion';
    @ApiProperty({ format: 'uuid' }) @IsUUID() sourceId: string;
    @ApiProperty({ description: '来源事项标题' }) @IsString() @MinLength(1) @MaxLength(300) sourceTitle: string;
    @ApiProperty() @IsString() @MinLength(1) @MaxLength(40) leaderName: string;
    @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(40) leaderTitle?: string;
    @ApiProperty() @IsString() @MinLength(1) @MaxLength(4000) text: string;
    @ApiProperty({ description: '批示时间（ISO 8601）' }) @IsOffsetDateTime() instructedAt: string;
    @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() leadUnitId?: string;
    @ApiProperty({ type: [String] }) @IsArray() @ArrayMaxSize(50) @IsUUID('all', { each: true }) coUnitIds: string[];
    @ApiPropertyOptional({ description: '办理期限 YYYY-MM-DD' }) @IsOptional() @IsCalendarDate() dueDate?: string;
    @ApiProperty({ description: '记录人用户名' }) @IsString() recordedBy: string;
  }
}
