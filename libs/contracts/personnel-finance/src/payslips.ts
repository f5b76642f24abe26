import { Type } from 'class-transformer';
import { IsIn, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength } from 'class-validator';
import { ApiProperty, ApiPropertyOptional, eventSubject, IsInt32, PageMeta, PageQuery, RecordRef, Versioned, VersionedRef } from '@gov/contracts-common';

/** computed 待确认 → confirmed 已确认 (its figures then count for the later months); computed → withdrawn 已撤回 (with a reason). */
export const PAYSLIP_STATUSES = ['computed', 'confirmed', 'withdrawn'] as const;
export type PayslipStatus = (typeof PAYSLIP_STATUSES)[number];
export const PAYSLIP_STATUS_LABELS: Record<PayslipStatus, string> = { computed: '待确认', confirmed: '已确认', withdrawn: '已撤回' };

/** What the caller gives for one person and month; the deductions and the tax are computed. Amounts in 分. */
export class PayslipInputs {
  @ApiPropertyOptional({ description: '应发工资（分）；不填取工作人员记录中的月应发工资', example: 2000000 })
  @IsOptional()
  @IsInt32({ message: 'grossFen：须为整数（分）' })
  @Min(0, { message: 'grossFen：不能为负数' })
  grossFen?: number;

  @ApiPropertyOptional({ description: '社保公积金缴费基数（分）；不填等于应发工资' })
  @IsOptional()
  @IsInt32({ message: 'contributionBaseFen：须为整数（分）' })
  @Min(0, { message: 'contributionBaseFen：不能为负数' })
  contributionBaseFen?: number;

  @ApiProperty({ description: '本月专项附加扣除（分）：子女教育、赡养老人、住房贷款利息等合计', example: 200000 })
  @IsInt32({ message: 'specialAdditionalFen：须为整数（分）' })
  @Min(0, { message: 'specialAdditionalFen：不能为负数' })
  specialAdditionalFen: number;
}

export class PayslipFigures {
  @ApiProperty({ description: '应发工资' }) grossFen: number;
  @ApiProperty({ description: '缴费基数' }) contributionBaseFen: number;
  @ApiProperty({ description: '养老保险（个人）' }) pensionFen: number;
  @ApiProperty({ description: '基本医疗保险（个人）' }) medicalFen: number;
  @ApiProperty({ description: '职业年金（个人）' }) annuityFen: number;
  @ApiProperty({ description: '住房公积金（个人）' }) housingFundFen: number;
  @ApiProperty({ description: '本月专项附加扣除' }) specialAdditionalFen: number;
  @ApiProperty({ description: '本年任职受雇月数（含本月）' }) monthsEmployed: number;
  @ApiProperty({ description: '累计收入' }) cumulativeIncomeFen: number;
  @ApiProperty({ description: '累计专项扣除（三险一金）' }) cumulativeSpecialFen: number;
  @ApiProperty({ description: '累计专项附加扣除' }) cumulativeSpecialAdditionalFen: number;
  @ApiProperty({ description: '累计应纳税所得额' }) cumulativeTaxableFen: number;
  @ApiProperty({ description: '累计应纳税额' }) cumulativeTaxFen: number;
  @ApiProperty({ description: '累计已预扣预缴税额' }) withheldBeforeFen: number;
  @ApiProperty({ description: '本月应预扣预缴个人所得税' }) iitFen: number;
  @ApiProperty({ description: '实发工资' }) netFen: number;
  @ApiProperty({ description: '计算说明（含依据）' }) explanation: string;
}

export class PayslipView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) staffMemberId: string;
  @ApiProperty({ description: '姓名' }) name: string;
  @ApiProperty({ description: '科室代码' }) sectionCode: string;
  @ApiProperty() year: number;
  @ApiProperty() month: number;
  @ApiProperty({ enum: PAYSLIP_STATUSES }) status: PayslipStatus;
  @ApiProperty({ description: '缴费比例配置版本' }) ratesVersion: string;
  @ApiPropertyOptional({ type: PayslipFigures, nullable: true, description: '金额（分）；列表中不显示' }) figures: PayslipFigures | null;
  @ApiPropertyOptional({ description: '撤回理由', nullable: true, type: String }) withdrawalReason: string | null;
  @ApiProperty({ description: '版本号（ETag）' }) version: number;
  @ApiProperty() createdAt: string;
  @ApiProperty() createdBy: string;
  @ApiProperty() updatedAt: string;
  @ApiProperty() updatedBy: string;
}

export const PayslipErrors = {
  notFound: { kind: 'not_found', code: 'PAYSLIP.NOT_FOUND', title: '工资扣缴记录不存在' },
  versionConflict: { kind: 'precondition_failed', code: 'PAYSLIP.VERSION_CONFLICT', title: '工资扣缴记录已被他人修改' },
  invalidState: { kind: 'rule_violation', code: 'PAYSLIP.INVALID_STATE', title: '当前状态不能进行此操作' },
  staffUnknown: { kind: 'rule_violation', code: 'PAYSLIP.STAFF_UNKNOWN', title: '工作人员不存在或已撤回' },
  duplicate: { kind: 'conflict', code: 'PAYSLIP.DUPLICATE', title: '该人员当月的工资扣缴已计算' },
  outOfOrder: { kind: 'rule_violation', code: 'PAYSLIP.OUT_OF_ORDER', title: '累计预扣须按月依次计算' },
  noRates: { kind: 'rule_violation', code: 'PAYSLIP.NO_RATES', title: '没有适用的缴费比例配置' },
} as const;

/** RPC subjects, under `rpc.personnel-finance.`. */
export const PayslipSubjects = {
  create: 'payslip.create',
  update: 'payslip.update',
  confirm: 'payslip.confirm',
  withdraw: 'payslip.withdraw',
  get: 'payslip.get',
  list: 'payslip.list',
  exportSheet: 'payslip.export-sheet',
} as const;

export namespace CreatePayslip {
  export class Request extends PayslipInputs {
    @ApiProperty({ format: 'uuid', description: '工作人员 id' }) @IsUUID('all', { message: 'staffMemberId：须为工作人员 id' }) staffMemberId: string;
    @ApiProperty({ example: 2026 }) @IsInt32({ message: 'year：须为四位年份' }) @Min(2000, { message: 'year：须为四位年份' }) @Max(2100, { message: 'year：须为四位年份' }) year: number;
    @ApiProperty({ example: 1 }) @IsInt32({ message: 'month：须为 1–12' }) @Min(1, { message: 'month：须为 1–12' }) @Max(12, { message: 'month：须为 1–12' }) month: number;
  }
  export class Reply extends PayslipView {}
}

export namespace UpdatePayslip {
  export class Body extends PayslipInputs {}
  export class Request extends Versioned(Body) {}
  export class Reply extends PayslipView {}
}

export namespace ConfirmPayslip {
  export class Request extends VersionedRef {}
  export class Reply extends PayslipView {}
}

export namespace WithdrawPayslip {
  export class Body {
    @ApiProperty({ description: '撤回理由' })
    @IsString({ message: 'reason：必须为文本' })
    @MinLength(2, { message: 'reason：撤回须说明理由（至少 2 个字）' })
    @MaxLength(1000, { message: 'reason：不超过 1000 个字' })
    reason: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends PayslipView {}
}

export namespace GetPayslip {
  export class Request extends RecordRef {}
  export class Reply extends PayslipView {}
}

export namespace ListPayslips {
  export class Request extends PageQuery {
    @ApiPropertyOptional({ enum: PAYSLIP_STATUSES }) @IsOptional() @IsIn(PAYSLIP_STATUSES, { message: 'status：取值无效' }) status?: PayslipStatus;
    @ApiPropertyOptional() @IsOptional() @Type(() => Number) @IsInt32({ message: 'year：须为四位年份' }) @Min(2000, { message: 'year：须为四位年份' }) @Max(2100, { message: 'year：须为四位年份' }) year?: number;
    @ApiPropertyOptional() @IsOptional() @Type(() => Number) @IsInt32({ message: 'month：须为 1–12' }) @Min(1, { message: 'month：须为 1–12' }) @Max(12, { message: 'month：须为 1–12' }) month?: number;
    @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID('all', { message: 'staffMemberId：须为工作人员 id' }) staffMemberId?: string;
    @ApiPropertyOptional({ description: '姓名模糊搜索' }) @IsOptional() @IsString({ message: 'q：必须为文本' }) @MaxLength(40, { message: 'q：不超过 40 个字' }) q?: string;
  }
  export class Reply extends PageMeta {
    @ApiProperty({ type: [PayslipView] }) items: PayslipView[];
  }
}

export namespace ExportPayrollSheet {
  export class Request {
    @ApiProperty() @Type(() => Number) @IsInt32({ message: 'year：须为四位年份' }) @Min(2000, { message: 'year：须为四位年份' }) @Max(2100, { message: 'year：须为四位年份' }) year: number;
    @ApiProperty() @Type(() => Number) @IsInt32({ message: 'month：须为 1–12' }) @Min(1, { message: 'month：须为 1–12' }) @Max(12, { message: 'month：须为 1–12' }) month: number;
  }
  export class Reply {
    @ApiProperty({ description: '文件名（中文）' }) filename: string;
    @ApiProperty({ description: '媒体类型' }) mediaType: string;
    @ApiProperty({ description: '行数（不含表头、合计）' }) rows: number;
    @ApiProperty({ description: '.xlsx 内容（Base64）' }) contentBase64: string;
  }
}

/** What the events of one 工资扣缴 carry: no amounts (personal data), only who, which month and the state. */
export class PayslipSnapshot {
  @ApiProperty() @IsUUID() id: string;
  @ApiProperty() @IsUUID() staffMemberId: string;
  @ApiProperty() @IsInt32() year: number;
  @ApiProperty() @IsInt32() month: number;
  @ApiProperty() @IsIn(PAYSLIP_STATUSES) status: PayslipStatus;
  @ApiProperty() @IsInt32() @Min(1) version: number;
}

export const PayslipEvents = {
  created: eventSubject('personnel-finance', 'payslip.created'),
  updated: eventSubject('personnel-finance', 'payslip.updated'),
  confirmed: eventSubject('personnel-finance', 'payslip.confirmed'),
  withdrawn: eventSubject('personnel-finance', 'payslip.withdrawn'),
} as const;

/** What each event means, for the catalogue of the events (tools/asyncapi): one sentence about the fact. */
export const PayslipEventDescriptions = {
  'payslip.created': { zh: '计算了一人一月的工资扣缴（不含金额）', en: "One person's deductions for a month were computed (no amounts in the event)." },
  'payslip.updated': { zh: '工资扣缴重新计算', en: 'The deductions were recomputed.' },
  'payslip.confirmed': { zh: '工资扣缴已确认，计入以后月份的累计', en: 'The deductions were confirmed and count for the later months.' },
  'payslip.withdrawn': { zh: '工资扣缴被撤回（注明理由，不删除）', en: 'The deductions were withdrawn, with a reason (never deleted).' },
} as const;

/** Published by personnel-finance at each step of a 工资扣缴; carries its snapshot. */
export namespace PayslipChanged {
  export class Event extends PayslipSnapshot {}
}
