import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { ApiProperty, ApiPropertyOptional, eventSubject, IsCalendarDate, IsInt32, PageMeta, PageQuery, RecordRef, Versioned } from '@gov/contracts-common';

/**
 * 党组织: the 机关党总支 and its 党支部 (《中国共产党支部工作条例（试行）》2018). A branch is active (正常) or withdrawn
 * (已撤销, with a reason; nothing is deleted). Its committee (支委会) serves a 3-year term; an election (换届) starts a
 * new term, an approved extension (延期换届) of at most 1 year pushes its end.
 */
export const BRANCH_KINDS = ['general', 'branch'] as const;
export type BranchKind = (typeof BRANCH_KINDS)[number];
export const BRANCH_KIND_LABELS: Record<BranchKind, string> = { general: '党总支', branch: '党支部' };

export const BRANCH_STATUSES = ['active', 'withdrawn'] as const;
export type BranchStatus = (typeof BRANCH_STATUSES)[number];
export const BRANCH_STATUS_LABELS: Record<BranchStatus, string> = { active: '正常', withdrawn: '已撤销' };

/** The posts of a 支委会 (党总支委员会). */
export const COMMITTEE_POSTS = ['secretary', 'deputy_secretary', 'organisation', 'publicity', 'discipline', 'youth', 'member'] as const;
export type CommitteePost = (typeof COMMITTEE_POSTS)[number];
export const COMMITTEE_POST_LABELS: Record<CommitteePost, string> = {
  secretary: '书记',
  deputy_secretary: '副书记',
  organisation: '组织委员',
  publicity: '宣传委员',
  discipline: '纪检委员',
  youth: '青年委员',
  member: '委员',
};

/** The term light of a branch: 正常, 换届提醒 (within 6 months of the end), 已到期. */
export const TERM_STATES = ['normal', 'reminder', 'expired'] as const;
export type TermState = (typeof TERM_STATES)[number];
export const TERM_STATE_LABELS: Record<TermState, string> = { normal: '任期内', reminder: '换届提醒', expired: '任期已满' };

export class CommitteeSeat {
  @ApiProperty({ enum: COMMITTEE_POSTS, description: '职务：书记、副书记、组织委员、宣传委员、纪检委员、青年委员、委员' })
  @IsIn(COMMITTEE_POSTS, { message: 'post：职务取值无效' })
  post: CommitteePost;

  @ApiProperty({ description: '姓名' })
  @IsString({ message: 'name：必须为文本' })
  @MinLength(2, { message: 'name：姓名至少 2 个字' })
  @MaxLength(20, { message: 'name：姓名不超过 20 个字' })
  name: string;
}

/** The fields a caller gives of one 党组织. */
export class BranchFields {
  @ApiProperty({ description: '组织名称', example: '中共博山区人民政府办公室第一支部委员会' })
  @IsString({ message: 'name：必须为文本' })
  @MinLength(2, { message: 'name：名称至少 2 个字' })
  @MaxLength(100, { message: 'name：名称不超过 100 个字' })
  name: string;

  @ApiProperty({ enum: BRANCH_KINDS, description: 'general 党总支 / branch 党支部' })
  @IsIn(BRANCH_KINDS, { message: 'kind：组织类别取值无效（党总支或党支部）' })
  kind: BranchKind;

  @ApiPropertyOptional({ description: '所在单位（机关内设科室的支部为空）', format: 'uuid', nullable: true, type: String })
  @IsOptional()
  @IsUUID('all', { message: 'unitId：单位 ID 格式不正确' })
  unitId?: string | null;

  @ApiProperty({ type: [CommitteeSeat], description: '支委会（委员会）成员及职务' })
  @IsArray({ message: 'committee：必须为列表' })
  @ArrayMaxSize(15, { message: 'committee：委员不超过 15 人' })
  @ValidateNested({ each: true })
  @Type(() => CommitteeSeat)
  committee: CommitteeSeat[];

  @ApiProperty({ description: '本届任期开始日期（选举产生之日）', example: '2024-06-28' })
  @IsCalendarDate({ message: 'termStartedOn：必须是有效的日期（YYYY-MM-DD）' })
  termStartedOn: string;

  @ApiPropertyOptional({ description: '主题党日的固定日期（每月几号，1–28）', minimum: 1, maximum: 28, nullable: true })
  @IsOptional()
  @IsInt32({ message: 'themeDay：必须是整数' })
  @Min(1, { message: 'themeDay：每月 1–28 日' })
  @Max(28, { message: 'themeDay：每月 1–28 日' })
  themeDay?: number | null;
}

export class BranchFlag {
  @ApiProperty({ description: '规则代码', example: 'BRANCH.COMMITTEE_REQUIRED' }) code: string;
  @ApiProperty({ description: '提示（附依据条款）' }) message: string;
}

export class BranchTerm {
  @ApiProperty({ description: '任期（年）' }) years: number;
  @ApiProperty({ description: '经批准延期的月数（≤ 12）' }) extensionMonths: number;
  @ApiProperty({ description: '任期届满日' }) endsOn: string;
  @ApiProperty({ description: '换届提醒起始日（届满前 6 个月）' }) reminderFrom: string;
  @ApiProperty({ enum: TERM_STATES, description: 'normal 任期内 / reminder 换届提醒 / expired 任期已满' }) state: TermState;
  @ApiProperty({ description: '说明（附依据）' }) explanation: string;
}

/** The steps of one 换届 (RULES.md §2.11): 换届请示 → 上级批复 → 选举 → 选举结果报告. */
export const ELECTION_STAGES = ['requested', 'approved', 'elected', 'reported'] as const;
export type ElectionStage = (typeof ELECTION_STAGES)[number];
export const ELECTION_STAGE_LABELS: Record<ElectionStage, string> = { requested: '已请示待批复', approved: '已批复待选举', elected: '已选举待报告', reported: '已报告' };

/** The current (or last) 换届 of a branch, step by step; `inline` when the election carried its approval (请示与批复一并登记). */
export class ElectionProcedure {
  @ApiProperty({ enum: ELECTION_STAGES, description: 'requested 已请示 / approved 已批复 / elected 已选举 / reported 已报告' }) stage: ElectionStage;
  @ApiProperty({ description: '是否提前换届（计划日期早于换届提醒期，即距届满 6 个月以上；提前不超过 1 年）' }) early: boolean;
  @ApiProperty({ description: '计划选举日期' }) plannedOn: string;
  @ApiProperty({ description: '请示事由' }) reason: string;
  @ApiProperty({ description: '请示日期' }) requestedOn: string;
  @ApiProperty() requestedBy: string;
  @ApiPropertyOptional({ description: '上级批复文号', nullable: true, type: String }) approvalNumber: string | null;
  @ApiPropertyOptional({ description: '批复日期', nullable: true, type: String }) approvedOn: string | null;
  @ApiPropertyOptional({ description: '批复机关（上级党组织）', nullable: true, type: String }) approver: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) approvedBy: string | null;
  @ApiPropertyOptional({ description: '选举日期', nullable: true, type: String }) electedOn: string | null;
  @ApiPropertyOptional({ description: '选举结果报告日期', nullable: true, type: String }) reportedOn: string | null;
  @ApiPropertyOptional({ description: '报告文号', nullable: true, type: String }) reportNumber: string | null;
  @ApiPropertyOptional({ description: '报送机关', nullable: true, type: String }) reportedTo: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) reportedBy: string | null;
  @ApiProperty({ description: '选举时一并登记请示与批复（未逐步办理）' }) inline: boolean;
}

export class BranchElection {
  @ApiProperty({ description: '类别：request 换届请示 / approval 上级批复 / election 换届选举 / report 选举结果报告 / extension 延期换届' })
  kind: 'request' | 'approval' | 'election' | 'report' | 'extension';
  @ApiProperty({ description: '日期' }) on: string;
  @ApiProperty({ description: '批复文号或说明' }) approval: string;
  @ApiPropertyOptional({ description: '延期月数', nullable: true, type: Number }) months: number | null;
  @ApiProperty() by: string;
}

export class BranchView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ description: '组织名称' }) name: string;
  @ApiProperty({ enum: BRANCH_KINDS, description: 'general 党总支 / branch 党支部' }) kind: BranchKind;
  @ApiPropertyOptional({ description: '所在单位', nullable: true, type: String }) unitId: string | null;
  @ApiProperty({ type: [CommitteeSeat], description: '支委会成员及职务' }) committee: CommitteeSeat[];
  @ApiProperty({ description: '本届任期开始日期' }) termStartedOn: string;
  @ApiPropertyOptional({ description: '主题党日（每月几号）', nullable: true, type: Number }) themeDay: number | null;
  @ApiProperty({ enum: BRANCH_STATUSES, description: 'active 正常 / withdrawn 已撤销' }) status: BranchStatus;
  @ApiPropertyOptional({ description: '撤销理由', nullable: true, type: String }) withdrawalReason: string | null;
  @ApiProperty({ description: '正式党员人数' }) fullMembers: number;
  @ApiProperty({ description: '预备党员人数' }) probationaryMembers: number;
  @ApiProperty({ type: BranchTerm }) term: BranchTerm;
  @ApiProperty({ type: [BranchFlag], description: '组织设置提示（违反《支部工作条例》的情形）' }) flags: BranchFlag[];
  @ApiProperty({ type: [BranchElection], description: '换届与延期记录' }) elections: BranchElection[];
  @ApiPropertyOptional({ type: ElectionProcedure, nullable: true, description: '本次（或最近一次）换届程序' }) procedure: ElectionProcedure | null;
  @ApiProperty({ description: '版本号（ETag）' }) version: number;
  @ApiProperty() createdAt: string;
  @ApiProperty() createdBy: string;
  @ApiProperty() updatedAt: string;
  @ApiProperty() updatedBy: string;
}

export const BranchErrors = {
  notFound: { kind: 'not_found', code: 'BRANCH.NOT_FOUND', title: '党组织不存在' },
  versionConflict: { kind: 'precondition_failed', code: 'BRANCH.VERSION_CONFLICT', title: '党组织已被他人修改' },
  invalidState: { kind: 'rule_violation', code: 'BRANCH.INVALID_STATE', title: '当前状态不能进行此操作' },
  extensionTooLong: { kind: 'rule_violation', code: 'BRANCH.EXTENSION_TOO_LONG', title: '延期换届不得超过一年' },
  electionDate: { kind: 'rule_violation', code: 'BRANCH.ELECTION_DATE', title: '换届日期不能早于本届任期开始' },
  electionOutOfOrder: { kind: 'rule_violation', code: 'BRANCH.ELECTION_OUT_OF_ORDER', title: '换届须按请示、批复、选举、报告的顺序办理' },
  electionTooEarly: { kind: 'rule_violation', code: 'BRANCH.ELECTION_TOO_EARLY', title: '提前换届不得超过一年' },
  electionStepDate: { kind: 'rule_violation', code: 'BRANCH.ELECTION_STEP_DATE', title: '换届各步骤的日期不能早于上一步' },
} as const;

/** RPC subjects, under `rpc.party-affairs.`. */
export const BranchSubjects = {
  create: 'branch.create',
  update: 'branch.update',
  elect: 'branch.elect',
  extend: 'branch.extend',
  requestElection: 'branch.request-election',
  approveElection: 'branch.approve-election',
  reportElection: 'branch.report-election',
  withdraw: 'branch.withdraw',
  get: 'branch.get',
  list: 'branch.list',
} as const;

export namespace CreateBranch {
  export class Request extends BranchFields {}
  export class Reply extends BranchView {}
}

export namespace UpdateBranch {
  export class Body extends BranchFields {}
  export class Request extends Versioned(Body) {}
  export class Reply extends BranchView {}
}

/** 换届请示: the branch asks the higher committee to hold its election on `plannedOn` (early when > 6 months before the end; ≤ 1 year). */
export namespace RequestElection {
  export class Body {
    @ApiProperty({ description: '计划选举日期' })
    @IsCalendarDate({ message: 'plannedOn：必须是有效的日期（YYYY-MM-DD）' })
    plannedOn: string;

    @ApiProperty({ description: '请示事由（如任期届满、提前换届的理由）' })
    @IsString({ message: 'reason：必须为文本' })
    @MinLength(2, { message: 'reason：须说明请示事由（至少 2 个字）' })
    @MaxLength(1000, { message: 'reason：不超过 1000 个字' })
    reason: string;

    @ApiPropertyOptional({ description: '请示日期（默认今天）' })
    @IsOptional()
    @IsCalendarDate({ message: 'requestedOn：必须是有效的日期（YYYY-MM-DD）' })
    requestedOn?: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends BranchView {}
}

/** 上级批复: the higher committee's approval of the request, with its number, date and approver. */
export namespace ApproveElection {
  export class Body {
    @ApiProperty({ description: '批复文号' })
    @IsString({ message: 'approvalNumber：必须为文本' })
    @MinLength(2, { message: 'approvalNumber：须填写批复文号（至少 2 个字）' })
    @MaxLength(200, { message: 'approvalNumber：不超过 200 个字' })
    approvalNumber: string;

    @ApiProperty({ description: '批复日期' })
    @IsCalendarDate({ message: 'approvedOn：必须是有效的日期（YYYY-MM-DD）' })
    approvedOn: string;

    @ApiProperty({ description: '批复机关（上级党组织）' })
    @IsString({ message: 'approver：必须为文本' })
    @MinLength(2, { message: 'approver：须填写批复机关（至少 2 个字）' })
    @MaxLength(200, { message: 'approver：不超过 200 个字' })
    approver: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends BranchView {}
}

/** 选举结果报告: the election's result reported to the higher committee (date, number, to whom). */
export namespace ReportElection {
  export class Body {
    @ApiProperty({ description: '报告日期' })
    @IsCalendarDate({ message: 'reportedOn：必须是有效的日期（YYYY-MM-DD）' })
    reportedOn: string;

    @ApiProperty({ description: '报告文号' })
    @IsString({ message: 'reportNumber：必须为文本' })
    @MinLength(2, { message: 'reportNumber：须填写报告文号（至少 2 个字）' })
    @MaxLength(200, { message: 'reportNumber：不超过 200 个字' })
    reportNumber: string;

    @ApiProperty({ description: '报送机关（上级党组织）' })
    @IsString({ message: 'reportedTo：必须为文本' })
    @MinLength(2, { message: 'reportedTo：须填写报送机关（至少 2 个字）' })
    @MaxLength(200, { message: 'reportedTo：不超过 200 个字' })
    reportedTo: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends BranchView {}
}

/**
 * 换届选举: the new committee, elected on `electedOn` (the new term starts that day). After an approved 换届请示 the
 * approval is the request's; without one, `approval` records the request and its approval at once (marked inline).
 */
export namespace ElectBranch {
  export class Body {
    @ApiProperty({ description: '选举日期（新一届任期开始）' })
    @IsCalendarDate({ message: 'electedOn：必须是有效的日期（YYYY-MM-DD）' })
    electedOn: string;

    @ApiProperty({ type: [CommitteeSeat], description: '新一届委员会' })
    @IsArray({ message: 'committee：必须为列表' })
    @ArrayMaxSize(15, { message: 'committee：委员不超过 15 人' })
    @ValidateNested({ each: true })
    @Type(() => CommitteeSeat)
    committee: CommitteeSeat[];

    @ApiPropertyOptional({ description: '上级党组织批复文号（已有批复的换届请示时可不填；未办请示时必填，视为请示与批复一并登记）' })
    @IsOptional()
    @IsString({ message: 'approval：必须为文本' })
    @MinLength(2, { message: 'approval：须填写上级批复文号（至少 2 个字）' })
    @MaxLength(200, { message: 'approval：不超过 200 个字' })
    approval?: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends BranchView {}
}

/** 延期换届: at most 1 year in all, with the higher committee's recorded approval. */
export namespace ExtendBranchTerm {
  export class Body {
    @ApiProperty({ description: '延期月数（合计不超过 12 个月）', minimum: 1, maximum: 12 })
    @IsInt32({ message: 'months：必须是整数' })
    @Min(1, { message: 'months：至少延期 1 个月' })
    @Max(12, { message: 'months：延期不得超过 12 个月' })
    months: number;

    @ApiProperty({ description: '上级党组织批复文号' })
    @IsString({ message: 'approval：必须为文本' })
    @MinLength(2, { message: 'approval：延期须经上级党组织批准，填写批复文号（至少 2 个字）' })
    @MaxLength(200, { message: 'approval：不超过 200 个字' })
    approval: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends BranchView {}
}

export namespace WithdrawBranch {
  export class Body {
    @ApiProperty({ description: '撤销理由' })
    @IsString({ message: 'reason：必须为文本' })
    @MinLength(2, { message: 'reason：撤销须说明理由（至少 2 个字）' })
    @MaxLength(1000, { message: 'reason：不超过 1000 个字' })
    reason: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends BranchView {}
}

export namespace GetBranch {
  export class Request extends RecordRef {}
  export class Reply extends BranchView {}
}

export namespace ListBranches {
  export class Request extends PageQuery {
    @ApiPropertyOptional({ enum: BRANCH_STATUSES, description: '状态' })
    @IsOptional()
    @IsIn(BRANCH_STATUSES, { message: 'status：取值无效' })
    status?: BranchStatus;

    @ApiPropertyOptional({ description: '名称模糊搜索（支持中文）' })
    @IsOptional()
    @IsString({ message: 'q：必须为文本' })
    @MaxLength(40, { message: 'q：不超过 40 个字' })
    q?: string;
  }
  export class Reply extends PageMeta {
    @ApiProperty({ type: [BranchView] }) items: BranchView[];
  }
}

/** What the events of one 党组织 carry: its snapshot with its version (consumers apply only newer ones). */
export class BranchSnapshot {
  @ApiProperty() @IsUUID() id: string;
  @ApiPropertyOptional({ nullable: true, type: String }) @IsOptional() @IsUUID() unitId: string | null;
  @ApiProperty() @IsString() name: string;
  @ApiProperty() @IsIn(BRANCH_KINDS) kind: BranchKind;
  @ApiProperty() @IsCalendarDate() termEndsOn: string;
  @ApiProperty() @IsIn(BRANCH_STATUSES) status: BranchStatus;
  @ApiProperty() @IsInt32() @Min(1) version: number;
}

export const BranchEvents = {
  created: eventSubject('party-affairs', 'branch.created'),
  updated: eventSubject('party-affairs', 'branch.updated'),
  elected: eventSubject('party-affairs', 'branch.elected'),
  extended: eventSubject('party-affairs', 'branch.extended'),
  electionRequested: eventSubject('party-affairs', 'branch.election-requested'),
  electionApproved: eventSubject('party-affairs', 'branch.election-approved'),
  electionReported: eventSubject('party-affairs', 'branch.election-reported'),
  withdrawn: eventSubject('party-affairs', 'branch.withdrawn'),
} as const;

/** What each event means, for the catalogue of the events (tools/asyncapi): one sentence about the fact. */
export const BranchEventDescriptions = {
  'branch.created': { zh: '党组织设立', en: 'A party branch was set up.' },
  'branch.updated': { zh: '党组织信息被修改', en: 'A party branch was changed.' },
  'branch.elected': { zh: '党组织完成换届选举', en: 'A party branch elected its new committee.' },
  'branch.extended': { zh: '党组织经批准延期换届', en: "A party branch's term was extended with approval." },
  'branch.election-requested': { zh: '党组织提交换届请示', en: 'A party branch asked the higher committee to hold its election.' },
  'branch.election-approved': { zh: '上级党组织批复换届请示', en: "The higher committee approved a party branch's election request." },
  'branch.election-reported': { zh: '党组织报告换届选举结果', en: "A party branch reported its election's result to the higher committee." },
  'branch.withdrawn': { zh: '党组织被撤销（注明理由，不删除）', en: 'A party branch was withdrawn, with a reason (never deleted).' },
} as const;

/** Published by party-affairs when a 党组织 is created, changed, elected, extended or withdrawn; carries its snapshot. */
export namespace BranchChanged {
  export class Event extends BranchSnapshot {}
}
