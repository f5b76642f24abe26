import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsOptional, IsString, IsUUID, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { ApiProperty, ApiPropertyOptional, eventSubject, IsCalendarDate, IsInt32, PageMeta, PageQuery, RecordRef, Versioned } from '@gov/contracts-common';

/** 中心组学习 (the party group's theory study) and 民主生活会 (the leading group's self-criticism meeting). */
export const GROUP_SESSION_KINDS = ['central_group_study', 'democratic_life'] as const;
export type GroupSessionKind = (typeof GROUP_SESSION_KINDS)[number];
export const GROUP_SESSION_KIND_LABELS: Record<GroupSessionKind, string> = { central_group_study: '中心组学习', democratic_life: '民主生活会' };

/**
 * planned 筹备中 → held 已召开 (attendance, speeches / 对照检查, for a 民主生活会 its 整改清单) → rectified 整改完成 (a
 * 民主生活会 once every rectification item is done); planned → withdrawn 已撤回 (with a reason).
 */
export const GROUP_SESSION_STATUSES = ['planned', 'held', 'rectified', 'withdrawn'] as const;
export type GroupSessionStatus = (typeof GROUP_SESSION_STATUSES)[number];
export const GROUP_SESSION_STATUS_LABELS: Record<GroupSessionStatus, string> = { planned: '筹备中', held: '已召开', rectified: '整改完成', withdrawn: '已撤回' };

/** The preparation of a 民主生活会, each done before it is held: 学习研讨, 征求意见, 谈心谈话, 撰写对照检查材料. */
export const PREPARATION_STEPS = ['study', 'solicit', 'talks', 'materials'] as const;
export type PreparationStep = (typeof PREPARATION_STEPS)[number];
export const PREPARATION_STEP_LABELS: Record<PreparationStep, string> = { study: '会前学习研讨', solicit: '广泛征求意见', talks: '开展谈心谈话', materials: '撰写对照检查材料' };

export class GroupSessionFields {
  @ApiProperty({ enum: GROUP_SESSION_KINDS, description: 'central_group_study 中心组学习 / democratic_life 民主生活会' })
  @IsIn(GROUP_SESSION_KINDS, { message: 'kind：只能是中心组学习或民主生活会' })
  kind: GroupSessionKind;

  @ApiProperty({ description: '主题', example: '深入学习贯彻党的二十届四中全会精神' })
  @IsString({ message: 'topic：必须为文本' })
  @MinLength(2, { message: 'topic：至少 2 个字' })
  @MaxLength(200, { message: 'topic：不超过 200 个字' })
  topic: string;

  @ApiProperty({ description: '计划日期' })
  @IsCalendarDate({ message: 'plannedOn：日期格式必须为 YYYY-MM-DD' })
  plannedOn: string;

  @ApiProperty({ description: '主持人', example: '孙建国' })
  @IsString({ message: 'chairName：必须为文本' })
  @MinLength(2, { message: 'chairName：至少 2 个字' })
  @MaxLength(40, { message: 'chairName：不超过 40 个字' })
  chairName: string;

  @ApiProperty({ type: [String], description: '应参加人员' })
  @IsArray({ message: 'members：须为列表' })
  @ArrayMinSize(1, { message: 'members：至少一名应参加人员' })
  @ArrayMaxSize(60, { message: 'members：不超过 60 人' })
  @IsString({ each: true, message: 'members：每项须为文本' })
  @MaxLength(40, { each: true, message: 'members：每项不超过 40 个字' })
  members: string[];
}

export class PreparationView {
  @ApiProperty({ enum: PREPARATION_STEPS }) step: PreparationStep;
  @ApiProperty() label: string;
  @ApiPropertyOptional({ nullable: true, type: String }) doneOn: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) note: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) by: string | null;
}

export class Speech {
  @ApiProperty({ description: '发言人' })
  @IsString({ message: 'speeches.speaker：必须为文本' })
  @MinLength(2, { message: 'speeches.speaker：至少 2 个字' })
  @MaxLength(40, { message: 'speeches.speaker：不超过 40 个字' })
  speaker: string;

  @ApiProperty({ description: '发言要点（民主生活会为对照检查和相互批评意见）' })
  @IsString({ message: 'speeches.summary：必须为文本' })
  @MinLength(2, { message: 'speeches.summary：至少 2 个字' })
  @MaxLength(4000, { message: 'speeches.summary：不超过 4000 个字' })
  summary: string;
}

export class RectificationItem {
  @ApiProperty({ description: '整改事项' })
  @IsString({ message: 'rectifications.content：必须为文本' })
  @MinLength(2, { message: 'rectifications.content：至少 2 个字' })
  @MaxLength(1000, { message: 'rectifications.content：不超过 1000 个字' })
  content: string;

  @ApiProperty({ description: '责任人' })
  @IsString({ message: 'rectifications.responsible：必须为文本' })
  @MinLength(2, { message: 'rectifications.responsible：至少 2 个字' })
  @MaxLength(40, { message: 'rectifications.responsible：不超过 40 个字' })
  responsible: string;

  @ApiProperty({ description: '完成时限' })
  @IsCalendarDate({ message: 'rectifications.dueDate：日期格式必须为 YYYY-MM-DD' })
  dueDate: string;
}

export class RectificationView extends RectificationItem {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() sequence: number;
  @ApiPropertyOptional({ nullable: true, type: String }) completedOn: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) result: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) completedBy: string | null;
}

export class GroupSessionView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: GROUP_SESSION_KINDS }) kind: GroupSessionKind;
  @ApiProperty() topic: string;
  @ApiProperty() plannedOn: string;
  @ApiProperty() chairName: string;
  @ApiProperty({ type: [String] }) members: string[];
  @ApiProperty({ type: [PreparationView], description: '会前准备（仅民主生活会）' }) preparation: PreparationView[];
  @ApiPropertyOptional({ nullable: true, type: String }) heldOn: string | null;
  @ApiProperty({ type: [String], description: '出席' }) attendees: string[];
  @ApiProperty({ type: [String], description: '缺席（含原因）' }) absentees: string[];
  @ApiProperty({ description: '出席率（%，取整）' }) attendanceRate: number;
  @ApiProperty({ type: [Speech], description: '发言、对照检查' }) speeches: Speech[];
  @ApiProperty({ type: [RectificationView], description: '整改清单（民主生活会）' }) rectifications: RectificationView[];
  @ApiProperty({ enum: GROUP_SESSION_STATUSES }) status: GroupSessionStatus;
  @ApiPropertyOptional({ nullable: true, type: String }) withdrawalReason: string | null;
  @ApiProperty({ type: 'array', items: { type: 'object' } }) timeline: { at: string; by: string; step: string; note: string | null }[];
  @ApiProperty({ description: '版本号（ETag）' }) version: number;
  @ApiProperty() createdAt: string;
  @ApiProperty() createdBy: string;
  @ApiProperty() updatedAt: string;
  @ApiProperty() updatedBy: string;
}

export const GroupSessionErrors = {
  notFound: { kind: 'not_found', code: 'GROUP_SESSION.NOT_FOUND', title: '中心组学习或民主生活会不存在' },
  versionConflict: { kind: 'precondition_failed', code: 'GROUP_SESSION.VERSION_CONFLICT', title: '记录已被他人修改' },
  invalidState: { kind: 'rule_violation', code: 'GROUP_SESSION.INVALID_STATE', title: '当前状态不能进行此操作' },
  preparationIncomplete: { kind: 'rule_violation', code: 'GROUP_SESSION.PREPARATION_INCOMPLETE', title: '民主生活会会前准备未完成' },
  rectificationRequired: { kind: 'rule_violation', code: 'GROUP_SESSION.RECTIFICATION_REQUIRED', title: '民主生活会须列出整改清单' },
  unknownItem: { kind: 'rule_violation', code: 'GROUP_SESSION.UNKNOWN_ITEM', title: '没有该准备事项或整改事项，或已完成' },
} as const;

/** RPC subjects, under `rpc.personnel-finance.`. */
export const GroupSessionSubjects = {
  create: 'group-session.create',
  update: 'group-session.update',
  prepare: 'group-session.prepare',
  hold: 'group-session.hold',
  rectify: 'group-session.rectify',
  withdraw: 'group-session.withdraw',
  get: 'group-session.get',
  list: 'group-session.list',
} as const;

export namespace CreateGroupSession {
  export class Request extends GroupSessionFields {}
  export class Reply extends GroupSessionView {}
}

export namespace UpdateGroupSession {
  export class Body extends GroupSessionFields {}
  export class Request extends Versioned(Body) {}
  export class Reply extends GroupSessionView {}
}

/** One preparation step of a 民主生活会 done. */
export namespace PrepareGroupSession {
  export class Body {
    @ApiProperty({ enum: PREPARATION_STEPS, description: 'study 会前学习研讨 / solicit 广泛征求意见 / talks 谈心谈话 / materials 撰写对照检查材料' })
    @IsIn(PREPARATION_STEPS, { message: 'step：准备事项取值无效' })
    step: PreparationStep;

    @ApiProperty({ description: '完成日期' })
    @IsCalendarDate({ message: 'doneOn：日期格式必须为 YYYY-MM-DD' })
    doneOn: string;

    @ApiProperty({ description: '情况说明（如征求意见条数、谈心谈话人次）' })
    @IsString({ message: 'note：必须为文本' })
    @MinLength(2, { message: 'note：须填写情况说明' })
    @MaxLength(2000, { message: 'note：不超过 2000 个字' })
    note: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends GroupSessionView {}
}

export namespace HoldGroupSession {
  export class Body {
    @ApiProperty({ description: '召开日期' })
    @IsCalendarDate({ message: 'heldOn：日期格式必须为 YYYY-MM-DD' })
    heldOn: string;

    @ApiProperty({ type: [String], description: '出席人员' })
    @IsArray({ message: 'attendees：须为列表' })
    @ArrayMinSize(1, { message: 'attendees：至少一名出席人员' })
    @ArrayMaxSize(60, { message: 'attendees：不超过 60 人' })
    @IsString({ each: true, message: 'attendees：每项须为文本' })
    @MaxLength(40, { each: true, message: 'attendees：每项不超过 40 个字' })
    attendees: string[];

    @ApiPropertyOptional({ type: [String], description: '缺席人员及原因' })
    @IsOptional()
    @IsArray({ message: 'absentees：须为列表' })
    @ArrayMaxSize(60, { message: 'absentees：不超过 60 人' })
    @IsString({ each: true, message: 'absentees：每项须为文本' })
    @MaxLength(80, { each: true, message: 'absentees：每项不超过 80 个字' })
    absentees?: string[];

    @ApiProperty({ type: [Speech], description: '发言、对照检查' })
    @IsArray({ message: 'speeches：须为列表' })
    @ArrayMinSize(1, { message: 'speeches：至少一项发言' })
    @ArrayMaxSize(60, { message: 'speeches：不超过 60 项' })
    @ValidateNested({ each: true })
    @Type(() => Speech)
    speeches: Speech[];

    @ApiPropertyOptional({ type: [RectificationItem], description: '整改清单（民主生活会必填）' })
    @IsOptional()
    @IsArray({ message: 'rectifications：须为列表' })
    @ArrayMaxSize(50, { message: 'rectifications：不超过 50 项' })
    @ValidateNested({ each: true })
    @Type(() => RectificationItem)
    rectifications?: RectificationItem[];
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends GroupSessionView {}
}

/** One rectification item done; the last one done makes the 民主生活会 rectified. */
export namespace RectifyGroupSession {
  export class Body {
    @ApiProperty({ format: 'uuid', description: '整改事项 id' })
    @IsUUID('all', { message: 'itemId：须为整改事项 id' })
    itemId: string;

    @ApiProperty({ description: '完成日期' })
    @IsCalendarDate({ message: 'completedOn：日期格式必须为 YYYY-MM-DD' })
    completedOn: string;

    @ApiProperty({ description: '整改结果' })
    @IsString({ message: 'result：必须为文本' })
    @MinLength(2, { message: 'result：须填写整改结果' })
    @MaxLength(2000, { message: 'result：不超过 2000 个字' })
    result: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends GroupSessionView {}
}

export namespace WithdrawGroupSession {
  export class Body {
    @ApiProperty({ description: '撤回理由' })
    @IsString({ message: 'reason：必须为文本' })
    @MinLength(2, { message: 'reason：撤回须说明理由（至少 2 个字）' })
    @MaxLength(1000, { message: 'reason：不超过 1000 个字' })
    reason: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends GroupSessionView {}
}

export namespace GetGroupSession {
  export class Request extends RecordRef {}
  export class Reply extends GroupSessionView {}
}

export namespace ListGroupSessions {
  export class Request extends PageQuery {
    @ApiPropertyOptional({ enum: GROUP_SESSION_STATUSES }) @IsOptional() @IsIn(GROUP_SESSION_STATUSES, { message: 'status：取值无效' }) status?: GroupSessionStatus;
    @ApiPropertyOptional({ enum: GROUP_SESSION_KINDS }) @IsOptional() @IsIn(GROUP_SESSION_KINDS, { message: 'kind：取值无效' }) kind?: GroupSessionKind;
    @ApiPropertyOptional({ description: '主题模糊搜索' }) @IsOptional() @IsString({ message: 'q：必须为文本' }) @MaxLength(40, { message: 'q：不超过 40 个字' }) q?: string;
  }
  export class Reply extends PageMeta {
    @ApiProperty({ type: [GroupSessionView] }) items: GroupSessionView[];
  }
}

/** What the events of one session carry: its snapshot with its version (consumers apply only newer ones). */
export class GroupSessionSnapshot {
  @ApiProperty() @IsUUID() id: string;
  @ApiProperty() @IsIn(GROUP_SESSION_KINDS) kind: GroupSessionKind;
  @ApiProperty() @IsString() topic: string;
  @ApiProperty() @IsCalendarDate() plannedOn: string;
  @ApiProperty() @IsIn(GROUP_SESSION_STATUSES) status: GroupSessionStatus;
  @ApiProperty() @IsInt32() @Min(1) version: number;
}

export const GroupSessionEvents = {
  created: eventSubject('personnel-finance', 'group-session.created'),
  updated: eventSubject('personnel-finance', 'group-session.updated'),
  prepared: eventSubject('personnel-finance', 'group-session.prepared'),
  held: eventSubject('personnel-finance', 'group-session.held'),
  rectified: eventSubject('personnel-finance', 'group-session.rectified'),
  withdrawn: eventSubject('personnel-finance', 'group-session.withdrawn'),
} as const;

/** What each event means, for the catalogue of the events (tools/asyncapi): one sentence about the fact. */
export const GroupSessionEventDescriptions = {
  'group-session.created': { zh: '中心组学习或民主生活会列入计划', en: 'A central-group study or democratic life meeting was planned.' },
  'group-session.updated': { zh: '主题、日期或参加人员被修改', en: 'Its topic, date or members were changed.' },
  'group-session.prepared': { zh: '民主生活会一项会前准备完成', en: 'One preparation step of a democratic life meeting was done.' },
  'group-session.held': { zh: '已召开，记录了出席、发言和整改清单', en: 'It was held; attendance, speeches and the rectification list recorded.' },
  'group-session.rectified': { zh: '一项整改事项完成（全部完成即整改完成）', en: 'A rectification item was done (all done: rectified).' },
  'group-session.withdrawn': { zh: '被撤回（注明理由，不删除）', en: 'It was withdrawn, with a reason (never deleted).' },
} as const;

/** Published by personnel-finance at each step of a 中心组学习 or 民主生活会; no consumer yet. */
export namespace GroupSessionChanged {
  export class Event extends GroupSessionSnapshot {}
}
