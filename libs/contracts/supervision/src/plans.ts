import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsString, IsUUID, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { eventSubject, IsCalendarDate, IsInt32, PageMeta, PageQuery, ApiProperty, ApiPropertyOptional } from '@gov/contracts-common';
import { DATE_MESSAGE, RecordRef, Versioned } from './common.js';


/** filed 已备案待审核 → approved 已同意 | returned 已退回 (the unit corrects and files again). */
export const PLAN_STATUSES = ['filed', 'approved', 'returned'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];
export const PLAN_STATUS_LABELS: Record<PlanStatus, string> = { filed: '待审核', approved: '已同意备案', returned: '已退回' };

/** A reference to an attachment kept elsewhere (the file store of document-secretariat, or a paper file). */
export class PlanAttachment {
  @ApiProperty({ description: '附件名称', example: '2026年专项督查方案.pdf' }) @IsString() @MinLength(1) @MaxLength(200) name: string;
  @ApiPropertyOptional({ description: '文件编号（文件服务中的 id）' }) @IsOptional() @IsUUID() fileId?: string;
  @ApiPropertyOptional({ description: '其他引用（如纸质件存放处）' }) @IsOptional() @IsString() @MaxLength(200) reference?: string;
}

export class SupervisionPlanFields {
  @ApiProperty({ description: '计划名称', example: '2026年安全生产专项督查' }) @IsString() @MinLength(2) @MaxLength(200) title: string;
  @ApiProperty({ description: '开始日期' }) @IsCalendarDate(DATE_MESSAGE) periodStart: string;
  @ApiProperty({ description: '结束日期' }) @IsCalendarDate(DATE_MESSAGE) periodEnd: string;
  @ApiProperty({ description: '督查内容（对象、方式、频次、时长）' }) @IsString() @MinLength(2) @MaxLength(20000) content: string;
  @ApiProperty({ description: '附件', type: [PlanAttachment] })
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => PlanAttachment)
  attachments: PlanAttachment[];
}

export class PlanTimelineEntry {
  @ApiProperty() action: string;
  @ApiProperty() note: string;
  @ApiProperty() at: string;
  @ApiProperty() by: string;
}

export class SupervisionPlanView extends SupervisionPlanFields {
  @ApiProperty() id: string;
  @ApiProperty({ description: '备案单位' }) unitId: string;
  @ApiPropertyOptional({ type: String, nullable: true }) unitName: string | null;
  @ApiProperty({ enum: PLAN_STATUSES, description: 'filed 待审核 / approved 已同意备案 / returned 已退回' }) status: PlanStatus;
  @ApiPropertyOptional({ description: '审核意见或退回理由', nullable: true, type: String }) decisionNote: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) decidedBy: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) decidedAt: string | null;
  @ApiProperty() version: number;
  @ApiProperty() createdAt: string;
  @ApiProperty() createdBy: string;
  @ApiProperty() updatedAt: string;
  @ApiProperty() updatedBy: string;
  @ApiProperty({ type: [PlanTimelineEntry] }) timeline: PlanTimelineEntry[];
}

export const SupervisionPlanErrors = {
  notFound: { kind: 'not_found', code: 'SUPERVISION_PLAN.NOT_FOUND', title: '督查活动计划不存在' },
  forbidden: { kind: 'forbidden', code: 'SUPERVISION_PLAN.FORBIDDEN', title: '无权办理该计划' },
  versionConflict: { kind: 'precondition_failed', code: 'SUPERVISION_PLAN.VERSION_CONFLICT', title: '计划已被他人修改' },
  invalidState: { kind: 'rule_violation', code: 'SUPERVISION_PLAN.INVALID_STATE', title: '当前状态不能进行此操作' },
  invalidPeriod: { kind: 'validation', code: 'SUPERVISION_PLAN.INVALID_PERIOD', title: '起止日期有误' },
  unitRequired: { kind: 'validation', code: 'SUPERVISION_PLAN.UNIT_REQUIRED', title: '须指明备案单位' },
} as const;

export const SupervisionPlanSubjects = {
  file: 'plan.file',
  refile: 'plan.refile',
  approve: 'plan.approve',
  return: 'plan.return',
  get: 'plan.get',
  list: 'plan.list',
} as const;

export namespace FileSupervisionPlan {
  export class Request extends SupervisionPlanFields {
    @ApiPropertyOptional({ description: '备案单位（联络员为本单位，可省略；督查室代为登记时必填）' }) @IsOptional() @IsUUID() unitId?: string;
  }
  export class Reply extends SupervisionPlanView {}
}

export namespace RefileSupervisionPlan {
  /** A returned plan corrected and filed again. */
  export class Body extends SupervisionPlanFields {}
  export class Request extends Versioned(Body) {}
  export class Reply extends SupervisionPlanView {}
}

export namespace DecideSupervisionPlan {
  export class Body {
    @ApiPropertyOptional({ description: '审核意见（退回时必填理由）' }) @IsOptional() @IsString() @MaxLength(1000) note?: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends SupervisionPlanView {}
}

export namespace GetSupervisionPlan {
  export class Request extends RecordRef {}
  export class Reply extends SupervisionPlanView {}
}

export namespace ListSupervisionPlans {
  export class Request extends PageQuery {
    @ApiPropertyOptional({ enum: PLAN_STATUSES }) @IsOptional() @IsIn(PLAN_STATUSES) status?: PlanStatus;
    @ApiPropertyOptional({ description: '备案单位' }) @IsOptional() @IsUUID() unitId?: string;
    @ApiPropertyOptional({ description: '计划名称模糊搜索（支持中文）' }) @IsOptional() @IsString() @MaxLength(40) q?: string;
  }
  export class Reply extends PageMeta {
    @ApiProperty({ type: [SupervisionPlanView] }) items: SupervisionPlanView[];
  }
}

export class SupervisionPlanSnapshot {
  @ApiProperty() @IsUUID() id: string;
  @ApiProperty() @IsUUID() unitId: string;
  @ApiProperty() @IsString() title: string;
  @ApiProperty() @IsIn(PLAN_STATUSES) status: PlanStatus;
  @ApiProperty() @IsInt32() @Min(1) version: number;
}

export const SupervisionPlanEvents = {
  filed: eventSubject('supervision', 'plan.filed'),
  approved: eventSubject('supervision', 'plan.approved'),
  returned: eventSubject('supervision', 'plan.returned'),
} as const;

/**
 * Published by supervision when a unit files (or re-files) a 督查活动计划 and when the office approves or
 * returns it; carries the plan's snapshot with its version. No consumer yet; a consumer stays idempotent
 * through the inbox and applies only a newer version.
 */
export namespace SupervisionPlanChanged {
  export class Event extends SupervisionPlanSnapshot {}
}
