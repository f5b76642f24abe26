import { IsCalendarDate, IsInt32 } from './validators.js';
import { ApiProperty } from './openapi.js';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsString, MaxLength, Min, ValidateNested } from 'class-validator';

/**
 * The working-day calendar is reference data of the whole platform. duty-and-meetings owns it (an
 * administrator loads or corrects a year there); every other service keeps a copy fed by
 * `CalendarYearPublished` and computes its deadlines over it.
 */
export class CalendarDay {
  @ApiProperty({ description: '日期（YYYY-MM-DD）', example: '2026-10-01' })
  @IsCalendarDate({ message: '日期格式必须为 YYYY-MM-DD' })
  date: string;

  @ApiProperty({ description: '名称', example: '国庆节' })
  @IsString()
  @MaxLength(40)
  name: string;
}

export class CalendarYearData {
  @ApiProperty({ description: '年份', example: 2026 })
  @IsInt32()
  @Min(2000)
  year: number;

  @ApiProperty({ description: '法定节假日（放假日）', type: [CalendarDay] })
  @IsArray()
  @ArrayMaxSize(60)
  @ValidateNested({ each: true })
  @Type(() => CalendarDay)
  holidays: CalendarDay[];

  @ApiProperty({ description: '调休上班日（周末上班）', type: [CalendarDay] })
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => CalendarDay)
  makeupWorkdays: CalendarDay[];

  @ApiProperty({ description: '来源（如 国务院办公厅关于2026年部分节假日安排的通知）' })
  @IsString()
  @MaxLength(200)
  source: string;

  @ApiProperty({ description: '版本号，每次修订加 1' })
  @IsInt32()
  @Min(1)
  version: number;
}

export const CALENDAR_YEAR_PUBLISHED = 'evt.duty-and-meetings.calendar.year-published';

/**
 * Published by duty-and-meetings when a year is loaded or corrected (and for every seeded year on first
 * start). Consumed by every service into its calendar copy; idempotent through the inbox, and a copy only
 * takes a version newer than the one it holds.
 */
export namespace CalendarYearPublished {
  export class Event extends CalendarYearData {}
}
