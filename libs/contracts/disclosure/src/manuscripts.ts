import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength } from 'class-validator';
import { ApiProperty, ApiPropertyOptional, eventSubject, IsCalendarDate, IsInt32, PageMeta, PageQuery, RecordRef, Versioned } from '@gov/contracts-common';

/**
 * 政务公开稿件: a unit's (or the office's own) manuscript for 《政务公开工作交流》 or the provincial or city 政务公开 column.
 * pending 待报送 (with 政务公开科) → submitted 已报送 (sent on, with the date) → adopted 已采用 (date, where, issue) |
 * not_adopted 未采用; pending / submitted → withdrawn 已撤回 (with a reason; nothing is deleted).
 */
export const MANUSCRIPT_STATUSES = ['pending', 'submitted', 'adopted', 'not_adopted', 'withdrawn'] as const;
export type ManuscriptStatus = (typeof MANUSCRIPT_STATUSES)[number];
export const MANUSCRIPT_STATUS_LABELS: Record<ManuscriptStatus, string> = { pending: '待报送', submitted: '已报送', adopted: '已采用', not_adopted: '未采用', withdrawn: '已撤回' };

/** Where a manuscript is sent. */
export const MANUSCRIPT_TARGETS = ['exchange', 'provincial', 'city'] as const;
export type ManuscriptTarget = (typeof MANUSCRIPT_TARGETS)[number];
export const MANUSCRIPT_TARGET_LABELS: Record<ManuscriptTarget, string> = { exchange: '《政务公开工作交流》', provincial: '省级政务公开栏目', city: '市级政务公开栏目' };

const DATE = { message: '必须是有效的日期（YYYY-MM-DD）' };

/** The fields a caller gives of one 政务公开稿件. */
export class ManuscriptFields {
  @ApiProperty({ description: '标题', example: '博山区"四个聚焦"推动基层政务公开标准化规范化' })
  @IsString({ message: 'title：必须为文本' })
  @MinLength(2, { message: 'title：至少 2 个字' })
  @MaxLength(200, { message: 'title：不超过 200 个字' })
  title: string;

  @ApiProperty({ description: '作者（1–10 人）', type: [String] })
  @IsArray({ message: 'authors：必须为列表' })
  @ArrayMinSize(1, { message: 'authors：至少填写 1 名作者' })
  @ArrayMaxSize(10, { message: 'authors：至多 10 名作者' })
  @IsString({ each: true, message: 'authors：作者姓名必须为文本' })
  @MinLength(1, { each: true, message: 'authors：作者姓名不能为空' })
  @MaxLength(40, { each: true, message: 'authors：作者姓名不超过 40 个字' })
  authors: string[];

  @ApiProperty({ description: '作者单位', example: '区应急管理局' })
  @IsString({ message: 'authorUnit：必须为文本' })
  @MinLength(2, { message: 'authorUnit：请填写作者单位（至少 2 个字）' })
  @MaxLength(100, { message: 'authorUnit：不超过 100 个字' })
  authorUnit: string;

  @ApiProperty({ enum: MANUSCRIPT_TARGETS, description: '投稿去向：exchange《政务公开工作交流》/ provincial 省级栏目 / city 市级栏目' })
  @IsIn(MANUSCRIPT_TARGETS, { message: 'target：取值无效（《政务公开工作交流》、省级栏目或市级栏目）' })
  target: ManuscriptTarget;

  @ApiProperty({ description: '正文' })
  @IsString({ message: 'content：必须为文本' })
  @MinLength(10, { message: 'content：正文至少 10 个字' })
  @MaxLength(50000, { message: 'content：不超过 50000 个字' })
  content: string;

  @ApiPropertyOptional({ description: '附件名称（至多 20 个）', type: [String] })
  @IsOptional()
  @IsArray({ message: 'attachments：必须为列表' })
  @ArrayMaxSize(20, { message: 'attachments：至多 20 个附件' })
  @IsString({ each: true, message: 'attachments：附件名称必须为文本' })
  @MaxLength(200, { each: true, message: 'attachments：附件名称不超过 200 个字' })
  attachments?: string[];
}

export class ManuscriptStepView {
  @ApiProperty({ description: '步骤：register 登记 / update 修改 / submit 报送 / adopt 采用 / reject 未采用 / withdraw 撤回' }) step: string;
  @ApiProperty({ description: '步骤名称' }) label: string;
  @ApiPropertyOptional({ description: '说明或理由', nullable: true, type: String }) note: string | null;
  @ApiProperty() by: string;
  @ApiProperty() at: string;
}

export class ManuscriptView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiPropertyOptional({ description: '报送单位（联络员报送时为本单位；办公室自身的为空）', nullable: true, type: String }) unitId: string | null;
  @ApiProperty() title: string;
  @ApiProperty({ type: [String], description: '作者' }) authors: string[];
  @ApiProperty({ description: '作者单位' }) authorUnit: string;
  @ApiProperty({ enum: MANUSCRIPT_TARGETS }) target: ManuscriptTarget;
  @ApiProperty({ description: '投稿去向（中文）' }) targetLabel: string;
  @ApiProperty({ description: '正文' }) content: string;
  @ApiProperty({ type: [String], description: '附件名称' }) attachments: string[];
  @ApiProperty({ enum: MANUSCRIPT_STATUSES }) status: ManuscriptStatus;
  @ApiProperty({ description: '状态（中文）' }) statusLabel: string;
  @ApiPropertyOptional({ description: '报送日期', nullable: true, type: String }) submittedOn: string | null;
  @ApiPropertyOptional({ description: '报送人', nullable: true, type: String }) submittedBy: string | null;
  @ApiPropertyOptional({ description: '采用日期', nullable: true, type: String }) adoptedOn: string | null;
  @ApiPropertyOptional({ description: '刊发位置（刊物或栏目）', nullable: true, type: String }) publishedIn: string | null;
  @ApiPropertyOptional({ description: '期号', nullable: true, type: String }) issueNumber: string | null;
  @ApiPropertyOptional({ description: '未采用说明', nullable: true, type: String }) rejectionNote: string | null;
  @ApiPropertyOptional({ description: '撤回理由', nullable: true, type: String }) withdrawalReason: string | null;
  @ApiProperty({ description: '版本号（ETag）' }) version: number;
  @ApiProperty() createdAt: string;
  @ApiProperty() createdBy: string;
  @ApiProperty() updatedAt: string;
  @ApiProperty() updatedBy: string;
}

export class ManuscriptDetail extends ManuscriptView {
  @ApiProperty({ type: [ManuscriptStepView], description: '办理过程' }) steps: ManuscriptStepView[];
}

export const ManuscriptErrors = {
  notFound: { kind: 'not_found', code: 'MANUSCRIPT.NOT_FOUND', title: '政务公开稿件不存在' },
  versionConflict: { kind: 'precondition_failed', code: 'MANUSCRIPT.VERSION_CONFLICT', title: '政务公开稿件已被他人修改' },
  invalidState: { kind: 'rule_violation', code: 'MANUSCRIPT.INVALID_STATE', title: '当前状态不能进行此操作' },
  dateOrder: { kind: 'rule_violation', code: 'MANUSCRIPT.DATE_ORDER', title: '日期先后不符合办理顺序' },
} as const;

/** RPC subjects, under `rpc.disclosure.`. */
export const ManuscriptSubjects = {
  create: 'manuscript.create',
  update: 'manuscript.update',
  submit: 'manuscript.submit',
  adopt: 'manuscript.adopt',
  reject: 'manuscript.reject',
  withdraw: 'manuscript.withdraw',
  get: 'manuscript.get',
  list: 'manuscript.list',
  stats: 'manuscript.stats',
} as const;

export namespace CreateManuscript {
  export class Request extends ManuscriptFields {
    @ApiPropertyOptional({ format: 'uuid', description: '报送单位（政务公开科代单位登记时填写；联络员为本单位，不填）' })
    @IsOptional()
    @IsUUID('all', { message: 'unitId：单位 id 无效' })
    unitId?: string;
  }
  export class Reply extends ManuscriptDetail {}
}

export namespace UpdateManuscript {
  export class Body extends ManuscriptFields {}
  export class Request extends Versioned(Body) {}
  export class Reply extends ManuscriptDetail {}
}

export namespace SubmitManuscript {
  export class Body {
    @ApiProperty({ description: '报送日期' }) @IsCalendarDate(DATE) submittedOn: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends ManuscriptDetail {}
}

export namespace AdoptManuscript {
  export class Body {
    @ApiProperty({ description: '采用日期' }) @IsCalendarDate(DATE) adoptedOn: string;

    @ApiProperty({ description: '刊发位置（刊物或栏目）', example: '山东省政府网站·政务公开专栏' })
    @IsString({ message: 'publishedIn：必须为文本' })
    @MinLength(2, { message: 'publishedIn：请填写刊发位置（至少 2 个字）' })
    @MaxLength(200, { message: 'publishedIn：不超过 200 个字' })
    publishedIn: string;

    @ApiPropertyOptional({ description: '期号', example: '2026年第3期' })
    @IsOptional()
    @IsString({ message: 'issueNumber：必须为文本' })
    @MaxLength(40, { message: 'issueNumber：不超过 40 个字' })
    issueNumber?: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends ManuscriptDetail {}
}

export namespace RejectManuscript {
  export class Body {
    @ApiPropertyOptional({ description: '未采用说明' })
    @IsOptional()
    @IsString({ message: 'note：必须为文本' })
    @MaxLength(1000, { message: 'note：不超过 1000 个字' })
    note?: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends ManuscriptDetail {}
}

export namespace WithdrawManuscript {
  export class Body {
    @ApiProperty({ description: '撤回理由' })
    @IsString({ message: 'reason：必须为文本' })
    @MinLength(2, { message: 'reason：撤回须说明理由（至少 2 个字）' })
    @MaxLength(1000, { message: 'reason：不超过 1000 个字' })
    reason: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends ManuscriptDetail {}
}

export namespace GetManuscript {
  export class Request extends RecordRef {}
  export class Reply extends ManuscriptDetail {}
}

export namespace ListManuscripts {
  export class Request extends PageQuery {
    @ApiPropertyOptional({ enum: MANUSCRIPT_STATUSES, description: '状态' })
    @IsOptional()
    @IsIn(MANUSCRIPT_STATUSES, { message: 'status：取值无效' })
    status?: ManuscriptStatus;

    @ApiPropertyOptional({ enum: MANUSCRIPT_TARGETS, description: '投稿去向' })
    @IsOptional()
    @IsIn(MANUSCRIPT_TARGETS, { message: 'target：取值无效' })
    target?: ManuscriptTarget;

    @ApiPropertyOptional({ description: '标题或作者模糊搜索（支持中文）' })
    @IsOptional()
    @IsString({ message: 'q：必须为文本' })
    @MaxLength(40, { message: 'q：不超过 40 个字' })
    q?: string;
  }
  export class Reply extends PageMeta {
    @ApiProperty({ type: [ManuscriptView] }) items: ManuscriptView[];
  }
}

/** One line of the yearly count: a unit (null: the office itself) and a target. */
export class ManuscriptCountRow {
  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String, description: '报送单位（空：办公室自身）' }) unitId: string | null;
  @ApiProperty({ enum: MANUSCRIPT_TARGETS }) target: ManuscriptTarget;
  @ApiProperty({ description: '投稿去向（中文）' }) targetLabel: string;
  @ApiProperty({ description: '报送篇数（当年报送的，含已采用、未采用）' }) submitted: number;
  @ApiProperty({ description: '采用篇数' }) adopted: number;
}

export namespace ManuscriptStats {
  export class Request {
    @ApiProperty({ description: '年度（按报送日期）', example: 2026 })
    @Type(() => Number)
    @IsInt32({ message: 'year：年度须为整数' })
    @Min(2000, { message: 'year：年度为 2000–2100' })
    @Max(2100, { message: 'year：年度为 2000–2100' })
    year: number;
  }
  export class Reply {
    @ApiProperty() year: number;
    @ApiProperty({ type: [ManuscriptCountRow] }) rows: ManuscriptCountRow[];
    @ApiProperty({ description: '合计报送' }) submitted: number;
    @ApiProperty({ description: '合计采用' }) adopted: number;
  }
}

/** What the events of one 政务公开稿件 carry: its snapshot with its version (consumers apply only newer ones). */
export class ManuscriptSnapshot {
  @ApiProperty() @IsUUID() id: string;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsUUID() unitId: string | null;
  @ApiProperty() @IsString() title: string;
  @ApiProperty() @IsIn(MANUSCRIPT_TARGETS) target: ManuscriptTarget;
  @ApiProperty() @IsIn(MANUSCRIPT_STATUSES) status: ManuscriptStatus;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsCalendarDate() submittedOn: string | null;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsCalendarDate() adoptedOn: string | null;
  @ApiProperty() @IsInt32() @Min(1) version: number;
}

export const ManuscriptEvents = {
  created: eventSubject('disclosure', 'manuscript.created'),
  updated: eventSubject('disclosure', 'manuscript.updated'),
  submitted: eventSubject('disclosure', 'manuscript.submitted'),
  adopted: eventSubject('disclosure', 'manuscript.adopted'),
  rejected: eventSubject('disclosure', 'manuscript.rejected'),
  withdrawn: eventSubject('disclosure', 'manuscript.withdrawn'),
} as const;

/** What each event means, for the catalogue of the events (tools/asyncapi): one sentence about the fact. */
export const ManuscriptEventDescriptions = {
  'manuscript.created': { zh: '政务公开稿件登记（待政务公开科报送）', en: 'A manuscript was registered, to be sent on by the section.' },
  'manuscript.updated': { zh: '政务公开稿件在报送前被修改', en: 'A manuscript was changed before it was sent on.' },
  'manuscript.submitted': { zh: '政务公开科报送稿件', en: 'The section sent a manuscript on to its target.' },
  'manuscript.adopted': { zh: '稿件被采用（日期、刊发位置、期号）', en: 'A manuscript was adopted (date, where, issue).' },
  'manuscript.rejected': { zh: '稿件未被采用', en: 'A manuscript was not adopted.' },
  'manuscript.withdrawn': { zh: '政务公开稿件被撤回（注明理由，不删除）', en: 'A manuscript was withdrawn, with a reason (never deleted).' },
} as const;

/** Published by disclosure at every step of a 政务公开稿件; carries its snapshot. */
export namespace ManuscriptChanged {
  export class Event extends ManuscriptSnapshot {}
}
