import { Type } from 'class-transformer';
import { IsIn, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import { ApiProperty, ApiPropertyOptional, eventSubject, IsCalendarDate, IsInt32, PageMeta, PageQuery, RecordRef, Versioned } from '@gov/contracts-common';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/**
 * 党费减免 (中组发〔2008〕3号 第五条): a member's request to pay less (减交) or nothing (免交) for a span of months; the
 * 支部委员会 decides, the 党总支 approves; then it is in force. Refused or withdrawn with a reason; nothing is deleted.
 * requested 已申请 → branch_decided 支部已研究 → in_force 已批准生效; refused 未批准; withdrawn 已撤回.
 */
export const DUES_REDUCTION_STATUSES = ['requested', 'branch_decided', 'in_force', 'refused', 'withdrawn'] as const;
export type DuesReductionStatus = (typeof DUES_REDUCTION_STATUSES)[number];
export const DUES_REDUCTION_STATUS_LABELS: Record<DuesReductionStatus, string> = {
  requested: '已申请',
  branch_decided: '支部已研究',
  in_force: '已批准生效',
  refused: '未批准',
  withdrawn: '已撤回',
};

export const DUES_REDUCTION_KINDS = ['reduce', 'exempt'] as const;
export type DuesReductionKind = (typeof DUES_REDUCTION_KINDS)[number];
export const DUES_REDUCTION_KIND_LABELS: Record<DuesReductionKind, string> = { reduce: '减交', exempt: '免交' };

/** The fields a caller gives of one 党费减免 request. */
export class DuesReductionFields {
  @ApiProperty({ format: 'uuid', description: '党员' })
  @IsUUID('all', { message: 'memberId：须为党员 id' })
  memberId: string;

  @ApiProperty({ enum: DUES_REDUCTION_KINDS, description: 'reduce 减交 / exempt 免交' })
  @IsIn(DUES_REDUCTION_KINDS, { message: 'kind：须为减交或免交' })
  kind: DuesReductionKind;

  @ApiProperty({ description: '起始月份（YYYY-MM，含）', example: '2026-01' })
  @Matches(MONTH, { message: 'fromMonth：须为 YYYY-MM 格式的月份' })
  fromMonth: string;

  @ApiProperty({ description: '截止月份（YYYY-MM，含）', example: '2026-12' })
  @Matches(MONTH, { message: 'toMonth：须为 YYYY-MM 格式的月份' })
  toMonth: string;

  @ApiPropertyOptional({ description: '减交后每月应交（分）；减交时必填', nullable: true })
  @IsOptional()
  @Type(() => Number)
  @IsInt32({ message: 'reducedMonthlyFen：须为整数（分）' })
  @Min(1, { message: 'reducedMonthlyFen：减交后的金额须大于 0（全部免除请选择免交）' })
  @Max(10_000_000, { message: 'reducedMonthlyFen：金额过大' })
  reducedMonthlyFen?: number | null;

  @ApiProperty({ description: '申请理由' })
  @IsString({ message: 'reason：必须为文本' })
  @MinLength(2, { message: 'reason：须说明理由（至少 2 个字）' })
  @MaxLength(2000, { message: 'reason：不超过 2000 个字' })
  reason: string;
}

export class DuesReductionView extends DuesReductionFields {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() memberName: string;
  @ApiProperty({ format: 'uuid' }) branchId: string;
  @ApiProperty() branchName: string;
  @ApiPropertyOptional({ description: '党支部所属单位', nullable: true, type: String }) unitId: string | null;
  @ApiProperty({ enum: DUES_REDUCTION_STATUSES }) status: DuesReductionStatus;
  @ApiPropertyOptional({ description: '支部委员会研究日期', nullable: true, type: String }) branchDecidedOn: string | null;
  @ApiPropertyOptional({ description: '支部委员会会议（纪要编号等）', nullable: true, type: String }) branchMeetingRef: string | null;
  @ApiPropertyOptional({ description: '党总支审批人', nullable: true, type: String }) approver: string | null;
  @ApiPropertyOptional({ description: '党总支批准日期', nullable: true, type: String }) approvedOn: string | null;
  @ApiPropertyOptional({ description: '不予批准的理由', nullable: true, type: String }) refusalReason: string | null;
  @ApiPropertyOptional({ description: '撤回理由', nullable: true, type: String }) withdrawalReason: string | null;
  @ApiProperty({ description: '版本号（ETag）' }) version: number;
  @ApiProperty() createdAt: string;
  @ApiProperty() createdBy: string;
  @ApiProperty() updatedAt: string;
  @ApiProperty() updatedBy: string;
}

export const DuesReductionErrors = {
  notFound: { kind: 'not_found', code: 'DUES_REDUCTION.NOT_FOUND', title: '党费减免不存在' },
  versionConflict: { kind: 'precondition_failed', code: 'DUES_REDUCTION.VERSION_CONFLICT', title: '党费减免已被他人修改' },
  invalidState: { kind: 'rule_violation', code: 'DUES_REDUCTION.INVALID_STATE', title: '当前状态不能进行此操作' },
  rule: { kind: 'rule_violation', code: 'DUES_REDUCTION.RULE', title: '党费减免不符合规定' },
  memberUnknown: { kind: 'rule_violation', code: 'DUES_REDUCTION.MEMBER_UNKNOWN', title: '党员不存在或不需交纳党费' },
  overlap: { kind: 'conflict', code: 'DUES_REDUCTION.OVERLAP', title: '该党员在这些月份已有党费减免' },
} as const;

export const DuesErrors = {
  branchUnknown: { kind: 'not_found', code: 'DUES.BRANCH_UNKNOWN', title: '党支部不存在或无权查看' },
} as const;

/** RPC subjects, under `rpc.party-affairs.`. */
export const DuesReductionSubjects = {
  create: 'dues-reduction.create',
  decide: 'dues-reduction.decide',
  approve: 'dues-reduction.approve',
  refuse: 'dues-reduction.refuse',
  withdraw: 'dues-reduction.withdraw',
  get: 'dues-reduction.get',
  list: 'dues-reduction.list',
} as const;

/** RPC subjects of the records computed from the collection: receipts and the yearly statement. */
export const DuesLedgerSubjects = {
  receipts: 'dues.receipts',
  receiptsXlsx: 'dues.receipts-xlsx',
  statement: 'dues.statement',
  statementXlsx: 'dues.statement-xlsx',
} as const;

export namespace CreateDuesReduction {
  export class Request extends DuesReductionFields {}
  export class Reply extends DuesReductionView {}
}

/** 支部委员会研究: the branch committee's decision (date and meeting). */
export namespace DecideDuesReduction {
  export class Body {
    @ApiProperty({ description: '支部委员会研究日期' })
    @IsCalendarDate({ message: 'on：必须是有效的日期（YYYY-MM-DD）' })
    on: string;

    @ApiProperty({ description: '支部委员会会议（纪要编号等）' })
    @IsString({ message: 'meetingRef：必须为文本' })
    @MinLength(2, { message: 'meetingRef：须填写会议记录（至少 2 个字）' })
    @MaxLength(200, { message: 'meetingRef：不超过 200 个字' })
    meetingRef: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends DuesReductionView {}
}

/** 党总支审批: the higher committee's approval (approver and date); from then on in force. */
export namespace ApproveDuesReduction {
  export class Body {
    @ApiProperty({ description: '党总支审批人' })
    @IsString({ message: 'approver：必须为文本' })
    @MinLength(2, { message: 'approver：须填写审批人' })
    @MaxLength(50, { message: 'approver：不超过 50 个字' })
    approver: string;

    @ApiProperty({ description: '批准日期' })
    @IsCalendarDate({ message: 'on：必须是有效的日期（YYYY-MM-DD）' })
    on: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends DuesReductionView {}
}

class ReasonBody {
  @ApiProperty({ description: '理由' })
  @IsString({ message: 'reason：必须为文本' })
  @MinLength(2, { message: 'reason：须说明理由（至少 2 个字）' })
  @MaxLength(1000, { message: 'reason：不超过 1000 个字' })
  reason: string;
}

/** 不予批准 (by the branch or the 总支), with a reason. */
export namespace RefuseDuesReduction {
  export class Body extends ReasonBody {}
  export class Request extends Versioned(Body) {}
  export class Reply extends DuesReductionView {}
}

/** 撤回 (also ends one in force), with a reason. */
export namespace WithdrawDuesReduction {
  export class Body extends ReasonBody {}
  export class Request extends Versioned(Body) {}
  export class Reply extends DuesReductionView {}
}

export namespace GetDuesReduction {
  export class Request extends RecordRef {}
  export class Reply extends DuesReductionView {}
}

export namespace ListDues {
  export class Request extends PageQuery {
    @ApiPropertyOptional({ enum: DUES_REDUCTION_STATUSES, description: '状态' })
    @IsOptional()
    @IsIn(DUES_REDUCTION_STATUSES, { message: 'status：取值无效' })
    status?: DuesReductionStatus;

    @ApiPropertyOptional({ format: 'uuid', description: '党员' })
    @IsOptional()
    @IsUUID('all', { message: 'memberId：须为党员 id' })
    memberId?: string;

    @ApiPropertyOptional({ description: '党员姓名模糊搜索（支持中文）' })
    @IsOptional()
    @IsString({ message: 'q：必须为文本' })
    @MaxLength(40, { message: 'q：不超过 40 个字' })
    q?: string;
  }
  export class Reply extends PageMeta {
    @ApiProperty({ type: [DuesReductionView] }) items: DuesReductionView[];
  }
}

/** What the events of one 党费减免 carry: its snapshot with its version (consumers apply only newer ones). */
export class DuesReductionSnapshot {
  @ApiProperty() @IsUUID() id: string;
  @ApiProperty() @IsUUID() memberId: string;
  @ApiProperty() @IsUUID() branchId: string;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsUUID() unitId: string | null;
  @ApiProperty() @IsIn(DUES_REDUCTION_KINDS) kind: DuesReductionKind;
  @ApiProperty() @IsString() fromMonth: string;
  @ApiProperty() @IsString() toMonth: string;
  @ApiProperty() @IsIn(DUES_REDUCTION_STATUSES) status: DuesReductionStatus;
  @ApiProperty() @IsInt32() @Min(1) version: number;
}

export const DuesReductionEvents = {
  created: eventSubject('party-affairs', 'dues-reduction.created'),
  decided: eventSubject('party-affairs', 'dues-reduction.decided'),
  approved: eventSubject('party-affairs', 'dues-reduction.approved'),
  refused: eventSubject('party-affairs', 'dues-reduction.refused'),
  withdrawn: eventSubject('party-affairs', 'dues-reduction.withdrawn'),
} as const;

/** What each event means, for the catalogue of the events (tools/asyncapi): one sentence about the fact. */
export const DuesReductionEventDescriptions = {
  'dues-reduction.created': { zh: '党费减免申请登记', en: 'A request to reduce or waive a member’s dues was recorded.' },
  'dues-reduction.decided': { zh: '支部委员会研究同意党费减免', en: 'The branch committee agreed to a dues reduction.' },
  'dues-reduction.approved': { zh: '党总支批准党费减免，自此生效', en: 'The general branch approved a dues reduction; it is in force.' },
  'dues-reduction.refused': { zh: '党费减免未获批准（注明理由）', en: 'A dues reduction was refused, with a reason.' },
  'dues-reduction.withdrawn': { zh: '党费减免被撤回（注明理由，不删除）', en: 'A dues reduction was withdrawn, with a reason (never deleted).' },
} as const;

/** Published by party-affairs when a 党费减免 changes; carries its snapshot (no personal data). */
export namespace DuesReductionChanged {
  export class Event extends DuesReductionSnapshot {}
}

/** One receipt (党费收据): a recorded payment with its number; a voided payment keeps its number, marked 作废. */
export class DuesReceipt {
  @ApiProperty({ description: '收据编号（每个党支部每年一个序列，连续、不重复使用）', example: '2026-0001' }) number: string;
  @ApiProperty({ description: '年度内序号' }) seq: number;
  @ApiProperty({ format: 'uuid' }) memberId: string;
  @ApiProperty() memberName: string;
  @ApiProperty({ description: '所属月份' }) month: string;
  @ApiProperty({ description: '金额（分）' }) amountFen: number;
  @ApiProperty() paidOn: string;
  @ApiProperty() recordedBy: string;
  @ApiProperty() recordedAt: string;
  @ApiProperty({ description: '已作废' }) voided: boolean;
  @ApiPropertyOptional({ nullable: true, description: '作废理由', type: String }) voidReason: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) voidedBy: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) voidedAt: string | null;
}

class BranchMonth {
  @ApiProperty({ format: 'uuid', description: '党支部' })
  @IsUUID('all', { message: 'branchId：须为党支部 id' })
  branchId: string;

  @ApiProperty({ description: '交纳月份（YYYY-MM，按交纳日期）', example: '2026-11' })
  @Matches(MONTH, { message: 'month：须为 YYYY-MM 格式的月份' })
  month: string;
}

class BranchYear {
  @ApiProperty({ format: 'uuid', description: '党支部' })
  @IsUUID('all', { message: 'branchId：须为党支部 id' })
  branchId: string;

  @ApiProperty({ description: '年度' })
  @Type(() => Number)
  @IsInt32({ message: 'year：须为年份' })
  @Min(2000, { message: 'year：年份有误' })
  @Max(2100, { message: 'year：年份有误' })
  year: number;
}

/** A file answer (.xlsx). */
export class DuesFileReply {
  @ApiProperty({ description: '文件名（中文）' }) filename: string;
  @ApiProperty({ description: '媒体类型' }) mediaType: string;
  @ApiProperty({ description: '行数（不含表头）' }) rows: number;
  @ApiProperty({ description: '.xlsx 内容（Base64）' }) contentBase64: string;
}

/** 党费收据: a branch's receipts of the payments recorded (by the date paid) in a month. */
export namespace ListDuesReceipts {
  export class Request extends BranchMonth {}
  export class Reply {
    @ApiProperty() branchId: string;
    @ApiProperty() branchName: string;
    @ApiProperty() month: string;
    @ApiProperty({ type: [DuesReceipt] }) items: DuesReceipt[];
    @ApiProperty({ description: '有效收据合计（分，不含作废）' }) totalFen: number;
  }
}

export namespace DuesReceiptsXlsx {
  export class Request extends BranchMonth {}
  export class Reply extends DuesFileReply {}
}

/** One member's line of the yearly statement: per month due / paid / reduced (分). */
export class DuesStatementMonth {
  @ApiProperty() month: string;
  @ApiProperty({ description: '应交（分，已扣减免）' }) dueFen: number;
  @ApiProperty({ description: '实交（分，不含作废）' }) paidFen: number;
  @ApiProperty({ description: '减免（分）' }) reducedFen: number;
}

export class DuesStatementLine {
  @ApiProperty({ format: 'uuid' }) memberId: string;
  @ApiProperty() memberName: string;
  @ApiProperty({ type: [DuesStatementMonth] }) months: DuesStatementMonth[];
  @ApiProperty() dueFen: number;
  @ApiProperty() paidFen: number;
  @ApiProperty() reducedFen: number;
  @ApiProperty({ description: '欠缴（分）' }) arrearsFen: number;
}

/** 党费收缴年度报表: per member and month of a branch's year, computed from the records only. */
export namespace DuesStatement {
  export class Request extends BranchYear {}
  export class Reply {
    @ApiProperty() branchId: string;
    @ApiProperty() branchName: string;
    @ApiProperty() year: number;
    @ApiProperty({ description: '计算截至月份（本年为当月，往年为 12 月）' }) throughMonth: string;
    @ApiProperty({ type: [DuesStatementLine] }) lines: DuesStatementLine[];
    @ApiProperty() dueFen: number;
    @ApiProperty() paidFen: number;
    @ApiProperty() reducedFen: number;
    @ApiProperty() arrearsFen: number;
  }
}

export namespace DuesStatementXlsx {
  export class Request extends BranchYear {}
  export class Reply extends DuesFileReply {}
}
