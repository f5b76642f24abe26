import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsNumber, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { eventSubject, IsCalendarDate, IsInt32, PageMeta, PageQuery, ApiProperty, ApiPropertyOptional } from '@gov/contracts-common';
import { DATE_MESSAGE, Versioned } from './common.js';


/**
 * 考核指标, each scored 0–100 from the unit's supervision items (lead unit) due in the period:
 * - on_time 按期办结率 = items closed with completion reported on or before the due date ÷ items × 100;
 * - not_overdue 未逾期率 = (items − overdue items) ÷ items × 100, an item being overdue when it was completed after
 *   its due date or is still open after it;
 * - sent_back 退回扣分 = 100 − 10 × times sent back (not below 0).
 * A unit without items scores 100 on each. Score = Σ weight × indicator ÷ Σ weights, plus adjustments.
 */
export const ASSESSMENT_INDICATORS = ['on_time', 'not_overdue', 'sent_back'] as const;
export type AssessmentIndicatorCode = (typeof ASSESSMENT_INDICATORS)[number];
export const ASSESSMENT_INDICATOR_LABELS: Record<AssessmentIndicatorCode, string> = {
  on_time: '按期办结率',
  not_overdue: '未逾期率',
  sent_back: '退回扣分',
};

/** Who is assessed: towns, streets, the development zone and departments. */
export const ASSESSED_UNIT_TYPES = ['town', 'street', 'development_zone', 'department'] as const;
export type AssessedUnitType = (typeof ASSESSED_UNIT_TYPES)[number];

export class AssessmentIndicatorWeight {
  @ApiProperty({ enum: ASSESSMENT_INDICATORS }) @IsIn(ASSESSMENT_INDICATORS, { message: '考核指标不存在' }) code: AssessmentIndicatorCode;
  @ApiProperty({ description: '权重（0–100）' }) @IsInt32({ message: '权重必须是整数' }) @Min(0) @Max(100) weight: number;
}

export class AssessmentPeriodView {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
  @ApiProperty() startsOn: string;
  @ApiProperty() endsOn: string;
  @ApiProperty({ enum: ASSESSED_UNIT_TYPES, isArray: true }) unitTypes: AssessedUnitType[];
  @ApiProperty({ type: [AssessmentIndicatorWeight], description: '本期采用的指标和权重（创建时确定，之后设置变化不影响本期）' }) indicators: AssessmentIndicatorWeight[];
  @ApiProperty({ description: '权重来源说明' }) weightsSource: string;
  @ApiProperty() version: number;
  @ApiProperty() createdAt: string;
  @ApiProperty() createdBy: string;
  @ApiProperty() updatedAt: string;
  @ApiProperty() updatedBy: string;
  @ApiPropertyOptional({ description: '定稿时间（空表示尚未定稿）', nullable: true, type: String }) finalizedAt: string | null;
  @ApiPropertyOptional({ description: '定稿人', nullable: true, type: String }) finalizedBy: string | null;
}

export class AssessmentAdjustmentView {
  @ApiProperty() id: string;
  @ApiProperty() unitId: string;
  @ApiProperty({ description: '加减分（正数加分，负数减分）' }) points: number;
  @ApiProperty() reason: string;
  @ApiProperty() createdBy: string;
  @ApiProperty() createdAt: string;
}

export class AssessmentResultLine {
  @ApiProperty({ description: '名次（同分同名次）' }) rank: number;
  @ApiProperty() unitId: string;
  @ApiProperty() unitName: string;
  @ApiProperty() unitType: string;
  @ApiProperty({ description: '考核事项数' }) itemCount: number;
  @ApiProperty({ description: '按期办结数' }) onTimeCount: number;
  @ApiProperty({ description: '逾期数' }) overdueCount: number;
  @ApiProperty({ description: '退回次数' }) sentBackCount: number;
  @ApiProperty({ description: '各指标得分', type: 'object', additionalProperties: { type: 'number' } }) indicatorScores: Record<AssessmentIndicatorCode, number>;
  @ApiProperty({ description: '指标加权得分' }) baseScore: number;
  @ApiProperty({ description: '加减分合计' }) adjustment: number;
  @ApiProperty({ description: '总分' }) score: number;
}

export const AssessmentErrors = {
  notFound: { kind: 'not_found', code: 'ASSESSMENT.NOT_FOUND', title: '考核期不存在' },
  badPeriod: { kind: 'validation', code: 'ASSESSMENT.BAD_PERIOD', title: '考核期起止日期有误' },
  badWeights: { kind: 'validation', code: 'ASSESSMENT.BAD_WEIGHTS', title: '考核权重有误' },
  unknownUnit: { kind: 'validation', code: 'ASSESSMENT.UNKNOWN_UNIT', title: '单位不在考核范围内' },
  finalized: { kind: 'conflict', code: 'ASSESSMENT.FINALIZED', title: '本期考核结果已定稿' },
  notFinalized: { kind: 'not_found', code: 'ASSESSMENT.NOT_FINALIZED', title: '本期考核结果尚未定稿' },
  versionConflict: { kind: 'precondition_failed', code: 'ASSESSMENT.VERSION_CONFLICT', title: '考核期已被他人修改' },
} as const;

export const AssessmentSubjects = {
  createPeriod: 'assessment.create-period',
  listPeriods: 'assessment.list-periods',
  adjust: 'assessment.adjust',
  results: 'assessment.results',
  finalize: 'assessment.finalize',
  finalResult: 'assessment.final-result',
} as const;

export namespace CreateAssessmentPeriod {
  export class Request {
    @ApiProperty({ example: '2026年第三季度重点工作考核' }) @IsString() @MinLength(2, { message: '考核期名称至少 2 个字' }) @MaxLength(100) name: string;
    @ApiProperty() @IsCalendarDate(DATE_MESSAGE) startsOn: string;
    @ApiProperty() @IsCalendarDate(DATE_MESSAGE) endsOn: string;
    @ApiPropertyOptional({ enum: ASSESSED_UNIT_TYPES, isArray: true, description: '参加考核的单位类型（默认全部）' })
    @IsOptional()
    @IsArray()
    @ArrayMinSize(1)
    @IsIn(ASSESSED_UNIT_TYPES, { each: true, message: '单位类型只能是 镇、街道、开发区、区直部门' })
    unitTypes?: AssessedUnitType[];
    @ApiPropertyOptional({ type: [AssessmentIndicatorWeight], description: '指标权重（默认取当日有效的设置），合计须为 100' })
    @IsOptional()
    @IsArray()
    @ArrayMinSize(1)
    @ArrayMaxSize(ASSESSMENT_INDICATORS.length)
    @ValidateNested({ each: true })
    @Type(() => AssessmentIndicatorWeight)
    indicators?: AssessmentIndicatorWeight[];
  }
  export class Reply extends AssessmentPeriodView {}
}

export namespace ListAssessmentPeriods {
  export class Request extends PageQuery {}
  export class Reply extends PageMeta {
    @ApiProperty({ type: [AssessmentPeriodView] }) items: AssessmentPeriodView[];
  }
}

export namespace AdjustAssessment {
  export class Body {
    @ApiProperty() @IsUUID('all', { message: '单位必须是单位 id' }) unitId: string;
    @ApiProperty({ description: '加减分（-100–100，最多 1 位小数）' }) @IsNumber({ maxDecimalPlaces: 1 }, { message: '分值最多 1 位小数' }) @Min(-100) @Max(100) points: number;
    @ApiProperty({ description: '理由' }) @IsString() @MinLength(4, { message: '请写明加减分理由（至少 4 个字）' }) @MaxLength(500) reason: string;
  }
  export class Request extends Body {
    @ApiProperty() @IsUUID() periodId: string;
  }
  export class Reply extends AssessmentAdjustmentView {}
}

export namespace GetAssessmentResults {
  export class Request {
    @ApiProperty() @IsUUID() periodId: string;
    @ApiPropertyOptional({ description: '按哪一天判定未办结事项是否逾期（默认今天）' }) @IsOptional() @IsCalendarDate(DATE_MESSAGE) asOf?: string;
  }
  export class Reply {
    @ApiProperty({ type: AssessmentPeriodView }) period: AssessmentPeriodView;
    @ApiProperty() asOf: string;
    @ApiProperty({ type: [AssessmentResultLine] }) results: AssessmentResultLine[];
    @ApiProperty({ type: [AssessmentAdjustmentView] }) adjustments: AssessmentAdjustmentView[];
    @ApiProperty({ description: '计分公式说明' }) formula: string;
  }
}

/**
 * 定稿: the ranked result of a period as the office finalized it — who, when, the weights, every unit's score and rank
 * and the adjustments counted. Stored once and never changed: later changes to items do not touch it, and a
 * finalized period takes no more adjustments.
 */
export class AssessmentFinalResultView {
  @ApiProperty() periodId: string;
  @ApiProperty({ description: '定稿后考核期的版本（ETag）' }) version: number;
  @ApiProperty({ type: AssessmentPeriodView }) period: AssessmentPeriodView;
  @ApiProperty({ description: '判定未办结事项是否逾期所用的日期' }) asOf: string;
  @ApiProperty({ type: [AssessmentIndicatorWeight], description: '定稿时采用的指标和权重' }) indicators: AssessmentIndicatorWeight[];
  @ApiProperty({ description: '权重来源说明' }) weightsSource: string;
  @ApiProperty({ description: '计分公式说明' }) formula: string;
  @ApiProperty({ type: [AssessmentResultLine], description: '各单位得分和名次' }) results: AssessmentResultLine[];
  @ApiProperty({ type: [AssessmentAdjustmentView], description: '计入的加减分' }) adjustments: AssessmentAdjustmentView[];
  @ApiPropertyOptional({ description: '定稿说明', nullable: true, type: String }) note: string | null;
  @ApiProperty({ description: '定稿人' }) finalizedBy: string;
  @ApiProperty({ description: '定稿时间' }) finalizedAt: string;
}

export namespace FinalizeAssessment {
  export class Body {
    @ApiPropertyOptional({ description: '按哪一天判定未办结事项是否逾期（默认今天）' }) @IsOptional() @IsCalendarDate(DATE_MESSAGE) asOf?: string;
    @ApiPropertyOptional({ description: '定稿说明' }) @IsOptional() @IsString() @MaxLength(500) note?: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends AssessmentFinalResultView {}
}

export namespace GetAssessmentFinalResult {
  export class Request {
    @ApiProperty() @IsUUID() periodId: string;
  }
  export class Reply extends AssessmentFinalResultView {}
}

export const AssessmentEvents = {
  finalized: eventSubject('supervision', 'assessment.finalized'),
} as const;

/** Published once when a period's result is finalized (定稿); consumers key on the period id. */
export namespace AssessmentFinalized {
  export class Event {
    @ApiProperty() @IsUUID() periodId: string;
    @ApiProperty() @IsString() periodName: string;
    @ApiProperty() @IsInt32() @Min(1) version: number;
    @ApiProperty() @IsString() finalizedBy: string;
    @ApiProperty() @IsString() finalizedAt: string;
    @ApiProperty({ description: '各单位名次（单位 id、得分、名次）' }) @IsArray() ranking: { unitId: string; score: number; rank: number }[];
  }
}
