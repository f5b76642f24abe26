import { ArrayMaxSize, IsArray, IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength } from 'class-validator';
import { ApiProperty, ApiPropertyOptional, eventSubject, IsCalendarDate, IsInt32, PageMeta, PageQuery, RecordRef, Versioned } from '@gov/contracts-common';

/**
 * 后勤服务申请 (repairs, power, water, cleaning, greening of the 区委/区政府 compound): submitted with its location,
 * category, urgency and photos; assigned by 机关事务管理科 to a worker or a contractor within the response deadline of
 * its urgency, completed within the completion deadline, then confirmed by the requester with a satisfaction score
 * (or sent back for rework).
 *
 * submitted 待派单 → assigned 处理中 → completed 待确认 → confirmed 已确认; completed → assigned (返工, with a reason);
 * submitted → withdrawn 已撤回 (with a reason; nothing is deleted).
 */
export const LOGISTICS_REQUEST_STATUSES = ['submitted', 'assigned', 'completed', 'confirmed', 'withdrawn'] as const;
export type LogisticsRequestStatus = (typeof LOGISTICS_REQUEST_STATUSES)[number];
export const LOGISTICS_REQUEST_STATUS_LABELS: Record<LogisticsRequestStatus, string> = {
  submitted: '待派单',
  assigned: '处理中',
  completed: '待确认',
  confirmed: '已确认',
  withdrawn: '已撤回',
};

export const LOGISTICS_CATEGORIES = ['repair', 'power', 'water', 'cleaning', 'greening'] as const;
export type LogisticsCategory = (typeof LOGISTICS_CATEGORIES)[number];
export const LOGISTICS_CATEGORY_LABELS: Record<LogisticsCategory, string> = { repair: '维修', power: '供电', water: '供水', cleaning: '保洁', greening: '绿化' };

export const URGENCIES = ['urgent', 'normal', 'routine'] as const;
export type Urgency = (typeof URGENCIES)[number];
export const URGENCY_LABELS: Record<Urgency, string> = { urgent: '紧急', normal: '一般', routine: '计划' };

export const PERIOD_UNITS = ['hours', 'working_days'] as const;
export type LogisticsPeriodUnit = (typeof PERIOD_UNITS)[number];

/** 红黄绿灯: red when a deadline has passed with the work not done, yellow when less than a quarter of its time is left. */
export const LIGHTS = ['green', 'yellow', 'red'] as const;
export type Light = (typeof LIGHTS)[number];

/** The fields a requester gives of one 后勤服务申请. */
export class LogisticsRequestFields {
  @ApiProperty({ enum: LOGISTICS_CATEGORIES, description: '类别：维修 / 供电 / 供水 / 保洁 / 绿化' })
  @IsIn(LOGISTICS_CATEGORIES, { message: 'category：类别取值无效' })
  category: LogisticsCategory;

  @ApiProperty({ enum: URGENCIES, description: '紧急程度：紧急 / 一般 / 计划' })
  @IsIn(URGENCIES, { message: 'urgency：紧急程度取值无效' })
  urgency: Urgency;

  @ApiProperty({ description: '地点', example: '区政府办公楼 3 楼 312 室' })
  @IsString({ message: 'location：必须为文本' })
  @MinLength(2, { message: 'location：至少 2 个字' })
  @MaxLength(200, { message: 'location：不超过 200 个字' })
  location: string;

  @ApiProperty({ description: '情况描述', example: '空调不制冷' })
  @IsString({ message: 'description：必须为文本' })
  @MinLength(2, { message: 'description：至少 2 个字' })
  @MaxLength(2000, { message: 'description：不超过 2000 个字' })
  description: string;

  @ApiPropertyOptional({ type: [String], description: '照片（已上传文件的 ID，最多 9 张）' })
  @IsOptional()
  @IsArray({ message: 'photoFileIds：必须为数组' })
  @ArrayMaxSize(9, { message: 'photoFileIds：最多 9 张照片' })
  @IsUUID('all', { each: true, message: 'photoFileIds：文件 ID 格式不正确' })
  photoFileIds?: string[];
}

export class LogisticsTimelineEntry {
  @ApiProperty() step: string;
  @ApiProperty() label: string;
  @ApiProperty() actor: string;
  @ApiProperty() at: string;
  @ApiPropertyOptional({ nullable: true, type: String }) note: string | null;
}

export class LogisticsRequestView extends LogisticsRequestFields {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() categoryLabel: string;
  @ApiProperty() urgencyLabel: string;
  @ApiPropertyOptional({ description: '报修单位（联络员报修时为本单位）', nullable: true, type: String }) unitId: string | null;
  @ApiProperty({ description: '报修人' }) requesterName: string;
  @ApiProperty({ enum: LOGISTICS_REQUEST_STATUSES, description: 'submitted 待派单 / assigned 处理中 / completed 待确认 / confirmed 已确认 / withdrawn 已撤回' }) status: LogisticsRequestStatus;
  @ApiProperty() statusLabel: string;
  @ApiProperty({ description: '报修时间' }) submittedAt: string;
  @ApiProperty({ description: '响应（派单）时限' }) responseDueAt: string;
  @ApiProperty({ description: '完成时限' }) completionDueAt: string;
  @ApiProperty({ type: [String], description: '时限的计算说明（期限引擎）' }) dueExplanation: string[];
  @ApiProperty({ description: '所依据的时限规则（版本）' }) deadlineRule: string;
  @ApiPropertyOptional({ nullable: true, description: '维修人员或单位', type: String }) assignee: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) assignedAt: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) completedAt: string | null;
  @ApiPropertyOptional({ nullable: true, description: '完工说明', type: String }) completionNote: string | null;
  @ApiPropertyOptional({ nullable: true, description: '满意度（1–5）', type: Number }) satisfaction: number | null;
  @ApiPropertyOptional({ nullable: true, description: '评价', type: String }) feedback: string | null;
  @ApiPropertyOptional({ nullable: true, description: '撤回或返工理由', type: String }) reason: string | null;
  @ApiProperty({ enum: LIGHTS, description: '红黄绿灯：逾期未响应或未完成为红' }) light: Light;
  @ApiProperty({ description: '灯色说明' }) lightReason: string;
  @ApiProperty({ description: '是否按时完成（未完成时为逾期与否）' }) late: boolean;
  @ApiProperty({ type: [LogisticsTimelineEntry], description: '办理经过（详情中给出，列表为空）' }) timeline: LogisticsTimelineEntry[];
  @ApiProperty({ description: '版本号（ETag）' }) version: number;
  @ApiProperty() createdAt: string;
  @ApiProperty() createdBy: string;
  @ApiProperty() updatedAt: string;
  @ApiProperty() updatedBy: string;
}

export const LogisticsRequestErrors = {
  notFound: { kind: 'not_found', code: 'LOGISTICS_REQUEST.NOT_FOUND', title: '后勤服务申请不存在' },
  versionConflict: { kind: 'precondition_failed', code: 'LOGISTICS_REQUEST.VERSION_CONFLICT', title: '后勤服务申请已被他人修改' },
  invalidState: { kind: 'rule_violation', code: 'LOGISTICS_REQUEST.INVALID_STATE', title: '当前状态不能进行此操作' },
  notRequester: { kind: 'forbidden', code: 'LOGISTICS_REQUEST.NOT_REQUESTER', title: '只有报修人可以确认' },
  noRule: { kind: 'rule_violation', code: 'LOGISTICS_REQUEST.NO_RULE', title: '尚无该紧急程度的时限规则' },
  retroactiveRule: { kind: 'rule_violation', code: 'LOGISTICS_REQUEST.RETROACTIVE_RULE', title: '规则的生效日期不能早于今天' },
} as const;

/** RPC subjects, under `rpc.facilities-and-vehicles.`. */
export const LogisticsRequestSubjects = {
  create: 'logistics-request.create',
  assign: 'logistics-request.assign',
  complete: 'logistics-request.complete',
  confirm: 'logistics-request.confirm',
  rework: 'logistics-request.rework',
  withdraw: 'logistics-request.withdraw',
  get: 'logistics-request.get',
  list: 'logistics-request.list',
  statistics: 'logistics-request.statistics',
  exportStatistics: 'logistics-request.export-statistics',
  listRules: 'logistics-rule.list',
  setRule: 'logistics-rule.set',
} as const;

export namespace CreateLogisticsRequest {
  export class Request extends LogisticsRequestFields {}
  export class Reply extends LogisticsRequestView {}
}

export namespace AssignLogisticsRequest {
  export class Body {
    @ApiProperty({ description: '维修人员或承包单位', example: '物业公司 水电组 李师傅' })
    @IsString({ message: 'assignee：必须为文本' })
    @MinLength(2, { message: 'assignee：须写明维修人员或单位' })
    @MaxLength(200, { message: 'assignee：不超过 200 个字' })
    assignee: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends LogisticsRequestView {}
}

export namespace CompleteLogisticsRequest {
  export class Body {
    @ApiProperty({ description: '完工说明' })
    @IsString({ message: 'note：必须为文本' })
    @MinLength(2, { message: 'note：须写明完工情况' })
    @MaxLength(2000, { message: 'note：不超过 2000 个字' })
    note: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends LogisticsRequestView {}
}

export namespace ConfirmLogisticsRequest {
  export class Body {
    @ApiProperty({ description: '满意度（1 很不满意 – 5 很满意）', minimum: 1, maximum: 5 })
    @IsInt({ message: 'satisfaction：满意度须为 1–5 的整数' })
    @Min(1, { message: 'satisfaction：满意度须为 1–5 的整数' })
    @Max(5, { message: 'satisfaction：满意度须为 1–5 的整数' })
    satisfaction: number;

    @ApiPropertyOptional({ description: '评价' })
    @IsOptional()
    @IsString({ message: 'feedback：必须为文本' })
    @MaxLength(1000, { message: 'feedback：不超过 1000 个字' })
    feedback?: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends LogisticsRequestView {}
}

export class LogisticsReasonBody {
  @ApiProperty({ description: '理由' })
  @IsString({ message: 'reason：必须为文本' })
  @MinLength(2, { message: 'reason：须说明理由（至少 2 个字）' })
  @MaxLength(1000, { message: 'reason：不超过 1000 个字' })
  reason: string;
}

export namespace ReworkLogisticsRequest {
  export class Body extends LogisticsReasonBody {}
  export class Request extends Versioned(Body) {}
  export class Reply extends LogisticsRequestView {}
}

export namespace WithdrawLogisticsRequest {
  export class Body extends LogisticsReasonBody {}
  export class Request extends Versioned(Body) {}
  export class Reply extends LogisticsRequestView {}
}

export namespace GetLogisticsRequest {
  export class Request extends RecordRef {}
  export class Reply extends LogisticsRequestView {}
}

export namespace ListLogisticsRequests {
  export class Request extends PageQuery {
    @ApiPropertyOptional({ enum: LOGISTICS_REQUEST_STATUSES, description: '状态' })
    @IsOptional()
    @IsIn(LOGISTICS_REQUEST_STATUSES, { message: 'status：取值无效' })
    status?: LogisticsRequestStatus;

    @ApiPropertyOptional({ enum: LOGISTICS_CATEGORIES, description: '类别' })
    @IsOptional()
    @IsIn(LOGISTICS_CATEGORIES, { message: 'category：取值无效' })
    category?: LogisticsCategory;

    @ApiPropertyOptional({ description: '地点、描述模糊搜索（支持中文）' })
    @IsOptional()
    @IsString({ message: 'q：必须为文本' })
    @MaxLength(40, { message: 'q：不超过 40 个字' })
    q?: string;
  }
  export class Reply extends PageMeta {
    @ApiProperty({ type: [LogisticsRequestView] }) items: LogisticsRequestView[];
  }
}

export class LogisticsCategoryStatistics {
  @ApiProperty({ enum: LOGISTICS_CATEGORIES }) category: LogisticsCategory;
  @ApiProperty() categoryLabel: string;
  @ApiProperty({ description: '受理数' }) total: number;
  @ApiProperty({ description: '已完工（含已确认）' }) completed: number;
  @ApiProperty({ description: '按时完工' }) onTime: number;
  @ApiProperty({ description: '逾期（已逾期完工或逾期未完工）' }) late: number;
  @ApiProperty({ description: '已评价数' }) rated: number;
  @ApiPropertyOptional({ nullable: true, description: '平均满意度（保留一位小数）', type: Number }) averageSatisfaction: number | null;
}

export namespace LogisticsStatistics {
  export class Request {
    @ApiProperty({ description: '起始日期（含）' }) @IsCalendarDate({ message: 'from：日期格式必须为 YYYY-MM-DD' }) from: string;
    @ApiProperty({ description: '截止日期（含）' }) @IsCalendarDate({ message: 'to：日期格式必须为 YYYY-MM-DD' }) to: string;
  }
  export class Reply {
    @ApiProperty() from: string;
    @ApiProperty() to: string;
    @ApiProperty({ type: [LogisticsCategoryStatistics] }) categories: LogisticsCategoryStatistics[];
  }
}

export namespace ExportLogisticsStatistics {
  export class Request extends LogisticsStatistics.Request {}
  export class Reply {
    @ApiProperty() filename: string;
    @ApiProperty() mediaType: string;
    @ApiProperty() rows: number;
    @ApiProperty() contentBase64: string;
  }
}

/** 后勤服务时限: one version of an urgency's response and completion periods, effective from a day, with its source. */
export class LogisticsRuleView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: URGENCIES }) urgency: Urgency;
  @ApiProperty({ description: '响应时限' }) responseAmount: number;
  @ApiProperty({ enum: PERIOD_UNITS }) responseUnit: LogisticsPeriodUnit;
  @ApiProperty({ description: '完成时限' }) completionAmount: number;
  @ApiProperty({ enum: PERIOD_UNITS }) completionUnit: LogisticsPeriodUnit;
  @ApiProperty() effectiveFrom: string;
  @ApiProperty() source: string;
  @ApiProperty() createdAt: string;
  @ApiProperty() createdBy: string;
}

export namespace ListLogisticsRules {
  export class Request {}
  export class Reply {
    @ApiProperty({ type: [LogisticsRuleView] }) effective: LogisticsRuleView[];
    @ApiProperty({ type: [LogisticsRuleView] }) all: LogisticsRuleView[];
  }
}

export namespace SetLogisticsRule {
  export class Request {
    @ApiProperty({ enum: URGENCIES }) @IsIn(URGENCIES, { message: 'urgency：紧急程度取值无效' }) urgency: Urgency;
    @ApiProperty() @IsInt32({ message: 'responseAmount：须为整数' }) @Min(1, { message: 'responseAmount：至少为 1' }) @Max(720, { message: 'responseAmount：不超过 720' }) responseAmount: number;
    @ApiProperty({ enum: PERIOD_UNITS }) @IsIn(PERIOD_UNITS, { message: 'responseUnit：只能是 hours 或 working_days' }) responseUnit: LogisticsPeriodUnit;
    @ApiProperty() @IsInt32({ message: 'completionAmount：须为整数' }) @Min(1, { message: 'completionAmount：至少为 1' }) @Max(720, { message: 'completionAmount：不超过 720' }) completionAmount: number;
    @ApiProperty({ enum: PERIOD_UNITS }) @IsIn(PERIOD_UNITS, { message: 'completionUnit：只能是 hours 或 working_days' }) completionUnit: LogisticsPeriodUnit;
    @ApiProperty({ description: '生效日期（不早于今天）' }) @IsCalendarDate({ message: 'effectiveFrom：日期格式必须为 YYYY-MM-DD' }) effectiveFrom: string;
    @ApiProperty({ description: '依据' }) @IsString({ message: 'source：必须为文本' }) @MinLength(2, { message: 'source：须写明依据' }) @MaxLength(500, { message: 'source：不超过 500 个字' }) source: string;
  }
  export class Reply extends LogisticsRuleView {}
}

/** What the events of one 后勤服务申请 carry: its snapshot with its version (consumers apply only newer ones). */
export class LogisticsRequestSnapshot {
  @ApiProperty() @IsUUID() id: string;
  @ApiPropertyOptional({ nullable: true, type: String }) @IsOptional() @IsUUID() unitId: string | null;
  @ApiProperty() @IsIn(LOGISTICS_CATEGORIES) category: LogisticsCategory;
  @ApiProperty() @IsIn(URGENCIES) urgency: Urgency;
  @ApiProperty() @IsString() location: string;
  @ApiProperty() @IsIn(LOGISTICS_REQUEST_STATUSES) status: LogisticsRequestStatus;
  @ApiProperty() @IsInt32() @Min(1) version: number;
}

export const LogisticsRequestEvents = {
  created: eventSubject('facilities-and-vehicles', 'logistics-request.created'),
  assigned: eventSubject('facilities-and-vehicles', 'logistics-request.assigned'),
  completed: eventSubject('facilities-and-vehicles', 'logistics-request.completed'),
  confirmed: eventSubject('facilities-and-vehicles', 'logistics-request.confirmed'),
  reworked: eventSubject('facilities-and-vehicles', 'logistics-request.reworked'),
  withdrawn: eventSubject('facilities-and-vehicles', 'logistics-request.withdrawn'),
  redated: eventSubject('facilities-and-vehicles', 'logistics-request.redated'),
} as const;

/** What each event means, for the catalogue of the events (tools/asyncapi): one sentence about the fact. */
export const LogisticsRequestEventDescriptions = {
  'logistics-request.created': { zh: '提出后勤服务申请（报修）', en: 'A logistics request was submitted.' },
  'logistics-request.assigned': { zh: '后勤服务申请派单给维修人员或单位', en: 'A logistics request was assigned to a worker or contractor.' },
  'logistics-request.completed': { zh: '后勤服务完工，待报修人确认', en: 'A logistics request was completed, awaiting confirmation.' },
  'logistics-request.confirmed': { zh: '报修人确认完工并评价满意度', en: 'The requester confirmed the work and rated it.' },
  'logistics-request.reworked': { zh: '报修人退回返工（注明理由）', en: 'The requester sent the work back for rework, with a reason.' },
  'logistics-request.withdrawn': { zh: '后勤服务申请被撤回（注明理由，不删除）', en: 'A logistics request was withdrawn, with a reason (never deleted).' },
  'logistics-request.redated': { zh: '工作日历调整后，未办结的后勤服务申请按工作日计算的时限重新计算', en: 'A calendar change moved the working-day deadlines of an open logistics request.' },
} as const;

/** Published by facilities-and-vehicles at each step of a 后勤服务申请; carries its snapshot. */
export namespace LogisticsRequestChanged {
  export class Event extends LogisticsRequestSnapshot {}
}
