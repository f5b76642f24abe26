import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsIn, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { eventSubject, IsCalendarDate, IsInt32, PageMeta, PageQuery, RecordRef, Versioned, ApiProperty, ApiPropertyOptional } from '@gov/contracts-common';
import { FileRef, FileRefView, SecrecyFields, URGENCY_LEVELS, type UrgencyLevel } from './common.js';

/**
 * 发文 (outgoing documents): 拟稿 → 核稿 → 会签 → 签发 → 编号 → 印制 → 用印 → 核发, with 公开属性 before 核发.
 * 《党政机关公文处理工作条例》第二十五条 (复核、登记、印制、核发); the 发文字号 is assigned at 编号, the step after 签发.
 */

/** 第八条: the 15 kinds of 公文 (命令 also written 令). */
export const OUTGOING_DOC_TYPES = ['决议', '决定', '命令', '令', '公报', '公告', '通告', '意见', '通知', '通报', '报告', '请示', '批复', '议案', '函', '纪要'] as const;
export type OutgoingDocType = (typeof OUTGOING_DOC_TYPES)[number];

export const OUTGOING_STATUSES = ['drafting', 'reviewing', 'reviewed', 'countersigning', 'signed', 'numbered', 'printed', 'sealed', 'issued'] as const;
export type OutgoingStatus = (typeof OUTGOING_STATUSES)[number];
export const OUTGOING_STATUS_LABELS: Record<OutgoingStatus, string> = {
  drafting: '拟稿',
  reviewing: '核稿中',
  reviewed: '核稿通过',
  countersigning: '会签中',
  signed: '已签发',
  numbered: '已编号',
  printed: '已印制',
  sealed: '已用印',
  issued: '已核发',
};

/** How a recipient stands to the issuing body; `leader` is a leader addressed personally. */
export const RECIPIENT_RELATIONS = ['superior', 'subordinate', 'peer', 'unrelated', 'leader'] as const;
export type RecipientRelation = (typeof RECIPIENT_RELATIONS)[number];
export const RECIPIENT_RELATION_LABELS: Record<RecipientRelation, string> = {
  superior: '上级机关',
  subordinate: '下级机关',
  peer: '平级或不相隶属机关',
  unrelated: '不相隶属机关',
  leader: '领导个人',
};

/** 公开属性 (《政府信息公开条例》): 主动公开、依申请公开、不予公开（须说明理由）. */
export const DISCLOSURE_TYPES = ['proactive', 'on_request', 'not_public'] as const;
export type DisclosureType = (typeof DISCLOSURE_TYPES)[number];
export const DISCLOSURE_LABELS: Record<DisclosureType, string> = { proactive: '主动公开', on_request: '依申请公开', not_public: '不予公开' };

export const COUNTERSIGN_STATUSES = ['pending', 'agreed', 'disagreed', 'superseded'] as const;
export type CountersignStatus = (typeof COUNTERSIGN_STATUSES)[number];
export const COUNTERSIGN_STATUS_LABELS: Record<CountersignStatus, string> = { pending: '待会签', agreed: '同意', disagreed: '不同意', superseded: '已作废（退回重拟）' };

export const OutgoingErrors = {
  fontsMissing: { kind: 'unavailable', code: 'OUTGOING.FONTS_MISSING', title: '服务器未安装公文排版所需字体' },
  issuedImmutable: { kind: 'rule_violation', code: 'OUTGOING.ISSUED_IMMUTABLE', title: '已核发的公文不能修改' },
  reviewErrors: { kind: 'rule_violation', code: 'OUTGOING.REVIEW_ERRORS', title: '核稿发现错误，不能签发' },
  notReviewed: { kind: 'rule_violation', code: 'OUTGOING.NOT_REVIEWED', title: '正文尚未核稿' },
  countersignIncomplete: { kind: 'rule_violation', code: 'OUTGOING.COUNTERSIGN_INCOMPLETE', title: '会签未全部同意' },
  noSigningRight: { kind: 'forbidden', code: 'OUTGOING.NO_SIGNING_RIGHT', title: '无该机关代字的签发权' },
  invalidDocNumber: { kind: 'validation', code: 'OUTGOING.INVALID_DOC_NUMBER', title: '发文字号不规范' },
  docNumberTaken: { kind: 'conflict', code: 'OUTGOING.DOC_NUMBER_TAKEN', title: '发文字号已被使用' },
  docNumberNotNext: { kind: 'rule_violation', code: 'OUTGOING.DOC_NUMBER_NOT_NEXT', title: '发文字号须按顺序编号，不能跳号' },
  unknownAgencyCode: { kind: 'validation', code: 'OUTGOING.UNKNOWN_AGENCY_CODE', title: '机关代字不在代字表中' },
  invalidRecipient: { kind: 'validation', code: 'OUTGOING.INVALID_RECIPIENT', title: '主送或抄送机关填写不完整' },
  jointNotLead: { kind: 'rule_violation', code: 'OUTGOING.JOINT_NOT_LEAD', title: '联合行文使用主办机关的发文字号' },
  disclosureMissing: { kind: 'rule_violation', code: 'OUTGOING.DISCLOSURE_MISSING', title: '核发前须确定公开属性' },
  printRule: { kind: 'rule_violation', code: 'OUTGOING.PRINT_RULE', title: '印制不符合保密要求' },
  sealUseInvalid: { kind: 'rule_violation', code: 'OUTGOING.SEAL_USE_INVALID', title: '用印记录不属于本文件' },
  notCountersignParty: { kind: 'forbidden', code: 'OUTGOING.NOT_COUNTERSIGN_PARTY', title: '不是本会签单位或科室' },
  notRecipient: { kind: 'forbidden', code: 'OUTGOING.NOT_RECIPIENT', title: '本单位不是该文件的主送或抄送单位' },
  agencyCodeForbidden: { kind: 'forbidden', code: 'OUTGOING.AGENCY_CODE_FORBIDDEN', title: '只有文秘科科长可以修改机关代字表' },
} as const;

// ---- 机关代字 registry: configuration with an effective date and a source ----

export class AgencyCodeView {
  @ApiProperty({ description: '机关代字', example: '博政发' }) code: string;
  @ApiProperty({ description: '发文机关全称', example: '博山区人民政府' }) issuingBody: string;
  @ApiProperty({ type: [String], description: '发文机关名称（全称及规范简称，用于标题检查）' }) bodyNames: string[];
  @ApiProperty({ type: [String], description: '有签发权的角色' }) signerRoles: string[];
  @ApiProperty({ type: [String], description: '另行授权签发的用户 id' }) signerUserIds: string[];
  @ApiProperty({ description: '生效日期' }) effectiveFrom: string;
  @ApiProperty({ description: '依据' }) source: string;
  @ApiProperty({ enum: ['active', 'retired'] }) status: 'active' | 'retired';
  @ApiProperty({ description: '版本号（记录签发时所依据的版本）' }) version: number;
  @ApiProperty() updatedAt: string;
  @ApiProperty() updatedBy: string;
}

export class AgencyCodeChanges {
  @ApiPropertyOptional({ description: '发文机关全称' }) @IsOptional() @IsString() @MinLength(2) @MaxLength(80) issuingBody?: string;
  @ApiPropertyOptional({ type: [String], description: '发文机关名称（全称及规范简称）' })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1, { message: '至少填写一个发文机关名称' })
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @MinLength(2, { each: true })
  bodyNames?: string[];
  @ApiPropertyOptional({ type: [String], description: '有签发权的角色', example: ['district_leader'] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(5)
  @IsIn(['district_leader', 'office_leader'], { each: true, message: '签发权只能授予区领导（district_leader）或办公室领导（office_leader）' })
  signerRoles?: string[];
  @ApiPropertyOptional({ type: [String], description: '另行授权签发的用户 id' }) @IsOptional() @IsArray() @ArrayMaxSize(50) @IsUUID('all', { each: true }) signerUserIds?: string[];
  @ApiPropertyOptional({ enum: ['active', 'retired'] }) @IsOptional() @IsIn(['active', 'retired']) status?: 'active' | 'retired';
  @ApiProperty({ description: '生效日期 YYYY-MM-DD', example: '2026-01-01' }) @IsCalendarDate({ message: '生效日期格式应为 YYYY-MM-DD' }) effectiveFrom: string;
  @ApiProperty({ description: '修改依据（文件或会议）' }) @IsString() @MinLength(2, { message: '须写明修改依据' }) @MaxLength(200) source: string;
}

export namespace ListAgencyCodes {
  export class Request {}
  export class Reply {
    @ApiProperty({ type: [AgencyCodeView] }) items: AgencyCodeView[];
  }
}

export namespace UpdateAgencyCode {
  export class Request extends AgencyCodeChanges {
    @ApiProperty() @IsString() @Matches(/^[\u4e00-\u9fa5]{1,12}$/, { message: '机关代字只能由汉字组成' }) code: string;
    @ApiProperty() @IsInt32() @Min(1) expectedVersion: number;
  }
}

// ---- The document ----

export class RecipientInput {
  @ApiPropertyOptional({ format: 'uuid', description: '单位通讯录中的单位 id（区内单位）' }) @IsOptional() @IsUUID('all', { message: '单位 id 格式不正确' }) unitId?: string;
  @ApiPropertyOptional({ description: '机关名称（通讯录之外的机关，如“淄博市人民政府”，须同时给出关系）' })
  @IsOptional()
  @IsString()
  @MinLength(2)
  @MaxLength(80)
  name?: string;
  @ApiPropertyOptional({ enum: RECIPIENT_RELATIONS, description: '与发文机关的关系（区内单位可省略，按单位类型推定）' })
  @IsOptional()
  @IsIn(RECIPIENT_RELATIONS, { message: '关系只能是 superior、subordinate、peer、unrelated、leader' })
  relation?: RecipientRelation;
  @ApiPropertyOptional({ description: '越级行文：该上级机关不是本机关的直接上级（须写明越级理由并抄送被越过的机关，条例第十四条）' })
  @IsOptional()
  @IsBoolean()
  skipsLevel?: boolean;
}

/** 联合行文 (条例第十七条): the lead body (主办机关) whose 发文字号 the document carries, and the co-issuing bodies. */
export class JointIssuanceInput {
  @ApiProperty({ description: '主办机关（联合行文使用主办机关的发文字号）', example: '博山区人民政府' }) @IsString() @MinLength(2, { message: '须填写主办机关' }) @MaxLength(80) leadBody: string;
  @ApiProperty({ type: [RecipientInput], description: '联署机关（须为同级机关）' })
  @IsArray()
  @ArrayMinSize(1, { message: '联合行文至少有一个联署机关' })
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => RecipientInput)
  coIssuers: RecipientInput[];
}

/** 行文依据: the facts the 行文规则 (条例第十四条至第十七条) need that the recipients alone do not show. */
export class RoutingBasisInput {
  @ApiPropertyOptional({ description: '越级行文的理由（条例第十四条：特殊情况需要越级行文的，应当同时抄送被越过的机关）' }) @IsOptional() @IsString() @MaxLength(500) skipLevelReason?: string;
  @ApiPropertyOptional({ description: '转报下级机关请示：下级机关名称（条例第十五条：应当提出倾向性意见后上报，不得原文转报）' }) @IsOptional() @IsString() @MinLength(2) @MaxLength(80) forwardsRequestOf?: string;
  @ApiPropertyOptional({ format: 'uuid', description: '所转报的下级来文（收文登记 id）' }) @IsOptional() @IsUUID('all', { message: '收文 id 格式不正确' }) forwardedIncomingId?: string;
  @ApiPropertyOptional({ description: '本机关的倾向性意见（转报下级请示时必填）' }) @IsOptional() @IsString() @MaxLength(2000) inclinedOpinion?: string;
  @ApiPropertyOptional({ description: '上级机关负责人直接交办的依据（向领导个人报送时必填，条例第十五条）' }) @IsOptional() @IsString() @MaxLength(500) leaderAssignment?: string;
  @ApiPropertyOptional({ description: '本级政府的授权或同意（办公室、部门向乡镇人民政府、街道办事处发指令性公文时必填，条例第十六条）', example: '经区政府同意' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  governmentAuthorization?: string;
  @ApiPropertyOptional({ type: JointIssuanceInput, description: '联合行文' }) @IsOptional() @ValidateNested() @Type(() => JointIssuanceInput) jointIssuance?: JointIssuanceInput;
}

export class JointIssuanceView {
  @ApiProperty() leadBody: string;
  @ApiProperty({ type: () => [RecipientView] }) coIssuers: RecipientView[];
}

export class RoutingBasisView {
  @ApiPropertyOptional() skipLevelReason?: string;
  @ApiPropertyOptional() forwardsRequestOf?: string;
  @ApiPropertyOptional() forwardedIncomingId?: string;
  @ApiPropertyOptional() inclinedOpinion?: string;
  @ApiPropertyOptional() leaderAssignment?: string;
  @ApiPropertyOptional() governmentAuthorization?: string;
  @ApiPropertyOptional({ type: JointIssuanceView }) jointIssuance?: JointIssuanceView;
}

export class RecipientView {
  @ApiPropertyOptional({ format: 'uuid' }) unitId?: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: RECIPIENT_RELATIONS }) relation: RecipientRelation;
  @ApiProperty() relationLabel: string;
  @ApiPropertyOptional({ description: '越级行文的上级机关' }) skipsLevel?: boolean;
  @ApiPropertyOptional({ description: '下级人民政府（乡镇人民政府、街道办事处）' }) lowerGovernment?: boolean;
}

export class OutgoingDraftFields extends SecrecyFields {
  @ApiProperty({ description: '机关代字（决定发文机关和签发权）', example: '博政发' }) @IsString() @Matches(/^[\u4e00-\u9fa5]{1,12}$/, { message: '机关代字只能由汉字组成，如“博政发”' }) agencyCode: string;
  @ApiProperty({ enum: OUTGOING_DOC_TYPES, description: '文种' }) @IsIn(OUTGOING_DOC_TYPES, { message: '文种须为条例第八条规定的 15 种公文之一' }) docType: OutgoingDocType;
  @ApiProperty({ description: '标题（发文机关 + 事由 + 文种）', example: '博山区人民政府关于做好冬季安全生产工作的通知' })
  @IsString()
  @MinLength(4, { message: '标题至少 4 个字' })
  @MaxLength(200)
  title: string;
  @ApiProperty({ type: [RecipientInput], description: '主送机关' }) @IsArray() @ArrayMaxSize(200) @ValidateNested({ each: true }) @Type(() => RecipientInput) mainRecipients: RecipientInput[];
  @ApiProperty({ type: [RecipientInput], description: '抄送机关' }) @IsArray() @ArrayMaxSize(200) @ValidateNested({ each: true }) @Type(() => RecipientInput) copyRecipients: RecipientInput[];
  @ApiPropertyOptional({ enum: URGENCY_LEVELS, description: '紧急程度' }) @IsOptional() @IsIn(URGENCY_LEVELS) urgency?: UrgencyLevel;
  @ApiPropertyOptional({ description: '拟请签发人（上行文须标注签发人）', example: '王某某' }) @IsOptional() @IsString() @MaxLength(40) proposedSignerName?: string;
  @ApiProperty({ description: '正文（每次保存为一个新版本）' }) @IsString() @MinLength(1, { message: '正文不能为空' }) @MaxLength(200_000) body: string;
  @ApiPropertyOptional({ description: '本次保存说明' }) @IsOptional() @IsString() @MaxLength(200) bodyNote?: string;
  @ApiPropertyOptional({ type: [FileRef], description: '附件（先上传文件）' }) @IsOptional() @IsArray() @ArrayMaxSize(50) @ValidateNested({ each: true }) @Type(() => FileRef) attachments?: FileRef[];
  @ApiPropertyOptional({ type: RoutingBasisInput, description: '行文依据（越级、转报、领导交办、政府授权、联合行文）' }) @IsOptional() @ValidateNested() @Type(() => RoutingBasisInput) routing?: RoutingBasisInput;
}

export class FindingView {
  @ApiProperty({ example: 'REQUEST.ONE_PRINCIPAL' }) code: string;
  @ApiProperty({ enum: ['error', 'warning'], description: '错误（阻止签发）或提醒' }) severity: 'error' | 'warning';
  @ApiProperty({ description: '说明（中文，指明规则）' }) message: string;
  @ApiProperty({ description: '依据', example: '条例第十五条' }) basis: string;
}

export class ReviewView {
  @ApiProperty() id: string;
  @ApiProperty({ description: '所核正文版本号' }) bodyVersionNo: number;
  @ApiProperty({ enum: ['passed', 'failed'], description: '通过或未通过（有错误）' }) outcome: 'passed' | 'failed';
  @ApiProperty({ type: [FindingView] }) findings: FindingView[];
  @ApiPropertyOptional({ description: '核稿意见' }) comment?: string;
  @ApiProperty() reviewedBy: string;
  @ApiProperty() reviewedByName: string;
  @ApiProperty() reviewedAt: string;
}

export class CountersignView {
  @ApiProperty() id: string;
  @ApiProperty({ description: '轮次（退回重拟后重新会签为新一轮）' }) round: number;
  @ApiProperty({ enum: ['unit', 'section'] }) partyKind: 'unit' | 'section';
  @ApiPropertyOptional({ format: 'uuid' }) unitId?: string;
  @ApiPropertyOptional() sectionCode?: string;
  @ApiProperty({ description: '会签单位或科室' }) partyName: string;
  @ApiProperty({ enum: COUNTERSIGN_STATUSES }) status: CountersignStatus;
  @ApiProperty() statusLabel: string;
  @ApiPropertyOptional({ description: '会签意见' }) opinion?: string;
  @ApiPropertyOptional() signedBy?: string;
  @ApiPropertyOptional() signedByName?: string;
  @ApiPropertyOptional() signedAt?: string;
  @ApiProperty() requestedBy: string;
  @ApiProperty() requestedAt: string;
}

export class DistributionView {
  @ApiProperty() id: string;
  @ApiProperty({ format: 'uuid' }) unitId: string;
  @ApiProperty() unitName: string;
  @ApiProperty({ enum: ['main', 'copy'], description: '主送或抄送' }) role: 'main' | 'copy';
  @ApiProperty() distributedAt: string;
  @ApiPropertyOptional({ description: '签收时间（阅读回执）' }) receivedAt?: string;
  @ApiPropertyOptional() receivedBy?: string;
  @ApiPropertyOptional() receivedByName?: string;
}

export class CorrectionLinkView {
  @ApiProperty() id: string;
  @ApiProperty() title: string;
  @ApiProperty({ enum: OUTGOING_STATUSES }) status: OutgoingStatus;
  @ApiPropertyOptional() docNumber?: string;
}

/** Where a 发文 came from when another section handed it over already signed (e.g. 信息科's 月度通报, issue 16). */
export class OutgoingOriginView {
  @ApiProperty({ description: '来源类型，如 information-monthly-notice（信息科月度通报）' }) kind: string;
  @ApiProperty({ format: 'uuid', description: '来源记录 id（如月度通报 id）' }) id: string;
  @ApiProperty({ description: '来源（中文），如 信息科 月度通报（2026年11月）' }) label: string;
}

export class OutgoingDocumentView {
  @ApiProperty() id: string;
  @ApiProperty({ enum: OUTGOING_STATUSES }) status: OutgoingStatus;
  @ApiProperty({ description: '状态（中文）' }) statusLabel: string;
  @ApiProperty() agencyCode: string;
  @ApiProperty({ description: '发文机关' }) issuingBody: string;
  @ApiProperty({ enum: OUTGOING_DOC_TYPES }) docType: OutgoingDocType;
  @ApiProperty() title: string;
  @ApiProperty({ type: [RecipientView] }) mainRecipients: RecipientView[];
  @ApiProperty({ type: [RecipientView] }) copyRecipients: RecipientView[];
  @ApiProperty({ description: '上行文（请示、报告或主送上级机关）' }) upward: boolean;
  @ApiProperty() secrecyLevel: number;
  @ApiPropertyOptional() secrecyPeriod?: string;
  @ApiPropertyOptional({ description: '份号' }) copyNumber?: string;
  @ApiProperty({ enum: URGENCY_LEVELS }) urgency: UrgencyLevel;
  @ApiPropertyOptional() proposedSignerName?: string;
  @ApiProperty({ description: '拟稿人' }) draftedBy: string;
  @ApiProperty() draftedByName: string;
  @ApiPropertyOptional({ description: '拟稿科室' }) draftingSection?: string;
  @ApiProperty({ description: '当前正文版本号' }) bodyVersionNo: number;
  @ApiProperty({ description: '当前正文 SHA-256' }) bodySha256: string;
  @ApiProperty({ type: [FileRefView] }) attachments: FileRefView[];
  @ApiPropertyOptional({ type: ReviewView, description: '最近一次核稿' }) latestReview?: ReviewView;
  @ApiProperty({ type: [CountersignView] }) countersigns: CountersignView[];
  @ApiPropertyOptional({ description: '签发人' }) signerName?: string;
  @ApiPropertyOptional({ description: '签发领导职务，如 区长、副区长' }) signerTitle?: string;
  @ApiPropertyOptional() signedBy?: string;
  @ApiPropertyOptional() signedAt?: string;
  @ApiPropertyOptional({ description: '签发意见' }) signOpinion?: string;
  @ApiPropertyOptional({ description: '成文日期（签发日期）' }) writtenDate?: string;
  @ApiPropertyOptional({ description: '签发时依据的机关代字配置版本' }) agencyCodeVersion?: number;
  @ApiPropertyOptional({ description: '发文字号', example: '博政发〔2026〕3号' }) docNumber?: string;
  @ApiPropertyOptional({ description: '发文字号为人工登记（非系统编号）' }) docNumberManual?: boolean;
  @ApiPropertyOptional({ description: '印制份数' }) printQuantity?: number;
  @ApiPropertyOptional({ description: '份号起' }) copyNumberFrom?: string;
  @ApiPropertyOptional({ description: '份号止' }) copyNumberTo?: string;
  @ApiPropertyOptional({ description: '在符合保密要求的场所印制' }) printedSecurely?: boolean;
  @ApiPropertyOptional() printedAt?: string;
  @ApiPropertyOptional({ description: '用印记录 id' }) sealUseId?: string;
  @ApiPropertyOptional() sealedAt?: string;
  @ApiPropertyOptional({ enum: DISCLOSURE_TYPES }) disclosure?: DisclosureType;
  @ApiPropertyOptional() disclosureLabel?: string;
  @ApiPropertyOptional({ description: '不予公开的理由' }) nonDisclosureReason?: string;
  @ApiPropertyOptional() issuedAt?: string;
  @ApiPropertyOptional() issuedBy?: string;
  @ApiProperty({ type: [DistributionView], description: '分发（主送、抄送单位及签收回执）' }) distribution: DistributionView[];
  @ApiProperty({ type: RoutingBasisView, description: '行文依据' }) routing: RoutingBasisView;
  @ApiPropertyOptional({ description: '本文件更正的原文件 id' }) correctsDocumentId?: string;
  @ApiPropertyOptional({ description: '更正说明' }) correctionReason?: string;
  @ApiProperty({ type: [CorrectionLinkView], description: '更正本文件的新文件' }) correctedBy: CorrectionLinkView[];
  @ApiPropertyOptional({ type: OutgoingOriginView, description: '来源（其他科室签发后转来编号印发的文件）' }) origin?: OutgoingOriginView;
  @ApiProperty({ description: '版本号（乐观锁）' }) version: number;
  @ApiProperty() createdAt: string;
  @ApiProperty() createdBy: string;
  @ApiProperty() updatedAt: string;
  @ApiProperty() updatedBy: string;
}

export class OutgoingSummaryView {
  @ApiProperty() id: string;
  @ApiProperty({ enum: OUTGOING_STATUSES }) status: OutgoingStatus;
  @ApiProperty() statusLabel: string;
  @ApiProperty() agencyCode: string;
  @ApiProperty() docType: string;
  @ApiProperty() title: string;
  @ApiPropertyOptional() docNumber?: string;
  @ApiProperty() secrecyLevel: number;
  @ApiProperty() draftedByName: string;
  @ApiPropertyOptional() issuedAt?: string;
  @ApiProperty() updatedAt: string;
  @ApiProperty() version: number;
}

export const OutgoingSubjects = {
  create: 'outgoing.create',
  update: 'outgoing.update',
  submit: 'outgoing.submit',
  review: 'outgoing.review',
  return: 'outgoing.return',
  requestCountersign: 'outgoing.countersign-request',
  countersign: 'outgoing.countersign',
  sign: 'outgoing.sign',
  number: 'outgoing.number',
  print: 'outgoing.print',
  seal: 'outgoing.seal',
  disclosure: 'outgoing.disclosure',
  issue: 'outgoing.issue',
  correct: 'outgoing.correct',
  receipt: 'outgoing.receipt',
  get: 'outgoing.get',
  list: 'outgoing.list',
  pdf: 'outgoing.pdf',
  listAgencyCodes: 'outgoing.agency-code.list',
  updateAgencyCode: 'outgoing.agency-code.update',
} as const;

export const OutgoingEvents = {
  /** Every step of an outgoing document (拟稿 … 核发): a small snapshot with the new status and version. */
  changed: eventSubject('document-secretariat', 'outgoing.changed'),
} as const;

/**
 * Published by document-secretariat on every step of an outgoing document, in the step's transaction (event id is the
 * envelope id; `version` grows by one per step, so a consumer applies a snapshot only when it is newer). No consumer yet;
 * 核发 additionally publishes `OutgoingDocumentIssued` once.
 */
export namespace OutgoingDocumentChanged {
  export class Event {
    @ApiProperty({ format: 'uuid' }) @IsUUID() documentId: string;
    @ApiProperty({ description: '动作代码', example: 'outgoing.signed' }) @IsString() action: string;
    @ApiProperty({ enum: OUTGOING_STATUSES }) @IsIn(OUTGOING_STATUSES) status: OutgoingStatus;
    @ApiProperty() @IsInt32() @Min(1) version: number;
    @ApiProperty() @IsString() title: string;
    @ApiPropertyOptional() @IsOptional() @IsString() docNumber?: string;
    @ApiProperty({ description: '密级 0–3' }) @IsInt32() @Min(0) @Max(3) secrecyLevel: number;
  }
}

/** The document id and the version the client holds (If-Match at the gateway). */
export class OutgoingStep {
  @ApiProperty({ format: 'uuid' }) @IsUUID() id: string;
  @ApiProperty({ description: '客户端所持版本号' }) @IsInt32() @Min(1) expectedVersion: number;
}

export namespace CreateOutgoing {
  export class Request extends OutgoingDraftFields {}
}

export namespace UpdateOutgoing {
  /** Only the fields present are changed; a new body is saved as a new version. */
  export class Changes {
    @ApiPropertyOptional() @IsOptional() @IsString() @Matches(/^[\u4e00-\u9fa5]{1,12}$/, { message: '机关代字只能由汉字组成，如“博政发”' }) agencyCode?: string;
    @ApiPropertyOptional({ enum: OUTGOING_DOC_TYPES }) @IsOptional() @IsIn(OUTGOING_DOC_TYPES, { message: '文种须为条例第八条规定的 15 种公文之一' }) docType?: OutgoingDocType;
    @ApiPropertyOptional() @IsOptional() @IsString() @MinLength(4, { message: '标题至少 4 个字' }) @MaxLength(200) title?: string;
    @ApiPropertyOptional({ type: [RecipientInput] }) @IsOptional() @IsArray() @ArrayMaxSize(200) @ValidateNested({ each: true }) @Type(() => RecipientInput) mainRecipients?: RecipientInput[];
    @ApiPropertyOptional({ type: [RecipientInput] }) @IsOptional() @IsArray() @ArrayMaxSize(200) @ValidateNested({ each: true }) @Type(() => RecipientInput) copyRecipients?: RecipientInput[];
    @ApiPropertyOptional({ description: '密级：0 非密，1 秘密，2 机密，3 绝密' }) @IsOptional() @IsIn([0, 1, 2, 3], { message: '密级只能是 0（非密）、1（秘密）、2（机密）、3（绝密）' }) secrecyLevel?: 0 | 1 | 2 | 3;
    @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(20) secrecyPeriod?: string;
    @ApiPropertyOptional({ description: '份号（6 位数字）' }) @IsOptional() @Matches(/^\d{6}$/, { message: '份号应为 6 位阿拉伯数字' }) copyNumber?: string;
    @ApiPropertyOptional({ enum: URGENCY_LEVELS }) @IsOptional() @IsIn(URGENCY_LEVELS) urgency?: UrgencyLevel;
    @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(40) proposedSignerName?: string;
    @ApiPropertyOptional({ description: '新正文（保存为新版本）' }) @IsOptional() @IsString() @MinLength(1, { message: '正文不能为空' }) @MaxLength(200_000) body?: string;
    @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(200) bodyNote?: string;
    @ApiPropertyOptional({ type: [FileRef], description: '追加的附件' }) @IsOptional() @IsArray() @ArrayMaxSize(50) @ValidateNested({ each: true }) @Type(() => FileRef) attachments?: FileRef[];
    @ApiPropertyOptional({ type: RoutingBasisInput, description: '行文依据（整体替换）' }) @IsOptional() @ValidateNested() @Type(() => RoutingBasisInput) routing?: RoutingBasisInput;
  }
  export class Request extends Versioned(Changes) {}
}

export class NoteBody {
  @ApiPropertyOptional({ description: '说明' }) @IsOptional() @IsString() @MaxLength(500) note?: string;
}

export namespace SubmitOutgoing {
  export class Body extends NoteBody {}
  export class Request extends OutgoingStep {
    @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(500) note?: string;
  }
}

export namespace ReviewOutgoing {
  export class Body {
    @ApiPropertyOptional({ description: '核稿意见' }) @IsOptional() @IsString() @MaxLength(1000) comment?: string;
  }
  export class Request extends OutgoingStep {
    @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(1000) comment?: string;
  }
}

export namespace ReturnOutgoing {
  export class Body {
    @ApiProperty({ description: '退回意见（须写明修改要求）' }) @IsString() @MinLength(2, { message: '退回须写明修改意见' }) @MaxLength(1000) comment: string;
  }
  export class Request extends OutgoingStep {
    @ApiProperty() @IsString() @MinLength(2, { message: '退回须写明修改意见' }) @MaxLength(1000) comment: string;
  }
}

export namespace RequestCountersign {
  export class Body {
    @ApiPropertyOptional({ type: [String], description: '会签单位（单位通讯录 id）' }) @IsOptional() @IsArray() @ArrayMaxSize(50) @IsUUID('all', { each: true, message: '单位 id 格式不正确' }) unitIds?: string[];
    @ApiPropertyOptional({ type: [String], description: '会签科室代码', example: ['zonghe'] })
    @IsOptional()
    @IsArray()
    @ArrayMaxSize(20)
    @Matches(/^[a-z_]{2,40}$/, { each: true, message: '科室代码格式不正确' })
    sectionCodes?: string[];
  }
  export class Request extends OutgoingStep {
    @ApiPropertyOptional({ type: [String] }) @IsOptional() @IsArray() @ArrayMaxSize(50) @IsUUID('all', { each: true, message: '单位 id 格式不正确' }) unitIds?: string[];
    @ApiPropertyOptional({ type: [String] }) @IsOptional() @IsArray() @ArrayMaxSize(20) @Matches(/^[a-z_]{2,40}$/, { each: true, message: '科室代码格式不正确' }) sectionCodes?: string[];
  }
}

export namespace Countersign {
  export class Body {
    @ApiProperty({ description: '是否同意' }) @IsBoolean({ message: 'agree 须为 true 或 false' }) agree: boolean;
    @ApiPropertyOptional({ description: '会签意见（不同意时必填）' }) @IsOptional() @IsString() @MaxLength(1000) opinion?: string;
  }
  export class Request extends Body {
    @ApiProperty({ format: 'uuid' }) @IsUUID() id: string;
    @ApiProperty({ format: 'uuid', description: '会签记录 id' }) @IsUUID() countersignId: string;
  }
}

export namespace SignOutgoing {
  export class Body {
    @ApiPropertyOptional({ description: '签发领导职务（区长、副区长、主任等）', example: '区长' }) @IsOptional() @IsString() @MaxLength(20) leaderTitle?: string;
    @ApiPropertyOptional({ description: '签发意见' }) @IsOptional() @IsString() @MaxLength(500) opinion?: string;
    @ApiPropertyOptional({ description: '签发日期（成文日期，默认今天；补录纸质签发时填写）', example: '2026-11-27' })
    @IsOptional()
    @IsCalendarDate({ message: '签发日期格式应为 YYYY-MM-DD' })
    signedDate?: string;
  }
  export class Request extends OutgoingStep {
    @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(20) leaderTitle?: string;
    @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(500) opinion?: string;
    @ApiPropertyOptional() @IsOptional() @IsCalendarDate({ message: '签发日期格式应为 YYYY-MM-DD' }) signedDate?: string;
  }
}

export namespace NumberOutgoing {
  export class Body {
    @ApiPropertyOptional({ description: '人工登记的发文字号（补录纸质公文时），省略则按代字和年度顺序编号', example: '博政发〔2026〕3号' })
    @IsOptional()
    @IsString()
    @MaxLength(40)
    manualDocNumber?: string;
  }
  export class Request extends OutgoingStep {
    @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(40) manualDocNumber?: string;
  }
}

export namespace PrintOutgoing {
  export class Body {
    @ApiProperty({ description: '印制份数' }) @IsInt32({ message: '印制份数须为整数' }) @Min(1) @Max(100_000) quantity: number;
    @ApiPropertyOptional({ description: '份号起（涉密公文必填，6 位）', example: '000001' }) @IsOptional() @Matches(/^\d{6}$/, { message: '份号应为 6 位阿拉伯数字' }) copyNumberFrom?: string;
    @ApiPropertyOptional({ description: '份号止', example: '000030' }) @IsOptional() @Matches(/^\d{6}$/, { message: '份号应为 6 位阿拉伯数字' }) copyNumberTo?: string;
    @ApiProperty({ description: '在符合保密要求的场所印制' }) @IsBoolean({ message: 'securePlace 须为 true 或 false' }) securePlace: boolean;
  }
  export class Request extends OutgoingStep {
    @ApiProperty() @IsInt32({ message: '印制份数须为整数' }) @Min(1) @Max(100_000) quantity: number;
    @ApiPropertyOptional() @IsOptional() @Matches(/^\d{6}$/, { message: '份号应为 6 位阿拉伯数字' }) copyNumberFrom?: string;
    @ApiPropertyOptional() @IsOptional() @Matches(/^\d{6}$/, { message: '份号应为 6 位阿拉伯数字' }) copyNumberTo?: string;
    @ApiProperty() @IsBoolean({ message: 'securePlace 须为 true 或 false' }) securePlace: boolean;
  }
}

export namespace SealOutgoing {
  export class Body {
    @ApiProperty({ format: 'uuid', description: '用印记录 id（用印申请获批并用印后取得）' }) @IsUUID('all', { message: '用印记录 id 格式不正确' }) sealUseId: string;
  }
  export class Request extends OutgoingStep {
    @ApiProperty() @IsUUID('all', { message: '用印记录 id 格式不正确' }) sealUseId: string;
  }
}

export namespace SetDisclosure {
  export class Body {
    @ApiProperty({ enum: DISCLOSURE_TYPES, description: '公开属性：主动公开、依申请公开、不予公开' }) @IsIn(DISCLOSURE_TYPES, { message: '公开属性只能是 proactive（主动公开）、on_request（依申请公开）、not_public（不予公开）' }) disclosure: DisclosureType;
    @ApiPropertyOptional({ description: '不予公开的理由（不予公开时必填）' }) @IsOptional() @IsString() @MaxLength(500) reason?: string;
  }
  export class Request extends OutgoingStep {
    @ApiProperty({ enum: DISCLOSURE_TYPES }) @IsIn(DISCLOSURE_TYPES, { message: '公开属性只能是 proactive（主动公开）、on_request（依申请公开）、not_public（不予公开）' }) disclosure: DisclosureType;
    @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(500) reason?: string;
  }
}

export namespace IssueOutgoing {
  export class Request extends OutgoingStep {}
}

export namespace CorrectOutgoing {
  export class Body {
    @ApiProperty({ description: '更正原因' }) @IsString() @MinLength(2, { message: '须写明更正原因' }) @MaxLength(500) reason: string;
  }
  export class Request extends Body {
    @ApiProperty({ format: 'uuid', description: '被更正的已核发文件' }) @IsUUID() id: string;
  }
}

export namespace ReceiveOutgoing {
  export class Request extends RecordRef {}
}

export namespace GetOutgoing {
  export class Request extends RecordRef {}
}

export namespace ListOutgoing {
  export class Request extends PageQuery {
    @ApiPropertyOptional({ enum: OUTGOING_STATUSES }) @IsOptional() @IsIn(OUTGOING_STATUSES) status?: OutgoingStatus;
    @ApiPropertyOptional({ description: '机关代字' }) @IsOptional() @IsString() @MaxLength(12) agencyCode?: string;
    @ApiPropertyOptional({ enum: OUTGOING_DOC_TYPES }) @IsOptional() @IsIn(OUTGOING_DOC_TYPES) docType?: OutgoingDocType;
    @ApiPropertyOptional({ description: '年度（按创建或编号年度）' }) @IsOptional() @Type(() => Number) @IsInt32() @Min(1949) @Max(2200) year?: number;
    @ApiPropertyOptional({ description: '按标题或文号模糊搜索（支持中文）' }) @IsOptional() @IsString() @MaxLength(60) q?: string;
  }
  export class Reply extends PageMeta {
    @ApiProperty({ type: [OutgoingSummaryView] }) items: OutgoingSummaryView[];
  }
}

/**
 * The print-ready 公文 (GB/T 9704-2012): A4, 版心 156 × 225 mm, 22 lines × 28 characters, the red 版头, 发文字号 (and 签发人
 * for a 上行文), title, 主送, body, 附件说明, 落款 and 成文日期 with the seal's place, the 版记 and page numbers "— n —".
 * A version not yet issued prints with 草稿 (拟稿) or 征求意见稿 (核稿、会签中) and a watermark.
 */
export namespace RenderOutgoingPdf {
  export class Request extends RecordRef {}
  export class Reply {
    @ApiProperty({ description: '文件名（中文）' }) filename: string;
    @ApiProperty({ description: '媒体类型' }) mediaType: string;
    @ApiProperty({ description: '页数' }) pages: number;
    @ApiPropertyOptional({ description: '草稿 / 征求意见稿 标记（已核发的公文无）', nullable: true, type: String }) draftMark: string | null;
    @ApiProperty({ type: [String], description: '所用字体的替代说明' }) fontSubstitutions: string[];
    @ApiProperty({ description: 'PDF 内容（Base64）' }) contentBase64: string;
  }
}
