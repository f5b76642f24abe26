import { IsIn, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import { ApiProperty, ApiPropertyOptional, eventSubject, IsCalendarDate, IsInt32, PageMeta, PageQuery, RecordRef, Versioned } from '@gov/contracts-common';

/**
 * 公开巡查: the section's inspection of a unit's 政府信息公开 page or column (公开指南、公开目录、栏目更新). Findings set a
 * rectification period in working days (deadline from the calendar engine, re-dated when the calendar changes):
 * rectifying 整改中 → rectified 已整改 (by the unit, with the date and what was done; late when after the deadline);
 * passed 未发现问题 when there are no findings; rectifying → withdrawn 已撤回 (with a reason; nothing is deleted).
 */
export const INSPECTION_STATUSES = ['rectifying', 'rectified', 'passed', 'withdrawn'] as const;
export type InspectionStatus = (typeof INSPECTION_STATUSES)[number];
export const INSPECTION_STATUS_LABELS: Record<InspectionStatus, string> = { rectifying: '整改中', rectified: '已整改', passed: '未发现问题', withdrawn: '已撤回' };

/** The fields the section gives of one inspection. */
export class DisclosureInspectionFields {
  @ApiProperty({ description: '巡查的页面或栏目', example: '区应急管理局 政府信息公开专栏' })
  @IsString({ message: '必须为文本' })
  @MinLength(2, { message: '请填写巡查的页面或栏目（至少 2 个字）' })
  @MaxLength(200, { message: '不超过 200 个字' })
  title: string;

  @ApiPropertyOptional({ description: '页面网址' })
  @IsOptional()
  @Matches(/^https?:\/\/\S{3,500}$/, { message: '须为 http(s) 网址' })
  url?: string;

  @ApiProperty({ description: '巡查之日' })
  @IsCalendarDate({ message: '必须是有效的日期（YYYY-MM-DD）' })
  inspectedOn: string;

  @ApiProperty({ description: '发现的问题（逐条；无问题留空）' })
  @IsString({ message: '必须为文本' })
  @MaxLength(20000, { message: '不超过 20000 个字' })
  content: string;

  @ApiPropertyOptional({ description: '整改期限（工作日，自巡查之日的次日起算；有问题时必填）' })
  @IsOptional()
  @IsInt32({ message: '整改期限须为整数（工作日）' })
  @Min(1, { message: '整改期限为 1–60 个工作日' })
  @Max(60, { message: '整改期限为 1–60 个工作日' })
  workingDays?: number;
}

export class DisclosureInspectionView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid', description: '被巡查单位' }) unitId: string;
  @ApiProperty() title: string;
  @ApiPropertyOptional({ nullable: true, type: String }) url: string | null;
  @ApiProperty() inspectedOn: string;
  @ApiProperty({ description: '发现的问题' }) content: string;
  @ApiProperty({ enum: INSPECTION_STATUSES }) status: InspectionStatus;
  @ApiProperty({ description: '状态（中文）' }) statusLabel: string;
  @ApiPropertyOptional({ nullable: true, type: Number, description: '整改期限（工作日）' }) workingDays: number | null;
  @ApiPropertyOptional({ nullable: true, type: String, description: '整改截止日' }) dueDate: string | null;
  @ApiProperty({ type: [String], description: '截止日的计算说明' }) dueExplanation: string[];
  @ApiPropertyOptional({ nullable: true, type: String, description: '整改完成之日' }) rectifiedOn: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, description: '整改情况' }) rectificationNote: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) rectifiedBy: string | null;
  @ApiProperty({ description: '逾期：整改中已过截止日，或整改晚于截止日' }) overdue: boolean;
  @ApiPropertyOptional({ description: '撤回理由', nullable: true, type: String }) withdrawalReason: string | null;
  @ApiProperty({ description: '版本号（ETag）' }) version: number;
  @ApiProperty() createdAt: string;
  @ApiProperty() createdBy: string;
  @ApiProperty() updatedAt: string;
  @ApiProperty() updatedBy: string;
}

export const InspectionErrors = {
  notFound: { kind: 'not_found', code: 'INSPECTION.NOT_FOUND', title: '公开巡查记录不存在' },
  versionConflict: { kind: 'precondition_failed', code: 'INSPECTION.VERSION_CONFLICT', title: '公开巡查记录已被他人修改' },
  invalidState: { kind: 'rule_violation', code: 'INSPECTION.INVALID_STATE', title: '当前状态不能进行此操作' },
  dateOrder: { kind: 'rule_violation', code: 'INSPECTION.DATE_ORDER', title: '日期先后不符合办理顺序' },
} as const;

/** RPC subjects, under `rpc.disclosure.`. */
export const InspectionSubjects = {
  create: 'inspection.create',
  rectify: 'inspection.rectify',
  withdraw: 'inspection.withdraw',
  get: 'inspection.get',
  list: 'inspection.list',
} as const;

export namespace CreateDisclosureInspection {
  export class Request extends DisclosureInspectionFields {
    @ApiProperty({ format: 'uuid', description: '被巡查单位' })
    @IsUUID('all', { message: '单位 id 无效' })
    unitId: string;
  }
  export class Reply extends DisclosureInspectionView {}
}

export namespace RectifyDisclosureInspection {
  export class Body {
    @ApiProperty({ description: '整改完成之日' }) @IsCalendarDate({ message: '必须是有效的日期（YYYY-MM-DD）' }) rectifiedOn: string;

    @ApiProperty({ description: '整改情况' })
    @IsString({ message: '必须为文本' })
    @MinLength(2, { message: '请说明整改情况（至少 2 个字）' })
    @MaxLength(4000, { message: '不超过 4000 个字' })
    note: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends DisclosureInspectionView {}
}

export namespace WithdrawDisclosureInspection {
  export class Body {
    @ApiProperty({ description: '撤回理由' })
    @IsString({ message: '必须为文本' })
    @MinLength(2, { message: '撤回须说明理由（至少 2 个字）' })
    @MaxLength(1000, { message: '不超过 1000 个字' })
    reason: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends DisclosureInspectionView {}
}

export namespace GetDisclosureInspection {
  export class Request extends RecordRef {}
  export class Reply extends DisclosureInspectionView {}
}

export namespace ListDisclosureInspections {
  export class Request extends PageQuery {
    @ApiPropertyOptional({ enum: INSPECTION_STATUSES, description: '状态' })
    @IsOptional()
    @IsIn(INSPECTION_STATUSES, { message: '取值无效' })
    status?: InspectionStatus;

    @ApiPropertyOptional({ description: 'true：只看逾期未整改的' })
    @IsOptional()
    @IsIn(['true', 'false', true, false], { message: '须为 true 或 false' })
    overdue?: string | boolean;

    @ApiPropertyOptional({ description: '页面或栏目模糊搜索（支持中文）' })
    @IsOptional()
    @IsString({ message: '必须为文本' })
    @MaxLength(40, { message: '不超过 40 个字' })
    q?: string;
  }
  export class Reply extends PageMeta {
    @ApiProperty({ type: [DisclosureInspectionView] }) items: DisclosureInspectionView[];
  }
}

/** What the events of one inspection carry: its snapshot with its version (consumers apply only newer ones). */
export class InspectionSnapshot {
  @ApiProperty() @IsUUID() id: string;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsUUID() unitId: string | null;
  @ApiProperty() @IsString() title: string;
  @ApiProperty() @IsIn(INSPECTION_STATUSES) status: InspectionStatus;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsCalendarDate() dueDate: string | null;
  @ApiProperty() @IsInt32() @Min(1) version: number;
}

export const InspectionEvents = {
  created: eventSubject('disclosure', 'inspection.created'),
  updated: eventSubject('disclosure', 'inspection.updated'),
  rectified: eventSubject('disclosure', 'inspection.rectified'),
  withdrawn: eventSubject('disclosure', 'inspection.withdrawn'),
} as const;

/** What each event means, for the catalogue of the events (tools/asyncapi): one sentence about the fact. */
export const InspectionEventDescriptions = {
  'inspection.created': { zh: '登记公开巡查（有问题的进入整改）', en: 'An inspection of a unit’s disclosure page was recorded.' },
  'inspection.updated': { zh: '公开巡查的整改截止日因日历调整而改变', en: 'An inspection’s rectification deadline was re-dated after a calendar change.' },
  'inspection.rectified': { zh: '被巡查单位完成整改', en: 'The inspected unit reported the rectification.' },
  'inspection.withdrawn': { zh: '公开巡查记录被撤回（注明理由，不删除）', en: 'An inspection was withdrawn, with a reason (never deleted).' },
} as const;

/**
 * Published by disclosure at every step of an inspection; carries its snapshot. No consumer yet; a consumer keeps the
 * newest version per id and ignores older or repeated snapshots.
 */
export namespace InspectionChanged {
  export class Event extends InspectionSnapshot {}
}
