import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { eventSubject, IsCalendarDate, IsInt32, PageMeta, PageQuery, RuleVersionView, ApiProperty, ApiPropertyOptional } from '@gov/contracts-common';
import { DATE_MESSAGE, DeadlineView, RecordRef, Versioned, VersionedRef } from './common.js';


/** 督办事项的来源类别. */
export const SUPERVISION_ITEM_KINDS = ['leader_instruction', 'meeting_decision', 'work_report_task', 'higher_assignment', 'special_inspection', 'duty_instruction'] as const;
export type SupervisionItemKind = (typeof SUPERVISION_ITEM_KINDS)[number];
export const SUPERVISION_ITEM_KIND_LABELS: Record<SupervisionItemKind, string> = {
  leader_instruction: '批示件',
  meeting_decision: '会议议定事项',
  work_report_task: '政府工作报告任务',
  higher_assignment: '上级交办',
  special_inspection: '专项督查',
  duty_instruction: '值班批示',
};

/**
 * The source kinds of the items registered from other services' events (`source.kind`, a free string on the wire so
 * that a new source breaks no consumer): a 党组会/主任办公会 decision is a 会议议定事项 (kind `meeting_decision`) whose
 * source kind `leading_group_decision` keeps it apart from the 常务会议 decisions of duty-and-meetings.
 */
export const EVENT_SOURCE_KINDS = [
  'leader_instruction',
  'meeting_decision',
  'duty_instruction',
  'leading_group_decision',
  'foreign_affairs_committee_decision',
  'office_meeting_decision',
  'disclosure_application',
] as const;
export type EventSourceKind = (typeof EVENT_SOURCE_KINDS)[number];
export const EVENT_SOURCE_KIND_LABELS: Record<EventSourceKind, string> = {
  leader_instruction: '领导批示',
  meeting_decision: '政府常务会议、专题会议议定事项',
  duty_instruction: '值班批示',
  leading_group_decision: '党组会、主任办公会议定事项',
  foreign_affairs_committee_decision: '外事委会议议定事项',
  office_meeting_decision: '室务会议定事项',
  disclosure_application: '依申请公开逾期案件',
};
/** Kinds the office registers by hand; the others arrive by event from the service that records them. */
export const MANUAL_ITEM_KINDS = ['work_report_task', 'higher_assignment', 'special_inspection'] as const;
export type ManualItemKind = (typeof MANUAL_ITEM_KINDS)[number];

/** 国务院/省/市 交办 levels of a 上级交办 item. */
export const HIGHER_LEVELS = ['state_council', 'province', 'city'] as const;
export type HigherLevel = (typeof HIGHER_LEVELS)[number];
export const HIGHER_LEVEL_LABELS: Record<HigherLevel, string> = { state_council: '国务院', province: '省', city: '市' };

/** The Chinese label of an item's `source.kind`: a source service's record, or the level of a 上级交办; null when unknown. */
export function sourceKindLabel(kind: string | null): string | null {
  if (!kind) return null;
  if ((EVENT_SOURCE_KINDS as readonly string[]).includes(kind)) return EVENT_SOURCE_KIND_LABELS[kind as EventSourceKind];
  return (HIGHER_LEVELS as readonly string[]).includes(kind) ? `${HIGHER_LEVEL_LABELS[kind as HigherLevel]}交办` : null;
}

/**
 * needs_unit_resolution 待确认责任单位 → assigned 已交办 → acknowledged 已签收 → in_progress 办理中 →
 * completion_reported 已报办结 → closed 已销号 (or back to in_progress when 退回). Any item not yet closed can be
 * withdrawn 已撤销 by the office with a reason (never deleted); a withdrawn item leaves the warning lists and 考核.
 */
export const SUPERVISION_ITEM_STATUSES = ['needs_unit_resolution', 'assigned', 'acknowledged', 'in_progress', 'completion_reported', 'closed', 'withdrawn'] as const;
export type SupervisionItemStatus = (typeof SUPERVISION_ITEM_STATUSES)[number];
export const SUPERVISION_ITEM_STATUS_LABELS: Record<SupervisionItemStatus, string> = {
  needs_unit_resolution: '待确认责任单位',
  assigned: '已交办',
  acknowledged: '已签收',
  in_progress: '办理中',
  completion_reported: '已报办结',
  closed: '已销号',
  withdrawn: '已撤销',
};

/** 红黄绿灯: green on track, yellow near the deadline, red overdue or a milestone missed; none once closed or withdrawn. */
export const TRAFFIC_LIGHTS = ['green', 'yellow', 'red', 'none'] as const;
export type TrafficLight = (typeof TRAFFIC_LIGHTS)[number];
export const TRAFFIC_LIGHT_LABELS: Record<TrafficLight, string> = { green: '绿灯（正常推进）', yellow: '黄灯（临近期限）', red: '红灯（逾期或节点未完成）', none: '不再预警（已销号或已撤销）' };

export const FEEDBACK_KINDS = ['progress', 'co_input'] as const;
export type FeedbackKind = (typeof FEEDBACK_KINDS)[number];

export const EXTENSION_STATUSES = ['pending', 'approved', 'rejected'] as const;
export type ExtensionStatus = (typeof EXTENSION_STATUSES)[number];

/** An item's 办理期限 from the deadline engine, with how it was reached. */
export class SupervisionDueDate extends DeadlineView {
  @ApiProperty({ description: 'given 来源明确规定 / computed 按默认期限由期限引擎计算' }) basis: 'given' | 'computed';
}

/** 季度节点（政府工作报告任务）或阶段节点. */
export class MilestoneInput {
  @ApiProperty({ description: '节点目标', example: '完成项目立项' }) @IsString() @MinLength(1) @MaxLength(500) target: string;
  @ApiPropertyOptional({ description: '季度（1–4），到期日为该季度末（遇休息日顺延）' }) @IsOptional() @IsInt32() @Min(1) @Max(4) quarter?: number;
  @ApiPropertyOptional({ description: '节点期限（YYYY-MM-DD），不填季度时必填' }) @IsOptional() @IsCalendarDate(DATE_MESSAGE) dueDate?: string;
}

export class MilestoneView {
  @ApiProperty() id: string;
  @ApiProperty({ description: '序号' }) sequence: number;
  @ApiPropertyOptional({ nullable: true, type: Number }) quarter: number | null;
  @ApiProperty() target: string;
  @ApiProperty() dueDate: string;
  @ApiProperty({ type: [String] }) dueExplanation: string[];
  @ApiPropertyOptional({ description: '反馈时间', nullable: true, type: String }) reportedAt: string | null;
}

export class FeedbackView {
  @ApiProperty() id: string;
  @ApiProperty({ enum: FEEDBACK_KINDS, description: 'progress 主责单位进展反馈 / co_input 配合单位意见' }) kind: FeedbackKind;
  @ApiPropertyOptional({ nullable: true, type: String }) milestoneId: string | null;
  @ApiProperty() unitId: string;
  @ApiProperty() content: string;
  @ApiProperty() reportedBy: string;
  @ApiProperty() reportedAt: string;
}

export class ExtensionView {
  @ApiProperty() id: string;
  @ApiProperty() unitId: string;
  @ApiProperty({ description: '申请延长的工作日数' }) workingDays: number;
  @ApiProperty() reason: string;
  @ApiProperty({ enum: EXTENSION_STATUSES }) status: ExtensionStatus;
  @ApiProperty() requestedBy: string;
  @ApiProperty() requestedAt: string;
  @ApiPropertyOptional({ nullable: true, type: String }) decidedBy: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) decidedAt: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) decisionNote: string | null;
  @ApiProperty() dueBefore: string;
  @ApiPropertyOptional({ nullable: true, type: String }) dueAfter: string | null;
}

export class TimelineEntryView {
  @ApiProperty({ description: '动作，如 registered 立项、assigned 交办、acknowledged 签收、feedback 反馈、completion_reported 办结、closed 销号、sent_back 退回、light_changed 灯色变化' })
  action: string;
  @ApiPropertyOptional({ nullable: true, type: String }) fromStatus: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) toStatus: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) note: string | null;
  @ApiProperty() actor: string;
  @ApiProperty() at: string;
}

/** Where the item came from: follow a 批示 from the document to its completion. */
export class SupervisionItemSource {
  @ApiPropertyOptional({ description: '来源记录类型，如 incoming 收文、meeting_decision 议定事项、leading_group_decision 党组会/主任办公会议定事项', nullable: true, type: String }) kind: string | null;
  @ApiPropertyOptional({ description: '来源类型的中文名称，如 党组会、主任办公会议定事项', nullable: true, type: String }) kindLabel: string | null;
  @ApiPropertyOptional({ description: '来源记录 id（批示 id、议定事项 id 等）', nullable: true, type: String }) id: string | null;
  @ApiPropertyOptional({ description: '来源所在文件或会议的 id', nullable: true, type: String }) parentId: string | null;
  @ApiPropertyOptional({ description: '来源所在文件或会议的类型', nullable: true, type: String }) parentKind: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) title: string | null;
  @ApiPropertyOptional({ description: '文号、纪要期数等', nullable: true, type: String }) reference: string | null;
}

export class SupervisionItemView {
  @ApiProperty() id: string;
  @ApiProperty({ enum: SUPERVISION_ITEM_KINDS }) kind: SupervisionItemKind;
  @ApiProperty() title: string;
  @ApiProperty() content: string;
  @ApiPropertyOptional({ nullable: true, type: Number }) year: number | null;
  @ApiProperty({ type: SupervisionItemSource }) source: SupervisionItemSource;
  @ApiPropertyOptional({ description: '批示领导 / 责任领导', nullable: true, type: String }) leaderName: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) leaderTitle: string | null;
  @ApiPropertyOptional({ description: '主责单位', nullable: true, type: String }) leadUnitId: string | null;
  @ApiProperty({ description: '配合单位', type: [String] }) coUnitIds: string[];
  @ApiProperty({ description: '来源中无法识别、待督查室确认的单位 id', type: [String] }) unresolvedUnitIds: string[];
  @ApiProperty({ enum: SUPERVISION_ITEM_STATUSES }) status: SupervisionItemStatus;
  @ApiProperty({ description: '密级 0–3' }) secrecyLevel: number;
  @ApiProperty({ type: SupervisionDueDate }) due: SupervisionDueDate;
  @ApiProperty({ enum: TRAFFIC_LIGHTS }) light: TrafficLight;
  @ApiPropertyOptional({ nullable: true, type: String }) lightReason: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) lightChangedAt: string | null;
  @ApiProperty({ description: '立项时间' }) registeredAt: string;
  @ApiPropertyOptional({ description: '交办时间', nullable: true, type: String }) assignedAt: string | null;
  @ApiPropertyOptional({ description: '签收时间', nullable: true, type: String }) acknowledgedAt: string | null;
  @ApiPropertyOptional({ description: '最近反馈时间', nullable: true, type: String }) lastFeedbackAt: string | null;
  @ApiPropertyOptional({ description: '办结（报办结）时间', nullable: true, type: String }) completionReportedAt: string | null;
  @ApiPropertyOptional({ description: '销号时间', nullable: true, type: String }) closedAt: string | null;
  @ApiPropertyOptional({ description: '撤销时间', nullable: true, type: String }) withdrawnAt: string | null;
  @ApiPropertyOptional({ description: '撤销人', nullable: true, type: String }) withdrawnBy: string | null;
  @ApiPropertyOptional({ description: '撤销理由', nullable: true, type: String }) withdrawalReason: string | null;
  @ApiProperty({ description: '被退回次数' }) sentBackCount: number;
  @ApiProperty({ description: '版本号（乐观锁）' }) version: number;
  @ApiProperty() createdAt: string;
  @ApiProperty() createdBy: string;
  @ApiProperty() updatedAt: string;
  @ApiProperty() updatedBy: string;
}

/** 一事一期限: a 收文 分办 copy for the same matter and unit, linked to the item; the unit answers once, on the item. */
export class LinkedRoutingView {
  @ApiProperty({ description: '分办件 id' }) routingId: string;
  @ApiProperty({ description: '收文 id' }) incomingId: string;
  @ApiProperty({ description: '收文标题' }) incomingTitle: string;
  @ApiProperty({ description: '承办单位 id' }) unitId: string;
  @ApiProperty({ description: '承办单位' }) unitName: string;
  @ApiPropertyOptional({ description: '收文承办期限', nullable: true, type: String }) routingDueDate: string | null;
  @ApiProperty({ description: '是否为较严格的期限（早于督办期限，灯色按它判定）' }) stricter: boolean;
  @ApiProperty({ description: '期限说明' }) explanation: string;
}

export class SupervisionItemDetail extends SupervisionItemView {
  @ApiProperty({ type: [LinkedRoutingView], description: '关联的收文分办件（一事一期限）' }) linkedRoutings: LinkedRoutingView[];
  @ApiProperty({ type: [MilestoneView] }) milestones: MilestoneView[];
  @ApiProperty({ type: [FeedbackView] }) feedback: FeedbackView[];
  @ApiProperty({ type: [ExtensionView] }) extensions: ExtensionView[];
  @ApiProperty({ type: [TimelineEntryView] }) timeline: TimelineEntryView[];
}

/** The units an item is 交办 to: one lead unit (主责) and any co-units (配合), all from the unit directory. */
export class UnitAssignment {
  @ApiProperty({ description: '主责单位 id' }) @IsUUID('all', { message: '主责单位必须是单位名录中的单位 id' }) leadUnitId: string;
  @ApiProperty({ type: [String], description: '配合单位 id' }) @IsArray() @ArrayMaxSize(50) @IsUUID('all', { each: true, message: '配合单位必须是单位 id' }) coUnitIds: string[];
}

export const SupervisionItemErrors = {
  notFound: { kind: 'not_found', code: 'SUPERVISION_ITEM.NOT_FOUND', title: '督办事项不存在' },
  forbidden: { kind: 'forbidden', code: 'SUPERVISION_ITEM.FORBIDDEN', title: '无权办理该督办事项' },
  versionConflict: { kind: 'precondition_failed', code: 'SUPERVISION_ITEM.VERSION_CONFLICT', title: '督办事项已被他人修改' },
  wrongStatus: { kind: 'rule_violation', code: 'SUPERVISION_ITEM.WRONG_STATUS', title: '当前状态不能进行此操作' },
  unknownUnit: { kind: 'validation', code: 'SUPERVISION_ITEM.UNKNOWN_UNIT', title: '单位不在单位名录中' },
  milestoneNotFound: { kind: 'not_found', code: 'SUPERVISION_ITEM.MILESTONE_NOT_FOUND', title: '节点不存在' },
  milestoneDateRequired: { kind: 'validation', code: 'SUPERVISION_ITEM.MILESTONE_DATE_REQUIRED', title: '节点须有季度或期限' },
  extensionNotFound: { kind: 'not_found', code: 'SUPERVISION_ITEM.EXTENSION_NOT_FOUND', title: '延期申请不存在' },
  extensionPending: { kind: 'conflict', code: 'SUPERVISION_ITEM.EXTENSION_PENDING', title: '已有待审批的延期申请' },
  noDueDate: { kind: 'rule_violation', code: 'SUPERVISION_ITEM.NO_DUE_DATE', title: '事项尚无办理期限' },
} as const;

export const SupervisionItemSubjects = {
  create: 'supervision-item.create',
  get: 'supervision-item.get',
  list: 'supervision-item.list',
  resolveUnits: 'supervision-item.resolve-units',
  acknowledge: 'supervision-item.acknowledge',
  reportProgress: 'supervision-item.report-progress',
  requestExtension: 'supervision-item.request-extension',
  decideExtension: 'supervision-item.decide-extension',
  reportCompletion: 'supervision-item.report-completion',
  verify: 'supervision-item.verify',
  withdraw: 'supervision-item.withdraw',
  getSettings: 'supervision-settings.get',
  changeSetting: 'supervision-settings.change',
} as const;

export namespace CreateSupervisionItem {
  export class Request extends UnitAssignment {
    @ApiProperty({ enum: MANUAL_ITEM_KINDS, description: '政府工作报告任务、上级交办、专项督查（批示件、会议议定事项、值班批示由来源系统推送）' })
    @IsIn(MANUAL_ITEM_KINDS, { message: '事项类别只能是 政府工作报告任务、上级交办 或 专项督查' })
    kind: ManualItemKind;
    @ApiProperty({ description: '事项名称', example: '推进城区老旧小区改造' }) @IsString() @MinLength(2, { message: '事项名称至少 2 个字' }) @MaxLength(300) title: string;
    @ApiProperty({ description: '具体内容和要求' }) @IsString() @MinLength(1, { message: '请填写具体内容' }) @MaxLength(4000) content: string;
    @ApiPropertyOptional({ description: '年度（政府工作报告任务必填）' }) @IsOptional() @IsInt32() @Min(2000) @Max(2100) year?: number;
    @ApiPropertyOptional({ enum: HIGHER_LEVELS, description: '交办层级（上级交办）：国务院、省、市' }) @IsOptional() @IsIn(HIGHER_LEVELS) higherLevel?: HigherLevel;
    @ApiPropertyOptional({ description: '上级来文文号或督查通知编号' }) @IsOptional() @IsString() @MaxLength(60) reference?: string;
    @ApiPropertyOptional({ description: '责任领导' }) @IsOptional() @IsString() @MaxLength(40) leaderName?: string;
    @ApiPropertyOptional({ description: '办理期限（YYYY-MM-DD）；不填时按默认工作日期限计算' }) @IsOptional() @IsCalendarDate(DATE_MESSAGE) dueDate?: string;
    @ApiPropertyOptional({ type: [MilestoneInput], description: '节点（政府工作报告任务按季度）' })
    @IsOptional()
    @IsArray()
    @ArrayMaxSize(24)
    @ValidateNested({ each: true })
    @Type(() => MilestoneInput)
    milestones?: MilestoneInput[];
    @ApiPropertyOptional({ description: '密级 0–3', default: 0 }) @IsOptional() @IsInt32() @Min(0) @Max(3) secrecyLevel?: number;
  }
  export class Reply extends SupervisionItemDetail {}
}

export namespace GetSupervisionItem {
  export class Request extends RecordRef {}
  export class Reply extends SupervisionItemDetail {}
}

export namespace ListSupervisionItems {
  export class Request extends PageQuery {
    @ApiPropertyOptional({ enum: SUPERVISION_ITEM_KINDS }) @IsOptional() @IsIn(SUPERVISION_ITEM_KINDS) kind?: SupervisionItemKind;
    @ApiPropertyOptional({ enum: SUPERVISION_ITEM_STATUSES }) @IsOptional() @IsIn(SUPERVISION_ITEM_STATUSES) status?: SupervisionItemStatus;
    @ApiPropertyOptional({ enum: TRAFFIC_LIGHTS }) @IsOptional() @IsIn(TRAFFIC_LIGHTS) light?: TrafficLight;
    @ApiPropertyOptional({ description: '主责或配合单位 id' }) @IsOptional() @IsUUID() unitId?: string;
    @ApiPropertyOptional({ description: '年度' }) @IsOptional() @Type(() => Number) @IsInt32() @Min(2000) @Max(2100) year?: number;
    @ApiPropertyOptional({ description: '来源记录 id（批示 id、议定事项 id）或来源文件/会议 id' }) @IsOptional() @IsUUID() sourceId?: string;
    @ApiPropertyOptional({ description: '按标题、内容模糊搜索（支持中文）' }) @IsOptional() @IsString() @MaxLength(40) q?: string;
  }
  export class Reply extends PageMeta {
    @ApiProperty({ type: [SupervisionItemView] }) items: SupervisionItemView[];
  }
}

export namespace ResolveItemUnits {
  export class Body extends UnitAssignment {
    @ApiPropertyOptional({ description: '说明' }) @IsOptional() @IsString() @MaxLength(500) note?: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends SupervisionItemDetail {}
}

/** A change of state that only needs the item and its version (签收). */
export namespace AcknowledgeItem {
  export class Request extends VersionedRef {}
  export class Reply extends SupervisionItemDetail {}
}

export namespace ReportItemProgress {
  export class Body {
    @ApiProperty({ description: '进展情况', example: '已完成项目立项，正在办理用地手续' }) @IsString() @MinLength(2, { message: '进展情况至少 2 个字' }) @MaxLength(4000) content: string;
    @ApiPropertyOptional({ description: '对应的节点 id（按节点反馈时填写）' }) @IsOptional() @IsUUID() milestoneId?: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends SupervisionItemDetail {}
}

export namespace RequestItemExtension {
  export class Body {
    @ApiProperty({ description: '申请延长的工作日数（1–60）' }) @IsInt32({ message: '延长天数必须是整数' }) @Min(1) @Max(60) workingDays: number;
    @ApiProperty({ description: '延期理由' }) @IsString() @MinLength(4, { message: '请写明延期理由（至少 4 个字）' }) @MaxLength(1000) reason: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends SupervisionItemDetail {}
}

export namespace DecideItemExtension {
  export class Body {
    @ApiProperty({ enum: ['approve', 'reject'], description: 'approve 同意（按引擎重新计算期限）/ reject 不同意' }) @IsIn(['approve', 'reject']) decision: 'approve' | 'reject';
    @ApiPropertyOptional({ description: '审批意见（不同意时必填）' }) @IsOptional() @IsString() @MaxLength(1000) note?: string;
  }
  export class Request extends Body {
    @ApiProperty() @IsUUID() id: string;
    @ApiProperty() @IsUUID() extensionId: string;
    @ApiProperty() @IsInt32() @Min(1) expectedVersion: number;
  }
  export class Reply extends SupervisionItemDetail {}
}

export namespace ReportItemCompletion {
  export class Body {
    @ApiProperty({ description: '办结情况' }) @IsString() @MinLength(2, { message: '办结情况至少 2 个字' }) @MaxLength(4000) content: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends SupervisionItemDetail {}
}

/** 审核销号 or 退回. */
export namespace VerifyItem {
  export class Body {
    @ApiProperty({ enum: ['close', 'send_back'], description: 'close 审核销号 / send_back 退回重办' }) @IsIn(['close', 'send_back']) decision: 'close' | 'send_back';
    @ApiPropertyOptional({ description: '意见（退回时必填）' }) @IsOptional() @IsString() @MaxLength(1000) reason?: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends SupervisionItemDetail {}
}

/** 撤销: the office withdraws an item not yet closed, with its reason; the record is kept. */
export namespace WithdrawItem {
  export class Body {
    @ApiProperty({ description: '撤销理由' }) @IsString({ message: '请写明撤销理由' }) @MinLength(2, { message: '请写明撤销理由' }) @MaxLength(1000) reason: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends SupervisionItemDetail {}
}

/** Local rules of the supervision office: configuration rows with an effective date and a cited source. */
export const SUPERVISION_SETTING_KEYS = [
  'default_due_working_days',
  'warning_threshold_working_days',
  'assessment_weight_on_time',
  'assessment_weight_overdue',
  'assessment_weight_sent_back',
] as const;
export type SupervisionSettingKey = (typeof SUPERVISION_SETTING_KEYS)[number];
export const SUPERVISION_SETTING_LABELS: Record<SupervisionSettingKey, string> = {
  default_due_working_days: '未规定期限时的默认办理期限（工作日）',
  warning_threshold_working_days: '黄灯预警阈值（距期限工作日数）',
  assessment_weight_on_time: '考核权重：按期办结率',
  assessment_weight_overdue: '考核权重：未逾期率',
  assessment_weight_sent_back: '考核权重：退回扣分项',
};

export class SupervisionSettingView extends RuleVersionView {
  @ApiProperty() id: string;
  @ApiProperty({ enum: SUPERVISION_SETTING_KEYS }) key: SupervisionSettingKey;
  @ApiProperty() label: string;
  @ApiProperty() value: number;
}

export namespace GetSupervisionSettings {
  export class Request {
    @ApiPropertyOptional({ description: '查询某日有效的设置（默认今天）' }) @IsOptional() @IsCalendarDate(DATE_MESSAGE) on?: string;
  }
  export class Reply {
    @ApiProperty({ type: [SupervisionSettingView], description: '当日有效的各项设置' }) current: SupervisionSettingView[];
    @ApiProperty({ type: [SupervisionSettingView], description: '全部版本（含历史和将来生效的）' }) versions: SupervisionSettingView[];
  }
}

export namespace ChangeSupervisionSetting {
  export class Request {
    @ApiProperty({ enum: SUPERVISION_SETTING_KEYS }) @IsIn(SUPERVISION_SETTING_KEYS, { message: '设置项不存在' }) key: SupervisionSettingKey;
    @ApiProperty({ description: '新值（非负整数）' }) @IsInt32({ message: '设置值必须是整数' }) @Min(0) @Max(365) value: number;
    @ApiProperty({ description: '生效日期（YYYY-MM-DD）' }) @IsCalendarDate(DATE_MESSAGE) effectiveFrom: string;
    @ApiProperty({ description: '依据（文件名称、文号或会议决定）' }) @IsString() @MinLength(2, { message: '请写明依据' }) @MaxLength(300) source: string;
  }
  export class Reply extends SupervisionSettingView {}
}

/** What other services and the read side learn of an item. */
export class SupervisionItemSnapshot {
  @ApiProperty() @IsUUID() id: string;
  @ApiProperty({ enum: SUPERVISION_ITEM_KINDS }) @IsIn(SUPERVISION_ITEM_KINDS) kind: SupervisionItemKind;
  @ApiProperty() @IsString() title: string;
  @ApiProperty({ enum: SUPERVISION_ITEM_STATUSES }) @IsIn(SUPERVISION_ITEM_STATUSES) status: SupervisionItemStatus;
  @ApiPropertyOptional({ nullable: true, type: String }) @IsOptional() @IsString() sourceKind: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) @IsOptional() @IsUUID() sourceId: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) @IsOptional() @IsUUID() leadUnitId: string | null;
  @ApiProperty({ type: [String] }) @IsArray() @IsUUID('all', { each: true }) coUnitIds: string[];
  @ApiPropertyOptional({ nullable: true, type: String }) @IsOptional() @IsCalendarDate() dueDate: string | null;
  @ApiProperty({ enum: TRAFFIC_LIGHTS }) @IsIn(TRAFFIC_LIGHTS) light: TrafficLight;
  @ApiPropertyOptional({ nullable: true, type: String }) @IsOptional() @IsString() leaderName: string | null;
  @ApiProperty() @IsInt32() @Min(1) version: number;
}

export const SupervisionItemEvents = {
  created: eventSubject('supervision', 'item.created'),
  assigned: eventSubject('supervision', 'item.assigned'),
  closed: eventSubject('supervision', 'item.closed'),
  withdrawn: eventSubject('supervision', 'item.withdrawn'),
  turnedRed: eventSubject('supervision', 'item.turned-red'),
  /** The deadline re-dated by the service after the working-day calendar changed. */
  redated: eventSubject('supervision', 'item.redated'),
  /**
   * Every change an item's source should learn (立项, 交办, 签收, 反馈, 延期, 报办结, 退回, 销号, 撤销, 重新计算期限, 灯色变化), one event per
   * change with the item as it stands after it and where each unit stands: the feed the sources keep their read model from.
   */
  changed: eventSubject('supervision', 'item.changed'),
} as const;

/** The descriptions of the events added since the catalogue's own table (tools/asyncapi reads `…EventDescriptions`). */
export const SupervisionItemEventDescriptions = {
  'item.changed': {
    zh: '督办事项的每一次变化（立项、交办、签收、反馈、延期、报办结、退回、销号、撤销、期限重算、灯色），附各责任单位办理情况，供来源（批示、议定事项、值班批示）回流结果',
    en: 'Every change of a supervision item (registered, assigned, acknowledged, feedback, extension, completion, sent back, closed, withdrawn, re-dated, light), with where each unit stands: the feed the sources keep their read model from.',
  },
} as const;

/** The actions an `item.changed` event reports, with their Chinese labels (the line on the source's timeline). */
export const ITEM_CHANGE_ACTIONS = [
  'registered',
  'assigned',
  'acknowledged',
  'feedback',
  'co_input',
  'extension_requested',
  'extension_approved',
  'extension_rejected',
  'completion_reported',
  'sent_back',
  'closed',
  'withdrawn',
  'redated',
  'light_changed',
] as const;
export type ItemChangeAction = (typeof ITEM_CHANGE_ACTIONS)[number];
export const ITEM_CHANGE_ACTION_LABELS: Record<ItemChangeAction, string> = {
  registered: '督办立项',
  assigned: '督办交办',
  acknowledged: '责任单位签收',
  feedback: '主责单位反馈进展',
  co_input: '配合单位反馈意见',
  extension_requested: '责任单位申请延期',
  extension_approved: '督查室同意延期',
  extension_rejected: '督查室不同意延期',
  completion_reported: '责任单位报办结',
  sent_back: '督查室退回重办',
  closed: '督办事项已办结（销号）',
  withdrawn: '督办事项已撤销',
  redated: '督办期限重新计算',
  light_changed: '督办灯色变化',
};

/** Where one unit of an item stands: its role, its last report and what it said. */
export class ItemUnitStanding {
  @ApiProperty() @IsUUID() unitId: string;
  @ApiProperty({ enum: ['lead', 'co'], description: 'lead 主责单位 / co 配合单位' }) @IsIn(['lead', 'co']) role: 'lead' | 'co';
  @ApiPropertyOptional({ description: '最近反馈时间', nullable: true, type: String }) @IsOptional() @IsString() lastReportedAt: string | null;
  @ApiPropertyOptional({ description: '最近反馈内容（前 200 字）', nullable: true, type: String }) @IsOptional() @IsString() lastReport: string | null;
  @ApiProperty({ description: '反馈次数' }) @IsInt32() @Min(0) reports: number;
}

/**
 * Published by supervision through its outbox when an item is registered (立项), assigned to its units (交办),
 * closed (销号), withdrawn (撤销, with the reason), re-dated after a calendar change, and each time its light turns red (one event per transition to red). Each carries the item's
 * snapshot with its version; a consumer keys on (id, version) or keeps the highest version to stay idempotent.
 */
export namespace SupervisionItemCreated {
  export class Event extends SupervisionItemSnapshot {}
}
export namespace SupervisionItemAssigned {
  export class Event extends SupervisionItemSnapshot {}
}
export namespace SupervisionItemClosed {
  export class Event extends SupervisionItemSnapshot {}
}
export namespace SupervisionItemRedated {
  export class Event extends SupervisionItemSnapshot {}
}
export namespace SupervisionItemWithdrawn {
  export class Event extends SupervisionItemSnapshot {
    @ApiProperty({ description: '撤销理由' }) @IsString() reason: string;
    @ApiProperty({ description: '撤销人' }) @IsString() withdrawnBy: string;
    @ApiProperty({ description: '撤销时间' }) @IsString() withdrawnAt: string;
  }
}
/** See `SupervisionItemEvents.changed`. Lights do not bump the version: a consumer orders by (version, at). */
export namespace SupervisionItemChanged {
  export class Event extends SupervisionItemSnapshot {
    @ApiProperty({ enum: ITEM_CHANGE_ACTIONS }) @IsIn(ITEM_CHANGE_ACTIONS) action: ItemChangeAction;
    @ApiPropertyOptional({ nullable: true, type: String }) @IsOptional() @IsString() note: string | null;
    @ApiProperty({ description: '办理人（system 为系统）' }) @IsString() actor: string;
    @ApiProperty({ description: '发生时间' }) @IsString() at: string;
    @ApiPropertyOptional({ description: '灯色原因', nullable: true, type: String }) @IsOptional() @IsString() lightReason: string | null;
    @ApiProperty({ type: [ItemUnitStanding], description: '各责任单位办理情况' }) @IsArray() @ValidateNested({ each: true }) @Type(() => ItemUnitStanding) units: ItemUnitStanding[];
  }
}
export namespace SupervisionItemTurnedRed {
  export class Event extends SupervisionItemSnapshot {
    @ApiProperty({ description: '变红原因' }) @IsString() reason: string;
    @ApiProperty({ description: '判定日期（YYYY-MM-DD）' }) @IsCalendarDate() asOf: string;
  }
}

/** One unit of a 督办事项 as its source record shows it: role, last report, how many. */
export class SourceItemUnitView {
  @ApiProperty() unitId: string;
  @ApiPropertyOptional({ description: '单位名称（单位名录）', nullable: true, type: String }) unitName: string | null;
  @ApiProperty({ enum: ['lead', 'co'] }) role: 'lead' | 'co';
  @ApiProperty({ description: '主责单位 / 配合单位' }) roleLabel: string;
  @ApiPropertyOptional({ description: '最近反馈时间', nullable: true, type: String }) lastReportedAt: string | null;
  @ApiPropertyOptional({ description: '最近反馈内容', nullable: true, type: String }) lastReport: string | null;
  @ApiProperty({ description: '反馈次数' }) reports: number;
}

/**
 * What a source record (批示, 会议议定事项, 值班批示) shows of the 督办事项 opened from it: kept by the source's service from
 * `evt.supervision.item.changed` (its read model), never read from supervision's tables.
 */
export class SourceItemView {
  @ApiProperty({ description: '督办事项 id' }) itemId: string;
  @ApiProperty() title: string;
  @ApiProperty({ enum: SUPERVISION_ITEM_STATUSES }) status: SupervisionItemStatus;
  @ApiProperty({ description: '督办状态（中文）' }) statusLabel: string;
  @ApiProperty({ enum: TRAFFIC_LIGHTS }) light: TrafficLight;
  @ApiProperty({ description: '灯色（中文）' }) lightLabel: string;
  @ApiPropertyOptional({ nullable: true, type: String }) lightReason: string | null;
  @ApiPropertyOptional({ description: '办理期限', nullable: true, type: String }) dueDate: string | null;
  @ApiProperty({ enum: ITEM_CHANGE_ACTIONS, description: '最近一次变化' }) lastAction: ItemChangeAction;
  @ApiProperty() lastActionLabel: string;
  @ApiPropertyOptional({ nullable: true, type: String }) lastNote: string | null;
  @ApiProperty({ description: '最近变化时间' }) changedAt: string;
  @ApiProperty({ type: [SourceItemUnitView], description: '各责任单位办理情况' }) units: SourceItemUnitView[];
}

/**
 * The state of a source record's follow-up derived from its item: 已办结 once the item is closed (销号), 督办已撤销 once
 * withdrawn, 跟踪中 otherwise. Manual follow-up states are only for a record without a live item.
 */
export function followStateOfItem(status: SupervisionItemStatus): 'closed' | 'withdrawn' | 'following' {
  if (status === 'closed') return 'closed';
  if (status === 'withdrawn') return 'withdrawn';
  return 'following';
}
