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

export class BranchElection {
  @ApiProperty({ description: '类别：election 换届选举 / extension 延期换届' }) kind: 'election' | 'extension';
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
} as const;

/** RPC subjects, under `rpc.party-affairs.`. */
export const BranchSubjects = {
  create: 'branch.create',
  update: 'branch.update',
  elect: 'branch.elect',
  extend: 'branch.extend',
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

/** 换届选举: the new committee, elected on `electedOn` (the new term starts that day), with the higher committee's approval. */
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

    @ApiProperty({ description: '上级党组织批复文号（选举结果报批）' })
    @IsString({ message: 'approval：必须为文本' })
    @MinLength(2, { message: 'approval：须填写上级批复文号（至少 2 个字）' })
    @MaxLength(200, { message: 'approval：不超过 200 个字' })
    approval: string;
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
  withdrawn: eventSubject('party-affairs', 'branch.withdrawn'),
} as const;

/** What each event means, for the catalogue of the events (tools/asyncapi): one sentence about the fact. */
export const BranchEventDescriptions = {
  'branch.created': { zh: '党组织设立', en: 'A party branch was set up.' },
  'branch.updated': { zh: '党组织信息被修改', en: 'A party branch was changed.' },
  'branch.elected': { zh: '党组织完成换届选举', en: 'A party branch elected its new committee.' },
  'branch.extended': { zh: '党组织经批准延期换届', en: "A party branch's term was extended with approval." },
  'branch.withdrawn': { zh: '党组织被撤销（注明理由，不删除）', en: 'A party branch was withdrawn, with a reason (never deleted).' },
} as const;

/** Published by party-affairs when a 党组织 is created, changed, elected, extended or withdrawn; carries its snapshot. */
export namespace BranchChanged {
  export class Event extends BranchSnapshot {}
}
