import { PAGE_LIMIT_DEFAULT, PAGE_OFFSET_MAX, type Page, type PageQuery } from '@mab/contracts';
import { ApiError } from './api-error';

/**
 * The gateway's own lists (members, keys, invitations, workspaces) are small and page by offset: their `next_cursor`
 * is the next offset. Lists of the services page by keyset instead (libs/persistence keysetPage).
 */
export interface OffsetPage {
  limit: number;
  offset: number;
}

export function offsetPageOf(query: PageQuery = {}): OffsetPage {
  if (query.cursor === undefined) return { limit: query.limit ?? PAGE_LIMIT_DEFAULT, offset: query.offset ?? 0 };
  const offset = /^\d{1,6}$/.test(query.cursor) ? Number(query.cursor) : Number.NaN;
  if (!(offset <= PAGE_OFFSET_MAX)) {
    throw new ApiError(400, 'validation_failed', 'cursor is not a next_cursor this list gave out', [
      { field: 'cursor', constraints: ['must be the next_cursor of a previous page'] },
    ]);
  }
  return { limit: query.limit ?? PAGE_LIMIT_DEFAULT, offset };
}

/** The list shape of the API: `{items, total, next_cursor}`. */
export function offsetPageResult<T>(items: T[], total: number, page: OffsetPage): Page<T> {
  const next = page.offset + items.length;
  return { items, total, next_cursor: next < total && next <= PAGE_OFFSET_MAX ? String(next) : null };
}
