import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { ApiProperty, ApiPropertyOptional, eventSubject, IsCalendarDate, IsInt32, PageMeta, PageQuery, RecordRef, Versioned } from '@gov/contracts-common';

/** 结对帮扶: a branch or a member paired with a village, community or household for a year, its visits, help and outcomes. */
export const PAIRING_STATUSES = ['open', 'withdrawn'] as const;
export type PairingStatus = (typeof PAIRING_STATUSES)[number];
export const PAIRING_STATUS_LABELS: Record<PairingStatus, string> = { open: '帮扶中', withdrawn: '已撤回' };
export const PAIRING_TARGET_KINDS = ['village', 'community', 'household'] as const;
export type PairingTargetKind = (typeof PAIRING_TARGET_KINDS)[number];
export const PAIRING_TARGET_KIND_LABELS: Record<PairingTargetKind, string> = { village: '村', community: '社区', household: '户' };
export const HELP_KINDS = ['funds', 'materials', 'project', 'other'] as const;
export type HelpKind = (typeof HELP_KINDS)[number];
export const HELP_KIND_LABELS: Record<HelpKind, string> = { funds: '资金', materials: '物资', project: '项目', other: '其他' };

/** One goal of the year for the target (an `id` keeps an existing goal and its outcome on a change). */
export class PairingGoalInput {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'goals.id：目标 ID 格式不正确' })
  id?: string;

  @ApiProperty({ description: '年度帮扶目标' })
  @IsString({ message: 'goals.content：必须为文本' })
  @MinLength(2, { message: 'goals.content：目标至少 2 个字' })
  @MaxLength(500, { message: 'goals.content：不超过 500 个字' })
  content: string;
}

export class PairingGoal {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() content: string;
  @ApiPropertyOptional({ nullable: true, type: String, description: '成效' }) outcome: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, description: '达成日期' }) achievedOn: string | null;
}

export class PairingFields {
  @ApiProperty({ description: '年度', example: 2026 })
  @IsInt32({ message: 'year：必须是整数' })
  @Min(2018, { message: 'year：不早于 2018 年' })
  @Max(2100, { message: 'year：不晚于 2100 年' })
  year: number;

  @ApiProperty({ format: 'uuid', description: '结对的党支部（党员结对时为其所在支部）' })
  @IsUUID('all', { message: 'branchId：党组织 ID 格式不正确' })
  branchId: string;

  @ApiPropertyOptional({ format: 'uuid', description: '结对的党员（为空则为支部结对）' })
  @IsOptional()
  @IsUUID('all', { message: 'memberId：党员 ID 格式不正确' })
  memberId?: string;

  @ApiProperty({ enum: PAIRING_TARGET_KINDS, description: '帮扶对象类别：村、社区、户' })
  @IsIn(PAIRING_TARGET_KINDS, { message: 'targetKind：取值无效' })
  targetKind: PairingTargetKind;

  @ApiProperty({ description: '帮扶对象名称（村、社区名称或户主姓名）' })
  @IsString({ message: 'targetName：必须为文本' })
  @MinLength(2, { message: 'targetName：至少 2 个字' })
  @MaxLength(100, { message: 'targetName：不超过 100 个字' })
  targetName: string;

  @ApiPropertyOptional({ description: '所在镇街、村居' })
  @IsOptional()
  @IsString({ message: 'targetPlace：必须为文本' })
  @MaxLength(200, { message: 'targetPlace：不超过 200 个字' })
  targetPlace?: string;

  @ApiProperty({ description: '年度计划走访次数' })
  @IsInt32({ message: 'plannedVisits：必须是整数' })
  @Min(0, { message: 'plannedVisits：不能为负数' })
  @Max(366, { message: 'plannedVisits：不超过 366 次' })
  plannedVisits: number;

  @ApiProperty({ description: '年度计划帮扶金额（分，资金与物资、项目折价合计）' })
  @IsInt32({ message: 'plannedHelpFen：必须是整数（分）' })
  @Min(0, { message: 'plannedHelpFen：不能为负数' })
  plannedHelpFen: number;

  @ApiProperty({ type: [PairingGoalInput], description: '年度帮扶目标' })
  @IsArray({ message: 'goals：必须为列表' })
  @ArrayMinSize(1, { message: 'goals：至少 1 项' })
  @ArrayMaxSize(50, { message: 'goals：不超过 50 项' })
  @ValidateNested({ each: true })
  @Type(() => PairingGoalInput)
  goals: PairingGoalInput[];
}

export class PairingVisit {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() visitedOn: string;
  @ApiProperty({ type: [String] }) participants: string[];
  @ApiProperty({ description: '走访内容' }) content: string;
  @ApiProperty() recordedBy: string;
  @ApiProperty() recordedAt: string;
}

export class PairingHelp {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: HELP_KINDS }) kind: HelpKind;
  @ApiProperty() givenOn: string;
  @ApiProperty({ description: '价值（分）' }) valueFen: number;
  @ApiProperty() description: string;
  @ApiProperty() recordedBy: string;
  @ApiProperty() recordedAt: string;
}

/** The year view of a pairing: its targets against what was done. */
export class PairingProgress {
  @ApiProperty() plannedVisits: number;
  @ApiProperty() visits: number;
  @ApiProperty() plannedHelpFen: number;
  @ApiProperty() helpFen: number;
  @ApiProperty({ description: '各类帮扶价值（分）', example: { funds: 0, materials: 0, project: 0, other: 0 } }) helpByKindFen: Record<HelpKind, number>;
  @ApiProperty() goals: number;
  @ApiProperty() goalsAchieved: number;
  @ApiProperty({ description: '计划是否全部完成（走访、金额、目标）' }) met: boolean;
}

export class PairingView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() year: number;
  @ApiProperty({ format: 'uuid' }) branchId: string;
  @ApiProperty() branchName: string;
  @ApiPropertyOptional({ nullable: true, type: String }) unitId: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) memberId: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, description: '结对党员姓名' }) memberName: string | null;
  @ApiProperty({ enum: PAIRING_TARGET_KINDS }) targetKind: PairingTargetKind;
  @ApiProperty() targetName: string;
  @ApiPropertyOptional({ nullable: true, type: String }) targetPlace: string | null;
  @ApiProperty() plannedVisits: number;
  @ApiProperty() plannedHelpFen: number;
  @ApiProperty({ type: [PairingGoal] }) goals: PairingGoal[];
  @ApiProperty({ type: [PairingVisit] }) visits: PairingVisit[];
  @ApiProperty({ type: [PairingHelp] }) help: PairingHelp[];
  @ApiProperty({ type: PairingProgress }) progress: PairingProgress;
  @ApiProperty({ enum: PAIRING_STATUSES }) status: PairingStatus;
  @ApiPropertyOptional({ description: '撤回理由', nullable: true, type: String }) withdrawalReason: string | null;
  @ApiProperty({ description: '版本号（ETag）' }) version: number;
  @ApiProperty() createdAt: string;
  @ApiProperty() createdBy: string;
  @ApiProperty() updatedAt: string;
  @ApiProperty() updatedBy: string;
}

export const PairingErrors = {
  notFound: { kind: 'not_found', code: 'PAIRING.NOT_FOUND', title: '结对帮扶不存在' },
  versionConflict: { kind: 'precondition_failed', code: 'PAIRING.VERSION_CONFLICT', title: '结对帮扶已被他人修改' },
  invalidState: { kind: 'rule_violation', code: 'PAIRING.INVALID_STATE', title: '当前状态不能进行此操作' },
  branchUnknown: { kind: 'rule_violation', code: 'PAIRING.BRANCH_UNKNOWN', title: '党组织不存在或已撤销' },
  memberUnknown: { kind: 'rule_violation', code: 'PAIRING.MEMBER_UNKNOWN', title: '党员不存在或不在该支部' },
  goalUnknown: { kind: 'rule_violation', code: 'PAIRING.GOAL_UNKNOWN', title: '帮扶目标不存在' },
  outsideYear: { kind: 'rule_violation', code: 'PAIRING.OUTSIDE_YEAR', title: '日期不在帮扶年度内或晚于今天' },
} as const;

/** RPC subjects, under `rpc.party-affairs.`. */
export const PairingSubjects = {
  create: 'pairing.create',
  update: 'pairing.update',
  visit: 'pairing.visit',
  help: 'pairing.help',
  outcome: 'pairing.outcome',
  withdraw: 'pairing.withdraw',
  get: 'pairing.get',
  list: 'pairing.list',
} as const;

export namespace CreatePairing {
  export class Request extends PairingFields {}
  export class Reply extends PairingView {}
}

export namespace UpdatePairing {
  export class Body extends PairingFields {}
  export class Request extends Versioned(Body) {}
  export class Reply extends PairingView {}
}

export namespace RecordPairingVisit {
  export class Body {
    @ApiProperty({ description: '走访日期' })
    @IsCalendarDate({ message: 'visitedOn：必须是有效的日期（YYYY-MM-DD）' })
    visitedOn: string;

    @ApiProperty({ type: [String], description: '参加人员' })
    @IsArray({ message: 'participants：必须为列表' })
    @ArrayMinSize(1, { message: 'participants：至少 1 人' })
    @ArrayMaxSize(50, { message: 'participants：不超过 50 人' })
    @IsString({ each: true, message: 'participants：姓名必须为文本' })
    @MinLength(2, { each: true, message: 'participants：姓名至少 2 个字' })
    @MaxLength(50, { each: true, message: 'participants：姓名不超过 50 个字' })
    participants: string[];

    @ApiProperty({ description: '走访内容（做了什么）' })
    @IsString({ message: 'content：必须为文本' })
    @MinLength(2, { message: 'content：至少 2 个字' })
    @MaxLength(5000, { message: 'content：不超过 5000 个字' })
    content: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends PairingView {}
}

export namespace RecordPairingHelp {
  export class Body {
    @ApiProperty({ enum: HELP_KINDS, description: '类别：资金、物资、项目、其他' })
    @IsIn(HELP_KINDS, { message: 'kind：取值无效' })
    kind: HelpKind;

    @ApiProperty({ description: '日期' })
    @IsCalendarDate({ message: 'givenOn：必须是有效的日期（YYYY-MM-DD）' })
    givenOn: string;

    @ApiProperty({ description: '价值（分；物资、项目折价）' })
    @IsInt32({ message: 'valueFen：必须是整数（分）' })
    @Min(0, { message: 'valueFen：不能为负数' })
    valueFen: number;

    @ApiProperty({ description: '说明' })
    @IsString({ message: 'description：必须为文本' })
    @MinLength(2, { message: 'description：至少 2 个字' })
    @MaxLength(2000, { message: 'description：不超过 2000 个字' })
    description: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends PairingView {}
}

export namespace RecordPairingOutcome {
  export class Body {
    @ApiProperty({ format: 'uuid', description: '帮扶目标' })
    @IsUUID('all', { message: 'goalId：目标 ID 格式不正确' })
    goalId: string;

    @ApiProperty({ description: '成效' })
    @IsString({ message: 'outcome：必须为文本' })
    @MinLength(2, { message: 'outcome：至少 2 个字' })
    @MaxLength(2000, { message: 'outcome：不超过 2000 个字' })
    outcome: string;

    @ApiPropertyOptional({ description: '目标达成日期（未达成则为空）' })
    @IsOptional()
    @IsCalendarDate({ message: 'achievedOn：必须是有效的日期（YYYY-MM-DD）' })
    achievedOn?: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends PairingView {}
}

export namespace WithdrawPairing {
  export class Body {
    @ApiProperty({ description: '撤回理由' })
    @IsString({ message: 'reason：必须为文本' })
    @MinLength(2, { message: 'reason：撤回须说明理由（至少 2 个字）' })
    @MaxLength(1000, { message: 'reason：不超过 1000 个字' })
    reason: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends PairingView {}
}

export namespace GetPairing {
  export class Request extends RecordRef {}
  export class Reply extends PairingView {}
}

export namespace ListPairings {
  export class Request extends PageQuery {
    @ApiPropertyOptional({ enum: PAIRING_STATUSES, description: '状态' })
    @IsOptional()
    @IsIn(PAIRING_STATUSES, { message: 'status：取值无效' })
    status?: PairingStatus;

    @ApiPropertyOptional({ description: '年度' })
    @IsOptional()
    @Type(() => Number)
    @IsInt32({ message: 'year：必须是整数' })
    @Min(2018, { message: 'year：不早于 2018 年' })
    @Max(2100, { message: 'year：不晚于 2100 年' })
    year?: number;

    @ApiPropertyOptional({ format: 'uuid', description: '党支部' })
    @IsOptional()
    @IsUUID('all', { message: 'branchId：党组织 ID 格式不正确' })
    branchId?: string;

    @ApiPropertyOptional({ description: '帮扶对象模糊搜索（支持中文）' })
    @IsOptional()
    @IsString({ message: 'q：必须为文本' })
    @MaxLength(40, { message: 'q：不超过 40 个字' })
    q?: string;
  }
  export class Reply extends PageMeta {
    @ApiProperty({ type: [PairingView] }) items: PairingView[];
  }
}

/** What the events of one 结对帮扶 carry: its snapshot with its version (consumers apply only newer ones). */
export class PairingSnapshot {
  @ApiProperty() @IsUUID() id: string;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsUUID() unitId: string | null;
  @ApiProperty() @IsUUID() branchId: string;
  @ApiProperty() @IsInt32() year: number;
  @ApiProperty() @IsIn(PAIRING_TARGET_KINDS) targetKind: PairingTargetKind;
  @ApiProperty() @IsIn(PAIRING_STATUSES) status: PairingStatus;
  @ApiProperty() @IsInt32() @Min(0) visits: number;
  @ApiProperty({ description: '帮扶价值合计（分）' }) @IsInt({ message: 'helpFen：必须是整数' }) @Min(0) helpFen: number;
  @ApiProperty() @IsInt32() @Min(1) version: number;
}

export const PairingEvents = {
  created: eventSubject('party-affairs', 'pairing.created'),
  updated: eventSubject('party-affairs', 'pairing.updated'),
  visited: eventSubject('party-affairs', 'pairing.visited'),
  helped: eventSubject('party-affairs', 'pairing.helped'),
  outcome: eventSubject('party-affairs', 'pairing.outcome-recorded'),
  withdrawn: eventSubject('party-affairs', 'pairing.withdrawn'),
} as const;

/** What each event means, for the catalogue of the events (tools/asyncapi): one sentence about the fact. */
export const PairingEventDescriptions = {
  'pairing.created': { zh: '结对帮扶登记', en: 'A pairing (branch or member with a village, community or household) was created.' },
  'pairing.updated': { zh: '结对帮扶被修改', en: 'A pairing was changed.' },
  'pairing.visited': { zh: '结对帮扶登记一次走访', en: 'A visit of a pairing was recorded.' },
  'pairing.helped': { zh: '结对帮扶登记一笔帮扶', en: 'Help given under a pairing was recorded.' },
  'pairing.outcome-recorded': { zh: '结对帮扶登记目标成效', en: "The outcome of a pairing's goal was recorded." },
  'pairing.withdrawn': { zh: '结对帮扶被撤回（注明理由，不删除）', en: 'A pairing was withdrawn, with a reason (never deleted).' },
} as const;

/** Published by party-affairs when a 结对帮扶 changes; carries its snapshot. */
export namespace PairingChanged {
  export class Event extends PairingSnapshot {}
}
