import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsString, IsUUID, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { IsCalendarDate, PageMeta, PageQuery, RecordRef, Versioned, ApiProperty, ApiPropertyOptional } from '@gov/contracts-common';
import { FileRef, FileRefView, SecrecyFields, URGENCY_LEVELS, type UrgencyLevel } from './common.js';
import { HolderView } from './incoming.js';

/**
 * 请示 from the units the office coordinates: submitted by the unit's liaison (or registered from paper by a clerk) →
 * 拟办意见 (clerk) → the leader's decision (同意/不同意/其他) → 批复, linked to the 请示. The unit's liaison sees its 请示
 * and the 批复.
 */

export const REQUEST_STATES = ['submitted', 'proposed', 'decided', 'replied'] as const;
export type RequestState = (typeof REQUEST_STATES)[number];
export const REQUEST_STATE_LABELS: Record<RequestState, string> = { submitted: '待拟办', proposed: '待领导决定', decided: '待批复', replied: '已批复' };

export const REQUEST_DECISIONS = ['approve', 'reject', 'other'] as const;
export type RequestDecision = (typeof REQUEST_DECISIONS)[number];
export const REQUEST_DECISION_LABELS: Record<RequestDecision, string> = { approve: '同意', reject: '不同意', other: '其他意见' };

export const UnitRequestErrors = {
  unitRequired: { kind: 'validation', code: 'REQUEST.UNIT_REQUIRED', title: '代为登记纸质请示须写明来文单位' },
  invalidReplyDocNumber: { kind: 'validation', code: 'REQUEST.INVALID_REPLY_DOC_NUMBER', title: '批复文号不规范' },
} as const;

export const UnitRequestSubjects = {
  submit: 'request.submit',
  get: 'request.get',
  list: 'request.list',
  propose: 'request.propose',
  decide: 'request.decide',
  reply: 'request.reply',
} as const;

export const DEADLINE_LIGHTS = ['green', 'yellow', 'red'] as const;
export type RequestDeadlineLight = (typeof DEADLINE_LIGHTS)[number];

/** The 批复 clock of a 请示: the handling deadline from the deadline engine, under the configured period in force on receipt. */
export class RequestDeadlineView {
  @ApiProperty({ description: '收到（登记）日期，期限自次日起算' }) receivedOn: string;
  @ApiPropertyOptional({ description: '办理期限（待定时为空）' }) dueDate?: string;
  @ApiProperty({ description: '期限为推算（次年节假日安排尚未发布）' }) provisional: boolean;
  @ApiProperty({ type: [String], description: '期限计算说明（含依据）' }) explanation: string[];
  @ApiPropertyOptional({ format: 'uuid', description: '所依据的“请示办理时限”配置行 id' }) ruleId?: string;
  @ApiProperty({ enum: DEADLINE_LIGHTS, description: '红黄绿灯（已批复为绿）' }) light: RequestDeadlineLight;
  @ApiProperty({ description: '红黄绿灯说明' }) lightReason: string;
  @ApiProperty({ description: '已超过办理期限且尚未批复' }) overdue: boolean;
}

export class RequestReplyView {
  @ApiProperty({ format: 'uuid', description: '批复记录 id' }) id: string;
  @ApiProperty({ description: '批复内容' }) text: string;
  @ApiPropertyOptional({ description: '批复文号（作为批复公文印发时）' }) docNumber?: string;
  @ApiPropertyOptional({ format: 'uuid', description: '对应的发文记录 id' }) replyDocumentId?: string;
  @ApiProperty() repliedBy: string;
  @ApiProperty() repliedAt: string;
}

export class UnitRequestView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ description: '请示编号', example: '请〔2026〕3号' }) registrationNumber: string;
  @ApiProperty() title: string;
  @ApiProperty({ format: 'uuid', description: '来文单位' }) unitId: string;
  @ApiProperty({ description: '来文单位名称' }) unitName: string;
  @ApiPropertyOptional({ description: '原文号' }) originalNumber?: string;
  @ApiProperty({ description: '请示内容摘要' }) summary: string;
  @ApiProperty() secrecyLevel: number;
  @ApiPropertyOptional() secrecyPeriod?: string;
  @ApiPropertyOptional() copyNumber?: string;
  @ApiProperty({ enum: URGENCY_LEVELS }) urgency: UrgencyLevel;
  @ApiProperty({ type: [FileRefView] }) attachments: FileRefView[];
  @ApiProperty({ enum: REQUEST_STATES }) state: RequestState;
  @ApiProperty() stateLabel: string;
  @ApiPropertyOptional({ type: HolderView }) holder?: HolderView;
  @ApiPropertyOptional({ description: '拟办意见' }) proposal?: string;
  @ApiPropertyOptional({ enum: REQUEST_DECISIONS }) decision?: RequestDecision;
  @ApiPropertyOptional() decisionLabel?: string;
  @ApiPropertyOptional({ description: '领导意见' }) decisionText?: string;
  @ApiPropertyOptional({ description: '决定领导' }) decidedByName?: string;
  @ApiPropertyOptional({ description: '领导职务' }) decidedByTitle?: string;
  @ApiPropertyOptional() decidedAt?: string;
  @ApiPropertyOptional({ type: RequestReplyView, description: '批复' }) reply?: RequestReplyView;
  @ApiPropertyOptional({ type: RequestDeadlineView, description: '办理期限（批复时钟）' }) deadline?: RequestDeadlineView;
  @ApiProperty() submittedBy: string;
  @ApiProperty() submittedAt: string;
  @ApiProperty() updatedAt: string;
  @ApiProperty() version: number;
}

/** One unit's count of 请示 past their handling deadline (the 批复 clock it is waiting on). */
export class OverdueUnitCount {
  @ApiProperty({ format: 'uuid' }) unitId: string;
  @ApiProperty() unitName: string;
  @ApiProperty({ description: '逾期件数' }) count: number;
  @ApiProperty({ description: '最早的办理期限' }) earliestDueDate: string;
}

export namespace SubmitUnitRequest {
  export class Request extends SecrecyFields {
    @ApiProperty({ description: '标题' }) @IsString() @MinLength(2, { message: '标题至少 2 个字' }) @MaxLength(300) title: string;
    @ApiPropertyOptional({ format: 'uuid', description: '来文单位（联络员提交时为本单位，可不填）' }) @IsOptional() @IsUUID('all', { message: '来文单位 id 格式不正确' }) unitId?: string;
    @ApiPropertyOptional({ description: '原文号' }) @IsOptional() @IsString() @MaxLength(60) originalNumber?: string;
    @ApiProperty({ description: '请示事项（一文一事）' }) @IsString() @MinLength(2, { message: '请示事项至少 2 个字' }) @MaxLength(4000) summary: string;
    @ApiProperty({ enum: URGENCY_LEVELS }) @IsIn(URGENCY_LEVELS, { message: '紧急程度不正确' }) urgency: UrgencyLevel;
    @ApiPropertyOptional({ type: [FileRef] }) @IsOptional() @IsArray() @ArrayMaxSize(50) @ValidateNested({ each: true }) @Type(() => FileRef) attachments?: FileRef[];
  }
}

export namespace GetUnitRequest {
  export class Request extends RecordRef {}
}

export namespace ListUnitRequests {
  export class Request extends PageQuery {
    @ApiPropertyOptional({ enum: REQUEST_STATES }) @IsOptional() @IsIn(REQUEST_STATES) state?: RequestState;
    @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() unitId?: string;
    @ApiPropertyOptional({ description: '按标题模糊搜索' }) @IsOptional() @IsString() @MaxLength(60) q?: string;
    @ApiPropertyOptional({ description: '逾期请示（true：超过办理时限尚未批复，按单位、期限排列，并给出各单位逾期件数）' })
    @IsOptional()
    @Type(() => String)
    @IsIn(['true', 'false'], { message: '逾期筛选只能是 true 或 false' })
    overdue?: 'true' | 'false';
    @ApiPropertyOptional({ description: '判断逾期的日期 YYYY-MM-DD（默认今天，北京时间）' }) @IsOptional() @IsCalendarDate({ message: '判断日期格式应为 YYYY-MM-DD' }) asOf?: string;
  }
  export class Reply extends PageMeta {
    @ApiProperty({ type: [UnitRequestView] }) items: UnitRequestView[];
    @ApiPropertyOptional({ type: [OverdueUnitCount], description: '各单位逾期件数（overdue=true 时给出）' }) overdueByUnit?: OverdueUnitCount[];
    @ApiPropertyOptional({ description: '判断逾期的日期（overdue=true 时给出）' }) asOf?: string;
  }
}

export namespace ProposeUnitRequest {
  export class Body {
    @ApiProperty({ description: '拟办意见' }) @IsString() @MinLength(2, { message: '拟办意见至少 2 个字' }) @MaxLength(2000) proposal: string;
  }
  export class Request extends Versioned(Body) {}
}

export namespace DecideUnitRequest {
  export class Body {
    @ApiProperty({ enum: REQUEST_DECISIONS, description: '同意、不同意、其他' }) @IsIn(REQUEST_DECISIONS, { message: '领导决定只能是同意、不同意或其他' }) decision: RequestDecision;
    @ApiProperty({ description: '领导意见' }) @IsString() @MinLength(1, { message: '请填写领导意见' }) @MaxLength(2000) text: string;
    @ApiProperty({ description: '领导职务', example: '副区长' }) @IsString() @MinLength(2) @MaxLength(40) leaderTitle: string;
  }
  export class Request extends Versioned(Body) {}
}

export namespace ReplyUnitRequest {
  export class Body {
    @ApiProperty({ description: '批复内容' }) @IsString() @MinLength(2, { message: '批复内容至少 2 个字' }) @MaxLength(8000) text: string;
    @ApiPropertyOptional({ description: '批复文号（如已作为批复公文印发）', example: '博政字〔2026〕8号' }) @IsOptional() @IsString() @MaxLength(60) docNumber?: string;
    @ApiPropertyOptional({ format: 'uuid', description: '对应的发文记录 id' }) @IsOptional() @IsUUID() replyDocumentId?: string;
  }
  export class Request extends Versioned(Body) {}
}
