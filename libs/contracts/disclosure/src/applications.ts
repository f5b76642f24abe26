import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, MinLength, ValidateIf } from 'class-validator';
import { SourceItemView } from '@gov/contracts-supervision';
import { ApiProperty, ApiPropertyOptional, eventSubject, IsCalendarDate, IsInt32, IsOffsetDateTime, PageMeta, PageQuery, RecordRef, Versioned } from '@gov/contracts-common';

/**
 * 依申请公开申请 (《中华人民共和国政府信息公开条例》2019, 第27–45条):
 * processing 办理中 ⇄ awaiting_correction 待补正 (第30条) ⇄ consulting 征求意见中 (第32、34条) → answered 已答复待送达 → closed 已送达办结;
 * awaiting_correction → abandoned 视为放弃 (第30条); any open state → withdrawn 申请人撤回 (with a reason; nothing is deleted).
 */
export const APPLICATION_STATUSES = ['processing', 'awaiting_correction', 'consulting', 'answered', 'closed', 'abandoned', 'withdrawn'] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];
export const APPLICATION_STATUS_LABELS: Record<ApplicationStatus, string> = {
  processing: '办理中',
  awaiting_correction: '待补正',
  consulting: '征求意见中',
  answered: '已答复待送达',
  closed: '已送达办结',
  abandoned: '视为放弃申请',
  withdrawn: '申请人撤回',
};
/** The states in which the answer clock (第33条) concerns the office. */
export const OPEN_APPLICATION_STATUSES: readonly ApplicationStatus[] = ['processing', 'awaiting_correction', 'consulting'];

/** 提交方式 and how each fixes the date of receipt (第31条). */
export const APPLICATION_CHANNELS = ['in_person', 'registered_post', 'ordinary_letter', 'online', 'fax'] as const;
export type ApplicationChannel = (typeof APPLICATION_CHANNELS)[number];
export const APPLICATION_CHANNEL_LABELS: Record<ApplicationChannel, string> = {
  in_person: '当面提交',
  registered_post: '邮政特快专递、挂号信',
  ordinary_letter: '平常信函',
  online: '互联网渠道',
  fax: '传真',
};

/** 申请人类型, the columns of the annual report's 依申请公开 table (国办公开办函〔2021〕30号). */
export const APPLICANT_TYPES = ['natural_person', 'commercial', 'research', 'public_interest', 'legal_service', 'other_organization'] as const;
export type ApplicantType = (typeof APPLICANT_TYPES)[number];
export const APPLICANT_TYPE_LABELS: Record<ApplicantType, string> = {
  natural_person: '自然人',
  commercial: '法人或其他组织·商业企业',
  research: '法人或其他组织·科研机构',
  public_interest: '法人或其他组织·社会公益组织',
  legal_service: '法人或其他组织·法律服务机构',
  other_organization: '法人或其他组织·其他',
};

/**
 * 答复类型: each 办理结果 sub-row of the annual report (国办公开办函〔2021〕30号 三(一)–(六)), with the article of the
 * 条例 it answers under (第36条 (一)–(七), 第37条 部分公开, 第35条, 第38–39条, 第30条).
 */
export const ANSWER_CODES = [
  'disclosed_already_public',
  'disclosed',
  'partial',
  'withheld_state_secret',
  'withheld_law_prohibited',
  'withheld_three_safety',
  'withheld_third_party',
  'withheld_internal_affairs',
  'withheld_process_info',
  'withheld_enforcement_file',
  'withheld_inquiry',
  'unavailable_not_held',
  'unavailable_needs_creation',
  'unavailable_unclear_after_correction',
  'not_processed_petition',
  'not_processed_repeat',
  'not_processed_publication',
  'not_processed_excessive',
  'not_processed_confirmation',
  'other_overdue_correction',
  'other_overdue_fee',
  'other',
] as const;
export type AnswerCode = (typeof ANSWER_CODES)[number];

/** The 办理结果 rows of the annual report: (一) 予以公开 … (六) 其他处理. */
export const ANSWER_GROUPS = ['disclosed', 'partial', 'withheld', 'unavailable', 'not_processed', 'other'] as const;
export type AnswerGroup = (typeof ANSWER_GROUPS)[number];
export const ANSWER_GROUP_LABELS: Record<AnswerGroup, string> = {
  disclosed: '（一）予以公开',
  partial: '（二）部分公开（区分处理的，只计这一情形，不计其他情形）',
  withheld: '（三）不予公开',
  unavailable: '（四）无法提供',
  not_processed: '（五）不予处理',
  other: '（六）其他处理',
};

export interface AnswerCodeInfo {
  group: AnswerGroup;
  label: string;
  /** The article the answer is given under, cited in the 告知书. */
  article: string;
}

export const ANSWER_CODE_INFO: Record<AnswerCode, AnswerCodeInfo> = {
  disclosed_already_public: { group: 'disclosed', label: '已主动公开（告知获取方式和途径）', article: '《政府信息公开条例》第三十六条第（一）项' },
  disclosed: { group: 'disclosed', label: '予以公开（提供或告知获取方式、途径和时间）', article: '《政府信息公开条例》第三十六条第（二）项' },
  partial: { group: 'partial', label: '部分公开（区分处理）', article: '《政府信息公开条例》第三十七条' },
  withheld_state_secret: { group: 'withheld', label: '不予公开·属于国家秘密', article: '《政府信息公开条例》第十四条、第三十六条第（三）项' },
  withheld_law_prohibited: { group: 'withheld', label: '不予公开·其他法律行政法规禁止公开', article: '《政府信息公开条例》第十四条、第三十六条第（三）项' },
  withheld_three_safety: { group: 'withheld', label: '不予公开·危及"三安全一稳定"', article: '《政府信息公开条例》第十四条、第三十六条第（三）项' },
  withheld_third_party: { group: 'withheld', label: '不予公开·保护第三方合法权益', article: '《政府信息公开条例》第十五条、第三十二条、第三十六条第（三）项' },
  withheld_internal_affairs: { group: 'withheld', label: '不予公开·属于三类内部事务信息', article: '《政府信息公开条例》第十六条第一款、第三十六条第（三）项' },
  withheld_process_info: { group: 'withheld', label: '不予公开·属于四类过程性信息', article: '《政府信息公开条例》第十六条第二款、第三十六条第（三）项' },
  withheld_enforcement_file: { group: 'withheld', label: '不予公开·属于行政执法案卷', article: '《政府信息公开条例》第十六条第二款、第三十六条第（三）项' },
  withheld_inquiry: { group: 'withheld', label: '不予公开·属于行政查询事项', article: '《政府信息公开条例》第三十六条第（七）项' },
  unavailable_not_held: { group: 'unavailable', label: '无法提供·本机关不掌握相关政府信息', article: '《政府信息公开条例》第三十六条第（四）、（五）项' },
  unavailable_needs_creation: { group: 'unavailable', label: '无法提供·没有现成信息需要另行制作', article: '《政府信息公开条例》第三十八条' },
  unavailable_unclear_after_correction: { group: 'unavailable', label: '无法提供·补正后申请内容仍不明确', article: '《政府信息公开条例》第二十九条、第三十条' },
  not_processed_petition: { group: 'not_processed', label: '不予处理·信访举报投诉类申请', article: '《政府信息公开条例》第三十九条第一款' },
  not_processed_repeat: { group: 'not_processed', label: '不予处理·重复申请', article: '《政府信息公开条例》第三十六条第（六）项' },
  not_processed_publication: { group: 'not_processed', label: '不予处理·要求提供公开出版物', article: '《政府信息公开条例》第三十九条第二款' },
  not_processed_excessive: { group: 'not_processed', label: '不予处理·无正当理由大量反复申请', article: '《政府信息公开条例》第三十五条' },
  not_processed_confirmation: { group: 'not_processed', label: '不予处理·要求行政机关确认或重新出具已获取信息', article: '《政府信息公开条例》第三十九条第二款' },
  other_overdue_correction: { group: 'other', label: '其他处理·申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', article: '《政府信息公开条例》第三十条' },
  other_overdue_fee: { group: 'other', label: '其他处理·申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', article: '《政府信息公开条例》第四十二条；国办函〔2020〕109号' },
  other: { group: 'other', label: '其他处理·其他', article: '《政府信息公开条例》' },
};

/** Answers that release information: they need a cleared 保密审查 first (《保守国家秘密法》、条例第十七条). */
export const RELEASING_ANSWERS: readonly AnswerCode[] = ['disclosed', 'partial'];

/** 征求意见: a third party (第32条) or another body (第34条), 15 working days each. */
export const CONSULTATION_KINDS = ['third_party', 'other_body'] as const;
export type ConsultationKind = (typeof CONSULTATION_KINDS)[number];
export const CONSULTATION_KIND_LABELS: Record<ConsultationKind, string> = { third_party: '征求第三方意见', other_body: '征求其他机关意见' };
export const CONSULTATION_OPINIONS = ['agree', 'object', 'no_reply'] as const;
export type ConsultationOpinion = (typeof CONSULTATION_OPINIONS)[number];
export const CONSULTATION_OPINION_LABELS: Record<ConsultationOpinion, string> = { agree: '同意公开', object: '不同意公开（说明理由）', no_reply: '逾期未提出意见' };

export const EXTENSION_STATUSES = ['requested', 'approved', 'refused'] as const;
export type ExtensionStatus = (typeof EXTENSION_STATUSES)[number];

export const SECRECY_CONCLUSIONS = ['cleared', 'not_cleared'] as const;
export type SecrecyConclusion = (typeof SECRECY_CONCLUSIONS)[number];

/** 信息处理费 (条例第42条; 国办函〔2020〕109号): one method per request. */
export const FEE_METHODS = ['none', 'by_count', 'by_pages'] as const;
export type FeeMethod = (typeof FEE_METHODS)[number];

export const DELIVERY_METHODS = ['in_person', 'post', 'email', 'online', 'fax'] as const;
export type DeliveryMethod = (typeof DELIVERY_METHODS)[number];
export const DELIVERY_METHOD_LABELS: Record<DeliveryMethod, string> = { in_person: '当面领取', post: '邮寄', email: '电子邮件', online: '网上平台', fax: '传真' };

/** 行政复议, or 行政诉讼 brought directly or after a 复议. */
export const CHALLENGE_KINDS = ['review', 'litigation_direct', 'litigation_after_review'] as const;
export type ChallengeKind = (typeof CHALLENGE_KINDS)[number];
export const CHALLENGE_KIND_LABELS: Record<ChallengeKind, string> = { review: '行政复议', litigation_direct: '行政诉讼（未经复议直接起诉）', litigation_after_review: '行政诉讼（复议后起诉）' };
export const CHALLENGE_OUTCOMES = ['pending', 'upheld', 'corrected', 'other'] as const;
export type ChallengeOutcome = (typeof CHALLENGE_OUTCOMES)[number];
export const CHALLENGE_OUTCOME_LABELS: Record<ChallengeOutcome, string> = { pending: '尚未审结', upheld: '结果维持', corrected: '结果纠正', other: '其他结果' };

const DATE = { message: '必须是有效的日期（YYYY-MM-DD）' };
const REASON = (field: string, what: string) => ({ message: `${field}：${what}（至少 2 个字）` });

/** The fields a caller gives of one 依申请公开申请 at intake. */
export class ApplicationFields {
  @ApiProperty({ description: '申请公开的政府信息名称（摘要）', example: '2025年度区级财政预算执行情况' })
  @IsString({ message: 'title：必须为文本' })
  @MinLength(2, { message: 'title：至少 2 个字' })
  @MaxLength(200, { message: 'title：不超过 200 个字' })
  title: string;

  @ApiProperty({ description: '所需政府信息的名称、文号或便于查询的其他特征性描述（第二十九条）' })
  @IsString({ message: 'content：必须为文本' })
  @MaxLength(20000, { message: 'content：不超过 20000 个字' })
  content: string;
}

export class RegisterApplicationFields extends ApplicationFields {
  @ApiProperty({ enum: APPLICATION_CHANNELS, description: '提交方式：in_person 当面，registered_post 挂号信/特快专递，ordinary_letter 平常信函，online 互联网，fax 传真' })
  @IsIn(APPLICATION_CHANNELS, { message: 'channel：提交方式无效' })
  channel: ApplicationChannel;

  @ApiProperty({ description: '申请人提交（寄出、发送）的日期' })
  @IsCalendarDate(DATE)
  submittedOn: string;

  @ApiPropertyOptional({ description: '挂号信、特快专递：本机关签收之日（第三十一条第（二）项）' })
  @IsOptional()
  @IsCalendarDate(DATE)
  signedOn?: string;

  @ApiPropertyOptional({ description: '平常信函：与申请人确认之日；互联网、传真：双方确认之日（第三十一条第（二）、（三）项）' })
  @IsOptional()
  @IsCalendarDate(DATE)
  confirmedOn?: string;

  @ApiProperty({ enum: APPLICANT_TYPES, description: '申请人类型（年度报告分列）' })
  @IsIn(APPLICANT_TYPES, { message: 'applicantType：申请人类型无效' })
  applicantType: ApplicantType;

  @ApiProperty({ description: '申请人姓名或名称' })
  @IsString({ message: 'applicantName：必须为文本' })
  @MinLength(2, { message: 'applicantName：至少 2 个字' })
  @MaxLength(200, { message: 'applicantName：不超过 200 个字' })
  applicantName: string;

  @ApiProperty({ description: '身份证件号码或统一社会信用代码（加密保存，列表中遮蔽）' })
  @IsString({ message: 'idNumber：必须为文本' })
  @Matches(/^[0-9A-Za-z]{6,30}$/, { message: 'idNumber：证件号码格式不正确（6–30 位数字或字母）' })
  idNumber: string;

  @ApiPropertyOptional({ description: '联系电话（加密保存，列表中遮蔽）' })
  @IsOptional()
  @Matches(/^[0-9-]{7,20}$/, { message: 'phone：联系电话格式不正确' })
  phone?: string;
}

export class ConsultationView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: CONSULTATION_KINDS }) kind: ConsultationKind;
  @ApiProperty({ description: '被征求意见的第三方或机关' }) party: string;
  @ApiProperty({ description: '发出征求意见函之日' }) sentOn: string;
  @ApiProperty({ description: '答复期限（15 个工作日）', type: String, nullable: true }) dueOn: string | null;
  @ApiProperty({ type: [String], description: '答复期限的计算说明' }) dueExplanation: string[];
  @ApiPropertyOptional({ nullable: true, description: '收到意见（或期满）之日：计时自次日恢复', type: String }) repliedOn: string | null;
  @ApiPropertyOptional({ enum: CONSULTATION_OPINIONS, nullable: true }) opinion: ConsultationOpinion | null;
  @ApiPropertyOptional({ nullable: true, type: String }) note: string | null;
}

export class ChallengeView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: CHALLENGE_KINDS }) kind: ChallengeKind;
  @ApiProperty({ description: '复议机关或人民法院' }) body: string;
  @ApiPropertyOptional({ nullable: true, description: '案号', type: String }) caseNumber: string | null;
  @ApiProperty({ description: '申请复议或起诉之日（本机关收到通知之日）' }) filedOn: string;
  @ApiPropertyOptional({ nullable: true, description: '复议决定期限（受理后 60 日，《行政复议法》第六十二条）', type: String }) decisionDueOn: string | null;
  @ApiProperty({ enum: CHALLENGE_OUTCOMES }) outcome: ChallengeOutcome;
  @ApiPropertyOptional({ nullable: true, type: String }) decidedOn: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) note: string | null;
}

export class ApplicationStepView {
  @ApiProperty() at: string;
  @ApiProperty() by: string;
  @ApiProperty() step: string;
  @ApiProperty({ description: '步骤（中文）' }) label: string;
  @ApiPropertyOptional({ nullable: true, type: String }) note: string | null;
}

export class ApplicationView extends ApplicationFields {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiPropertyOptional({ description: '所属单位（联络员登记时为本单位；科室登记的为空）', nullable: true, type: String }) unitId: string | null;
  @ApiProperty({ enum: APPLICATION_STATUSES }) status: ApplicationStatus;
  @ApiProperty({ description: '状态（中文）' }) statusLabel: string;
  @ApiProperty({ enum: APPLICATION_CHANNELS }) channel: ApplicationChannel;
  @ApiProperty() submittedOn: string;
  @ApiPropertyOptional({ nullable: true, type: String }) signedOn: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) confirmedOn: string | null;
  @ApiProperty({ description: '收到申请之日（第三十一条）' }) receivedOn: string;
  @ApiProperty({ description: '收到申请之日的依据' }) receiptBasis: string;
  @ApiProperty({ enum: APPLICANT_TYPES }) applicantType: ApplicantType;
  @ApiProperty() applicantName: string;
  @ApiProperty({ description: '证件号码（详情中完整显示，列表中遮蔽）' }) idNumber: string;
  @ApiPropertyOptional({ nullable: true, description: '联系电话（详情中完整显示，列表中遮蔽）', type: String }) phone: string | null;
  @ApiProperty({ description: '答复期限的起算日（收到申请之日，补正后为收到补正材料之日）' }) clockStart: string;
  @ApiPropertyOptional({ nullable: true, description: '答复期限（计时暂停时为空）', type: String }) dueDate: string | null;
  @ApiProperty({ description: '期限是否暂定' }) dueProvisional: boolean;
  @ApiProperty({ type: [String], description: '期限引擎给出的计算说明' }) dueExplanation: string[];
  @ApiPropertyOptional({ nullable: true, description: '补正告知最迟日期（收到申请后 7 个工作日内）', type: String }) correctionNoticeDueOn: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) correctionNoticeOn: string | null;
  @ApiPropertyOptional({ nullable: true, description: '一次性告知需补正的事项', type: String }) correctionItems: string | null;
  @ApiPropertyOptional({ nullable: true, description: '补正期限', type: String }) correctionDueOn: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) supplementedOn: string | null;
  @ApiProperty({ type: [ConsultationView] }) consultations: ConsultationView[];
  @ApiPropertyOptional({ enum: EXTENSION_STATUSES, nullable: true }) extensionStatus: ExtensionStatus | null;
  @ApiPropertyOptional({ nullable: true, type: String }) extensionReason: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) extensionDecidedBy: string | null;
  @ApiPropertyOptional({ nullable: true, description: '延期告知申请人之日', type: String }) extensionNoticeOn: string | null;
  @ApiPropertyOptional({ enum: SECRECY_CONCLUSIONS, nullable: true, description: '保密审查结论' }) secrecyConclusion: SecrecyConclusion | null;
  @ApiPropertyOptional({ nullable: true, type: String }) secrecyReviewedBy: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) secrecyReviewedOn: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) secrecyNote: string | null;
  @ApiPropertyOptional({ enum: ANSWER_CODES, nullable: true }) answerCode: AnswerCode | null;
  @ApiPropertyOptional({ nullable: true, description: '答复类型（中文）与法律依据', type: String }) answerLabel: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) answeredOn: string | null;
  @ApiPropertyOptional({ nullable: true, description: '答复（告知书）要点及理由', type: String }) answerText: string | null;
  @ApiPropertyOptional({ nullable: true, description: '负责公开该信息的机关及联系方式（第三十六条第（五）项）', type: String }) referral: string | null;
  @ApiProperty({ enum: FEE_METHODS }) feeMethod: FeeMethod;
  @ApiProperty({ description: '信息处理费（分）' }) feeFen: number;
  @ApiPropertyOptional({ nullable: true, description: '收费标准版本', type: String }) feeScale: string | null;
  @ApiPropertyOptional({ nullable: true, description: '收费计算说明', type: String }) feeExplanation: string | null;
  @ApiPropertyOptional({ enum: DELIVERY_METHODS, nullable: true }) deliveryMethod: DeliveryMethod | null;
  @ApiPropertyOptional({ nullable: true, type: String }) deliveredOn: string | null;
  @ApiPropertyOptional({ nullable: true, description: '送达凭证（签收单、邮件单号等）', type: String }) deliveryProof: string | null;
  @ApiPropertyOptional({ nullable: true, description: '撤回或视为放弃的理由', type: String }) closingReason: string | null;
  @ApiPropertyOptional({ nullable: true, description: '办结之日（答复、视为放弃或撤回）', type: String }) concludedOn: string | null;
  @ApiProperty({ type: [ChallengeView] }) challenges: ChallengeView[];
  @ApiPropertyOptional({ nullable: true, description: '逾期案件转督办之时（办公室决定，督查室据此立项）', type: String }) supervisionRequestedAt: string | null;
  @ApiPropertyOptional({ nullable: true, description: '转督办人', type: String }) supervisionRequestedBy: string | null;
  @ApiPropertyOptional({ type: SourceItemView, description: '转督办后督查室立项的督办事项：状态、灯色、期限和各单位办理情况（随督办事项变化更新）' }) supervision?: SourceItemView;
  @ApiProperty({ type: [ApplicationStepView], description: '办理过程（详情中返回）' }) timeline: ApplicationStepView[];
  @ApiProperty({ description: '版本号（ETag）' }) version: number;
  @ApiProperty() createdAt: string;
  @ApiProperty() createdBy: string;
  @ApiProperty() updatedAt: string;
  @ApiProperty() updatedBy: string;
}

export const ApplicationErrors = {
  notFound: { kind: 'not_found', code: 'APPLICATION.NOT_FOUND', title: '依申请公开申请不存在' },
  versionConflict: { kind: 'precondition_failed', code: 'APPLICATION.VERSION_CONFLICT', title: '依申请公开申请已被他人修改' },
  invalidState: { kind: 'rule_violation', code: 'APPLICATION.INVALID_STATE', title: '当前状态不能进行此操作' },
  receiptDate: { kind: 'rule_violation', code: 'APPLICATION.RECEIPT_DATE', title: '收到申请之日不符合第三十一条' },
  correctionRule: { kind: 'rule_violation', code: 'APPLICATION.CORRECTION_RULE', title: '补正不符合第三十条' },
  consultationRule: { kind: 'rule_violation', code: 'APPLICATION.CONSULTATION_RULE', title: '征求意见不符合第三十二条、第三十四条' },
  extensionRule: { kind: 'rule_violation', code: 'APPLICATION.EXTENSION_RULE', title: '延期不符合第三十三条' },
  secrecyReviewRequired: { kind: 'rule_violation', code: 'APPLICATION.SECRECY_REVIEW_REQUIRED', title: '公开前须经保密审查' },
  answerRule: { kind: 'rule_violation', code: 'APPLICATION.ANSWER_RULE', title: '答复不符合第三十六条' },
  feeRule: { kind: 'rule_violation', code: 'APPLICATION.FEE_RULE', title: '信息处理费不符合第四十二条及国办函〔2020〕109号' },
  challengeRule: { kind: 'rule_violation', code: 'APPLICATION.CHALLENGE_RULE', title: '复议诉讼登记有误' },
  supervisionRule: { kind: 'rule_violation', code: 'APPLICATION.SUPERVISION_RULE', title: '不能转督办' },
} as const;

/** RPC subjects, under `rpc.disclosure.`. */
export const ApplicationSubjects = {
  create: 'application.create',
  update: 'application.update',
  withdraw: 'application.withdraw',
  get: 'application.get',
  list: 'application.list',
  requestCorrection: 'application.request-correction',
  supplement: 'application.supplement',
  abandon: 'application.abandon',
  consult: 'application.consult',
  recordOpinion: 'application.record-opinion',
  requestExtension: 'application.request-extension',
  decideExtension: 'application.decide-extension',
  reviewSecrecy: 'application.review-secrecy',
  answer: 'application.answer',
  deliver: 'application.deliver',
  fileChallenge: 'application.file-challenge',
  decideChallenge: 'application.decide-challenge',
  supervise: 'application.supervise',
} as const;

/** 转督办: a red (overdue) case reaches supervision as a 督办事项 when the office (大数据科 科长) chooses, once. */
export namespace SuperviseApplication {
  export class Body {
    @ApiProperty({ format: 'uuid', description: '督办主责单位（单位名录中的单位 id）' }) @IsUUID('all', { message: 'leadUnitId：须为单位 id' }) leadUnitId: string;
    @ApiPropertyOptional({ type: [String], description: '配合单位' })
    @IsOptional()
    @IsArray({ message: 'coUnitIds：须为列表' })
    @ArrayMaxSize(20, { message: 'coUnitIds：不超过 20 个' })
    @IsUUID('all', { each: true, message: 'coUnitIds：须为单位 id' })
    coUnitIds?: string[];
    @ApiPropertyOptional({ description: '督办办理期限（不早于今天；不填则按督办默认时限）' }) @IsOptional() @IsCalendarDate(DATE) dueDate?: string;
    @ApiProperty({ description: '转督办的理由和要求' }) @IsString({ message: 'note：必须为文本' }) @MinLength(2, REASON('note', '须写明转督办的理由和要求')) @MaxLength(1000, { message: 'note：不超过 1000 个字' }) note: string;
  }
  export class Request extends Versioned(Body) {}
}

export namespace CreateApplication {
  export class Request extends RegisterApplicationFields {}
  export class Reply extends ApplicationView {}
}

export namespace UpdateApplication {
  export class Body extends ApplicationFields {}
  export class Request extends Versioned(Body) {}
  export class Reply extends ApplicationView {}
}

export namespace WithdrawApplication {
  export class Body {
    @ApiProperty({ description: '申请人撤回申请的说明' })
    @IsString({ message: 'reason：必须为文本' })
    @MinLength(2, REASON('reason', '撤回须说明理由'))
    @MaxLength(1000, { message: 'reason：不超过 1000 个字' })
    reason: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends ApplicationView {}
}

export namespace RequestCorrection {
  export class Body {
    @ApiProperty({ description: '发出补正通知之日（收到申请后 7 个工作日内）' }) @IsCalendarDate(DATE) noticeOn: string;
    @ApiProperty({ description: '一次性告知需要补正的全部事项' })
    @IsString({ message: 'items：必须为文本' })
    @MinLength(2, REASON('items', '须一次性列明需补正的事项'))
    @MaxLength(4000, { message: 'items：不超过 4000 个字' })
    items: string;
    @ApiProperty({ description: '合理的补正期限（工作日，1–30）', example: 15 })
    @Type(() => Number)
    @IsInt32({ message: 'workingDays：必须为整数' })
    @Min(1, { message: 'workingDays：至少 1 个工作日' })
    @Max(30, { message: 'workingDays：不超过 30 个工作日' })
    workingDays: number;
  }
  export class Request extends Versioned(Body) {}
}

export namespace SupplementApplication {
  export class Body {
    @ApiProperty({ description: '收到补正材料之日（答复期限自此重新起算）' }) @IsCalendarDate(DATE) supplementedOn: string;
    @ApiPropertyOptional({ description: '补正情况' }) @IsOptional() @IsString({ message: 'note：必须为文本' }) @MaxLength(2000, { message: 'note：不超过 2000 个字' }) note?: string;
  }
  export class Request extends Versioned(Body) {}
}

export namespace AbandonApplication {
  export class Body {
    @ApiProperty({ description: '认定之日（须在补正期限届满之后）' }) @IsCalendarDate(DATE) decidedOn: string;
    @ApiProperty({ description: '说明（申请人无正当理由逾期不补正）' })
    @IsString({ message: 'reason：必须为文本' })
    @MinLength(2, REASON('reason', '须说明理由'))
    @MaxLength(1000, { message: 'reason：不超过 1000 个字' })
    reason: string;
  }
  export class Request extends Versioned(Body) {}
}

export namespace ConsultParty {
  export class Body {
    @ApiProperty({ enum: CONSULTATION_KINDS }) @IsIn(CONSULTATION_KINDS, { message: 'kind：征求意见类型无效' }) kind: ConsultationKind;
    @ApiProperty({ description: '第三方或机关名称' })
    @IsString({ message: 'party：必须为文本' })
    @MinLength(2, { message: 'party：至少 2 个字' })
    @MaxLength(200, { message: 'party：不超过 200 个字' })
    party: string;
    @ApiProperty({ description: '发出征求意见函之日' }) @IsCalendarDate(DATE) sentOn: string;
  }
  export class Request extends Versioned(Body) {}
}

export namespace RecordOpinion {
  export class Body {
    @ApiProperty({ format: 'uuid', description: '征求意见记录' }) @IsUUID('all', { message: 'consultationId：必须为 UUID' }) consultationId: string;
    @ApiProperty({ enum: CONSULTATION_OPINIONS }) @IsIn(CONSULTATION_OPINIONS, { message: 'opinion：意见类型无效' }) opinion: ConsultationOpinion;
    @ApiProperty({ description: '收到意见之日，或期满未答复时的期满之日；计时自次日恢复' }) @IsCalendarDate(DATE) repliedOn: string;
    @ApiPropertyOptional() @IsOptional() @IsString({ message: 'note：必须为文本' }) @MaxLength(2000, { message: 'note：不超过 2000 个字' }) note?: string;
  }
  export class Request extends Versioned(Body) {}
}

export namespace RequestExtension {
  export class Body {
    @ApiProperty({ description: '延期理由' })
    @IsString({ message: 'reason：必须为文本' })
    @MinLength(2, REASON('reason', '须说明延期理由'))
    @MaxLength(1000, { message: 'reason：不超过 1000 个字' })
    reason: string;
  }
  export class Request extends Versioned(Body) {}
}

export namespace DecideExtension {
  export class Body {
    @ApiProperty({ description: 'true 同意延期，false 不同意' }) @Type(() => Boolean) @IsIn([true, false], { message: 'approve：须为 true 或 false' }) approve: boolean;
    @ApiPropertyOptional({ description: '同意时：告知申请人延期之日（不晚于原答复期限）' }) @ValidateIf((o: { approve?: boolean }) => o.approve === true) @IsCalendarDate(DATE) noticeOn?: string;
  }
  export class Request extends Versioned(Body) {}
}

export namespace ReviewSecrecy {
  export class Body {
    @ApiProperty({ enum: SECRECY_CONCLUSIONS, description: 'cleared 可以公开，not_cleared 不能公开' }) @IsIn(SECRECY_CONCLUSIONS, { message: 'conclusion：审查结论无效' }) conclusion: SecrecyConclusion;
    @ApiProperty({ description: '审查之日' }) @IsCalendarDate(DATE) reviewedOn: string;
    @ApiPropertyOptional() @IsOptional() @IsString({ message: 'note：必须为文本' }) @MaxLength(2000, { message: 'note：不超过 2000 个字' }) note?: string;
  }
  export class Request extends Versioned(Body) {}
}

export namespace AnswerApplication {
  export class Body {
    @ApiProperty({ enum: ANSWER_CODES, description: '答复类型（年度报告办理结果分项）' }) @IsIn(ANSWER_CODES, { message: 'answerCode：答复类型无效' }) answerCode: AnswerCode;
    @ApiProperty({ description: '答复（告知书）之日' }) @IsCalendarDate(DATE) answeredOn: string;
    @ApiProperty({ description: '答复要点；不予公开、无法提供、不予处理须说明理由' })
    @IsString({ message: 'answerText：必须为文本' })
    @MinLength(2, { message: 'answerText：至少 2 个字' })
    @MaxLength(8000, { message: 'answerText：不超过 8000 个字' })
    answerText: string;
    @ApiPropertyOptional({ description: '负责公开的机关及其联系方式（第三十六条第（五）项，能够确定时）' }) @IsOptional() @IsString({ message: 'referral：必须为文本' }) @MaxLength(500, { message: 'referral：不超过 500 个字' }) referral?: string;
    @ApiPropertyOptional({ enum: FEE_METHODS, description: '信息处理费：none 不收，by_count 按件，by_pages 按量' }) @IsOptional() @IsIn(FEE_METHODS, { message: 'feeMethod：收费方式无效' }) feeMethod?: FeeMethod;
    @ApiPropertyOptional({ description: '按量计收时的页数' }) @IsOptional() @Type(() => Number) @IsInt32({ message: 'pages：必须为整数' }) @Min(0, { message: 'pages：不能为负' }) @Max(100000, { message: 'pages：过大' }) pages?: number;
  }
  export class Request extends Versioned(Body) {}
}

export namespace DeliverAnswer {
  export class Body {
    @ApiProperty({ enum: DELIVERY_METHODS }) @IsIn(DELIVERY_METHODS, { message: 'method：送达方式无效' }) method: DeliveryMethod;
    @ApiProperty({ description: '送达之日' }) @IsCalendarDate(DATE) deliveredOn: string;
    @ApiProperty({ description: '送达凭证：签收单、邮件单号、发送记录等' })
    @IsString({ message: 'proof：必须为文本' })
    @MinLength(2, { message: 'proof：须登记送达凭证（至少 2 个字）' })
    @MaxLength(500, { message: 'proof：不超过 500 个字' })
    proof: string;
  }
  export class Request extends Versioned(Body) {}
}

export namespace FileChallenge {
  export class Body {
    @ApiProperty({ enum: CHALLENGE_KINDS }) @IsIn(CHALLENGE_KINDS, { message: 'kind：类型无效' }) kind: ChallengeKind;
    @ApiProperty({ description: '复议机关或人民法院' }) @IsString({ message: 'body：必须为文本' }) @MinLength(2, { message: 'body：至少 2 个字' }) @MaxLength(200, { message: 'body：不超过 200 个字' }) body: string;
    @ApiPropertyOptional() @IsOptional() @IsString({ message: 'caseNumber：必须为文本' }) @MaxLength(100, { message: 'caseNumber：不超过 100 个字' }) caseNumber?: string;
    @ApiProperty({ description: '申请复议或起诉之日（本机关收到通知之日）' }) @IsCalendarDate(DATE) filedOn: string;
  }
  export class Request extends Versioned(Body) {}
}

export namespace DecideChallenge {
  export class Body {
    @ApiProperty({ format: 'uuid' }) @IsUUID('all', { message: 'challengeId：必须为 UUID' }) challengeId: string;
    @ApiProperty({ enum: CHALLENGE_OUTCOMES.filter((o) => o !== 'pending') }) @IsIn(['upheld', 'corrected', 'other'], { message: 'outcome：审结结果只能是维持、纠正或其他' }) outcome: Exclude<ChallengeOutcome, 'pending'>;
    @ApiProperty() @IsCalendarDate(DATE) decidedOn: string;
    @ApiPropertyOptional() @IsOptional() @IsString({ message: 'note：必须为文本' }) @MaxLength(2000, { message: 'note：不超过 2000 个字' }) note?: string;
  }
  export class Request extends Versioned(Body) {}
}

export namespace GetApplication {
  export class Request extends RecordRef {}
  export class Reply extends ApplicationView {}
}

export namespace ListApplications {
  export class Request extends PageQuery {
    @ApiPropertyOptional({ enum: APPLICATION_STATUSES, description: '状态' })
    @IsOptional()
    @IsIn(APPLICATION_STATUSES, { message: 'status：取值无效' })
    status?: ApplicationStatus;

    @ApiPropertyOptional({ description: '名称或申请人模糊搜索（支持中文）' })
    @IsOptional()
    @IsString({ message: 'q：必须为文本' })
    @MaxLength(40, { message: 'q：不超过 40 个字' })
    q?: string;

    @ApiPropertyOptional({ description: 'true：只看办理中且已超过答复期限的' })
    @IsOptional()
    @IsIn(['true', 'false', true, false], { message: 'overdue：须为 true 或 false' })
    overdue?: string | boolean;
  }
  export class Reply extends PageMeta {
    @ApiProperty({ type: [ApplicationView] }) items: ApplicationView[];
  }
}

/** What the events of one 依申请公开申请 carry: its snapshot with its version (consumers apply only newer ones). No personal data. */
export class ApplicationSnapshot {
  @ApiProperty() @IsUUID() id: string;
  @ApiPropertyOptional({ nullable: true, type: String }) @IsOptional() @IsUUID() unitId: string | null;
  @ApiProperty() @IsString() title: string;
  @ApiProperty() @IsIn(APPLICATION_STATUSES) status: ApplicationStatus;
  @ApiPropertyOptional({ nullable: true, type: String }) @IsOptional() @IsCalendarDate() dueDate: string | null;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsIn(ANSWER_CODES) answerCode: AnswerCode | null;
  @ApiProperty() @IsInt32() @Min(1) version: number;
}

export const ApplicationEvents = {
  created: eventSubject('disclosure', 'application.created'),
  updated: eventSubject('disclosure', 'application.updated'),
  withdrawn: eventSubject('disclosure', 'application.withdrawn'),
  stepped: eventSubject('disclosure', 'application.stepped'),
  answered: eventSubject('disclosure', 'application.answered'),
  supervisionRequested: eventSubject('disclosure', 'application.supervision-requested'),
} as const;

/** What each event means, for the catalogue of the events (tools/asyncapi): one sentence about the fact. */
export const ApplicationEventDescriptions = {
  'application.created': { zh: '依申请公开申请登记', en: 'An application for government information was registered.' },
  'application.updated': { zh: '依申请公开申请的登记内容被修改', en: 'An application was changed.' },
  'application.withdrawn': { zh: '依申请公开申请由申请人撤回（注明理由，不删除）', en: 'An application was withdrawn by its applicant, with a reason (never deleted).' },
  'application.stepped': { zh: '依申请公开申请办理到新的步骤（补正、征求意见、延期、保密审查、送达、复议诉讼）', en: 'An application went through a handling step.' },
  'application.answered': { zh: '依申请公开申请已答复（答复类型为年度报告的办理结果分项）', en: 'An application was answered.' },
  'application.supervision-requested': { zh: '逾期的依申请公开申请由办公室决定转督办（督查室据此立项督办）', en: 'The office sent an overdue application to supervision as a 督办 item.' },
} as const;

/** Published by disclosure when a 依申请公开申请 is registered, goes through a step or is withdrawn; carries its snapshot. */
export namespace ApplicationChanged {
  export class Event extends ApplicationSnapshot {}
}


/**
 * A red (overdue) 依申请公开申请 sent to supervision by the office, once per application (event id = the application id):
 * supervision registers one 督办事项 keyed on `applicationId`. No personal data of the applicant.
 */
export namespace ApplicationSupervisionRequested {
  export class Event {
    @ApiProperty({ format: 'uuid' }) @IsUUID() applicationId: string;
    @ApiProperty({ description: '申请公开的政府信息名称（摘要）' }) @IsString() @MinLength(1) @MaxLength(200) title: string;
    @ApiProperty({ description: '收到申请之日' }) @IsCalendarDate() receivedOn: string;
    @ApiProperty({ description: '法定答复期限' }) @IsCalendarDate() answerDueDate: string;
    @ApiProperty({ description: '已逾期的工作日数（期满次日为休息日时为 0）' }) @IsInt32() @Min(0) overdueWorkingDays: number;
    @ApiProperty({ format: 'uuid', description: '督办主责单位' }) @IsUUID() leadUnitId: string;
    @ApiProperty({ type: [String], description: '配合单位' }) @IsArray() @ArrayMaxSize(20) @IsUUID('all', { each: true }) coUnitIds: string[];
    @ApiPropertyOptional({ description: '督办办理期限（YYYY-MM-DD）' }) @IsOptional() @IsCalendarDate() dueDate?: string;
    @ApiProperty({ description: '转督办的理由和要求' }) @IsString() @MinLength(1) @MaxLength(1000) note: string;
    @ApiProperty({ description: '转督办人' }) @IsString() requestedBy: string;
    @ApiProperty({ description: '转督办时间（ISO 8601）' }) @IsOffsetDateTime() requestedAt: string;
  }
}
