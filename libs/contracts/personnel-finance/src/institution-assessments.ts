import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { ApiProperty, ApiPropertyOptional, eventSubject, IsInt32, PageMeta, PageQuery, RecordRef, Versioned } from '@gov/contracts-common';

/** self_assessment 单位自评 → reviewing 人事科审核 → finalized 结果确定 (final snapshot); withdrawn 已撤回 (with a reason) before it is final. */
export const INSTITUTION_ASSESSMENT_STATUSES = ['self_assessment', 'reviewing', 'finalized', 'withdrawn'] as const;
export type InstitutionAssessmentStatus = (typeof INSTITUTION_ASSESSMENT_STATUSES)[number];
export const INSTITUTION_ASSESSMENT_STATUS_LABELS: Record<InstitutionAssessmentStatus, string> = { self_assessment: '单位自评', reviewing: '人事科审核', finalized: '结果确定', withdrawn: '已撤回' };

/** 优秀 / 良好 / 合格 / 不合格. */
export const INSTITUTION_GRADES = ['excellent', 'good', 'pass', 'fail'] as const;
export type InstitutionGrade = (typeof INSTITUTION_GRADES)[number];
export const INSTITUTION_GRADE_LABELS: Record<InstitutionGrade, string> = { excellent: '优秀', good: '良好', pass: '合格', fail: '不合格' };

/** One indicator of the scheme: its key, name and weight (the weights sum to 100). */
export class InstitutionIndicator {
  @ApiProperty({ description: '指标代码（方案内唯一）', example: 'duty' })
  @IsString({ message: 'indicators.key：必须为文本' })
  @Matches(/^[a-z][a-z0-9_]{0,29}$/, { message: 'indicators.key：指标代码为小写字母开头的字母、数字或下划线（不超过 30 个）' })
  key: string;

  @ApiProperty({ description: '指标名称', example: '履职尽责' })
  @IsString({ message: 'indicators.name：必须为文本' })
  @MinLength(2, { message: 'indicators.name：至少 2 个字' })
  @MaxLength(100, { message: 'indicators.name：不超过 100 个字' })
  name: string;

  @ApiProperty({ description: '权重（分值，各指标合计 100）', example: 40 })
  @IsInt32({ message: 'indicators.weight：权重须为整数' })
  @Min(1, { message: 'indicators.weight：权重为 1–100' })
  @Max(100, { message: 'indicators.weight：权重为 1–100' })
  weight: number;
}

/** The grade bands: the lowest total of each grade (below 合格 is 不合格). A local setting of the scheme. */
export class InstitutionGradeBands {
  @ApiProperty({ description: '优秀最低分', example: 90 }) @IsInt32({ message: 'bands.excellentMin：须为整数' }) @Min(1, { message: 'bands.excellentMin：为 1–100' }) @Max(100, { message: 'bands.excellentMin：为 1–100' }) excellentMin: number;
  @ApiProperty({ description: '良好最低分', example: 80 }) @IsInt32({ message: 'bands.goodMin：须为整数' }) @Min(1, { message: 'bands.goodMin：为 1–100' }) @Max(100, { message: 'bands.goodMin：为 1–100' }) goodMin: number;
  @ApiProperty({ description: '合格最低分', example: 60 }) @IsInt32({ message: 'bands.passMin：须为整数' }) @Min(1, { message: 'bands.passMin：为 1–100' }) @Max(100, { message: 'bands.passMin：为 1–100' }) passMin: number;
}

/** The scheme of a year: indicators with weights, grade bands and the 优秀 quota. */
export class InstitutionSchemeFields {
  @ApiProperty({ description: '标题', example: '2026年度下属事业单位绩效考核' })
  @IsString({ message: 'title：必须为文本' })
  @MinLength(2, { message: 'title：至少 2 个字' })
  @MaxLength(200, { message: 'title：不超过 200 个字' })
  title: string;

  @ApiProperty({ type: [InstitutionIndicator], description: '考核指标（权重合计 100）' })
  @IsArray({ message: 'indicators：须为指标列表' })
  @ArrayMinSize(1, { message: 'indicators：至少一个指标' })
  @ArrayMaxSize(30, { message: 'indicators：不超过 30 个指标' })
  @ValidateNested({ each: true })
  @Type(() => InstitutionIndicator)
  indicators: InstitutionIndicator[];

  @ApiPropertyOptional({ type: InstitutionGradeBands, description: '等次分数线；不填取配置' })
  @IsOptional()
  @ValidateNested()
  @Type(() => InstitutionGradeBands)
  bands?: InstitutionGradeBands;

  @ApiPropertyOptional({ description: '优秀比例上限（%）；不填取配置（本地设置）', example: 30 })
  @IsOptional()
  @IsInt32({ message: 'excellentQuotaPercent：须为整数' })
  @Min(1, { message: 'excellentQuotaPercent：为 1–100' })
  @Max(100, { message: 'excellentQuotaPercent：为 1–100' })
  excellentQuotaPercent?: number;
}

/** One indicator's score: a self-score with an optional note, a review score with the reason of any deduction. */
export class InstitutionScore {
  @ApiProperty({ description: '指标代码' }) @IsString({ message: 'scores.indicatorKey：必须为文本' }) @MaxLength(30, { message: 'scores.indicatorKey：不超过 30 个字' }) indicatorKey: string;
  @ApiProperty({ description: '得分（0 至该指标权重）' }) @IsInt32({ message: 'scores.score：得分须为整数' }) @Min(0, { message: 'scores.score：不能为负数' }) score: number;
  @ApiPropertyOptional({ description: '说明；审核扣分时为扣分理由（必填）' }) @IsOptional() @IsString({ message: 'scores.note：必须为文本' }) @MaxLength(1000, { message: 'scores.note：不超过 1000 个字' }) note?: string;
}

export class InstitutionUnitView {
  @ApiProperty({ format: 'uuid' }) unitId: string;
  @ApiProperty({ description: '单位名称' }) unitName: string;
  @ApiProperty({ type: [InstitutionScore], description: '自评' }) selfScores: InstitutionScore[];
  @ApiPropertyOptional({ nullable: true, type: Number, description: '自评总分' }) selfTotal: number | null;
  @ApiPropertyOptional({ nullable: true, type: String }) selfSubmittedAt: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) selfSubmittedBy: string | null;
  @ApiProperty({ type: [InstitutionScore], description: '审核评分（扣分附理由）' }) reviewScores: InstitutionScore[];
  @ApiPropertyOptional({ nullable: true, type: Number, description: '审核总分' }) total: number | null;
  @ApiPropertyOptional({ nullable: true, enum: INSTITUTION_GRADES, description: '等次' }) grade: InstitutionGrade | null;
  @ApiPropertyOptional({ nullable: true, type: String }) reviewedAt: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) reviewedBy: string | null;
}

export class InstitutionQuotaView {
  @ApiProperty({ description: '参加考核单位数' }) units: number;
  @ApiProperty({ description: '优秀比例上限（%）' }) percent: number;
  @ApiProperty({ description: '优秀名额（向下取整）' }) allowed: number;
  @ApiProperty({ description: '已定优秀' }) used: number;
}

export class InstitutionTimelineEntry {
  @ApiProperty() at: string;
  @ApiProperty() by: string;
  @ApiProperty() step: string;
  @ApiPropertyOptional({ nullable: true, type: String }) note: string | null;
}

export class InstitutionAssessmentView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() year: number;
  @ApiProperty() title: string;
  @ApiProperty({ type: [InstitutionIndicator] }) indicators: InstitutionIndicator[];
  @ApiProperty({ type: InstitutionGradeBands }) bands: InstitutionGradeBands;
  @ApiProperty({ description: '配置版本' }) configVersion: string;
  @ApiProperty({ type: InstitutionQuotaView, description: '优秀比例（计量）' }) quota: InstitutionQuotaView;
  @ApiProperty({ enum: INSTITUTION_ASSESSMENT_STATUSES }) status: InstitutionAssessmentStatus;
  @ApiProperty({ type: [InstitutionUnitView], description: '参加单位（联络员只见本单位）' }) units: InstitutionUnitView[];
  @ApiPropertyOptional({ nullable: true, type: String }) finalizedAt: string | null;
  @ApiProperty({ type: [InstitutionTimelineEntry] }) timeline: InstitutionTimelineEntry[];
  @ApiPropertyOptional({ description: '撤回理由', nullable: true, type: String }) withdrawalReason: string | null;
  @ApiProperty({ description: '版本号（ETag）' }) version: number;
  @ApiProperty() createdAt: string;
  @ApiProperty() createdBy: string;
  @ApiProperty() updatedAt: string;
  @ApiProperty() updatedBy: string;
}

export const InstitutionAssessmentErrors = {
  notFound: { kind: 'not_found', code: 'INSTITUTION_ASSESSMENT.NOT_FOUND', title: '事业单位绩效考核不存在' },
  versionConflict: { kind: 'precondition_failed', code: 'INSTITUTION_ASSESSMENT.VERSION_CONFLICT', title: '事业单位绩效考核已被他人修改' },
  invalidState: { kind: 'rule_violation', code: 'INSTITUTION_ASSESSMENT.INVALID_STATE', title: '当前状态不能进行此操作' },
  scheme: { kind: 'rule_violation', code: 'INSTITUTION_ASSESSMENT.SCHEME_INVALID', title: '考核方案不符合要求' },
  duplicateYear: { kind: 'conflict', code: 'INSTITUTION_ASSESSMENT.DUPLICATE_YEAR', title: '该年度的事业单位绩效考核已存在' },
  unknownUnit: { kind: 'rule_violation', code: 'INSTITUTION_ASSESSMENT.UNKNOWN_UNIT', title: '单位不在单位名录或不在本次考核中' },
  scores: { kind: 'rule_violation', code: 'INSTITUTION_ASSESSMENT.SCORES_INVALID', title: '评分不符合要求' },
  incomplete: { kind: 'rule_violation', code: 'INSTITUTION_ASSESSMENT.INCOMPLETE', title: '尚有单位未完成' },
  excellentQuotaExceeded: { kind: 'rule_violation', code: 'INSTITUTION_ASSESSMENT.EXCELLENT_QUOTA_EXCEEDED', title: '优秀等次已达比例上限' },
} as const;

/** RPC subjects, under `rpc.personnel-finance.`. */
export const InstitutionAssessmentSubjects = {
  create: 'institution-assessment.create',
  update: 'institution-assessment.update',
  selfScore: 'institution-assessment.self-score',
  startReview: 'institution-assessment.start-review',
  review: 'institution-assessment.review',
  finalize: 'institution-assessment.finalize',
  withdraw: 'institution-assessment.withdraw',
  get: 'institution-assessment.get',
  list: 'institution-assessment.list',
} as const;

export namespace CreateInstitutionAssessment {
  export class Request extends InstitutionSchemeFields {
    @ApiProperty({ example: 2026 }) @IsInt32({ message: 'year：须为四位年份' }) @Min(2000, { message: 'year：须为四位年份' }) @Max(2100, { message: 'year：须为四位年份' }) year: number;

    @ApiProperty({ type: [String], description: '参加考核的下属单位（单位名录）' })
    @IsArray({ message: 'unitIds：须为单位列表' })
    @ArrayMinSize(1, { message: 'unitIds：至少一个单位' })
    @ArrayMaxSize(200, { message: 'unitIds：不超过 200 个单位' })
    @IsUUID('all', { each: true, message: 'unitIds：须为单位编号' })
    unitIds: string[];
  }
  export class Reply extends InstitutionAssessmentView {}
}

export namespace UpdateInstitutionAssessment {
  export class Body extends InstitutionSchemeFields {}
  export class Request extends Versioned(Body) {}
  export class Reply extends InstitutionAssessmentView {}
}

export class InstitutionScoresBody {
  @ApiProperty({ format: 'uuid', description: '单位' }) @IsUUID('all', { message: 'unitId：须为单位编号' }) unitId: string;
  @ApiProperty({ type: [InstitutionScore] })
  @IsArray({ message: 'scores：须为评分列表' })
  @ArrayMinSize(1, { message: 'scores：须逐项评分' })
  @ArrayMaxSize(30, { message: 'scores：不超过 30 项' })
  @ValidateNested({ each: true })
  @Type(() => InstitutionScore)
  scores: InstitutionScore[];
}

export namespace SelfScoreInstitutionAssessment {
  export class Body extends InstitutionScoresBody {}
  export class Request extends Versioned(Body) {}
  export class Reply extends InstitutionAssessmentView {}
}

export namespace ReviewInstitutionAssessment {
  export class Body extends InstitutionScoresBody {
    @ApiPropertyOptional({ enum: INSTITUTION_GRADES, description: '确定等次（只能不高于分数线对应的等次，如优秀名额已满时定为良好）' })
    @IsOptional()
    @IsIn(INSTITUTION_GRADES, { message: 'grade：等次无效' })
    grade?: InstitutionGrade;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends InstitutionAssessmentView {}
}

export namespace StepInstitutionAssessment {
  export class Body {}
  export class Request extends Versioned(Body) {}
  export class Reply extends InstitutionAssessmentView {}
}

export namespace WithdrawInstitutionAssessment {
  export class Body {
    @ApiProperty({ description: '撤回理由' })
    @IsString({ message: 'reason：必须为文本' })
    @MinLength(2, { message: 'reason：撤回须说明理由（至少 2 个字）' })
    @MaxLength(1000, { message: 'reason：不超过 1000 个字' })
    reason: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends InstitutionAssessmentView {}
}

export namespace GetInstitutionAssessment {
  export class Request extends RecordRef {}
  export class Reply extends InstitutionAssessmentView {}
}

export namespace ListInstitutionAssessments {
  export class Request extends PageQuery {
    @ApiPropertyOptional({ enum: INSTITUTION_ASSESSMENT_STATUSES, description: '状态' })
    @IsOptional()
    @IsIn(INSTITUTION_ASSESSMENT_STATUSES, { message: 'status：取值无效' })
    status?: InstitutionAssessmentStatus;

    @ApiPropertyOptional({ description: '年度' })
    @IsOptional()
    @Type(() => Number)
    @IsInt32({ message: 'year：须为四位年份' })
    @Min(2000, { message: 'year：须为四位年份' })
    @Max(2100, { message: 'year：须为四位年份' })
    year?: number;

    @ApiPropertyOptional({ description: '标题模糊搜索（支持中文）' })
    @IsOptional()
    @IsString({ message: 'q：必须为文本' })
    @MaxLength(40, { message: 'q：不超过 40 个字' })
    q?: string;
  }
  export class Reply extends PageMeta {
    @ApiProperty({ type: [InstitutionAssessmentView] }) items: InstitutionAssessmentView[];
  }
}

/** What the events of one 事业单位绩效考核 carry: its snapshot with its version (consumers apply only newer ones). */
export class InstitutionAssessmentSnapshot {
  @ApiProperty() @IsUUID() id: string;
  @ApiProperty() @IsInt32() year: number;
  @ApiProperty() @IsString() title: string;
  @ApiProperty() @IsIn(INSTITUTION_ASSESSMENT_STATUSES) status: InstitutionAssessmentStatus;
  @ApiProperty({ description: '参加单位数' }) @IsInt32() units: number;
  @ApiProperty({ description: '已定优秀单位数' }) @IsInt32() excellent: number;
  @ApiProperty() @IsInt32() @Min(1) version: number;
}

export const InstitutionAssessmentEvents = {
  created: eventSubject('personnel-finance', 'institution-assessment.created'),
  updated: eventSubject('personnel-finance', 'institution-assessment.updated'),
  selfScored: eventSubject('personnel-finance', 'institution-assessment.self-scored'),
  reviewStarted: eventSubject('personnel-finance', 'institution-assessment.review-started'),
  reviewed: eventSubject('personnel-finance', 'institution-assessment.reviewed'),
  finalized: eventSubject('personnel-finance', 'institution-assessment.finalized'),
  withdrawn: eventSubject('personnel-finance', 'institution-assessment.withdrawn'),
} as const;

/** What each event means, for the catalogue of the events (tools/asyncapi): one sentence about the fact. */
export const InstitutionAssessmentEventDescriptions = {
  'institution-assessment.created': { zh: '人事科制定年度事业单位绩效考核方案', en: 'A yearly performance assessment scheme of the subordinate institutions was opened.' },
  'institution-assessment.updated': { zh: '考核方案被修改（自评开始前）', en: 'The scheme was changed before any self-score.' },
  'institution-assessment.self-scored': { zh: '单位提交自评', en: 'A unit submitted its self-scores.' },
  'institution-assessment.review-started': { zh: '自评结束，人事科开始审核', en: 'Self-assessment closed; the review began.' },
  'institution-assessment.reviewed': { zh: '人事科审核评分并定等次', en: 'A unit was reviewed and graded.' },
  'institution-assessment.finalized': { zh: '考核结果确定（最终快照，不再修改）', en: 'The results were finalised (an immutable snapshot).' },
  'institution-assessment.withdrawn': { zh: '事业单位绩效考核被撤回（注明理由，不删除）', en: 'The assessment was withdrawn, with a reason (never deleted).' },
} as const;

/** Published by personnel-finance at each step of a 事业单位绩效考核; carries its snapshot (counts only). */
export namespace InstitutionAssessmentChanged {
  export class Event extends InstitutionAssessmentSnapshot {}
}
