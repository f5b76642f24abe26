import { IsInt32 } from './validators.js';
import { ApiProperty, ApiPropertyOptional } from './openapi.js';
import { Type } from 'class-transformer';
import { IsOptional, Max, Min } from 'class-validator';

export const MAX_PAGE_SIZE = 100;

/** limit/offset paging with a capped page size. */
export class PageQuery {
  @ApiPropertyOptional({ description: '每页条数（1–100，默认 20）', default: 20, minimum: 1, maximum: MAX_PAGE_SIZE })
  @IsOptional()
  @Type(() => Number)
  @IsInt32()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  limit?: number;

  @ApiPropertyOptional({ description: '跳过条数（默认 0）', default: 0, minimum: 0 })
  @IsOptional()
  @Type(() => Number)
  @IsInt32()
  @Min(0)
  offset?: number;
}

export interface Page<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
}

export function pageOf(query: PageQuery): { limit: number; offset: number } {
  return { limit: query.limit ?? 20, offset: query.offset ?? 0 };
}

export class PageMeta {
  @ApiProperty({ description: '总条数' }) total: number;
  @ApiProperty({ description: '每页条数' }) limit: number;
  @ApiProperty({ description: '跳过条数' }) offset: number;
}
