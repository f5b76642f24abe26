import { IsIn, IsObject, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { eventSubject, IsCalendarDate, ApiProperty, ApiPropertyOptional } from '@gov/contracts-common';

/**
 * Local rules of 立卷归档, 报备 and 合作协议审核 that differ by locality: configuration rows with an effective date and a
 * cited source. A new value is a new row (never an overwrite); a record keeps the id of the rule row it was decided under.
 */
export const ARCHIVE_LEGAL_RULE_CODES = ['archives.fonds', 'archives.organizations', 'filings.period', 'agreements.review_period'] as const;
export type ArchiveLegalRuleCode = (typeof ARCHIVE_LEGAL_RULE_CODES)[number];
/**
 * Every local rule kept in the same versioned table: the released archive/legal codes and `requests.handling_period`
 * (请示办理时限). Only the released codes go out on `archive-legal-rule.added` (its `code` enum is part of the event catalogue).
 */
export const LOCAL_RULE_CODES = [...ARCHIVE_LEGAL_RULE_CODES, 'requests.handling_period'] as const;
export type LocalRuleCode = (typeof LOCAL_RULE_CODES)[number];
export function isArchiveLegalRuleCode(code: LocalRuleCode): code is ArchiveLegalRuleCode {
  return (ARCHIVE_LEGAL_RULE_CODES as readonly string[]).includes(code);
}
export const ARCHIVE_LEGAL_RULE_LABELS: Record<LocalRuleCode, string> = {
  'archives.fonds': '全宗号与档案门类代码',
  'archives.organizations': '机构（问题）代码表',
  'filings.period': '规范性文件报备期限',
  'agreements.review_period': '合作协议审核期限',
  'requests.handling_period': '请示办理时限',
};

/** `archives.fonds`: e.g. `{ "fondsCode": "J001", "categoryCode": "WS" }`. */
export interface FondsRuleValue {
  fondsCode: string;
  categoryCode: string;
}
/** `archives.organizations`: e.g. `{ "organizations": [{ "code": "WMK", "name": "文秘科" }] }`. */
export interface OrganizationsRuleValue {
  organizations: { code: string; name: string }[];
}
/** `filings.period`, `agreements.review_period` and `requests.handling_period`: e.g. `{ "amount": 30, "unit": "calendar_days" }`. */
export interface PeriodRuleValue {
  amount: number;
  unit: 'working_days' | 'calendar_days' | 'months';
}

export const ArchiveLegalRuleErrors = {
  invalidValue: { kind: 'validation', code: 'ARCHIVE_RULE.INVALID_VALUE', title: '配置值不正确' },
  notConfigured: { kind: 'rule_violation', code: 'ARCHIVE_RULE.NOT_CONFIGURED', title: '尚无生效的配置' },
  forbidden: { kind: 'forbidden', code: 'ARCHIVE_RULE.FORBIDDEN', title: '无权修改此配置' },
} as const;

export class ArchiveLegalRuleView {
  @ApiProperty({ format: 'uuid', description: '配置行 id（记录据此保存所依据的规则版本）' }) id: string;
  @ApiProperty({ enum: ARCHIVE_LEGAL_RULE_CODES }) code: ArchiveLegalRuleCode;
  @ApiProperty({ description: '配置名称' }) label: string;
  @ApiProperty({ description: '配置值', type: 'object', additionalProperties: true }) value: Record<string, unknown>;
  @ApiProperty({ description: '生效日期（YYYY-MM-DD）' }) effectiveFrom: string;
  @ApiProperty({ description: '依据（文件名称、条款）' }) source: string;
  @ApiProperty({ description: '是否为当前生效的版本' }) current: boolean;
  @ApiProperty() createdBy: string;
  @ApiProperty() createdAt: string;
}

/** A version of any local rule (the HTTP view; the event carries {@link ArchiveLegalRuleView}). */
export class LocalRuleView {
  @ApiProperty({ format: 'uuid', description: '配置行 id（记录据此保存所依据的规则版本）' }) id: string;
  @ApiProperty({ enum: LOCAL_RULE_CODES }) code: LocalRuleCode;
  @ApiProperty({ description: '配置名称' }) label: string;
  @ApiProperty({ description: '配置值', type: 'object', additionalProperties: true }) value: Record<string, unknown>;
  @ApiProperty({ description: '生效日期（YYYY-MM-DD）' }) effectiveFrom: string;
  @ApiProperty({ description: '依据（文件名称、条款）' }) source: string;
  @ApiProperty({ description: '是否为当前生效的版本' }) current: boolean;
  @ApiProperty() createdBy: string;
  @ApiProperty() createdAt: string;
}

export const ArchiveLegalRuleSubjects = {
  list: 'archive-legal-rule.list',
  add: 'archive-legal-rule.add',
} as const;

/** A new version of a rule was added (carries its view). */
export const ArchiveLegalRuleEvents = {
  added: eventSubject('document-secretariat', 'archive-legal-rule.added'),
} as const;

export namespace ListArchiveLegalRules {
  export class Request {
    @ApiPropertyOptional({ enum: LOCAL_RULE_CODES }) @IsOptional() @IsIn(LOCAL_RULE_CODES, { message: '配置代码不正确' }) code?: LocalRuleCode;
  }
  export class Reply {
    @ApiProperty({ type: [LocalRuleView] }) items: LocalRuleView[];
  }
}

export namespace AddArchiveLegalRule {
  export class Request {
    @ApiProperty({ enum: LOCAL_RULE_CODES }) @IsIn(LOCAL_RULE_CODES, { message: '配置代码不正确' }) code: LocalRuleCode;
    @ApiProperty({ description: '配置值（结构随配置代码而定）', type: 'object', additionalProperties: true }) @IsObject({ message: '配置值须为对象' }) value: Record<string, unknown>;
    @ApiProperty({ description: '生效日期（YYYY-MM-DD）', example: '2026-01-01' }) @IsCalendarDate({ message: '生效日期格式应为 YYYY-MM-DD' }) effectiveFrom: string;
    @ApiProperty({ description: '依据（文件名称、条款）' }) @IsString() @MinLength(2, { message: '请填写依据' }) @MaxLength(300) source: string;
  }
  export class Reply extends LocalRuleView {}
}
