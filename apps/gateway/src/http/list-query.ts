import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Matches, Max, Min } from 'class-validator';

/** `?limit=&offset=` or `?limit=&cursor=` (the `next_cursor` of the previous page), as every list takes them. */
export class ListQueryDto {
  @ApiPropertyOptional({ default: 50, minimum: 1, maximum: 200 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit?: number;

  @ApiPropertyOptional({ default: 0, minimum: 0 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  offset?: number;

  @ApiPropertyOptional({ description: 'next_cursor of the previous page' })
  @IsOptional()
  @Matches(/^\d{1,9}$/, { message: 'cursor must be a next_cursor value' })
  cursor?: string;
}

export interface Page {
  limit: number;
  offset: number;
}

export function pageOf(query: ListQueryDto = {}): Page {
  return { limit: query.limit ?? 50, offset: query.cursor !== undefined ? Number(query.cursor) : (query.offset ?? 0) };
}

/** The list shape of the API: `{items, total, next_cursor}`. */
export function listResult<T>(items: T[], total: number, page: Page) {
  const next = page.offset + items.length;
  return { items, total, next_cursor: next < total ? String(next) : null };
}
