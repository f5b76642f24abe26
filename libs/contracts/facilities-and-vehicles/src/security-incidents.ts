import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsString, IsUUID, MaxLength, Min, MinLength } from 'class-validator';
import { ApiProperty, ApiPropertyOptional, eventSubject, IsCalendarDate, IsInt32, IsOffsetDateTime, PageMeta, PageQuery, RecordRef, Versioned } from '@gov/contracts-common';

/**
 * 安全事件 (the incidents of the compound's 安全保卫): the gate or the patrol records what happened (time, place, kind,
 * description) and how it was handled; the section closes it with its handling, or withdraws an error with a reason
 * (nothing is deleted). A serious one is escalated (上报) once to the duty office (区政府值班室), which receives it as a
 * 紧急事项 (duty-and-meetings consumes `security-incident.escalated`).
 *
 * open 处置中 → closed 已结案 (with the handling); open → withdrawn 已撤回 (with a reason). Escalation is a step on an
 * open or closed incident, once.
 */
export const SECURITY_INCIDENT_STATUSES = ['open', 'closed', 'withdrawn'] as const;
export type SecurityIncidentStatus = (typeof SECURITY_INCIDENT_STATUSES)[number];
export const SECURITY_INCIDENT_STATUS_LABELS: Record<SecurityIncidentStatus, string> = { open: '处置中', closed: '已结案', withdrawn: '已撤回' };

/** The kinds of incident the compound's guards meet. */
export const SECURITY_INCIDENT_KINDS = ['theft', 'disturbance', 'fire', 'damage', 'intrusion', 'gathering', 'other'] as const;
export type SecurityIncidentKind = (typeof SECURITY_INCIDENT_KINDS)[number];
export const SECURITY_INCIDENT_KIND_LABELS: Record<SecurityIncidentKind, string> = {
  theft: '盗窃',
  disturbance: '治安纠纷',
  fire: '火情',
  damage: '设施损坏',
  intrusion: '可疑人员闯入',
  gathering: '聚集上访',
  other: '其他',
};

/** The 突发事件 scale the duty office times its reports by (the same four levels as duty-and-meetings'). */
export const SECURITY_INCIDENT_LEVELS = ['especially_major', 'major', 'large', 'general'] as const;
export type SecurityIncidentLevel = (typeof SECURITY_INCIDENT_LEVELS)[number];
export const SECURITY_INCIDENT_LEVEL_LABELS: Record<SecurityIncidentLevel, string> = { especially_major: '特别重大', major: '重大', large: '较大', general: '一般' };

/** The facts of one incident, as the gate or the patrol records them. */
export class SecurityIncidentFields {
  @ApiProperty({ description: '标题', example: '东门外车辆剐蹭门禁栏杆' })
  @IsString({ message: 'title：必须为文本' })
  @MinLength(2, { message: 'title：至少 2 个字' })
  @MaxLength(200, { message: 'title：不超过 200 个字' })
  title: string;

  @ApiProperty({ enum: SECURITY_INCIDENT_KINDS, description: '类别：theft 盗窃 / disturbance 治安纠纷 / fire 火情 / damage 设施损坏 / intrusion 可疑人员闯入 / gathering 聚集上访 / other 其他' })
  @IsIn(SECURITY_INCIDENT_KINDS, { message: 'kind：类别取值无效' })
  kind: SecurityIncidentKind;

  @ApiProperty({ description: '发生时间（ISO 8601，带时区）', example: '2026-12-05T09:30:00+08:00' })
  @IsOffsetDateTime({ message: 'occurredAt：应为带时区的 ISO 8601 时间' })
  occurredAt: string;

  @ApiProperty({ description: '发生地点', example: '区政府大院东门' })
  @IsString({ message: 'place：必须为文本' })
  @MinLength(2, { message: 'place：须写明发生地点' })
  @MaxLength(200, { message: 'place：不超过 200 个字' })
  place: string;

  @ApiProperty({ description: '经过描述' })
  @IsString({ message: 'description：必须为文本' })
  @MinLength(2, { message: 'description：须描述事件经过' })
  @MaxLength(4000, { message: 'description：不超过 4000 个字' })
  description: string;

  @ApiPropertyOptional({ description: '已采取的处置措施' })
  @IsOptional()
  @IsString({ message: 'handling：必须为文本' })
  @MaxLength(4000, { message: 'handling：不超过 4000 个字' })
  handling?: string;
}

export class SecurityIncidentView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() title: string;
  @ApiProperty({ enum: SECURITY_INCIDENT_KINDS }) kind: SecurityIncidentKind;
  @ApiProperty() kindLabel: string;
  @ApiProperty({ description: '发生时间' }) occurredAt: string;
  @ApiProperty() place: string;
  @ApiProperty() description: string;
  @ApiPropertyOptional({ nullable: true, type: String, description: '处置情况' }) handling: string | null;
  @ApiProperty({ enum: SECURITY_INCIDENT_STATUSES, description: 'open 处置中 / closed 已结案 / withdrawn 已撤回' }) status: SecurityIncidentStatus;
  @ApiProperty() statusLabel: string;
  @ApiPropertyOptional({ nullable: true, type: String, description: '结案时间' }) closedAt: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, description: '撤回理由' }) withdrawalReason: string | null;
  @ApiProperty({ description: '是否已上报值班室' }) escalated: boolean;
  @ApiPropertyOptional({ nullable: true, enum: SECURITY_INCIDENT_LEVELS, description: '上报时定的事件等级' }) escalationLevel: SecurityIncidentLevel | null;
  @ApiPropertyOptional({ nullable: true, type: String, description: '上报时间' }) escalatedAt: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, description: '上报人' }) escalatedBy: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, description: '上报说明' }) escalationNote: string | null;
  @ApiProperty({ description: '版本号（ETag）' }) version: number;
  @ApiProperty() createdAt: string;
  @ApiProperty({ description: '登记人' }) createdBy: string;
  @ApiProperty() updatedAt: string;
  @ApiProperty() updatedBy: string;
}

export const SecurityIncidentErrors = {
  notFound: { kind: 'not_found', code: 'SECURITY_INCIDENT.NOT_FOUND', title: '安全事件不存在' },
  versionConflict: { kind: 'precondition_failed', code: 'SECURITY_INCIDENT.VERSION_CONFLICT', title: '安全事件已被他人修改' },
  invalidState: { kind: 'rule_violation', code: 'SECURITY_INCIDENT.INVALID_STATE', title: '当前状态不能进行此操作' },
  futureTime: { kind: 'rule_violation', code: 'SECURITY_INCIDENT.FUTURE_TIME', title: '发生时间不能晚于现在' },
  alreadyEscalated: { kind: 'rule_violation', code: 'SECURITY_INCIDENT.ALREADY_ESCALATED', title: '该事件已上报值班室' },
} as const;

/** RPC subjects, under `rpc.facilities-and-vehicles.`. */
export const SecurityIncidentSubjects = {
  create: 'security-incident.create',
  update: 'security-incident.update',
  close: 'security-incident.close',
  escalate: 'security-incident.escalate',
  withdraw: 'security-incident.withdraw',
  get: 'security-incident.get',
  list: 'security-incident.list',
} as const;

export namespace CreateSecurityIncident {
  export class Request extends SecurityIncidentFields {}
  export class Reply extends SecurityIncidentView {}
}

export namespace UpdateSecurityIncident {
  export class Body extends SecurityIncidentFields {}
  export class Request extends Versioned(Body) {}
  export class Reply extends SecurityIncidentView {}
}

export namespace CloseSecurityIncident {
  export class Body {
    @ApiProperty({ description: '处置情况（结案时必填）' })
    @IsString({ message: 'handling：必须为文本' })
    @MinLength(2, { message: 'handling：结案须写明处置情况（至少 2 个字）' })
    @MaxLength(4000, { message: 'handling：不超过 4000 个字' })
    handling: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends SecurityIncidentView {}
}

export namespace EscalateSecurityIncident {
  export class Body {
    @ApiProperty({ enum: SECURITY_INCIDENT_LEVELS, description: '事件等级（值班室据此计报告时限）' })
    @IsIn(SECURITY_INCIDENT_LEVELS, { message: 'level：事件等级取值无效' })
    level: SecurityIncidentLevel;

    @ApiPropertyOptional({ description: '上报说明（随事件送值班室）' })
    @IsOptional()
    @IsString({ message: 'note：必须为文本' })
    @MaxLength(1000, { message: 'note：不超过 1000 个字' })
    note?: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends SecurityIncidentView {}
}

export namespace WithdrawSecurityIncident {
  export class Body {
    @ApiProperty({ description: '撤回理由' })
    @IsString({ message: 'reason：必须为文本' })
    @MinLength(2, { message: 'reason：撤回须说明理由（至少 2 个字）' })
    @MaxLength(1000, { message: 'reason：不超过 1000 个字' })
    reason: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends SecurityIncidentView {}
}

export namespace GetSecurityIncident {
  export class Request extends RecordRef {}
  export class Reply extends SecurityIncidentView {}
}

export namespace ListSecurityIncidents {
  export class Request extends PageQuery {
    @ApiPropertyOptional({ enum: SECURITY_INCIDENT_STATUSES, description: '状态' })
    @IsOptional()
    @IsIn(SECURITY_INCIDENT_STATUSES, { message: 'status：取值无效' })
    status?: SecurityIncidentStatus;

    @ApiPropertyOptional({ enum: SECURITY_INCIDENT_KINDS, description: '类别' })
    @IsOptional()
    @IsIn(SECURITY_INCIDENT_KINDS, { message: 'kind：取值无效' })
    kind?: SecurityIncidentKind;

    @ApiPropertyOptional({ description: '只看已上报（true）或未上报（false）的' })
    @IsOptional()
    @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
    @IsBoolean({ message: 'escalated：应为 true 或 false' })
    escalated?: boolean;

    @ApiPropertyOptional({ description: '发生日期起（YYYY-MM-DD，北京时间）' })
    @IsOptional()
    @IsCalendarDate({ message: 'from：日期格式必须为 YYYY-MM-DD' })
    from?: string;

    @ApiPropertyOptional({ description: '发生日期止（YYYY-MM-DD，北京时间）' })
    @IsOptional()
    @IsCalendarDate({ message: 'to：日期格式必须为 YYYY-MM-DD' })
    to?: string;

    @ApiPropertyOptional({ description: '标题、地点模糊搜索（支持中文）' })
    @IsOptional()
    @IsString({ message: 'q：必须为文本' })
    @MaxLength(40, { message: 'q：不超过 40 个字' })
    q?: string;
  }
  export class Reply extends PageMeta {
    @ApiProperty({ type: [SecurityIncidentView] }) items: SecurityIncidentView[];
  }
}

/** What the events of one 安全事件 carry: its snapshot with its version (consumers apply only newer ones). */
export class SecurityIncidentSnapshot {
  @ApiProperty() @IsUUID() id: string;
  @ApiProperty() @IsString() title: string;
  @ApiProperty() @IsIn(SECURITY_INCIDENT_KINDS) kind: SecurityIncidentKind;
  @ApiProperty() @IsIn(SECURITY_INCIDENT_STATUSES) status: SecurityIncidentStatus;
  @ApiProperty() @IsBoolean() escalated: boolean;
  @ApiProperty() @IsInt32() @Min(1) version: number;
}

export const SecurityIncidentEvents = {
  created: eventSubject('facilities-and-vehicles', 'security-incident.created'),
  updated: eventSubject('facilities-and-vehicles', 'security-incident.updated'),
  closed: eventSubject('facilities-and-vehicles', 'security-incident.closed'),
  escalated: eventSubject('facilities-and-vehicles', 'security-incident.escalated'),
  withdrawn: eventSubject('facilities-and-vehicles', 'security-incident.withdrawn'),
} as const;

/** What each event means, for the catalogue of the events (tools/asyncapi): one sentence about the fact. */
export const SecurityIncidentEventDescriptions = {
  'security-incident.created': { zh: '大院安全事件登记', en: 'A security incident of the compound was recorded.' },
  'security-incident.updated': { zh: '安全事件被修改', en: 'A security incident was changed.' },
  'security-incident.closed': { zh: '安全事件处置完毕结案', en: 'A security incident was closed with its handling.' },
  'security-incident.escalated': { zh: '安全事件上报区政府值班室（值班室据此建紧急事项）', en: 'A security incident was escalated to the duty office, which opens an urgent matter for it.' },
  'security-incident.withdrawn': { zh: '安全事件被撤回（注明理由，不删除）', en: 'A security incident was withdrawn, with a reason (never deleted).' },
} as const;

/** Published by facilities-and-vehicles when a 安全事件 is created, changed, closed or withdrawn; carries its snapshot. */
export namespace SecurityIncidentChanged {
  export class Event extends SecurityIncidentSnapshot {}
}

/**
 * Published by facilities-and-vehicles when the section escalates an incident to the duty office (区政府值班室), once per
 * incident; consumed by duty-and-meetings, which opens one 紧急事项 for it. The fields of duty-and-meetings'
 * `CreateUrgentMatter.Request` (title, level, occurredAt, receivedAt, location, summary), keyed by `incidentId`
 * (event id = incidentId; the consumer keeps one matter per incident, so a redelivery changes nothing).
 */
export namespace SecurityIncidentEscalated {
  export class Event {
    @ApiProperty({ format: 'uuid' }) @IsUUID() incidentId: string;
    @ApiProperty({ enum: SECURITY_INCIDENT_KINDS }) @IsIn(SECURITY_INCIDENT_KINDS) kind: SecurityIncidentKind;
    @ApiProperty() @IsString() @MinLength(2) @MaxLength(200) title: string;
    @ApiProperty({ enum: SECURITY_INCIDENT_LEVELS }) @IsIn(SECURITY_INCIDENT_LEVELS) level: SecurityIncidentLevel;
    @ApiProperty() @IsOffsetDateTime() occurredAt: string;
    @ApiProperty({ description: '上报时间（值班室的接报时间）' }) @IsOffsetDateTime() receivedAt: string;
    @ApiProperty() @IsString() @MaxLength(200) location: string;
    @ApiProperty() @IsString() @MinLength(1) @MaxLength(4000) summary: string;
    @ApiProperty({ description: '上报人' }) @IsString() @MinLength(1) @MaxLength(100) escalatedBy: string;
  }
}
