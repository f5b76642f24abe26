import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength } from 'class-validator';
import { ApiProperty, ApiPropertyOptional, eventSubject, IsCalendarDate, IsInt32, PageMeta, PageQuery, RecordRef, Versioned } from '@gov/contracts-common';
import { INSTRUCTION_LEVELS, type AdoptionLevel, type InstructionLevel } from './submissions.js';

/**
 * 上报登记 (the register of 政务信息 sent upward): each 报送 — item(s), to which office, date, channel — and the feedback
 * (采用 / 批示) that came back, which records the adoption or 批示 on the item so its score follows.
 * sent 已报送 → withdrawn 已撤回 (with a reason; nothing is deleted; adoptions already recorded stay).
 * Named `InfoUpward…` in code: duty-and-meetings already has an `UpwardReportView` (值班信息报送); the event payload keeps
 * the generator's name `UpwardReportChanged.Event` (its subjects are `upward-report.*`), which duty does not use.
 */
export const INFO_UPWARD_STATUSES = ['sent', 'withdrawn'] as const;
export type InfoUpwardStatus = (typeof INFO_UPWARD_STATUSES)[number];
export const INFO_UPWARD_STATUS_LABELS: Record<InfoUpwardStatus, string> = { sent: '已报送', withdrawn: '已撤回' };

/** The higher offices 信息科 reports to. */
export const INFO_UPWARD_OFFICES = ['city_info', 'province_office', 'state_council'] as const;
export type InfoUpwardOffice = (typeof INFO_UPWARD_OFFICES)[number];
export const INFO_UPWARD_OFFICE_LABELS: Record<InfoUpwardOffice, string> = { city_info: '市委、市政府信息科', province_office: '省政府办公厅', state_council: '国务院办公厅' };
/** The adoption level an office's 采用 records on the item (市采用, 省采用, 国办采用). */
export const INFO_UPWARD_ADOPTION_LEVEL: Record<InfoUpwardOffice, AdoptionLevel> = { city_info: 'city', province_office: 'province', state_council: 'state_council' };

/** How an item was sent. */
export const INFO_UPWARD_CHANNELS = ['system', 'secure_network', 'fax', 'email', 'paper'] as const;
export type InfoUpwardChannel = (typeof INFO_UPWARD_CHANNELS)[number];
export const INFO_UPWARD_CHANNEL_LABELS: Record<InfoUpwardChannel, string> = { system: '政务信息报送系统', secure_network: '政务专网', fax: '传真', email: '电子邮件', paper: '纸质报送' };

/** The kinds of feedback. */
export const INFO_UPWARD_FEEDBACK_KINDS = ['adopted', 'instructed'] as const;
export type InfoUpwardFeedbackKind = (typeof INFO_UPWARD_FEEDBACK_KINDS)[number];
export const INFO_UPWARD_FEEDBACK_LABELS: Record<InfoUpwardFeedbackKind, string> = { adopted: '采用', instructed: '领导批示' };

/** The fields of one 报送 upward. */
export class InfoUpwardReportFields {
  @ApiProperty({ type: [String], description: '报送的信息（已采纳的报送信息）' })
  @IsArray({ message: 'submissionIds：必须为列表' })
  @ArrayMinSize(1, { message: 'submissionIds：至少 1 条信息' })
  @ArrayMaxSize(50, { message: 'submissionIds：不超过 50 条' })
  @IsUUID('all', { each: true, message: 'submissionIds：须为信息编号' })
  submissionIds: string[];

  @ApiProperty({ enum: INFO_UPWARD_OFFICES, description: '报送机关：city_info 市委、市政府信息科 / province_office 省政府办公厅 / state_council 国务院办公厅' })
  @IsIn(INFO_UPWARD_OFFICES, { message: 'office：取值无效' })
  office: InfoUpwardOffice;

  @ApiProperty({ description: '报送日期（YYYY-MM-DD）' })
  @IsCalendarDate({ message: 'sentOn：须为 YYYY-MM-DD 格式的日期' })
  sentOn: string;

  @ApiProperty({ enum: INFO_UPWARD_CHANNELS, description: '报送渠道' })
  @IsIn(INFO_UPWARD_CHANNELS, { message: 'channel：取值无效' })
  channel: InfoUpwardChannel;

  @ApiPropertyOptional({ description: '备注', nullable: true })
  @IsOptional()
  @IsString({ message: 'note：必须为文本' })
  @MaxLength(1000, { message: 'note：不超过 1000 个字' })
  note?: string | null;
}

export class InfoUpwardItemView {
  @ApiProperty({ format: 'uuid' }) submissionId: string;
  @ApiProperty({ description: '信息标题（报送时）' }) title: string;
}

export class InfoUpwardFeedbackView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) submissionId: string;
  @ApiProperty({ enum: INFO_UPWARD_FEEDBACK_KINDS }) kind: InfoUpwardFeedbackKind;
  @ApiProperty({ description: '采用层级（采用）或批示层级（批示）' }) level: string;
  @ApiProperty({ description: '反馈日期（采用或批示的日期）' }) receivedOn: string;
  @ApiPropertyOptional({ description: '采用刊物/载体', nullable: true }) outlet: string | null;
  @ApiPropertyOptional({ description: '批示领导', nullable: true }) leaderName: string | null;
  @ApiPropertyOptional({ description: '批示内容', nullable: true }) content: string | null;
  @ApiProperty({ description: '计分（已登记过同一层级的为 0）' }) points: number;
  @ApiPropertyOptional({ description: '计分标准版本', nullable: true }) weightVersion: string | null;
  @ApiProperty({ description: '该层级此前已登记（未重复计分）' }) alreadyRecorded: boolean;
  @ApiProperty() recordedBy: string;
  @ApiProperty() recordedAt: string;
}

export class InfoUpwardReportView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: [InfoUpwardItemView] }) items: InfoUpwardItemView[];
  @ApiProperty({ enum: INFO_UPWARD_OFFICES }) office: InfoUpwardOffice;
  @ApiProperty({ description: '报送日期' }) sentOn: string;
  @ApiProperty({ enum: INFO_UPWARD_CHANNELS }) channel: InfoUpwardChannel;
  @ApiPropertyOptional({ nullable: true }) note: string | null;
  @ApiProperty({ type: [InfoUpwardFeedbackView], description: '反馈（采用、批示）' }) feedback: InfoUpwardFeedbackView[];
  @ApiProperty({ enum: INFO_UPWARD_STATUSES, description: 'sent 已报送 / withdrawn 已撤回' }) status: InfoUpwardStatus;
  @ApiPropertyOptional({ description: '撤回理由', nullable: true }) withdrawalReason: string | null;
  @ApiProperty({ description: '版本号（ETag）' }) version: number;
  @ApiProperty() createdAt: string;
  @ApiProperty() createdBy: string;
  @ApiProperty() updatedAt: string;
  @ApiProperty() updatedBy: string;
}

export const InfoUpwardReportErrors = {
  notFound: { kind: 'not_found', code: 'UPWARD_REPORT.NOT_FOUND', title: '上报登记不存在' },
  versionConflict: { kind: 'precondition_failed', code: 'UPWARD_REPORT.VERSION_CONFLICT', title: '上报登记已被他人修改' },
  invalidState: { kind: 'rule_violation', code: 'UPWARD_REPORT.INVALID_STATE', title: '当前状态不能进行此操作' },
  notInReport: { kind: 'rule_violation', code: 'UPWARD_REPORT.ITEM_NOT_IN_REPORT', title: '该信息不在此次报送中' },
  feedbackBeforeSent: { kind: 'rule_violation', code: 'UPWARD_REPORT.FEEDBACK_BEFORE_SENT', title: '反馈日期不能早于报送日期' },
  sentInFuture: { kind: 'rule_violation', code: 'UPWARD_REPORT.SENT_IN_FUTURE', title: '报送日期不能晚于今天' },
  instructionIncomplete: { kind: 'rule_violation', code: 'UPWARD_REPORT.INSTRUCTION_INCOMPLETE', title: '批示须写明层级、领导与内容' },
} as const;

/** RPC subjects, under `rpc.information.`. */
export const InfoUpwardReportSubjects = {
  create: 'upward-report.create',
  feedback: 'upward-report.feedback',
  withdraw: 'upward-report.withdraw',
  get: 'upward-report.get',
  list: 'upward-report.list',
} as const;

export namespace CreateInfoUpwardReport {
  export class Request extends InfoUpwardReportFields {}
  export class Reply extends InfoUpwardReportView {}
}

export namespace RecordInfoUpwardFeedback {
  export class Body {
    @ApiProperty({ format: 'uuid', description: '反馈所涉信息（须在此次报送中）' }) @IsUUID('all', { message: 'submissionId：须为信息编号' }) submissionId: string;

    @ApiProperty({ enum: INFO_UPWARD_FEEDBACK_KINDS, description: 'adopted 采用（按报送机关记市采用/省采用/国办采用）/ instructed 领导批示' })
    @IsIn(INFO_UPWARD_FEEDBACK_KINDS, { message: 'kind：取值无效' })
    kind: InfoUpwardFeedbackKind;

    @ApiProperty({ description: '采用或批示日期（YYYY-MM-DD，按其日期生效的计分标准计分）' })
    @IsCalendarDate({ message: 'receivedOn：须为 YYYY-MM-DD 格式的日期' })
    receivedOn: string;

    @ApiPropertyOptional({ description: '采用刊物/载体（采用时）', nullable: true })
    @IsOptional()
    @IsString({ message: 'outlet：必须为文本' })
    @MaxLength(200, { message: 'outlet：不超过 200 个字' })
    outlet?: string | null;

    @ApiPropertyOptional({ enum: INSTRUCTION_LEVELS, description: '批示层级（批示时）' })
    @IsOptional()
    @IsIn(INSTRUCTION_LEVELS, { message: 'instructionLevel：取值无效' })
    instructionLevel?: InstructionLevel;

    @ApiPropertyOptional({ description: '批示领导（批示时）' })
    @IsOptional()
    @IsString({ message: 'leaderName：必须为文本' })
    @MaxLength(40, { message: 'leaderName：不超过 40 个字' })
    leaderName?: string;

    @ApiPropertyOptional({ description: '批示内容（批示时）' })
    @IsOptional()
    @IsString({ message: 'content：必须为文本' })
    @MaxLength(2000, { message: 'content：不超过 2000 个字' })
    content?: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends InfoUpwardReportView {}
}

export namespace WithdrawInfoUpwardReport {
  export class Body {
    @ApiProperty({ description: '撤回理由' })
    @IsString({ message: 'reason：必须为文本' })
    @MinLength(2, { message: 'reason：撤回须说明理由（至少 2 个字）' })
    @MaxLength(1000, { message: 'reason：不超过 1000 个字' })
    reason: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends InfoUpwardReportView {}
}

export namespace GetInfoUpwardReport {
  export class Request extends RecordRef {}
  export class Reply extends InfoUpwardReportView {}
}

export namespace ListInfoUpwardReports {
  export class Request extends PageQuery {
    @ApiPropertyOptional({ enum: INFO_UPWARD_STATUSES, description: '状态' })
    @IsOptional()
    @IsIn(INFO_UPWARD_STATUSES, { message: 'status：取值无效' })
    status?: InfoUpwardStatus;

    @ApiPropertyOptional({ enum: INFO_UPWARD_OFFICES, description: '报送机关' })
    @IsOptional()
    @IsIn(INFO_UPWARD_OFFICES, { message: 'office：取值无效' })
    office?: InfoUpwardOffice;

    @ApiPropertyOptional({ format: 'uuid', description: '所含信息' })
    @IsOptional()
    @IsUUID('all', { message: 'submissionId：须为信息编号' })
    submissionId?: string;

    @ApiPropertyOptional({ description: '年度（报送日期）' })
    @IsOptional()
    @Type(() => Number)
    @IsInt({ message: 'year：须为整数' })
    @Min(2000, { message: 'year：不早于 2000 年' })
    @Max(2100, { message: 'year：不晚于 2100 年' })
    year?: number;
  }
  export class Reply extends PageMeta {
    @ApiProperty({ type: [InfoUpwardReportView] }) items: InfoUpwardReportView[];
  }
}

/** What the events of one 上报登记 carry: its snapshot with its version (consumers apply only newer ones). */
export class InfoUpwardReportSnapshot {
  @ApiProperty() @IsUUID() id: string;
  @ApiProperty({ type: [String] }) @IsArray() @IsUUID('all', { each: true }) submissionIds: string[];
  @ApiProperty() @IsIn(INFO_UPWARD_OFFICES) office: InfoUpwardOffice;
  @ApiProperty() @IsCalendarDate() sentOn: string;
  @ApiProperty() @IsIn(INFO_UPWARD_STATUSES) status: InfoUpwardStatus;
  @ApiProperty() @IsInt32() @Min(1) version: number;
}

export const InfoUpwardReportEvents = {
  created: eventSubject('information', 'upward-report.created'),
  feedback: eventSubject('information', 'upward-report.feedback-recorded'),
  withdrawn: eventSubject('information', 'upward-report.withdrawn'),
} as const;

/** What each event means, for the catalogue of the events (tools/asyncapi): one sentence about the fact. */
export const InfoUpwardReportEventDescriptions = {
  'upward-report.created': { zh: '政务信息向上级报送登记', en: 'Items of 政务信息 were sent to a higher office.' },
  'upward-report.feedback-recorded': { zh: '上级反馈（采用、批示）登记，并记入信息的采用与计分', en: 'Feedback from the higher office (adoption, instruction) was recorded on the items.' },
  'upward-report.withdrawn': { zh: '上报登记被撤回（注明理由，不删除）', en: 'An upward report record was withdrawn, with a reason (never deleted).' },
} as const;

/** Published by information when a 上报登记 is created, gets feedback or is withdrawn; carries its snapshot. */
export namespace UpwardReportChanged {
  export class Event extends InfoUpwardReportSnapshot {}
}
