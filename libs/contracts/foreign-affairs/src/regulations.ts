import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsIn, IsOptional, IsString, IsUUID, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { ApiProperty, ApiPropertyOptional, eventSubject, IsCalendarDate, IsInt32, PageMeta, PageQuery, RecordRef, Versioned } from '@gov/contracts-common';

const DATE = { message: '日期格式应为 YYYY-MM-DD' };

/** 外事制度规则: in_force 现行 → repealed 已废止 (with a reason and a date; never deleted). A revision keeps every earlier text. */
export const REGULATION_STATUSES = ['in_force', 'repealed'] as const;
export type RegulationStatus = (typeof REGULATION_STATUSES)[number];
export const REGULATION_STATUS_LABELS: Record<RegulationStatus, string> = { in_force: '现行有效', repealed: '已废止' };

export const REGULATION_KINDS = ['system', 'provision', 'measures'] as const;
export type RegulationKind = (typeof REGULATION_KINDS)[number];
export const REGULATION_KIND_LABELS: Record<RegulationKind, string> = { system: '制度', provision: '规定', measures: '办法' };

/** The fields of one text (版本) of a rule document. */
export class RegulationFields {
  @ApiProperty({ description: '标题' }) @IsString({ message: 'title：必须为文本' }) @MinLength(2, { message: 'title：至少 2 个字' }) @MaxLength(200, { message: 'title：不超过 200 个字' }) title: string;
  @ApiProperty({ description: '文号，如 X外办发〔2025〕3号' }) @IsString({ message: 'documentNumber：必须为文本' }) @MinLength(2, { message: 'documentNumber：至少 2 个字' }) @MaxLength(60, { message: 'documentNumber：不超过 60 个字' }) documentNumber: string;
  @ApiProperty({ enum: REGULATION_KINDS, description: 'system 制度 / provision 规定 / measures 办法' }) @IsIn(REGULATION_KINDS, { message: 'kind：只能是制度、规定或办法' }) kind: RegulationKind;
  @ApiProperty({ description: '施行日期 YYYY-MM-DD' }) @IsCalendarDate(DATE) effectiveOn: string;
  @ApiProperty({ description: '正文' }) @IsString({ message: 'body：必须为文本' }) @MinLength(2, { message: 'body：至少 2 个字' }) @MaxLength(100000, { message: 'body：不超过 100000 个字' }) body: string;
}

export class RegulationView extends RegulationFields {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() kindLabel: string;
  @ApiProperty({ description: '现行文本的版次（从 1 起）' }) revision: number;
  @ApiProperty({ enum: REGULATION_STATUSES }) status: RegulationStatus;
  @ApiProperty() statusLabel: string;
  @ApiPropertyOptional({ description: '废止日期', nullable: true, type: String }) repealedOn: string | null;
  @ApiPropertyOptional({ description: '废止理由', nullable: true, type: String }) repealReason: string | null;
  @ApiProperty({ description: '版本号（ETag）' }) version: number;
  @ApiProperty() createdAt: string;
  @ApiProperty() createdBy: string;
  @ApiProperty() updatedAt: string;
  @ApiProperty() updatedBy: string;
}

/** One text of a document as it was (版本历史). */
export class RegulationRevisionView extends RegulationFields {
  @ApiProperty() revision: number;
  @ApiPropertyOptional({ description: '修订说明', nullable: true, type: String }) note: string | null;
  @ApiProperty() recordedAt: string;
  @ApiProperty() recordedBy: string;
}

export const RegulationErrors = {
  notFound: { kind: 'not_found', code: 'REGULATION.NOT_FOUND', title: '外事制度规则不存在' },
  versionConflict: { kind: 'precondition_failed', code: 'REGULATION.VERSION_CONFLICT', title: '外事制度规则已被他人修改' },
  invalidState: { kind: 'rule_violation', code: 'REGULATION.INVALID_STATE', title: '当前状态不能进行此操作' },
  badDates: { kind: 'validation', code: 'REGULATION.BAD_DATES', title: '日期有误' },
} as const;

/** RPC subjects, under `rpc.foreign-affairs.`. */
export const RegulationSubjects = {
  create: 'regulation.create',
  revise: 'regulation.revise',
  repeal: 'regulation.repeal',
  get: 'regulation.get',
  list: 'regulation.list',
  revisions: 'regulation.revisions',
} as const;

export namespace CreateRegulation {
  export class Request extends RegulationFields {}
  export class Reply extends RegulationView {}
}

export namespace ReviseRegulation {
  export class Body extends RegulationFields {
    @ApiPropertyOptional({ description: '修订说明' }) @IsOptional() @IsString({ message: 'note：必须为文本' }) @MaxLength(1000, { message: 'note：不超过 1000 个字' }) note?: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends RegulationView {}
}

export namespace RepealRegulation {
  export class Body {
    @ApiProperty({ description: '废止理由' }) @IsString({ message: 'reason：必须为文本' }) @MinLength(2, { message: 'reason：废止须说明理由（至少 2 个字）' }) @MaxLength(1000, { message: 'reason：不超过 1000 个字' }) reason: string;
    @ApiProperty({ description: '废止日期 YYYY-MM-DD' }) @IsCalendarDate(DATE) repealedOn: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends RegulationView {}
}

export namespace GetRegulation {
  export class Request extends RecordRef {}
  export class Reply extends RegulationView {}
}

export namespace ListRegulationRevisions {
  export class Request extends RecordRef {}
  export class Reply {
    @ApiProperty({ type: [RegulationRevisionView], description: '各版次，从新到旧' }) items: RegulationRevisionView[];
  }
}

export namespace ListRegulations {
  export class Request extends PageQuery {
    @ApiPropertyOptional({ enum: REGULATION_STATUSES, description: '状态' }) @IsOptional() @IsIn(REGULATION_STATUSES, { message: 'status：取值无效' }) status?: RegulationStatus;
    @ApiPropertyOptional({ enum: REGULATION_KINDS, description: '类别' }) @IsOptional() @IsIn(REGULATION_KINDS, { message: 'kind：取值无效' }) kind?: RegulationKind;
    @ApiPropertyOptional({ description: '标题、文号模糊搜索（支持中文）' }) @IsOptional() @IsString({ message: 'q：必须为文本' }) @MaxLength(40, { message: 'q：不超过 40 个字' }) q?: string;
  }
  export class Reply extends PageMeta {
    @ApiProperty({ type: [RegulationView] }) items: RegulationView[];
  }
}

export class RegulationSnapshot {
  @ApiProperty() @IsUUID() id: string;
  @ApiProperty() @IsString() title: string;
  @ApiProperty() @IsString() documentNumber: string;
  @ApiProperty() @IsIn(REGULATION_KINDS) kind: RegulationKind;
  @ApiProperty() @IsInt32() @Min(1) revision: number;
  @ApiProperty() @IsIn(REGULATION_STATUSES) status: RegulationStatus;
  @ApiProperty() @IsInt32() @Min(1) version: number;
}

export const RegulationEvents = {
  created: eventSubject('foreign-affairs', 'regulation.created'),
  revised: eventSubject('foreign-affairs', 'regulation.revised'),
  repealed: eventSubject('foreign-affairs', 'regulation.repealed'),
} as const;

export const RegulationEventDescriptions = {
  'regulation.created': { zh: '外事制度规则登记', en: 'A foreign-affairs rule document was registered.' },
  'regulation.revised': { zh: '外事制度规则修订（保留原版本）', en: 'A rule document got a new text; the earlier one is kept.' },
  'regulation.repealed': { zh: '外事制度规则废止（注明理由，不删除）', en: 'A rule document was repealed, with a reason (never deleted).' },
} as const;

export namespace RegulationChanged {
  export class Event extends RegulationSnapshot {}
}

// ---------------------------------------------------------------------------------------------------------------------
// 外事教育 (education sessions and attendance)

export const EDUCATION_KINDS = ['discipline', 'pre_departure', 'confidentiality'] as const;
export type EducationKind = (typeof EDUCATION_KINDS)[number];
export const EDUCATION_KIND_LABELS: Record<EducationKind, string> = { discipline: '外事纪律教育', pre_departure: '行前教育', confidentiality: '保密教育' };

export const EDUCATION_SESSION_STATUSES = ['recorded', 'withdrawn'] as const;
export type EducationSessionStatus = (typeof EDUCATION_SESSION_STATUSES)[number];
export const EDUCATION_SESSION_STATUS_LABELS: Record<EducationSessionStatus, string> = { recorded: '已登记', withdrawn: '已撤回' };

/** One person expected at a session: present, or absent with a reason. */
export class EducationAttendee {
  @ApiProperty({ description: '姓名' }) @IsString({ message: 'attendees.name：必须为文本' }) @MinLength(1, { message: 'attendees.name：不能为空' }) @MaxLength(60, { message: 'attendees.name：不超过 60 个字' }) name: string;
  @ApiProperty({ description: '单位' }) @IsString({ message: 'attendees.unitName：必须为文本' }) @MinLength(2, { message: 'attendees.unitName：至少 2 个字' }) @MaxLength(80, { message: 'attendees.unitName：不超过 80 个字' }) unitName: string;
  @ApiProperty({ description: '是否出席' }) @IsBoolean({ message: 'attendees.present：必须为是或否' }) present: boolean;
  @ApiPropertyOptional({ description: '缺席理由（缺席时必填）' }) @IsOptional() @IsString({ message: 'attendees.absenceReason：必须为文本' }) @MaxLength(200, { message: 'attendees.absenceReason：不超过 200 个字' }) absenceReason?: string;
}

export class EducationSessionFields {
  @ApiProperty({ description: '日期 YYYY-MM-DD' }) @IsCalendarDate(DATE) heldOn: string;
  @ApiProperty({ description: '主题' }) @IsString({ message: 'topic：必须为文本' }) @MinLength(2, { message: 'topic：至少 2 个字' }) @MaxLength(200, { message: 'topic：不超过 200 个字' }) topic: string;
  @ApiProperty({ enum: EDUCATION_KINDS, description: 'discipline 外事纪律教育 / pre_departure 行前教育 / confidentiality 保密教育' }) @IsIn(EDUCATION_KINDS, { message: 'kind：教育类别取值无效' }) kind: EducationKind;
  @ApiProperty({ description: '主讲人' }) @IsString({ message: 'speaker：必须为文本' }) @MinLength(1, { message: 'speaker：不能为空' }) @MaxLength(60, { message: 'speaker：不超过 60 个字' }) speaker: string;
  @ApiPropertyOptional({ format: 'uuid', description: '行前教育所针对的因公出国团组（仅作关联，出访前的逐人行前教育仍在团组中登记）' }) @IsOptional() @IsUUID('all', { message: 'tripId：格式无效' }) tripId?: string;
  @ApiProperty({ type: [EducationAttendee], description: '应到人员（出席或缺席及理由）' })
  @IsArray({ message: 'attendees：必须为列表' })
  @ArrayMinSize(1, { message: 'attendees：至少一人' })
  @ArrayMaxSize(500, { message: 'attendees：不超过 500 人' })
  @ValidateNested({ each: true })
  @Type(() => EducationAttendee)
  attendees: EducationAttendee[];
}

export class EducationSessionView extends EducationSessionFields {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() kindLabel: string;
  @ApiProperty({ description: '出席人数' }) presentCount: number;
  @ApiProperty({ description: '缺席人数' }) absentCount: number;
  @ApiProperty({ enum: EDUCATION_SESSION_STATUSES }) status: EducationSessionStatus;
  @ApiProperty() statusLabel: string;
  @ApiPropertyOptional({ description: '撤回理由', nullable: true, type: String }) withdrawalReason: string | null;
  @ApiProperty({ description: '版本号（ETag）' }) version: number;
  @ApiProperty() createdAt: string;
  @ApiProperty() createdBy: string;
  @ApiProperty() updatedAt: string;
  @ApiProperty() updatedBy: string;
}

/** One line of a person's education history. */
export class PersonEducationEntry {
  @ApiProperty({ format: 'uuid' }) sessionId: string;
  @ApiProperty() heldOn: string;
  @ApiProperty() topic: string;
  @ApiProperty({ enum: EDUCATION_KINDS }) kind: EducationKind;
  @ApiProperty() kindLabel: string;
  @ApiProperty() unitName: string;
  @ApiProperty() present: boolean;
  @ApiPropertyOptional({ nullable: true, type: String }) absenceReason: string | null;
}

export const EducationSessionErrors = {
  notFound: { kind: 'not_found', code: 'EDUCATION_SESSION.NOT_FOUND', title: '外事教育记录不存在' },
  versionConflict: { kind: 'precondition_failed', code: 'EDUCATION_SESSION.VERSION_CONFLICT', title: '外事教育记录已被他人修改' },
  invalidState: { kind: 'rule_violation', code: 'EDUCATION_SESSION.INVALID_STATE', title: '当前状态不能进行此操作' },
  badAttendance: { kind: 'validation', code: 'EDUCATION_SESSION.BAD_ATTENDANCE', title: '出勤记录有误' },
} as const;

export const EducationSessionSubjects = {
  create: 'education-session.create',
  update: 'education-session.update',
  withdraw: 'education-session.withdraw',
  get: 'education-session.get',
  list: 'education-session.list',
  personHistory: 'education-session.person-history',
} as const;

export namespace CreateEducationSession {
  export class Request extends EducationSessionFields {}
  export class Reply extends EducationSessionView {}
}

export namespace UpdateEducationSession {
  export class Body extends EducationSessionFields {}
  export class Request extends Versioned(Body) {}
  export class Reply extends EducationSessionView {}
}

export namespace WithdrawEducationSession {
  export class Body {
    @ApiProperty({ description: '撤回理由' }) @IsString({ message: 'reason：必须为文本' }) @MinLength(2, { message: 'reason：撤回须说明理由（至少 2 个字）' }) @MaxLength(1000, { message: 'reason：不超过 1000 个字' }) reason: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends EducationSessionView {}
}

export namespace GetEducationSession {
  export class Request extends RecordRef {}
  export class Reply extends EducationSessionView {}
}

export namespace ListEducationSessions {
  export class Request extends PageQuery {
    @ApiPropertyOptional({ enum: EDUCATION_KINDS, description: '类别' }) @IsOptional() @IsIn(EDUCATION_KINDS, { message: 'kind：取值无效' }) kind?: EducationKind;
    @ApiPropertyOptional({ enum: EDUCATION_SESSION_STATUSES, description: '状态' }) @IsOptional() @IsIn(EDUCATION_SESSION_STATUSES, { message: 'status：取值无效' }) status?: EducationSessionStatus;
    @ApiPropertyOptional({ description: '起始日期' }) @IsOptional() @IsCalendarDate(DATE) from?: string;
    @ApiPropertyOptional({ description: '截止日期' }) @IsOptional() @IsCalendarDate(DATE) to?: string;
    @ApiPropertyOptional({ description: '主题、主讲人模糊搜索' }) @IsOptional() @IsString({ message: 'q：必须为文本' }) @MaxLength(40, { message: 'q：不超过 40 个字' }) q?: string;
  }
  export class Reply extends PageMeta {
    @ApiProperty({ type: [EducationSessionView] }) items: EducationSessionView[];
  }
}

export namespace PersonEducationHistory {
  export class Request {
    @ApiProperty({ description: '姓名' }) @IsString({ message: 'name：必须为文本' }) @MinLength(1, { message: 'name：不能为空' }) @MaxLength(60, { message: 'name：不超过 60 个字' }) name: string;
    @ApiPropertyOptional({ description: '单位（同名时区分）' }) @IsOptional() @IsString({ message: 'unitName：必须为文本' }) @MaxLength(80, { message: 'unitName：不超过 80 个字' }) unitName?: string;
  }
  export class Reply {
    @ApiProperty({ type: [PersonEducationEntry], description: '从新到旧（不含已撤回的记录）' }) items: PersonEducationEntry[];
  }
}

/** What the events of one education session carry (no attendee names). */
export class EducationSessionSnapshot {
  @ApiProperty() @IsUUID() id: string;
  @ApiProperty() @IsCalendarDate() heldOn: string;
  @ApiProperty() @IsString() topic: string;
  @ApiProperty() @IsIn(EDUCATION_KINDS) kind: EducationKind;
  @ApiPropertyOptional({ nullable: true, type: String }) @IsOptional() @IsUUID() tripId: string | null;
  @ApiProperty() @IsInt32() @Min(0) presentCount: number;
  @ApiProperty() @IsInt32() @Min(0) absentCount: number;
  @ApiProperty() @IsIn(EDUCATION_SESSION_STATUSES) status: EducationSessionStatus;
  @ApiProperty() @IsInt32() @Min(1) version: number;
}

export const EducationSessionEvents = {
  recorded: eventSubject('foreign-affairs', 'education-session.recorded'),
  updated: eventSubject('foreign-affairs', 'education-session.updated'),
  withdrawn: eventSubject('foreign-affairs', 'education-session.withdrawn'),
} as const;

export const EducationSessionEventDescriptions = {
  'education-session.recorded': { zh: '外事教育登记（含出勤）', en: 'A foreign-affairs education session was recorded, with its attendance.' },
  'education-session.updated': { zh: '外事教育记录被修改', en: 'An education session record was changed.' },
  'education-session.withdrawn': { zh: '外事教育记录撤回（注明理由，不删除）', en: 'An education session record was withdrawn, with a reason (never deleted).' },
} as const;

export namespace EducationSessionChanged {
  export class Event extends EducationSessionSnapshot {}
}
