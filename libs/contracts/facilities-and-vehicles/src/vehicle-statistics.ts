import { Type } from 'class-transformer';
import { IsOptional, IsUUID, Max, Min } from 'class-validator';
import { ApiProperty, ApiPropertyOptional, IsInt32 } from '@gov/contracts-common';
import { VEHICLE_CATEGORIES, type VehicleCategory } from './vehicles.js';

/**
 * 公务用车年度统计 (the province's yearly statistics of official vehicles, 《党政机关公务用车管理办法》 RULES.md §2.9):
 * per unit and category, computed from the register, the car platform's trips and the running costs; never re-keyed.
 */
export class VehicleStatisticsRow {
  @ApiProperty({ format: 'uuid', description: '单位' }) unitId: string;
  @ApiProperty({ enum: VEHICLE_CATEGORIES, description: '车辆类别' }) category: VehicleCategory;
  @ApiProperty({ description: '编制数（年末有效的编制）' }) quota: number;
  @ApiProperty({ description: '实有数（年末在用）' }) held: number;
  @ApiProperty({ description: '本年更新购置数' }) renewals: number;
  @ApiProperty({ description: '本年新增购置数' }) additions: number;
  @ApiProperty({ description: '本年处置数（含更新替换）' }) disposals: number;
  @ApiProperty({ description: '本年行驶里程（公里，按收车登记）' }) mileageKm: number;
  @ApiProperty({ description: '本年出车次数（已派车、已完成）' }) dispatches: number;
  @ApiProperty({ description: '燃油费（分：定点加油 + 收车登记油费）' }) fuelFen: number;
  @ApiProperty({ description: '维修费（分：定点维修）' }) maintenanceFen: number;
  @ApiProperty({ description: '保险费（分：定点保险）' }) insuranceFen: number;
  @ApiProperty({ description: '其他费用（分：年检、路桥、停车等）' }) otherFen: number;
  @ApiProperty({ description: '运行费用合计（分）' }) totalFen: number;
}

export namespace VehicleStatistics {
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
    @ApiProperty({ type: [VehicleStatisticsRow], description: '按单位、类别' }) rows: VehicleStatisticsRow[];
    @ApiProperty({ type: VehicleStatisticsRow, description: '合计（unitId 为空串，category 为 other）' }) total: VehicleStatisticsRow;
  }
}

/** The yearly statistics as an .xlsx (one row per unit and category, then the total; amounts in 元). */
export namespace ExportVehicleStatistics {
  export class Request extends VehicleStatistics.Request {}
  export class Reply {
    @ApiProperty({ description: '文件名（中文）' }) filename: string;
    @ApiProperty({ description: '媒体类型' }) mediaType: string;
    @ApiProperty({ description: '行数（不含表头）' }) rows: number;
    @ApiProperty({ description: '.xlsx 内容（Base64）' }) contentBase64: string;
  }
}

/** RPC subjects, under `rpc.facilities-and-vehicles.`. */
export const VehicleStatisticsSubjects = {
  report: 'vehicle-statistics.report',
  export: 'vehicle-statistics.export',
} as const;
