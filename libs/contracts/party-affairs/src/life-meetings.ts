import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { ApiProperty, ApiPropertyOptional, eventSubject, IsCalendarDate, IsInt32, PageMeta, PageQuery, RecordRef, Versioned } from '@gov/contracts-common';

/** 组织生活: the kinds of meetings a branch holds (三会一课, 主题党日, 组织生活会, 民主评议党员, 谈心谈话). */
export const LIFE_MEETING_KINDS = ['party_congress', 'committee', 'group', 'lecture', 'theme_day', 'life_meeting', 'appraisal', 'heart_talk'] as const;
export type LifeMeetingKind = (typeof LIFE_MEETING_KINDS)[number];
export const LIFE_MEETING_KIND_LABELS: Record<LifeMeetingKind, string> = {
  party_congress: '党员大会',
  committee: '支委会',
  group: '党小组会',
  lecture: '党课',
  theme_day: '主题党日',
  life_meeting: '组织生活会',
  appraisal: '民主评议党员',
  heart_talk: '谈心谈话',
};

/** recorded 已登记 → withdrawn 已撤回 (with a reason; nothing is deleted). */
export const LIFE_MEETING_STATUSES = ['recorded', 'withdrawn'] as const;
export type LifeMeetingStatus = (typeof LIFE_MEETING_STATUSES)[number];
export const LIFE_MEETING_STATUS_LABELS: Record<LifeMeetingStatus, string> = { recorded: '已登记', withdrawn: '已撤回' };

export class Absence {
  @ApiProperty({ description: '缺席人姓名' })
  @IsString({ message: 'absences.name：必须为文本' })
  @MinLength(2, { message: 'absences.name：姓名至少 2 个字' })
  @MaxLength(20, { message: 'absences.name：姓名不超过 20 个字' })
  name: string;

  @ApiProperty({ description: '缺席原因' })
  @IsString({ message: 'absences.reason：必须为文本' })
  @MinLength(2, { message: 'absences.reason：须说明缺席原因（至少 2 个字）' })
  @MaxLength(200, { message: 'absences.reason：不超过 200 个字' })
  reason: string;
}

/** The fields a caller gives of one 组织生活 record. */
export class LifeMeetingFields {
  @ApiProperty({ format: 'uuid', description: '党支部' })
  @IsUUID('all', { message: 'branchId：党支部 ID 格式不正确' })
  branchId: string;

  @ApiProperty({ enum: LIFE_MEETING_KINDS, description: '类别：党员大会、支委会、党小组会、党课、主题党日、组织生活会、民主评议党员、谈心谈话' })
  @IsIn(LIFE_MEETING_KINDS, { message: 'kind：类别取值无效' })
  kind: LifeMeetingKind;

  @ApiProperty({ description: '召开日期' })
  @IsCalendarDate({ message: 'heldOn：必须是有效的日期（YYYY-MM-DD）' })
  heldOn: string;

  @ApiProperty({ description: '主题' })
  @IsString({ message: 'topic：必须为文本' })
  @MinLength(2, { message: 'topic：主题至少 2 个字' })
  @MaxLength(200, { message: 'topic：主题不超过 200 个字' })
  topic: string;

  @ApiProperty({ description: '应到人数' })
  @IsInt32({ message: 'expected：必须是整数' })
  @Min(1, { message: 'expected：应到人数至少 1 人' })
  @Max(500, { message: 'expected：应到人数不超过 500 人' })
  expected: number;

  @ApiProperty({ type: [Absence], description: '缺席人员及原因' })
  @IsArray({ message: 'absences：必须为列表' })
  @ArrayMaxSize(500, { message: 'absences：不超过 500 人' })
  @ValidateNested({ each: true })
  @Type(() => Absence)
  absences: Absence[];

  @ApiProperty({ description: '会议记录' })
  @IsString({ message: 'minutes：必须为文本' })
  @MaxLength(20000, { message: 'minutes：不超过 20000 个字' })
  minutes: string;
}

export class LifeMeetingView extends LifeMeetingFields {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ description: '党支部名称' }) branchName: string;
  @ApiPropertyOptional({ description: '所在单位（随党支部）', nullable: true, type: String }) unitId: string | null;
  @ApiProperty({ description: '实到人数' }) present: number;
  @ApiProperty({ enum: LIFE_MEETING_STATUSES, description: 'recorded 已登记 / withdrawn 已撤回' }) status: LifeMeetingStatus;
  @ApiPropertyOptional({ description: '撤回理由', nullable: true, type: String }) withdrawalReason: string | null;
  @ApiProperty({ description: '版本号（ETag）' }) version: number;
  @ApiProperty() createdAt: string;
  @ApiProperty() createdBy: string;
  @ApiProperty() updatedAt: string;
  @ApiProperty() updatedBy: string;
}

export const LifeMeetingErrors = {
  notFound: { kind: 'not_found', code: 'LIFE_MEETING.NOT_FOUND', title: '组织生活记录不存在' },
  versionConflict: { kind: 'precondition_failed', code: 'LIFE_MEETING.VERSION_CONFLICT', title: '组织生活记录已被他人修改' },
  invalidState: { kind: 'rule_violation', code: 'LIFE_MEETING.INVALID_STATE', title: '当前状态不能进行此操作' },
  branchUnknown: { kind: 'rule_violation', code: 'LIFE_MEETING.BRANCH_UNKNOWN', title: '党支部不存在或已撤销' },
  attendance: { kind: 'rule_violation', code: 'LIFE_MEETING.ATTENDANCE', title: '缺席人数不能超过应到人数' },
} as const;

/** RPC subjects, under `rpc.party-affairs.`. */
export const LifeMeetingSubjects = {
  create: 'life-meeting.create',
  update: 'life-meeting.update',
  withdraw: 'life-meeting.withdraw',
  get: 'life-meeting.get',
  list: 'life-meeting.list',
  compliance: 'life-meeting.compliance',
} as const;

export namespace CreateLifeMeeting {
  export class Request extends LifeMeetingFields {}
  export class Reply extends LifeMeetingView {}
}

export namespace UpdateLifeMeeting {
  export class Body extends LifeMeetingFields {}
  export class Request extends Versioned(Body) {}
  export class Reply extends LifeMeetingView {}
}

export namespace WithdrawLifeMeeting {
  export class Body {
    @ApiProperty({ description: '撤回理由' })
    @IsString({ message: 'reason：必须为文本' })
    @MinLength(2, { message: 'reason：撤回须说明理由（至少 2 个字）' })
    @MaxLength(1000, { message: 'reason：不超过 1000 个字' })
    reason: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends LifeMeetingView {}
}

export namespace GetLifeMeeting {
  export class Request extends RecordRef {}
  export class Reply extends LifeMeetingView {}
}

export namespace ListLifeMeetings {
  export class Request extends PageQuery {
    @ApiPropertyOptional({ enum: LIFE_MEETING_STATUSES, description: '状态' })
    @IsOptional()
    @IsIn(LIFE_MEETING_STATUSES, { message: 'status：取值无效' })
    status?: LifeMeetingStatus;

    @ApiPropertyOptional({ enum: LIFE_MEETING_KINDS, description: '类别' })
    @IsOptional()
    @IsIn(LIFE_MEETING_KINDS, { message: 'kind：取值无效' })
    kind?: LifeMeetingKind;

    @ApiPropertyOptional({ format: 'uuid', description: '党支部' })
    @IsOptional()
    @IsUUID('all', { message: 'branchId：党支部 ID 格式不正确' })
    branchId?: string;

    @ApiPropertyOptional({ description: '主题模糊搜索（支持中文）' })
    @IsOptional()
    @IsString({ message: 'q：必须为文本' })
    @MaxLength(40, { message: 'q：不超过 40 个字' })
    q?: string;
  }
  export class Reply extends PageMeta {
    @ApiProperty({ type: [LifeMeetingView] }) items: LifeMeetingView[];
  }
}

/** The lights of the compliance view: green 已召开, yellow 本期待召开, red 逾期未召开, grey 未到期. */
export const COMPLIANCE_LIGHTS = ['green', 'yellow', 'red', 'grey'] as const;
export type ComplianceLight = (typeof COMPLIANCE_LIGHTS)[number];

export class CompliancePeriod {
  @ApiProperty({ description: '期间（如 2026-Q1、2026-03、2026）' }) period: string;
  @ApiProperty({ description: '期间起始日' }) from: string;
  @ApiProperty({ description: '期间截止日（应在此日前召开）' }) dueOn: string;
  @ApiProperty({ description: '已召开次数' }) held: number;
  @ApiProperty({ enum: COMPLIANCE_LIGHTS }) light: ComplianceLight;
}

export class ComplianceLine {
  @ApiProperty({ enum: LIFE_MEETING_KINDS }) kind: LifeMeetingKind;
  @ApiProperty() label: string;
  @ApiProperty({ description: '频次要求（如 每季度至少 1 次）' }) requirement: string;
  @ApiProperty({ description: '依据' }) source: string;
  @ApiProperty({ type: [CompliancePeriod] }) periods: CompliancePeriod[];
  @ApiProperty({ enum: COMPLIANCE_LIGHTS, description: '本项的灯：有逾期为红，本期待召开为黄，否则绿' }) light: ComplianceLight;
}

export class BranchCompliance {
  @ApiProperty({ format: 'uuid' }) branchId: string;
  @ApiProperty() branchName: string;
  @ApiPropertyOptional({ nullable: true, type: String }) unitId: string | null;
  @ApiProperty({ enum: COMPLIANCE_LIGHTS, description: '支部的灯（各项中最差者）' }) light: ComplianceLight;
  @ApiProperty({ type: [ComplianceLine] }) lines: ComplianceLine[];
}

/** The compliance view per branch for one year, against the frequency configuration in force. */
export namespace LifeCompliance {
  export class Request {
    @ApiProperty({ description: '年度', example: 2026 })
    @Type(() => Number)
    @IsInt32({ message: 'year：必须是整数' })
    @Min(2018, { message: 'year：不早于 2018 年' })
    @Max(2100, { message: 'year：不晚于 2100 年' })
    year: number;

    @ApiPropertyOptional({ format: 'uuid', description: '只看一个党支部' })
    @IsOptional()
    @IsUUID('all', { message: 'branchId：党支部 ID 格式不正确' })
    branchId?: string;
  }
  export class Reply {
    @ApiProperty() year: number;
    @ApiProperty({ description: '判定日（今天）' }) asOf: string;
    @ApiProperty({ description: '频次配置版本' }) configVersion: string;
    @ApiProperty({ description: '配置生效日期' }) configEffectiveFrom: string;
    @ApiProperty({ description: '配置依据' }) configSource: string;
    @ApiProperty({ type: [BranchCompliance] }) branches: BranchCompliance[];
  }
}

/** What the events of one 组织生活 record carry: its snapshot with its version (consumers apply only newer ones). */
export class LifeMeetingSnapshot {
  @ApiProperty() @IsUUID() id: string;
  @ApiProperty() @IsUUID() branchId: string;
  @ApiPropertyOptional({ nullable: true, type: String }) @IsOptional() @IsUUID() unitId: string | null;
  @ApiProperty() @IsIn(LIFE_MEETING_KINDS) kind: LifeMeetingKind;
  @ApiProperty() @IsCalendarDate() heldOn: string;
  @ApiProperty() @IsString() topic: string;
  @ApiProperty() @IsIn(LIFE_MEETING_STATUSES) status: LifeMeetingStatus;
  @ApiProperty() @IsInt32() @Min(1) version: number;
}

export const LifeMeetingEvents = {
  created: eventSubject('party-affairs', 'life-meeting.created'),
  updated: eventSubject('party-affairs', 'life-meeting.updated'),
  withdrawn: eventSubject('party-affairs', 'life-meeting.withdrawn'),
} as const;

/** What each event means, for the catalogue of the events (tools/asyncapi): one sentence about the fact. */
export const LifeMeetingEventDescriptions = {
  'life-meeting.created': { zh: '组织生活登记', en: 'A meeting of organisational life was recorded.' },
  'life-meeting.updated': { zh: '组织生活记录被修改', en: 'A meeting of organisational life was changed.' },
  'life-meeting.withdrawn': { zh: '组织生活记录被撤回（注明理由，不删除）', en: 'A meeting of organisational life was withdrawn, with a reason (never deleted).' },
} as const;

/** Published by party-affairs when a 组织生活 record is created, changed or withdrawn; carries its snapshot. */
export namespace LifeMeetingChanged {
  export class Event extends LifeMeetingSnapshot {}
}
