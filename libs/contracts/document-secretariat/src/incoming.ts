import { Type } from 'class-transformer';
import { ArrayMaxSize, IsBoolean, IsArray, IsIn, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { eventSubject, IsInt32, IsOffsetDateTime, PageMeta, PageQuery, RecordRef, Versioned, ApiProperty, ApiPropertyOptional } from '@gov/contracts-common';
import { FileRef, FileRefView, RECORD_KINDS, SecrecyFields, URGENCY_LEVELS, type RecordKind, type UrgencyLevel } from './common.js';

/**
 * 收文 (《党政机关公文处理工作条例》第二十四条): 签收 → 登记 → 初审 (accept, or return to the sender with reasons) → 拟办 →
 * 批办 → 分办 (one 主办 unit, any 协办 units, leaders for 传阅) → 承办 with a time limit → 催办 → 办结 → 答复.
 * Who holds a document and since when is on the record and changes at every step.
 */

/** 来文机关层级. */
export const SOURCE_LEVELS = ['central', 'province', 'city', 'district_party', 'other_county', 'town_street', 'district_department'] as const;
export type SourceLevel = (typeof SOURCE_LEVELS)[number];
export const SOURCE_LEVEL_LABELS: Record<SourceLevel, string> = {
  central: '党中央、国务院',
  province: '省',
  city: '市',
  district_party: '区委及部门',
  other_county: '外区县',
  town_street: '镇街、开发区',
  district_department: '区直部门',
};

/** 文种 (条例第八条), with 其他 for what external bodies send (明传电报, 简报…). */
export const INCOMING_DOC_TYPES = ['决议', '决定', '命令', '公报', '公告', '通告', '意见', '通知', '通报', '报告', '请示', '批复', '议案', '函', '纪要', '其他'] as const;

export const INCOMING_STATES = ['registered', 'returned', 'accepted', 'proposed', 'instructed', 'distributed', 'completed', 'replied'] as const;
export type IncomingState = (typeof INCOMING_STATES)[number];
export const INCOMING_STATE_LABELS: Record<IncomingState, string> = {
  registered: '已登记待初审',
  returned: '已退回',
  accepted: '待拟办',
  proposed: '待批办',
  instructed: '待分办',
  distributed: '承办中',
  completed: '已办结',
  replied: '已答复',
};

export const IncomingErrors = {
  notFound: { kind: 'not_found', code: 'INCOMING.NOT_FOUND', title: '收文不存在或无权查看' },
  copyNumberRequired: { kind: 'validation', code: 'INCOMING.COPY_NUMBER_REQUIRED', title: '涉密公文须登记份号' },
  leadUnitRequired: { kind: 'validation', code: 'INCOMING.LEAD_UNIT_REQUIRED', title: '分办须指定一个主办单位或传阅领导' },
  routingNotFound: { kind: 'not_found', code: 'ROUTING.NOT_FOUND', title: '分办记录不存在或无权查看' },
  routingInvalidState: { kind: 'rule_violation', code: 'ROUTING.INVALID_STATE', title: '分办记录当前状态不允许此操作' },
  /** 一事一期限: the unit's copy is linked to a 督办事项; it answers there (反馈, 报办结), and the copy is completed from it. */
  routingLinkedToItem: { kind: 'rule_violation', code: 'ROUTING.LINKED_TO_ITEM', title: '本件已列入督办，请在督办事项中反馈' },
} as const;

export const IncomingSubjects = {
  register: 'incoming.register',
  get: 'incoming.get',
  list: 'incoming.list',
  review: 'incoming.review',
  propose: 'incoming.propose',
  distribute: 'incoming.distribute',
  chase: 'incoming.chase',
  complete: 'incoming.complete',
  reply: 'incoming.reply',
} as const;

export const RoutingSubjects = {
  mine: 'routing.mine',
  act: 'routing.act',
} as const;

// ---- Views ----

export class HolderView {
  @ApiProperty({ enum: ['user', 'unit', 'section'], description: '持有者类型：人员、单位、科室' }) kind: 'user' | 'unit' | 'section';
  @ApiProperty({ description: '用户 id、单位 id 或科室代码' }) id: string;
  @ApiProperty({ description: '持有者名称' }) name: string;
  @ApiProperty({ description: '自何时起持有（ISO 8601）' }) since: string;
}

export const ROUTING_STATUSES = ['pending', 'signed', 'read', 'handling', 'done'] as const;
export type RoutingStatus = (typeof ROUTING_STATUSES)[number];
export const ROUTING_STATUS_LABELS: Record<RoutingStatus, string> = { pending: '待签收', signed: '已签收', read: '已阅', handling: '办理中', done: '已办结' };
export const ROUTING_ROLES = ['lead', 'co', 'read'] as const;
export type RoutingRole = (typeof ROUTING_ROLES)[number];
export const ROUTING_ROLE_LABELS: Record<RoutingRole, string> = { lead: '主办', co: '协办', read: '传阅' };
export const ROUTING_ACTIONS = ['sign', 'read', 'progress', 'done'] as const;
export type RoutingAction = (typeof ROUTING_ACTIONS)[number];

/** One recipient's copy of a distributed document or a relayed instruction, with its own status and receipts. */
export class RoutingView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: RECORD_KINDS, description: '所属记录类型' }) recordKind: RecordKind;
  @ApiProperty({ format: 'uuid' }) recordId: string;
  @ApiProperty({ description: '所属记录标题' }) recordTitle: string;
  @ApiProperty({ enum: ['unit', 'user'], description: '接收方：单位或领导' }) recipientKind: 'unit' | 'user';
  @ApiProperty({ enum: ROUTING_ROLES, description: '主办、协办、传阅' }) role: RoutingRole;
  @ApiProperty() roleLabel: string;
  @ApiPropertyOptional({ format: 'uuid' }) unitId?: string;
  @ApiPropertyOptional({ format: 'uuid' }) userId?: string;
  @ApiProperty({ description: '接收方名称' }) recipientName: string;
  @ApiProperty({ enum: ROUTING_STATUSES }) status: RoutingStatus;
  @ApiProperty({ description: '状态（中文）' }) statusLabel: string;
  @ApiProperty({ description: '分送时间' }) sentAt: string;
  @ApiPropertyOptional({ description: '签收时间' }) signedAt?: string;
  @ApiPropertyOptional({ description: '签收人' }) signedBy?: string;
  @ApiPropertyOptional({ description: '阅读时间（阅读回执）' }) readAt?: string;
  @ApiPropertyOptional({ description: '阅读人' }) readBy?: string;
  @ApiPropertyOptional({ description: '办结时间' }) doneAt?: string;
  @ApiPropertyOptional({ description: '办理情况或结果' }) result?: string;
  @ApiPropertyOptional({ description: '最近一次进展说明' }) note?: string;
  @ApiPropertyOptional({ format: 'uuid', description: '已列入的督办事项 id（一事一期限：本单位在督办事项中反馈、报办结）' }) linkedItemId?: string;
  @ApiPropertyOptional({ enum: ['lead', 'co'], description: '本单位在督办事项中的角色：lead 主责单位 / co 配合单位' }) linkedRole?: 'lead' | 'co';
  @ApiPropertyOptional({ description: '督办角色（中文）' }) linkedRoleLabel?: string;
  @ApiPropertyOptional({ description: '提示，如“本件已列入督办，请在督办事项中反馈”' }) linkNotice?: string;
  @ApiPropertyOptional({ description: '列入督办期间唯一的办理期限：收文承办期限与督办期限中较早者（YYYY-MM-DD）' }) dueDate?: string;
  @ApiPropertyOptional({ enum: ['routing', 'item'], description: '期限取自：routing 收文承办期限 / item 督办期限' }) deadlineSource?: 'routing' | 'item';
  @ApiPropertyOptional({ type: [String], description: '期限计算过程，末行为一事一期限的取舍' }) deadlineExplanation?: string[];
  @ApiProperty({ description: '版本号（ETag）' }) version: number;
}

export class ChaseView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiPropertyOptional({ format: 'uuid', description: '被催办的分办记录' }) routingId?: string;
  @ApiProperty({ description: '被催办对象' }) targetName: string;
  @ApiProperty({ description: '催办内容' }) note: string;
  @ApiProperty({ description: '催办人' }) chasedBy: string;
  @ApiProperty({ description: '催办时间' }) chasedAt: string;
}

export class DeadlineView {
  @ApiProperty({ description: '起算日（YYYY-MM-DD，不计入）' }) start: string;
  @ApiProperty({ description: '办理时限（工作日）' }) workingDays: number;
  @ApiPropertyOptional({ description: '到期日（YYYY-MM-DD）' }) dueDate?: string;
  @ApiProperty({ description: '是否暂定（节假日安排未发布等）' }) provisional: boolean;
  @ApiProperty({ type: [String], description: '计算过程' }) explanation: string[];
  @ApiProperty({ description: '时限依据' }) basis: string;
}

export class IncomingSummaryView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ description: '收文编号', example: '收〔2026〕15号' }) registrationNumber: string;
  @ApiProperty() title: string;
  @ApiProperty({ description: '来文机关' }) sourceBody: string;
  @ApiPropertyOptional({ description: '原文号' }) originalNumber?: string;
  @ApiProperty({ description: '密级' }) secrecyLevel: number;
  @ApiProperty({ enum: URGENCY_LEVELS }) urgency: UrgencyLevel;
  @ApiProperty({ enum: INCOMING_STATES }) state: IncomingState;
  @ApiProperty({ description: '状态（中文）' }) stateLabel: string;
  @ApiPropertyOptional({ type: HolderView, description: '当前持有者' }) holder?: HolderView;
  @ApiPropertyOptional({ description: '承办到期日' }) dueDate?: string;
  @ApiProperty({ description: '是否已逾期' }) overdue: boolean;
  @ApiProperty({ description: '收到时间' }) receivedAt: string;
  @ApiProperty() version: number;
}

export class IncomingView extends IncomingSummaryView {
  @ApiProperty({ enum: SOURCE_LEVELS }) sourceLevel: SourceLevel;
  @ApiProperty({ description: '来文机关层级（中文）' }) sourceLevelLabel: string;
  @ApiProperty({ description: '文种' }) docType: string;
  @ApiPropertyOptional() secrecyPeriod?: string;
  @ApiPropertyOptional({ description: '份号' }) copyNumber?: string;
  @ApiProperty({ description: '页数' }) pages: number;
  @ApiProperty({ description: '普发件（发给多个机关、供阅知；无需本机关办理的普发件不归档）' }) generalDistribution: boolean;
  @ApiProperty({ type: [FileRefView], description: '附件' }) attachments: FileRefView[];
  @ApiPropertyOptional({ description: '退回理由' }) returnReason?: string;
  @ApiPropertyOptional({ description: '拟办意见' }) proposal?: string;
  @ApiPropertyOptional({ description: '拟请批办的领导' }) proposedLeaderName?: string;
  @ApiPropertyOptional({ format: 'uuid', description: '批办（领导批示）记录 id' }) instructionId?: string;
  @ApiPropertyOptional({ type: DeadlineView, description: '承办时限' }) deadline?: DeadlineView;
  @ApiPropertyOptional({ description: '办结结果' }) result?: string;
  @ApiPropertyOptional({ description: '答复方式' }) replyMethod?: string;
  @ApiPropertyOptional({ description: '答复内容' }) replyContent?: string;
  @ApiPropertyOptional({ description: '答复时间' }) repliedAt?: string;
  @ApiProperty({ type: [RoutingView] }) routings: RoutingView[];
  @ApiProperty({ type: [ChaseView] }) chases: ChaseView[];
  @ApiProperty() createdBy: string;
  @ApiProperty() createdAt: string;
  @ApiProperty() updatedBy: string;
  @ApiProperty() updatedAt: string;
}

// ---- Requests ----

export namespace RegisterIncoming {
  export class Request extends SecrecyFields {
    @ApiProperty({ description: '标题' }) @IsString() @MinLength(2, { message: '标题至少 2 个字' }) @MaxLength(300) title: string;
    @ApiProperty({ description: '来文机关', example: '淄博市人民政府办公室' }) @IsString() @MinLength(2, { message: '来文机关至少 2 个字' }) @MaxLength(100) sourceBody: string;
    @ApiProperty({ enum: SOURCE_LEVELS, description: '来文机关层级' })
    @IsIn(SOURCE_LEVELS, { message: '来文机关层级只能是：党中央国务院、省、市、区委及部门、外区县、镇街开发区、区直部门' })
    sourceLevel: SourceLevel;
    @ApiPropertyOptional({ description: '原文号（来文机关的发文字号，按原样登记）', example: '淄政办字〔2026〕12号' })
    @IsOptional()
    @IsString()
    @MaxLength(60, { message: '原文号不超过 60 个字符' })
    originalNumber?: string;
    @ApiProperty({ enum: INCOMING_DOC_TYPES, description: '文种' }) @IsIn(INCOMING_DOC_TYPES, { message: '文种不在《党政机关公文处理工作条例》所列范围内（可选“其他”）' }) docType: string;
    @ApiProperty({ enum: URGENCY_LEVELS, description: '紧急程度' }) @IsIn(URGENCY_LEVELS, { message: '紧急程度不正确' }) urgency: UrgencyLevel;
    @ApiProperty({ description: '页数' }) @IsInt32({ message: '页数应为整数' }) @Min(1, { message: '页数至少为 1' }) @Max(10000) pages: number;
    @ApiProperty({ description: '收到时间（ISO 8601）' }) @IsOffsetDateTime({ message: '收到时间应为 ISO 8601 时间' }) receivedAt: string;
    @ApiPropertyOptional({ description: '普发件（上级机关普发、供阅知的文件）；无需本机关办理的普发件不归档（DA/T 22—2015）' })
    @IsOptional()
    @IsBoolean({ message: '普发件只能是 true 或 false' })
    generalDistribution?: boolean;
    @ApiPropertyOptional({ type: [FileRef], description: '附件（先上传文件）' })
    @IsOptional()
    @IsArray()
    @ArrayMaxSize(50)
    @ValidateNested({ each: true })
    @Type(() => FileRef)
    attachments?: FileRef[];
  }
  export class Reply extends IncomingView {}
}

export namespace GetIncoming {
  export class Request extends RecordRef {}
  export class Reply extends IncomingView {}
}

export namespace ListIncoming {
  export class Request extends PageQuery {
    @ApiPropertyOptional({ description: '按标题、收文编号、原文号模糊搜索' }) @IsOptional() @IsString() @MaxLength(60) q?: string;
    @ApiPropertyOptional({ enum: INCOMING_STATES }) @IsOptional() @IsIn(INCOMING_STATES) state?: IncomingState;
    @ApiPropertyOptional({ description: '当前持有者（用户 id、单位 id 或科室代码）' }) @IsOptional() @IsString() @MaxLength(60) holderId?: string;
    @ApiPropertyOptional({ description: '只看已逾期（true）或未逾期（false）' })
    @IsOptional()
    @Type(() => String)
    @IsIn(['true', 'false'])
    overdue?: 'true' | 'false';
    @ApiPropertyOptional({ enum: URGENCY_LEVELS }) @IsOptional() @IsIn(URGENCY_LEVELS) urgency?: UrgencyLevel;
  }
  export class Reply extends PageMeta {
    @ApiProperty({ type: [IncomingSummaryView] }) items: IncomingSummaryView[];
  }
}

export namespace ReviewIncoming {
  export class Body {
    @ApiProperty({ enum: ['accept', 'return'], description: '初审结论：受理或退回' }) @IsIn(['accept', 'return'], { message: '初审结论只能是 accept（受理）或 return（退回）' }) decision: 'accept' | 'return';
    @ApiPropertyOptional({ description: '退回理由（退回时必填）' }) @IsOptional() @IsString() @MaxLength(1000) reason?: string;
  }
  export class Request extends Versioned(Body) {}
}

export namespace ProposeIncoming {
  export class Body {
    @ApiProperty({ description: '拟办意见' }) @IsString() @MinLength(2, { message: '拟办意见至少 2 个字' }) @MaxLength(2000) proposal: string;
    @ApiPropertyOptional({ format: 'uuid', description: '拟请批办的领导（用户 id）' }) @IsOptional() @IsUUID() leaderUserId?: string;
    @ApiPropertyOptional({ description: '拟请批办的领导姓名' }) @IsOptional() @IsString() @MaxLength(40) leaderName?: string;
  }
  export class Request extends Versioned(Body) {}
}

export class LeaderRecipient {
  @ApiProperty({ format: 'uuid', description: '领导用户 id' }) @IsUUID('all', { message: '领导用户 id 格式不正确' }) userId: string;
  @ApiProperty({ description: '领导姓名' }) @IsString() @MinLength(1) @MaxLength(40) name: string;
}

export namespace DistributeIncoming {
  export class Body {
    @ApiPropertyOptional({ format: 'uuid', description: '主办单位（只能一个）' }) @IsOptional() @IsUUID('all', { message: '主办单位 id 格式不正确' }) leadUnitId?: string;
    @ApiPropertyOptional({ type: [String], description: '协办单位' })
    @IsOptional()
    @IsArray()
    @ArrayMaxSize(50)
    @IsUUID('all', { each: true, message: '协办单位 id 格式不正确' })
    coUnitIds?: string[];
    @ApiPropertyOptional({ type: [LeaderRecipient], description: '传阅领导' })
    @IsOptional()
    @IsArray()
    @ArrayMaxSize(20)
    @ValidateNested({ each: true })
    @Type(() => LeaderRecipient)
    leaders?: LeaderRecipient[];
    @ApiPropertyOptional({ description: '承办时限（工作日）；不填按紧急程度取默认值' })
    @IsOptional()
    @IsInt32()
    @Min(1, { message: '承办时限至少 1 个工作日' })
    @Max(120, { message: '承办时限不超过 120 个工作日' })
    workingDays?: number;
  }
  export class Request extends Versioned(Body) {}
}

export namespace ChaseIncoming {
  export class Body {
    @ApiPropertyOptional({ format: 'uuid', description: '被催办的分办记录（不填则催办全部未办结单位）' }) @IsOptional() @IsUUID() routingId?: string;
    @ApiProperty({ description: '催办内容' }) @IsString() @MinLength(2, { message: '催办内容至少 2 个字' }) @MaxLength(1000) note: string;
  }
  export class Request extends Versioned(Body) {}
}

export namespace CompleteIncoming {
  export class Body {
    @ApiProperty({ description: '办结结果' }) @IsString() @MinLength(2, { message: '办结结果至少 2 个字' }) @MaxLength(4000) result: string;
  }
  export class Request extends Versioned(Body) {}
}

export const REPLY_METHODS = ['document', 'letter', 'phone', 'email', 'system', 'other'] as const;
export const REPLY_METHOD_LABELS: Record<(typeof REPLY_METHODS)[number], string> = {
  document: '正式行文',
  letter: '函复',
  phone: '电话',
  email: '电子邮件',
  system: '系统反馈',
  other: '其他',
};

export namespace ReplyIncoming {
  export class Body {
    @ApiProperty({ enum: REPLY_METHODS, description: '答复方式' }) @IsIn(REPLY_METHODS, { message: '答复方式不正确' }) method: (typeof REPLY_METHODS)[number];
    @ApiProperty({ description: '答复内容' }) @IsString() @MinLength(2, { message: '答复内容至少 2 个字' }) @MaxLength(4000) content: string;
    @ApiPropertyOptional({ description: '答复时间（默认当前时间）' }) @IsOptional() @IsOffsetDateTime() repliedAt?: string;
  }
  export class Request extends Versioned(Body) {}
}

// ---- Routing (a recipient's own copy) ----

export namespace ListMyRoutings {
  export class Request extends PageQuery {
    @ApiPropertyOptional({ enum: ROUTING_STATUSES }) @IsOptional() @IsIn(ROUTING_STATUSES) status?: RoutingStatus;
  }
  export class Reply extends PageMeta {
    @ApiProperty({ type: [RoutingView] }) items: RoutingView[];
  }
}

export namespace ActOnRouting {
  export class Body {
    @ApiPropertyOptional({ description: '进展说明或办理结果（办结时必填）' }) @IsOptional() @IsString() @MaxLength(4000) note?: string;
  }
  export class Request extends Body {
    @IsUUID() id: string;
    @IsInt32() @Min(1) expectedVersion: number;
    @IsIn(ROUTING_ACTIONS) action: RoutingAction;
  }
}

/**
 * A step on a 收文, 请示, 批示, recipient copy or 机要递送 record (who, what, when, the state after it) — every change of
 * these records is published once through the outbox. Cross-service consumers should use the specific events
 * (`instructionRecorded`); this one is for notifications and audit trails.
 */
export const DocumentStepEvents = {
  recorded: eventSubject('document-secretariat', 'record.step'),
} as const;

export namespace DocumentStepRecorded {
  export class Event {
    @ApiProperty({ enum: RECORD_KINDS }) @IsIn(RECORD_KINDS) kind: RecordKind;
    @ApiProperty({ format: 'uuid' }) @IsUUID() id: string;
    @ApiProperty({ description: '动作代码', example: 'incoming.distributed' }) @IsString() action: string;
    @ApiProperty({ description: '动作（中文）' }) @IsString() label: string;
    @ApiProperty({ description: '之后的状态' }) @IsString() state: string;
    @ApiProperty({ description: '密级' }) @IsInt32() @Min(0) @Max(3) secrecyLevel: number;
    @ApiProperty({ type: [String], description: '涉及单位' }) @IsArray() @IsUUID('all', { each: true }) unitIds: string[];
    @ApiProperty({ description: '操作人用户名' }) @IsString() actor: string;
    @ApiProperty({ description: '时间（ISO 8601）' }) @IsOffsetDateTime() at: string;
  }
}
