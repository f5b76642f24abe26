import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength } from 'class-validator';
import { IsCalendarDate, IsInt32, IsOffsetDateTime, PageMeta, PageQuery, RecordRef, ApiProperty, ApiPropertyOptional } from '@gov/contracts-common';
import { SECRECY_LEVELS, type SecrecyLevel } from './common.js';
import { FOLLOWING_SECTIONS, INSTRUCTION_SOURCE_KINDS, type FollowingSection, type InstructionSourceKind } from './events.js';
import { RoutingView } from './incoming.js';
import { SourceItemView } from '@gov/contracts-supervision';

/**
 * 领导批示 on a 收文, a 请示 or any record: who (the leader, with 区长/副区长 told apart by `leaderTitle`), what and when,
 * relayed to the units named, followed by 秘书一科 (区长), 秘书二科 (副区长) or 文秘科, and published once as
 * `DocumentSecretariatEvents.instructionRecorded` for supervision to track.
 */

export const LEADER_TITLES = ['区长', '常务副区长', '副区长', '区政府党组成员', '办公室主任', '办公室副主任', '其他'] as const;
export type LeaderTitle = (typeof LEADER_TITLES)[number];

export const FOLLOWING_SECTION_LABELS: Record<FollowingSection, string> = { mishu_yi: '秘书一科', mishu_er: '秘书二科', wenmi: '文秘科' };

/**
 * following 跟踪中 / done 已落实 (set by hand, only for a 批示 without a live 督办事项) / closed 已办结 and withdrawn 督办已撤销
 * (set by supervision's `item.changed` events for a 批示 that became a 督办事项).
 */
export const FOLLOW_STATUSES = ['following', 'done', 'closed', 'withdrawn'] as const;
export type FollowStatus = (typeof FOLLOW_STATUSES)[number];
export const FOLLOW_STATUS_LABELS: Record<FollowStatus, string> = { following: '跟踪中', done: '已落实', closed: '已办结', withdrawn: '督办已撤销' };
/** The states a clerk may set by hand. */
export const MANUAL_FOLLOW_STATUSES = ['following', 'done'] as const;

export const InstructionErrors = {
  notFound: { kind: 'not_found', code: 'INSTRUCTION.NOT_FOUND', title: '批示不存在或无权查看' },
  leaderRequired: { kind: 'validation', code: 'INSTRUCTION.LEADER_REQUIRED', title: '代录纸质批示须写明批示领导' },
  notALeader: { kind: 'forbidden', code: 'INSTRUCTION.NOT_A_LEADER', title: '只有领导本人可以批示，或由文秘、秘书人员代录' },
  requestIdReused: { kind: 'conflict', code: 'INSTRUCTION.REQUEST_ID_REUSED', title: '请求标识已用于另一条批示' },
  sourceTitleRequired: { kind: 'validation', code: 'INSTRUCTION.SOURCE_TITLE_REQUIRED', title: '批示在其他材料上时须写明材料标题' },
  followedByItem: { kind: 'rule_violation', code: 'INSTRUCTION.FOLLOWED_BY_ITEM', title: '该批示已立项督办，落实状态由督办事项决定' },
} as const;

export const InstructionSubjects = {
  record: 'instruction.record',
  get: 'instruction.get',
  list: 'instruction.list',
  followUp: 'instruction.follow-up',
} as const;

export class InstructionView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiPropertyOptional({ format: 'uuid', description: '客户端请求标识（重试时返回同一条批示）' }) requestId?: string;
  @ApiProperty({ enum: INSTRUCTION_SOURCE_KINDS }) sourceKind: InstructionSourceKind;
  @ApiProperty({ format: 'uuid' }) sourceId: string;
  @ApiProperty({ description: '来源文件标题' }) sourceTitle: string;
  @ApiPropertyOptional({ description: '来源文件文号' }) sourceDocNumber?: string;
  @ApiProperty({ format: 'uuid' }) leaderUserId: string;
  @ApiProperty({ description: '批示领导' }) leaderName: string;
  @ApiProperty({ description: '领导职务' }) leaderTitle: string;
  @ApiProperty({ description: '批示内容' }) text: string;
  @ApiProperty({ description: '批示时间' }) instructedAt: string;
  @ApiPropertyOptional({ format: 'uuid', description: '牵头单位' }) leadUnitId?: string;
  @ApiProperty({ type: [String], description: '配合单位' }) coUnitIds: string[];
  @ApiPropertyOptional({ description: '办理期限' }) dueDate?: string;
  @ApiPropertyOptional({ enum: LEADER_TITLES, description: '批示呈送的领导职务（决定跟踪科室）' }) addressedLeaderTitle?: LeaderTitle;
  @ApiProperty({ enum: FOLLOWING_SECTIONS, description: '跟踪科室' }) followedBy: FollowingSection;
  @ApiProperty({ description: '跟踪科室（中文）' }) followedByLabel: string;
  @ApiProperty({ enum: FOLLOW_STATUSES }) followStatus: FollowStatus;
  @ApiProperty() followStatusLabel: string;
  @ApiPropertyOptional({ description: '最近一次跟踪情况' }) followNote?: string;
  @ApiProperty({ description: '密级' }) secrecyLevel: number;
  @ApiProperty({ description: '是否代录（纸质批示由文秘、秘书人员录入）' }) recordedOnBehalf: boolean;
  @ApiProperty() recordedBy: string;
  @ApiProperty() recordedAt: string;
  @ApiProperty({ type: [RoutingView], description: '转达各单位的情况（签收、阅读回执）' }) routings: RoutingView[];
  @ApiPropertyOptional({ type: SourceItemView, description: '据此立项的督办事项：状态、灯色、期限和各单位办理情况（随督办事项变化更新）' }) supervision?: SourceItemView;
  @ApiProperty() version: number;
}

export namespace RecordInstruction {
  export class Request {
    @ApiPropertyOptional({ format: 'uuid', description: '客户端生成的请求标识：同一标识重试只记录一次、只发布一次' })
    @IsOptional()
    @IsUUID('all', { message: '请求标识应为 UUID' })
    requestId?: string;
    @ApiProperty({ enum: INSTRUCTION_SOURCE_KINDS, description: '批示所在材料的类型' })
    @IsIn(INSTRUCTION_SOURCE_KINDS, { message: '批示所在材料类型只能是收文、请示、发文、文稿或其他材料' })
    sourceKind: InstructionSourceKind;
    @ApiPropertyOptional({ format: 'uuid', description: '批示所在材料的 id（其他材料可不填）' }) @IsOptional() @IsUUID('all', { message: '材料 id 格式不正确' }) sourceId?: string;
    @ApiPropertyOptional({ description: '其他材料的标题' }) @IsOptional() @IsString() @MaxLength(300) sourceTitle?: string;
    @ApiProperty({ description: '批示内容' }) @IsString() @MinLength(2, { message: '批示内容至少 2 个字' }) @MaxLength(4000) text: string;
    @ApiPropertyOptional({ description: '批示时间（默认当前时间；代录纸质批示时填写批示日期）' }) @IsOptional() @IsOffsetDateTime({ message: '批示时间应为 ISO 8601 时间' }) instructedAt?: string;
    @ApiProperty({ enum: LEADER_TITLES, description: '批示领导职务（区长的批示由秘书一科跟踪，副区长的由秘书二科跟踪）' })
    @IsIn(LEADER_TITLES, { message: '领导职务不正确' })
    leaderTitle: LeaderTitle;
    @ApiPropertyOptional({ enum: LEADER_TITLES, description: '批示呈送（请其阅处）的领导职务：跟踪科室按该领导确定（区长批给副区长的由秘书二科跟踪）；不填时按批示领导' })
    @IsOptional()
    @IsIn(LEADER_TITLES, { message: '呈送领导职务不正确' })
    addressedLeaderTitle?: LeaderTitle;
    @ApiPropertyOptional({ format: 'uuid', description: '代录时：批示领导的用户 id' }) @IsOptional() @IsUUID('all', { message: '领导用户 id 格式不正确' }) leaderUserId?: string;
    @ApiPropertyOptional({ description: '代录时：批示领导姓名' }) @IsOptional() @IsString() @MaxLength(40) leaderName?: string;
    @ApiPropertyOptional({ format: 'uuid', description: '牵头单位' }) @IsOptional() @IsUUID('all', { message: '牵头单位 id 格式不正确' }) leadUnitId?: string;
    @ApiPropertyOptional({ type: [String], description: '配合单位' })
    @IsOptional()
    @IsArray()
    @ArrayMaxSize(50)
    @IsUUID('all', { each: true, message: '配合单位 id 格式不正确' })
    coUnitIds?: string[];
    @ApiPropertyOptional({ description: '办理期限 YYYY-MM-DD' }) @IsOptional() @IsCalendarDate({ message: '办理期限应为 YYYY-MM-DD' }) dueDate?: string;
    @ApiPropertyOptional({ description: '密级（默认与所在材料相同，不得低于它）', enum: SECRECY_LEVELS }) @IsOptional() @IsIn(SECRECY_LEVELS) secrecyLevel?: SecrecyLevel;
  }
  export class Reply extends InstructionView {}
}

export namespace GetInstruction {
  export class Request extends RecordRef {}
}

export namespace ListInstructions {
  export class Request extends PageQuery {
    @ApiPropertyOptional({ enum: FOLLOWING_SECTIONS, description: '跟踪科室（秘书二科：副区长批示）' }) @IsOptional() @IsIn(FOLLOWING_SECTIONS) followedBy?: FollowingSection;
    @ApiPropertyOptional({ enum: FOLLOW_STATUSES }) @IsOptional() @IsIn(FOLLOW_STATUSES) followStatus?: FollowStatus;
    @ApiPropertyOptional({ enum: INSTRUCTION_SOURCE_KINDS }) @IsOptional() @IsIn(INSTRUCTION_SOURCE_KINDS) sourceKind?: InstructionSourceKind;
    @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() sourceId?: string;
    @ApiPropertyOptional({ description: '按批示内容或来源标题模糊搜索' }) @IsOptional() @IsString() @MaxLength(60) q?: string;
  }
  export class Reply extends PageMeta {
    @ApiProperty({ type: [InstructionView] }) items: InstructionView[];
  }
}

export namespace FollowUpInstruction {
  export class Body {
    @ApiProperty({ description: '跟踪情况' }) @IsString() @MinLength(2, { message: '跟踪情况至少 2 个字' }) @MaxLength(2000) note: string;
    @ApiPropertyOptional({ enum: MANUAL_FOLLOW_STATUSES, description: '跟踪状态（done 表示已落实；已立项督办的批示由督办事项决定，不能手工设置）' })
    @IsOptional()
    @IsIn(MANUAL_FOLLOW_STATUSES, { message: '跟踪状态只能是 跟踪中 或 已落实' })
    followStatus?: (typeof MANUAL_FOLLOW_STATUSES)[number];
  }
  export class Request extends Body {
    @IsUUID() id: string;
    @IsInt32() @Min(1) @Max(1_000_000_000) expectedVersion: number;
  }
}
