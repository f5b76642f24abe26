import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsString, IsUUID, MaxLength, Min, MinLength } from 'class-validator';
import { eventSubject, IsCalendarDate, IsInt32, PageMeta, PageQuery, RecordRef, ApiProperty, ApiPropertyOptional } from '@gov/contracts-common';

/**
 * 报备 (规范性文件备案): an issued document filed with a higher body (市政府, 区人大常委会) within the statutory period from
 * its publication — 30 days per 《法规规章备案条例》第三条 and the local rules; the period is configuration
 * (`filings.period`), and the due date comes from the deadline engine with its explanation.
 */
export const FILING_RECIPIENTS = ['city_government', 'district_congress_standing_committee', 'other'] as const;
export type FilingRecipient = (typeof FILING_RECIPIENTS)[number];
export const FILING_RECIPIENT_LABELS: Record<FilingRecipient, string> = {
  city_government: '淄博市人民政府',
  district_congress_standing_committee: '博山区人大常委会',
  other: '其他',
};

export const FILING_STATUSES = ['pending', 'submitted', 'accepted', 'returned', 'withdrawn'] as const;
export type FilingStatus = (typeof FILING_STATUSES)[number];
export const FILING_STATUS_LABELS: Record<FilingStatus, string> = {
  pending: '待报备',
  submitted: '已报送',
  accepted: '已备案',
  returned: '被退回',
  withdrawn: '已撤回',
};

export const FILING_ACTIONS = ['submit', 'accept', 'return', 'withdraw'] as const;
export type FilingAction = (typeof FILING_ACTIONS)[number];
export const FILING_ACTION_LABELS: Record<FilingAction, string> = { submit: '报送', accept: '备案通过', return: '退回', withdraw: '撤回' };

export const FilingErrors = {
  notFound: { kind: 'not_found', code: 'FILING.NOT_FOUND', title: '报备记录不存在或无权查看' },
  notIssued: { kind: 'rule_violation', code: 'FILING.DOCUMENT_NOT_ISSUED', title: '只有已核发的文件才能报备' },
  duplicate: { kind: 'conflict', code: 'FILING.DUPLICATE', title: '该文件已向该机关报备' },
  noteRequired: { kind: 'validation', code: 'FILING.NOTE_REQUIRED', title: '请填写说明' },
} as const;

export class FilingView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid', description: '所报备的发文 id' }) documentId: string;
  @ApiProperty({ description: '文件标题（快照）' }) title: string;
  @ApiProperty({ description: '文号（快照）' }) docNumber: string;
  @ApiProperty({ enum: FILING_RECIPIENTS }) recipient: FilingRecipient;
  @ApiProperty({ description: '报备机关' }) recipientName: string;
  @ApiProperty({ description: '公布日期' }) publicationDate: string;
  @ApiPropertyOptional({ description: '报备期限' }) dueDate?: string;
  @ApiProperty({ description: '期限是否可能变化（日历未发布等）' }) provisional: boolean;
  @ApiProperty({ type: [String], description: '期限的计算过程' }) dueExplanation: string[];
  @ApiProperty({ format: 'uuid', description: '所依据的期限配置版本' }) ruleId: string;
  @ApiProperty({ description: '期限依据' }) ruleSource: string;
  @ApiProperty({ enum: FILING_STATUSES }) status: FilingStatus;
  @ApiProperty() statusLabel: string;
  @ApiProperty({ description: '是否逾期（待报备且已过期限，或逾期报送）' }) overdue: boolean;
  @ApiPropertyOptional({ description: '报送日期' }) submittedOn?: string;
  @ApiPropertyOptional({ description: '备案号或回执' }) filingReference?: string;
  @ApiPropertyOptional({ description: '最近一次退回或撤回的原因' }) lastReason?: string;
  @ApiProperty() secrecyLevel: number;
  @ApiProperty() version: number;
  @ApiProperty() createdBy: string;
  @ApiProperty() createdAt: string;
  @ApiProperty() updatedBy: string;
  @ApiProperty() updatedAt: string;
}

export const FilingSubjects = {
  create: 'filing.create',
  get: 'filing.get',
  list: 'filing.list',
  act: 'filing.act',
} as const;

/** Outbox events of filings; each carries the filing's view (`redated`: a `FilingRedated.Event`). */
export const FilingEvents = {
  created: eventSubject('document-secretariat', 'filing.created'),
  changed: eventSubject('document-secretariat', 'filing.changed'),
  redated: eventSubject('document-secretariat', 'filing.redated'),
} as const;

/** An open filing whose due date the deadline engine moved because a calendar year was loaded or corrected. */
export namespace FilingRedated {
  export class Event {
    @ApiProperty({ type: FilingView, description: '重新计算后的报备记录' }) filing: FilingView;
    @ApiPropertyOptional({ description: '原报备期限（YYYY-MM-DD；无则为待定）' }) previousDueDate?: string;
    @ApiPropertyOptional({ description: '新报备期限（YYYY-MM-DD；无则为待定）' }) dueDate?: string;
    @ApiProperty({ description: '节假日安排变更的年度' }) year: number;
  }
}


export namespace CreateFiling {
  export class Request {
    @ApiProperty({ format: 'uuid', description: '已核发的发文 id' }) @IsUUID('all', { message: '发文 id 格式不正确' }) documentId: string;
    @ApiProperty({ enum: FILING_RECIPIENTS, description: '报备机关' }) @IsIn(FILING_RECIPIENTS, { message: '报备机关不正确' }) recipient: FilingRecipient;
    @ApiPropertyOptional({ description: '报备机关名称（recipient 为 other 时必填）' }) @IsOptional() @IsString() @MaxLength(100) recipientName?: string;
    @ApiProperty({ description: '公布日期（YYYY-MM-DD），期限自次日起算' }) @IsCalendarDate({ message: '公布日期格式应为 YYYY-MM-DD' }) publicationDate: string;
  }
}

export namespace GetFiling {
  export class Request extends RecordRef {}
}

export namespace ListFilings {
  export class Request extends PageQuery {
    @ApiPropertyOptional({ enum: FILING_STATUSES }) @IsOptional() @IsIn(FILING_STATUSES, { message: '状态不正确' }) status?: FilingStatus;
    @ApiPropertyOptional({ description: '只看逾期未报备的' })
    @IsOptional()
    @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
    @IsBoolean({ message: 'overdue 只能是 true 或 false' })
    overdue?: boolean;
    @ApiPropertyOptional({ description: '按标题或文号模糊搜索' }) @IsOptional() @IsString() @MaxLength(60) q?: string;
  }
  export class Reply extends PageMeta {
    @ApiProperty({ type: [FilingView] }) items: FilingView[];
  }
}

export namespace ActOnFiling {
  export class Body {
    @ApiProperty({ enum: FILING_ACTIONS, description: 'submit 报送，accept 备案通过，return 退回，withdraw 撤回' })
    @IsIn(FILING_ACTIONS, { message: '操作只能是 submit、accept、return 或 withdraw' })
    action: FilingAction;
    @ApiPropertyOptional({ description: '日期（报送日期等，默认今天）' }) @IsOptional() @IsCalendarDate({ message: '日期格式应为 YYYY-MM-DD' }) date?: string;
    @ApiPropertyOptional({ description: '说明（退回、撤回时必填）' }) @IsOptional() @IsString() @MaxLength(500) note?: string;
    @ApiPropertyOptional({ description: '备案号或回执（备案通过时）' }) @IsOptional() @IsString() @MinLength(1) @MaxLength(60) filingReference?: string;
  }
  export class Request extends Body {
    @ApiProperty({ format: 'uuid' }) @IsUUID() id: string;
    @ApiProperty() @IsInt32() @Min(1) expectedVersion: number;
  }
}
