import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsNumber, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { ApiProperty, ApiPropertyOptional, eventSubject, IsCalendarDate, IsInt32, PageMeta, PageQuery, RecordRef, Versioned } from '@gov/contracts-common';

/**
 * 政务公开考评 (迎接考核): the province's or the city's yearly evaluation of the district's 政务公开 work, which 政务公开科
 * prepares for: the evaluator's indicators with their points, evidence per indicator, the self-assessment, the
 * submission by its deadline, then the evaluator's result (score, rank, 扣分 items with the rectification), frozen.
 * preparing 准备中 → submitted 已报送 → resulted 结果已录入 (frozen: a snapshot); preparing / submitted → withdrawn 已撤销.
 */
export const OPENNESS_EVALUATION_STATUSES = ['preparing', 'submitted', 'resulted', 'withdrawn'] as const;
export type OpennessEvaluationStatus = (typeof OPENNESS_EVALUATION_STATUSES)[number];
export const OPENNESS_EVALUATION_STATUS_LABELS: Record<OpennessEvaluationStatus, string> = { preparing: '准备中', submitted: '已报送', resulted: '结果已录入', withdrawn: '已撤销' };

/** 考评单位. */
export const EVALUATORS = ['province', 'city'] as const;
export type Evaluator = (typeof EVALUATORS)[number];
export const EVALUATOR_LABELS: Record<Evaluator, string> = { province: '省', city: '市' };

/** The kinds of our own records an evidence item may link to (checked to exist). */
export const EVIDENCE_LINK_KINDS = ['publication', 'annual-report', 'guide', 'inspection', 'data-resource'] as const;
export type EvidenceLinkKind = (typeof EVIDENCE_LINK_KINDS)[number];
export const EVIDENCE_LINK_KIND_LABELS: Record<EvidenceLinkKind, string> = { publication: '主动公开信息', 'annual-report': '政府信息公开工作年度报告', guide: '政府信息公开指南', inspection: '公开巡查', 'data-resource': '数据资源' };

const POINTS = { allowNaN: false, allowInfinity: false, maxDecimalPlaces: 1 } as const;

/** One indicator as the evaluator's scheme gives it; `id` keeps an existing one (its evidence and score) on a change. */
export class IndicatorInput {
  @ApiPropertyOptional({ format: 'uuid', description: '已有指标的 id（修改时保留其佐证材料和自评分）' })
  @IsOptional()
  @IsUUID('all', { message: 'indicators.id：指标 id 无效' })
  id?: string;

  @ApiProperty({ description: '指标名称', example: '政府信息公开平台建设' })
  @IsString({ message: 'indicators.name：必须为文本' })
  @MinLength(2, { message: 'indicators.name：指标名称至少 2 个字' })
  @MaxLength(200, { message: 'indicators.name：不超过 200 个字' })
  name: string;

  @ApiProperty({ description: '分值（大于 0，最多一位小数）', example: 10 })
  @IsNumber(POINTS, { message: 'indicators.maxPoints：分值须为数字，最多一位小数' })
  @Min(0.1, { message: 'indicators.maxPoints：分值须大于 0' })
  @Max(1000, { message: 'indicators.maxPoints：分值不超过 1000' })
  maxPoints: number;
}

export class EvidenceLink {
  @ApiProperty({ enum: EVIDENCE_LINK_KINDS, description: '所链接记录的类别' })
  @IsIn(EVIDENCE_LINK_KINDS, { message: 'links.kind：记录类别无效' })
  kind: EvidenceLinkKind;

  @ApiProperty({ format: 'uuid', description: '记录 id' })
  @IsUUID('all', { message: 'links.recordId：记录 id 无效' })
  recordId: string;
}

export class EvidenceView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ description: '材料说明' }) description: string;
  @ApiProperty({ type: [EvidenceLink], description: '链接的本系统记录' }) links: EvidenceLink[];
  @ApiProperty({ type: [String], description: '附件名称' }) attachments: string[];
  @ApiPropertyOptional({ nullable: true, type: String, description: '责任单位' }) responsibleUnitId: string | null;
  @ApiProperty() addedAt: string;
  @ApiProperty() addedBy: string;
  @ApiPropertyOptional({ nullable: true, type: String, description: '作废理由（作废的材料保留，不计入）' }) voidedReason: string | null;
}

export class IndicatorView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ description: '分值' }) maxPoints: number;
  @ApiPropertyOptional({ nullable: true, type: Number, description: '自评分' }) selfScore: number | null;
  @ApiPropertyOptional({ nullable: true, type: String, description: '自评说明' }) selfNote: string | null;
  @ApiProperty({ type: [EvidenceView], description: '佐证材料' }) evidence: EvidenceView[];
}

/** One 扣分 item of the evaluator's result, with what is done about it (整改). */
export class DeductionInput {
  @ApiProperty({ format: 'uuid', description: '扣分的指标' })
  @IsUUID('all', { message: 'deductions.indicatorId：指标 id 无效' })
  indicatorId: string;

  @ApiProperty({ description: '扣分（大于 0，最多一位小数，不超过该指标分值）' })
  @IsNumber(POINTS, { message: 'deductions.points：扣分须为数字，最多一位小数' })
  @Min(0.1, { message: 'deductions.points：扣分须大于 0' })
  points: number;

  @ApiProperty({ description: '扣分原因' })
  @IsString({ message: 'deductions.reason：必须为文本' })
  @MinLength(2, { message: 'deductions.reason：请写明扣分原因' })
  @MaxLength(1000, { message: 'deductions.reason：不超过 1000 个字' })
  reason: string;

  @ApiProperty({ description: '整改措施' })
  @IsString({ message: 'deductions.rectification：必须为文本' })
  @MinLength(2, { message: 'deductions.rectification：请写明整改措施' })
  @MaxLength(2000, { message: 'deductions.rectification：不超过 2000 个字' })
  rectification: string;
}

export class DeductionView extends DeductionInput {
  @ApiProperty({ description: '指标名称' }) indicatorName: string;
}

export class EvaluationResultView {
  @ApiProperty({ description: '结果通报之日' }) resultOn: string;
  @ApiProperty({ description: '考评得分' }) score: number;
  @ApiProperty({ description: '排名' }) rank: number;
  @ApiPropertyOptional({ nullable: true, type: Number, description: '参评单位数' }) rankOf: number | null;
  @ApiProperty({ type: [DeductionView] }) deductions: DeductionView[];
  @ApiPropertyOptional({ nullable: true, type: String }) note: string | null;
  @ApiProperty() recordedAt: string;
  @ApiProperty() recordedBy: string;
}

export class OpennessEvaluationView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ description: '考评年度' }) year: number;
  @ApiProperty({ enum: EVALUATORS, description: '考评单位：province 省，city 市' }) evaluator: Evaluator;
  @ApiProperty() title: string;
  @ApiProperty({ description: '材料报送截止日' }) dueOn: string;
  @ApiProperty({ enum: OPENNESS_EVALUATION_STATUSES }) status: OpennessEvaluationStatus;
  @ApiProperty({ description: '状态（中文）' }) statusLabel: string;
  @ApiProperty({ description: '总分值' }) totalPoints: number;
  @ApiProperty({ description: '自评总分（已自评的指标）' }) selfTotal: number;
  @ApiProperty({ description: '已自评的指标数' }) assessedCount: number;
  @ApiProperty({ description: '指标数' }) indicatorCount: number;
  @ApiPropertyOptional({ nullable: true, type: String, description: '报送之日' }) submittedOn: string | null;
  @ApiPropertyOptional({ nullable: true, type: Number, description: '考评得分' }) resultScore: number | null;
  @ApiPropertyOptional({ nullable: true, type: Number, description: '排名' }) resultRank: number | null;
  @ApiProperty({ description: '准备中且已过报送截止日' }) overdue: boolean;
  @ApiPropertyOptional({ description: '撤销理由', nullable: true, type: String }) withdrawalReason: string | null;
  @ApiProperty({ description: '版本号（ETag）' }) version: number;
  @ApiProperty() createdAt: string;
  @ApiProperty() createdBy: string;
  @ApiProperty() updatedAt: string;
  @ApiProperty() updatedBy: string;
}

export class OpennessEvaluationStepView {
  @ApiProperty() at: string;
  @ApiProperty() by: string;
  @ApiProperty({ description: 'create, update, add-evidence, void-evidence, self-assess, submit, record-result, withdraw' }) step: string;
  @ApiProperty({ description: '步骤（中文）' }) label: string;
  @ApiPropertyOptional({ nullable: true, type: String }) note: string | null;
}

/** The evaluation file: the indicators with their evidence, the result (when recorded) and the timeline. */
export class OpennessEvaluationDetail extends OpennessEvaluationView {
  @ApiProperty({ type: [IndicatorView] }) indicators: IndicatorView[];
  @ApiPropertyOptional({ nullable: true, type: EvaluationResultView }) result: EvaluationResultView | null;
  @ApiProperty({ type: [OpennessEvaluationStepView] }) steps: OpennessEvaluationStepView[];
}

export const OpennessEvaluationErrors = {
  notFound: { kind: 'not_found', code: 'OPENNESS_EVALUATION.NOT_FOUND', title: '政务公开考评不存在' },
  versionConflict: { kind: 'precondition_failed', code: 'OPENNESS_EVALUATION.VERSION_CONFLICT', title: '政务公开考评已被他人修改' },
  invalidState: { kind: 'rule_violation', code: 'OPENNESS_EVALUATION.INVALID_STATE', title: '当前状态不能进行此操作' },
  frozen: { kind: 'rule_violation', code: 'OPENNESS_EVALUATION.FROZEN', title: '考评结果已录入，不能再修改' },
  duplicate: { kind: 'conflict', code: 'OPENNESS_EVALUATION.DUPLICATE', title: '该年度该考评单位的考评已登记' },
  scoreRule: { kind: 'rule_violation', code: 'OPENNESS_EVALUATION.SCORE', title: '分数不符合指标分值' },
  incomplete: { kind: 'rule_violation', code: 'OPENNESS_EVALUATION.INCOMPLETE', title: '考评材料不完整，不能报送' },
  unknownLink: { kind: 'rule_violation', code: 'OPENNESS_EVALUATION.UNKNOWN_LINK', title: '所链接的记录不存在' },
  unknownUnit: { kind: 'rule_violation', code: 'OPENNESS_EVALUATION.UNKNOWN_UNIT', title: '责任单位不在单位通讯录中' },
  unknownIndicator: { kind: 'rule_violation', code: 'OPENNESS_EVALUATION.UNKNOWN_INDICATOR', title: '指标不存在' },
  indicators: { kind: 'rule_violation', code: 'OPENNESS_EVALUATION.INDICATORS', title: '指标调整不符合规则' },
} as const;

/** RPC subjects, under `rpc.disclosure.`. */
export const OpennessEvaluationSubjects = {
  create: 'openness-evaluation.create',
  update: 'openness-evaluation.update',
  addEvidence: 'openness-evaluation.add-evidence',
  voidEvidence: 'openness-evaluation.void-evidence',
  selfAssess: 'openness-evaluation.self-assess',
  submit: 'openness-evaluation.submit',
  recordResult: 'openness-evaluation.record-result',
  withdraw: 'openness-evaluation.withdraw',
  get: 'openness-evaluation.get',
  list: 'openness-evaluation.list',
} as const;

export class OpennessEvaluationFields {
  @ApiProperty({ description: '标题', example: '2026年度市政务公开工作考评' })
  @IsString({ message: 'title：必须为文本' })
  @MinLength(2, { message: 'title：至少 2 个字' })
  @MaxLength(200, { message: 'title：不超过 200 个字' })
  title: string;

  @ApiProperty({ description: '材料报送截止日' })
  @IsCalendarDate({ message: 'dueOn：必须是有效的日期（YYYY-MM-DD）' })
  dueOn: string;

  @ApiProperty({ type: [IndicatorInput], description: '考评指标（至少 1 项）' })
  @IsArray({ message: 'indicators：须为指标列表' })
  @ArrayMinSize(1, { message: 'indicators：至少 1 项指标' })
  @ArrayMaxSize(200, { message: 'indicators：不超过 200 项指标' })
  @ValidateNested({ each: true })
  @Type(() => IndicatorInput)
  indicators: IndicatorInput[];
}

export namespace CreateOpennessEvaluation {
  export class Request extends OpennessEvaluationFields {
    @ApiProperty({ description: '考评年度', example: 2026 })
    @IsInt32({ message: 'year：年度须为整数' })
    @Min(2000, { message: 'year：年度无效' })
    @Max(2100, { message: 'year：年度无效' })
    year: number;

    @ApiProperty({ enum: EVALUATORS, description: '考评单位：province 省，city 市' })
    @IsIn(EVALUATORS, { message: 'evaluator：考评单位无效' })
    evaluator: Evaluator;
  }
  export class Reply extends OpennessEvaluationDetail {}
}

export namespace UpdateOpennessEvaluation {
  export class Body extends OpennessEvaluationFields {}
  export class Request extends Versioned(Body) {}
  export class Reply extends OpennessEvaluationDetail {}
}

export namespace AddEvaluationEvidence {
  export class Body {
    @ApiProperty({ format: 'uuid', description: '指标' })
    @IsUUID('all', { message: 'indicatorId：指标 id 无效' })
    indicatorId: string;

    @ApiProperty({ description: '材料说明' })
    @IsString({ message: 'description：必须为文本' })
    @MinLength(2, { message: 'description：请写明材料说明（至少 2 个字）' })
    @MaxLength(2000, { message: 'description：不超过 2000 个字' })
    description: string;

    @ApiPropertyOptional({ type: [EvidenceLink], description: '链接本系统的记录（如主动公开信息、年度报告）' })
    @IsOptional()
    @IsArray({ message: 'links：须为列表' })
    @ArrayMaxSize(20, { message: 'links：至多 20 条' })
    @ValidateNested({ each: true })
    @Type(() => EvidenceLink)
    links?: EvidenceLink[];

    @ApiPropertyOptional({ type: [String], description: '附件名称' })
    @IsOptional()
    @IsArray({ message: 'attachments：必须为列表' })
    @ArrayMaxSize(20, { message: 'attachments：至多 20 个附件' })
    @IsString({ each: true, message: 'attachments：附件名称必须为文本' })
    @MaxLength(200, { each: true, message: 'attachments：附件名称不超过 200 个字' })
    attachments?: string[];

    @ApiPropertyOptional({ format: 'uuid', description: '责任单位（单位通讯录）' })
    @IsOptional()
    @IsUUID('all', { message: 'responsibleUnitId：单位 id 无效' })
    responsibleUnitId?: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends OpennessEvaluationDetail {}
}

export namespace VoidEvaluationEvidence {
  export class Body {
    @ApiProperty({ format: 'uuid' }) @IsUUID('all', { message: 'evidenceId：材料 id 无效' }) evidenceId: string;

    @ApiProperty({ description: '作废理由' })
    @IsString({ message: 'reason：必须为文本' })
    @MinLength(2, { message: 'reason：作废须说明理由（至少 2 个字）' })
    @MaxLength(1000, { message: 'reason：不超过 1000 个字' })
    reason: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends OpennessEvaluationDetail {}
}

export class SelfScoreInput {
  @ApiProperty({ format: 'uuid' }) @IsUUID('all', { message: 'scores.indicatorId：指标 id 无效' }) indicatorId: string;

  @ApiProperty({ description: '自评分（不超过指标分值，最多一位小数）' })
  @IsNumber(POINTS, { message: 'scores.score：自评分须为数字，最多一位小数' })
  @Min(0, { message: 'scores.score：自评分不能为负' })
  score: number;

  @ApiPropertyOptional({ description: '自评说明' })
  @IsOptional()
  @IsString({ message: 'scores.note：必须为文本' })
  @MaxLength(2000, { message: 'scores.note：不超过 2000 个字' })
  note?: string;
}

export namespace SelfAssessEvaluation {
  export class Body {
    @ApiProperty({ type: [SelfScoreInput], description: '各指标自评分' })
    @IsArray({ message: 'scores：须为列表' })
    @ArrayMinSize(1, { message: 'scores：至少 1 项' })
    @ArrayMaxSize(200, { message: 'scores：不超过 200 项' })
    @ValidateNested({ each: true })
    @Type(() => SelfScoreInput)
    scores: SelfScoreInput[];
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends OpennessEvaluationDetail {}
}

export namespace SubmitOpennessEvaluation {
  export class Body {
    @ApiProperty({ description: '报送之日' }) @IsCalendarDate({ message: 'submittedOn：必须是有效的日期（YYYY-MM-DD）' }) submittedOn: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends OpennessEvaluationDetail {}
}

export namespace RecordEvaluationResult {
  export class Body {
    @ApiProperty({ description: '结果通报之日' }) @IsCalendarDate({ message: 'resultOn：必须是有效的日期（YYYY-MM-DD）' }) resultOn: string;

    @ApiProperty({ description: '考评得分（不超过总分值，最多一位小数）' })
    @IsNumber(POINTS, { message: 'score：得分须为数字，最多一位小数' })
    @Min(0, { message: 'score：得分不能为负' })
    score: number;

    @ApiProperty({ description: '排名' }) @IsInt32({ message: 'rank：排名须为整数' }) @Min(1, { message: 'rank：排名从 1 起' }) rank: number;

    @ApiPropertyOptional({ description: '参评单位数' }) @IsOptional() @IsInt32({ message: 'rankOf：须为整数' }) @Min(1, { message: 'rankOf：至少 1' }) rankOf?: number;

    @ApiProperty({ type: [DeductionInput], description: '扣分项及整改措施' })
    @IsArray({ message: 'deductions：须为列表' })
    @ArrayMaxSize(200, { message: 'deductions：不超过 200 项' })
    @ValidateNested({ each: true })
    @Type(() => DeductionInput)
    deductions: DeductionInput[];

    @ApiPropertyOptional({ description: '说明' }) @IsOptional() @IsString({ message: 'note：必须为文本' }) @MaxLength(2000, { message: 'note：不超过 2000 个字' }) note?: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends OpennessEvaluationDetail {}
}

export namespace WithdrawOpennessEvaluation {
  export class Body {
    @ApiProperty({ description: '撤销理由' })
    @IsString({ message: 'reason：必须为文本' })
    @MinLength(2, { message: 'reason：撤销须说明理由（至少 2 个字）' })
    @MaxLength(1000, { message: 'reason：不超过 1000 个字' })
    reason: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends OpennessEvaluationDetail {}
}

export namespace GetOpennessEvaluation {
  export class Request extends RecordRef {}
  export class Reply extends OpennessEvaluationDetail {}
}

export namespace ListOpennessEvaluations {
  export class Request extends PageQuery {
    @ApiPropertyOptional({ enum: OPENNESS_EVALUATION_STATUSES, description: '状态' })
    @IsOptional()
    @IsIn(OPENNESS_EVALUATION_STATUSES, { message: 'status：取值无效' })
    status?: OpennessEvaluationStatus;

    @ApiPropertyOptional({ enum: EVALUATORS, description: '考评单位' })
    @IsOptional()
    @IsIn(EVALUATORS, { message: 'evaluator：考评单位无效' })
    evaluator?: Evaluator;

    @ApiPropertyOptional({ description: '考评年度' })
    @IsOptional()
    @Type(() => Number)
    @IsInt32({ message: 'year：年度须为整数' })
    year?: number;

    @ApiPropertyOptional({ description: '标题模糊搜索（支持中文）' })
    @IsOptional()
    @IsString({ message: 'q：必须为文本' })
    @MaxLength(40, { message: 'q：不超过 40 个字' })
    q?: string;
  }
  export class Reply extends PageMeta {
    @ApiProperty({ type: [OpennessEvaluationView] }) items: OpennessEvaluationView[];
  }
}

/** What the events of one 政务公开考评 carry: its snapshot with its version (consumers apply only newer ones). */
export class OpennessEvaluationSnapshot {
  @ApiProperty() @IsUUID() id: string;
  @ApiProperty() @IsInt32() year: number;
  @ApiProperty() @IsIn(EVALUATORS) evaluator: Evaluator;
  @ApiProperty() @IsString() title: string;
  @ApiProperty() @IsIn(OPENNESS_EVALUATION_STATUSES) status: OpennessEvaluationStatus;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsNumber() resultScore: number | null;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsInt32() resultRank: number | null;
  @ApiProperty() @IsInt32() @Min(1) version: number;
}

export const OpennessEvaluationEvents = {
  created: eventSubject('disclosure', 'openness-evaluation.created'),
  updated: eventSubject('disclosure', 'openness-evaluation.updated'),
  submitted: eventSubject('disclosure', 'openness-evaluation.submitted'),
  resulted: eventSubject('disclosure', 'openness-evaluation.resulted'),
  withdrawn: eventSubject('disclosure', 'openness-evaluation.withdrawn'),
} as const;

/** What each event means, for the catalogue of the events (tools/asyncapi): one sentence about the fact. */
export const OpennessEvaluationEventDescriptions = {
  'openness-evaluation.created': { zh: '登记政务公开考评（准备中）', en: 'A yearly 政务公开 evaluation was registered for preparation.' },
  'openness-evaluation.updated': { zh: '政务公开考评的指标、佐证材料或自评分被修改', en: 'An evaluation’s indicators, evidence or self-assessment changed.' },
  'openness-evaluation.submitted': { zh: '政务公开考评材料已报送', en: 'The evaluation material was submitted to the evaluator.' },
  'openness-evaluation.resulted': { zh: '政务公开考评结果已录入（冻结）', en: 'The evaluator’s result was recorded; the evaluation is frozen.' },
  'openness-evaluation.withdrawn': { zh: '政务公开考评被撤销（注明理由，不删除）', en: 'An evaluation was withdrawn, with a reason (never deleted).' },
} as const;

/** Published by disclosure at every step of a 政务公开考评; carries its snapshot. */
export namespace OpennessEvaluationChanged {
  export class Event extends OpennessEvaluationSnapshot {}
}
