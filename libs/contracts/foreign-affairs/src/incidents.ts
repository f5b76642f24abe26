import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsString, IsUUID, Matches, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { ApiProperty, ApiPropertyOptional, eventSubject, IsInt32, IsOffsetDateTime, PageMeta, PageQuery, RecordRef, Versioned } from '@gov/contracts-common';

/** 涉外案事件 (in the district, involving foreigners) or 领事保护 (for the district's residents abroad). */
export const INCIDENT_KINDS = ['incident', 'consular'] as const;
export type ForeignIncidentKind = (typeof INCIDENT_KINDS)[number];
export const INCIDENT_KIND_LABELS: Record<ForeignIncidentKind, string> = { incident: '涉外案事件', consular: '领事保护' };

/** 事件分级, as duty-and-meetings' urgent matters (《国家突发公共事件总体应急预案》: 特别重大/重大/较大/一般). */
export const FOREIGN_INCIDENT_LEVELS = ['especially_major', 'major', 'large', 'general'] as const;
export type ForeignIncidentLevel = (typeof FOREIGN_INCIDENT_LEVELS)[number];
export const FOREIGN_INCIDENT_LEVEL_LABELS: Record<ForeignIncidentLevel, string> = { especially_major: '特别重大', major: '重大', large: '较大', general: '一般' };

/** open 处置中 → closed 已结案 (with its outcome); withdrawn 已撤回 with a reason (never deleted). */
export const INCIDENT_STATUSES = ['open', 'closed', 'withdrawn'] as const;
export type IncidentStatus = (typeof INCIDENT_STATUSES)[number];
export const INCIDENT_STATUS_LABELS: Record<IncidentStatus, string> = { open: '处置中', closed: '已结案', withdrawn: '已撤回' };

/** The report chain: 初报 → 续报 → 终报. */
export const INCIDENT_REPORT_STAGES = ['initial', 'follow_up', 'final'] as const;
export type IncidentReportStage = (typeof INCIDENT_REPORT_STAGES)[number];
export const INCIDENT_REPORT_STAGE_LABELS: Record<IncidentReportStage, string> = { initial: '初报', follow_up: '续报', final: '终报' };

/** 涉及单位. */
export class InvolvedUnit {
  @ApiPropertyOptional({ format: 'uuid', description: '单位名录 ID' }) @IsOptional() @IsUUID('all', { message: 'units.unitId：必须是有效的单位 ID' }) unitId?: string;
  @ApiProperty({ description: '单位名称' }) @IsString({ message: 'units.name：必须为文本' }) @MinLength(2, { message: 'units.name：至少 2 个字' }) @MaxLength(80, { message: 'units.name：不超过 80 个字' }) name: string;
}

/** 联系人 (the person concerned, family, the embassy…): the 手机号 is encrypted at rest and masked in lists. */
export class IncidentContact {
  @ApiProperty({ description: '姓名' }) @IsString({ message: 'contacts.name：必须为文本' }) @MinLength(1, { message: 'contacts.name：不能为空' }) @MaxLength(60, { message: 'contacts.name：不超过 60 个字' }) name: string;
  @ApiProperty({ description: '身份（当事人、家属、使领馆等）' }) @IsString({ message: 'contacts.relation：必须为文本' }) @MinLength(1, { message: 'contacts.relation：不能为空' }) @MaxLength(40, { message: 'contacts.relation：不超过 40 个字' }) relation: string;
  @ApiProperty({ description: '联系电话' }) @Matches(/^\+?[0-9 -]{5,20}$/, { message: 'contacts.phone：电话号码格式不正确' }) phone: string;
}

export class IncidentFields {
  @ApiProperty({ enum: INCIDENT_KINDS, description: 'incident 涉外案事件 / consular 领事保护' }) @IsIn(INCIDENT_KINDS, { message: 'kind：取值无效' }) kind: ForeignIncidentKind;
  @ApiProperty({ description: '事件名称' }) @IsString({ message: 'title：必须为文本' }) @MinLength(2, { message: 'title：至少 2 个字' }) @MaxLength(200, { message: 'title：不超过 200 个字' }) title: string;
  @ApiProperty({ enum: FOREIGN_INCIDENT_LEVELS, description: '事件等级' }) @IsIn(FOREIGN_INCIDENT_LEVELS, { message: 'level：取值无效' }) level: ForeignIncidentLevel;
  @ApiProperty({ description: '发生时间（ISO 8601）' }) @IsOffsetDateTime({ message: 'occurredAt：应为 ISO 8601 时间' }) occurredAt: string;
  @ApiProperty({ description: '接报时间（ISO 8601）' }) @IsOffsetDateTime({ message: 'receivedAt：应为 ISO 8601 时间' }) receivedAt: string;
  @ApiPropertyOptional({ description: '发生地点' }) @IsOptional() @IsString({ message: 'location：必须为文本' }) @MaxLength(200, { message: 'location：不超过 200 个字' }) location?: string;
  @ApiPropertyOptional({ description: '涉及国家（地区）；领事保护为当事人所在国' }) @IsOptional() @IsString({ message: 'country：必须为文本' }) @MaxLength(40, { message: 'country：不超过 40 个字' }) country?: string;
  @ApiProperty({ description: '基本情况' }) @IsString({ message: 'summary：必须为文本' }) @MinLength(2, { message: 'summary：至少 2 个字' }) @MaxLength(4000, { message: 'summary：不超过 4000 个字' }) summary: string;
  @ApiProperty({ type: [InvolvedUnit], description: '涉及单位' }) @IsArray({ message: 'units：必须为列表' }) @ArrayMaxSize(30, { message: 'units：不超过 30 个' }) @ValidateNested({ each: true }) @Type(() => InvolvedUnit) units: InvolvedUnit[];
  @ApiProperty({ type: [IncidentContact], description: '联系人' }) @IsArray({ message: 'contacts：必须为列表' }) @ArrayMaxSize(30, { message: 'contacts：不超过 30 人' }) @ValidateNested({ each: true }) @Type(() => IncidentContact) contacts: IncidentContact[];
}

export class IncidentReportView {
  @ApiProperty({ enum: INCIDENT_REPORT_STAGES }) stage: IncidentReportStage;
  @ApiProperty({ description: '如 初报、续报一、终报' }) label: string;
  @ApiProperty() reportedAt: string;
  @ApiProperty({ description: '报告对象' }) to: string;
  @ApiProperty() content: string;
  @ApiProperty() by: string;
}

export class IncidentActionView {
  @ApiProperty() at: string;
  @ApiProperty({ description: '处置措施' }) action: string;
  @ApiProperty() by: string;
}

export class IncidentView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiPropertyOptional({ description: '报告单位（联络员登记时为本单位）', nullable: true, type: String }) unitId: string | null;
  @ApiProperty({ enum: INCIDENT_KINDS }) kind: ForeignIncidentKind;
  @ApiProperty() title: string;
  @ApiProperty({ enum: FOREIGN_INCIDENT_LEVELS }) level: ForeignIncidentLevel;
  @ApiProperty() levelLabel: string;
  @ApiProperty() occurredAt: string;
  @ApiProperty() receivedAt: string;
  @ApiPropertyOptional({ nullable: true, type: String }) location: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) country: string | null;
  @ApiProperty() summary: string;
  @ApiProperty({ type: [InvolvedUnit] }) units: InvolvedUnit[];
  @ApiProperty({ type: [IncidentContact], description: '联系人（列表中电话遮盖）' }) contacts: IncidentContact[];
  @ApiProperty({ type: [IncidentReportView], description: '报告链：初报 → 续报 → 终报' }) reports: IncidentReportView[];
  @ApiProperty({ type: [IncidentActionView], description: '处置措施' }) actions: IncidentActionView[];
  @ApiProperty({ enum: INCIDENT_STATUSES }) status: IncidentStatus;
  @ApiProperty() statusLabel: string;
  @ApiPropertyOptional({ description: '处置结果', nullable: true, type: String }) outcome: string | null;
  @ApiPropertyOptional({ description: '撤回理由', nullable: true, type: String }) withdrawalReason: string | null;
  @ApiProperty({ description: '版本号（ETag）' }) version: number;
  @ApiProperty() createdAt: string;
  @ApiProperty() createdBy: string;
  @ApiProperty() updatedAt: string;
  @ApiProperty() updatedBy: string;
}

export const IncidentErrors = {
  notFound: { kind: 'not_found', code: 'INCIDENT.NOT_FOUND', title: '涉外案事件不存在' },
  versionConflict: { kind: 'precondition_failed', code: 'INCIDENT.VERSION_CONFLICT', title: '涉外案事件已被他人修改' },
  invalidState: { kind: 'rule_violation', code: 'INCIDENT.INVALID_STATE', title: '当前状态不能进行此操作' },
  reportChain: { kind: 'rule_violation', code: 'INCIDENT.REPORT_CHAIN', title: '报告顺序有误' },
  badTimes: { kind: 'validation', code: 'INCIDENT.BAD_TIMES', title: '时间有误' },
} as const;

/** RPC subjects, under `rpc.foreign-affairs.`. */
export const IncidentSubjects = {
  create: 'incident.create',
  update: 'incident.update',
  report: 'incident.report',
  act: 'incident.act',
  close: 'incident.close',
  withdraw: 'incident.withdraw',
  get: 'incident.get',
  list: 'incident.list',
} as const;

export namespace CreateIncident {
  export class Request extends IncidentFields {}
  export class Reply extends IncidentView {}
}

export namespace UpdateIncident {
  export class Body extends IncidentFields {}
  export class Request extends Versioned(Body) {}
  export class Reply extends IncidentView {}
}

export namespace ReportIncident {
  export class Body {
    @ApiProperty({ enum: INCIDENT_REPORT_STAGES, description: 'initial 初报 / follow_up 续报 / final 终报' }) @IsIn(INCIDENT_REPORT_STAGES, { message: 'stage：取值无效' }) stage: IncidentReportStage;
    @ApiProperty({ description: '报告时间（ISO 8601）' }) @IsOffsetDateTime({ message: 'reportedAt：应为 ISO 8601 时间' }) reportedAt: string;
    @ApiProperty({ description: '报告对象（区领导、市外办、驻外使领馆等）' }) @IsString({ message: 'to：必须为文本' }) @MinLength(2, { message: 'to：至少 2 个字' }) @MaxLength(60, { message: 'to：不超过 60 个字' }) to: string;
    @ApiProperty({ description: '报告内容' }) @IsString({ message: 'content：必须为文本' }) @MinLength(2, { message: 'content：至少 2 个字' }) @MaxLength(4000, { message: 'content：不超过 4000 个字' }) content: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends IncidentView {}
}

export namespace ActOnIncident {
  export class Body {
    @ApiProperty({ description: '处置时间（ISO 8601）' }) @IsOffsetDateTime({ message: 'at：应为 ISO 8601 时间' }) at: string;
    @ApiProperty({ description: '处置措施' }) @IsString({ message: 'action：必须为文本' }) @MinLength(2, { message: 'action：至少 2 个字' }) @MaxLength(2000, { message: 'action：不超过 2000 个字' }) action: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends IncidentView {}
}

export namespace CloseIncident {
  export class Body {
    @ApiProperty({ description: '处置结果' }) @IsString({ message: 'outcome：必须为文本' }) @MinLength(4, { message: 'outcome：请写明处置结果（至少 4 个字）' }) @MaxLength(4000, { message: 'outcome：不超过 4000 个字' }) outcome: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends IncidentView {}
}

export namespace WithdrawIncident {
  export class Body {
    @ApiProperty({ description: '撤回理由' }) @IsString({ message: 'reason：必须为文本' }) @MinLength(2, { message: 'reason：撤回须说明理由（至少 2 个字）' }) @MaxLength(1000, { message: 'reason：不超过 1000 个字' }) reason: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends IncidentView {}
}

export namespace GetIncident {
  export class Request extends RecordRef {}
  export class Reply extends IncidentView {}
}

export namespace ListIncidents {
  export class Request extends PageQuery {
    @ApiPropertyOptional({ enum: INCIDENT_STATUSES, description: '状态' }) @IsOptional() @IsIn(INCIDENT_STATUSES, { message: 'status：取值无效' }) status?: IncidentStatus;
    @ApiPropertyOptional({ enum: INCIDENT_KINDS, description: '类别' }) @IsOptional() @IsIn(INCIDENT_KINDS, { message: 'kind：取值无效' }) kind?: ForeignIncidentKind;
    @ApiPropertyOptional({ description: '名称模糊搜索（支持中文）' }) @IsOptional() @IsString({ message: 'q：必须为文本' }) @MaxLength(40, { message: 'q：不超过 40 个字' }) q?: string;
  }
  export class Reply extends PageMeta {
    @ApiProperty({ type: [IncidentView] }) items: IncidentView[];
  }
}

/** What the events of one incident carry: its snapshot with its version. No personal data. */
export class IncidentSnapshot {
  @ApiProperty() @IsUUID() id: string;
  @ApiPropertyOptional({ nullable: true, type: String }) @IsOptional() @IsUUID() unitId: string | null;
  @ApiProperty() @IsIn(INCIDENT_KINDS) kind: ForeignIncidentKind;
  @ApiProperty() @IsString() title: string;
  @ApiProperty() @IsIn(FOREIGN_INCIDENT_LEVELS) level: ForeignIncidentLevel;
  @ApiProperty() @IsIn(INCIDENT_STATUSES) status: IncidentStatus;
  @ApiProperty() @IsInt32() @Min(1) version: number;
}

export const IncidentEvents = {
  reported: eventSubject('foreign-affairs', 'incident.reported'),
  updated: eventSubject('foreign-affairs', 'incident.updated'),
  reportAdded: eventSubject('foreign-affairs', 'incident.report-added'),
  acted: eventSubject('foreign-affairs', 'incident.acted'),
  closed: eventSubject('foreign-affairs', 'incident.closed'),
  withdrawn: eventSubject('foreign-affairs', 'incident.withdrawn'),
} as const;

export const IncidentEventDescriptions = {
  'incident.reported': { zh: '涉外案事件或领事保护接报：报区政府值班室作为紧急事项（字段同紧急事项登记）', en: 'A foreign-related incident or consular case was received: for the duty office as an urgent matter (the urgent-matter fields).' },
  'incident.updated': { zh: '涉外案事件信息更正', en: 'An incident’s details were corrected.' },
  'incident.report-added': { zh: '涉外案事件报告链新增（初报、续报、终报）', en: 'A report was added to an incident’s chain (initial, follow-up, final).' },
  'incident.acted': { zh: '涉外案事件处置措施登记', en: 'An action on an incident was recorded.' },
  'incident.closed': { zh: '涉外案事件结案', en: 'An incident was closed with its outcome.' },
  'incident.withdrawn': { zh: '涉外案事件撤回（注明理由，不删除）', en: 'An incident was withdrawn, with a reason (never deleted).' },
} as const;

/** Published at each step of an incident; carries its snapshot. */
export namespace IncidentChanged {
  export class Event extends IncidentSnapshot {}
}

/**
 * For the duty office (区政府值班室) as an urgent matter: the fields of duty-and-meetings' `CreateUrgentMatter.Request`
 * (title, level, occurredAt, receivedAt, location, unitId, summary), keyed by `incidentId` (event id = incidentId).
 */
export namespace IncidentReported {
  export class Event {
    @ApiProperty({ format: 'uuid' }) @IsUUID() incidentId: string;
    @ApiProperty({ enum: INCIDENT_KINDS }) @IsIn(INCIDENT_KINDS) kind: ForeignIncidentKind;
    @ApiProperty() @IsString() @MinLength(2) @MaxLength(200) title: string;
    @ApiProperty({ enum: FOREIGN_INCIDENT_LEVELS }) @IsIn(FOREIGN_INCIDENT_LEVELS) level: ForeignIncidentLevel;
    @ApiProperty() @IsOffsetDateTime() occurredAt: string;
    @ApiProperty() @IsOffsetDateTime() receivedAt: string;
    @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(200) location?: string;
    @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() unitId?: string;
    @ApiProperty() @IsString() @MinLength(1) @MaxLength(4000) summary: string;
  }
}
