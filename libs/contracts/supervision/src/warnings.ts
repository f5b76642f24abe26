import { IsCalendarDate, ApiProperty, ApiPropertyOptional } from '@gov/contracts-common';
import { IsIn, IsOptional } from 'class-validator';
import { SUPERVISION_ITEM_KINDS, type SupervisionItemKind, type TrafficLight } from './items.js';

/** One overdue (red) item in a list. */
export class OverdueItemLine {
  @ApiProperty() id: string;
  @ApiProperty({ enum: SUPERVISION_ITEM_KINDS }) kind: SupervisionItemKind;
  @ApiProperty() title: string;
  @ApiPropertyOptional({ nullable: true, type: String }) dueDate: string | null;
  @ApiProperty() light: TrafficLight;
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
