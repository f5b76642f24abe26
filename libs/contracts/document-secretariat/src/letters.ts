import { IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength } from 'class-validator';
import { Type } from 'class-transformer';
import { IsCalendarDate, PageMeta, PageQuery, RecordRef, Versioned, ApiProperty, ApiPropertyOptional } from '@gov/contracts-common';

/**
 * 人民来信 (文秘科: 承担有关人民来信接收转办、交办事项落实等工作): 登记 by 文秘科 → 转办 to a unit (or 交办 with a required
 * reply) → the unit's reply → 文秘科 审核 → 办结; a reply may be sent back with a reason; a letter is withdrawn with a
 * reason, never deleted. The writer's name and contact are encrypted at rest and masked in lists.
 */

export const LETTER_STATES = ['registered', 'assigned', 'replied', 'closed', 'withdrawn'] as const;
export type LetterState = (typeof LETTER_STATES)[number];
export const LETTER_STATE_LABELS: Record<LetterState, string> = { registered: '已登记待转交', assigned: '承办中', replied: '已回复待审核', closed: '已办结', withdrawn: '已撤回' };

export const LETTER_CHANNELS = ['letter', 'online', 'fax'] as const;
export type LetterChannel = (typeof LETTER_CHANNELS)[number];
export const LETTER_CHANNEL_LABELS: Record<LetterChannel, string> = { letter: '信件', online: '网上', fax: '传真' };

/** 转办: handed to the unit competent for it; 交办: handed over with a reply required. */
export const LETTER_MODES = ['transfer', 'assign'] as const;
export type LetterMode = (typeof LETTER_MODES)[number];
export const LETTER_MODE_LABELS: Record<LetterMode, string> = { transfer: '转办', assign: '交办' };

export const LetterErrors = {
  invalidState: { kind: 'rule_violation', code: 'LETTER.INVALID_STATE', title: '当前状态不允许此操作' },
  extensionNotAllowed: { kind: 'rule_violation', code: 'LETTER.EXTENSION_NOT_ALLOWED', title: '不能延长办理期限' },
  reasonRequired: { kind: 'validation', code: 'LETTER.REASON_REQUIRED', title: '须写明理由' },
  receivedInFuture: { kind: 'validation', code: 'LETTER.RECEIVED_IN_FUTURE', title: '收信日期不能晚于今天' },
  ruleNotConfigured: { kind: 'rule_violation', code: 'LETTER.RULE_NOT_CONFIGURED', title: '来信办理时限尚无生效的配置' },
} as const;

export const LetterSubjects = {
  register: 'letter.register',
  get: 'letter.get',
  list: 'letter.list',
  hand: 'letter.hand',
  reply: 'letter.reply',
  review: 'letter.review',
  close: 'letter.close',
  extend: 'letter.extend',
  withdraw: 'letter.withdraw',
} as const;

export class LetterDeadlineView {
  @ApiPropertyOptional({ description: '期限（待定时为空）' }) dueDate?: string;
  @ApiProperty({ description: '期限为推算（次年节假日安排尚未发布）' }) provisional: boolean;
  @ApiProperty({ type: [String], description: '期限计算说明（含依据）' }) explanation: string[];
  @ApiProperty({ description: '已超过期限且尚未完成' }) overdue: boolean;
}

export class LetterStepView {
  @ApiProperty() action: string;
  @ApiProperty() actionLabel: string;
  @ApiPropertyOptional() note?: string;
  @ApiProperty() actorName: string;
  @ApiProperty() at: string;
}

export class LetterView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ description: '来信人姓名（列表中脱敏）' }) writerName: string;
  @ApiPropertyOptional({ description: '来信人联系方式（列表中脱敏）' }) writerContact?: string;
  @ApiProperty({ description: '收信日期' }) receivedOn: string;
  @ApiProperty({ enum: LETTER_CHANNELS }) channel: LetterChannel;
  @ApiProperty() channelLabel: string;
  @ApiProperty({ description: '来信摘要' }) summary: string;
  @ApiPropertyOptional({ description: '来信内容（仅详情）' }) content?: string;
  @ApiProperty({ enum: LETTER_STATES }) state: LetterState;
  @ApiProperty() stateLabel: string;
  @ApiPropertyOptional({ enum: LETTER_MODES }) mode?: LetterMode;
  @ApiPropertyOptional() modeLabel?: string;
  @ApiPropertyOptional({ format: 'uuid', description: '承办单位' }) unitId?: string;
  @ApiPropertyOptional() unitName?: string;
  @ApiPropertyOptional({ description: '转交日期（受理日期）' }) handedOn?: string;
  @ApiProperty({ type: LetterDeadlineView, description: '告知是否受理期限' }) acceptanceDeadline: LetterDeadlineView;
  @ApiPropertyOptional({ type: LetterDeadlineView, description: '办理期限（含经批准的延期）' }) handlingDeadline?: LetterDeadlineView;
  @ApiPropertyOptional({ description: '已批准延长的日数' }) extensionDays?: number;
  @ApiPropertyOptional() extensionReason?: string;
  @ApiPropertyOptional() extensionApprovedBy?: string;
  @ApiPropertyOptional({ description: '承办单位回复' }) replyText?: string;
  @ApiPropertyOptional() repliedBy?: string;
  @ApiPropertyOptional() repliedAt?: string;
  @ApiPropertyOptional({ description: '退回理由（最近一次）' }) returnReason?: string;
  @ApiPropertyOptional({ description: '撤回理由' }) withdrawReason?: string;
  @ApiPropertyOptional({ type: [LetterStepView], description: '办理记录（仅详情）' }) steps?: LetterStepView[];
  @ApiProperty() createdBy: string;
  @ApiProperty() createdAt: string;
  @ApiProperty() updatedAt: string;
  @ApiProperty() version: number;
}

export namespace RegisterLetter {
  export class Request {
    @ApiProperty({ description: '来信人姓名' }) @IsString({ message: '来信人姓名：必填' }) @MinLength(1, { message: '来信人姓名：必填' }) @MaxLength(60, { message: '来信人姓名：不超过 60 个字' }) writerName: string;
    @ApiPropertyOptional({ description: '来信人联系方式（电话、地址等）' }) @IsOptional() @IsString() @MaxLength(200, { message: '联系方式：不超过 200 个字' }) writerContact?: string;
    @ApiProperty({ description: '收信日期 YYYY-MM-DD' }) @IsCalendarDate({ message: '收信日期格式应为 YYYY-MM-DD' }) receivedOn: string;
    @ApiProperty({ enum: LETTER_CHANNELS }) @IsIn(LETTER_CHANNELS, { message: '来信渠道只能是信件、网上或传真' }) channel: LetterChannel;
    @ApiProperty({ description: '来信摘要' }) @IsString({ message: '来信摘要：必填' }) @MinLength(2, { message: '来信摘要至少 2 个字' }) @MaxLength(500, { message: '来信摘要不超过 500 个字' }) summary: string;
    @ApiProperty({ description: '来信内容' }) @IsString({ message: '来信内容：必填' }) @MinLength(2, { message: '来信内容至少 2 个字' }) @MaxLength(20000, { message: '来信内容不超过 20000 个字' }) content: string;
  }
}

export namespace GetLetter {
  export class Request extends RecordRef {}
}

export namespace ListLetters {
  export class Request extends PageQuery {
    @ApiPropertyOptional({ enum: LETTER_STATES }) @IsOptional() @IsIn(LETTER_STATES, { message: '状态不正确' }) state?: LetterState;
    @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID('all', { message: '承办单位 id 格式不正确' }) unitId?: string;
    @ApiPropertyOptional({ description: '逾期（true：超过告知或办理期限尚未完成）' })
    @IsOptional()
    @Type(() => String)
    @IsIn(['true', 'false'], { message: '逾期筛选只能是 true 或 false' })
    overdue?: 'true' | 'false';
    @ApiPropertyOptional({ description: '判断逾期的日期 YYYY-MM-DD（默认今天，北京时间）' }) @IsOptional() @IsCalendarDate({ message: '判断日期格式应为 YYYY-MM-DD' }) asOf?: string;
  }
  export class Reply extends PageMeta {
    @ApiProperty({ type: [LetterView] }) items: LetterView[];
  }
}

export namespace HandLetter {
  export class Body {
    @ApiProperty({ enum: LETTER_MODES, description: '转办或交办（交办须回复）' }) @IsIn(LETTER_MODES, { message: '办理方式只能是转办或交办' }) mode: LetterMode;
    @ApiProperty({ format: 'uuid', description: '承办单位' }) @IsUUID('all', { message: '承办单位 id 格式不正确' }) unitId: string;
    @ApiPropertyOptional({ description: '转交意见' }) @IsOptional() @IsString() @MaxLength(2000, { message: '转交意见不超过 2000 个字' }) note?: string;
  }
  export class Request extends Versioned(Body) {}
}

export namespace ReplyLetter {
  export class Body {
    @ApiProperty({ description: '办理结果回复' }) @IsString({ message: '回复内容：必填' }) @MinLength(2, { message: '回复内容至少 2 个字' }) @MaxLength(8000, { message: '回复内容不超过 8000 个字' }) text: string;
  }
  export class Request extends Versioned(Body) {}
}

export namespace ReviewLetter {
  export class Body {
    @ApiProperty({ enum: ['approve', 'return'], description: '审核通过（办结）或退回承办单位' }) @IsIn(['approve', 'return'], { message: '审核结论只能是通过或退回' }) decision: 'approve' | 'return';
    @ApiPropertyOptional({ description: '退回理由（退回时必填）' }) @IsOptional() @IsString() @MaxLength(2000, { message: '理由不超过 2000 个字' }) reason?: string;
  }
  export class Request extends Versioned(Body) {}
}

export namespace CloseLetter {
  export class Body {
    @ApiPropertyOptional({ description: '办结说明' }) @IsOptional() @IsString() @MaxLength(2000, { message: '办结说明不超过 2000 个字' }) note?: string;
  }
  export class Request extends Versioned(Body) {}
}

export namespace ExtendLetter {
  export class Body {
    @ApiProperty({ description: '延长日数（1–30）', minimum: 1, maximum: 30 }) @Type(() => Number) @IsInt({ message: '延长日数应为整数' }) @Min(1, { message: '延长日数至少 1 日' }) @Max(30, { message: '延长日数不超过 30 日' }) days: number;
    @ApiProperty({ description: '延期理由（并告知来信人）' }) @IsString({ message: '延期理由：必填' }) @MinLength(2, { message: '延期理由至少 2 个字' }) @MaxLength(2000) reason: string;
  }
  export class Request extends Versioned(Body) {}
}

export namespace WithdrawLetter {
  export class Body {
    @ApiProperty({ description: '撤回理由' }) @IsString({ message: '撤回理由：必填' }) @MinLength(2, { message: '撤回理由至少 2 个字' }) @MaxLength(2000) reason: string;
  }
  export class Request extends Versioned(Body) {}
}
