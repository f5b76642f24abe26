import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength } from 'class-validator';
import { ApiProperty, ApiPropertyOptional, eventSubject, IsCalendarDate, IsInt32, PageMeta, PageQuery, RecordRef, Versioned } from '@gov/contracts-common';

/**
 * 领导小组工作事项: a yearly work item (工作要点 task) that the 政务公开领导小组办公室 (seated in 政务公开科) assigns to a lead
 * unit and its co-units, with a deadline. in_progress 进行中 → completion_reported 报完成待确认 (the lead unit reports
 * completion) → completed 已完成 (the office confirms) | returned 退回补充 (the office returns it; the unit supplements and
 * reports again); in_progress / returned / completion_reported → withdrawn 已撤销 (with a reason; nothing is deleted).
 */
export const WORK_ITEM_STATUSES = ['in_progress', 'completion_reported', 'completed', 'returned', 'withdrawn'] as const;
export type WorkItemStatus = (typeof WORK_ITEM_STATUSES)[number];
export const WORK_ITEM_STATUS_LABELS: Record<WorkItemStatus, string> = {
  in_progress: '进行中',
  completion_reported: '报完成待确认',
  completed: '已完成',
  returned: '退回补充',
  withdrawn: '已撤销',
};

/** 红黄绿灯 of a work item (none once withdrawn). */
export const WORK_ITEM_LIGHTS = ['green', 'yellow', 'red', 'none'] as const;
export type WorkItemLight = (typeof WORK_ITEM_LIGHTS)[number];
export const WORK_ITEM_LIGHT_LABELS: Record<WorkItemLight, string> = { green: '绿灯', yellow: '黄灯', red: '红灯', none: '—' };

const DATE = { message: '必须是有效的日期（YYYY-MM-DD）' };

/** The fields the office gives of one work item. */
export class WorkItemFields {
  @ApiProperty({ description: '年度', example: 2026 })
  @IsInt32({ message: 'year：年度须为整数' })
  @Min(2000, { message: 'year：年度为 2000–2100' })
  @Max(2100, { message: 'year：年度为 2000–2100' })
  year: number;

  @ApiProperty({ description: '序号（工作要点中的编号）', example: '三、5' })
  @IsString({ message: 'number：必须为文本' })
  @MinLength(1, { message: 'number：请填写序号' })
  @MaxLength(20, { message: 'number：不超过 20 个字' })
  number: string;

  @ApiProperty({ description: '工作内容', example: '推进基层政务公开标准化规范化，更新26个领域公开事项清单' })
  @IsString({ message: 'content：必须为文本' })
  @MinLength(4, { message: 'content：请填写工作内容（至少 4 个字）' })
  @MaxLength(4000, { message: 'content：不超过 4000 个字' })
  content: string;

  @ApiProperty({ description: '依据文件', example: '《博山区2026年政务公开工作要点》' })
  @IsString({ message: 'basisDocument：必须为文本' })
  @MinLength(2, { message: 'basisDocument：请填写依据文件（至少 2 个字）' })
  @MaxLength(200, { message: 'basisDocument：不超过 200 个字' })
  basisDocument: string;

  @ApiProperty({ format: 'uuid', description: '牵头单位' })
  @IsUUID('all', { message: 'leadUnitId：单位 id 无效' })
  leadUnitId: string;

  @ApiProperty({ type: [String], description: '配合单位（可为空）' })
  @IsArray({ message: 'coUnitIds：必须为列表' })
  @ArrayMaxSize(50, { message: 'coUnitIds：至多 50 个配合单位' })
  @IsUUID('all', { each: true, message: 'coUnitIds：单位 id 无效' })
  coUnitIds: string[];

  @ApiProperty({ description: '完成时限' })
  @IsCalendarDate(DATE)
  dueDate: string;
}

export class WorkItemReportView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid', description: '报送单位' }) unitId: string;
  @ApiProperty({ description: '进展情况' }) text: string;
  @ApiProperty({ type: [String], description: '附件名称' }) attachments: string[];
  @ApiProperty({ description: '报送日期' }) reportedOn: string;
  @ApiProperty({ description: '是否为报完成' }) completion: boolean;
  @ApiProperty() by: string;
  @ApiProperty() at: string;
}

export class WorkItemStepView {
  @ApiProperty({ description: '步骤：assign 交办 / update 修改 / report 报送进展 / complete 报完成 / confirm 确认完成 / return 退回补充 / remind 临期提醒 / withdraw 撤销' }) step: string;
  @ApiProperty({ description: '步骤名称' }) label: string;
  @ApiPropertyOptional({ description: '说明或理由', nullable: true, type: String }) note: string | null;
  @ApiProperty() by: string;
  @ApiProperty() at: string;
}

export class WorkItemView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() year: number;
  @ApiProperty({ description: '序号' }) number: string;
  @ApiProperty({ description: '工作内容' }) content: string;
  @ApiProperty({ description: '依据文件' }) basisDocument: string;
  @ApiProperty({ format: 'uuid', description: '牵头单位' }) leadUnitId: string;
  @ApiProperty({ type: [String], description: '配合单位' }) coUnitIds: string[];
  @ApiProperty({ description: '完成时限' }) dueDate: string;
  @ApiPropertyOptional({ description: '距完成时限的工作日数（按工作日历；已过期为负数；已办结或撤销为空）', nullable: true, type: Number }) workingDaysLeft: number | null;
  @ApiProperty({ enum: WORK_ITEM_STATUSES }) status: WorkItemStatus;
  @ApiProperty({ description: '状态（中文）' }) statusLabel: string;
  @ApiProperty({ enum: WORK_ITEM_LIGHTS, description: '红黄绿灯（黄灯：5 个工作日内到期；红灯：已过期限）' }) light: WorkItemLight;
  @ApiProperty({ description: '亮灯原因' }) lightReason: string;
  @ApiProperty({ description: '是否已向责任单位发出临期（或逾期）待办' }) reminded: boolean;
  @ApiPropertyOptional({ description: '最近一次报送进展的日期', nullable: true, type: String }) lastReportedOn: string | null;
  @ApiPropertyOptional({ description: '报完成之日', nullable: true, type: String }) completionReportedOn: string | null;
  @ApiPropertyOptional({ description: '确认完成之日', nullable: true, type: String }) completedOn: string | null;
  @ApiPropertyOptional({ description: '确认人', nullable: true, type: String }) confirmedBy: string | null;
  @ApiPropertyOptional({ description: '退回补充的理由', nullable: true, type: String }) returnReason: string | null;
  @ApiPropertyOptional({ description: '撤销理由', nullable: true, type: String }) withdrawalReason: string | null;
  @ApiProperty({ description: '版本号（ETag）' }) version: number;
  @ApiProperty() createdAt: string;
  @ApiProperty() createdBy: string;
  @ApiProperty() updatedAt: string;
  @ApiProperty() updatedBy: string;
}

export class WorkItemDetail extends WorkItemView {
  @ApiProperty({ type: [WorkItemReportView], description: '各单位报送的进展' }) reports: WorkItemReportView[];
  @ApiProperty({ type: [WorkItemStepView], description: '办理过程' }) steps: WorkItemStepView[];
}

export const WorkItemErrors = {
  notFound: { kind: 'not_found', code: 'WORK_ITEM.NOT_FOUND', title: '领导小组工作事项不存在' },
  versionConflict: { kind: 'precondition_failed', code: 'WORK_ITEM.VERSION_CONFLICT', title: '领导小组工作事项已被他人修改' },
  invalidState: { kind: 'rule_violation', code: 'WORK_ITEM.INVALID_STATE', title: '当前状态不能进行此操作' },
  dateOrder: { kind: 'rule_violation', code: 'WORK_ITEM.DATE_ORDER', title: '日期先后不符合办理顺序' },
  duplicateNumber: { kind: 'rule_violation', code: 'WORK_ITEM.DUPLICATE_NUMBER', title: '同一年度的工作事项序号重复' },
  units: { kind: 'rule_violation', code: 'WORK_ITEM.UNITS', title: '责任单位不符合要求' },
  notLeadUnit: { kind: 'rule_violation', code: 'WORK_ITEM.NOT_LEAD_UNIT', title: '只有牵头单位可以报完成' },
} as const;

/** RPC subjects, under `rpc.disclosure.`. */
export const WorkItemSubjects = {
  create: 'work-item.create',
  update: 'work-item.update',
  report: 'work-item.report',
  confirm: 'work-item.confirm',
  return: 'work-item.return',
  withdraw: 'work-item.withdraw',
  get: 'work-item.get',
  list: 'work-item.list',
} as const;

export namespace CreateWorkItem {
  export class Request extends WorkItemFields {}
  export class Reply extends WorkItemDetail {}
}

export namespace UpdateWorkItem {
  export class Body extends WorkItemFields {}
  export class Request extends Versioned(Body) {}
  export class Reply extends WorkItemDetail {}
}

export namespace ReportWorkItem {
  export class Body {
    @ApiProperty({ description: '进展情况（报完成时写明完成情况）' })
    @IsString({ message: 'text：必须为文本' })
    @MinLength(4, { message: 'text：请填写进展情况（至少 4 个字）' })
    @MaxLength(8000, { message: 'text：不超过 8000 个字' })
    text: string;

    @ApiPropertyOptional({ description: '附件名称（至多 20 个）', type: [String] })
    @IsOptional()
    @IsArray({ message: 'attachments：必须为列表' })
    @ArrayMaxSize(20, { message: 'attachments：至多 20 个附件' })
    @IsString({ each: true, message: 'attachments：附件名称必须为文本' })
    @MaxLength(200, { each: true, message: 'attachments：附件名称不超过 200 个字' })
    attachments?: string[];

    @ApiProperty({ description: '报送日期' })
    @IsCalendarDate(DATE)
    reportedOn: string;

    @ApiPropertyOptional({ description: 'true：报完成（仅牵头单位），交领导小组办公室确认' })
    @IsOptional()
    @IsBoolean({ message: 'completion：须为 true 或 false' })
    completion?: boolean;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends WorkItemDetail {}
}

export namespace ConfirmWorkItem {
  export class Body {
    @ApiProperty({ description: '确认完成之日' }) @IsCalendarDate(DATE) completedOn: string;

    @ApiPropertyOptional({ description: '确认意见' })
    @IsOptional()
    @IsString({ message: 'note：必须为文本' })
    @MaxLength(2000, { message: 'note：不超过 2000 个字' })
    note?: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends WorkItemDetail {}
}

export namespace ReturnWorkItem {
  export class Body {
    @ApiProperty({ description: '退回补充的理由和要求' })
    @IsString({ message: 'reason：必须为文本' })
    @MinLength(2, { message: 'reason：退回须说明理由（至少 2 个字）' })
    @MaxLength(2000, { message: 'reason：不超过 2000 个字' })
    reason: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends WorkItemDetail {}
}

export namespace WithdrawWorkItem {
  export class Body {
    @ApiProperty({ description: '撤销理由' })
    @IsString({ message: 'reason：必须为文本' })
    @MinLength(2, { message: 'reason：撤销须说明理由（至少 2 个字）' })
    @MaxLength(1000, { message: 'reason：不超过 1000 个字' })
    reason: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends WorkItemDetail {}
}

export namespace GetWorkItem {
  export class Request extends RecordRef {}
  export class Reply extends WorkItemDetail {}
}

export namespace ListWorkItems {
  export class Request extends PageQuery {
    @ApiPropertyOptional({ description: '年度' })
    @IsOptional()
    @Type(() => Number)
    @IsInt32({ message: 'year：年度须为整数' })
    @Min(2000, { message: 'year：年度为 2000–2100' })
    @Max(2100, { message: 'year：年度为 2000–2100' })
    year?: number;

    @ApiPropertyOptional({ enum: WORK_ITEM_STATUSES, description: '状态' })
    @IsOptional()
    @IsIn(WORK_ITEM_STATUSES, { message: 'status：取值无效' })
    status?: WorkItemStatus;

    @ApiPropertyOptional({ format: 'uuid', description: '责任单位（牵头或配合）' })
    @IsOptional()
    @IsUUID('all', { message: 'unitId：单位 id 无效' })
    unitId?: string;

    @ApiPropertyOptional({ description: 'true：只看已过完成时限仍未报完成的' })
    @IsOptional()
    @IsIn(['true', 'false', true, false], { message: 'overdue：须为 true 或 false' })
    overdue?: string | boolean;

    @ApiPropertyOptional({ description: '工作内容或依据文件模糊搜索（支持中文）' })
    @IsOptional()
    @IsString({ message: 'q：必须为文本' })
    @MaxLength(40, { message: 'q：不超过 40 个字' })
    q?: string;
  }
  export class Reply extends PageMeta {
    @ApiProperty({ type: [WorkItemView] }) items: WorkItemView[];
  }
}

/** What the events of one work item carry: its snapshot with its version (consumers apply only newer ones). */
export class WorkItemSnapshot {
  @ApiProperty() @IsUUID() id: string;
  @ApiProperty() @IsInt32() year: number;
  @ApiProperty() @IsString() number: string;
  @ApiProperty() @IsUUID() leadUnitId: string;
  @ApiProperty({ type: [String] }) @IsArray() @IsUUID('all', { each: true }) coUnitIds: string[];
  @ApiProperty() @IsCalendarDate() dueDate: string;
  @ApiProperty() @IsIn(WORK_ITEM_STATUSES) status: WorkItemStatus;
  @ApiProperty() @IsInt32() @Min(1) version: number;
}

export const WorkItemEvents = {
  created: eventSubject('disclosure', 'work-item.created'),
  updated: eventSubject('disclosure', 'work-item.updated'),
  reported: eventSubject('disclosure', 'work-item.reported'),
  completionReported: eventSubject('disclosure', 'work-item.completion-reported'),
  confirmed: eventSubject('disclosure', 'work-item.confirmed'),
  returned: eventSubject('disclosure', 'work-item.returned'),
  reminded: eventSubject('disclosure', 'work-item.reminded'),
  withdrawn: eventSubject('disclosure', 'work-item.withdrawn'),
} as const;

/** What each event means, for the catalogue of the events (tools/asyncapi): one sentence about the fact. */
export const WorkItemEventDescriptions = {
  'work-item.created': { zh: '领导小组办公室交办工作事项', en: 'The leading group’s office assigned a work item to units.' },
  'work-item.updated': { zh: '工作事项的内容、责任单位或时限被修改', en: 'A work item’s content, units or deadline were changed.' },
  'work-item.reported': { zh: '责任单位报送工作事项进展', en: 'A responsible unit reported progress on a work item.' },
  'work-item.completion-reported': { zh: '牵头单位报完成，待领导小组办公室确认', en: 'The lead unit reported a work item complete, for the office to confirm.' },
  'work-item.confirmed': { zh: '领导小组办公室确认工作事项已完成', en: 'The office confirmed a work item complete.' },
  'work-item.returned': { zh: '领导小组办公室退回补充', en: 'The office returned a work item for supplementing.' },
  'work-item.reminded': { zh: '工作事项临近或超过完成时限，向责任单位发出待办', en: 'A work item neared or passed its deadline; the responsible units got a task.' },
  'work-item.withdrawn': { zh: '工作事项被撤销（注明理由，不删除）', en: 'A work item was withdrawn, with a reason (never deleted).' },
} as const;

/** Published by disclosure at every step of a work item; carries its snapshot. */
export namespace WorkItemChanged {
  export class Event extends WorkItemSnapshot {}
}
