import { Type } from 'class-transformer';
import { IsIn, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { ApiProperty, ApiPropertyOptional, eventSubject, IsCalendarDate, IsInt32, PageMeta, PageQuery, RecordRef, Versioned } from '@gov/contracts-common';

/** effective 已生效 → voided 已作废 (a wrong change, with a reason; nothing is deleted). */
export const SALARY_CHANGE_STATUSES = ['effective', 'voided'] as const;
export type SalaryChangeStatus = (typeof SALARY_CHANGE_STATUSES)[number];
export const SALARY_CHANGE_STATUS_LABELS: Record<SalaryChangeStatus, string> = { effective: '已生效', voided: '已作废' };

/** 正常晋升档次, 晋升级别, 职务晋升套改, 其他 (with its basis). */
export const SALARY_CHANGE_KINDS = ['regular_step', 'grade_promotion', 'post_promotion', 'other'] as const;
export type SalaryChangeKind = (typeof SALARY_CHANGE_KINDS)[number];
export const SALARY_CHANGE_KIND_LABELS: Record<SalaryChangeKind, string> = { regular_step: '正常晋升档次', grade_promotion: '晋升级别', post_promotion: '职务晋升套改', other: '其他' };

/** One side of a change: 级别 (1–27), 档次 (1–14) and the monthly 基本工资 in 分. */
export class SalaryPosition {
  @ApiProperty({ description: '级别（1–27）', example: 22 })
  @IsInt32({ message: 'grade：级别须为整数' })
  @Min(1, { message: 'grade：级别为 1–27' })
  @Max(27, { message: 'grade：级别为 1–27' })
  grade: number;

  @ApiProperty({ description: '档次（1–14）', example: 3 })
  @IsInt32({ message: 'step：档次须为整数' })
  @Min(1, { message: 'step：档次为 1–14' })
  @Max(14, { message: 'step：档次为 1–14' })
  step: number;

  @ApiProperty({ description: '月基本工资（分）', example: 320000 })
  @IsInt32({ message: 'baseSalaryFen：须为整数（分）' })
  @Min(0, { message: 'baseSalaryFen：不能为负数' })
  baseSalaryFen: number;
}

/** The fields a caller gives of one 工资晋级晋档. */
export class SalaryChangeFields {
  @ApiProperty({ format: 'uuid', description: '工作人员' })
  @IsUUID('all', { message: 'staffMemberId：须为工作人员编号' })
  staffMemberId: string;

  @ApiProperty({ enum: SALARY_CHANGE_KINDS, description: '种类：regular_step 正常晋升档次 / grade_promotion 晋升级别 / post_promotion 职务晋升套改 / other 其他' })
  @IsIn(SALARY_CHANGE_KINDS, { message: 'kind：种类无效' })
  kind: SalaryChangeKind;

  @ApiProperty({ type: SalaryPosition, description: '变动前' })
  @ValidateNested({ message: 'before：须填写变动前的级别、档次和基本工资' })
  @Type(() => SalaryPosition)
  before: SalaryPosition;

  @ApiProperty({ type: SalaryPosition, description: '变动后' })
  @ValidateNested({ message: 'after：须填写变动后的级别、档次和基本工资' })
  @Type(() => SalaryPosition)
  after: SalaryPosition;

  @ApiProperty({ description: '执行年份', example: 2027 })
  @IsInt32({ message: 'effectiveYear：须为四位年份' })
  @Min(2000, { message: 'effectiveYear：须为四位年份' })
  @Max(2100, { message: 'effectiveYear：须为四位年份' })
  effectiveYear: number;

  @ApiProperty({ description: '执行月份（自该月起执行）', example: 1 })
  @IsInt32({ message: 'effectiveMonth：须为 1–12' })
  @Min(1, { message: 'effectiveMonth：须为 1–12' })
  @Max(12, { message: 'effectiveMonth：须为 1–12' })
  effectiveMonth: number;

  @ApiProperty({ description: '依据文件（文号）', example: '博人社发〔2027〕1号' })
  @IsString({ message: 'basisDocument：必须为文本' })
  @MinLength(2, { message: 'basisDocument：须填写依据文件' })
  @MaxLength(200, { message: 'basisDocument：不超过 200 个字' })
  basisDocument: string;

  @ApiPropertyOptional({ description: '变动依据说明（种类为“其他”时必填）' })
  @IsOptional()
  @IsString({ message: 'basis：必须为文本' })
  @MaxLength(2000, { message: 'basis：不超过 2000 个字' })
  basis?: string;

  @ApiProperty({ description: '审批人（人事科科长）', example: '王科长' })
  @IsString({ message: 'approvedBy：必须为文本' })
  @MinLength(2, { message: 'approvedBy：须填写审批人（人事科科长）' })
  @MaxLength(50, { message: 'approvedBy：不超过 50 个字' })
  approvedBy: string;

  @ApiProperty({ description: '审批日期 YYYY-MM-DD' })
  @IsCalendarDate({ message: 'approvedOn：日期格式须为 YYYY-MM-DD' })
  approvedOn: string;
}

export class SalaryChangeView extends SalaryChangeFields {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ description: '姓名' }) name: string;
  @ApiProperty({ description: '科室代码' }) sectionCode: string;
  @ApiProperty({ description: '审核依据说明（正常晋升档次时列出前两年考核结果）' }) checkNote: string;
  @ApiProperty({ enum: SALARY_CHANGE_STATUSES, description: 'effective 已生效 / voided 已作废' }) status: SalaryChangeStatus;
  @ApiPropertyOptional({ description: '作废理由', nullable: true, type: String }) voidReason: string | null;
  @ApiProperty({ description: '版本号（ETag）' }) version: number;
  @ApiProperty() createdAt: string;
  @ApiProperty() createdBy: string;
  @ApiProperty() updatedAt: string;
  @ApiProperty() updatedBy: string;
}

export const SalaryChangeErrors = {
  notFound: { kind: 'not_found', code: 'SALARY_CHANGE.NOT_FOUND', title: '工资晋级晋档记录不存在' },
  versionConflict: { kind: 'precondition_failed', code: 'SALARY_CHANGE.VERSION_CONFLICT', title: '工资晋级晋档记录已被他人修改' },
  invalidState: { kind: 'rule_violation', code: 'SALARY_CHANGE.INVALID_STATE', title: '当前状态不能进行此操作' },
  staffUnknown: { kind: 'rule_violation', code: 'SALARY_CHANGE.STAFF_UNKNOWN', title: '工作人员不存在或不在职' },
  notEligible: { kind: 'rule_violation', code: 'SALARY_CHANGE.NOT_ELIGIBLE', title: '不符合正常晋升档次条件' },
  changeRule: { kind: 'rule_violation', code: 'SALARY_CHANGE.CHANGE_RULE', title: '变动前后的级别、档次不符合该种类' },
  beforeMismatch: { kind: 'rule_violation', code: 'SALARY_CHANGE.BEFORE_MISMATCH', title: '变动前与现执行的工资不一致' },
  monthOrder: { kind: 'rule_violation', code: 'SALARY_CHANGE.MONTH_ORDER', title: '执行月份早于已有的变动' },
  penaltyInForce: { kind: 'rule_violation', code: 'SALARY_CHANGE.PENALTY_IN_FORCE', title: '受处分期间不得晋升' },
} as const;

/** RPC subjects, under `rpc.personnel-finance.`. */
export const SalaryChangeSubjects = {
  create: 'salary-change.create',
  void: 'salary-change.void',
  get: 'salary-change.get',
  list: 'salary-change.list',
  due: 'salary-change.due',
} as const;

export namespace CreateSalaryChange {
  export class Request extends SalaryChangeFields {}
  export class Reply extends SalaryChangeView {}
}

export namespace VoidSalaryChange {
  export class Body {
    @ApiProperty({ description: '作废理由' })
    @IsString({ message: 'reason：必须为文本' })
    @MinLength(2, { message: 'reason：作废须说明理由（至少 2 个字）' })
    @MaxLength(1000, { message: 'reason：不超过 1000 个字' })
    reason: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends SalaryChangeView {}
}

export namespace GetSalaryChange {
  export class Request extends RecordRef {}
  export class Reply extends SalaryChangeView {}
}

export namespace ListSalaryChanges {
  export class Request extends PageQuery {
    @ApiPropertyOptional({ enum: SALARY_CHANGE_STATUSES, description: '状态' })
    @IsOptional()
    @IsIn(SALARY_CHANGE_STATUSES, { message: 'status：取值无效' })
    status?: SalaryChangeStatus;

    @ApiPropertyOptional({ format: 'uuid', description: '工作人员' })
    @IsOptional()
    @IsUUID('all', { message: 'staffMemberId：须为工作人员编号' })
    staffMemberId?: string;

    @ApiPropertyOptional({ description: '执行年份' })
    @IsOptional()
    @Type(() => Number)
    @IsInt32({ message: 'year：须为四位年份' })
    @Min(2000, { message: 'year：须为四位年份' })
    @Max(2100, { message: 'year：须为四位年份' })
    year?: number;

    @ApiPropertyOptional({ description: '姓名模糊搜索（支持中文）' })
    @IsOptional()
    @IsString({ message: 'q：必须为文本' })
    @MaxLength(40, { message: 'q：不超过 40 个字' })
    q?: string;
  }
  export class Reply extends PageMeta {
    @ApiProperty({ type: [SalaryChangeView] }) items: SalaryChangeView[];
  }
}

/** 正常晋升档次 due in a year: who qualifies, on which results. */
export class SalaryStepDueView {
  @ApiProperty({ format: 'uuid' }) staffMemberId: string;
  @ApiProperty() name: string;
  @ApiProperty() sectionCode: string;
  @ApiPropertyOptional({ type: SalaryPosition, nullable: true, description: '现执行的级别、档次（有变动记录时）' }) current: SalaryPosition | null;
  @ApiPropertyOptional({ nullable: true, type: String, description: '上次正常晋升档次的执行月份 YYYY-MM' }) lastRegularStep: string | null;
  @ApiProperty({ description: '前两年年度考核等次', type: [String] }) grades: string[];
}

export namespace ListSalaryStepsDue {
  export class Request {
    @ApiProperty({ description: '晋升年份', example: 2027 })
    @Type(() => Number)
    @IsInt32({ message: 'year：须为四位年份' })
    @Min(2000, { message: 'year：须为四位年份' })
    @Max(2100, { message: 'year：须为四位年份' })
    year: number;
  }
  export class Reply {
    @ApiProperty() year: number;
    @ApiProperty({ description: '规则说明（依据）' }) rule: string;
    @ApiProperty({ type: [SalaryStepDueView] }) items: SalaryStepDueView[];
  }
}

/** What the events of one 工资晋级晋档 carry (no amounts): its snapshot with its version (consumers apply only newer ones). */
export class SalaryChangeSnapshot {
  @ApiProperty() @IsUUID() id: string;
  @ApiProperty() @IsUUID() staffMemberId: string;
  @ApiProperty() @IsIn(SALARY_CHANGE_KINDS) kind: SalaryChangeKind;
  @ApiProperty() @IsInt32() effectiveYear: number;
  @ApiProperty() @IsInt32() effectiveMonth: number;
  @ApiProperty() @IsIn(SALARY_CHANGE_STATUSES) status: SalaryChangeStatus;
  @ApiProperty() @IsInt32() @Min(1) version: number;
}

export const SalaryChangeEvents = {
  created: eventSubject('personnel-finance', 'salary-change.created'),
  voided: eventSubject('personnel-finance', 'salary-change.voided'),
} as const;

/** What each event means, for the catalogue of the events (tools/asyncapi): one sentence about the fact. */
export const SalaryChangeEventDescriptions = {
  'salary-change.created': { zh: '登记工资晋级晋档（自执行月份起计发）', en: 'A salary grade or step change was recorded, effective from its month.' },
  'salary-change.voided': { zh: '工资晋级晋档被作废（注明理由，不删除）', en: 'A salary change was voided, with a reason (never deleted).' },
} as const;

/** Published by personnel-finance when a 工资晋级晋档 is recorded or voided; carries its snapshot (no amounts). */
export namespace SalaryChangeChanged {
  export class Event extends SalaryChangeSnapshot {}
}
