import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsString, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { CalendarDay, CalendarYearData, IsCalendarDate, IsInt32, ApiProperty, ApiPropertyOptional } from '@gov/contracts-common';


export const CalendarErrors = {
  yearNotFound: { kind: 'not_found', code: 'CALENDAR.YEAR_NOT_FOUND', title: '该年度节假日安排尚未录入' },
  invalidYear: { kind: 'validation', code: 'CALENDAR.INVALID_YEAR', title: '节假日安排有误' },
  versionConflict: { kind: 'precondition_failed', code: 'CALENDAR.VERSION_CONFLICT', title: '节假日安排已被他人修改' },
} as const;

export const CalendarSubjects = {
  listYears: 'calendar.year.list',
  getYear: 'calendar.year.get',
  putYear: 'calendar.year.put',
  computeDeadline: 'calendar.deadline.compute',
} as const;

export class CalendarYearSummary {
  @ApiProperty() year: number;
  @ApiProperty() holidayCount: number;
  @ApiProperty() makeupWorkdayCount: number;
  @ApiProperty() source: string;
  @ApiProperty() version: number;
  @ApiProperty() updatedAt: string;
  @ApiProperty() updatedBy: string;
}

export namespace ListCalendarYears {
  export class Request {}
  export class Reply {
    @ApiProperty({ type: [CalendarYearSummary] }) items: CalendarYearSummary[];
  }
}

export namespace GetCalendarYear {
  export class Request {
    @ApiProperty() @IsInt32() @Min(2000) @Max(2100) year: number;
  }
  export class Reply extends CalendarYearData {
    @ApiProperty() updatedAt: string;
    @ApiProperty() updatedBy: string;
  }
}

export namespace PutCalendarYear {
  export class Body {
    @ApiProperty({ type: [CalendarDay] })
    @IsArray()
    @ArrayMaxSize(60)
    @ValidateNested({ each: true })
    @Type(() => CalendarDay)
    holidays: CalendarDay[];

    @ApiProperty({ type: [CalendarDay] })
    @IsArray()
    @ArrayMaxSize(20)
    @ValidateNested({ each: true })
    @Type(() => CalendarDay)
    makeupWorkdays: CalendarDay[];

    @ApiProperty({ description: '来源文件', example: '国务院办公厅关于2027年部分节假日安排的通知' })
    @IsString()
    @MinLength(4)
    @MaxLength(200)
    source: string;

    @ApiPropertyOptional({ description: '修订已有年度时，客户端所持版本号' })
    @IsOptional()
    @IsInt32()
    @Min(1)
    expectedVersion?: number;
  }
  export class Request extends Body {
    @ApiProperty() @IsInt32() @Min(2000) @Max(2100) year: number;
  }
  export class Reply extends GetCalendarYear.Reply {}
}

export const DEADLINE_UNITS = ['working_days', 'calendar_days', 'months'] as const;

export namespace ComputeDeadline {
  export class Pause {
    @ApiProperty({ description: '暂停开始日' }) @IsCalendarDate({ message: '日期格式必须为 YYYY-MM-DD' }) from: string;
    @ApiPropertyOptional({ description: '恢复日（空表示仍在暂停）' }) @IsOptional() @IsCalendarDate({ message: '日期格式必须为 YYYY-MM-DD' }) to?: string;
    @ApiProperty({ description: '暂停原因，如 补正、征求第三方意见' }) @IsString() @MaxLength(100) reason: string;
  }
  export class Extension {
    @ApiProperty() @IsInt32() @Min(1) @Max(366) amount: number;
    @ApiProperty({ enum: DEADLINE_UNITS }) @IsIn(DEADLINE_UNITS) unit: (typeof DEADLINE_UNITS)[number];
    @ApiProperty() @IsString() @MaxLength(200) reason: string;
  }
  export class Request {
    @ApiProperty({ description: '起算事件发生日（不计入期间）', example: '2026-09-28' })
    @IsCalendarDate({ message: '日期格式必须为 YYYY-MM-DD' })
    start: string;

    @ApiProperty({ example: 20 }) @IsInt32() @Min(0) @Max(3660) amount: number;
    @ApiProperty({ enum: DEADLINE_UNITS }) @IsIn(DEADLINE_UNITS) unit: (typeof DEADLINE_UNITS)[number];

    @ApiPropertyOptional({ type: [Pause] })
    @IsOptional()
    @IsArray()
    @ArrayMaxSize(20)
    @ValidateNested({ each: true })
    @Type(() => Pause)
    pauses?: Pause[];

    @ApiPropertyOptional({ type: [Extension] })
    @IsOptional()
    @IsArray()
    @ArrayMaxSize(5)
    @ValidateNested({ each: true })
    @Type(() => Extension)
    extensions?: Extension[];
  }
  export class Reply {
    @ApiProperty({ description: '到期日', type: String, nullable: true }) dueDate: string | null;
    @ApiProperty({ description: '是否为暂定（所涉年度节假日尚未发布）' }) provisional: boolean;
    @ApiProperty({ type: [String] }) provisionalReasons: string[];
    @ApiProperty({ type: [String], description: '计算过程说明' }) explanation: string[];
  }
}
