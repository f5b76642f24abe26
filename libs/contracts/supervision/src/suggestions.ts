import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { eventSubject, IsCalendarDate, IsInt32, PageMeta, PageQuery, RuleVersionView, ApiProperty, ApiPropertyOptional } from '@gov/contracts-common';
import { DATE_MESSAGE, DeadlineView, RecordRef, Versioned } from './common.js';


/** A due date as the deadline engine computed it, with the explanation the clerk reads. */
export class ComputedDueDate extends DeadlineView {
  @ApiProperty({ description: '是否已逾期（按到期日当日 24 时计）' }) overdue: boolean;
}

/** 人大代表建议 / 政协提案. */
export const SUGGESTION_KINDS = ['npc_suggestion', 'cppcc_proposal'] as const;
export type SuggestionKind = (typeof SUGGESTION_KINDS)[number];
export const SUGGESTION_KIND_LABELS: Record<SuggestionKind, string> = { npc_suggestion: '人大代表建议', cppcc_proposal: '政协提案' };

/**
 * 办理方式: 主办 with 协办/会办 units (one answer, by the 主办), or 分办 (each unit answers its part).
 * (山东省政府办公厅《办理人大代表建议和政协提案办法》; RULES.md 2.5)
 */
export const HANDLING_MODES = ['lead', 'separate'] as const;
export type HandlingMode = (typeof HANDLING_MODES)[number];

/** 主办 answers; 协办 and 会办 send an opinion to the 主办; 分办 units each answer. */
export const ASSIGNMENT_ROLES = ['host', 'assisting', 'joint', 'separate'] as const;
export type AssignmentRole = (typeof ASSIGNMENT_ROLES)[number];
export const ASSIGNMENT_ROLE_LABELS: Record<AssignmentRole, string> = { host: '主办', assisting: '协办', joint: '会办', separate: '分办' };
/** Roles that answer the deputy (and so count in 办复率). */
export const ANSWERING_ROLES: readonly AssignmentRole[] = ['host', 'separate'];

export const ASSIGNMENT_STATUSES = ['handling', 'replied', 'returned'] as const;
export type AssignmentStatus = (typeof ASSIGNMENT_STATUSES)[number];

/** registered 已登记 → assigned 办理中 → replied 已答复 (every answering unit) → closed 已办结 (feedback satisfied); withdrawn 已撤销. */
export const SUGGESTION_STATUSES = ['registered', 'assigned', 'replied', 'closed', 'withdrawn'] as const;
export type SuggestionStatus = (typeof SUGGESTION_STATUSES)[number];

export const SATISFACTION_LEVELS = ['satisfied', 'basically_satisfied', 'unsatisfied'] as const;
export type SatisfactionLevel = (typeof SATISFACTION_LEVELS)[number];
export const SATISFACTION_LABELS: Record<SatisfactionLevel, string> = { satisfied: '满意', basically_satisfied: '基本满意', unsatisfied: '不满意' };

export const CONTACT_METHODS = ['visit', 'phone', 'meeting', 'letter', 'online', 'other'] as const;
export type ContactMethod = (typeof CONTACT_METHODS)[number];
export const CONTACT_METHOD_LABELS: Record<ContactMethod, string> = { visit: '走访', phone: '电话', meeting: '座谈', letter: '书面', online: '网络', other: '其他' };

/**
 * The configurable deadline rules (RULES.md 2.5, 山东省政府办公厅《办理人大代表建议和政协提案办法》):
 * reply_months 答复期限; max_extended_months 延期后最长期限; co_opinion_months 协办/会办意见期限;
 * return_days 认为非本单位职责的退回期限; rehandle_months 不满意后重新办理答复期限.
 */
export const SUGGESTION_RULE_CODES = ['reply_months', 'max_extended_months', 'co_opinion_months', 'return_days', 'rehandle_months'] as const;
export type SuggestionRuleCode = (typeof SUGGESTION_RULE_CODES)[number];
export const PERIOD_UNITS = ['months', 'calendar_days', 'working_days'] as const;
export type SuggestionPeriodUnit = (typeof PERIOD_UNITS)[number];

// ---------- configuration ----------

export class SuggestionRuleView extends RuleVersionView {
  @ApiProperty() id: string;
  @ApiProperty({ enum: SUGGESTION_RULE_CODES, description: '规则代码' }) code: SuggestionRuleCode;
  @ApiProperty({ description: '期限数值' }) amount: number;
  @ApiProperty({ enum: PERIOD_UNITS, description: '单位：months 月 / calendar_days 日（自然日）/ working_days 工作日' }) unit: SuggestionPeriodUnit;
  @ApiProperty({ description: '规则版本号（同一代码内递增）' }) ruleVersion: number;
}

export namespace ListSuggestionRules {
  export class Request {
    @ApiPropertyOptional({ description: '适用日期（默认今天）：返回该日生效的各项规则' }) @IsOptional() @IsCalendarDate(DATE_MESSAGE) asOf?: string;
  }
  export class Reply {
    @ApiProperty({ type: [SuggestionRuleView], description: '每个代码在该日生效的规则' }) effective: SuggestionRuleView[];
    @ApiProperty({ type: [SuggestionRuleView], description: '全部规则版本（历史）' }) all: SuggestionRuleView[];
  }
}

export namespace SetSuggestionRule {
  /** A new version of one rule; past records keep the version they were decided under. */
  export class Request {
    @ApiProperty({ enum: SUGGESTION_RULE_CODES }) @IsIn(SUGGESTION_RULE_CODES) code: SuggestionRuleCode;
    @ApiProperty({ description: '期限数值', example: 3 }) @IsInt32() @Min(1) @Max(366) amount: number;
    @ApiProperty({ enum: PERIOD_UNITS }) @IsIn(PERIOD_UNITS) unit: SuggestionPeriodUnit;
    @ApiProperty({ description: '生效日期', example: '2027-01-01' }) @IsCalendarDate(DATE_MESSAGE) effectiveFrom: string;
    @ApiProperty({ description: '依据（文件名称、条款）', example: '山东省政府办公厅《办理人大代表建议和政协提案办法》' })
    @IsString()
    @MinLength(4)
    @MaxLength(300)
    source: string;
  }
  export class Reply extends SuggestionRuleView {}
}

export class AnswerCategoryView {
  @ApiProperty() id: string;
  @ApiProperty({ description: '类别代码', example: 'A' }) code: string;
  @ApiProperty({ description: '名称', example: '已解决或基本解决' }) label: string;
  @ApiPropertyOptional({ description: '说明', type: String, nullable: true }) description: string | null;
  @ApiProperty({ description: '生效日期' }) effectiveFrom: string;
  @ApiPropertyOptional({ description: '停用日期（含当日起不再使用）', nullable: true, type: String }) effectiveTo: string | null;
  @ApiProperty({ description: '依据' }) source: string;
  @ApiProperty() sortOrder: number;
  @ApiProperty() version: number;
}

export namespace ListAnswerCategories {
  export class Request {
    @ApiPropertyOptional({ description: '适用日期（默认今天）' }) @IsOptional() @IsCalendarDate(DATE_MESSAGE) asOf?: string;
  }
  export class Reply {
    @ApiProperty({ type: [AnswerCategoryView], description: '该日可用的答复类别' }) effective: AnswerCategoryView[];
    @ApiProperty({ type: [AnswerCategoryView], description: '全部类别（含已停用）' }) all: AnswerCategoryView[];
  }
}

export namespace SetAnswerCategory {
  /** Adds a category (e.g. D 留作参考) or, with `effectiveTo`, retires one from that day. */
  export class Request {
    @ApiProperty({ example: 'D' }) @Matches(/^[A-Z]{1,2}$/, { message: '类别代码为 1–2 位大写字母' }) code: string;
    @ApiProperty({ example: '留作参考' }) @IsString() @MinLength(2) @MaxLength(40) label: string;
    @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(300) description?: string;
    @ApiProperty({ example: '2027-01-01' }) @IsCalendarDate(DATE_MESSAGE) effectiveFrom: string;
    @ApiPropertyOptional({ description: '停用日期' }) @IsOptional() @IsCalendarDate(DATE_MESSAGE) effectiveTo?: string;
    @ApiProperty({ description: '依据' }) @IsString() @MinLength(4) @MaxLength(300) source: string;
    @ApiPropertyOptional({ default: 100 }) @IsOptional() @IsInt32() @Min(0) sortOrder?: number;
  }
  export class Reply extends AnswerCategoryView {}
}

// ---------- the suggestion ----------

export class SuggestionFields {
  @ApiProperty({ enum: SUGGESTION_KINDS, description: 'npc_suggestion 人大代表建议 / cppcc_proposal 政协提案' }) @IsIn(SUGGESTION_KINDS) kind: SuggestionKind;
  @ApiProperty({ description: '届次', example: '区十九届人大' }) @IsString() @MinLength(2) @MaxLength(40) session: string;
  @ApiProperty({ description: '会次', example: '第五次会议' }) @IsString() @MinLength(2) @MaxLength(40) meeting: string;
  @ApiProperty({ description: '建议/提案编号', example: '第 12 号' }) @IsString() @MinLength(1) @MaxLength(40) number: string;
  @ApiProperty({ description: '领衔代表或提案委员', example: '王某某' }) @IsString() @MinLength(1) @MaxLength(40) proposer: string;
  @ApiProperty({ description: '联名代表或委员', type: [String], example: ['李某', '赵某'] })
  @IsArray()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  @MaxLength(40, { each: true })
  coSigners: string[];
  @ApiProperty({ description: '标题', example: '关于加快老旧小区改造的建议' }) @IsString() @MinLength(2) @MaxLength(200) title: string;
  @ApiProperty({ description: '内容' }) @IsString() @MinLength(2) @MaxLength(20000) content: string;
}

export class AssignmentView {
  @ApiProperty() id: string;
  @ApiProperty() unitId: string;
  @ApiPropertyOptional({ description: '单位名称', type: String, nullable: true }) unitName: string | null;
  @ApiProperty({ enum: ASSIGNMENT_ROLES, description: 'host 主办 / assisting 协办 / joint 会办 / separate 分办' }) role: AssignmentRole;
  @ApiProperty({ enum: ASSIGNMENT_STATUSES, description: 'handling 办理中 / replied 已答复（协办、会办为已提交意见）/ returned 已退回' }) status: AssignmentStatus;
  @ApiProperty({ description: '交办日期' }) assignedOn: string;
  @ApiProperty({ description: '办理轮次（不满意重新办理时加 1）' }) round: number;
  @ApiProperty({ type: ComputedDueDate, description: '主办、分办为答复期限；协办、会办为向主办单位提出意见的期限' }) due: ComputedDueDate;
  @ApiProperty({ type: ComputedDueDate, description: '认为非本单位职责时的退回期限' }) returnDue: ComputedDueDate;
  @ApiPropertyOptional({ description: '延期后的期限（月）', nullable: true, type: Number }) extendedMonths: number | null;
  @ApiPropertyOptional({ description: '延期理由', nullable: true, type: String }) extensionReason: string | null;
  @ApiPropertyOptional({ description: '退回理由', nullable: true, type: String }) returnReason: string | null;
  @ApiPropertyOptional({ description: '采用的期限规则版本', type: Object }) rules: Record<string, { id: string; ruleVersion: number; amount: number; unit: string }>;
}

export class OpinionView {
  @ApiProperty() id: string;
  @ApiProperty() unitId: string;
  @ApiProperty({ enum: ASSIGNMENT_ROLES }) role: AssignmentRole;
  @ApiProperty({ description: '意见内容' }) content: string;
  @ApiProperty() submittedAt: string;
  @ApiProperty() submittedBy: string;
}

export class ReplyView {
  @ApiProperty() id: string;
  @ApiProperty() unitId: string;
  @ApiProperty() round: number;
  @ApiProperty({ description: '答复类别（A/B/C…）' }) category: string;
  @ApiProperty({ description: '类别版本' }) categoryVersion: number;
  @ApiProperty({ description: '答复日期' }) repliedOn: string;
  @ApiPropertyOptional({ description: '答复文号', type: String, nullable: true }) documentNumber: string | null;
  @ApiProperty({ description: '答复内容' }) content: string;
  @ApiProperty() createdAt: string;
  @ApiProperty() createdBy: string;
}

export class ContactView {
  @ApiProperty() id: string;
  @ApiProperty() unitId: string;
  @ApiProperty({ description: '沟通日期' }) contactedOn: string;
  @ApiProperty({ enum: CONTACT_METHODS }) method: ContactMethod;
  @ApiProperty({ description: '沟通人' }) contactPerson: string;
  @ApiProperty({ description: '沟通内容' }) summary: string;
  @ApiProperty() createdBy: string;
}

export class SuggestionFeedbackView {
  @ApiProperty() id: string;
  @ApiProperty() unitId: string;
  @ApiProperty() round: number;
  @ApiProperty({ enum: SATISFACTION_LEVELS, description: 'satisfied 满意 / basically_satisfied 基本满意 / unsatisfied 不满意' }) satisfaction: SatisfactionLevel;
  @ApiProperty({ description: '收到征询意见表日期' }) receivedOn: string;
  @ApiPropertyOptional({ type: String, nullable: true }) comments: string | null;
  @ApiProperty() createdBy: string;
}

/**
 * 联名件逐人答复: a jointly signed item is answered to each signer (领衔 and every 联名代表/委员), each with when and
 * by whom the answer reached them and, once their 征询意见表 is back, their own satisfaction (RULES.md 2.5).
 */
export class SignerAnswerView {
  @ApiProperty() id: string;
  @ApiProperty({ description: '答复单位' }) unitId: string;
  @ApiProperty({ description: '办理轮次' }) round: number;
  @ApiProperty({ description: '代表委员姓名（领衔或联名）' }) signer: string;
  @ApiProperty({ description: '答复送达日期' }) answeredOn: string;
  @ApiProperty({ description: '答复人（送达答复的承办人员）' }) answeredBy: string;
  @ApiProperty({ enum: CONTACT_METHODS, description: '送达方式' }) method: ContactMethod;
  @ApiPropertyOptional({ enum: SATISFACTION_LEVELS, nullable: true, type: String, description: '该代表委员的满意度（未反馈为空）' }) satisfaction: SatisfactionLevel | null;
  @ApiPropertyOptional({ description: '收到该代表委员征询意见表日期', nullable: true, type: String }) satisfactionOn: string | null;
  @ApiPropertyOptional({ description: '登记满意度的人员', nullable: true, type: String }) satisfactionRecordedBy: string | null;
  @ApiProperty() createdAt: string;
  @ApiProperty() createdBy: string;
}

/** A signer an answering unit has not yet answered in its current round, once that unit has replied. */
export class PendingSignerView {
  @ApiProperty() unitId: string;
  @ApiProperty() round: number;
  @ApiProperty() signer: string;
}

/** A proposal merged into this one (并案): handled together, answered on its own. */
export class MergedSuggestionView {
  @ApiProperty() id: string;
  @ApiProperty() number: string;
  @ApiProperty() title: string;
  @ApiProperty() proposer: string;
  @ApiProperty({ enum: SUGGESTION_STATUSES }) status: SuggestionStatus;
}

export class SuggestionTimelineEntry {
  @ApiProperty({ description: '动作' }) action: string;
  @ApiProperty({ description: '说明' }) note: string;
  @ApiProperty() at: string;
  @ApiProperty() by: string;
}

export class SuggestionSummary extends SuggestionFields {
  @ApiProperty() id: string;
  @ApiProperty({ enum: HANDLING_MODES, nullable: true, description: 'lead 主办/协办 / separate 分办' }) handlingMode: HandlingMode | null;
  @ApiProperty({ enum: SUGGESTION_STATUSES }) status: SuggestionStatus;
  @ApiPropertyOptional({ description: '并案的主件', nullable: true, type: String }) mergedIntoId: string | null;
  @ApiProperty({ description: '版本号（修改时在 If-Match 中带回）' }) version: number;
  @ApiProperty() createdAt: string;
  @ApiProperty() createdBy: string;
  @ApiProperty() updatedAt: string;
  @ApiProperty() updatedBy: string;
}

export class SuggestionView extends SuggestionSummary {
  @ApiProperty({ type: [AssignmentView] }) assignments: AssignmentView[];
  @ApiProperty({ type: [OpinionView], description: '协办、会办单位意见（主办单位和督查室可见）' }) opinions: OpinionView[];
  @ApiProperty({ type: [ReplyView] }) replies: ReplyView[];
  @ApiProperty({ type: [ContactView], description: '与代表委员的沟通记录' }) contacts: ContactView[];
  @ApiProperty({ type: [SuggestionFeedbackView], description: '满意度反馈' }) feedback: SuggestionFeedbackView[];
  @ApiProperty({ type: [SignerAnswerView], description: '逐人答复（领衔及每位联名代表委员：送达日期、答复人、满意度）' }) signerAnswers: SignerAnswerView[];
  @ApiProperty({ type: [PendingSignerView], description: '已答复但尚未送达答复的代表委员' }) pendingSigners: PendingSignerView[];
  @ApiProperty({ type: [MergedSuggestionView], description: '并入本件的原件（各自分别答复）' }) mergedItems: MergedSuggestionView[];
  @ApiProperty({ type: [SuggestionTimelineEntry] }) timeline: SuggestionTimelineEntry[];
}

export const SuggestionErrors = {
  notFound: { kind: 'not_found', code: 'SUGGESTION.NOT_FOUND', title: '建议提案不存在' },
  duplicateNumber: { kind: 'conflict', code: 'SUGGESTION.DUPLICATE_NUMBER', title: '编号已登记' },
  versionConflict: { kind: 'precondition_failed', code: 'SUGGESTION.VERSION_CONFLICT', title: '建议提案已被他人修改' },
  forbidden: { kind: 'forbidden', code: 'SUGGESTION.FORBIDDEN', title: '无权办理该建议提案' },
  unknownUnit: { kind: 'validation', code: 'SUGGESTION.UNKNOWN_UNIT', title: '承办单位不存在或已停用' },
  invalidAssignment: { kind: 'rule_violation', code: 'SUGGESTION.INVALID_ASSIGNMENT', title: '交办方式不符合规定' },
  invalidState: { kind: 'rule_violation', code: 'SUGGESTION.INVALID_STATE', title: '当前状态不能进行此操作' },
  futureDate: { kind: 'validation', code: 'SUGGESTION.FUTURE_DATE', title: '日期不能晚于今天' },
  returnWindowClosed: { kind: 'rule_violation', code: 'SUGGESTION.RETURN_WINDOW_CLOSED', title: '已超过退回期限' },
  extensionTooLong: { kind: 'rule_violation', code: 'SUGGESTION.EXTENSION_TOO_LONG', title: '延期超过最长期限' },
  unknownCategory: { kind: 'validation', code: 'SUGGESTION.UNKNOWN_CATEGORY', title: '答复类别不存在或未生效' },
  ruleMissing: { kind: 'rule_violation', code: 'SUGGESTION.RULE_MISSING', title: '缺少生效的期限规则' },
  notAssignedToUnit: { kind: 'rule_violation', code: 'SUGGESTION.NOT_ASSIGNED_TO_UNIT', title: '该单位不是承办单位' },
  retroactiveRule: { kind: 'rule_violation', code: 'SUGGESTION.RETROACTIVE_RULE', title: '规则不能追溯生效' },
  unknownSigner: { kind: 'validation', code: 'SUGGESTION.UNKNOWN_SIGNER', title: '不是本件的领衔或联名代表委员' },
  signerAlreadyAnswered: { kind: 'conflict', code: 'SUGGESTION.SIGNER_ALREADY_ANSWERED', title: '本轮答复已送达该代表委员' },
} as const;

export const SuggestionSubjects = {
  register: 'suggestion.register',
  assign: 'suggestion.assign',
  reassign: 'suggestion.reassign',
  returnAssignment: 'suggestion.return',
  extend: 'suggestion.extend',
  submitOpinion: 'suggestion.submit-opinion',
  reply: 'suggestion.reply',
  recordContact: 'suggestion.record-contact',
  recordFeedback: 'suggestion.record-feedback',
  answerSigner: 'suggestion.answer-signer',
  recordSignerFeedback: 'suggestion.record-signer-feedback',
  withdraw: 'suggestion.withdraw',
  merge: 'suggestion.merge',
  get: 'suggestion.get',
  list: 'suggestion.list',
  statistics: 'suggestion.statistics',
  listRules: 'suggestion.rules.list',
  setRule: 'suggestion.rules.set',
  listCategories: 'suggestion.categories.list',
  setCategory: 'suggestion.categories.set',
} as const;

export namespace RegisterSuggestion {
  export class Request extends SuggestionFields {}
  export class Reply extends SuggestionView {}
}

export class AssignmentTarget {
  @ApiProperty({ description: '承办单位' }) @IsUUID() unitId: string;
  @ApiProperty({ enum: ASSIGNMENT_ROLES, description: 'host 主办 / assisting 协办 / joint 会办 / separate 分办' }) @IsIn(ASSIGNMENT_ROLES) role: AssignmentRole;
}

export namespace AssignSuggestion {
  /** 交办: one 主办 with any 协办/会办 units, or several 分办 units. */
  export class Body {
    @ApiProperty({ type: [AssignmentTarget] })
    @IsArray()
    @ArrayMinSize(1)
    @ArrayMaxSize(20)
    @ValidateNested({ each: true })
    @Type(() => AssignmentTarget)
    units: AssignmentTarget[];
    @ApiPropertyOptional({ description: '交办日期（默认今天，不能晚于今天）' }) @IsOptional() @IsCalendarDate(DATE_MESSAGE) assignedOn?: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends SuggestionView {}
}

export namespace ReassignSuggestion {
  /** After a unit returned the item, the office assigns it to another unit (the clock starts again on that day). */
  export class Body extends AssignmentTarget {
    @ApiPropertyOptional({ description: '交办日期（默认今天）' }) @IsOptional() @IsCalendarDate(DATE_MESSAGE) assignedOn?: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends SuggestionView {}
}

export namespace ReturnSuggestion {
  /** 退回: the unit believes it is not the right handler; only within the return period, and it may not pass it on itself. */
  export class Body {
    @ApiProperty({ description: '退回理由（说明应由哪个单位办理及依据）' }) @IsString() @MinLength(4) @MaxLength(1000) reason: string;
  }
  export class Request extends Body {
    @ApiProperty() @IsUUID() id: string;
    @ApiProperty() @IsInt32() @Min(1) expectedVersion: number;
    @ApiPropertyOptional({ description: '退回的单位（督查室代为登记时必填；联络员为本单位）' }) @IsOptional() @IsUUID() unitId?: string;
  }
  export class Reply extends SuggestionView {}
}

export namespace ExtendSuggestion {
  /** 延期: complex items may take up to the configured maximum (6 months) from 交办, with a recorded reason. */
  export class Body {
    @ApiProperty({ description: '承办单位（主办或分办）' }) @IsUUID() unitId: string;
    @ApiProperty({ description: '延期后的总期限（自交办之日起的月数，不超过规定的最长期限）', example: 6 }) @IsInt32() @Min(1) @Max(24) months: number;
    @ApiProperty({ description: '延期理由（已向代表委员说明）' }) @IsString() @MinLength(4) @MaxLength(1000) reason: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends SuggestionView {}
}

export namespace SubmitSuggestionOpinion {
  export class Body {
    @ApiProperty({ description: '协办、会办意见' }) @IsString() @MinLength(2) @MaxLength(10000) content: string;
    @ApiPropertyOptional({ description: '单位（督查室代为登记时必填）' }) @IsOptional() @IsUUID() unitId?: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends SuggestionView {}
}

export namespace ReplySuggestion {
  export class Body {
    @ApiProperty({ description: '答复类别（见答复类别配置，如 A/B/C）', example: 'A' }) @Matches(/^[A-Z]{1,2}$/, { message: '答复类别为 1–2 位大写字母' }) category: string;
    @ApiProperty({ description: '答复内容' }) @IsString() @MinLength(2) @MaxLength(20000) content: string;
    @ApiPropertyOptional({ description: '答复日期（默认今天）' }) @IsOptional() @IsCalendarDate(DATE_MESSAGE) repliedOn?: string;
    @ApiPropertyOptional({ description: '答复文号', example: '博建提〔2026〕3号' }) @IsOptional() @IsString() @MaxLength(60) documentNumber?: string;
    @ApiPropertyOptional({ description: '答复单位（督查室代为登记时必填）' }) @IsOptional() @IsUUID() unitId?: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends SuggestionView {}
}

export namespace RecordSuggestionContact {
  export class Body {
    @ApiProperty({ description: '沟通日期' }) @IsCalendarDate(DATE_MESSAGE) contactedOn: string;
    @ApiProperty({ enum: CONTACT_METHODS, description: '沟通方式' }) @IsIn(CONTACT_METHODS) method: ContactMethod;
    @ApiProperty({ description: '沟通人（承办单位人员）' }) @IsString() @MinLength(1) @MaxLength(40) contactPerson: string;
    @ApiProperty({ description: '沟通内容' }) @IsString() @MinLength(2) @MaxLength(5000) summary: string;
    @ApiPropertyOptional({ description: '单位（督查室代为登记时必填）' }) @IsOptional() @IsUUID() unitId?: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends SuggestionView {}
}

export namespace RecordSuggestionFeedback {
  /** The 征询意见表 returned by the deputy; 不满意 sends the unit's answer back for re-handling with a new deadline. */
  export class Body {
    @ApiProperty({ description: '答复单位' }) @IsUUID() unitId: string;
    @ApiProperty({ enum: SATISFACTION_LEVELS }) @IsIn(SATISFACTION_LEVELS) satisfaction: SatisfactionLevel;
    @ApiProperty({ description: '收到日期' }) @IsCalendarDate(DATE_MESSAGE) receivedOn: string;
    @ApiPropertyOptional({ description: '代表委员意见' }) @IsOptional() @IsString() @MaxLength(5000) comments?: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends SuggestionView {}
}

export namespace AnswerSuggestionSigner {
  /** 联名件逐人答复: the answer of the unit's current round delivered to one signer (领衔 or 联名). */
  export class Body {
    @ApiProperty({ description: '代表委员姓名（须为本件领衔或联名人）', example: '李代表' }) @IsString() @MinLength(1, { message: 'signer：请填写代表委员姓名' }) @MaxLength(40) signer: string;
    @ApiPropertyOptional({ description: '送达日期（默认今天）' }) @IsOptional() @IsCalendarDate(DATE_MESSAGE) answeredOn?: string;
    @ApiProperty({ enum: CONTACT_METHODS, description: '送达方式' }) @IsIn(CONTACT_METHODS, { message: 'method：送达方式取值无效' }) method: ContactMethod;
    @ApiPropertyOptional({ description: '答复单位（督查室代为登记时必填）' }) @IsOptional() @IsUUID() unitId?: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends SuggestionView {}
}

export namespace RecordSignerFeedback {
  /** One signer's 征询意见表: their own satisfaction with the answer they received. */
  export class Body {
    @ApiProperty({ description: '答复单位' }) @IsUUID() unitId: string;
    @ApiProperty({ description: '代表委员姓名' }) @IsString() @MinLength(1, { message: 'signer：请填写代表委员姓名' }) @MaxLength(40) signer: string;
    @ApiProperty({ enum: SATISFACTION_LEVELS }) @IsIn(SATISFACTION_LEVELS, { message: 'satisfaction：只能是满意、基本满意或不满意' }) satisfaction: SatisfactionLevel;
    @ApiProperty({ description: '收到日期' }) @IsCalendarDate(DATE_MESSAGE) receivedOn: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends SuggestionView {}
}

export namespace WithdrawSuggestion {
  export class Body {
    @ApiProperty({ description: '撤销理由（如 代表撤回、登记错误）' }) @IsString() @MinLength(2) @MaxLength(500) reason: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends SuggestionView {}
}

export namespace MergeSuggestion {
  /** 并案: an identical item is handled with another; each is still answered separately. */
  export class Body {
    @ApiProperty({ description: '并入的主件' }) @IsUUID() intoId: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends SuggestionView {}
}

export namespace GetSuggestion {
  export class Request extends RecordRef {}
  export class Reply extends SuggestionView {}
}

export namespace ListSuggestions {
  export class Request extends PageQuery {
    @ApiPropertyOptional({ enum: SUGGESTION_KINDS }) @IsOptional() @IsIn(SUGGESTION_KINDS) kind?: SuggestionKind;
    @ApiPropertyOptional({ enum: SUGGESTION_STATUSES }) @IsOptional() @IsIn(SUGGESTION_STATUSES) status?: SuggestionStatus;
    @ApiPropertyOptional({ description: '届次' }) @IsOptional() @IsString() @MaxLength(40) session?: string;
    @ApiPropertyOptional({ description: '承办单位' }) @IsOptional() @IsUUID() unitId?: string;
    @ApiPropertyOptional({ description: '标题、编号、代表委员模糊搜索（支持中文）' }) @IsOptional() @IsString() @MaxLength(40) q?: string;
  }
  export class Reply extends PageMeta {
    @ApiProperty({ type: [SuggestionSummary] }) items: SuggestionSummary[];
  }
}

export class SuggestionUnitStatistics {
  @ApiPropertyOptional({ description: '单位（为空表示全部）', nullable: true, type: String }) unitId: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) unitName: string | null;
  @ApiProperty({ description: '交办件数（答复单位：主办、分办；已退回的不计）' }) assigned: number;
  @ApiProperty({ description: '已答复件数' }) replied: number;
  @ApiProperty({ description: '办复率 = 已答复 / 交办（0–1，无交办为 null）', nullable: true, type: Number }) replyRate: number | null;
  @ApiProperty({ description: '收到反馈件数（每件每单位以最后一次反馈计）' }) feedbackReceived: number;
  @ApiProperty() satisfied: number;
  @ApiProperty() basicallySatisfied: number;
  @ApiProperty({ type: Number, nullable: true }) unsatisfied: number;
  @ApiProperty({ description: '满意率 = (满意 + 基本满意) / 收到反馈件数（0–1，无反馈为 null）', nullable: true, type: Number }) satisfactionRate: number | null;
  @ApiProperty({ description: '答复类别分布（每件每单位以最后一次答复计），如 {"A": 3, "B": 1}', type: Object }) categories: Record<string, number>;
}

export namespace SuggestionStatistics {
  export class Request {
    @ApiPropertyOptional({ enum: SUGGESTION_KINDS }) @IsOptional() @IsIn(SUGGESTION_KINDS) kind?: SuggestionKind;
    @ApiPropertyOptional({ description: '届次' }) @IsOptional() @IsString() @MaxLength(40) session?: string;
    @ApiPropertyOptional({ description: '交办年度' }) @IsOptional() @Type(() => Number) @IsInt32() @Min(2000) @Max(2100) year?: number;
  }
  export class Reply {
    @ApiProperty({ type: SuggestionUnitStatistics, description: '合计（联络员为本单位）' }) overall: SuggestionUnitStatistics;
    @ApiProperty({ type: [SuggestionUnitStatistics], description: '按单位' }) byUnit: SuggestionUnitStatistics[];
  }
}

/** The state of a suggestion after a change: what consumers need to follow it. */
export class SuggestionSnapshot {
  @ApiProperty() @IsUUID() id: string;
  @ApiProperty() @IsIn(SUGGESTION_KINDS) kind: SuggestionKind;
  @ApiProperty() @IsString() number: string;
  @ApiProperty() @IsString() title: string;
  @ApiProperty() @IsIn(SUGGESTION_STATUSES) status: SuggestionStatus;
  @ApiProperty({ description: '当前承办单位' }) @IsArray() @IsUUID('all', { each: true }) unitIds: string[];
  @ApiProperty({ description: '动作' }) @IsString() action: string;
  @ApiPropertyOptional() @IsOptional() @IsUUID() unitId?: string;
  @ApiProperty() @IsInt32() @Min(1) version: number;
}

export const SuggestionEvents = {
  registered: eventSubject('supervision', 'suggestion.registered'),
  assigned: eventSubject('supervision', 'suggestion.assigned'),
  returned: eventSubject('supervision', 'suggestion.returned'),
  extended: eventSubject('supervision', 'suggestion.extended'),
  opinionSubmitted: eventSubject('supervision', 'suggestion.opinion-submitted'),
  replied: eventSubject('supervision', 'suggestion.replied'),
  contactRecorded: eventSubject('supervision', 'suggestion.contact-recorded'),
  feedbackRecorded: eventSubject('supervision', 'suggestion.feedback-recorded'),
  rehandlingStarted: eventSubject('supervision', 'suggestion.rehandling-started'),
  withdrawn: eventSubject('supervision', 'suggestion.withdrawn'),
  merged: eventSubject('supervision', 'suggestion.merged'),
  signerAnswered: eventSubject('supervision', 'suggestion.signer-answered'),
  signerFeedbackRecorded: eventSubject('supervision', 'suggestion.signer-feedback-recorded'),
  ruleSet: eventSubject('supervision', 'suggestion.rule-set'),
  categorySet: eventSubject('supervision', 'suggestion.category-set'),
} as const;

/** The descriptions of the suggestion events added since the catalogue's own table (tools/asyncapi reads `…EventDescriptions`). */
export const SuggestionEventDescriptions = {
  'suggestion.signer-answered': { zh: '联名建议提案的答复送达一位代表委员（送达日期、答复人）', en: 'The answer to a jointly signed item reached one of its signers (date and by whom).' },
  'suggestion.signer-feedback-recorded': { zh: '登记一位代表委员对答复的满意度', en: "One signer's satisfaction with the answer was recorded." },
} as const;

/**
 * Published by supervision on every state change of a 建议/提案 (the subject says which), carrying the
 * suggestion's snapshot with its version. No consumer yet (a dashboard or the 督办 items may follow it);
 * a consumer stays idempotent through the inbox and applies only a version newer than the one it holds.
 */
export namespace SuggestionChanged {
  export class Event extends SuggestionSnapshot {}
}

/** Published by supervision when 督查室 adds a version of a deadline rule. No consumer yet; idempotent through the inbox. */
export namespace SuggestionRuleSet {
  export class Event extends SuggestionRuleView {}
}

/** Published by supervision when 督查室 adds or retires an answer category. No consumer yet; idempotent through the inbox. */
export namespace AnswerCategorySet {
  export class Event extends AnswerCategoryView {}
}
