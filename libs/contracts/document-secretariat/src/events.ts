import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength } from 'class-validator';
import { eventSubject, IsCalendarDate, IsInt32, IsOffsetDateTime, ApiProperty, ApiPropertyOptional } from '@gov/contracts-common';

/** What a 批示 was written on. */
export const INSTRUCTION_SOURCE_KINDS = ['incoming', 'request', 'outgoing', 'drafting', 'other'] as const;
export type InstructionSourceKind = (typeof INSTRUCTION_SOURCE_KINDS)[number];
export const INSTRUCTION_SOURCE_KIND_LABELS: Record<InstructionSourceKind, string> = {
  incoming: '收文',
  request: '请示',
  outgoing: '发文',
  drafting: '文稿',
  other: '其他材料',
};

/** Which secretary section follows the instruction: 秘书一科 the district mayor's, 秘书二科 the deputy mayors'. */
export const FOLLOWING_SECTIONS = ['mishu_yi', 'mishu_er', 'wenmi'] as const;
export type FollowingSection = (typeof FOLLOWING_SECTIONS)[number];

export const DocumentSecretariatEvents = {
  /** A leader's 批示 was recorded; supervision turns it into a tracked item (one per instructionId). */
  instructionRecorded: eventSubject('document-secretariat', 'instruction.recorded'),
  /** An outgoing document was issued (核发): an immutable record; disclosure publishes the 主动公开 ones. */
  outgoingIssued: eventSubject('document-secretariat', 'outgoing.issued'),
  /**
   * 一事一期限: a 收文's 分办 copy was linked to a 督办事项 (or unlinked, or its 承办期限 moved); supervision keeps the copy's
   * 承办期限 and judges the item's light on it when it is the stricter.
   */
  routingDeadlineLinked: eventSubject('document-secretariat', 'routing.deadline-linked'),
} as const;


/**
 * 领导批示 recorded on a document or a 请示. Published exactly once per instruction (through the outbox, event id =
 * instructionId), so a consumer keys its item on `instructionId`. `leadUnitId`/`coUnitIds` are the units the instruction
 * names (ids of the platform's unit directory); an id a consumer does not know must be kept for the office to resolve.
 */
export namespace LeaderInstructionRecorded {
  export class Event {
    @ApiProperty({ format: 'uuid' }) @IsUUID() instructionId: string;
    @ApiProperty({ enum: INSTRUCTION_SOURCE_KINDS }) @IsIn(INSTRUCTION_SOURCE_KINDS) sourceKind: InstructionSourceKind;
    @ApiProperty({ format: 'uuid', description: '批示所在文件（收文、请示、发文等）的 id' }) @IsUUID() sourceId: string;
    @ApiProperty({ description: '来源文件标题' }) @IsString() @MinLength(1) @MaxLength(300) sourceTitle: string;
    @ApiPropertyOptional({ description: '来源文件文号' }) @IsOptional() @IsString() @MaxLength(60) sourceDocNumber?: string;
    @ApiProperty({ description: '批示领导姓名' }) @IsString() @MinLength(1) @MaxLength(40) leaderName: string;
    @ApiPropertyOptional({ description: '批示领导职务，如 区长、副区长' }) @IsOptional() @IsString() @MaxLength(40) leaderTitle?: string;
    @ApiProperty({ format: 'uuid', description: '批示领导的用户 id' }) @IsUUID() leaderUserId: string;
    @ApiProperty({ description: '批示内容' }) @IsString() @MinLength(1) @MaxLength(4000) text: string;
    @ApiProperty({ description: '批示时间（ISO 8601）' }) @IsOffsetDateTime() instructedAt: string;
    @ApiPropertyOptional({ format: 'uuid', description: '牵头（主责）单位' }) @IsOptional() @IsUUID() leadUnitId?: string;
    @ApiProperty({ type: [String], description: '配合单位' }) @IsArray() @ArrayMaxSize(50) @IsUUID('all', { each: true }) coUnitIds: string[];
    @ApiPropertyOptional({ description: '批示要求的办理期限（YYYY-MM-DD）' }) @IsOptional() @IsCalendarDate() dueDate?: string;
    @ApiProperty({ enum: FOLLOWING_SECTIONS, description: '跟踪科室：秘书一科（区长）、秘书二科（副区长）' }) @IsIn(FOLLOWING_SECTIONS) followedBy: FollowingSection;
    @ApiProperty({ description: '密级 0 非密 1 秘密 2 机密 3 绝密' }) @IsInt32() @Min(0) @Max(3) secrecyLevel: number;
    @ApiProperty({ description: '记录人用户名' }) @IsString() recordedBy: string;
  }
}

/** 核发: an outgoing document became an immutable record. */
export namespace OutgoingDocumentIssued {
  export class Event {
    @ApiProperty({ format: 'uuid' }) @IsUUID() documentId: string;
    @ApiProperty({ description: '发文字号', example: '博政发〔2026〕3号' }) @IsString() docNumber: string;
    @ApiProperty() @IsString() title: string;
    @ApiProperty({ description: '文种' }) @IsString() docType: string;
    @ApiProperty({ description: '发文机关' }) @IsString() issuingBody: string;
    @ApiProperty({ description: '成文日期 YYYY-MM-DD' }) @IsCalendarDate() writtenDate: string;
    @ApiProperty({ description: '核发时间（ISO 8601）' }) @IsOffsetDateTime() issuedAt: string;
    @ApiProperty({ enum: ['proactive', 'on_request', 'not_public'], description: '公开属性：主动公开、依申请公开、不予公开' })
    @IsIn(['proactive', 'on_request', 'not_public'])
    disclosure: 'proactive' | 'on_request' | 'not_public';
    @ApiPropertyOptional({ description: '不予公开的理由' }) @IsOptional() @IsString() nonDisclosureReason?: string;
    @ApiProperty({ description: '密级 0–3' }) @IsInt32() @Min(0) @Max(3) secrecyLevel: number;
    @ApiProperty({ type: [String], description: '主送单位 id' }) @IsArray() @IsUUID('all', { each: true }) mainRecipientUnitIds: string[];
    @ApiProperty({ type: [String], description: '抄送单位 id' }) @IsArray() @IsUUID('all', { each: true }) copyRecipientUnitIds: string[];
    @ApiProperty({ description: '正文内容的 SHA-256' }) @IsString() bodySha256: string;
    @ApiPropertyOptional({ format: 'uuid', description: '更正时所更正的原文件 id' }) @IsOptional() @IsUUID() correctsDocumentId?: string;
  }
}

/**
 * A 收文 分办 copy and a 督办事项 are the same matter for the same unit (一事一期限, docs/ONE-MATTER-ONE-DEADLINE.md).
 * Published through the outbox when the copy is linked to the item, when the 收文's 承办期限 of a linked copy is chosen
 * again (分办 or a calendar change) and when the copy is unlinked (the item withdrawn, the unit no longer among its units).
 * One event per change; a consumer keys on `routingId` and keeps the latest by `changedAt`.
 */
export namespace RoutingDeadlineLinked {
  export class Event {
    @ApiProperty({ format: 'uuid', description: '分办件 id' }) @IsUUID() routingId: string;
    @ApiProperty({ format: 'uuid', description: '收文 id' }) @IsUUID() incomingId: string;
    @ApiProperty({ description: '收文标题' }) @IsString() @MinLength(1) @MaxLength(300) incomingTitle: string;
    @ApiProperty({ format: 'uuid', description: '督办事项 id' }) @IsUUID() itemId: string;
    @ApiProperty({ format: 'uuid', description: '承办单位 id' }) @IsUUID() unitId: string;
    @ApiProperty({ description: '承办单位名称' }) @IsString() @MaxLength(200) unitName: string;
    @ApiProperty({ description: '是否关联中（false：已解除关联）' }) @IsBoolean() linked: boolean;
    @ApiPropertyOptional({ description: '收文承办期限（YYYY-MM-DD），未定则无' }) @IsOptional() @IsCalendarDate() routingDueDate?: string;
    @ApiPropertyOptional({ description: '文秘方判定时的督办期限（YYYY-MM-DD）' }) @IsOptional() @IsCalendarDate() itemDueDate?: string;
    @ApiPropertyOptional({ enum: ['routing', 'item'], description: '较严格的一方：routing 收文承办期限、item 督办期限' })
    @IsOptional()
    @IsIn(['routing', 'item'])
    deadlineSource?: 'routing' | 'item';
    @ApiProperty({ description: '期限说明（按较严格的期限执行的理由），解除关联时为解除原因' }) @IsString() @MaxLength(1000) explanation: string;
    @ApiProperty({ description: '变更时间（ISO 8601）' }) @IsOffsetDateTime() changedAt: string;
  }
}
