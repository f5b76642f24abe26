import { Type } from 'class-transformer';
import { IsIn, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import { ApiProperty, ApiPropertyOptional, eventSubject, IsCalendarDate, IsInt32, PageMeta, PageQuery, RecordRef, Versioned } from '@gov/contracts-common';

/**
 * 车辆运行费用 (the running-cost ledger of each official vehicle, 《党政机关公务用车管理办法》's 定点保险、定点维修、定点加油):
 * one entry per bill, kept per vehicle and so per unit; a wrong entry is voided with a reason (nothing is deleted).
 * The monthly report adds the trip costs recorded at 收车 (fuel, tolls, parking) to the ledger's.
 *
 * recorded 已入账 → voided 已作废 (with a reason).
 */
export const VEHICLE_COST_STATUSES = ['recorded', 'voided'] as const;
export type VehicleCostStatus = (typeof VEHICLE_COST_STATUSES)[number];
export const VEHICLE_COST_STATUS_LABELS: Record<VehicleCostStatus, string> = { recorded: '已入账', voided: '已作废' };

export const VEHICLE_COST_KINDS = ['maintenance', 'fuel', 'insurance', 'other'] as const;
export type VehicleCostKind = (typeof VEHICLE_COST_KINDS)[number];
export const VEHICLE_COST_KIND_LABELS: Record<VehicleCostKind, string> = { maintenance: '定点维修', fuel: '定点加油', insurance: '定点保险', other: '其他（年检、路桥等）' };

/** One bill of one vehicle. */
export class VehicleCostFields {
  @ApiProperty({ format: 'uuid', description: '车辆（台账中的在用车辆）' })
  @IsUUID('all', { message: 'vehicleId：应为车辆的 ID' })
  vehicleId: string;

  @ApiProperty({ enum: VEHICLE_COST_KINDS, description: '费用类别：maintenance 定点维修 / fuel 定点加油 / insurance 定点保险 / other 其他' })
  @IsIn(VEHICLE_COST_KINDS, { message: 'kind：费用类别取值无效' })
  kind: VehicleCostKind;

  @ApiProperty({ description: '发生日期（YYYY-MM-DD）', example: '2026-11-20' })
  @IsCalendarDate({ message: 'date：日期格式必须为 YYYY-MM-DD' })
  date: string;

  @ApiProperty({ description: '金额（分）', example: 35000 })
  @IsInt32({ message: 'amountFen：金额必须为整数（分）' })
  @Min(1, { message: 'amountFen：金额须大于 0' })
  @Max(100_000_000, { message: 'amountFen：金额不超过 100 万元' })
  amountFen: number;

  @ApiProperty({ description: '定点单位（维修厂、加油站、保险公司）', example: '博山区公务用车定点维修中心' })
  @IsString({ message: 'supplier：必须为文本' })
  @MinLength(2, { message: 'supplier：须写明定点单位' })
  @MaxLength(100, { message: 'supplier：不超过 100 个字' })
  supplier: string;

  @ApiPropertyOptional({ description: '发票号' })
  @IsOptional()
  @Matches(/^[A-Za-z0-9-]{4,30}$/, { message: 'invoiceNumber：发票号为 4—30 位字母、数字或连字符' })
  invoiceNumber?: string;

  @ApiPropertyOptional({ description: '备注（维修项目、加油升数等）' })
  @IsOptional()
  @IsString({ message: 'note：必须为文本' })
  @MaxLength(500, { message: 'note：不超过 500 个字' })
  note?: string;
}

export class VehicleCostView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) vehicleId: string;
  @ApiPropertyOptional({ nullable: true, type: String }) plate: string | null;
  @ApiProperty() model: string;
  @ApiProperty({ format: 'uuid', description: '车辆所属单位' }) unitId: string;
  @ApiProperty({ enum: VEHICLE_COST_KINDS }) kind: VehicleCostKind;
  @ApiProperty() kindLabel: string;
  @ApiProperty() date: string;
  @ApiProperty({ description: '金额（分）' }) amountFen: number;
  @ApiProperty() supplier: string;
  @ApiPropertyOptional({ nullable: true, type: String }) invoiceNumber: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) note: string | null;
  @ApiProperty({ enum: VEHICLE_COST_STATUSES }) status: VehicleCostStatus;
  @ApiProperty() statusLabel: string;
  @ApiPropertyOptional({ nullable: true, type: String, description: '作废理由' }) voidReason: string | null;
  @ApiProperty({ description: '版本号（ETag）' }) version: number;
  @ApiProperty() createdAt: string;
  @ApiProperty({ description: '登记人' }) createdBy: string;
  @ApiProperty() updatedAt: string;
  @ApiProperty() updatedBy: string;
}

export const VehicleCostErrors = {
  notFound: { kind: 'not_found', code: 'VEHICLE_COST.NOT_FOUND', title: '费用记录不存在' },
  versionConflict: { kind: 'precondition_failed', code: 'VEHICLE_COST.VERSION_CONFLICT', title: '费用记录已被他人修改' },
  invalidState: { kind: 'rule_violation', code: 'VEHICLE_COST.INVALID_STATE', title: '当前状态不能进行此操作' },
  vehicleNotInService: { kind: 'rule_violation', code: 'VEHICLE_COST.VEHICLE_NOT_IN_SERVICE', title: '车辆不在用' },
  futureDate: { kind: 'rule_violation', code: 'VEHICLE_COST.FUTURE_DATE', title: '发生日期不能晚于今天' },
} as const;

/** RPC subjects, under `rpc.facilities-and-vehicles.`. */
export const VehicleCostSubjects = {
  create: 'vehicle-cost.create',
  void: 'vehicle-cost.void',
  get: 'vehicle-cost.get',
  list: 'vehicle-cost.list',
  report: 'vehicle-cost.report',
  exportReport: 'vehicle-cost.export-report',
} as const;

export namespace CreateVehicleCost {
  export class Request extends VehicleCostFields {}
  export class Reply extends VehicleCostView {}
}

export namespace VoidVehicleCost {
  export class Body {
    @ApiProperty({ description: '作废理由' })
    @IsString({ message: 'reason：必须为文本' })
    @MinLength(2, { message: 'reason：作废须说明理由（至少 2 个字）' })
    @MaxLength(1000, { message: 'reason：不超过 1000 个字' })
    reason: string;
  }
  export class Request extends Versioned(Body) {}
  export class Reply extends VehicleCostView {}
}

export namespace GetVehicleCost {
  export class Request extends RecordRef {}
  export class Reply extends VehicleCostView {}
}

export namespace ListVehicleCosts {
  export class Request extends PageQuery {
    @ApiPropertyOptional({ format: 'uuid', description: '车辆' })
    @IsOptional()
    @IsUUID('all', { message: 'vehicleId：应为车辆的 ID' })
    vehicleId?: string;

    @ApiPropertyOptional({ enum: VEHICLE_COST_KINDS, description: '费用类别' })
    @IsOptional()
    @IsIn(VEHICLE_COST_KINDS, { message: 'kind：取值无效' })
    kind?: VehicleCostKind;

    @ApiPropertyOptional({ enum: VEHICLE_COST_STATUSES, description: '状态' })
    @IsOptional()
    @IsIn(VEHICLE_COST_STATUSES, { message: 'status：取值无效' })
    status?: VehicleCostStatus;

    @ApiPropertyOptional({ description: '月份（YYYY-MM）' })
    @IsOptional()
    @Matches(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'month：月份格式必须为 YYYY-MM' })
    month?: string;
  }
  export class Reply extends PageMeta {
    @ApiProperty({ type: [VehicleCostView] }) items: VehicleCostView[];
  }
}

/** One vehicle's costs in one month: the ledger's by kind, and the trip costs recorded at 收车. */
export class VehicleCostReportRow {
  @ApiProperty({ description: '月份 YYYY-MM' }) month: string;
  @ApiProperty({ format: 'uuid' }) vehicleId: string;
  @ApiPropertyOptional({ nullable: true, type: String }) plate: string | null;
  @ApiProperty() model: string;
  @ApiProperty({ format: 'uuid' }) unitId: string;
  @ApiProperty({ description: '定点维修（分）' }) maintenanceFen: number;
  @ApiProperty({ description: '定点加油（分）' }) fuelFen: number;
  @ApiProperty({ description: '定点保险（分）' }) insuranceFen: number;
  @ApiProperty({ description: '其他（分）' }) otherFen: number;
  @ApiProperty({ description: '出车费用：油费、路桥、停车（分，收车时登记）' }) tripFen: number;
  @ApiProperty({ description: '合计（分）' }) totalFen: number;
}

export class VehicleCostUnitTotal {
  @ApiProperty({ description: '月份 YYYY-MM' }) month: string;
  @ApiProperty({ format: 'uuid' }) unitId: string;
  @ApiProperty({ description: '车辆数' }) vehicles: number;
  @ApiProperty({ description: '合计（分）' }) totalFen: number;
}

export namespace VehicleCostReport {
  export class Request {
    @ApiProperty({ description: '年度', example: 2026 })
    @Type(() => Number)
    @IsInt32({ message: 'year：年度必须为整数' })
    @Min(2000, { message: 'year：年度不早于 2000' })
    @Max(2100, { message: 'year：年度不晚于 2100' })
    year: number;

    @ApiPropertyOptional({ format: 'uuid', description: '单位（联络员只能看本单位）' })
    @IsOptional()
    @IsUUID('all', { message: 'unitId：应为单位的 ID' })
    unitId?: string;
  }
  export class Reply {
    @ApiProperty() year: number;
    @ApiProperty({ type: [VehicleCostReportRow], description: '按车辆、月份' }) rows: VehicleCostReportRow[];
    @ApiProperty({ type: [VehicleCostUnitTotal], description: '按单位、月份' }) units: VehicleCostUnitTotal[];
    @ApiProperty({ description: '全年合计（分）' }) totalFen: number;
  }
}

/** The year's report as an .xlsx: one row per vehicle and month, then the totals per unit and month and the year's (a liaison gets their unit's). */
export namespace ExportVehicleCostReport {
  export class Request extends VehicleCostReport.Request {}
  export class Reply {
    @ApiProperty({ description: '文件名（中文）' }) filename: string;
    @ApiProperty({ description: '媒体类型' }) mediaType: string;
    @ApiProperty({ description: '行数（不含表头）' }) rows: number;
    @ApiProperty({ description: '.xlsx 内容（Base64）' }) contentBase64: string;
  }
}

/** What the events of one entry carry. */
export class VehicleCostSnapshot {
  @ApiProperty() @IsUUID() id: string;
  @ApiProperty() @IsUUID() vehicleId: string;
  @ApiProperty() @IsUUID() unitId: string;
  @ApiProperty() @IsIn(VEHICLE_COST_KINDS) kind: VehicleCostKind;
  @ApiProperty() @IsCalendarDate() date: string;
  @ApiProperty() @IsInt32() @Min(1) amountFen: number;
  @ApiProperty() @IsIn(VEHICLE_COST_STATUSES) status: VehicleCostStatus;
  @ApiProperty() @IsInt32() @Min(1) version: number;
}

export const VehicleCostEvents = {
  recorded: eventSubject('facilities-and-vehicles', 'vehicle-cost.recorded'),
  voided: eventSubject('facilities-and-vehicles', 'vehicle-cost.voided'),
} as const;

/** What each event means, for the catalogue of the events (tools/asyncapi): one sentence about the fact. */
export const VehicleCostEventDescriptions = {
  'vehicle-cost.recorded': { zh: '公务用车运行费用入账（定点维修、加油、保险等）', en: 'A running cost of an official vehicle was recorded (designated maintenance, fuel, insurance, other).' },
  'vehicle-cost.voided': { zh: '运行费用记录作废（注明理由，不删除）', en: 'A running-cost entry was voided, with a reason (never deleted).' },
} as const;

/** Published by facilities-and-vehicles when a cost is recorded or voided; carries its snapshot. */
export namespace VehicleCostChanged {
  export class Event extends VehicleCostSnapshot {}
}
