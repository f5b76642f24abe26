import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength } from 'class-validator';
import { ApiProperty, ApiPropertyOptional, eventSubject, IsCalendarDate, IsInt32, PageMeta, PageQuery, RecordRef, Versioned } from '@gov/contracts-common';

/**
 * 内部审计 of a subordinate unit by 财务科: planned 计划 → fieldwork 实施中 (进场; findings recorded) → reported 整改中 (审计报告
 * issued; each finding rectified by the unit and verified by 财务科) → closed 已办结 (every finding verified); planned →
 * withdrawn 已撤回 before fieldwork (with a reason; nothing is deleted).
 */
export const INTERNAL_AUDIT_STATUSES = ['planned', 'fieldwork', 'reported', 'closed', 'withdrawn'] as const;
export type InternalAuditStatus = (typeof INTERNAL_AUDIT_STATUSES)[number];
export const INTERNAL_AUDIT_STATUS_LABELS: Record<InternalAuditStatus, string> = { planned: '计划', fieldwork: '实施中', reported: '整改中', closed: '已办结', withdrawn: '已撤回' };

export const AUDIT_FINDING_CATEGORIES = ['budget_execution', 'revenue_expenditure', 'official_spending', 'procurement', 'assets', 'internal_control', 'accounting', 'other'] as const;
export type AuditFindingCategory = (typeof AUDIT_FINDING_CATEGORIES)[number];
export const AUDIT_FINDING_CATEGORY_LABELS: Record<AuditFindingCategory, string> = {
  budget_execution: '预算执行',
  revenue_expenditure: '收支管理',
  official_spending: '“三公”经费与会议培训费',
  procurement: '政府采购',
  assets: '国有资产管理',
  internal_control: '内部控制',
  accounting: '会计核算',
  other: '其他',
};

/** open 待整改 → rectified 已报整改 → verified 已核查 (a failed 核查 sends it back to open). */
export const AUDIT_FINDING_STATUSES = ['open', 'rectified', 'verified'] as const;
export type AuditFindingStatus = (typeof AUDIT_FINDING_STATUSES)[number];
export const AUDIT_FINDING_STATUS_LABELS: Record<AuditFindingStatus, string> = { open: '待整改', rectified: '已报整改', verified: '已核查' };

/** The fields a caller gives of one audit plan. */
export class InternalAuditFields {
  @ApiProperty({ format: 'uuid', description: '被审计单位' })
  @IsUUID('all', { message: 'unitId：单位标识无效' })
  unitId: string;

  @ApiProperty({ description: '被审计单位名称' })
  @IsString({ message: 'unitName：必须为文本' })
  @MinLength(2, { message: 'unitName：请填写单位名称' })
  @MaxLength(100, { message: 'unitName：不超过 100 个字' })
  unitName: string;

  @ApiProperty({ description: '审计期间起', example: '2025-01-01' })
  @IsCalendarDate({ message: 'periodFrom：日期格式必须为 YYYY-MM-DD' })
  periodFrom: string;

  @ApiProperty({ description: '审计期间止', example: '2025-12-31' })
  @IsCalendarDate({ message: 'periodTo：日期格式必须为 YYYY-MM-DD' })
  periodTo: string;

  @ApiProperty({ description: '审计范围和内容' })
  @IsString({ message: 'scope：必须为文本' })
  @MinLength(2, { message: 'scope：请填写审计范围（至少 2 个字）' })
  @MaxLength(2000, { message: 'scope：不超过 2000 个字' })
  scope: string;

  @ApiProperty({ type: [String], description: '审计组成员（至少 2 人，第一位为组长）' })
  @IsArray({ message: 'team：须为列表' })
  @ArrayMinSize(2, { message: 'team：审计组至少 2 人' })
  @ArrayMaxSize(20, { message: 'team：不超过 20 人' })
  @IsString({ each: true, message: 'team：成员姓名须为文本' })
  @MinLength(2, { each: true, message: 'team：成员姓名至少 2 个字' })
  @MaxLength(30, { each: true, message: 'team：成员姓名不超过 30 个字' })
  team: string[];

  @ApiProperty({ description: '计划进场日期' })
  @IsCalendarDate({ message: 'plannedOn：日期格式必须为 YYYY-MM-DD' })
  plannedOn: string;
}

export class AuditRectificationView {
  @ApiProperty({ description: '整改措施与结果' }) measures: string;
  @ApiProperty({ description: '报告整改日期' }) reportedOn: string;
  @ApiProperty() recordedBy: string;
  @ApiProperty() recordedAt: string;
}

export class AuditVerificationView {
  @ApiProperty({ description: '核查日期' }) verifiedOn: string;
  @ApiProperty({ description: '核查意见' }) note: string;
  @ApiProperty() verifiedBy: string;
  @ApiProperty() verifiedAt: string;
}

export class AuditFindingView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ description: '序号' }) sequence: number;
  @ApiProperty({ enum: AUDIT_FINDING_CATEGORIES }) category: AuditFindingCategory;
  @ApiProperty({ description: '问题描述' }) description: string;
  @ApiPropertyOptional({ nullable: true, description: '涉及金额（分）' }) amountFen: number | null;
  @ApiProperty({ description: '整改要求' }) requirement: string;
  @ApiProperty({ description: '整改期限' }) dueDate: string;
  @ApiProperty({ enum: AUDIT_FINDING_STATUSES }) status: AuditFindingStatus;
  @ApiPropertyOptional({ type: AuditRectificationView, nullable: true }) rectification: AuditRectificationView | null;
  @ApiPropertyOptional({ type: AuditVerificationView, nullable: true }) verification: AuditVerificationView | null;
  @ApiProperty({ description: '核查未通过次数' }) rejections: number;
}

export class InternalAuditView extends InternalAuditFields {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: INTERNAL_AUDIT_STATUSES, description: 'planned 计划 / fieldwork 实施中 / reported 整改中 / closed 已办结 / withdrawn 已撤回' }) status: InternalAuditStatus;
  @ApiPropertyOptional({ nullable: true, description: '进场日期' }) startedOn: string | null;
  @ApiPropertyOptional({ nullable: true, description: '审计报告文号' }) reportNumber: string | null;
  @ApiPropertyOptional({ nullable: true, description: '审计报告日期' }) reportedOn: string | null;
  @ApiPropertyOptional({ nullable: true, description: '办结日期' }) closedOn: string | null;
  @ApiProperty({ type: [AuditFindingView] }) findings: AuditFindingView[];
  @ApiProperty({ description: '涉及金额合计（分）' }) findingsAmountFen: number;
  @ApiPropertyOptional({ description: '撤回理由', nullable: true }) withdrawalReason: string | null;
  @ApiProperty({ type: 'array', items: { type: 'object' } }) timeline: { at: string; by: string; step: string; note: string | null }[];
  @ApiProperty({ description: '版本号（ETag）' }) version: number;
  @ApiProperty() createdAt: string;
  @ApiProperty() createdBy: string;
  @ApiProperty() updatedAt: string;
  @ApiProperty() updatedBy: string;
}

export const InternalAuditErrors = {
  notFound: { kind: 'not_found', code: 'INTERNAL_AUDIT.NOT_FOUND', title: '内部审计不存在' },
  versionConflict: { kind: 'precondition_failed', code: 'INTERNAL_AUDIT.VERSION_CONFLICT', title: '内部审计已被他人修改' },
  invalidState: { kind: 'rule_violation', code: 'INTERNAL_AUDIT.INVALID_STATE', title: '当前状态不能进行此操作' },
  invalidPeriod: { kind: 'rule_violation', code: 'INTERNAL_AUDIT.INVALID_PERIOD', title: '审计期间无效' },
  teamTooSmall: { kind: 'rule_violation', code: 'INTERNAL_AUDIT.TEAM_TOO_SMALL', title: '审计组不少于 2 人' },
  unknownFinding: { kind: 'rule_violation', code: 'INTERNAL_AUDIT.UNKNOWN_FINDING', title: '审计发现的问题不存在' },
  findingState: { kind: 'rule_violation', code: 'INTERNAL_AUDIT.FINDING_STATE', title: '该问题当前状态不能进行此操作' },
  findingsOpen: { kind: 'rule_violation', code: 'INTERNAL_AUDIT.FINDINGS_NOT_VERIFIED', title: '尚有问题未核查销号' },
} as const;

/** RPC subjects, under `rpc.personnel-finance.`. */
export const InternalAuditSubjects = {
  create: 'internal-audit.create',
  update: 'internal-audit.update',
  start: 'internal-audit.start',
  addFinding: 'internal-audit.add-finding',
  report: 'internal-audit.report',
  rectify: 'internal-audit.rectify',
  verify: 'internal-audit.verify',
  close: 'internal-audit.close',
  withdraw: 'internal-audit.withdraw',
  get: 'internal-audit.get',
  list: 'internal-audit.list',
} as const;

export namespace CreateInternalAudit {
  export class Request extends InternalAuditFields {}
  export class Reply extends InternalAuditView {}
}

export namespace UpdateInternalAudit {
  export class Body extends InternalAuditFields {}
  export class Request extends Versioned(Body) {}
  export class Reply extends InternalAuditView {}
}

export namespace StartInternalAudit {
  export class Body {
    @ApiProperty({ description: '进场日期' })
    @IsCalendarDate({ message: 'startedOn：日期格式必须为 YYYY-MM-DD' })
    startedOn: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends InternalAuditView {}
}

export namespace AddAuditFinding {
  export class Body {
    @ApiProperty({ enum: AUDIT_FINDING_CATEGORIES, description: '问题类别' })
    @IsIn(AUDIT_FINDING_CATEGORIES, { message: 'category：问题类别无效' })
    category: AuditFindingCategory;

    @ApiProperty({ description: '问题描述' })
    @IsString({ message: 'description：必须为文本' })
    @MinLength(2, { message: 'description：请描述问题（至少 2 个字）' })
    @MaxLength(2000, { message: 'description：不超过 2000 个字' })
    description: string;

    @ApiPropertyOptional({ description: '涉及金额（分；涉及资金时填写）' })
    @IsOptional()
    @IsInt({ message: 'amountFen：金额须为整数（分）' })
    @Min(1, { message: 'amountFen：金额须大于 0' })
    @Max(Number.MAX_SAFE_INTEGER, { message: 'amountFen：金额过大' })
    amountFen?: number;

    @ApiProperty({ description: '整改要求' })
    @IsString({ message: 'requirement：必须为文本' })
    @MinLength(2, { message: 'requirement：请填写整改要求（至少 2 个字）' })
    @MaxLength(2000, { message: 'requirement：不超过 2000 个字' })
    requirement: string;

    @ApiProperty({ description: '整改期限' })
    @IsCalendarDate({ message: 'dueDate：日期格式必须为 YYYY-MM-DD' })
    dueDate: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends InternalAuditView {}
}

export namespace ReportInternalAudit {
  export class Body {
    @ApiProperty({ description: '审计报告文号' })
    @IsString({ message: 'reportNumber：必须为文本' })
    @MinLength(2, { message: 'reportNumber：请填写审计报告文号' })
    @MaxLength(60, { message: 'reportNumber：不超过 60 个字' })
    reportNumber: string;

    @ApiProperty({ description: '审计报告日期' })
    @IsCalendarDate({ message: 'reportedOn：日期格式必须为 YYYY-MM-DD' })
    reportedOn: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends InternalAuditView {}
}

export namespace RectifyAuditFinding {
  export class Body {
    @ApiProperty({ format: 'uuid', description: '问题' })
    @IsUUID('all', { message: 'findingId：问题标识无效' })
    findingId: string;

    @ApiProperty({ description: '整改措施与结果' })
    @IsString({ message: 'measures：必须为文本' })
    @MinLength(2, { message: 'measures：请填写整改措施与结果（至少 2 个字）' })
    @MaxLength(2000, { message: 'measures：不超过 2000 个字' })
    measures: string;

    @ApiProperty({ description: '报告整改日期' })
    @IsCalendarDate({ message: 'reportedOn：日期格式必须为 YYYY-MM-DD' })
    reportedOn: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends InternalAuditView {}
}

export namespace VerifyAuditFinding {
  export class Body {
    @ApiProperty({ format: 'uuid', description: '问题' })
    @IsUUID('all', { message: 'findingId：问题标识无效' })
    findingId: string;

    @ApiProperty({ description: '核查是否通过（不通过则退回继续整改）' })
    @IsBoolean({ message: 'passed：须为是或否' })
    passed: boolean;

    @ApiProperty({ description: '核查意见' })
    @IsString({ message: 'note：必须为文本' })
    @MinLength(2, { message: 'note：请填写核查意见（至少 2 个字）' })
    @MaxLength(2000, { message: 'note：不超过 2000 个字' })
    note: string;

    @ApiProperty({ description: '核查日期' })
    @IsCalendarDate({ message: 'verifiedOn：日期格式必须为 YYYY-MM-DD' })
    verifiedOn: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends InternalAuditView {}
}

export namespace CloseInternalAudit {
  export class Body {
    @ApiProperty({ description: '办结日期' })
    @IsCalendarDate({ message: 'closedOn：日期格式必须为 YYYY-MM-DD' })
    closedOn: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends InternalAuditView {}
}

export namespace WithdrawInternalAudit {
  export class Body {
    @ApiProperty({ description: '撤回理由' })
    @IsString({ message: 'reason：必须为文本' })
    @MinLength(2, { message: 'reason：撤回须说明理由（至少 2 个字）' })
    @MaxLength(1000, { message: 'reason：不超过 1000 个字' })
    reason: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends InternalAuditView {}
}

export namespace GetInternalAudit {
  export class Request extends RecordRef {}
  export class Reply extends InternalAuditView {}
}

export namespace ListInternalAudits {
  export class Request extends PageQuery {
    @ApiPropertyOptional({ enum: INTERNAL_AUDIT_STATUSES, description: '状态' })
    @IsOptional()
    @IsIn(INTERNAL_AUDIT_STATUSES, { message: 'status：取值无效' })
    status?: InternalAuditStatus;

    @ApiPropertyOptional({ description: '被审计单位' })
    @IsOptional()
    @IsUUID('all', { message: 'unitId：单位标识无效' })
    unitId?: string;

    @ApiPropertyOptional({ description: '单位名称、审计范围模糊搜索（支持中文）' })
    @IsOptional()
    @IsString({ message: 'q：必须为文本' })
    @MaxLength(40, { message: 'q：不超过 40 个字' })
    q?: string;
  }
  export class Reply extends PageMeta {
    @ApiProperty({ type: [InternalAuditView] }) items: InternalAuditView[];
  }
}

/** What the events of one audit carry: its snapshot with its version (consumers apply only newer ones). */
export class InternalAuditSnapshot {
  @ApiProperty() @IsUUID() id: string;
  @ApiProperty() @IsUUID() unitId: string;
  @ApiProperty() @IsString() unitName: string;
  @ApiProperty() @IsIn(INTERNAL_AUDIT_STATUSES) status: InternalAuditStatus;
  @ApiProperty({ description: '问题数' }) @IsInt32() findings: number;
  @ApiProperty({ description: '已核查销号的问题数' }) @IsInt32() verified: number;
  @ApiProperty() @IsInt32() @Min(1) version: number;
}

export const InternalAuditEvents = {
  created: eventSubject('personnel-finance', 'internal-audit.created'),
  updated: eventSubject('personnel-finance', 'internal-audit.updated'),
  started: eventSubject('personnel-finance', 'internal-audit.started'),
  findingAdded: eventSubject('personnel-finance', 'internal-audit.finding-added'),
  reported: eventSubject('personnel-finance', 'internal-audit.reported'),
  rectified: eventSubject('personnel-finance', 'internal-audit.rectified'),
  verified: eventSubject('personnel-finance', 'internal-audit.verified'),
  closed: eventSubject('personnel-finance', 'internal-audit.closed'),
  withdrawn: eventSubject('personnel-finance', 'internal-audit.withdrawn'),
} as const;

/** What each event means, for the catalogue of the events (tools/asyncapi): one sentence about the fact. */
export const InternalAuditEventDescriptions = {
  'internal-audit.created': { zh: '下属单位内部审计列入计划', en: 'An internal audit of a subordinate unit was planned.' },
  'internal-audit.updated': { zh: '内部审计计划被修改', en: 'An internal audit plan was changed.' },
  'internal-audit.started': { zh: '审计组进场实施内部审计', en: 'The audit team started the fieldwork.' },
  'internal-audit.finding-added': { zh: '内部审计发现一个问题（含整改要求和期限）', en: 'An audit finding was recorded, with its rectification requirement and due date.' },
  'internal-audit.reported': { zh: '出具内部审计报告，进入整改', en: 'The audit report was issued; rectification began.' },
  'internal-audit.rectified': { zh: '被审计单位报告了一个问题的整改情况', en: 'The audited unit reported the rectification of a finding.' },
  'internal-audit.verified': { zh: '财务科核查了一个问题的整改（通过销号或退回）', en: 'The finance section verified a finding\'s rectification (closed or sent back).' },
  'internal-audit.closed': { zh: '内部审计办结（全部问题已核查销号）', en: 'An internal audit was closed, every finding verified.' },
  'internal-audit.withdrawn': { zh: '内部审计在进场前被撤回（注明理由，不删除）', en: 'An internal audit was withdrawn before fieldwork, with a reason (never deleted).' },
} as const;

/** Published by personnel-finance at each step of an internal audit; carries its snapshot. */
export namespace InternalAuditChanged {
  export class Event extends InternalAuditSnapshot {}
}
