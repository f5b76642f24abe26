import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength } from 'class-validator';
import { ApiProperty, ApiPropertyOptional, eventSubject, IsCalendarDate, IsInt32, PageMeta, PageQuery, RecordRef, Versioned } from '@gov/contracts-common';

/**
 * 约稿: a request for articles from above (the city's or the province's 信息科) with a topic, requirements and a deadline.
 * 信息科 assigns it to units with an internal deadline from the deadline engine (working days), collects their answers
 * (late ones flagged), and sends the compiled reply upward.
 *
 * open 征集中 → replied 已上报 (the compiled reply sent; units that never answered are marked 未报) | withdrawn 已撤回.
 */
export const SOLICITATION_STATUSES = ['open', 'replied', 'withdrawn'] as const;
export type SolicitationStatus = (typeof SOLICITATION_STATUSES)[number];
export const SOLICITATION_STATUS_LABELS: Record<SolicitationStatus, string> = { open: '征集中', replied: '已上报', withdrawn: '已撤回' };

/** One unit's part: pending 待报 → answered 已报 (late or on time) | missed 未报 (the reply went up without it). */
export const ASSIGNMENT_STATUSES = ['pending', 'answered', 'missed'] as const;
export type AssignmentStatus = (typeof ASSIGNMENT_STATUSES)[number];
export const ASSIGNMENT_STATUS_LABELS: Record<AssignmentStatus, string> = { pending: '待报', answered: '已报', missed: '未报' };

export class SolicitationFields {
  @ApiProperty({ description: '约稿主题', example: '关于优化营商环境典型做法的约稿' })
  @IsString({ message: 'title：必须为文本' })
  @MinLength(2, { message: 'title：至少 2 个字' })
  @MaxLength(200, { message: 'title：不超过 200 个字' })
  title: string;

  @ApiProperty({ description: '约稿单位', example: '淄博市人民政府办公室信息科' })
  @IsString({ message: 'source：必须为文本' })
  @MinLength(2, { message: 'source：至少 2 个字' })
  @MaxLength(100, { message: 'source：不超过 100 个字' })
  source: string;

  @ApiProperty({ description: '约稿要求' })
  @IsString({ message: 'requirements：必须为文本' })
  @MinLength(2, { message: 'requirements：至少 2 个字' })
  @MaxLength(4000, { message: 'requirements：不超过 4000 个字' })
  requirements: string;

  @ApiProperty({ description: '收到约稿日期 YYYY-MM-DD（内部时限自次日起算）' })
  @IsCalendarDate({ message: 'receivedOn：须为 YYYY-MM-DD 格式的日期' })
  receivedOn: string;

  @ApiProperty({ description: '上级要求的报送时限 YYYY-MM-DD' })
  @IsCalendarDate({ message: 'upperDeadline：须为 YYYY-MM-DD 格式的日期' })
  upperDeadline: string;

  @ApiProperty({ description: '各单位内部报送时限（工作日，1–20）', example: 3 })
  @IsInt32({ message: 'internalWorkingDays：须为整数' })
  @Min(1, { message: 'internalWorkingDays：至少 1 个工作日' })
  @Max(20, { message: 'internalWorkingDays：至多 20 个工作日' })
  internalWorkingDays: number;

  @ApiProperty({ type: [String], description: '承办单位（1–100 个）' })
  @IsArray({ message: 'unitIds：必须为列表' })
  @ArrayMinSize(1, { message: 'unitIds：至少指定 1 个单位' })
  @ArrayMaxSize(100, { message: 'unitIds：至多 100 个单位' })
  @IsUUID('all', { each: true, message: 'unitIds：须为单位 ID' })
  unitIds: string[];
}

export class SolicitationAssignmentView {
  @ApiProperty({ format: 'uuid' }) unitId: string;
  @ApiProperty({ description: '内部报送时限 YYYY-MM-DD' }) dueDate: string;
  @ApiProperty({ type: [String], description: '时限计算说明（期限引擎）' }) dueExplanation: string[];
  @ApiProperty({ enum: ASSIGNMENT_STATUSES }) status: AssignmentStatus;
  @ApiProperty() statusLabel: string;
  @ApiPropertyOptional({ nullable: true, description: '报送内容', type: String }) answer: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) answeredAt: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) answeredBy: string | null;
  @ApiProperty({ description: '是否迟报（报送日期晚于内部时限）' }) late: boolean;
  @ApiProperty({ description: '是否已逾期未报（红灯）' }) overdue: boolean;
  @ApiProperty({ description: '扣分（迟报或未报，按计分标准）' }) deduction: number;
  @ApiPropertyOptional({ nullable: true, description: '扣分所依据的计分标准版本', type: String }) weightVersion: string | null;
}

export class SolicitationView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() title: string;
  @ApiProperty() source: string;
  @ApiProperty() requirements: string;
  @ApiProperty() receivedOn: string;
  @ApiProperty() upperDeadline: string;
  @ApiProperty() internalWorkingDays: number;
  @ApiProperty({ enum: SOLICITATION_STATUSES }) status: SolicitationStatus;
  @ApiProperty() statusLabel: string;
  @ApiPropertyOptional({ nullable: true, description: '汇总上报内容', type: String }) replySummary: string | null;
  @ApiPropertyOptional({ nullable: true, description: '上报日期', type: String }) repliedOn: string | null;
  @ApiProperty({ description: '是否晚于上级时限上报' }) repliedLate: boolean;
  @ApiPropertyOptional({ nullable: true, description: '撤回理由', type: String }) withdrawalReason: string | null;
  @ApiProperty({ type: [SolicitationAssignmentView], description: '承办单位（联络员只看到本单位）' }) assignments: SolicitationAssignmentView[];
  @ApiProperty({ description: '版本号（ETag）' }) version: number;
  @ApiProperty() createdAt: string;
  @ApiProperty() createdBy: string;
  @ApiProperty() updatedAt: string;
  @ApiProperty() updatedBy: string;
}

export const SolicitationErrors = {
  notFound: { kind: 'not_found', code: 'SOLICITATION.NOT_FOUND', title: '约稿不存在' },
  versionConflict: { kind: 'precondition_failed', code: 'SOLICITATION.VERSION_CONFLICT', title: '约稿已被他人修改' },
  invalidState: { kind: 'rule_violation', code: 'SOLICITATION.INVALID_STATE', title: '当前状态不能进行此操作' },
  upperBeforeReceived: { kind: 'rule_violation', code: 'SOLICITATION.UPPER_BEFORE_RECEIVED', title: '上级时限早于收到日期' },
  internalAfterUpper: { kind: 'rule_violation', code: 'SOLICITATION.INTERNAL_AFTER_UPPER', title: '内部时限晚于上级时限' },
  notAssigned: { kind: 'rule_violation', code: 'SOLICITATION.NOT_ASSIGNED', title: '本单位不是该约稿的承办单位' },
  alreadyAnswered: { kind: 'rule_violation', code: 'SOLICITATION.ALREADY_ANSWERED', title: '本单位已报送' },
} as const;

/** RPC subjects, under `rpc.information.`. */
export const SolicitationSubjects = {
  create: 'solicitation.create',
  answer: 'solicitation.answer',
  reply: 'solicitation.reply',
  withdraw: 'solicitation.withdraw',
  get: 'solicitation.get',
  list: 'solicitation.list',
} as const;

export namespace CreateSolicitation {
  export class Request extends SolicitationFields {}
  export class Reply extends SolicitationView {}
}

export namespace AnswerSolicitation {
  export class Body {
    @ApiProperty({ description: '报送内容' })
    @IsString({ message: 'content：必须为文本' })
    @MinLength(10, { message: 'content：至少 10 个字' })
    @MaxLength(20000, { message: 'content：不超过 20000 个字' })
    content: string;

    @ApiPropertyOptional({ format: 'uuid', description: '代为登记的单位（信息科代登记时必填；联络员为本单位）' })
    @IsOptional()
    @IsUUID('all', { message: 'unitId：须为单位 ID' })
    unitId?: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends SolicitationView {}
}

export namespace ReplySolicitation {
  export class Body {
    @ApiProperty({ description: '汇总上报内容' })
    @IsString({ message: 'summary：必须为文本' })
    @MinLength(10, { message: 'summary：至少 10 个字' })
    @MaxLength(20000, { message: 'summary：不超过 20000 个字' })
    summary: string;

    @ApiProperty({ description: '上报日期 YYYY-MM-DD' })
    @IsCalendarDate({ message: 'repliedOn：须为 YYYY-MM-DD 格式的日期' })
    repliedOn: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends SolicitationView {}
}

export namespace WithdrawSolicitation {
  export class Body {
    @ApiProperty({ description: '撤回理由' })
    @IsString({ message: 'reason：必须为文本' })
    @MinLength(2, { message: 'reason：撤回须说明理由（至少 2 个字）' })
    @MaxLength(1000, { message: 'reason：不超过 1000 个字' })
    reason: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends SolicitationView {}
}

export namespace GetSolicitation {
  export class Request extends RecordRef {}
  export class Reply extends SolicitationView {}
}

export namespace ListSolicitations {
  export class Request extends PageQuery {
    @ApiPropertyOptional({ enum: SOLICITATION_STATUSES, description: '状态' })
    @IsOptional()
    @IsIn(SOLICITATION_STATUSES, { message: 'status：取值无效' })
    status?: SolicitationStatus;

    @ApiPropertyOptional({ description: '主题模糊搜索（支持中文）' })
    @IsOptional()
    @IsString({ message: 'q：必须为文本' })
    @MaxLength(40, { message: 'q：不超过 40 个字' })
    q?: string;
  }
  export class Reply extends PageMeta {
    @ApiProperty({ type: [SolicitationView] }) items: SolicitationView[];
  }
}

/** What the events of one 约稿 carry: its snapshot with its version (consumers apply only newer ones). */
export class SolicitationSnapshot {
  @ApiProperty() @IsUUID() id: string;
  @ApiProperty() @IsString() title: string;
  @ApiProperty() @IsCalendarDate() upperDeadline: string;
  @ApiProperty() @IsIn(SOLICITATION_STATUSES) status: SolicitationStatus;
  @ApiProperty({ type: [String] }) @IsArray() @IsUUID('all', { each: true }) unitIds: string[];
  @ApiProperty() @IsInt32() @Min(1) version: number;
}

export const SolicitationEvents = {
  created: eventSubject('information', 'solicitation.created'),
  answered: eventSubject('information', 'solicitation.answered'),
  replied: eventSubject('information', 'solicitation.replied'),
  withdrawn: eventSubject('information', 'solicitation.withdrawn'),
} as const;

/** What each event means, for the catalogue of the events (tools/asyncapi): one sentence about the fact. */
export const SolicitationEventDescriptions = {
  'solicitation.created': { zh: '约稿登记并分派各单位', en: 'A solicitation was registered and assigned to units.' },
  'solicitation.answered': { zh: '承办单位报送约稿', en: 'A unit answered a solicitation.' },
  'solicitation.replied': { zh: '约稿汇总上报', en: 'The compiled reply to a solicitation was sent upward.' },
  'solicitation.withdrawn': { zh: '约稿被撤回（注明理由，不删除）', en: 'A solicitation was withdrawn, with a reason (never deleted).' },
} as const;

/** Published by information when a 约稿 is created, answered, replied or withdrawn; carries its snapshot. */
export namespace SolicitationChanged {
  export class Event extends SolicitationSnapshot {}
}
