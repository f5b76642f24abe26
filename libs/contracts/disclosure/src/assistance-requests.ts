import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength } from 'class-validator';
import { ApiProperty, ApiPropertyOptional, eventSubject, IsCalendarDate, IsInt32, PageMeta, PageQuery, RecordRef, Versioned } from '@gov/contracts-common';

/**
 * 协助调查件: another body (行政复议机关, 人民法院, 上级机关, 其他行政机关) asks the office to assist with an investigation or a
 * complaint concerning 政府信息公开 (复议答复, 应诉材料, 举报核查). The reply is due by the date the request states, or a number of
 * working days after its receipt (the calendar engine, with its explanation, re-dated when the calendar changes):
 * received 待答复 → replied 已答复 (text, date, attachments; late when after the due date); received → withdrawn 已撤回
 * (with a reason; nothing is deleted).
 */
export const ASSISTANCE_REQUEST_STATUSES = ['received', 'replied', 'withdrawn'] as const;
export type AssistanceRequestStatus = (typeof ASSISTANCE_REQUEST_STATUSES)[number];
export const ASSISTANCE_REQUEST_STATUS_LABELS: Record<AssistanceRequestStatus, string> = { received: '待答复', replied: '已答复', withdrawn: '已撤回' };

/** Who asks for the assistance. */
export const REQUESTER_KINDS = ['review_body', 'court', 'superior', 'other_agency'] as const;
export type RequesterKind = (typeof REQUESTER_KINDS)[number];
export const REQUESTER_KIND_LABELS: Record<RequesterKind, string> = { review_body: '行政复议机关', court: '人民法院', superior: '上级机关', other_agency: '其他行政机关' };

/** The fields the section gives of one 协助调查件. */
export class AssistanceRequestFields {
  @ApiProperty({ enum: REQUESTER_KINDS, description: '来文机关类别：review_body 行政复议机关 / court 人民法院 / superior 上级机关 / other_agency 其他行政机关' })
  @IsIn(REQUESTER_KINDS, { message: 'requesterKind：取值无效（行政复议机关、人民法院、上级机关或其他行政机关）' })
  requesterKind: RequesterKind;

  @ApiProperty({ description: '来文机关', example: '淄博市人民政府行政复议办公室' })
  @IsString({ message: 'requester：必须为文本' })
  @MinLength(2, { message: 'requester：请填写来文机关（至少 2 个字）' })
  @MaxLength(100, { message: 'requester：不超过 100 个字' })
  requester: string;

  @ApiProperty({ description: '来文文号', example: '淄政复〔2026〕15号' })
  @IsString({ message: 'documentNumber：必须为文本' })
  @MinLength(2, { message: 'documentNumber：请填写来文文号（至少 2 个字）' })
  @MaxLength(60, { message: 'documentNumber：不超过 60 个字' })
  documentNumber: string;

  @ApiProperty({ description: '收文之日' })
  @IsCalendarDate({ message: 'receivedOn：必须是有效的日期（YYYY-MM-DD）' })
  receivedOn: string;

  @ApiProperty({ description: '事由（标题）', example: '关于张某某政府信息公开行政复议案的答复通知' })
  @IsString({ message: 'title：必须为文本' })
  @MinLength(2, { message: 'title：请填写事由（至少 2 个字）' })
  @MaxLength(200, { message: 'title：不超过 200 个字' })
  title: string;

  @ApiProperty({ description: '协助调查的事项（来文要求）' })
  @IsString({ message: 'matter：必须为文本' })
  @MinLength(2, { message: 'matter：请填写协助调查的事项（至少 2 个字）' })
  @MaxLength(20000, { message: 'matter：不超过 20000 个字' })
  matter: string;

  @ApiPropertyOptional({ format: 'uuid', description: '关联的依申请公开申请（可选）' })
  @IsOptional()
  @IsUUID('all', { message: 'applicationId：申请 id 无效' })
  applicationId?: string;

  @ApiProperty({ description: '承办人' })
  @IsString({ message: 'handler：必须为文本' })
  @MinLength(2, { message: 'handler：请填写承办人（至少 2 个字）' })
  @MaxLength(40, { message: 'handler：不超过 40 个字' })
  handler: string;

  @ApiPropertyOptional({ description: '来文载明的答复期限（与“答复期限（工作日）”二选一）' })
  @IsOptional()
  @IsCalendarDate({ message: 'statedDueOn：必须是有效的日期（YYYY-MM-DD）' })
  statedDueOn?: string;

  @ApiPropertyOptional({ description: '答复期限（工作日，自收文之日的次日起算；来文未载明期限时填写）' })
  @IsOptional()
  @IsInt32({ message: 'workingDays：须为整数（工作日）' })
  @Min(1, { message: 'workingDays：答复期限为 1–60 个工作日' })
  @Max(60, { message: 'workingDays：答复期限为 1–60 个工作日' })
  workingDays?: number;
}

export class AssistanceRequestView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: REQUESTER_KINDS }) requesterKind: RequesterKind;
  @ApiProperty({ description: '来文机关类别（中文）' }) requesterKindLabel: string;
  @ApiProperty() requester: string;
  @ApiProperty() documentNumber: string;
  @ApiProperty() receivedOn: string;
  @ApiProperty() title: string;
  @ApiProperty() matter: string;
  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String }) applicationId: string | null;
  @ApiProperty() handler: string;
  @ApiPropertyOptional({ nullable: true, type: String, description: '来文载明的答复期限' }) statedDueOn: string | null;
  @ApiPropertyOptional({ nullable: true, type: Number, description: '答复期限（工作日）' }) workingDays: number | null;
  @ApiPropertyOptional({ nullable: true, type: String, description: '答复截止日' }) dueDate: string | null;
  @ApiProperty({ type: [String], description: '截止日的计算说明' }) dueExplanation: string[];
  @ApiProperty({ enum: ASSISTANCE_REQUEST_STATUSES }) status: AssistanceRequestStatus;
  @ApiProperty({ description: '状态（中文）' }) statusLabel: string;
  @ApiPropertyOptional({ nullable: true, type: String, description: '答复之日' }) repliedOn: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, description: '答复内容' }) replyText: string | null;
  @ApiProperty({ type: [String], description: '答复附件名称' }) replyAttachments: string[];
  @ApiPropertyOptional({ nullable: true, type: String }) repliedBy: string | null;
  @ApiProperty({ description: '逾期：待答复已过截止日，或答复晚于截止日' }) overdue: boolean;
  @ApiPropertyOptional({ description: '撤回理由', nullable: true, type: String }) withdrawalReason: string | null;
  @ApiProperty({ description: '版本号（ETag）' }) version: number;
  @ApiProperty() createdAt: string;
  @ApiProperty() createdBy: string;
  @ApiProperty() updatedAt: string;
  @ApiProperty() updatedBy: string;
}

export const AssistanceRequestErrors = {
  notFound: { kind: 'not_found', code: 'ASSISTANCE_REQUEST.NOT_FOUND', title: '协助调查件不存在' },
  versionConflict: { kind: 'precondition_failed', code: 'ASSISTANCE_REQUEST.VERSION_CONFLICT', title: '协助调查件已被他人修改' },
  invalidState: { kind: 'rule_violation', code: 'ASSISTANCE_REQUEST.INVALID_STATE', title: '当前状态不能进行此操作' },
  deadline: { kind: 'rule_violation', code: 'ASSISTANCE_REQUEST.DEADLINE', title: '答复期限须为来文载明的日期或工作日数（二选一）' },
  dateOrder: { kind: 'rule_violation', code: 'ASSISTANCE_REQUEST.DATE_ORDER', title: '日期先后不符合办理顺序' },
  application: { kind: 'rule_violation', code: 'ASSISTANCE_REQUEST.APPLICATION', title: '关联的依申请公开申请不存在' },
} as const;

/** RPC subjects, under `rpc.disclosure.`. */
export const AssistanceRequestSubjects = {
  create: 'assistance-request.create',
  update: 'assistance-request.update',
  reply: 'assistance-request.reply',
  withdraw: 'assistance-request.withdraw',
  get: 'assistance-request.get',
  list: 'assistance-request.list',
} as const;

export namespace CreateAssistanceRequest {
  export class Request extends AssistanceRequestFields {}
  export class Reply extends AssistanceRequestView {}
}

export namespace UpdateAssistanceRequest {
  export class Body extends AssistanceRequestFields {}
  export class Request extends Versioned(Body) {}
  export class Reply extends AssistanceRequestView {}
}

export namespace ReplyAssistanceRequest {
  export class Body {
    @ApiProperty({ description: '答复之日' })
    @IsCalendarDate({ message: 'repliedOn：必须是有效的日期（YYYY-MM-DD）' })
    repliedOn: string;

    @ApiProperty({ description: '答复内容（答复书要点或全文）' })
    @IsString({ message: 'text：必须为文本' })
    @MinLength(2, { message: 'text：请填写答复内容（至少 2 个字）' })
    @MaxLength(20000, { message: 'text：不超过 20000 个字' })
    text: string;

    @ApiPropertyOptional({ type: [String], description: '答复附件名称（答复书、证据材料等）' })
    @IsOptional()
    @IsArray({ message: 'attachments：必须为列表' })
    @ArrayMaxSize(20, { message: 'attachments：至多 20 个附件' })
    @IsString({ each: true, message: 'attachments：附件名称必须为文本' })
    @MaxLength(200, { each: true, message: 'attachments：附件名称不超过 200 个字' })
    attachments?: string[];
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends AssistanceRequestView {}
}

export namespace WithdrawAssistanceRequest {
  export class Body {
    @ApiProperty({ description: '撤回理由' })
    @IsString({ message: 'reason：必须为文本' })
    @MinLength(2, { message: 'reason：撤回须说明理由（至少 2 个字）' })
    @MaxLength(1000, { message: 'reason：不超过 1000 个字' })
    reason: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends AssistanceRequestView {}
}

export namespace GetAssistanceRequest {
  export class Request extends RecordRef {}
  export class Reply extends AssistanceRequestView {}
}

export namespace ListAssistanceRequests {
  export class Request extends PageQuery {
    @ApiPropertyOptional({ enum: ASSISTANCE_REQUEST_STATUSES, description: '状态' })
    @IsOptional()
    @IsIn(ASSISTANCE_REQUEST_STATUSES, { message: 'status：取值无效' })
    status?: AssistanceRequestStatus;

    @ApiPropertyOptional({ enum: REQUESTER_KINDS, description: '来文机关类别' })
    @IsOptional()
    @IsIn(REQUESTER_KINDS, { message: 'requesterKind：取值无效' })
    requesterKind?: RequesterKind;

    @ApiPropertyOptional({ description: 'true：只看逾期未答复的' })
    @IsOptional()
    @IsIn(['true', 'false', true, false], { message: 'overdue：须为 true 或 false' })
    overdue?: string | boolean;

    @ApiPropertyOptional({ description: '事由、来文机关或文号模糊搜索（支持中文）' })
    @IsOptional()
    @IsString({ message: 'q：必须为文本' })
    @MaxLength(40, { message: 'q：不超过 40 个字' })
    q?: string;
  }
  export class Reply extends PageMeta {
    @ApiProperty({ type: [AssistanceRequestView] }) items: AssistanceRequestView[];
  }
}

/** What the events of one 协助调查件 carry: its snapshot with its version (consumers apply only newer ones). */
export class AssistanceRequestSnapshot {
  @ApiProperty() @IsUUID() id: string;
  @ApiProperty() @IsIn(REQUESTER_KINDS) requesterKind: RequesterKind;
  @ApiProperty() @IsString() title: string;
  @ApiProperty() @IsIn(ASSISTANCE_REQUEST_STATUSES) status: AssistanceRequestStatus;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsCalendarDate() dueDate: string | null;
  @ApiProperty() @IsInt32() @Min(1) version: number;
}

export const AssistanceRequestEvents = {
  created: eventSubject('disclosure', 'assistance-request.created'),
  updated: eventSubject('disclosure', 'assistance-request.updated'),
  replied: eventSubject('disclosure', 'assistance-request.replied'),
  withdrawn: eventSubject('disclosure', 'assistance-request.withdrawn'),
} as const;

/** What each event means, for the catalogue of the events (tools/asyncapi): one sentence about the fact. */
export const AssistanceRequestEventDescriptions = {
  'assistance-request.created': { zh: '登记协助调查件（复议机关、法院、上级机关等要求协助调查）', en: 'A request from another body to assist an investigation was registered.' },
  'assistance-request.updated': { zh: '协助调查件被修改，或其答复截止日因日历调整而改变', en: 'An assistance request was changed, or its reply deadline re-dated after a calendar change.' },
  'assistance-request.replied': { zh: '协助调查件已答复', en: 'The office replied to an assistance request.' },
  'assistance-request.withdrawn': { zh: '协助调查件被撤回（注明理由，不删除）', en: 'An assistance request was withdrawn, with a reason (never deleted).' },
} as const;

/** Published by disclosure at every step of a 协助调查件; carries its snapshot. No consumer yet. */
export namespace AssistanceRequestChanged {
  export class Event extends AssistanceRequestSnapshot {}
}
