import { PAGE_LIMIT_DEFAULT, ServiceError, type Page } from '@mab/contracts';
import type { ObjectLiteral } from 'typeorm';
import type { ScopedQueryBuilder } from './workspace-repository';

export interface KeysetSort<E> {
  /**
   * Sort keys, most significant first, all in one direction, ending with a unique one (the id) so the order is
   * total. Their values must survive JSON: text, numbers, uuids, and timestamps stored with millisecond precision
   * (`timestamptz(3)`): a microsecond the cursor cannot carry would skip or repeat rows.
   */
  keys: (keyof E & string)[];
  direction: 'ASC' | 'DESC';
}

export interface PageRequest {
  limit?: number;
  offset?: number;
  cursor?: string;
}

function encodeCursor(values: unknown[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

function decodeCursor(cursor: string, arity: number): unknown[] {
  try {
    const values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(values) &&
      values.length === arity &&
      values.every((v) => ['string', 'number'].includes(typeof v))
    ) {
      return values;
    }
  } catch {
    // falls through to the 400 below
  }
  throw new ServiceError(400, 'invalid_cursor', 'cursor is not a next_cursor this list gave out', [
    { field: 'cursor', constraints: ['must be the next_cursor of a previous page'] },
  ]);
}

const cursorValue = (value: unknown) => (value instanceof Date ? value.toISOString() : value);

/**
 * One page of a list in the API's shape, by keyset: `WHERE (keys) < (cursor values) ORDER BY keys LIMIT n+1`, so
 * page 1,000 costs what page 1 costs (an index on the keys serves it). `offset` is honoured for the first page only
 * (bounded by the contracts' PageQuery). `total` counts the filtered list.
 */
export async function keysetPage<E extends ObjectLiteral, V>(
  qb: ScopedQueryBuilder<E>,
  alias: string,
  sort: KeysetSort<E>,
  request: PageRequest,
  view: (row: E) => V,
): Promise<Page<V>> {
  const limit = request.limit ?? PAGE_LIMIT_DEFAULT;
  const total = await qb.clone().getCount();
  const columns = sort.keys.map((k) => `${alias}.${k}`);
  const page = qb.clone();
  if (request.cursor) {
    const values = decodeCursor(request.cursor, sort.keys.length);
    const params = Object.fromEntries(values.map((v, i) => [`__cursor${i}`, v]));
    const op = sort.direction === 'DESC' ? '<' : '>';
    page.andWhere(`(${columns.join(', ')}) ${op} (${values.map((_, i) => `:__cursor${i}`).join(', ')})`, params);
  } else if (request.offset) {
    page.skip(request.offset);
  }
  columns.forEach((column, i) =>
    i === 0 ? page.orderBy(column, sort.direction) : page.addOrderBy(column, sort.direction),
  );
  const rows = await page.take(limit + 1).getMany();
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  const next_cursor = rows.length > limit && last ? encodeCursor(sort.keys.map((k) => cursorValue(last[k]))) : null;
  return { items: items.map(view), total, next_cursor };
}
