import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsIn, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { eventSubject, IsCalendarDate, IsInt32, IsOffsetDateTime, PageMeta, PageQuery, RecordRef, RuleVersionView, Versioned, VersionedRef, ApiProperty, ApiPropertyOptional } from '@gov/contracts-common';
import { SourceItemView } from '@gov/contracts-supervision';

const DATE_MESSAGE = '日期格式应为 YYYY-MM-DD';

/** Who is on duty on a day: 带班领导 (leader) or 值班员 (officer). */
export const DUTY_ROLES = ['leader', 'officer'] as const;
export type DutyRole = (typeof DUTY_ROLES)[number];
export const DUTY_ROLE_LABELS: Record<DutyRole, string> = { leader: '带班领导', officer: '值班员' };

/** What the calendar says of a duty day: a holiday duty day is marked (节假日值班). */
export const DUTY_DAY_KINDS = ['workday', 'weekend', 'holiday', 'makeup_workday'] as const;
export type DutyDayKind = (typeof DUTY_DAY_KINDS)[number];
export const DUTY_DAY_KIND_LABELS: Record<DutyDayKind, string> = { workday: '工作日', weekend: '休息日', holiday: '法定节假日', makeup_workday: '调休上班日' };

export const SWAP_STATUSES = ['pending', 'approved', 'rejected'] as const;
export type SwapStatus = (typeof SWAP_STATUSES)[number];

export const DUTY_SHIFTS = ['day', 'night', 'full'] as const;
export type DutyShift = (typeof DUTY_SHIFTS)[number];
export const DUTY_SHIFT_LABELS: Record<DutyShift, string> = { day: '白班', night: '夜班', full: '全天' };

export const DUTY_LOG_KINDS = ['call', 'report', 'fax', 'other'] as const;
export type DutyLogKind = (typeof DUTY_LOG_KINDS)[number];
export const DUTY_LOG_KIND_LABELS: Record<DutyLogKind, string> = { call: '来电', report: '报告', fax: '传真/来文', other: '其他' };

/** 突发事件分级 (《国家突发公共事件总体应急预案》: 特别重大/重大/较大/一般). */
export const INCIDENT_LEVELS = ['especially_major', 'major', 'large', 'general'] as const;
export type IncidentLevel = (typeof INCIDENT_LEVELS)[number];
export const INCIDENT_LEVEL_LABELS: Record<IncidentLevel, string> = { especially_major: '特别重大', major: '重大', large: '较大', general: '一般' };

/** The report chain of an urgent matter: 初报 → 续报一、二… → 终报. */
export const REPORT_STAGES = ['initial', 'follow_up', 'final'] as const;
export type ReportStage = (typeof REPORT_STAGES)[number];
export const REPORT_CHANNELS = ['phone', 'written'] as const;
export type ReportChannel = (typeof REPORT_CHANNELS)[number];

export const UNIT_ROSTER_STATUSES = ['filed', 'checked', 'returned'] as const;
export type UnitRosterStatus = (typeof UNIT_ROSTER_STATUSES)[number];

export const INSTRUCTION_SOURCE_KINDS = ['duty_log', 'urgent_matter', 'public_opinion'] as const;
export type InstructionSourceKind = (typeof INSTRUCTION_SOURCE_KINDS)[number];

export const DutyErrors = {
  notFound: { kind: 'not_found', code: 'DUTY.NOT_FOUND', title: '值班记录不存在' },
  dayExists: { kind: 'conflict', code: 'DUTY.DAY_EXISTS', title: '该日已排班' },
  versionConflict: { kind: 'precondition_failed', code: 'DUTY.VERSION_CONFLICT', title: '记录已被他人修改' },
  forbidden: { kind: 'forbidden', code: 'DUTY.FORBIDDEN', title: '无权执行此操作' },
  swapNotPending: { kind: 'rule_violation', code: 'DUTY.SWAP_NOT_PENDING', title: '换班申请已处理' },
  swapPersonNotOnDuty: { kind: 'rule_violation', code: 'DUTY.SWAP_PERSON_NOT_ON_DUTY', title: '换出人员不在当日值班表中' },
  unknownUnit: { kind: 'rule_violation', code: 'DUTY.UNKNOWN_UNIT', title: '单位不存在或已停用' },
  rosterState: { kind: 'rule_violation', code: 'DUTY.UNIT_ROSTER_STATE', title: '值班表当前状态不允许此操作' },
  badPeriod: { kind: 'validation', code: 'DUTY.BAD_PERIOD', title: '起止日期有误' },
} as const;

export const UrgentMatterErrors = {
  notFound: { kind: 'not_found', code: 'URGENT_MATTER.NOT_FOUND', title: '紧急事项不存在' },
  versionConflict: { kind: 'precondition_failed', code: 'URGENT_MATTER.VERSION_CONFLICT', title: '紧急事项已被他人修改' },
  closed: { kind: 'rule_violation', code: 'URGENT_MATTER.CLOSED', title: '紧急事项已终报' },
  reportOrder: { kind: 'rule_violation', code: 'URGENT_MATTER.REPORT_ORDER', title: '报告顺序有误' },
  noRule: { kind: 'rule_violation', code: 'URGENT_MATTER.NO_RULE', title: '没有适用的报告时限规则' },
  ruleExists: { kind: 'conflict', code: 'URGENT_MATTER.RULE_EXISTS', title: '该等级在该日已有生效的规则' },
  timeOrder: { kind: 'validation', code: 'URGENT_MATTER.TIME_ORDER', title: '时间先后有误' },
} as const;

export const DutyInstructionErrors = {
  notFound: { kind: 'not_found', code: 'DUTY_INSTRUCTION.NOT_FOUND', title: '批示不存在' },
  sourceNotFound: { kind: 'rule_violation', code: 'DUTY_INSTRUCTION.SOURCE_NOT_FOUND', title: '批示所针对的值班信息不存在' },
  unitNotNamed: { kind: 'rule_violation', code: 'DUTY_INSTRUCTION.UNIT_NOT_NAMED', title: '该单位不在批示的传达范围内' },
  alreadyReceived: { kind: 'conflict', code: 'DUTY_INSTRUCTION.ALREADY_RECEIVED', title: '本单位已签收该批示' },
} as const;

export const DutySubjects = {
  rosterCreate: 'duty.roster.create',
  rosterUpdate: 'duty.roster.update',
  rosterList: 'duty.roster.list',
  rosterGet: 'duty.roster.get',
  swapRequest: 'duty.swap.request',
  swapDecide: 'duty.swap.decide',
  swapList: 'duty.swap.list',
  handoverCreate: 'duty.handover.create',
  handoverList: 'duty.handover.list',
  logCreate: 'duty.log.create',
  logGet: 'duty.log.get',
  logList: 'duty.log.list',
  logUpdateHandling: 'duty.log.update-handling',
  history: 'duty.history.get',
  ruleList: 'duty.urgent-rule.list',
  ruleCreate: 'duty.urgent-rule.create',
  urgentCreate: 'duty.urgent-matter.create',
  urgentGet: 'duty.urgent-matter.get',
  urgentList: 'duty.urgent-matter.list',
  urgentReport: 'duty.urgent-matter.report',
  instructionRecord: 'duty.instruction.record',
  instructionGet: 'duty.instruction.get',
  instructionRelay: 'duty.instruction.relay',
  instructionList: 'duty.instruction.list',
  instructionReceive: 'duty.instruction.receive',
  unitRosterFile: 'duty.unit-roster.file',
  unitRosterRefile: 'duty.unit-roster.refile',
  unitRosterCheck: 'duty.unit-roster.check',
  unitRosterGet: 'duty.unit-roster.get',
  unitRosterList: 'duty.unit-roster.list',
} as const;

/** Who created and last changed a record, and its version (If-Match). */
export class DutyRecordMeta {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ description: '版本号（乐观锁，修改时在 If-Match 中带回）' }) version: number;
  @ApiProperty() createdAt: string;
  @ApiProperty() createdBy: string;
  @ApiProperty() updatedAt: string;
  @ApiProperty() updatedBy: string;
}

// ---------------------------------------------------------------- roster (值班表)

export class DutyDayFields {
  @ApiProperty({ description: '带班领导', example: '王建国' }) @IsString() @MinLength(1) @MaxLength(40) leaderName: string;
  @ApiProperty({ description: '值班员', type: [String], example: ['李明', '赵强'] })
  @IsArray()
  @ArrayMinSize(1, { message: '至少安排一名值班员' })
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @MinLength(1, { each: true })
  @MaxLength(40, { each: true })
  officerNames: string[];
  @ApiPropertyOptional({ description: '备注' }) @IsOptional() @IsString() @MaxLength(500) note?: string;
}

export class DutyDayView extends DutyRecordMeta {
  @ApiProperty({ description: '值班日期 YYYY-MM-DD' }) dutyDate: string;
  @ApiProperty({ description: '带班领导' }) leaderName: string;
  @ApiProperty({ description: '值班员', type: [String] }) officerNames: string[];
  @ApiPropertyOptional({ description: '备注', type: String, nullable: true }) note: string | null;
  @ApiProperty({ enum: DUTY_DAY_KINDS, description: '日历类型（来自节假日安排）' }) dayKind: DutyDayKind;
  @ApiProperty({ description: '是否节假日值班（休息日或法定节假日）' }) holidayDuty: boolean;
  @ApiPropertyOptional({ description: '节日名称', type: String, nullable: true }) holidayName: string | null;
}

export namespace CreateDutyDay {
  export class Request extends DutyDayFields {
    @ApiProperty({ description: '值班日期 YYYY-MM-DD', example: '2026-10-01' }) @IsCalendarDate({ message: DATE_MESSAGE }) dutyDate: string;
  }
  export class Reply extends DutyDayView {}
}

export namespace UpdateDutyDay {
  export class Body extends DutyDayFields {}
  export class Request extends Versioned(DutyDayFields) {}
  export class Reply extends DutyDayView {}
}

export namespace GetDutyDay {
  export class Request extends RecordRef {}
  export class Reply extends DutyDayView {}
}

export namespace ListDutyDays {
  export class Request {
    @ApiProperty({ description: '起始日期 YYYY-MM-DD' }) @IsCalendarDate({ message: DATE_MESSAGE }) from: string;
    @ApiProperty({ description: '截止日期 YYYY-MM-DD（含，最多 92 天）' }) @IsCalendarDate({ message: DATE_MESSAGE }) to: string;
  }
  export class Reply {
    @ApiProperty({ type: [DutyDayView] }) items: DutyDayView[];
  }
}

// ---------------------------------------------------------------- swaps (换班)

export class DutySwapView extends DutyRecordMeta {
  @ApiProperty({ format: 'uuid' }) dutyDayId: string;
  @ApiProperty() dutyDate: string;
  @ApiProperty({ enum: DUTY_ROLES }) role: DutyRole;
  @ApiProperty({ description: '换出人员' }) fromName: string;
  @ApiProperty({ description: '换入人员' }) toName: string;
  @ApiProperty({ description: '换班原因' }) reason: string;
  @ApiProperty({ enum: SWAP_STATUSES, description: 'pending 待审批 / approved 已批准 / rejected 未批准' }) status: SwapStatus;
  @ApiPropertyOptional({ type: String, nullable: true }) decidedBy: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) decidedAt: string | null;
  @ApiPropertyOptional({ description: '审批意见', type: String, nullable: true }) decisionRemark: string | null;
}

export namespace RequestDutySwap {
  export class Request {
    @ApiProperty({ format: 'uuid', description: '值班日' }) @IsUUID() dutyDayId: string;
    @ApiProperty({ enum: DUTY_ROLES }) @IsIn(DUTY_ROLES) role: DutyRole;
    @ApiProperty({ description: '换出人员' }) @IsString() @MinLength(1) @MaxLength(40) fromName: string;
    @ApiProperty({ description: '换入人员' }) @IsString() @MinLength(1) @MaxLength(40) toName: string;
    @ApiProperty({ description: '换班原因' }) @IsString() @MinLength(2) @MaxLength(500) reason: string;
  }
  export class Reply extends DutySwapView {}
}

export namespace DecideDutySwap {
  export class Body {
    @ApiProperty({ description: '是否批准' }) @IsBoolean() approve: boolean;
    @ApiPropertyOptional({ description: '审批意见' }) @IsOptional() @IsString() @MaxLength(500) remark?: string;
  }
  export class Request extends VersionedRef {
    @ApiProperty() @IsBoolean() approve: boolean;
    @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(500) remark?: string;
  }
  export class Reply extends DutySwapView {}
}

export namespace ListDutySwaps {
  export class Request extends PageQuery {
    @ApiPropertyOptional({ enum: SWAP_STATUSES }) @IsOptional() @IsIn(SWAP_STATUSES) status?: SwapStatus;
  }
  export class Reply extends PageMeta {
    @ApiProperty({ type: [DutySwapView] }) items: DutySwapView[];
  }
}

// ---------------------------------------------------------------- handover (交接班)

export class HandoverView extends DutyRecordMeta {
  @ApiProperty() shiftDate: string;
  @ApiProperty({ enum: DUTY_SHIFTS }) shift: DutyShift;
  @ApiProperty({ description: '交班人' }) fromName: string;
  @ApiProperty({ description: '接班人' }) toName: string;
  @ApiProperty({ description: '交接时间' }) handedOverAt: string;
  @ApiProperty({ description: '待办事项' }) pendingMatters: string;
  @ApiPropertyOptional({ description: '其他交接说明', type: String, nullable: true }) notes: string | null;
}

export namespace CreateHandover {
  export class Request {
    @ApiProperty({ description: '班次日期 YYYY-MM-DD' }) @IsCalendarDate({ message: DATE_MESSAGE }) shiftDate: string;
    @ApiProperty({ enum: DUTY_SHIFTS }) @IsIn(DUTY_SHIFTS) shift: DutyShift;
    @ApiProperty({ description: '交班人' }) @IsString() @MinLength(1) @MaxLength(40) fromName: string;
    @ApiProperty({ description: '接班人' }) @IsString() @MinLength(1) @MaxLength(40) toName: string;
    @ApiProperty({ description: '交接时间（ISO 8601）' }) @IsOffsetDateTime() handedOverAt: string;
    @ApiProperty({ description: '待办事项（无则填“无”）' }) @IsString() @MinLength(1) @MaxLength(4000) pendingMatters: string;
    @ApiPropertyOptional({ description: '其他交接说明' }) @IsOptional() @IsString() @MaxLength(2000) notes?: string;
  }
  export class Reply extends HandoverView {}
}

export namespace ListHandovers {
  export class Request extends PageQuery {
    @ApiPropertyOptional({ description: '起始日期' }) @IsOptional() @IsCalendarDate({ message: DATE_MESSAGE }) from?: string;
    @ApiPropertyOptional({ description: '截止日期' }) @IsOptional() @IsCalendarDate({ message: DATE_MESSAGE }) to?: string;
  }
  export class Reply extends PageMeta {
    @ApiProperty({ type: [HandoverView] }) items: HandoverView[];
  }
}

// ---------------------------------------------------------------- duty log (值班记录)

export class DutyLogView extends DutyRecordMeta {
  @ApiProperty({ enum: DUTY_LOG_KINDS }) kind: DutyLogKind;
  @ApiProperty({ description: '接报时间' }) receivedAt: string;
  @ApiPropertyOptional({ format: 'uuid', description: '来电/报告单位', type: String, nullable: true }) callerUnitId: string | null;
  @ApiPropertyOptional({ description: '来电人', type: String, nullable: true }) callerName: string | null;
  @ApiPropertyOptional({ description: '来电号码', type: String, nullable: true }) callerPhone: string | null;
  @ApiProperty({ description: '标题' }) title: string;
  @ApiProperty({ description: '内容摘要' }) summary: string;
  @ApiPropertyOptional({ description: '处理情况', type: String, nullable: true }) handling: string | null;
  @ApiProperty({ description: '值班员' }) recordedBy: string;
}

export namespace CreateDutyLog {
  export class Request {
    @ApiProperty({ enum: DUTY_LOG_KINDS }) @IsIn(DUTY_LOG_KINDS) kind: DutyLogKind;
    @ApiProperty({ description: '接报时间（ISO 8601）' }) @IsOffsetDateTime() receivedAt: string;
    @ApiPropertyOptional({ format: 'uuid', description: '来电/报告单位（单位名录）' }) @IsOptional() @IsUUID() callerUnitId?: string;
    @ApiPropertyOptional({ description: '来电人' }) @IsOptional() @IsString() @MaxLength(40) callerName?: string;
    @ApiPropertyOptional({ description: '来电号码' }) @IsOptional() @Matches(/^[0-9+\-() ]{3,30}$/, { message: '来电号码格式不正确' }) callerPhone?: string;
    @ApiProperty({ description: '标题' }) @IsString() @MinLength(2) @MaxLength(200) title: string;
    @ApiProperty({ description: '内容摘要' }) @IsString() @MinLength(1) @MaxLength(4000) summary: string;
    @ApiPropertyOptional({ description: '处理情况' }) @IsOptional() @IsString() @MaxLength(4000) handling?: string;
  }
  export class Reply extends DutyLogView {}
}

export namespace GetDutyLog {
  export class Request extends RecordRef {}
  export class Reply extends DutyLogView {}
}

export namespace ListDutyLogs {
  export class Request extends PageQuery {
    @ApiPropertyOptional({ description: '按标题、摘要模糊搜索（支持中文）' }) @IsOptional() @IsString() @MaxLength(40) q?: string;
    @ApiPropertyOptional({ enum: DUTY_LOG_KINDS }) @IsOptional() @IsIn(DUTY_LOG_KINDS) kind?: DutyLogKind;
    @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() callerUnitId?: string;
    @ApiPropertyOptional({ description: '接报时间起（ISO 8601）' }) @IsOptional() @IsOffsetDateTime() from?: string;
    @ApiPropertyOptional({ description: '接报时间止（ISO 8601）' }) @IsOptional() @IsOffsetDateTime() to?: string;
  }
  export class Reply extends PageMeta {
    @ApiProperty({ type: [DutyLogView] }) items: DutyLogView[];
  }
}

export namespace UpdateDutyLogHandling {
  export class Body {
    @ApiProperty({ description: '处理情况（后续办理、转办、报告领导等）' }) @IsString() @MinLength(1) @MaxLength(4000) handling: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends DutyLogView {}
}

// ---------------------------------------------------------------- report time limits (报告时限规则)

/** 紧急事项报告时限: minutes for the phone 初报 and the written report, per level, with an effective date and a source. */
export class UrgentReportRuleView extends RuleVersionView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: INCIDENT_LEVELS }) level: IncidentLevel;
  @ApiProperty({ description: '电话初报时限（分钟）' }) phoneMinutes: number;
  @ApiProperty({ description: '书面报告时限（分钟）' }) writtenMinutes: number;
}

export namespace ListUrgentReportRules {
  export class Request {}
  export class Reply {
    @ApiProperty({ type: [UrgentReportRuleView] }) items: UrgentReportRuleView[];
  }
}

export namespace CreateUrgentReportRule {
  export class Request {
    @ApiProperty({ enum: INCIDENT_LEVELS }) @IsIn(INCIDENT_LEVELS) level: IncidentLevel;
    @ApiProperty({ description: '电话初报时限（分钟）' }) @IsInt32() @Min(1) @Max(1440) phoneMinutes: number;
    @ApiProperty({ description: '书面报告时限（分钟）' }) @IsInt32() @Min(1) @Max(10080) writtenMinutes: number;
    @ApiProperty({ description: '生效日期 YYYY-MM-DD' }) @IsCalendarDate({ message: DATE_MESSAGE }) effectiveFrom: string;
    @ApiProperty({ description: '依据（文件名称、文号）' }) @IsString() @MinLength(2) @MaxLength(300) source: string;
  }
  export class Reply extends UrgentReportRuleView {}
}

// ---------------------------------------------------------------- urgent matters (紧急事项)

export class UrgentReportEntryView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: REPORT_STAGES, description: 'initial 初报 / follow_up 续报 / final 终报' }) stage: ReportStage;
  @ApiProperty({ description: '序号：初报 0，续报一为 1，依次类推；终报为最后一号' }) sequence: number;
  @ApiProperty({ description: '名称，如 初报、续报二、终报' }) label: string;
  @ApiProperty({ enum: REPORT_CHANNELS }) channel: ReportChannel;
  @ApiProperty({ description: '向领导报告的时间' }) reportedAt: string;
  @ApiProperty({ description: '报告对象（领导）' }) leaderName: string;
  @ApiProperty({ description: '报告内容' }) content: string;
  @ApiProperty() recordedBy: string;
}

/** Where an urgent matter came from when another section reported it to the duty office. */
export const URGENT_MATTER_SOURCE_KINDS = ['foreign_affairs_incident', 'information_submission', 'facilities_security_incident'] as const;
export type UrgentMatterSourceKind = (typeof URGENT_MATTER_SOURCE_KINDS)[number];
export const URGENT_MATTER_SOURCE_KIND_LABELS: Record<UrgentMatterSourceKind, string> = {
  foreign_affairs_incident: '外事办涉外案事件',
  information_submission: '信息科紧急信息报送',
  facilities_security_incident: '机关事务管理科大院安全事件',
};

export class UrgentMatterSourceView {
  @ApiProperty({ enum: URGENT_MATTER_SOURCE_KINDS, description: 'foreign_affairs_incident 外事办涉外案事件 / information_submission 信息科紧急信息报送 / facilities_security_incident 机关事务管理科大院安全事件' }) kind: UrgentMatterSourceKind;
  @ApiProperty({ description: '来源名称' }) kindLabel: string;
  @ApiProperty({ format: 'uuid', description: '来源记录 ID' }) id: string;
  @ApiProperty({ description: '来源说明（如 外事办涉外案事件·领事保护；信息科紧急信息报送，报送人 张三）' }) label: string;
}

export class UrgentMatterView extends DutyRecordMeta {
  @ApiProperty() title: string;
  @ApiProperty({ enum: INCIDENT_LEVELS }) level: IncidentLevel;
  @ApiProperty() levelLabel: string;
  @ApiProperty({ description: '发生时间' }) occurredAt: string;
  @ApiProperty({ description: '接报时间（时限起算点）' }) receivedAt: string;
  @ApiPropertyOptional({ description: '发生地点', type: String, nullable: true }) location: string | null;
  @ApiPropertyOptional({ format: 'uuid', description: '报告单位', type: String, nullable: true }) unitId: string | null;
  @ApiProperty() summary: string;
  @ApiProperty({ format: 'uuid', description: '所适用的时限规则（记录当时的规则版本）' }) ruleId: string;
  @ApiProperty({ description: '电话初报时限（分钟）' }) phoneMinutes: number;
  @ApiProperty({ description: '书面报告时限（分钟）' }) writtenMinutes: number;
  @ApiProperty({ description: '初报（电话）期限' }) deadline: string;
  @ApiProperty({ description: '距初报期限的秒数（倒计时；已初报则按初报时间计；超时为负数）' }) remainingSeconds: number;
  @ApiProperty({ description: '初报是否超时' }) overdue: boolean;
  @ApiProperty({ description: '书面报告期限' }) writtenDeadline: string;
  @ApiProperty({ description: '距书面报告期限的秒数（超时为负数）' }) writtenRemainingSeconds: number;
  @ApiProperty({ description: '书面报告是否超时' }) writtenOverdue: boolean;
  @ApiProperty({ description: '期限如何计算', type: [String] }) deadlineExplanation: string[];
  @ApiPropertyOptional({ description: '初报时间', type: String, nullable: true }) initialReportedAt: string | null;
  @ApiPropertyOptional({ description: '书面报告时间', type: String, nullable: true }) writtenReportedAt: string | null;
  @ApiProperty({ description: 'open 处置中 / closed 已终报' }) status: 'open' | 'closed';
  @ApiProperty({ type: [UrgentReportEntryView], description: '报告链：初报 → 续报 → 终报' }) reports: UrgentReportEntryView[];
  @ApiPropertyOptional({ type: UrgentMatterSourceView, nullable: true, description: '来源（其他科室报值班室的事项；值班室自行登记的为空）' }) source: UrgentMatterSourceView | null;
}

export namespace CreateUrgentMatter {
  export class Request {
    @ApiProperty({ description: '事项名称' }) @IsString() @MinLength(2) @MaxLength(200) title: string;
    @ApiProperty({ enum: INCIDENT_LEVELS, description: '事件等级' }) @IsIn(INCIDENT_LEVELS) level: IncidentLevel;
    @ApiProperty({ description: '发生时间（ISO 8601）' }) @IsOffsetDateTime() occurredAt: string;
    @ApiProperty({ description: '接报时间（ISO 8601），报告时限自此起算' }) @IsOffsetDateTime() receivedAt: string;
    @ApiPropertyOptional({ description: '发生地点' }) @IsOptional() @IsString() @MaxLength(200) location?: string;
    @ApiPropertyOptional({ format: 'uuid', description: '报告单位（单位名录）' }) @IsOptional() @IsUUID() unitId?: string;
    @ApiProperty({ description: '基本情况' }) @IsString() @MinLength(1) @MaxLength(4000) summary: string;
  }
  export class Reply extends UrgentMatterView {}
}

export namespace GetUrgentMatter {
  export class Request extends RecordRef {}
  export class Reply extends UrgentMatterView {}
}

export namespace ListUrgentMatters {
  export class Request extends PageQuery {
    @ApiPropertyOptional({ enum: INCIDENT_LEVELS }) @IsOptional() @IsIn(INCIDENT_LEVELS) level?: IncidentLevel;
    @ApiPropertyOptional({ enum: ['open', 'closed'] }) @IsOptional() @IsIn(['open', 'closed']) status?: 'open' | 'closed';
    @ApiPropertyOptional({ description: '只看初报或书面报告已超时的' })
    @IsOptional()
    @Type(() => String)
    @IsIn(['true', 'false'])
    overdue?: 'true' | 'false';
    @ApiPropertyOptional({ description: '按名称模糊搜索（支持中文）' }) @IsOptional() @IsString() @MaxLength(40) q?: string;
  }
  export class Reply extends PageMeta {
    @ApiProperty({ type: [UrgentMatterView] }) items: UrgentMatterView[];
  }
}

export namespace ReportUrgentMatter {
  export class Body {
    @ApiProperty({ enum: REPORT_STAGES, description: 'initial 初报 / follow_up 续报 / final 终报' }) @IsIn(REPORT_STAGES) stage: ReportStage;
    @ApiProperty({ enum: REPORT_CHANNELS, description: 'phone 电话 / written 书面' }) @IsIn(REPORT_CHANNELS) channel: ReportChannel;
    @ApiProperty({ description: '向领导报告的时间（ISO 8601）' }) @IsOffsetDateTime() reportedAt: string;
    @ApiProperty({ description: '报告对象（领导）' }) @IsString() @MinLength(1) @MaxLength(40) leaderName: string;
    @ApiProperty({ description: '报告内容' }) @IsString() @MinLength(1) @MaxLength(4000) content: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends UrgentMatterView {}
}

// ---------------------------------------------------------------- leader instructions (领导批示)

/** A named unit's side of an instruction: 待传达, 已传达 (the office told it), 已签收 (its liaison confirmed receipt). */
export const INSTRUCTION_RELAY_STATUSES = ['pending', 'notified', 'received'] as const;
export type InstructionRelayStatus = (typeof INSTRUCTION_RELAY_STATUSES)[number];

export class InstructionRelayView {
  @ApiProperty({ format: 'uuid' }) unitId: string;
  @ApiProperty({ description: 'lead 牵头 / co 配合' }) role: 'lead' | 'co';
  @ApiProperty({ enum: INSTRUCTION_RELAY_STATUSES, description: 'pending 待传达 / notified 已传达 / received 单位已签收' }) status: InstructionRelayStatus;
  @ApiPropertyOptional({ description: '接收人', type: String, nullable: true }) notifiedPerson: string | null;
  @ApiPropertyOptional({ description: '传达方式', type: String, nullable: true }) channel: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) notifiedAt: string | null;
  @ApiPropertyOptional({ description: '传达人', type: String, nullable: true }) notifiedBy: string | null;
  @ApiPropertyOptional({ description: '单位签收时间', type: String, nullable: true }) receivedAt: string | null;
  @ApiPropertyOptional({ description: '签收人（单位联络员）', type: String, nullable: true }) receivedBy: string | null;
}

export class DutyInstructionView extends DutyRecordMeta {
  @ApiProperty({ enum: INSTRUCTION_SOURCE_KINDS }) sourceKind: InstructionSourceKind;
  @ApiProperty({ format: 'uuid' }) sourceId: string;
  @ApiProperty() sourceTitle: string;
  @ApiProperty() leaderName: string;
  @ApiPropertyOptional({ type: String, nullable: true }) leaderTitle: string | null;
  @ApiProperty({ description: '批示内容' }) text: string;
  @ApiProperty() instructedAt: string;
  @ApiPropertyOptional({ description: '办理期限', type: String, nullable: true }) dueDate: string | null;
  @ApiProperty({ type: [InstructionRelayView], description: '传达记录' }) relays: InstructionRelayView[];
  @ApiPropertyOptional({ type: SourceItemView, description: '据此立项的督办事项：状态、灯色、期限和各单位办理情况（随督办事项变化更新）' }) supervision?: SourceItemView;
}

export namespace RecordDutyInstruction {
  export class Request {
    @ApiProperty({ enum: INSTRUCTION_SOURCE_KINDS, description: '批示所针对的：值班记录 / 紧急事项 / 政务舆情' }) @IsIn(INSTRUCTION_SOURCE_KINDS) sourceKind: InstructionSourceKind;
    @ApiProperty({ format: 'uuid' }) @IsUUID() sourceId: string;
    @ApiProperty({ description: '批示领导' }) @IsString() @MinLength(1) @MaxLength(40) leaderName: string;
    @ApiPropertyOptional({ description: '领导职务' }) @IsOptional() @IsString() @MaxLength(40) leaderTitle?: string;
    @ApiProperty({ description: '批示内容' }) @IsString() @MinLength(1) @MaxLength(4000) text: string;
    @ApiProperty({ description: '批示时间（ISO 8601）' }) @IsOffsetDateTime() instructedAt: string;
    @ApiPropertyOptional({ format: 'uuid', description: '牵头单位' }) @IsOptional() @IsUUID() leadUnitId?: string;
    @ApiProperty({ type: [String], description: '配合单位' }) @IsArray() @ArrayMaxSize(50) @IsUUID('all', { each: true }) coUnitIds: string[];
    @ApiPropertyOptional({ description: '办理期限 YYYY-MM-DD' }) @IsOptional() @IsCalendarDate({ message: DATE_MESSAGE }) dueDate?: string;
  }
  export class Reply extends DutyInstructionView {}
}

export namespace GetDutyInstruction {
  export class Request extends RecordRef {}
  export class Reply extends DutyInstructionView {}
}

export namespace RelayDutyInstruction {
  export class Body {
    @ApiProperty({ format: 'uuid', description: '被传达单位' }) @IsUUID() unitId: string;
    @ApiProperty({ description: '接收人' }) @IsString() @MinLength(1) @MaxLength(40) notifiedPerson: string;
    @ApiProperty({ description: '传达方式', example: '电话' }) @IsString() @MinLength(1) @MaxLength(20) channel: string;
  }
  export class Request extends Body {
    @ApiProperty({ format: 'uuid' }) @IsUUID() id: string;
  }
  export class Reply extends DutyInstructionView {}
}

export namespace ListDutyInstructions {
  export class Request extends PageQuery {
    @ApiPropertyOptional({ description: '按批示内容、所针对事项标题模糊搜索（支持中文）' }) @IsOptional() @IsString() @MaxLength(40) q?: string;
    @ApiPropertyOptional({ format: 'uuid', description: '传达单位（单位联络员只能看本单位的）' }) @IsOptional() @IsUUID() unitId?: string;
    @ApiPropertyOptional({ enum: INSTRUCTION_RELAY_STATUSES, description: '该单位的传达状态（须同时指定单位，联络员默认本单位）' })
    @IsOptional()
    @IsIn(INSTRUCTION_RELAY_STATUSES)
    relayStatus?: InstructionRelayStatus;
  }
  export class Reply extends PageMeta {
    @ApiProperty({ type: [DutyInstructionView] }) items: DutyInstructionView[];
  }
}

/** 签收: the liaison of a named unit confirms its unit received the instruction (who and when are recorded). */
export namespace ReceiveDutyInstruction {
  export class Request extends RecordRef {}
  export class Reply extends DutyInstructionView {}
}

// ---------------------------------------------------------------- units' own duty rosters (单位值班表报备)

export class UnitRosterEntry {
  @ApiProperty({ description: '日期 YYYY-MM-DD' }) @IsCalendarDate({ message: DATE_MESSAGE }) date: string;
  @ApiProperty({ description: '带班领导' }) @IsString() @MinLength(1) @MaxLength(40) leaderName: string;
  @ApiProperty({ type: [String], description: '值班人员' }) @IsArray() @ArrayMinSize(1) @ArrayMaxSize(10) @IsString({ each: true }) officerNames: string[];
  @ApiProperty({ description: '值班电话' }) @Matches(/^[0-9+\-() ]{5,30}$/, { message: '值班电话格式不正确' }) phone: string;
}

export class UnitRosterFields {
  @ApiProperty({ description: '起始日期' }) @IsCalendarDate({ message: DATE_MESSAGE }) periodStart: string;
  @ApiProperty({ description: '截止日期' }) @IsCalendarDate({ message: DATE_MESSAGE }) periodEnd: string;
  @ApiProperty({ type: [UnitRosterEntry] }) @IsArray() @ArrayMinSize(1) @ArrayMaxSize(400) @ValidateNested({ each: true }) @Type(() => UnitRosterEntry) entries: UnitRosterEntry[];
}

export class UnitRosterView extends DutyRecordMeta {
  @ApiProperty({ format: 'uuid' }) unitId: string;
  @ApiProperty() periodStart: string;
  @ApiProperty() periodEnd: string;
  @ApiProperty({ type: [UnitRosterEntry] }) entries: UnitRosterEntry[];
  @ApiProperty({ enum: UNIT_ROSTER_STATUSES, description: 'filed 已报备 / checked 已审核 / returned 已退回' }) status: UnitRosterStatus;
  @ApiPropertyOptional({ description: '审核意见', type: String, nullable: true }) remarks: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) checkedBy: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) checkedAt: string | null;
}

export namespace FileUnitRoster {
  export class Request extends UnitRosterFields {
    @ApiPropertyOptional({ format: 'uuid', description: '报备单位（联络员可省略，默认本单位）' }) @IsOptional() @IsUUID() unitId?: string;
  }
  export class Reply extends UnitRosterView {}
}

export namespace RefileUnitRoster {
  export class Body extends UnitRosterFields {}
  export class Request extends Versioned(UnitRosterFields) {}
  export class Reply extends UnitRosterView {}
}

export namespace CheckUnitRoster {
  export class Body {
    @ApiProperty({ enum: ['checked', 'returned'], description: 'checked 审核通过 / returned 退回修改' }) @IsIn(['checked', 'returned']) result: 'checked' | 'returned';
    @ApiPropertyOptional({ description: '审核意见（退回时必填）' }) @IsOptional() @IsString() @MaxLength(1000) remarks?: string;
  }
  export class Request extends VersionedRef {
    @ApiProperty() @IsIn(['checked', 'returned']) result: 'checked' | 'returned';
    @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(1000) remarks?: string;
  }
  export class Reply extends UnitRosterView {}
}

export namespace GetUnitRoster {
  export class Request extends RecordRef {}
  export class Reply extends UnitRosterView {}
}

export namespace ListUnitRosters {
  export class Request extends PageQuery {
    @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() unitId?: string;
    @ApiPropertyOptional({ enum: UNIT_ROSTER_STATUSES }) @IsOptional() @IsIn(UNIT_ROSTER_STATUSES) status?: UnitRosterStatus;
  }
  export class Reply extends PageMeta {
    @ApiProperty({ type: [UnitRosterView] }) items: UnitRosterView[];
  }
}

// ---------------------------------------------------------------- history (留痕)

export class DutyHistoryEntry {
  @ApiProperty() version: number;
  @ApiProperty({ description: '动作，如 created、approved、reported' }) action: string;
  @ApiPropertyOptional({ description: '原因或说明', type: String, nullable: true }) reason: string | null;
  @ApiProperty() changedBy: string;
  @ApiProperty() changedAt: string;
}

export namespace GetDutyHistory {
  export class Request {
    @ApiProperty({ description: '记录类型', enum: ['duty_day', 'duty_swap', 'duty_handover', 'duty_log', 'urgent_matter', 'duty_instruction', 'unit_duty_roster', 'public_opinion', 'upward_report'] })
    @IsIn(['duty_day', 'duty_swap', 'duty_handover', 'duty_log', 'urgent_matter', 'duty_instruction', 'unit_duty_roster', 'public_opinion', 'upward_report'])
    recordKind: string;
    @ApiProperty({ format: 'uuid' }) @IsUUID() id: string;
  }
  export class Reply {
    @ApiProperty({ type: [DutyHistoryEntry] }) entries: DutyHistoryEntry[];
  }
}

// ---------------------------------------------------------------- events

/**
 * `urgent-matter.overdue`: published by duty-and-meetings's overdue check, once per matter and report kind
 * (the matter row keeps when it was flagged, in the same transaction as the outbox row). Consumers (a to-do
 * list, supervision) key on matterId + which.
 */
export namespace UrgentMatterOverdue {
  export class Event {
    @ApiProperty({ format: 'uuid' }) @IsUUID() matterId: string;
    @ApiProperty() @IsString() @MinLength(1) @MaxLength(200) title: string;
    @ApiProperty({ enum: INCIDENT_LEVELS }) @IsIn(INCIDENT_LEVELS) level: IncidentLevel;
    @ApiProperty({ enum: REPORT_CHANNELS, description: 'phone 初报超时 / written 书面报告超时' }) @IsIn(REPORT_CHANNELS) which: ReportChannel;
    @ApiProperty() @IsOffsetDateTime() deadline: string;
    @ApiProperty() @IsOffsetDateTime() detectedAt: string;
    @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() unitId?: string;
  }
}

/** Events of the duty office (值班室) besides the two in supervision-events.ts. */
export const DutyOfficeEvents = {
  /** Any record of the duty office created or changed (roster day, swap, handover, log, urgent matter, roster filing, opinion, report). */
  recordChanged: eventSubject('duty-and-meetings', 'duty-office.record-changed'),
} as const;

export const DUTY_RECORD_KINDS = [
  'duty_day',
  'duty_swap',
  'duty_handover',
  'duty_log',
  'urgent_matter',
  'urgent_report_rule',
  'duty_instruction',
  'unit_duty_roster',
  'public_opinion',
  'opinion_rule',
  'upward_report',
] as const;
export type DutyRecordKind = (typeof DUTY_RECORD_KINDS)[number];

/**
 * `duty-office.record-changed`: published by duty-and-meetings in the transaction of every change of a duty-office
 * record, with the new version. No consumer yet (a to-do list or a dashboard would be one); a consumer keys on
 * recordKind + recordId and applies only a newer version, so redelivery and reordering change nothing.
 */
export namespace DutyRecordChanged {
  export class Event {
    @ApiProperty({ enum: DUTY_RECORD_KINDS }) @IsIn(DUTY_RECORD_KINDS) recordKind: DutyRecordKind;
    @ApiProperty({ format: 'uuid' }) @IsUUID() recordId: string;
    @ApiProperty() @IsInt32() @Min(1) version: number;
    @ApiProperty({ description: '动作，如 created、approved、reported' }) @IsString() @MaxLength(40) action: string;
    @ApiPropertyOptional({ format: 'uuid', description: '涉及的单位' }) @IsOptional() @IsUUID() unitId?: string;
    @ApiProperty() @IsString() changedBy: string;
    @ApiProperty() @IsOffsetDateTime() changedAt: string;
  }
}
