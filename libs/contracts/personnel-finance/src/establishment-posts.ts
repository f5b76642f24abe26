import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsString, IsUUID, Matches, MaxLength, Min, MinLength, ValidateIf } from 'class-validator';
import { ApiProperty, ApiPropertyOptional, eventSubject, IsCalendarDate, IsInt32, PageMeta, PageQuery, RecordRef, Versioned } from '@gov/contracts-common';

/** in_force 有效 → withdrawn 已撤回 (entered in error or the post abolished, with a reason; nothing is deleted). */
export const ESTABLISHMENT_POST_STATUSES = ['in_force', 'withdrawn'] as const;
export type EstablishmentPostStatus = (typeof ESTABLISHMENT_POST_STATUSES)[number];
export const ESTABLISHMENT_POST_STATUS_LABELS: Record<EstablishmentPostStatus, string> = { in_force: '有效', withdrawn: '已撤回' };

/** 编制类别: 行政编制, 参照公务员法管理, 事业编制, 工勤编制 (each filled by the staff of the matching 人员类别). */
export const ESTABLISHMENT_KINDS = ['administrative', 'managed', 'institution', 'worker'] as const;
export type EstablishmentKind = (typeof ESTABLISHMENT_KINDS)[number];
export const ESTABLISHMENT_KIND_LABELS: Record<EstablishmentKind, string> = { administrative: '行政编制', managed: '参照公务员法管理', institution: '事业编制', worker: '工勤编制' };

/** 职数层级: 正科级、副科级 leading posts (领导职数), 股级, and the general posts (一般工作人员) of the kind. */
export const ESTABLISHMENT_LEVELS = ['principal_section', 'deputy_section', 'unit_chief', 'general'] as const;
export type EstablishmentLevel = (typeof ESTABLISHMENT_LEVELS)[number];
export const ESTABLISHMENT_LEVEL_LABELS: Record<EstablishmentLevel, string> = { principal_section: '正科级', deputy_section: '副科级', unit_chief: '股级', general: '一般工作人员' };

/** Where the filled count comes from: the office's own staff records, or the figure a subordinate unit reported. */
export const FILL_SOURCES = ['staff_records', 'reported'] as const;
export type FillSource = (typeof FILL_SOURCES)[number];

/** 依据: every establishment and every change of it rests on a 批文 of the 机构编制委员会 (文号 and date). */
export class EstablishmentBasis {
  @ApiProperty({ description: '批准文号（依据）', example: '博编发〔2026〕3号' })
  @IsString({ message: 'basisNumber：必须为文本' })
  @MinLength(2, { message: 'basisNumber：须填写批准文号（依据）' })
  @MaxLength(60, { message: 'basisNumber：不超过 60 个字' })
  basisNumber: string;

  @ApiProperty({ description: '批准日期', example: '2026-03-01' })
  @IsCalendarDate({ message: 'basisDate：日期格式必须为 YYYY-MM-DD' })
  basisDate: string;
}

/** The fields a caller gives of one 机构编制 line: a unit's posts of one kind and level, with the count approved. */
export class EstablishmentPostFields extends EstablishmentBasis {
  @ApiPropertyOptional({ description: '单位 id（本办为空；下属单位填单位目录中的 id）', nullable: true, type: String, format: 'uuid' })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsUUID('all', { message: 'unitId：须为单位 id' })
  unitId?: string | null;

  @ApiProperty({ description: '单位名称', example: '博山区人民政府办公室' })
  @IsString({ message: 'unitName：必须为文本' })
  @MinLength(2, { message: 'unitName：至少 2 个字' })
  @MaxLength(100, { message: 'unitName：不超过 100 个字' })
  unitName: string;

  @ApiProperty({ enum: ESTABLISHMENT_KINDS, description: '编制类别：administrative 行政编制 / managed 参照公务员法管理 / institution 事业编制 / worker 工勤编制' })
  @IsIn(ESTABLISHMENT_KINDS, { message: 'kind：编制类别取值无效' })
  kind: EstablishmentKind;

  @ApiProperty({ enum: ESTABLISHMENT_LEVELS, description: '职数层级：principal_section 正科级 / deputy_section 副科级 / unit_chief 股级 / general 一般工作人员' })
  @IsIn(ESTABLISHMENT_LEVELS, { message: 'level：职数层级取值无效' })
  level: EstablishmentLevel;

  @ApiProperty({ description: '岗位名称', example: '副主任' })
  @IsString({ message: 'title：必须为文本' })
  @MinLength(2, { message: 'title：至少 2 个字' })
  @MaxLength(60, { message: 'title：不超过 60 个字' })
  title: string;

  @ApiProperty({ type: [String], description: '对应职务（本办按工作人员的“职务”计算实有人数；一般工作人员可留空，即本类别中未被其他岗位计入的人员）', example: ['副主任'] })
  @IsArray({ message: 'postTitles：须为列表' })
  @ArrayMaxSize(20, { message: 'postTitles：不超过 20 项' })
  @IsString({ each: true, message: 'postTitles：每项须为文本' })
  @MinLength(2, { each: true, message: 'postTitles：每项至少 2 个字' })
  @MaxLength(40, { each: true, message: 'postTitles：每项不超过 40 个字' })
  postTitles: string[];

  @ApiProperty({ description: '核定数（名）', example: 3 })
  @IsInt32({ message: 'approvedCount：核定数须为整数' })
  @Min(0, { message: 'approvedCount：核定数不能为负数' })
  approvedCount: number;

  @ApiPropertyOptional({ description: '实有人数（仅下属单位填报；本办由工作人员名册计算）', nullable: true, type: Number })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsInt32({ message: 'reportedFilled：实有人数须为整数' })
  @Min(0, { message: 'reportedFilled：实有人数不能为负数' })
  reportedFilled?: number | null;

  @ApiPropertyOptional({ description: '说明' })
  @IsOptional()
  @IsString({ message: 'note：必须为文本' })
  @MaxLength(1000, { message: 'note：不超过 1000 个字' })
  note?: string;
}

/** One version of a 机构编制 line: what was approved, on which 批文, entered by whom and when (kept, never rewritten). */
export class EstablishmentRevisionView {
  @ApiProperty({ description: '版本号' }) version: number;
  @ApiProperty({ enum: ESTABLISHMENT_KINDS }) kind: EstablishmentKind;
  @ApiProperty({ enum: ESTABLISHMENT_LEVELS }) level: EstablishmentLevel;
  @ApiProperty({ description: '核定数' }) approvedCount: number;
  @ApiProperty({ description: '批准文号' }) basisNumber: string;
  @ApiProperty({ description: '批准日期' }) basisDate: string;
  @ApiPropertyOptional({ nullable: true, type: String, description: '说明' }) note: string | null;
  @ApiProperty({ description: '登记人' }) by: string;
  @ApiProperty({ description: '登记时间' }) at: string;
}

export class EstablishmentPostView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiPropertyOptional({ description: '单位 id（本办为空）', nullable: true, type: String }) unitId: string | null;
  @ApiProperty({ description: '单位名称' }) unitName: string;
  @ApiProperty({ enum: ESTABLISHMENT_KINDS }) kind: EstablishmentKind;
  @ApiProperty({ enum: ESTABLISHMENT_LEVELS }) level: EstablishmentLevel;
  @ApiProperty({ description: '岗位名称' }) title: string;
  @ApiProperty({ type: [String], description: '对应职务' }) postTitles: string[];
  @ApiProperty({ description: '核定数' }) approvedCount: number;
  @ApiProperty({ description: '现行批准文号' }) basisNumber: string;
  @ApiProperty({ description: '现行批准日期' }) basisDate: string;
  @ApiProperty({ description: '实有人数' }) filled: number;
  @ApiProperty({ description: '空缺数（核定数 − 实有人数，不小于 0）' }) vacant: number;
  @ApiProperty({ description: '超编（超职数）人数' }) overstaffed: number;
  @ApiProperty({ enum: FILL_SOURCES, description: 'staff_records 由工作人员名册计算 / reported 单位填报' }) fillSource: FillSource;
  @ApiProperty({ description: '实有人数的计算说明' }) fillExplanation: string;
  @ApiProperty({ type: [EstablishmentRevisionView], description: '历次核定（含依据、登记人）' }) revisions: EstablishmentRevisionView[];
  @ApiProperty({ enum: ESTABLISHMENT_POST_STATUSES, description: 'in_force 有效 / withdrawn 已撤回' }) status: EstablishmentPostStatus;
  @ApiPropertyOptional({ description: '撤回理由', nullable: true, type: String }) withdrawalReason: string | null;
  @ApiProperty({ type: 'array', items: { type: 'object' } }) timeline: { at: string; by: string; step: string; note: string | null }[];
  @ApiProperty({ description: '版本号（ETag）' }) version: number;
  @ApiProperty() createdAt: string;
  @ApiProperty() createdBy: string;
  @ApiProperty() updatedAt: string;
  @ApiProperty() updatedBy: string;
}

export const EstablishmentPostErrors = {
  notFound: { kind: 'not_found', code: 'ESTABLISHMENT_POST.NOT_FOUND', title: '机构编制不存在' },
  versionConflict: { kind: 'precondition_failed', code: 'ESTABLISHMENT_POST.VERSION_CONFLICT', title: '机构编制已被他人修改' },
  invalidState: { kind: 'rule_violation', code: 'ESTABLISHMENT_POST.INVALID_STATE', title: '当前状态不能进行此操作' },
  duplicate: { kind: 'conflict', code: 'ESTABLISHMENT_POST.DUPLICATE', title: '该单位已有同一类别、层级、名称的编制' },
} as const;

/** RPC subjects, under `rpc.personnel-finance.`. */
export const EstablishmentPostSubjects = {
  create: 'establishment-post.create',
  update: 'establishment-post.update',
  withdraw: 'establishment-post.withdraw',
  get: 'establishment-post.get',
  list: 'establishment-post.list',
} as const;

export namespace CreateEstablishmentPost {
  export class Request extends EstablishmentPostFields {}
  export class Reply extends EstablishmentPostView {}
}

/** A change is a new version of the line, resting on its own 批文 (文号 and date). */
export namespace UpdateEstablishmentPost {
  export class Body extends EstablishmentPostFields {}
  export class Request extends Versioned(Body) {}
  export class Reply extends EstablishmentPostView {}
}

export namespace WithdrawEstablishmentPost {
  export class Body {
    @ApiProperty({ description: '撤回理由（如：录入错误、岗位经批准撤销）' })
    @IsString({ message: 'reason：必须为文本' })
    @MinLength(2, { message: 'reason：撤回须说明理由（至少 2 个字）' })
    @MaxLength(1000, { message: 'reason：不超过 1000 个字' })
    reason: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends EstablishmentPostView {}
}

export namespace GetEstablishmentPost {
  export class Request extends RecordRef {}
  export class Reply extends EstablishmentPostView {}
}

export namespace ListEstablishmentPosts {
  export class Request extends PageQuery {
    @ApiPropertyOptional({ enum: ESTABLISHMENT_POST_STATUSES, description: '状态' })
    @IsOptional()
    @IsIn(ESTABLISHMENT_POST_STATUSES, { message: 'status：取值无效' })
    status?: EstablishmentPostStatus;

    @ApiPropertyOptional({ enum: ESTABLISHMENT_KINDS, description: '编制类别' })
    @IsOptional()
    @IsIn(ESTABLISHMENT_KINDS, { message: 'kind：取值无效' })
    kind?: EstablishmentKind;

    @ApiPropertyOptional({ description: '只看本办（true）' })
    @IsOptional()
    @Matches(/^(true|false)$/, { message: 'ownOffice：只能是 true 或 false' })
    ownOffice?: string;

    @ApiPropertyOptional({ description: '单位名称、岗位名称模糊搜索（支持中文）' })
    @IsOptional()
    @IsString({ message: 'q：必须为文本' })
    @MaxLength(40, { message: 'q：不超过 40 个字' })
    q?: string;
  }
  export class Reply extends PageMeta {
    @ApiProperty({ type: [EstablishmentPostView] }) items: EstablishmentPostView[];
  }
}

/** What the events of one 机构编制 line carry: its snapshot with its version (consumers apply only newer ones). */
export class EstablishmentPostSnapshot {
  @ApiProperty() @IsUUID() id: string;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsUUID() unitId: string | null;
  @ApiProperty() @IsString() unitName: string;
  @ApiProperty() @IsIn(ESTABLISHMENT_KINDS) kind: EstablishmentKind;
  @ApiProperty() @IsIn(ESTABLISHMENT_LEVELS) level: EstablishmentLevel;
  @ApiProperty() @IsString() title: string;
  @ApiProperty() @IsInt32() @Min(0) approvedCount: number;
  @ApiProperty() @IsString() basisNumber: string;
  @ApiProperty() @IsIn(ESTABLISHMENT_POST_STATUSES) status: EstablishmentPostStatus;
  @ApiProperty() @IsInt32() @Min(1) version: number;
}

export const EstablishmentPostEvents = {
  created: eventSubject('personnel-finance', 'establishment-post.created'),
  updated: eventSubject('personnel-finance', 'establishment-post.updated'),
  withdrawn: eventSubject('personnel-finance', 'establishment-post.withdrawn'),
} as const;

/** What each event means, for the catalogue of the events (tools/asyncapi): one sentence about the fact. */
export const EstablishmentPostEventDescriptions = {
  'establishment-post.created': { zh: '机构编制（某单位某类别、层级的核定数）登记，附批准文号', en: "An establishment line (a unit's posts of one kind and level, with the count approved) was registered, with its basis." },
  'establishment-post.updated': { zh: '机构编制核定数或岗位调整（新版本，附批准文号）', en: 'An establishment line was changed: a new version resting on its own basis.' },
  'establishment-post.withdrawn': { zh: '机构编制被撤回（注明理由，不删除）', en: 'An establishment line was withdrawn, with a reason (never deleted).' },
} as const;

/**
 * Published by personnel-finance when a 机构编制 line is registered, changed or withdrawn; no consumer yet (the
 * establishment summary for other services). A consumer applies a snapshot only when its version is newer.
 */
export namespace EstablishmentPostChanged {
  export class Event extends EstablishmentPostSnapshot {}
}
