import { ArrayMaxSize, IsArray, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength } from 'class-validator';
import { ApiProperty, ApiPropertyOptional } from './openapi.js';
import { IsCalendarDate, IsInt32, IsOffsetDateTime } from './validators.js';

/**
 * One decided item (议定事项) of a published meeting, as every meeting-keeping section sends it for supervision to
 * register as a 督办 item: 区政府常务会 and the like (duty-and-meetings), 室务会 (duty-and-meetings' office affairs),
 * 党组会/主任办公会 (personnel-finance), 外事委会议 (foreign-affairs). Each service's event extends it with its own
 * `meetingKind`; supervision keys the item on `decisionId`, and the event id is the decision id.
 */
export class MeetingDecisionFields {
  @ApiProperty({ format: 'uuid' }) @IsUUID() decisionId: string;
  @ApiProperty({ format: 'uuid' }) @IsUUID() meetingId: string;
  @ApiProperty({ description: '会议名称' }) @IsString() @MinLength(1) @MaxLength(200) meetingTitle: string;
  @ApiProperty({ description: '会议日期 YYYY-MM-DD' }) @IsCalendarDate() meetingDate: string;
  @ApiPropertyOptional({ description: '纪要文号或期数' }) @IsOptional() @IsString() @MaxLength(60) minutesNumber?: string;
  @ApiProperty({ description: '议定事项序号（从 1 起）' }) @IsInt32() @Min(1) sequence: number;
  @ApiProperty({ description: '议定事项内容' }) @IsString() @MinLength(1) @MaxLength(4000) content: string;
  @ApiProperty({ format: 'uuid', description: '牵头单位' }) @IsUUID() leadUnitId: string;
  @ApiProperty({ type: [String], description: '配合单位' }) @IsArray() @ArrayMaxSize(50) @IsUUID('all', { each: true }) coUnitIds: string[];
  @ApiPropertyOptional({ description: '办理期限 YYYY-MM-DD' }) @IsOptional() @IsCalendarDate() dueDate?: string;
  @ApiPropertyOptional({ description: '主持领导' }) @IsOptional() @IsString() @MaxLength(40) chairName?: string;
  @ApiProperty({ description: '发布时间（ISO 8601）' }) @IsOffsetDateTime() publishedAt: string;
  @ApiProperty({ description: '密级 0–3' }) @IsInt32() @Min(0) @Max(3) secrecyLevel: number;
}

/** A published meeting as `meetingDecisionEvent` reads it. */
export interface DecidedMeeting {
  id: string;
  title: string;
  meetingDate: string;
  minutesNumber?: string | null;
  chairName?: string | null;
  secrecyLevel?: number;
}

/** One decided item of it. */
export interface DecidedItem {
  id: string;
  sequence: number;
  content: string;
  leadUnitId: string;
  coUnitIds: string[];
  dueDate?: string | null;
}

/** The event of one decided item: what the meeting and the item say, with the service's meeting kind. */
export function meetingDecisionEvent<K extends string>(meeting: DecidedMeeting, decision: DecidedItem, meetingKind: K, publishedAt: Date): MeetingDecisionFields & { meetingKind: K } {
  return {
    decisionId: decision.id,
    meetingId: meeting.id,
    meetingTitle: meeting.title,
    meetingKind,
    meetingDate: meeting.meetingDate,
    ...(meeting.minutesNumber ? { minutesNumber: meeting.minutesNumber } : {}),
    sequence: decision.sequence,
    content: decision.content,
    leadUnitId: decision.leadUnitId,
    coUnitIds: decision.coUnitIds,
    ...(decision.dueDate ? { dueDate: decision.dueDate } : {}),
    ...(meeting.chairName ? { chairName: meeting.chairName } : {}),
    publishedAt: publishedAt.toISOString(),
    secrecyLevel: meeting.secrecyLevel ?? 0,
  };
}
