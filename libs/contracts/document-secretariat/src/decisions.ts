import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { eventSubject, IsCalendarDate, IsInt32, PageMeta, PageQuery, RecordRef, Versioned, ApiProperty, ApiPropertyOptional } from '@gov/contracts-common';
import { FileRef, FileRefView, SecrecyFields } from './common.js';

/**
 * 重大行政决策 (《重大行政决策程序暂行条例》, 国务院令第713号, in force 2019-09-01): the year's 决策事项目录 and each
 * decision through its statutory stages. Which stages a decision requires is data set when it enters the catalogue:
 * 公众参与 (第14–18条), 专家论证 (第19–21条) and 风险评估 (第22–24条) may be marked not applicable with a recorded reason;
 * 合法性审查 (第25–28条) and 集体讨论决定 (第29–31条) are always required. After the decision: 公布 (第三章第二节) and
 * 决策后评估 (第四章) are optional.
 */
export const DECISION_STAGES = [
  'public_participation',
  'expert_argumentation',
  'risk_assessment',
  'legality_review',
  'collective_decision',
  'publication',
  'post_evaluation',
] as const;
export type DecisionStage = (typeof DECISION_STAGES)[number];
export const DECISION_STAGE_LABELS: Record<DecisionStage, string> = {
  public_participation: '公众参与',
  expert_argumentation: '专家论证',
  risk_assessment: '风险评估',
  legality_review: '合法性审查',
  collective_decision: '集体讨论决定',
  publication: '决策公布',
  post_evaluation: '决策后评估',
};
/** The stages a decision may mark not applicable (with a reason) when it enters the catalogue. */
export const OPTIONAL_PRE_DECISION_STAGES = ['public_participation', 'expert_argumentation', 'risk_assessment'] as const;
export type OptionalPreDecisionStage = (typeof OPTIONAL_PRE_DECISION_STAGES)[number];

export const DECISION_STAGE_STATUSES = ['pending', 'not_applicable', 'in_progress', 'finished', 'failed'] as const;
export type DecisionStageStatus = (typeof DECISION_STAGE_STATUSES)[number];
export const DECISION_STAGE_STATUS_LABELS: Record<DecisionStageStatus, string> = {
  pending: '未开始',
  not_applicable: '不适用',
  in_progress: '进行中',
  finished: '已完成',
  failed: '未通过',
};

export const DECISION_STATUSES = ['planned', 'in_progress', 'decided', 'rejected', 'withdrawn'] as const;
export type DecisionStatus = (typeof DECISION_STATUSES)[number];
export const DECISION_STATUS_LABELS: Record<DecisionStatus, string> = {
  planned: '已列入目录',
  in_progress: '程序进行中',
  decided: '已决定',
  rejected: '未通过',
  withdrawn: '已调出目录',
};

export const LEGALITY_RESULTS = ['passed', 'failed'] as const;
export type LegalityResult = (typeof LEGALITY_RESULTS)[number];
export const DECISION_RESULTS = ['passed', 'rejected', 'passed_with_changes'] as const;
export type DecisionResult = (typeof DECISION_RESULTS)[number];
export const DECISION_RESULT_LABELS: Record<DecisionResult, string> = { passed: '通过', rejected: '不通过', passed_with_changes: '修改后通过' };
/** 第30条: 政府常务会议或者全体会议. */
export const DECISION_MEETING_KINDS = ['executive_meeting', 'plenary_meeting'] as const;
export type DecisionMeetingKind = (typeof DECISION_MEETING_KINDS)[number];
export const RISK_LEVELS = ['high', 'medium', 'low'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];

/** 第15条: 公开征求意见的期限一般不少于30日; a shorter period must be explained when the comments are invited. */
export const MIN_PUBLIC_COMMENT_DAYS = 30;

export const DecisionErrors = {
  stageOrder: { kind: 'rule_violation', code: 'DECISION.STAGE_ORDER', title: '决策程序环节不能跳过' },
  stageState: { kind: 'rule_violation', code: 'DECISION.STAGE_STATE', title: '该环节当前状态不允许此操作' },
  commentPeriodOpen: { kind: 'rule_violation', code: 'DECISION.COMMENT_PERIOD_OPEN', title: '公开征求意见期限尚未届满' },
  legalityNotPassed: { kind: 'rule_violation', code: 'DECISION.LEGALITY_NOT_PASSED', title: '未经合法性审查或审查未通过，不得提交讨论' },
  stageNotApplicable: { kind: 'rule_violation', code: 'DECISION.STAGE_NOT_APPLICABLE', title: '该环节已确定不适用' },
  reasonRequired: { kind: 'validation', code: 'DECISION.REASON_REQUIRED', title: '须说明理由' },
} as const;

const DATE_MESSAGE = '日期格式应为 YYYY-MM-DD';

/** A stage marked not applicable when the decision enters the catalogue, and why. */
export class StageNotApplicable {
  @ApiProperty({ enum: OPTIONAL_PRE_DECISION_STAGES, description: '不适用的环节：公众参与、专家论证、风险评估（合法性审查、集体讨论决定不可免）' })
  @IsIn(OPTIONAL_PRE_DECISION_STAGES, { message: '只有公众参与、专家论证、风险评估可以确定为不适用' })
  stage: OptionalPreDecisionStage;

  @ApiProperty({ description: '不适用的理由（记录在案）', example: '本事项不涉及社会公众切身利益' })
  @IsString()
  @MinLength(4, { message: '不适用的理由至少 4 个字' })
  @MaxLength(500)
  reason: string;
}

export class DecisionFields extends SecrecyFields {
  @ApiProperty({ description: '决策事项名称', example: '博山区城区老旧小区改造三年行动方案' })
  @IsString()
  @MinLength(4, { message: '决策事项名称至少 4 个字' })
  @MaxLength(200)
  title: string;

  @ApiPropertyOptional({ description: '事项简介' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  summary?: string;

  @ApiProperty({ format: 'uuid', description: '决策承办单位（单位通讯录中的单位）' })
  @IsUUID('all', { message: '决策承办单位 id 格式不正确' })
  undertakingUnitId: string;

  @ApiProperty({ description: '计划完成时间（如 “2026年第三季度”）', example: '2026年第三季度' })
  @IsString()
  @MinLength(2)
  @MaxLength(40)
  plannedTime: string;
}

export class StageView {
  @ApiProperty({ enum: DECISION_STAGES }) stage: DecisionStage;
  @ApiProperty({ description: '环节（中文）' }) stageLabel: string;
  @ApiProperty({ description: '法定必经环节（本事项）' }) required: boolean;
  @ApiProperty({ enum: DECISION_STAGE_STATUSES }) status: DecisionStageStatus;
  @ApiProperty({ description: '状态（中文）' }) statusLabel: string;
  @ApiPropertyOptional({ description: '不适用的理由' }) notApplicableReason?: string;
  @ApiProperty({ description: '第几轮（合法性审查未通过后可重新送审）' }) round: number;
  @ApiPropertyOptional() startedAt?: string;
  @ApiPropertyOptional() startedBy?: string;
  @ApiPropertyOptional() finishedAt?: string;
  @ApiPropertyOptional() finishedBy?: string;
  @ApiPropertyOptional({ description: '征求意见开始日（公众参与）' }) periodStart?: string;
  @ApiPropertyOptional({ description: '征求意见期限（日）' }) periodDays?: number;
  @ApiPropertyOptional({ description: '征求意见截止日（期限计算引擎按日历日计算）' }) periodEnd?: string;
  @ApiPropertyOptional({ type: [String], description: '截止日的计算过程' }) periodExplanation?: string[];
  @ApiProperty({ description: '结果与意见（各环节不同）', type: 'object', additionalProperties: true }) outcome: Record<string, unknown>;
  @ApiProperty({ type: [FileRefView], description: '证明材料' }) evidence: FileRefView[];
}

export class DecisionAdjustmentView {
  @ApiProperty() at: string;
  @ApiProperty() by: string;
  @ApiProperty({ description: '调整理由' }) reason: string;
  @ApiProperty({ type: 'object', additionalProperties: true, description: '调整前' }) before: Record<string, unknown>;
  @ApiProperty({ type: 'object', additionalProperties: true, description: '调整后' }) after: Record<string, unknown>;
}

export class DecisionView extends DecisionFields {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ description: '目录年度' }) year: number;
  @ApiProperty({ description: '承办单位名称' }) undertakingUnitName: string;
  @ApiProperty({ enum: DECISION_STATUSES }) status: DecisionStatus;
  @ApiProperty() statusLabel: string;
  @ApiPropertyOptional({ enum: DECISION_STAGES, description: '当前应办理的环节' }) nextStage?: DecisionStage;
  @ApiPropertyOptional({ enum: DECISION_RESULTS, description: '决定结果' }) result?: DecisionResult;
  @ApiPropertyOptional({ description: '调出目录的理由' }) withdrawalReason?: string;
  @ApiProperty({ type: [StageView] }) stages: StageView[];
  @ApiProperty({ type: [DecisionAdjustmentView], description: '目录调整记录' }) adjustments: DecisionAdjustmentView[];
  @ApiProperty({ description: '版本号（修改时在 If-Match 中带回）' }) version: number;
  @ApiProperty() createdAt: string;
  @ApiProperty() createdBy: string;
  @ApiProperty() updatedAt: string;
  @ApiProperty() updatedBy: string;
}

export class DecisionSummaryView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() year: number;
  @ApiProperty() title: string;
  @ApiProperty() undertakingUnitId: string;
  @ApiProperty() undertakingUnitName: string;
  @ApiProperty() plannedTime: string;
  @ApiProperty({ enum: DECISION_STATUSES }) status: DecisionStatus;
  @ApiProperty() statusLabel: string;
  @ApiPropertyOptional({ enum: DECISION_STAGES }) nextStage?: DecisionStage;
  @ApiProperty() secrecyLevel: number;
  @ApiProperty() version: number;
  @ApiProperty() updatedAt: string;
}

export class CatalogueView {
  @ApiProperty() year: number;
  @ApiProperty({ description: '目录是否已向社会公布' }) published: boolean;
  @ApiPropertyOptional() publishedAt?: string;
  @ApiPropertyOptional() publishedBy?: string;
  @ApiPropertyOptional({ description: '公布载体' }) publicationChannel?: string;
  @ApiProperty({ description: '目录事项数（不含已调出的）' }) itemCount: number;
  @ApiProperty({ description: '版本号（0 表示尚无目录记录）' }) version: number;
  @ApiProperty({ type: [DecisionSummaryView] }) items: DecisionSummaryView[];
}

export const DecisionSubjects = {
  create: 'decision.create',
  adjust: 'decision.adjust',
  withdraw: 'decision.withdraw',
  get: 'decision.get',
  list: 'decision.list',
  startStage: 'decision.stage.start',
  finishStage: 'decision.stage.finish',
  catalogue: 'decision.catalogue.get',
  publishCatalogue: 'decision.catalogue.publish',
} as const;

export namespace CreateDecision {
  export class Request extends DecisionFields {
    @ApiProperty({ description: '目录年度', example: 2026 }) @IsInt32() @Min(2000) @Max(2200) year: number;
    @ApiProperty({ type: [StageNotApplicable], description: '本事项不适用的环节及理由（其余环节均为必经）' })
    @IsArray()
    @ArrayMaxSize(3)
    @ValidateNested({ each: true })
    @Type(() => StageNotApplicable)
    notApplicable: StageNotApplicable[];
    @ApiPropertyOptional({ description: '目录已公布后新增事项的调整理由（目录公布后必填）' }) @IsOptional() @IsString() @MaxLength(500) adjustmentReason?: string;
  }
  export class Reply extends DecisionView {}
}

export namespace AdjustDecision {
  export class Body {
    @ApiPropertyOptional() @IsOptional() @IsString() @MinLength(4) @MaxLength(200) title?: string;
    @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(2000) summary?: string;
    @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() undertakingUnitId?: string;
    @ApiPropertyOptional() @IsOptional() @IsString() @MinLength(2) @MaxLength(40) plannedTime?: string;
    @ApiProperty({ description: '调整理由（记录在案）' }) @IsString() @MinLength(2, { message: '调整理由至少 2 个字' }) @MaxLength(500) reason: string;
  }
  export class Request extends Versioned(Body) {}
}

export namespace WithdrawDecision {
  export class Body {
    @ApiProperty({ description: '调出目录的理由' }) @IsString() @MinLength(2, { message: '理由至少 2 个字' }) @MaxLength(500) reason: string;
  }
  export class Request extends Versioned(Body) {}
}

export namespace GetDecision {
  export class Request extends RecordRef {}
}

export namespace ListDecisions {
  export class Request extends PageQuery {
    @ApiPropertyOptional() @IsOptional() @Type(() => Number) @IsInt32() @Min(2000) @Max(2200) year?: number;
    @ApiPropertyOptional({ enum: DECISION_STATUSES }) @IsOptional() @IsIn(DECISION_STATUSES) status?: DecisionStatus;
    @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() undertakingUnitId?: string;
    @ApiPropertyOptional({ description: '按事项名称模糊搜索（支持中文）' }) @IsOptional() @IsString() @MaxLength(60) q?: string;
  }
  export class Reply extends PageMeta {
    @ApiProperty({ type: [DecisionSummaryView] }) items: DecisionSummaryView[];
  }
}

export namespace StartDecisionStage {
  export class Body {
    @ApiPropertyOptional({ description: '公众参与：征求意见开始日（默认今天）' }) @IsOptional() @IsCalendarDate({ message: DATE_MESSAGE }) periodStart?: string;
    @ApiPropertyOptional({ description: '公众参与：征求意见期限（日历日，一般不少于 30 日）', example: 30 }) @IsOptional() @IsInt32() @Min(1) @Max(365) periodDays?: number;
    @ApiPropertyOptional({ description: '公众参与：期限少于 30 日时的说明（第15条）' }) @IsOptional() @IsString() @MaxLength(500) shortenedReason?: string;
    @ApiPropertyOptional({ description: '公众参与：征求意见的途径（如政府网站）' }) @IsOptional() @IsString() @MaxLength(200) channel?: string;
    @ApiPropertyOptional({ description: '说明' }) @IsOptional() @IsString() @MaxLength(1000) note?: string;
    @ApiPropertyOptional({ type: [FileRef], description: '证明材料（须先上传文件）' })
    @IsOptional()
    @IsArray()
    @ArrayMaxSize(20)
    @ValidateNested({ each: true })
    @Type(() => FileRef)
    evidence?: FileRef[];
  }
  export class Request extends Body {
    @ApiProperty() @IsUUID() id: string;
    @ApiProperty({ enum: DECISION_STAGES }) @IsIn(DECISION_STAGES) stage: DecisionStage;
    @ApiProperty() @IsInt32() @Min(1) expectedVersion: number;
  }
}

export namespace FinishDecisionStage {
  export class Body {
    @ApiProperty({ description: '办理情况概述' }) @IsString() @MinLength(2, { message: '办理情况至少 2 个字' }) @MaxLength(4000) summary: string;
    @ApiPropertyOptional({ description: '公众参与：收到的意见条数' }) @IsOptional() @IsInt32() @Min(0) commentCount?: number;
    @ApiPropertyOptional({ description: '专家论证：参加论证的专家人数' }) @IsOptional() @IsInt32() @Min(1) expertCount?: number;
    @ApiPropertyOptional({ enum: RISK_LEVELS, description: '风险评估：风险等级' }) @IsOptional() @IsIn(RISK_LEVELS) riskLevel?: RiskLevel;
    @ApiPropertyOptional({ enum: LEGALITY_RESULTS, description: '合法性审查：结论（通过/不通过）' }) @IsOptional() @IsIn(LEGALITY_RESULTS) legalityResult?: LegalityResult;
    @ApiPropertyOptional({ description: '合法性审查：审查意见' }) @IsOptional() @IsString() @MaxLength(4000) legalityOpinion?: string;
    @ApiPropertyOptional({ enum: DECISION_MEETING_KINDS, description: '集体讨论决定：常务会议或全体会议' }) @IsOptional() @IsIn(DECISION_MEETING_KINDS) meetingKind?: DecisionMeetingKind;
    @ApiPropertyOptional({ description: '集体讨论决定：会议（名称、期次或会议记录 id）' }) @IsOptional() @IsString() @MaxLength(200) meetingRef?: string;
    @ApiPropertyOptional({ description: '集体讨论决定：会议日期' }) @IsOptional() @IsCalendarDate({ message: DATE_MESSAGE }) meetingDate?: string;
    @ApiPropertyOptional({ enum: DECISION_RESULTS, description: '集体讨论决定：通过、不通过、修改后通过' }) @IsOptional() @IsIn(DECISION_RESULTS) decisionResult?: DecisionResult;
    @ApiPropertyOptional({ description: '决策公布：公布载体' }) @IsOptional() @IsString() @MaxLength(200) channel?: string;
    @ApiPropertyOptional({ type: [FileRef], description: '证明材料' })
    @IsOptional()
    @IsArray()
    @ArrayMaxSize(20)
    @ValidateNested({ each: true })
    @Type(() => FileRef)
    evidence?: FileRef[];
  }
  export class Request extends Body {
    @ApiProperty() @IsUUID() id: string;
    @ApiProperty({ enum: DECISION_STAGES }) @IsIn(DECISION_STAGES) stage: DecisionStage;
    @ApiProperty() @IsInt32() @Min(1) expectedVersion: number;
  }
}

export namespace GetCatalogue {
  export class Request {
    @ApiProperty() @IsInt32() @Min(2000) @Max(2200) year: number;
  }
}

export namespace PublishCatalogue {
  export class Body {
    @ApiProperty({ description: '公布载体（如区政府门户网站）' }) @IsString() @MinLength(2) @MaxLength(200) channel: string;
  }
  export class Request extends Body {
    @ApiProperty() @IsInt32() @Min(2000) @Max(2200) year: number;
    @ApiProperty({ description: '目录版本号（尚无目录记录时为 0）' }) @IsInt32() @Min(0) expectedVersion: number;
  }
}

export const DecisionEvents = {
  catalogued: eventSubject('document-secretariat', 'decision.catalogued'),
  adjusted: eventSubject('document-secretariat', 'decision.adjusted'),
  withdrawn: eventSubject('document-secretariat', 'decision.withdrawn'),
  stageStarted: eventSubject('document-secretariat', 'decision.stage-started'),
  stageFinished: eventSubject('document-secretariat', 'decision.stage-finished'),
  decided: eventSubject('document-secretariat', 'decision.decided'),
  cataloguePublished: eventSubject('document-secretariat', 'decision.catalogue-published'),
} as const;

/**
 * A change of a 重大行政决策 (each subject of `DecisionEvents` but the catalogue's): published by document-secretariat in
 * the transaction of the change; no consumer yet (supervision may track 决策 implementation). A consumer keys on
 * (decisionId, version): the version grows with every change.
 */
export namespace MajorDecisionChanged {
  export class Event {
    @ApiProperty({ format: 'uuid' }) @IsUUID() decisionId: string;
    @ApiProperty() @IsInt32() year: number;
    @ApiProperty() @IsString() title: string;
    @ApiProperty({ format: 'uuid' }) @IsUUID() undertakingUnitId: string;
    @ApiProperty({ enum: DECISION_STATUSES }) @IsIn(DECISION_STATUSES) status: DecisionStatus;
    @ApiPropertyOptional({ enum: DECISION_STAGES }) @IsOptional() @IsIn(DECISION_STAGES) stage?: DecisionStage;
    @ApiPropertyOptional({ enum: DECISION_RESULTS }) @IsOptional() @IsIn(DECISION_RESULTS) result?: DecisionResult;
    @ApiProperty() @IsInt32() @Min(0) @Max(3) secrecyLevel: number;
    @ApiProperty() @IsInt32() @Min(1) version: number;
    @ApiProperty() @IsString() changedBy: string;
  }
}

/** The year's catalogue was published (第3条第3款: 决策事项目录经同级党委同意后向社会公布，并根据实际情况调整). A consumer keys on (year, version). */
export namespace DecisionCataloguePublished {
  export class Event {
    @ApiProperty() @IsInt32() year: number;
    @ApiProperty() @IsString() channel: string;
    @ApiProperty() @IsInt32() itemCount: number;
    @ApiProperty() @IsInt32() version: number;
    @ApiProperty() @IsString() publishedBy: string;
  }
}
