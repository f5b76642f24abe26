import { IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { IsOffsetDateTime, PageMeta, PageQuery, ApiProperty, ApiPropertyOptional } from '@gov/contracts-common';

/**
 * The pieces every leader-facing schedule shares: a leader is a platform user (role district_leader or
 * office_leader) named by the gateway user id and the name shown on the calendar.
 */
export class LeaderRef {
  @ApiProperty({ format: 'uuid', description: '领导的用户 ID' }) @IsUUID('all', { message: '领导用户 ID 必须是有效的 UUID' }) userId: string;
  @ApiProperty({ description: '领导姓名（日程上显示）', example: '王区长' }) @IsString() @MinLength(1) @MaxLength(40) name: string;
}

/** Where an entry of a leader's calendar comes from. */
export const AGENDA_SOURCES = ['meeting', 'activity', 'reception', 'leave'] as const;
export type AgendaSource = (typeof AGENDA_SOURCES)[number];
export const AGENDA_SOURCE_LABELS: Record<AgendaSource, string> = {
  meeting: '会议',
  activity: '政务活动',
  reception: '接待',
  leave: '请假外出',
};

/** One entry of a leader's calendar (领导日程). */
export class AgendaEntryView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) leaderUserId: string;
  @ApiProperty() leaderName: string;
  @ApiProperty({ enum: AGENDA_SOURCES, description: '来源：meeting 会议 / activity 政务活动 / reception 接待 / leave 请假外出' }) source: AgendaSource;
  @ApiProperty({ format: 'uuid', description: '来源记录 ID' }) sourceId: string;
  @ApiProperty({ description: '标题；密级高于查看人涉密等级的会议显示为「（涉密会议）」' }) title: string;
  @ApiPropertyOptional({ type: String, nullable: true }) location: string | null;
  @ApiProperty({ description: '开始时间（ISO 8601）' }) startsAt: string;
  @ApiProperty({ description: '结束时间（ISO 8601）' }) endsAt: string;
}

/** The other entry a clash runs into: returned in the error detail and in `conflicts`. */
export class ClashingEntry {
  @ApiProperty() leaderName: string;
  @ApiProperty({ enum: AGENDA_SOURCES }) source: AgendaSource;
  @ApiProperty({ format: 'uuid' }) sourceId: string;
  @ApiProperty() title: string;
  @ApiProperty() startsAt: string;
  @ApiProperty() endsAt: string;
}

export const LeaderScheduleErrors = {
  clash: { kind: 'conflict', code: 'LEADER.SCHEDULE_CLASH', title: '领导日程冲突' },
  invalidPeriod: { kind: 'validation', code: 'SCHEDULE.INVALID_PERIOD', title: '时间段无效' },
  forbidden: { kind: 'forbidden', code: 'LEADER_CALENDAR.FORBIDDEN', title: '无权查看该领导日程' },
} as const;

export const LeaderCalendarSubjects = {
  get: 'leader-calendar.get',
} as const;

export namespace GetLeaderCalendar {
  export class Request extends PageQuery {
    @ApiPropertyOptional({ format: 'uuid', description: '领导用户 ID；不填为全部领导（领导本人只能查看自己的；联络员只看到本单位已接到通知的会议）' }) @IsOptional() @IsUUID() leaderUserId?: string;
    @ApiProperty({ description: '起始时间（ISO 8601）', example: '2026-12-01T00:00:00+08:00' }) @IsOffsetDateTime({ message: '起始时间应为 ISO 8601 时间' }) from: string;
    @ApiProperty({ description: '截止时间（ISO 8601）', example: '2026-12-08T00:00:00+08:00' }) @IsOffsetDateTime({ message: '截止时间应为 ISO 8601 时间' }) to: string;
  }
  export class Reply extends PageMeta {
    @ApiProperty({ type: [AgendaEntryView] }) items: AgendaEntryView[];
  }
}
