import { IsIn, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength } from 'class-validator';
import { IsCalendarDate, IsInt32, IsOffsetDateTime, PageMeta, PageQuery, RecordRef, RuleVersionView, Versioned, ApiProperty, ApiPropertyOptional } from '@gov/contracts-common';
import { DutyRecordMeta } from './duty.js';

const DATE_MESSAGE = '日期格式应为 YYYY-MM-DD';

/** 政务舆情等级. */
export const OPINION_LEVELS = ['major', 'important', 'general'] as const;
export type OpinionLevel = (typeof OPINION_LEVELS)[number];
export const OPINION_LEVEL_LABELS: Record<OpinionLevel, string> = { major: '重大', important: '较大', general: '一般' };

export const OPINION_SOURCES = ['online_media', 'social_media', 'hotline', 'superior', 'press', 'other'] as const;
export type OpinionSource = (typeof OPINION_SOURCES)[number];
export const OPINION_SOURCE_LABELS: Record<OpinionSource, string> = {
  online_media: '网络媒体',
  social_media: '社交平台',
  hotline: '12345 热线',
  superior: '上级转办',
  press: '报刊广电',
  other: '其他',
};

/** collected 已收集 → assigned 已交办 → responded 已回应 → accepted 审核通过 (or returned 退回 → responded again). */
export const OPINION_STATUSES = ['collected', 'assigned', 'responded', 'accepted', 'returned'] as const;
export type OpinionStatus = (typeof OPINION_STATUSES)[number];

export const OPINION_DEADLINE_UNITS = ['working_days', 'calendar_days', 'clock_hours'] as const;
export type OpinionDeadlineUnit = (typeof OPINION_DEADLINE_UNITS)[number];

export const OpinionErrors = {
  notFound: { kind: 'not_found', code: 'OPINION.NOT_FOUND', title: '舆情不存在' },
  versionConflict: { kind: 'precondition_failed', code: 'OPINION.VERSION_CONFLICT', title: '舆情已被他人修改' },
  state: { kind: 'rule_violation', code: 'OPINION.STATE', title: '舆情当前状态不允许此操作' },
  unknownUnit: { kind: 'rule_violation', code: 'OPINION.UNKNOWN_UNIT', title: '单位不存在或已停用' },
  noRule: { kind: 'rule_violation', code: 'OPINION.NO_RULE', title: '没有适用的回应时限规则' },
  forbidden: { kind: 'forbidden', code: 'OPINION.FORBIDDEN', title: '无权执行此操作' },
} as const;

export const OpinionSubjects = {
  create: 'opinion.create',
  assign: 'opinion.assign',
  respond: 'opinion.respond',
  review: 'opinion.review',
  get: 'opinion.get',
  list: 'opinion.list',
  statistics: 'opinion.statistics',
  rules: 'opinion.rule.list',
  createRule: 'opinion.rule.create',
} as const;

/**
 * 舆情回应时限: per level, with an effective date and source. In days, counted by the deadline engine from the day of 交办;
 * in clock hours (重大舆情, 国办发〔2016〕61号), from the moment of receipt, with a first-response (权威信息) limit too.
 */
export class OpinionRuleView extends RuleVersionView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: OPINION_LEVELS }) level: OpinionLevel;
  @ApiProperty({ description: '回应时限' }) amount: number;
  @ApiProperty({ enum: OPINION_DEADLINE_UNITS, description: 'working_days 工作日 / calendar_days 自然日 / clock_hours 小时（自接报起连续计算）' }) unit: OpinionDeadlineUnit;
  @ApiPropertyOptional({ description: '首次回应（发布权威信息）时限（小时，仅按小时计算的规则）', type: Number, nullable: true }) firstResponseHours: number | null;
}

export class OpinionView extends DutyRecordMeta {
  @ApiProperty() title: string;
  @ApiProperty({ enum: OPINION_SOURCES }) source: OpinionSource;
  @ApiPropertyOptional({ description: '来源链接或出处', type: String, nullable: true }) sourceDetail: string | null;
  @ApiProperty({ enum: OPINION_LEVELS }) level: OpinionLevel;
  @ApiProperty({ description: '舆情摘要' }) summary: string;
  @ApiProperty({ description: '发现时间' }) foundAt: string;
  @ApiProperty({ enum: OPINION_STATUSES }) status: OpinionStatus;
  @ApiPropertyOptional({ format: 'uuid', description: '责任单位', type: String, nullable: true }) unitId: string | null;
  @ApiPropertyOptional({ description: '交办时间', type: String, nullable: true }) assignedAt: string | null;
  @ApiPropertyOptional({ description: '回应期限 YYYY-MM-DD', type: String, nullable: true }) responseDue: string | null;
  @ApiProperty({ type: [String], description: '期限如何计算' }) deadlineExplanation: string[];
  @ApiProperty({ description: '期限是否暂定（所跨年度节假日安排尚未发布，发布后自动重算）' }) deadlineProvisional: boolean;
  @ApiPropertyOptional({ format: 'uuid', description: '交办时适用的时限规则', type: String, nullable: true }) ruleId: string | null;
  @ApiPropertyOptional({ description: '单位回应内容', type: String, nullable: true }) response: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) respondedAt: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) respondedBy: string | null;
  @ApiPropertyOptional({ description: '审核意见', type: String, nullable: true }) reviewRemark: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) reviewedAt: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) reviewedBy: string | null;
  @ApiProperty({ description: '是否超过回应期限（未回应且已过期，或回应晚于期限）' }) overdue: boolean;
  @ApiPropertyOptional({ description: '回应截止时刻（按小时计算的规则，如重大舆情 24 小时）', type: String, nullable: true }) responseDueAt: string | null;
  @ApiPropertyOptional({ description: '首次回应（发布权威信息）截止时刻（重大舆情 5 小时）', type: String, nullable: true }) firstResponseDueAt: string | null;
  @ApiPropertyOptional({ description: '首次回应时间（单位第一次回应）', type: String, nullable: true }) firstRespondedAt: string | null;
  @ApiProperty({ description: '首次回应是否超时' }) firstResponseOverdue: boolean;
}

export namespace CreateOpinion {
  export class Request {
    @ApiProperty({ description: '标题' }) @IsString() @MinLength(2) @MaxLength(200) title: string;
    @ApiProperty({ enum: OPINION_SOURCES }) @IsIn(OPINION_SOURCES) source: OpinionSource;
    @ApiPropertyOptional({ description: '来源链接或出处' }) @IsOptional() @IsString() @MaxLength(500) sourceDetail?: string;
    @ApiProperty({ enum: OPINION_LEVELS }) @IsIn(OPINION_LEVELS) level: OpinionLevel;
    @ApiProperty({ description: '舆情摘要' }) @IsString() @MinLength(1) @MaxLength(4000) summary: string;
    @ApiProperty({ description: '发现时间（ISO 8601）' }) @IsOffsetDateTime() foundAt: string;
  }
  export class Reply extends OpinionView {}
}

export namespace AssignOpinion {
  export class Body {
    @ApiProperty({ format: 'uuid', description: '责任单位' }) @IsUUID() unitId: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends OpinionView {}
}

export namespace RespondOpinion {
  export class Body {
    @ApiProperty({ description: '回应情况' }) @IsString() @MinLength(2) @MaxLength(4000) response: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends OpinionView {}
}

export namespace ReviewOpinion {
  export class Body {
    @ApiProperty({ enum: ['accepted', 'returned'], description: 'accepted 通过 / returned 退回重新回应' }) @IsIn(['accepted', 'returned']) result: 'accepted' | 'returned';
    @ApiPropertyOptional({ description: '审核意见（退回时必填）' }) @IsOptional() @IsString() @MaxLength(1000) remark?: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends OpinionView {}
}

export namespace GetOpinion {
  export class Request extends RecordRef {}
  export class Reply extends OpinionView {}
}

export namespace ListOpinions {
  export class Request extends PageQuery {
    @ApiPropertyOptional({ enum: OPINION_STATUSES }) @IsOptional() @IsIn(OPINION_STATUSES) status?: OpinionStatus;
    @ApiPropertyOptional({ enum: OPINION_LEVELS }) @IsOptional() @IsIn(OPINION_LEVELS) level?: OpinionLevel;
    @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() unitId?: string;
    @ApiPropertyOptional({ description: '按标题模糊搜索（支持中文）' }) @IsOptional() @IsString() @MaxLength(40) q?: string;
  }
  export class Reply extends PageMeta {
    @ApiProperty({ type: [OpinionView] }) items: OpinionView[];
  }
}

export class OpinionUnitStatistics {
  @ApiProperty({ format: 'uuid' }) unitId: string;
  @ApiProperty({ description: '交办件数' }) assigned: number;
  @ApiProperty({ description: '已回应件数' }) responded: number;
  @ApiProperty({ description: '按期回应件数' }) onTime: number;
  @ApiProperty({ description: '超期件数（逾期回应或逾期未回应）' }) overdue: number;
  @ApiPropertyOptional({ description: '平均回应用时（小时，自交办至回应）', type: Number, nullable: true }) averageResponseHours: number | null;
}

export namespace OpinionStatistics {
  export class Request {
    @ApiPropertyOptional({ description: '交办日期起 YYYY-MM-DD' }) @IsOptional() @IsCalendarDate({ message: DATE_MESSAGE }) from?: string;
    @ApiPropertyOptional({ description: '交办日期止 YYYY-MM-DD' }) @IsOptional() @IsCalendarDate({ message: DATE_MESSAGE }) to?: string;
  }
  export class Reply {
    @ApiProperty({ description: '统计日期（判断逾期未回应的基准）' }) asOf: string;
    @ApiProperty({ type: [OpinionUnitStatistics] }) items: OpinionUnitStatistics[];
  }
}

export namespace ListOpinionRules {
  export class Request {}
  export class Reply {
    @ApiProperty({ type: [OpinionRuleView] }) items: OpinionRuleView[];
  }
}

export namespace CreateOpinionRule {
  export class Request {
    @ApiProperty({ enum: OPINION_LEVELS }) @IsIn(OPINION_LEVELS) level: OpinionLevel;
    @ApiProperty() @IsInt32() @Min(1) @Max(60) amount: number;
    @ApiProperty({ enum: OPINION_DEADLINE_UNITS }) @IsIn(OPINION_DEADLINE_UNITS) unit: OpinionDeadlineUnit;
    @ApiPropertyOptional({ description: '首次回应（发布权威信息）时限（小时），仅 clock_hours 规则' }) @IsOptional() @IsInt32() @Min(1) @Max(48) firstResponseHours?: number;
    @ApiProperty({ description: '生效日期 YYYY-MM-DD' }) @IsCalendarDate({ message: DATE_MESSAGE }) effectiveFrom: string;
    @ApiProperty({ description: '依据' }) @IsString() @MinLength(2) @MaxLength(300) source: string;
  }
  export class Reply extends OpinionRuleView {}
}
