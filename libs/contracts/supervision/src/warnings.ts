import { IsCalendarDate, IsInt32, ApiProperty, ApiPropertyOptional } from '@gov/contracts-common';
import { Type } from 'class-transformer';
import { IsIn, IsOptional, Max, Min } from 'class-validator';
import { SUPERVISION_ITEM_KINDS, TRAFFIC_LIGHTS, type SupervisionItemKind, type TrafficLight } from './items.js';

/** One overdue (red) item in a list. */
export class OverdueItemLine {
  @ApiProperty() id: string;
  @ApiProperty({ enum: SUPERVISION_ITEM_KINDS }) kind: SupervisionItemKind;
  @ApiProperty() title: string;
  @ApiPropertyOptional({ nullable: true, type: String }) dueDate: string | null;
  @ApiProperty({ enum: TRAFFIC_LIGHTS }) light: TrafficLight;
  @ApiPropertyOptional({ nullable: true, type: String }) lightReason: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) lightChangedAt: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) leaderName: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) leadUnitId: string | null;
}

export class OverdueByUnitGroup {
  @ApiPropertyOptional({ description: '主责单位 id（空表示待确认责任单位）', nullable: true, type: String }) unitId: string | null;
  @ApiProperty({ description: '单位名称' }) unitName: string;
  @ApiProperty({ description: '红灯事项数' }) redCount: number;
  @ApiProperty({ description: '黄灯事项数' }) yellowCount: number;
  @ApiProperty({ type: [OverdueItemLine], description: '红灯事项' }) items: OverdueItemLine[];
}

export class OverdueByLeaderGroup {
  @ApiProperty({ description: '批示领导 / 责任领导（未指明时为「未指明领导」）' }) leaderName: string;
  @ApiProperty() redCount: number;
  @ApiProperty() yellowCount: number;
  @ApiProperty({ type: [OverdueItemLine] }) items: OverdueItemLine[];
}

export const SupervisionWarningSubjects = {
  overdueByUnit: 'supervision-warning.overdue-by-unit',
  overdueByLeader: 'supervision-warning.overdue-by-leader',
  recompute: 'supervision-warning.recompute',
  overdueTrend: 'supervision-warning.overdue-trend',
} as const;

export namespace ListOverdueByUnit {
  export class Request {
    @ApiPropertyOptional({ enum: SUPERVISION_ITEM_KINDS }) @IsOptional() @IsIn(SUPERVISION_ITEM_KINDS) kind?: SupervisionItemKind;
  }
  export class Reply {
    @ApiProperty({ type: [OverdueByUnitGroup] }) groups: OverdueByUnitGroup[];
  }
}

export namespace ListOverdueByLeader {
  export class Request {
    @ApiPropertyOptional({ enum: SUPERVISION_ITEM_KINDS }) @IsOptional() @IsIn(SUPERVISION_ITEM_KINDS) kind?: SupervisionItemKind;
  }
  export class Reply {
    @ApiProperty({ type: [OverdueByLeaderGroup] }) groups: OverdueByLeaderGroup[];
  }
}

/** Runs the traffic-light job now (the office after a correction; tests with an explicit day). */
export namespace RecomputeLights {
  export class Request {
    @ApiPropertyOptional({ description: '按哪一天判定（YYYY-MM-DD，默认今天）' }) @IsOptional() @IsCalendarDate({ message: '日期格式必须为 YYYY-MM-DD' }) today?: string;
  }
  export class Reply {
    @ApiProperty({ description: '判定日期' }) asOf: string;
    @ApiProperty({ description: '检查的事项数' }) checked: number;
    @ApiProperty({ description: '灯色变化的事项数' }) changed: number;
    @ApiProperty({ description: '本次变为红灯的事项数' }) turnedRed: number;
    @ApiProperty({ description: '本次因单位已列入单位名录而自动交办的事项数' }) unitsAssigned: number;
  }
}

/** One month of the overdue trend (逾期趋势). */
export class OverdueTrendMonth {
  @ApiProperty({ description: '月份（YYYY-MM）' }) month: string;
  @ApiProperty({ description: '统计截至日（月末，本月为今天）' }) asOf: string;
  @ApiProperty({ description: '截至该日已过办理期限仍未办结的事项数' }) overdueOpen: number;
  @ApiProperty({ description: '当月办结且超过期限的事项数' }) closedLate: number;
  @ApiProperty({ description: '当月在期限内办结的事项数' }) closedOnTime: number;
}

/**
 * 逾期趋势: for each of the last months, what was overdue and still open at the month's end, and what was closed that
 * month late or on time. Counted from the records by the items' current due date (an approved extension counts from
 * its new date); withdrawn items are counted only while they were open.
 */
export namespace OverdueTrend {
  export class Request {
    @ApiPropertyOptional({ description: '月数（含本月，1–24，默认 12）', minimum: 1, maximum: 24 })
    @IsOptional()
    @Type(() => Number)
    @IsInt32({ message: '月数必须为整数' })
    @Min(1, { message: '月数至少为 1' })
    @Max(24, { message: '月数最多为 24' })
    months?: number;
    @ApiPropertyOptional({ enum: SUPERVISION_ITEM_KINDS }) @IsOptional() @IsIn(SUPERVISION_ITEM_KINDS) kind?: SupervisionItemKind;
  }
  export class Reply {
    @ApiProperty({ type: [OverdueTrendMonth] }) months: OverdueTrendMonth[];
  }
}
