import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsString, IsUUID, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { ApiProperty, ApiPropertyOptional, eventSubject, IsCalendarDate, IsInt32, PageMeta, PageQuery, RecordRef, Versioned } from '@gov/contracts-common';

/**
 * 指导检查 of a town or street by 机关事务管理科: rectifying 整改中 → reported 待销号 (the unit reported its rectification) →
 * closed 已销号 (the section closes it); reported → rectifying (退回, with a reason); rectifying | reported → withdrawn
 * 已撤回 (with a reason; nothing is deleted). A visit without rectification items is closed when recorded.
 */
export const GUIDANCE_VISIT_STATUSES = ['rectifying', 'reported', 'closed', 'withdrawn'] as const;
export type GuidanceVisitStatus = (typeof GUIDANCE_VISIT_STATUSES)[number];
export const GUIDANCE_VISIT_STATUS_LABELS: Record<GuidanceVisitStatus, string> = { rectifying: '整改中', reported: '待销号', closed: '已销号', withdrawn: '已撤回' };

/** 整改事项: what must be put right, and by when. */
export class RectificationItem {
  @ApiProperty({ description: '整改事项', example: '主要负责人办公室超标 6 平方米，须调整' })
  @IsString({ message: 'items.content：必须为文本' })
  @MinLength(2, { message: 'items.content：至少 2 个字' })
  @MaxLength(1000, { message: 'items.content：不超过 1000 个字' })
  content: string;

  @ApiProperty({ description: '整改期限（YYYY-MM-DD）', example: '2026-12-31' })
  @IsCalendarDate({ message: 'items.deadline：日期格式必须为 YYYY-MM-DD' })
  deadline: string;
}

/** The facts of one 指导检查. */
export class GuidanceVisitFields {
  @ApiProperty({ description: '检查日期（YYYY-MM-DD，不晚于今天）', example: '2026-11-20' })
  @IsCalendarDate({ message: 'visitDate：日期格式必须为 YYYY-MM-DD' })
  visitDate: string;

  @ApiProperty({ description: '被检查单位（镇、街道）', format: 'uuid' })
  @IsUUID('all', { message: 'unitId：须为单位 ID' })
  unitId: string;

  @ApiProperty({ description: '被检查单位名称', example: '城东街道' })
  @IsString({ message: 'unitName：必须为文本' })
  @MinLength(2, { message: 'unitName：至少 2 个字' })
  @MaxLength(100, { message: 'unitName：不超过 100 个字' })
  unitName: string;

  @ApiProperty({ description: '检查人员', example: '王强、李娜' })
  @IsString({ message: 'visitors：必须为文本' })
  @MinLength(2, { message: 'visitors：须填写检查人员' })
  @MaxLength(200, { message: 'visitors：不超过 200 个字' })
  visitors: string;

  @ApiProperty({ description: '检查发现的问题' })
  @IsString({ message: 'findings：必须为文本' })
  @MinLength(2, { message: 'findings：须填写检查情况' })
  @MaxLength(5000, { message: 'findings：不超过 5000 个字' })
  findings: string;

  @ApiProperty({ type: [RectificationItem], description: '整改事项（可为空：无须整改）' })
  @IsArray({ message: 'items：须为整改事项列表' })
  @ArrayMaxSize(30, { message: 'items：最多 30 项' })
  @ValidateNested({ each: true })
  @Type(() => RectificationItem)
  items: RectificationItem[];
}

export class GuidanceVisitStepView {
  @ApiProperty({ description: '环节：record 登记 / report 报告整改 / return 退回 / close 销号 / withdraw 撤回' }) step: string;
  @ApiProperty({ description: '办理人' }) actor: string;
  @ApiProperty({ description: '办理时间' }) at: string;
  @ApiPropertyOptional({ description: '说明或理由', nullable: true }) note: string | null;
}

export class GuidanceVisitView extends GuidanceVisitFields {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: GUIDANCE_VISIT_STATUSES, description: 'rectifying 整改中 / reported 待销号 / closed 已销号 / withdrawn 已撤回' }) status: GuidanceVisitStatus;
  @ApiPropertyOptional({ description: '最早的整改期限（无整改事项为空）', nullable: true }) dueDate: string | null;
  @ApiProperty({ description: '整改中且已过最早整改期限' }) overdue: boolean;
  @ApiPropertyOptional({ description: '单位报告的整改情况', nullable: true }) rectificationReport: string | null;
  @ApiPropertyOptional({ description: '整改报告人', nullable: true }) reportedBy: string | null;
  @ApiPropertyOptional({ description: '整改报告时间', nullable: true }) reportedAt: string | null;
  @ApiPropertyOptional({ description: '销号意见', nullable: true }) closingNote: string | null;
  @ApiPropertyOptional({ description: '销号人', nullable: true }) closedBy: string | null;
  @ApiPropertyOptional({ description: '销号时间', nullable: true }) closedAt: string | null;
  @ApiPropertyOptional({ description: '撤回理由', nullable: true }) withdrawalReason: string | null;
  @ApiProperty({ type: [GuidanceVisitStepView], description: '办理过程' }) history: GuidanceVisitStepView[];
  @ApiProperty({ description: '版本号（ETag）' }) version: number;
  @ApiProperty() createdAt: string;
  @ApiProperty() createdBy: string;
  @ApiProperty() updatedAt: string;
  @ApiProperty() updatedBy: string;
}

export const GuidanceVisitErrors = {
  notFound: { kind: 'not_found', code: 'GUIDANCE_VISIT.NOT_FOUND', title: '指导检查不存在' },
  versionConflict: { kind: 'precondition_failed', code: 'GUIDANCE_VISIT.VERSION_CONFLICT', title: '指导检查已被他人修改' },
  invalidState: { kind: 'rule_violation', code: 'GUIDANCE_VISIT.INVALID_STATE', title: '当前状态不能进行此操作' },
  badDates: { kind: 'rule_violation', code: 'GUIDANCE_VISIT.BAD_DATES', title: '日期不符合要求' },
} as const;

/** RPC subjects, under `rpc.facilities-and-vehicles.`. */
export const GuidanceVisitSubjects = {
  create: 'guidance-visit.create',
  report: 'guidance-visit.report',
  return: 'guidance-visit.return',
  close: 'guidance-visit.close',
  withdraw: 'guidance-visit.withdraw',
  get: 'guidance-visit.get',
  list: 'guidance-visit.list',
} as const;

export namespace CreateGuidanceVisit {
  export class Request extends GuidanceVisitFields {}
  export class Reply extends GuidanceVisitView {}
}

export namespace ReportGuidanceVisit {
  export class Body {
    @ApiProperty({ description: '整改情况' })
    @IsString({ message: 'report：必须为文本' })
    @MinLength(2, { message: 'report：须说明整改情况（至少 2 个字）' })
    @MaxLength(5000, { message: 'report：不超过 5000 个字' })
    report: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends GuidanceVisitView {}
}

export namespace ReturnGuidanceVisit {
  export class Body {
    @ApiProperty({ description: '退回理由（整改不到位之处）' })
    @IsString({ message: 'reason：必须为文本' })
    @MinLength(2, { message: 'reason：退回须说明理由（至少 2 个字）' })
    @MaxLength(1000, { message: 'reason：不超过 1000 个字' })
    reason: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends GuidanceVisitView {}
}

export namespace CloseGuidanceVisit {
  export class Body {
    @ApiPropertyOptional({ description: '销号意见' })
    @IsOptional()
    @IsString({ message: 'note：必须为文本' })
    @MaxLength(1000, { message: 'note：不超过 1000 个字' })
    note?: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends GuidanceVisitView {}
}

export namespace WithdrawGuidanceVisit {
  export class Body {
    @ApiProperty({ description: '撤回理由' })
    @IsString({ message: 'reason：必须为文本' })
    @MinLength(2, { message: 'reason：撤回须说明理由（至少 2 个字）' })
    @MaxLength(1000, { message: 'reason：不超过 1000 个字' })
    reason: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends GuidanceVisitView {}
}

export namespace GetGuidanceVisit {
  export class Request extends RecordRef {}
  export class Reply extends GuidanceVisitView {}
}

export namespace ListGuidanceVisits {
  export class Request extends PageQuery {
    @ApiPropertyOptional({ enum: GUIDANCE_VISIT_STATUSES, description: '状态' })
    @IsOptional()
    @IsIn(GUIDANCE_VISIT_STATUSES, { message: 'status：取值无效' })
    status?: GuidanceVisitStatus;

    @ApiPropertyOptional({ description: '被检查单位名称或检查情况模糊搜索（支持中文）' })
    @IsOptional()
    @IsString({ message: 'q：必须为文本' })
    @MaxLength(40, { message: 'q：不超过 40 个字' })
    q?: string;
  }
  export class Reply extends PageMeta {
    @ApiProperty({ type: [GuidanceVisitView] }) items: GuidanceVisitView[];
  }
}

/** What the events of one 指导检查 carry: its snapshot with its version (consumers apply only newer ones). */
export class GuidanceVisitSnapshot {
  @ApiProperty() @IsUUID() id: string;
  @ApiProperty() @IsUUID() unitId: string;
  @ApiProperty() @IsString() unitName: string;
  @ApiProperty() @IsCalendarDate() visitDate: string;
  @ApiProperty() @IsIn(GUIDANCE_VISIT_STATUSES) status: GuidanceVisitStatus;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsCalendarDate() dueDate: string | null;
  @ApiProperty() @IsInt32() @Min(1) version: number;
}

export const GuidanceVisitEvents = {
  created: eventSubject('facilities-and-vehicles', 'guidance-visit.created'),
  reported: eventSubject('facilities-and-vehicles', 'guidance-visit.reported'),
  returned: eventSubject('facilities-and-vehicles', 'guidance-visit.returned'),
  closed: eventSubject('facilities-and-vehicles', 'guidance-visit.closed'),
  withdrawn: eventSubject('facilities-and-vehicles', 'guidance-visit.withdrawn'),
} as const;

/** What each event means, for the catalogue of the events (tools/asyncapi): one sentence about the fact. */
export const GuidanceVisitEventDescriptions = {
  'guidance-visit.created': { zh: '机关事务管理科登记对镇（街道）的指导检查及整改事项', en: 'The section recorded a guidance visit to a town or street with its rectification items.' },
  'guidance-visit.reported': { zh: '被检查单位报告整改情况', en: 'The visited unit reported its rectification.' },
  'guidance-visit.returned': { zh: '整改报告被退回（注明理由）', en: 'The rectification report was returned, with a reason.' },
  'guidance-visit.closed': { zh: '指导检查整改销号', en: 'The section closed the guidance visit.' },
  'guidance-visit.withdrawn': { zh: '指导检查被撤回（注明理由，不删除）', en: 'A guidance visit was withdrawn, with a reason (never deleted).' },
} as const;

/** Published by facilities-and-vehicles at each step of a 指导检查; carries its snapshot. */
export namespace GuidanceVisitChanged {
  export class Event extends GuidanceVisitSnapshot {}
}
