import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { ApiProperty, ApiPropertyOptional, eventSubject, IsCalendarDate, IsInt32, PageMeta, PageQuery, RecordRef, Versioned } from '@gov/contracts-common';

/**
 * 纪检监察 / 党风廉政: the yearly 全面从严治党 主体责任 lists (责任清单) of the 总支 and its branches with their completion,
 * the 谈话提醒 (talks) and the 问题线索 (clues). Talks' records and clues are confidential: only holders of
 * `integrity-confidential:read` see them (see permissions.ts); every read of a clue carries its 密级 and is audited.
 */

// ---------------------------------------------------------------- 责任清单

/** open 执行中 → withdrawn 已撤回 (with a reason; nothing is deleted). */
export const RESPONSIBILITY_STATUSES = ['open', 'withdrawn'] as const;
export type ResponsibilityStatus = (typeof RESPONSIBILITY_STATUSES)[number];
export const RESPONSIBILITY_STATUS_LABELS: Record<ResponsibilityStatus, string> = { open: '执行中', withdrawn: '已撤回' };

/** One 主体责任 item as given: its content, who is responsible, by when (an `id` keeps an existing item on a change). */
export class ResponsibilityItemInput {
  @ApiPropertyOptional({ format: 'uuid', description: '已有条目的 ID（修改时保留其完成情况）' })
  @IsOptional()
  @IsUUID('all', { message: 'items.id：条目 ID 格式不正确' })
  id?: string;

  @ApiProperty({ description: '责任内容' })
  @IsString({ message: 'items.content：必须为文本' })
  @MinLength(2, { message: 'items.content：责任内容至少 2 个字' })
  @MaxLength(1000, { message: 'items.content：不超过 1000 个字' })
  content: string;

  @ApiProperty({ description: '责任人' })
  @IsString({ message: 'items.responsible：必须为文本' })
  @MinLength(2, { message: 'items.responsible：责任人至少 2 个字' })
  @MaxLength(50, { message: 'items.responsible：不超过 50 个字' })
  responsible: string;

  @ApiProperty({ description: '完成时限（YYYY-MM-DD）' })
  @IsCalendarDate({ message: 'items.dueOn：必须是有效的日期（YYYY-MM-DD）' })
  dueOn: string;
}

export class ResponsibilityItem {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ description: '责任内容' }) content: string;
  @ApiProperty({ description: '责任人' }) responsible: string;
  @ApiProperty({ description: '完成时限' }) dueOn: string;
  @ApiPropertyOptional({ description: '完成日期', nullable: true, type: String }) doneOn: string | null;
  @ApiPropertyOptional({ description: '完成情况（佐证材料说明）', nullable: true, type: String }) evidence: string | null;
  @ApiPropertyOptional({ description: '登记完成情况的人', nullable: true, type: String }) completedBy: string | null;
}

export class ResponsibilityFields {
  @ApiProperty({ description: '年度', example: 2026 })
  @IsInt32({ message: 'year：必须是整数' })
  @Min(2018, { message: 'year：不早于 2018 年' })
  @Max(2100, { message: 'year：不晚于 2100 年' })
  year: number;

  @ApiProperty({ format: 'uuid', description: '责任主体：党总支或党支部' })
  @IsUUID('all', { message: 'branchId：党组织 ID 格式不正确' })
  branchId: string;

  @ApiProperty({ description: '清单名称', example: '2026 年度全面从严治党主体责任清单' })
  @IsString({ message: 'title：必须为文本' })
  @MinLength(2, { message: 'title：至少 2 个字' })
  @MaxLength(200, { message: 'title：不超过 200 个字' })
  title: string;

  @ApiProperty({ type: [ResponsibilityItemInput], description: '责任条目' })
  @IsArray({ message: 'items：必须为列表' })
  @ArrayMinSize(1, { message: 'items：至少 1 条' })
  @ArrayMaxSize(200, { message: 'items：不超过 200 条' })
  @ValidateNested({ each: true })
  @Type(() => ResponsibilityItemInput)
  items: ResponsibilityItemInput[];
}

export class ResponsibilityView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() year: number;
  @ApiProperty({ format: 'uuid' }) branchId: string;
  @ApiProperty({ description: '党组织名称' }) branchName: string;
  @ApiPropertyOptional({ description: '所在单位（随党组织）', nullable: true, type: String }) unitId: string | null;
  @ApiProperty() title: string;
  @ApiProperty({ type: [ResponsibilityItem] }) items: ResponsibilityItem[];
  @ApiProperty({ description: '条目数' }) itemCount: number;
  @ApiProperty({ description: '已完成条目数' }) done: number;
  @ApiProperty({ description: '逾期未完成条目数（今天，Asia/Shanghai）' }) overdue: number;
  @ApiProperty({ description: '完成率（百分比，保留一位小数）' }) completionRate: number;
  @ApiProperty({ enum: RESPONSIBILITY_STATUSES, description: 'open 执行中 / withdrawn 已撤回' }) status: ResponsibilityStatus;
  @ApiPropertyOptional({ description: '撤回理由', nullable: true, type: String }) withdrawalReason: string | null;
  @ApiProperty({ description: '版本号（ETag）' }) version: number;
  @ApiProperty() createdAt: string;
  @ApiProperty() createdBy: string;
  @ApiProperty() updatedAt: string;
  @ApiProperty() updatedBy: string;
}

export const ResponsibilityErrors = {
  notFound: { kind: 'not_found', code: 'RESPONSIBILITY.NOT_FOUND', title: '责任清单不存在' },
  versionConflict: { kind: 'precondition_failed', code: 'RESPONSIBILITY.VERSION_CONFLICT', title: '责任清单已被他人修改' },
  invalidState: { kind: 'rule_violation', code: 'RESPONSIBILITY.INVALID_STATE', title: '当前状态不能进行此操作' },
  branchUnknown: { kind: 'rule_violation', code: 'RESPONSIBILITY.BRANCH_UNKNOWN', title: '党组织不存在或已撤销' },
  itemUnknown: { kind: 'rule_violation', code: 'RESPONSIBILITY.ITEM_UNKNOWN', title: '责任条目不存在' },
  duplicate: { kind: 'conflict', code: 'RESPONSIBILITY.DUPLICATE', title: '该党组织本年度已有责任清单' },
  dateOutOfRange: { kind: 'rule_violation', code: 'RESPONSIBILITY.DATE_OUT_OF_RANGE', title: '日期不符合要求' },
} as const;

/** RPC subjects, under `rpc.party-affairs.`. */
export const ResponsibilitySubjects = {
  create: 'responsibility.create',
  update: 'responsibility.update',
  complete: 'responsibility.complete',
  withdraw: 'responsibility.withdraw',
  get: 'responsibility.get',
  list: 'responsibility.list',
  year: 'responsibility.year',
} as const;

export namespace CreateResponsibility {
  export class Request extends ResponsibilityFields {}
  export class Reply extends ResponsibilityView {}
}

export namespace UpdateResponsibility {
  export class Body extends ResponsibilityFields {}
  export class Request extends Versioned(Body) {}
  export class Reply extends ResponsibilityView {}
}

/** Records one item's completion: the day it was done and the evidence (a done item may be recorded again to correct it). */
export namespace CompleteResponsibilityItem {
  export class Body {
    @ApiProperty({ format: 'uuid', description: '责任条目' })
    @IsUUID('all', { message: 'itemId：条目 ID 格式不正确' })
    itemId: string;

    @ApiProperty({ description: '完成日期' })
    @IsCalendarDate({ message: 'doneOn：必须是有效的日期（YYYY-MM-DD）' })
    doneOn: string;

    @ApiProperty({ description: '完成情况（佐证材料说明）' })
    @IsString({ message: 'evidence：必须为文本' })
    @MinLength(2, { message: 'evidence：完成情况至少 2 个字' })
    @MaxLength(5000, { message: 'evidence：不超过 5000 个字' })
    evidence: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends ResponsibilityView {}
}

export namespace WithdrawResponsibility {
  export class Body {
    @ApiProperty({ description: '撤回理由' })
    @IsString({ message: 'reason：必须为文本' })
    @MinLength(2, { message: 'reason：撤回须说明理由（至少 2 个字）' })
    @MaxLength(1000, { message: 'reason：不超过 1000 个字' })
    reason: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends ResponsibilityView {}
}

export namespace GetResponsibility {
  export class Request extends RecordRef {}
  export class Reply extends ResponsibilityView {}
}

export namespace ListIntegrity {
  export class Request extends PageQuery {
    @ApiPropertyOptional({ enum: RESPONSIBILITY_STATUSES, description: '状态' })
    @IsOptional()
    @IsIn(RESPONSIBILITY_STATUSES, { message: 'status：取值无效' })
    status?: ResponsibilityStatus;

    @ApiPropertyOptional({ description: '年度' })
    @IsOptional()
    @Type(() => Number)
    @IsInt32({ message: 'year：必须是整数' })
    @Min(2018, { message: 'year：不早于 2018 年' })
    @Max(2100, { message: 'year：不晚于 2100 年' })
    year?: number;

    @ApiPropertyOptional({ format: 'uuid', description: '党组织' })
    @IsOptional()
    @IsUUID('all', { message: 'branchId：党组织 ID 格式不正确' })
    branchId?: string;

    @ApiPropertyOptional({ description: '名称模糊搜索（支持中文）' })
    @IsOptional()
    @IsString({ message: 'q：必须为文本' })
    @MaxLength(40, { message: 'q：不超过 40 个字' })
    q?: string;
  }
  export class Reply extends PageMeta {
    @ApiProperty({ type: [ResponsibilityView] }) items: ResponsibilityView[];
  }
}

export class ResponsibilityYearLine {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() title: string;
  @ApiProperty({ format: 'uuid' }) branchId: string;
  @ApiProperty() branchName: string;
  @ApiProperty() total: number;
  @ApiProperty() done: number;
  @ApiProperty() overdue: number;
  @ApiProperty({ description: '完成率（百分比）' }) completionRate: number;
}

/** The year view: each list's completion and the whole year's rate (withdrawn lists left out). */
export namespace ResponsibilityYear {
  export class Request {
    @ApiProperty({ description: '年度', example: 2026 })
    @Type(() => Number)
    @IsInt32({ message: 'year：必须是整数' })
    @Min(2018, { message: 'year：不早于 2018 年' })
    @Max(2100, { message: 'year：不晚于 2100 年' })
    year: number;
  }
  export class Reply {
    @ApiProperty() year: number;
    @ApiProperty({ description: '判定日（今天）' }) asOf: string;
    @ApiProperty({ type: [ResponsibilityYearLine] }) lists: ResponsibilityYearLine[];
    @ApiProperty() total: number;
    @ApiProperty() done: number;
    @ApiProperty() overdue: number;
    @ApiProperty({ description: '全年完成率（百分比）' }) completionRate: number;
  }
}

/** What the events of one 责任清单 carry: its snapshot with its version (consumers apply only newer ones). */
export class ResponsibilitySnapshot {
  @ApiProperty() @IsUUID() id: string;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsUUID() unitId: string | null;
  @ApiProperty() @IsUUID() branchId: string;
  @ApiProperty() @IsInt32() year: number;
  @ApiProperty() @IsString() title: string;
  @ApiProperty() @IsIn(RESPONSIBILITY_STATUSES) status: ResponsibilityStatus;
  @ApiProperty() @IsInt32() @Min(0) total: number;
  @ApiProperty() @IsInt32() @Min(0) done: number;
  @ApiProperty() @IsInt32() @Min(1) version: number;
}

export const ResponsibilityEvents = {
  created: eventSubject('party-affairs', 'responsibility.created'),
  updated: eventSubject('party-affairs', 'responsibility.updated'),
  completed: eventSubject('party-affairs', 'responsibility.completed'),
  withdrawn: eventSubject('party-affairs', 'responsibility.withdrawn'),
} as const;

/** What each event means, for the catalogue of the events (tools/asyncapi): one sentence about the fact. */
export const ResponsibilityEventDescriptions = {
  'responsibility.created': { zh: '全面从严治党责任清单登记', en: 'A yearly responsibility list was created.' },
  'responsibility.updated': { zh: '责任清单被修改', en: 'A responsibility list was changed.' },
  'responsibility.completed': { zh: '责任条目登记完成情况', en: 'An item of a responsibility list was recorded as done.' },
  'responsibility.withdrawn': { zh: '责任清单被撤回（注明理由，不删除）', en: 'A responsibility list was withdrawn, with a reason (never deleted).' },
} as const;

/** Published by party-affairs when a 责任清单 is created, changed, completed or withdrawn; carries its snapshot. */
export namespace ResponsibilityChanged {
  export class Event extends ResponsibilitySnapshot {}
}

// ---------------------------------------------------------------- 谈话提醒

export const TALK_KINDS = ['reminder', 'admonition', 'integrity'] as const;
export type TalkKind = (typeof TALK_KINDS)[number];
export const TALK_KIND_LABELS: Record<TalkKind, string> = { reminder: '提醒谈话', admonition: '诫勉谈话', integrity: '廉政谈话' };
export const TALK_STATUSES = ['recorded', 'withdrawn'] as const;
export type TalkStatus = (typeof TALK_STATUSES)[number];
export const TALK_STATUS_LABELS: Record<TalkStatus, string> = { recorded: '已登记', withdrawn: '已撤回' };

export class TalkFields {
  @ApiPropertyOptional({ format: 'uuid', description: '谈话对象（党员）；非党员工作人员填姓名与单位' })
  @IsOptional()
  @IsUUID('all', { message: 'memberId：党员 ID 格式不正确' })
  memberId?: string;

  @ApiPropertyOptional({ description: '谈话对象姓名（非党员时必填）' })
  @IsOptional()
  @IsString({ message: 'personName：必须为文本' })
  @MaxLength(50, { message: 'personName：不超过 50 个字' })
  personName?: string;

  @ApiPropertyOptional({ description: '谈话对象单位及职务（非党员时必填）' })
  @IsOptional()
  @IsString({ message: 'personUnit：必须为文本' })
  @MaxLength(100, { message: 'personUnit：不超过 100 个字' })
  personUnit?: string;

  @ApiProperty({ enum: TALK_KINDS, description: '类别：提醒谈话、诫勉谈话、廉政谈话' })
  @IsIn(TALK_KINDS, { message: 'kind：类别取值无效' })
  kind: TalkKind;

  @ApiProperty({ description: '谈话日期' })
  @IsCalendarDate({ message: 'talkedOn：必须是有效的日期（YYYY-MM-DD）' })
  talkedOn: string;

  @ApiProperty({ description: '谈话人' })
  @IsString({ message: 'talker：必须为文本' })
  @MinLength(2, { message: 'talker：谈话人至少 2 个字' })
  @MaxLength(100, { message: 'talker：不超过 100 个字' })
  talker: string;

  @ApiProperty({ description: '谈话记录（保密）' })
  @IsString({ message: 'record：必须为文本' })
  @MinLength(2, { message: 'record：谈话记录至少 2 个字' })
  @MaxLength(20000, { message: 'record：不超过 20000 个字' })
  record: string;
}

/**
 * A talk. Without `integrity-confidential:read` only that a talk took place is shown: the kind, the day and the talker;
 * the person and the record are null and `confidential` is false.
 */
export class TalkView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ description: '是否含保密内容（谈话对象与记录）' }) confidential: boolean;
  @ApiPropertyOptional({ nullable: true, type: String }) memberId: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, description: '谈话对象（保密）' }) personName: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, description: '谈话对象单位（保密）' }) personUnit: string | null;
  @ApiProperty({ enum: TALK_KINDS }) kind: TalkKind;
  @ApiProperty() talkedOn: string;
  @ApiProperty() talker: string;
  @ApiPropertyOptional({ nullable: true, type: String, description: '谈话记录（保密）' }) record: string | null;
  @ApiProperty({ enum: TALK_STATUSES }) status: TalkStatus;
  @ApiPropertyOptional({ nullable: true, type: String }) withdrawalReason: string | null;
  @ApiProperty() version: number;
  @ApiProperty() createdAt: string;
  @ApiProperty() createdBy: string;
  @ApiProperty() updatedAt: string;
  @ApiProperty() updatedBy: string;
}

export const TalkErrors = {
  notFound: { kind: 'not_found', code: 'TALK.NOT_FOUND', title: '谈话记录不存在' },
  versionConflict: { kind: 'precondition_failed', code: 'TALK.VERSION_CONFLICT', title: '谈话记录已被他人修改' },
  invalidState: { kind: 'rule_violation', code: 'TALK.INVALID_STATE', title: '当前状态不能进行此操作' },
  personRequired: { kind: 'rule_violation', code: 'TALK.PERSON_REQUIRED', title: '须指明谈话对象' },
  memberUnknown: { kind: 'rule_violation', code: 'TALK.MEMBER_UNKNOWN', title: '党员不存在' },
  future: { kind: 'rule_violation', code: 'TALK.FUTURE_DATE', title: '谈话日期不能晚于今天' },
} as const;

export const TalkSubjects = { create: 'talk.create', withdraw: 'talk.withdraw', get: 'talk.get', list: 'talk.list' } as const;

export namespace CreateTalk {
  export class Request extends TalkFields {}
  export class Reply extends TalkView {}
}
export namespace WithdrawTalk {
  export class Body extends WithdrawResponsibility.Body {}
  export class Request extends Versioned(Body) {}
  export class Reply extends TalkView {}
}
export namespace GetTalk {
  export class Request extends RecordRef {}
  export class Reply extends TalkView {}
}
export namespace ListTalks {
  export class Request extends PageQuery {
    @ApiPropertyOptional({ enum: TALK_KINDS })
    @IsOptional()
    @IsIn(TALK_KINDS, { message: 'kind：类别取值无效' })
    kind?: TalkKind;

    @ApiPropertyOptional({ description: '年度' })
    @IsOptional()
    @Type(() => Number)
    @IsInt32({ message: 'year：必须是整数' })
    @Min(2018, { message: 'year：不早于 2018 年' })
    @Max(2100, { message: 'year：不晚于 2100 年' })
    year?: number;
  }
  export class Reply extends PageMeta {
    @ApiProperty({ type: [TalkView] }) items: TalkView[];
  }
}

/** What the events of a talk carry: no person and no record (confidential). */
export class TalkSnapshot {
  @ApiProperty() @IsUUID() id: string;
  @ApiProperty() @IsIn(TALK_KINDS) kind: TalkKind;
  @ApiProperty() @IsCalendarDate() talkedOn: string;
  @ApiProperty() @IsIn(TALK_STATUSES) status: TalkStatus;
  @ApiProperty() @IsInt32() @Min(1) version: number;
}
export const TalkEvents = {
  created: eventSubject('party-affairs', 'talk.created'),
  withdrawn: eventSubject('party-affairs', 'talk.withdrawn'),
} as const;
export const TalkEventDescriptions = {
  'talk.created': { zh: '谈话提醒登记（不含谈话对象与记录）', en: 'A talk (reminder, admonition or integrity talk) was recorded; no person, no record.' },
  'talk.withdrawn': { zh: '谈话记录被撤回（注明理由，不删除）', en: 'A talk was withdrawn, with a reason (never deleted).' },
} as const;
export namespace TalkChanged {
  export class Event extends TalkSnapshot {}
}

// ---------------------------------------------------------------- 问题线索

/** registered 已登记 → checking 初核中 → disposed 已处置 → closed 已办结. Never deleted, never withdrawn. */
export const CLUE_STATUSES = ['registered', 'checking', 'disposed', 'closed'] as const;
export type ClueStatus = (typeof CLUE_STATUSES)[number];
export const CLUE_STATUS_LABELS: Record<ClueStatus, string> = { registered: '已登记', checking: '初核中', disposed: '已处置', closed: '已办结' };
/** The ways a clue is disposed of: 了结, 谈话函询, 初步核实, 立案移送. */
export const CLUE_DISPOSITIONS = ['concluded', 'inquiry', 'verification', 'transferred'] as const;
export type ClueDisposition = (typeof CLUE_DISPOSITIONS)[number];
export const CLUE_DISPOSITION_LABELS: Record<ClueDisposition, string> = { concluded: '予以了结', inquiry: '谈话函询', verification: '初步核实', transferred: '立案移送' };
export const CLUE_STEPS = ['register', 'check', 'dispose', 'close'] as const;
export type ClueStep = (typeof CLUE_STEPS)[number];
export const CLUE_STEP_LABELS: Record<ClueStep, string> = { register: '登记', check: '初核', dispose: '处置', close: '办结' };
/** 密级 of a clue: 机密 (2) or 绝密 (3); from 机密 up every read is audited by the gateway. */
export const CLUE_SECRECY_LEVELS = [2, 3] as const;

export class ClueFields {
  @ApiProperty({ description: '收到日期' })
  @IsCalendarDate({ message: 'receivedOn：必须是有效的日期（YYYY-MM-DD）' })
  receivedOn: string;

  @ApiProperty({ description: '线索来源（信访举报、上级交办、巡察移交、审计移送等）' })
  @IsString({ message: 'source：必须为文本' })
  @MinLength(2, { message: 'source：来源至少 2 个字' })
  @MaxLength(200, { message: 'source：不超过 200 个字' })
  source: string;

  @ApiProperty({ description: '反映对象' })
  @IsString({ message: 'personConcerned：必须为文本' })
  @MinLength(2, { message: 'personConcerned：反映对象至少 2 个字' })
  @MaxLength(50, { message: 'personConcerned：不超过 50 个字' })
  personConcerned: string;

  @ApiPropertyOptional({ description: '反映对象单位及职务' })
  @IsOptional()
  @IsString({ message: 'personUnit：必须为文本' })
  @MaxLength(100, { message: 'personUnit：不超过 100 个字' })
  personUnit?: string;

  @ApiProperty({ description: '主要问题摘要' })
  @IsString({ message: 'summary：必须为文本' })
  @MinLength(2, { message: 'summary：摘要至少 2 个字' })
  @MaxLength(20000, { message: 'summary：不超过 20000 个字' })
  summary: string;

  @ApiPropertyOptional({ enum: CLUE_SECRECY_LEVELS, description: '密级：2 机密（默认）、3 绝密；不得高于登记人的涉密等级' })
  @IsOptional()
  @IsIn(CLUE_SECRECY_LEVELS, { message: 'secrecyLevel：密级只能为 2（机密）或 3（绝密）' })
  secrecyLevel?: number;
}

export class ClueHistoryEntry {
  @ApiProperty({ enum: CLUE_STEPS }) step: ClueStep;
  @ApiProperty({ description: '日期' }) on: string;
  @ApiPropertyOptional({ enum: CLUE_DISPOSITIONS, nullable: true, type: String }) disposition: ClueDisposition | null;
  @ApiProperty({ description: '结果或说明' }) result: string;
  @ApiProperty() by: string;
  @ApiProperty() at: string;
}

export class ClueView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() receivedOn: string;
  @ApiProperty() source: string;
  @ApiProperty() personConcerned: string;
  @ApiPropertyOptional({ nullable: true, type: String }) personUnit: string | null;
  @ApiProperty() summary: string;
  @ApiProperty({ description: '密级（2 机密、3 绝密）' }) secrecyLevel: number;
  @ApiProperty({ enum: CLUE_STATUSES }) status: ClueStatus;
  @ApiPropertyOptional({ enum: CLUE_DISPOSITIONS, nullable: true, type: String }) disposition: ClueDisposition | null;
  @ApiProperty({ description: '初核（作出处置决定）期限（期限引擎按日历副本计算）' }) checkDueOn: string;
  @ApiProperty({ description: '登记时适用的初核期限配置版本（本地设定）' }) checkRuleVersion: string;
  @ApiProperty({ description: '期限的计算说明与依据' }) checkDueExplanation: string;
  @ApiProperty({ description: '初核是否已逾期' }) checkOverdue: boolean;
  @ApiProperty({ type: [ClueHistoryEntry] }) history: ClueHistoryEntry[];
  @ApiProperty() version: number;
  @ApiProperty() createdAt: string;
  @ApiProperty() createdBy: string;
  @ApiProperty() updatedAt: string;
  @ApiProperty() updatedBy: string;
}

export const ClueErrors = {
  notFound: { kind: 'not_found', code: 'CLUE.NOT_FOUND', title: '问题线索不存在' },
  versionConflict: { kind: 'precondition_failed', code: 'CLUE.VERSION_CONFLICT', title: '问题线索已被他人办理' },
  invalidStep: { kind: 'rule_violation', code: 'CLUE.INVALID_STEP', title: '当前状态不能进行此步骤' },
  dispositionRequired: { kind: 'rule_violation', code: 'CLUE.DISPOSITION_REQUIRED', title: '处置须选择处置方式' },
  dateOrder: { kind: 'rule_violation', code: 'CLUE.DATE_ORDER', title: '日期早于上一步骤或晚于今天' },
  clearance: { kind: 'rule_violation', code: 'CLUE.ABOVE_CLEARANCE', title: '密级高于本人涉密等级' },
} as const;

export const ClueSubjects = { create: 'clue.create', advance: 'clue.advance', get: 'clue.get', list: 'clue.list' } as const;

export namespace CreateClue {
  export class Request extends ClueFields {}
  export class Reply extends ClueView {}
}
/** One handling step: 初核 (begun), 处置 (with its disposition), 办结. */
export namespace AdvanceClue {
  export class Body {
    @ApiProperty({ enum: ['check', 'dispose', 'close'], description: '步骤：check 初核、dispose 处置、close 办结' })
    @IsIn(['check', 'dispose', 'close'], { message: 'step：步骤取值无效' })
    step: Exclude<ClueStep, 'register'>;

    @ApiProperty({ description: '日期' })
    @IsCalendarDate({ message: 'on：必须是有效的日期（YYYY-MM-DD）' })
    on: string;

    @ApiPropertyOptional({ enum: CLUE_DISPOSITIONS, description: '处置方式（处置时必填）' })
    @IsOptional()
    @IsIn(CLUE_DISPOSITIONS, { message: 'disposition：处置方式取值无效' })
    disposition?: ClueDisposition;

    @ApiProperty({ description: '结果或说明' })
    @IsString({ message: 'result：必须为文本' })
    @MinLength(2, { message: 'result：至少 2 个字' })
    @MaxLength(20000, { message: 'result：不超过 20000 个字' })
    result: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends ClueView {}
}
export namespace GetClue {
  export class Request extends RecordRef {}
  export class Reply extends ClueView {}
}
export namespace ListClues {
  export class Request extends PageQuery {
    @ApiPropertyOptional({ enum: CLUE_STATUSES })
    @IsOptional()
    @IsIn(CLUE_STATUSES, { message: 'status：取值无效' })
    status?: ClueStatus;
  }
  export class Reply extends PageMeta {
    @ApiProperty({ type: [ClueView] }) items: ClueView[];
  }
}

/** What the events of a clue carry: its state only (no person, no summary). */
export class ClueSnapshot {
  @ApiProperty() @IsUUID() id: string;
  @ApiProperty() @IsIn(CLUE_STATUSES) status: ClueStatus;
  @ApiProperty() @IsInt32() @Min(1) version: number;
}
export const ClueEvents = {
  registered: eventSubject('party-affairs', 'clue.registered'),
  advanced: eventSubject('party-affairs', 'clue.advanced'),
} as const;
export const ClueEventDescriptions = {
  'clue.registered': { zh: '问题线索登记（仅状态，不含内容）', en: 'A clue was registered (state only, no content).' },
  'clue.advanced': { zh: '问题线索进入下一办理步骤（仅状态）', en: 'A clue moved to its next handling step (state only).' },
} as const;
export namespace ClueChanged {
  export class Event extends ClueSnapshot {}
}
