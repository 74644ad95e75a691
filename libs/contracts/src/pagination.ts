import { ApiProperty } from '@nestjs/swagger';
import { Int, Text } from './fields';

export const PAGE_LIMIT_DEFAULT = 50;
export const PAGE_LIMIT_MAX = 200;
/**
 * Deepest offset a list accepts. Deep offsets make the database walk and discard every skipped row; past this,
 * clients follow `next_cursor` (keyset lists stay fast at any depth). HubSpot draws the same line at 10,000.
 */
export const PAGE_OFFSET_MAX = 10_000;
export const CURSOR_MAX_LENGTH = 200;

/** `?limit=&offset=` or `?limit=&cursor=` (the `next_cursor` of the previous page), as every list takes them. */
export class PageQuery {
  @Int({ optional: true, min: 1, max: PAGE_LIMIT_MAX, default: PAGE_LIMIT_DEFAULT, fromQuery: true })
  limit?: number;

  @Int({
    optional: true,
    min: 0,
    max: PAGE_OFFSET_MAX,
    default: 0,
    fromQuery: true,
    description: 'Rows to skip; prefer cursor',
  })
  offset?: number;

  @Text({
    optional: true,
    max: CURSOR_MAX_LENGTH,
    pattern: /^[A-Za-z0-9_-]+$/,
    patternMessage: 'must be the next_cursor of a previous page',
    description: 'next_cursor of the previous page',
  })
  cursor?: string;
}

/** The list shape of the API. */
export interface Page<T> {
  items: T[];
  total: number;
  next_cursor: string | null;
  /** Present (true) when the list counts at most `total` rows and holds more: show "10,000+". */
  total_capped?: true;
}

const pageClasses = new Map<Function, Function>();
const pageNames = new Map<string, Function>();

/**
 * The OpenAPI-documented page class of a view (`PageOf(SiteView)` → `SitePage {items: SiteView[], total,
 * next_cursor}`), made once per view so the document names it once. Two views of one name would share a schema
 * name in the document: refused.
 */
export function PageOf<T>(item: new () => T): new () => Page<T> {
  const existing = pageClasses.get(item);
  if (existing) return existing as new () => Page<T>;
  const name = `${item.name.replace(/View$/, '')}Page`;
  if (pageNames.has(name)) throw new Error(`PageOf(${item.name}): another view already makes the page schema ${name}`);
  class PageView implements Page<T> {
    @ApiProperty({ type: item, isArray: true })
    items: T[];

    @ApiProperty({ type: 'integer', description: 'How many items the whole list holds' })
    total: number;

    @ApiProperty({ type: String, nullable: true, description: 'Pass as ?cursor= for the next page; null on the last' })
    next_cursor: string | null;

    @ApiProperty({
      type: Boolean,
      required: false,
      description:
        'Present (true) when a large list counted only up to `total` and holds more (show "10,000+"); absent when `total` is exact',
    })
    total_capped?: true;
  }
  Object.defineProperty(PageView, 'name', { value: name });
  pageClasses.set(item, PageView);
  pageNames.set(name, item);
  return PageView;
}
