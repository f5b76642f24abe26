import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsIn, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { ApiProperty, ApiPropertyOptional, eventSubject, IsCalendarDate, IsInt32, IsOffsetDateTime, PageMeta, PageQuery, RecordRef, RuleVersionView, Versioned } from '@gov/contracts-common';

/**
 * 报送信息 (a piece of 政务信息 a unit's liaison reports to 信息科), its screening and its adoption.
 *
 * submitted 待筛选 → accepted 已采纳 (the editor keeps it for use) | returned 已退回 (with a reason; the liaison revises and
 * it is submitted again) | merged 已综合 (folded into a 综合 item) | withdrawn 已撤回 (with a reason). Nothing is deleted.
 */
export const SUBMISSION_STATUSES = ['submitted', 'accepted', 'returned', 'merged', 'withdrawn'] as const;
export type SubmissionStatus = (typeof SUBMISSION_STATUSES)[number];
export const SUBMISSION_STATUS_LABELS: Record<SubmissionStatus, string> = { submitted: '待筛选', accepted: '已采纳', returned: '已退回', merged: '已综合', withdrawn: '已撤回' };

/** 信息类别. */
export const SUBMISSION_CATEGORIES = ['trend', 'practice', 'problem', 'urgent', 'other'] as const;
export type SubmissionCategory = (typeof SUBMISSION_CATEGORIES)[number];
export const SUBMISSION_CATEGORY_LABELS: Record<SubmissionCategory, string> = { trend: '动态', practice: '经验做法', problem: '问题建议', urgent: '紧急信息', other: '其他' };

/** 采用层级 (outlets): 区刊《博山政务信息》, 报市 (sent to the city's 信息科), 市采用, 省采用, 国办采用. */
export const ADOPTION_LEVELS = ['district_bulletin', 'reported_city', 'city', 'province', 'state_council'] as const;
export type AdoptionLevel = (typeof ADOPTION_LEVELS)[number];
export const ADOPTION_LEVEL_LABELS: Record<AdoptionLevel, string> = {
  district_bulletin: '区刊《博山政务信息》',
  reported_city: '报市',
  city: '市采用',
  province: '省采用',
  state_council: '国办采用',
};

/** 领导批示的层级. */
export const INSTRUCTION_LEVELS = ['district', 'city', 'province'] as const;
export type InstructionLevel = (typeof INSTRUCTION_LEVELS)[number];
export const INSTRUCTION_LEVEL_LABELS: Record<InstructionLevel, string> = { district: '区领导批示', city: '市领导批示', province: '省领导批示' };

/** The fields a caller gives of one 报送信息 (each change of the title or body is a new version of the text). */
export class SubmissionFields {
  @ApiProperty({ description: '标题', example: '山头街道"一网统管"提升基层治理效能' })
  @IsString({ message: 'title：必须为文本' })
  @MinLength(2, { message: 'title：至少 2 个字' })
  @MaxLength(200, { message: 'title：不超过 200 个字' })
  title: string;

  @ApiProperty({ description: '正文' })
  @IsString({ message: 'body：必须为文本' })
  @MinLength(10, { message: 'body：正文至少 10 个字' })
  @MaxLength(20000, { message: 'body：不超过 20000 个字' })
  body: string;

  @ApiProperty({ enum: SUBMISSION_CATEGORIES, description: '类别：trend 动态 / practice 经验做法 / problem 问题建议 / urgent 紧急信息 / other 其他' })
  @IsIn(SUBMISSION_CATEGORIES, { message: 'category：类别取值无效' })
  category: SubmissionCategory;

  @ApiPropertyOptional({ description: '是否紧急（紧急信息同时报区政府值班室）' })
  @IsOptional()
  @IsBoolean({ message: 'urgent：必须为 true 或 false' })
  urgent?: boolean;

  @ApiPropertyOptional({ description: '附件名称（至多 20 个）', type: [String] })
  @IsOptional()
  @IsArray({ message: 'attachments：必须为列表' })
  @ArrayMaxSize(20, { message: 'attachments：至多 20 个附件' })
  @IsString({ each: true, message: 'attachments：附件名称必须为文本' })
  @MaxLength(200, { each: true, message: 'attachments：附件名称不超过 200 个字' })
  attachments?: string[];
}

export class SubmissionStepView {
  @ApiProperty({ description: '序号' }) seq: number;
  @ApiProperty({ description: '步骤：submit 报送 / revise 修改 / accept 采纳 / return 退回 / merge 综合 / withdraw 撤回 / adopt 采用 / instruct 批示' }) step: string;
  @ApiProperty({ enum: SUBMISSION_STATUSES, description: '步骤后的状态' }) status: SubmissionStatus;
  @ApiPropertyOptional({ description: '理由或说明', nullable: true, type: String }) note: string | null;
  @ApiProperty() actor: string;
  @ApiProperty() at: string;
}

export class AdoptionView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: ADOPTION_LEVELS }) level: AdoptionLevel;
  @ApiProperty({ description: '采用层级名称' }) levelLabel: string;
  @ApiProperty({ description: '采用日期 YYYY-MM-DD' }) adoptedOn: string;
  @ApiPropertyOptional({ description: '刊物与期号，如《山东政务信息》第 12 期', nullable: true, type: String }) outlet: string | null;
  @ApiProperty({ description: '得分（按计分标准版本）' }) points: number;
  @ApiProperty({ description: '计分标准版本' }) weightVersion: string;
  @ApiProperty() recordedBy: string;
  @ApiProperty() recordedAt: string;
}

export class InstructionView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: INSTRUCTION_LEVELS }) level: InstructionLevel;
  @ApiProperty({ description: '批示层级名称' }) levelLabel: string;
  @ApiProperty({ description: '批示领导' }) leaderName: string;
  @ApiProperty({ description: '批示内容' }) content: string;
  @ApiProperty({ description: '批示日期 YYYY-MM-DD' }) instructedOn: string;
  @ApiProperty({ description: '加分' }) points: number;
  @ApiProperty({ description: '计分标准版本' }) weightVersion: string;
  @ApiProperty() recordedBy: string;
  @ApiProperty() recordedAt: string;
}

export class SubmissionView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ description: '标题' }) title: string;
  @ApiProperty({ description: '正文（当前版本）' }) body: string;
  @ApiProperty({ enum: SUBMISSION_CATEGORIES }) category: SubmissionCategory;
  @ApiProperty({ description: '类别名称' }) categoryLabel: string;
  @ApiProperty({ description: '是否紧急' }) urgent: boolean;
  @ApiProperty({ type: [String], description: '附件名称' }) attachments: string[];
  @ApiPropertyOptional({ description: '报送单位（综合信息为空）', nullable: true, type: String }) unitId: string | null;
  @ApiProperty({ type: [String], description: '计分单位（综合信息为各来源单位）' }) creditUnitIds: string[];
  @ApiProperty({ enum: SUBMISSION_STATUSES }) status: SubmissionStatus;
  @ApiProperty({ description: '状态名称' }) statusLabel: string;
  @ApiProperty({ description: '正文版本号（从 1 起）' }) textVersion: number;
  @ApiPropertyOptional({ description: '退回或撤回理由', nullable: true, type: String }) reason: string | null;
  @ApiPropertyOptional({ format: 'uuid', description: '综合后的信息', nullable: true, type: String }) mergedIntoId: string | null;
  @ApiProperty({ type: [String], description: '综合自哪些报送信息' }) mergedFromIds: string[];
  @ApiProperty({ description: '报送时间' }) submittedAt: string;
  @ApiProperty({ description: '累计得分（采用与批示）' }) score: number;
  @ApiProperty({ type: [String], enum: ADOPTION_LEVELS, description: '已采用的层级' }) adoptedLevels: AdoptionLevel[];
  @ApiProperty({ description: '版本号（ETag）' }) version: number;
  @ApiProperty() createdAt: string;
  @ApiProperty() createdBy: string;
  @ApiProperty() updatedAt: string;
  @ApiProperty() updatedBy: string;
}

export class SubmissionDetailView extends SubmissionView {
  @ApiProperty({ type: [AdoptionView] }) adoptions: AdoptionView[];
  @ApiProperty({ type: [InstructionView] }) instructions: InstructionView[];
  @ApiProperty({ type: [SubmissionStepView], description: '办理过程' }) timeline: SubmissionStepView[];
}

export class DiffLineView {
  @ApiProperty({ enum: ['same', 'added', 'removed'] }) kind: 'same' | 'added' | 'removed';
  @ApiProperty() text: string;
}

export class TextVersionView {
  @ApiProperty({ description: '正文版本号' }) textVersion: number;
  @ApiProperty() title: string;
  @ApiProperty() body: string;
  @ApiPropertyOptional({ nullable: true, description: '修改说明', type: String }) note: string | null;
  @ApiProperty() createdBy: string;
  @ApiProperty() createdAt: string;
  @ApiProperty({ type: [DiffLineView], description: '与上一版本的逐行差异（第 1 版为空）' }) diff: DiffLineView[];
}

export const SubmissionErrors = {
  notFound: { kind: 'not_found', code: 'SUBMISSION.NOT_FOUND', title: '报送信息不存在' },
  versionConflict: { kind: 'precondition_failed', code: 'SUBMISSION.VERSION_CONFLICT', title: '报送信息已被他人修改' },
  invalidState: { kind: 'rule_violation', code: 'SUBMISSION.INVALID_STATE', title: '当前状态不能进行此操作' },
  unitRequired: { kind: 'rule_violation', code: 'SUBMISSION.UNIT_REQUIRED', title: '须指明报送单位' },
  alreadyAdopted: { kind: 'rule_violation', code: 'SUBMISSION.ALREADY_ADOPTED', title: '该层级的采用已登记' },
  notAdopted: { kind: 'rule_violation', code: 'SUBMISSION.NOT_ADOPTED', title: '尚未被采用，不能登记批示' },
  noWeights: { kind: 'rule_violation', code: 'SUBMISSION.NO_SCORE_WEIGHTS', title: '该日期没有生效的计分标准' },
  weightsInPast: { kind: 'rule_violation', code: 'SCORE_WEIGHTS.EFFECTIVE_IN_PAST', title: '计分标准的生效日期不能早于今天' },
  weightsDuplicate: { kind: 'conflict', code: 'SCORE_WEIGHTS.DUPLICATE', title: '该版本号或生效日期已有计分标准' },
  mergeSources: { kind: 'rule_violation', code: 'SUBMISSION.MERGE_SOURCES', title: '综合的来源信息无效' },
} as const;

/** RPC subjects, under `rpc.information.`. */
export const SubmissionSubjects = {
  create: 'submission.create',
  update: 'submission.update',
  accept: 'submission.accept',
  return: 'submission.return',
  merge: 'submission.merge',
  withdraw: 'submission.withdraw',
  adopt: 'submission.adopt',
  instruct: 'submission.instruct',
  get: 'submission.get',
  list: 'submission.list',
  versions: 'submission.versions',
  weights: 'submission.score-weights',
  addWeights: 'submission.score-weights.add',
  monthly: 'submission.monthly-report',
  monthlyXlsx: 'submission.monthly-report-xlsx',
} as const;

export namespace CreateSubmission {
  export class Request extends SubmissionFields {
    @ApiPropertyOptional({ format: 'uuid', description: '报送单位（科室代登记时必填；联络员为本单位，不必填）' })
    @IsOptional()
    @IsUUID('all', { message: 'unitId：须为单位 ID' })
    unitId?: string;
  }
  export class Reply extends SubmissionDetailView {}
}

export namespace UpdateSubmission {
  export class Body extends SubmissionFields {
    @ApiPropertyOptional({ description: '修改说明' })
    @IsOptional()
    @IsString({ message: 'note：必须为文本' })
    @MaxLength(500, { message: 'note：不超过 500 个字' })
    note?: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends SubmissionDetailView {}
}

export class NoteBody {
  @ApiPropertyOptional({ description: '说明' })
  @IsOptional()
  @IsString({ message: 'note：必须为文本' })
  @MaxLength(1000, { message: 'note：不超过 1000 个字' })
  note?: string;
}

export class ReasonBody {
  @ApiProperty({ description: '理由' })
  @IsString({ message: 'reason：必须为文本' })
  @MinLength(2, { message: 'reason：须说明理由（至少 2 个字）' })
  @MaxLength(1000, { message: 'reason：不超过 1000 个字' })
  reason: string;
}

export namespace AcceptSubmission {
  export class Body extends NoteBody {}
  export class Request extends Versioned(Body) {}
  export class Reply extends SubmissionDetailView {}
}

export namespace ReturnSubmission {
  export class Body extends ReasonBody {}
  export class Request extends Versioned(Body) {}
  export class Reply extends SubmissionDetailView {}
}

export namespace WithdrawSubmission {
  export class Body extends ReasonBody {}
  export class Request extends Versioned(Body) {}
  export class Reply extends SubmissionDetailView {}
}

export namespace MergeSubmissions {
  export class Request extends SubmissionFields {
    @ApiProperty({ type: [String], description: '被综合的报送信息（2 至 20 条，待筛选或已采纳）' })
    @IsArray({ message: 'sourceIds：必须为列表' })
    @ArrayMinSize(2, { message: 'sourceIds：综合至少需要 2 条信息' })
    @ArrayMaxSize(20, { message: 'sourceIds：至多 20 条' })
    @IsUUID('all', { each: true, message: 'sourceIds：须为报送信息 ID' })
    sourceIds: string[];
  }
  export class Reply extends SubmissionDetailView {}
}

export namespace AdoptSubmission {
  export class Body {
    @ApiProperty({ enum: ADOPTION_LEVELS, description: '采用层级' })
    @IsIn(ADOPTION_LEVELS, { message: 'level：采用层级取值无效' })
    level: AdoptionLevel;

    @ApiProperty({ description: '采用日期 YYYY-MM-DD' })
    @IsCalendarDate({ message: 'adoptedOn：须为 YYYY-MM-DD 格式的日期' })
    adoptedOn: string;

    @ApiPropertyOptional({ description: '刊物与期号' })
    @IsOptional()
    @IsString({ message: 'outlet：必须为文本' })
    @MaxLength(200, { message: 'outlet：不超过 200 个字' })
    outlet?: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends SubmissionDetailView {}
}

export namespace InstructSubmission {
  export class Body {
    @ApiProperty({ enum: INSTRUCTION_LEVELS, description: '批示层级' })
    @IsIn(INSTRUCTION_LEVELS, { message: 'level：批示层级取值无效' })
    level: InstructionLevel;

    @ApiProperty({ description: '批示领导' })
    @IsString({ message: 'leaderName：必须为文本' })
    @MinLength(2, { message: 'leaderName：至少 2 个字' })
    @MaxLength(40, { message: 'leaderName：不超过 40 个字' })
    leaderName: string;

    @ApiProperty({ description: '批示内容' })
    @IsString({ message: 'content：必须为文本' })
    @MinLength(2, { message: 'content：至少 2 个字' })
    @MaxLength(2000, { message: 'content：不超过 2000 个字' })
    content: string;

    @ApiProperty({ description: '批示日期 YYYY-MM-DD' })
    @IsCalendarDate({ message: 'instructedOn：须为 YYYY-MM-DD 格式的日期' })
    instructedOn: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends SubmissionDetailView {}
}

export namespace GetSubmission {
  export class Request extends RecordRef {}
  export class Reply extends SubmissionDetailView {}
}

export namespace ListSubmissionVersions {
  export class Request extends RecordRef {}
  export class Reply {
    @ApiProperty({ type: [TextVersionView] }) items: TextVersionView[];
  }
}

export namespace ListSubmissions {
  export class Request extends PageQuery {
    @ApiPropertyOptional({ enum: SUBMISSION_STATUSES, description: '状态' })
    @IsOptional()
    @IsIn(SUBMISSION_STATUSES, { message: 'status：取值无效' })
    status?: SubmissionStatus;

    @ApiPropertyOptional({ enum: SUBMISSION_CATEGORIES, description: '类别' })
    @IsOptional()
    @IsIn(SUBMISSION_CATEGORIES, { message: 'category：取值无效' })
    category?: SubmissionCategory;

    @ApiPropertyOptional({ format: 'uuid', description: '报送单位' })
    @IsOptional()
    @IsUUID('all', { message: 'unitId：须为单位 ID' })
    unitId?: string;

    @ApiPropertyOptional({ description: '标题模糊搜索（支持中文）' })
    @IsOptional()
    @IsString({ message: 'q：必须为文本' })
    @MaxLength(40, { message: 'q：不超过 40 个字' })
    q?: string;
  }
  export class Reply extends PageMeta {
    @ApiProperty({ type: [SubmissionView] }) items: SubmissionView[];
  }
}

/** One version of the local scoring table (RULES.md §2.7: a weight table, local figures differ). */
export class ScoreWeightsView extends RuleVersionView {
  @ApiProperty({ description: '版本' }) version: string;
  @ApiProperty({ description: '各采用层级得分', example: { district_bulletin: 5 } }) adoption: Record<AdoptionLevel, number>;
  @ApiProperty({ description: '各层级领导批示加分', example: { city: 30 } }) instruction: Record<InstructionLevel, number>;
  @ApiProperty({ description: '约稿扣分：solicitation_late 迟报，solicitation_missing 未报', example: { solicitation_late: 2, solicitation_missing: 5 } }) deduction: { solicitation_late: number; solicitation_missing: number };
}

const points = (field: string) => [IsInt32({ message: `${field}：须为整数` }), Min(0, { message: `${field}：不能为负数` }), Max(1000, { message: `${field}：不超过 1000` })];
const apply = (decorators: PropertyDecorator[]): PropertyDecorator => (target, key) => decorators.forEach((d) => d(target, key));

/** Points per adoption level (区刊, 报市, 市采用, 省采用, 国办采用). */
export class AdoptionWeights {
  @ApiProperty({ description: '区刊《博山政务信息》', example: 5 }) @apply(points('adoption.district_bulletin')) district_bulletin: number;
  @ApiProperty({ description: '报市', example: 2 }) @apply(points('adoption.reported_city')) reported_city: number;
  @ApiProperty({ description: '市采用', example: 20 }) @apply(points('adoption.city')) city: number;
  @ApiProperty({ description: '省采用', example: 40 }) @apply(points('adoption.province')) province: number;
  @ApiProperty({ description: '国办采用', example: 80 }) @apply(points('adoption.state_council')) state_council: number;
}

/** Extra points per level of a leader's 批示. */
export class InstructionWeights {
  @ApiProperty({ description: '区领导批示', example: 10 }) @apply(points('instruction.district')) district: number;
  @ApiProperty({ description: '市领导批示', example: 30 }) @apply(points('instruction.city')) city: number;
  @ApiProperty({ description: '省领导批示', example: 50 }) @apply(points('instruction.province')) province: number;
}

/** Points deducted for a 约稿 answered late or not at all. */
export class DeductionWeights {
  @ApiProperty({ description: '约稿迟报扣分', example: 2 }) @apply(points('deduction.solicitation_late')) solicitation_late: number;
  @ApiProperty({ description: '约稿未报扣分', example: 5 }) @apply(points('deduction.solicitation_missing')) solicitation_missing: number;
}

/** A new version of the weight table (信息科科长): in force from its date (not in the past), with its source. */
export namespace AddScoreWeights {
  export class Request {
    @ApiPropertyOptional({ description: '版本号（不填则按年度自动编号，如 BS-XX-2027-1）', example: 'BS-XX-2027-1' })
    @IsOptional()
    @IsString({ message: 'version：必须为文本' })
    @Matches(/^[A-Za-z0-9〔〕()（）._-]{2,40}$/, { message: 'version：2–40 个字母、数字或 -._ 符号' })
    version?: string;

    @ApiProperty({ description: '生效日期（YYYY-MM-DD，不早于今天）', example: '2027-01-01' })
    @IsCalendarDate({ message: 'effectiveFrom：须为 YYYY-MM-DD 格式的日期' })
    effectiveFrom: string;

    @ApiProperty({ description: '依据（文件名称、文号、条款）' })
    @IsString({ message: 'source：必须为文本' })
    @MinLength(4, { message: 'source：须写明依据（至少 4 个字）' })
    @MaxLength(2000, { message: 'source：不超过 2000 个字' })
    source: string;

    @ApiProperty({ type: AdoptionWeights }) @ValidateNested() @Type(() => AdoptionWeights) adoption: AdoptionWeights;
    @ApiProperty({ type: InstructionWeights }) @ValidateNested() @Type(() => InstructionWeights) instruction: InstructionWeights;
    @ApiProperty({ type: DeductionWeights }) @ValidateNested() @Type(() => DeductionWeights) deduction: DeductionWeights;
  }
  export class Reply extends ScoreWeightsView {}
}

export namespace ListScoreWeights {
  export class Request {}
  export class Reply {
    @ApiProperty({ type: [ScoreWeightsView] }) items: ScoreWeightsView[];
  }
}

export namespace MonthlyReport {
  export class Request {
    @ApiProperty({ description: '月份 YYYY-MM', example: '2026-11' })
    @IsString({ message: 'month：须为 YYYY-MM' })
    @Matches(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'month：须为 YYYY-MM 格式的月份' })
    month: string;
  }
  export class Row {
    @ApiProperty({ description: '名次（同分同名次）' }) rank: number;
    @ApiProperty({ format: 'uuid' }) unitId: string;
    @ApiProperty({ description: '单位名称' }) unitName: string;
    @ApiProperty({ description: '报送条数' }) submitted: number;
    @ApiProperty({ description: '各层级采用条数', example: { district_bulletin: 2 } }) adopted: Record<AdoptionLevel, number>;
    @ApiProperty({ description: '领导批示条数' }) instructions: number;
    @ApiProperty({ description: '约稿扣分（迟报、未报）' }) deduction: number;
    @ApiProperty({ description: '得分（采用与批示得分减约稿扣分）' }) score: number;
  }
  export class Reply {
    @ApiProperty() month: string;
    @ApiProperty({ type: [Row], description: '按得分排名' }) rows: Row[];
    @ApiProperty({ type: [String], description: '本月未报送信息的单位' }) silentUnits: string[];
    @ApiProperty({ type: [String], description: '计分所用的标准版本' }) weightVersions: string[];
  }
}

export namespace MonthlyReportXlsx {
  export class Request extends MonthlyReport.Request {}
  export class Reply {
    @ApiProperty({ description: '文件名（中文）' }) filename: string;
    @ApiProperty() mediaType: string;
    @ApiProperty({ description: '行数' }) rows: number;
    @ApiProperty({ description: '.xlsx 内容（Base64）' }) contentBase64: string;
  }
}

/** What the events of one 报送信息 carry: its snapshot with its version (consumers apply only newer ones). */
export class SubmissionSnapshot {
  @ApiProperty() @IsUUID() id: string;
  @ApiPropertyOptional({ nullable: true, type: String }) @IsOptional() @IsUUID() unitId: string | null;
  @ApiProperty() @IsString() title: string;
  @ApiProperty() @IsIn(SUBMISSION_CATEGORIES) category: SubmissionCategory;
  @ApiProperty() @IsBoolean() urgent: boolean;
  @ApiProperty() @IsIn(SUBMISSION_STATUSES) status: SubmissionStatus;
  @ApiProperty({ type: [String] }) @IsArray() @IsIn(ADOPTION_LEVELS, { each: true }) adoptedLevels: AdoptionLevel[];
  @ApiProperty() @IsInt32() score: number;
  @ApiProperty() @IsInt32() @Min(1) version: number;
}

export const SubmissionEvents = {
  created: eventSubject('information', 'submission.created'),
  updated: eventSubject('information', 'submission.updated'),
  accepted: eventSubject('information', 'submission.accepted'),
  returned: eventSubject('information', 'submission.returned'),
  merged: eventSubject('information', 'submission.merged'),
  withdrawn: eventSubject('information', 'submission.withdrawn'),
  adopted: eventSubject('information', 'submission.adopted'),
  instructed: eventSubject('information', 'submission.instructed'),
  urgentReported: eventSubject('information', 'submission.urgent-reported'),
} as const;

/** What each event means, for the catalogue of the events (tools/asyncapi): one sentence about the fact. */
export const SubmissionEventDescriptions = {
  'submission.created': { zh: '报送信息登记（联络员报送或综合生成）', en: 'A submission was reported (or a merged item was made).' },
  'submission.updated': { zh: '报送信息正文修改（新版本）', en: 'A submission’s text was revised (a new text version).' },
  'submission.accepted': { zh: '报送信息经筛选采纳', en: 'A submission was accepted at screening.' },
  'submission.returned': { zh: '报送信息被退回（注明理由）', en: 'A submission was returned to its unit, with a reason.' },
  'submission.merged': { zh: '报送信息被综合进另一条信息', en: 'A submission was merged into a combined item.' },
  'submission.withdrawn': { zh: '报送信息被撤回（注明理由，不删除）', en: 'A submission was withdrawn, with a reason (never deleted).' },
  'submission.adopted': { zh: '报送信息在某一层级被采用', en: 'A submission was adopted at one level.' },
  'submission.instructed': { zh: '领导对报送信息作出批示', en: 'A leader’s instruction on a submission was recorded.' },
  'submission.urgent-reported': { zh: '紧急信息报送，同时报区政府值班室', en: 'An urgent submission was reported, for the duty office.' },
} as const;

/** Published by information when a 报送信息 is created, changed or withdrawn; carries its snapshot. */
export namespace SubmissionChanged {
  export class Event extends SubmissionSnapshot {}
}

/**
 * An urgent 报送信息, for the duty office (区政府值班室): the shape mirrors duty-and-meetings' CreateUrgentMatter.Request
 * (title, receivedAt, unitId, summary), so that the duty office can open an urgent matter from it (level is its call).
 */
export namespace SubmissionUrgentReported {
  export class Event {
    @ApiProperty({ format: 'uuid', description: '报送信息 ID' }) @IsUUID() submissionId: string;
    @ApiProperty({ description: '标题' }) @IsString() @MinLength(2) @MaxLength(200) title: string;
    @ApiProperty({ description: '基本情况（正文，至多 4000 字）' }) @IsString() @MinLength(1) @MaxLength(4000) summary: string;
    @ApiPropertyOptional({ format: 'uuid', description: '报告单位', nullable: true, type: String }) @IsOptional() @IsUUID() unitId: string | null;
    @ApiProperty({ description: '接报时间（ISO 8601）' }) @IsOffsetDateTime() receivedAt: string;
    @ApiProperty({ description: '报送人' }) @IsString() reportedBy: string;
    @ApiProperty({ description: '版本' }) @IsInt32() @Min(1) version: number;
  }
}
