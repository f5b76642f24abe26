import { Type } from 'class-transformer';
import { IsDefined, IsIn, IsNumber, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { ApiProperty, ApiPropertyOptional, eventSubject, IsInt32, PageMeta, PageQuery, RecordRef, Versioned } from '@gov/contracts-common';

/**
 * submitted 待审核 → approved 已通过 | returned 已退回 (with a reason; the town corrects and submits again);
 * submitted | returned → withdrawn 已撤回 (with a reason; nothing is deleted).
 */
export const TOWN_SPACE_REPORT_STATUSES = ['submitted', 'approved', 'returned', 'withdrawn'] as const;
export type TownSpaceReportStatus = (typeof TOWN_SPACE_REPORT_STATUSES)[number];
export const TOWN_SPACE_REPORT_STATUS_LABELS: Record<TownSpaceReportStatus, string> = { submitted: '待审核', approved: '已通过', returned: '已退回', withdrawn: '已撤回' };

/** 各职级人数 (the ranks of the office-space standard). */
export class TownStaffByRank {
  @ApiProperty({ description: '县级正职人数', example: 0 }) @IsInt32({ message: 'staff.county_principal：须为整数' }) @Min(0, { message: 'staff.county_principal：不能为负数' }) @Max(100, { message: 'staff.county_principal：不超过 100' }) county_principal: number;
  @ApiProperty({ description: '县级副职人数', example: 0 }) @IsInt32({ message: 'staff.county_deputy：须为整数' }) @Min(0, { message: 'staff.county_deputy：不能为负数' }) @Max(100, { message: 'staff.county_deputy：不超过 100' }) county_deputy: number;
  @ApiProperty({ description: '正科级人数', example: 2 }) @IsInt32({ message: 'staff.section_principal：须为整数' }) @Min(0, { message: 'staff.section_principal：不能为负数' }) @Max(1000, { message: 'staff.section_principal：不超过 1000' }) section_principal: number;
  @ApiProperty({ description: '副科级人数', example: 6 }) @IsInt32({ message: 'staff.section_deputy：须为整数' }) @Min(0, { message: 'staff.section_deputy：不能为负数' }) @Max(1000, { message: 'staff.section_deputy：不超过 1000' }) section_deputy: number;
  @ApiProperty({ description: '科级以下人数', example: 40 }) @IsInt32({ message: 'staff.below_section：须为整数' }) @Min(0, { message: 'staff.below_section：不能为负数' }) @Max(10000, { message: 'staff.below_section：不超过 10000' }) below_section: number;
}

/** The fields a town or street reports for one year. */
export class TownSpaceReportFields {
  @ApiProperty({ description: '报送年度', example: 2026 })
  @IsInt32({ message: 'year：须为整数年份' })
  @Min(2014, { message: 'year：不早于 2014 年' })
  @Max(2100, { message: 'year：不晚于 2100 年' })
  year: number;

  @ApiProperty({ description: '镇（街道）名称', example: '城东街道' })
  @IsString({ message: 'unitName：必须为文本' })
  @MinLength(2, { message: 'unitName：至少 2 个字' })
  @MaxLength(100, { message: 'unitName：不超过 100 个字' })
  unitName: string;

  @ApiProperty({ description: '办公楼栋数', example: 2 })
  @IsInt32({ message: 'buildings：须为整数' })
  @Min(0, { message: 'buildings：不能为负数' })
  @Max(1000, { message: 'buildings：不超过 1000' })
  buildings: number;

  @ApiProperty({ description: '办公用房总使用面积（平方米，最多两位小数）', example: 3200 })
  @IsNumber({ maxDecimalPlaces: 2 }, { message: 'totalAreaM2：须为数字（最多两位小数）' })
  @Min(0, { message: 'totalAreaM2：不能为负数' })
  @Max(1000000, { message: 'totalAreaM2：不超过 1000000 平方米' })
  totalAreaM2: number;

  @ApiProperty({ description: '其中办公室使用面积（平方米，最多两位小数）', example: 820 })
  @IsNumber({ maxDecimalPlaces: 2 }, { message: 'officeAreaM2：须为数字（最多两位小数）' })
  @Min(0, { message: 'officeAreaM2：不能为负数' })
  @Max(1000000, { message: 'officeAreaM2：不超过 1000000 平方米' })
  officeAreaM2: number;

  @ApiProperty({ type: TownStaffByRank, description: '在编人员按职级人数' })
  @IsDefined({ message: 'staff：须填写各职级人数' })
  @ValidateNested()
  @Type(() => TownStaffByRank)
  staff: TownStaffByRank;

  @ApiPropertyOptional({ description: '公务用车实有数（可选）', nullable: true })
  @IsOptional()
  @IsInt32({ message: 'carsHeld：须为整数' })
  @Min(0, { message: 'carsHeld：不能为负数' })
  @Max(1000, { message: 'carsHeld：不超过 1000' })
  carsHeld?: number | null;

  @ApiPropertyOptional({ description: '公务用车编制数（可选）', nullable: true })
  @IsOptional()
  @IsInt32({ message: 'carsQuota：须为整数' })
  @Min(0, { message: 'carsQuota：不能为负数' })
  @Max(1000, { message: 'carsQuota：不超过 1000' })
  carsQuota?: number | null;

  @ApiPropertyOptional({ description: '说明', nullable: true })
  @IsOptional()
  @IsString({ message: 'note：必须为文本' })
  @MaxLength(2000, { message: 'note：不超过 2000 个字' })
  note?: string | null;
}

/** One line of a report's timeline. */
export class TownSpaceReportStepView {
  @ApiProperty({ description: '环节：submit 报送 / update 修改重报 / approve 通过 / return 退回 / withdraw 撤回' }) step: string;
  @ApiProperty({ description: '办理人' }) actor: string;
  @ApiProperty({ description: '办理时间' }) at: string;
  @ApiPropertyOptional({ description: '意见或理由', nullable: true }) note: string | null;
}

export class TownSpaceReportView extends TownSpaceReportFields {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ description: '报送单位（镇、街道）', format: 'uuid' }) unitId: string;
  @ApiProperty({ enum: TOWN_SPACE_REPORT_STATUSES, description: 'submitted 待审核 / approved 已通过 / returned 已退回 / withdrawn 已撤回' }) status: TownSpaceReportStatus;
  @ApiProperty({ description: '在编人数合计' }) staffTotal: number;
  @ApiProperty({ description: '按人均标准核定的办公室面积（平方米）' }) standardAreaM2: number;
  @ApiProperty({ description: '超标面积（平方米，未超为 0）' }) excessAreaM2: number;
  @ApiProperty({ description: '是否超标准' }) overStandard: boolean;
  @ApiPropertyOptional({ description: '人均办公室面积（平方米；无人员时为空）', nullable: true }) perPersonAreaM2: number | null;
  @ApiProperty({ description: '核定所依据的标准（各职级人均面积与来源）' }) standardRule: string;
  @ApiPropertyOptional({ description: '超编车辆数（实有数超过编制数的部分；未填报为空）', nullable: true }) carsOverQuota: number | null;
  @ApiPropertyOptional({ description: '审核意见（通过）或退回理由', nullable: true }) reviewNote: string | null;
  @ApiPropertyOptional({ description: '审核人', nullable: true }) reviewedBy: string | null;
  @ApiPropertyOptional({ description: '审核时间', nullable: true }) reviewedAt: string | null;
  @ApiPropertyOptional({ description: '撤回理由', nullable: true }) withdrawalReason: string | null;
  @ApiProperty({ type: [TownSpaceReportStepView], description: '办理过程' }) history: TownSpaceReportStepView[];
  @ApiProperty({ description: '版本号（ETag）' }) version: number;
  @ApiProperty() createdAt: string;
  @ApiProperty() createdBy: string;
  @ApiProperty() updatedAt: string;
  @ApiProperty() updatedBy: string;
}

export const TownSpaceReportErrors = {
  notFound: { kind: 'not_found', code: 'TOWN_SPACE_REPORT.NOT_FOUND', title: '镇街办公用房报送不存在' },
  versionConflict: { kind: 'precondition_failed', code: 'TOWN_SPACE_REPORT.VERSION_CONFLICT', title: '镇街办公用房报送已被他人修改' },
  invalidState: { kind: 'rule_violation', code: 'TOWN_SPACE_REPORT.INVALID_STATE', title: '当前状态不能进行此操作' },
  duplicate: { kind: 'conflict', code: 'TOWN_SPACE_REPORT.DUPLICATE', title: '该单位本年度已报送' },
  badFigures: { kind: 'rule_violation', code: 'TOWN_SPACE_REPORT.BAD_FIGURES', title: '报送数据不一致' },
} as const;

/** RPC subjects, under `rpc.facilities-and-vehicles.`. */
export const TownSpaceReportSubjects = {
  create: 'town-space-report.create',
  update: 'town-space-report.update',
  approve: 'town-space-report.approve',
  return: 'town-space-report.return',
  withdraw: 'town-space-report.withdraw',
  get: 'town-space-report.get',
  list: 'town-space-report.list',
} as const;

export namespace CreateTownSpaceReport {
  export class Request extends TownSpaceReportFields {
    @ApiPropertyOptional({ description: '报送单位（科室代报时必填；联络员为本单位，不填）', format: 'uuid' })
    @IsOptional()
    @IsUUID('all', { message: 'unitId：须为单位 ID' })
    unitId?: string;
  }
  export class Reply extends TownSpaceReportView {}
}

export namespace UpdateTownSpaceReport {
  export class Body extends TownSpaceReportFields {}
  export class Request extends Versioned(Body) {}
  export class Reply extends TownSpaceReportView {}
}

export namespace ApproveTownSpaceReport {
  export class Body {
    @ApiPropertyOptional({ description: '审核意见' })
    @IsOptional()
    @IsString({ message: 'note：必须为文本' })
    @MaxLength(1000, { message: 'note：不超过 1000 个字' })
    note?: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends TownSpaceReportView {}
}

export namespace ReturnTownSpaceReport {
  export class Body {
    @ApiProperty({ description: '退回理由' })
    @IsString({ message: 'reason：必须为文本' })
    @MinLength(2, { message: 'reason：退回须说明理由（至少 2 个字）' })
    @MaxLength(1000, { message: 'reason：不超过 1000 个字' })
    reason: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends TownSpaceReportView {}
}

export namespace WithdrawTownSpaceReport {
  export class Body {
    @ApiProperty({ description: '撤回理由' })
    @IsString({ message: 'reason：必须为文本' })
    @MinLength(2, { message: 'reason：撤回须说明理由（至少 2 个字）' })
    @MaxLength(1000, { message: 'reason：不超过 1000 个字' })
    reason: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends TownSpaceReportView {}
}

export namespace GetTownSpaceReport {
  export class Request extends RecordRef {}
  export class Reply extends TownSpaceReportView {}
}

export namespace ListTownSpaceReports {
  export class Request extends PageQuery {
    @ApiPropertyOptional({ enum: TOWN_SPACE_REPORT_STATUSES, description: '状态' })
    @IsOptional()
    @IsIn(TOWN_SPACE_REPORT_STATUSES, { message: 'status：取值无效' })
    status?: TownSpaceReportStatus;

    @ApiPropertyOptional({ description: '报送年度' })
    @IsOptional()
    @Type(() => Number)
    @IsInt32({ message: 'year：须为整数年份' })
    @Min(2014, { message: 'year：不早于 2014 年' })
    @Max(2100, { message: 'year：不晚于 2100 年' })
    year?: number;

    @ApiPropertyOptional({ description: '单位名称模糊搜索（支持中文）' })
    @IsOptional()
    @IsString({ message: 'q：必须为文本' })
    @MaxLength(40, { message: 'q：不超过 40 个字' })
    q?: string;
  }
  export class Reply extends PageMeta {
    @ApiProperty({ type: [TownSpaceReportView] }) items: TownSpaceReportView[];
  }
}

/** What the events of one 镇街办公用房报送 carry: its snapshot with its version (consumers apply only newer ones). */
export class TownSpaceReportSnapshot {
  @ApiProperty() @IsUUID() id: string;
  @ApiProperty() @IsUUID() unitId: string;
  @ApiProperty() @IsInt32() year: number;
  @ApiProperty() @IsString() unitName: string;
  @ApiProperty() @IsIn(TOWN_SPACE_REPORT_STATUSES) status: TownSpaceReportStatus;
  @ApiProperty() @IsNumber() excessAreaM2: number;
  @ApiProperty() @IsInt32() @Min(1) version: number;
}

export const TownSpaceReportEvents = {
  created: eventSubject('facilities-and-vehicles', 'town-space-report.created'),
  updated: eventSubject('facilities-and-vehicles', 'town-space-report.updated'),
  approved: eventSubject('facilities-and-vehicles', 'town-space-report.approved'),
  returned: eventSubject('facilities-and-vehicles', 'town-space-report.returned'),
  withdrawn: eventSubject('facilities-and-vehicles', 'town-space-report.withdrawn'),
} as const;

/** What each event means, for the catalogue of the events (tools/asyncapi): one sentence about the fact. */
export const TownSpaceReportEventDescriptions = {
  'town-space-report.created': { zh: '镇（街道）报送年度办公用房情况', en: 'A town or street reported its office space for a year.' },
  'town-space-report.updated': { zh: '镇（街道）修改并重新报送办公用房情况', en: 'A town or street corrected and resubmitted its office-space report.' },
  'town-space-report.approved': { zh: '机关事务管理科审核通过镇街办公用房报送', en: 'The section approved a town-space report.' },
  'town-space-report.returned': { zh: '机关事务管理科退回镇街办公用房报送（注明理由）', en: 'The section returned a town-space report, with a reason.' },
  'town-space-report.withdrawn': { zh: '镇街办公用房报送被撤回（注明理由，不删除）', en: 'A town-space report was withdrawn, with a reason (never deleted).' },
} as const;

/** Published by facilities-and-vehicles when a 镇街办公用房报送 is submitted, changed, reviewed or withdrawn; carries its snapshot. */
export namespace TownSpaceReportChanged {
  export class Event extends TownSpaceReportSnapshot {}
}
