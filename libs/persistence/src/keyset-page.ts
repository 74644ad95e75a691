import { CURSOR_MAX_LENGTH, PAGE_LIMIT_DEFAULT, ServiceError, type Page, type PageQuery } from '@mab/contracts';
import type { EntityMetadata, ObjectLiteral, QueryRunner } from 'typeorm';
import type { ScopedQueryBuilder } from './workspace-repository';

export interface KeysetSort<E> {
  /**
   * Sort keys, most significant first, all in one direction, ending with a unique one (the id) so the order is
   * total. Their values must survive JSON: uuids, numbers, short text, and timestamps stored with millisecond
   * precision (`timestamptz(3)`): a microsecond the cursor cannot carry would skip or repeat rows.
   */
  keys: (keyof E & string)[];
  direction: 'ASC' | 'DESC';
}

type ColumnMetadata = NonNullable<ReturnType<EntityMetadata['findColumnWithPropertyName']>>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?(Z|[+-]\d{2}:\d{2})$/;

function invalidCursor(): ServiceError {
  return new ServiceError(400, 'invalid_cursor', 'cursor is not a next_cursor this list gave out', [
    { field: 'cursor', constraints: ['must be the next_cursor of a previous page'] },
  ]);
}

/** Whether a decoded cursor value can be compared with the column without the database refusing the cast. */
function fitsColumn(value: unknown, column: ColumnMetadata | undefined): boolean {
  const type = String(column?.type ?? '');
  if (/timestamp|date/i.test(type) || column?.type === Date)
    return typeof value === 'string' && ISO_TIMESTAMP.test(value) && Number.isFinite(Date.parse(value));
  if (type === 'uuid') return typeof value === 'string' && UUID.test(value);
  if (/int|numeric|decimal|float|double|real/i.test(type) || column?.type === Number)
    return typeof value === 'number' && Number.isFinite(value);
  return typeof value === 'string' && value.length <= 1000;
}

function encodeCursor(values: unknown[]): string {
  const cursor = Buffer.from(JSON.stringify(values)).toString('base64url');
  // A cursor the contracts' PageQuery would refuse is a list sorted by keys too long for a cursor: a programming error.
  if (cursor.length > CURSOR_MAX_LENGTH)
    throw new Error(`keyset cursor of ${cursor.length} characters: sort by shorter keys`);
  return cursor;
}

function decodeCursor(cursor: string, columns: (ColumnMetadata | undefined)[]): unknown[] {
  let values: unknown;
  try {
    values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalidCursor();
  }
  // Checked against the columns' types: a forged cursor must answer 400 here, not fail a cast in PostgreSQL (500).
  if (
    !Array.isArray(values) ||
    values.length !== columns.length ||
    !values.every((v, i) => fitsColumn(v, columns[i]))
  ) {
    throw invalidCursor();
  }
  return values;
}

const cursorValue = (value: unknown) => (value instanceof Date ? value.toISOString() : value);

export interface KeysetPageOptions {
  /**
   * Count at most this many rows: past it, `total` is the cap and `total_capped` is true ("10,000+"). An exact count
   * of a large filtered list reads every matching row (a million contacts: hundreds of milliseconds); a capped one
   * stops early, and a list never shows more than a few pages anyway.
   */
  countLimit?: number;
  /**
   * When the (capped) count is below this, sort the matching rows instead of walking the sort key's index. The
   * planner walks that index whenever it expects the filter to match often along it; a filter served by another
   * index (GIN tags, trigram search) that matches few rows, or rows the sort order puts last, then reads the whole
   * index. Knowing the count, the choice is ours: few matches are cheaper to sort than to look for.
   */
  sortInMemoryBelow?: number;
}

/** The filtered list's size, reading at most `limit` + 1 rows when a limit is given. */
async function countRows<E extends ObjectLiteral>(
  qb: ScopedQueryBuilder<E>,
  limit: number | undefined,
): Promise<{ total: number; capped: boolean }> {
  if (limit === undefined) return { total: await qb.clone().getCount(), capped: false };
  // The scoped builder's own SQL (its workspace condition included), wrapped in a count, on the builder's runner so
  // a list inside a transaction counts what that transaction sees.
  const [sql, params] = qb
    .clone()
    .select('1')
    .limit(limit + 1)
    .getQueryAndParameters();
  const runner = (qb as unknown as { queryRunner?: QueryRunner }).queryRunner ?? qb.connection;
  const [row] = (await runner.query(`SELECT count(*)::int AS n FROM (${sql}) AS capped`, params)) as { n: number }[];
  return row.n > limit ? { total: limit, capped: true } : { total: row.n, capped: false };
}

/**
 * One page of a list in the API's shape, by keyset: `WHERE (keys) < (cursor values) ORDER BY keys LIMIT n+1`, so a
 * deep page costs what the first costs (an index on the keys serves it). `offset` is honoured for the first page
 * only (bounded by the contracts' PageQuery). `total` is a count of the filtered list, one more query per page,
 * capped by `options.countLimit`.
 */
export async function keysetPage<E extends ObjectLiteral, V>(
  qb: ScopedQueryBuilder<E>,
  sort: KeysetSort<E>,
  request: PageQuery,
  view: (row: E) => V,
  options: KeysetPageOptions = {},
): Promise<Page<V>> {
  const alias = qb.alias;
  const limit = request.limit ?? PAGE_LIMIT_DEFAULT;
  const { total, capped } = await countRows(qb, options.countLimit);
  const metadata = qb.expressionMap.mainAlias?.metadata;
  const columns = sort.keys.map((k) => `${alias}.${k}`);
  // COALESCE(x, x) is x, but no index on x serves it: the planner sorts the filtered rows (see sortInMemoryBelow).
  const sortInMemory = options.sortInMemoryBelow !== undefined && !capped && total < options.sortInMemoryBelow;
  const orderColumns = sortInMemory ? columns.map((c) => `COALESCE(${c}, ${c})`) : columns;
  const page = qb.clone();
  if (request.cursor) {
    const values = decodeCursor(
      request.cursor,
      sort.keys.map((k) => metadata?.findColumnWithPropertyName(k)),
    );
    const params = Object.fromEntries(values.map((v, i) => [`__cursor${i}`, v]));
    const op = sort.direction === 'DESC' ? '<' : '>';
    page.andWhere(`(${columns.join(', ')}) ${op} (${values.map((_, i) => `:__cursor${i}`).join(', ')})`, params);
  } else if (request.offset) {
    page.skip(request.offset);
  }
  orderColumns.forEach((column, i) =>
    i === 0 ? page.orderBy(column, sort.direction) : page.addOrderBy(column, sort.direction),
  );
  const rows = await page.take(limit + 1).getMany();
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  const next_cursor = rows.length > limit && last ? encodeCursor(sort.keys.map((k) => cursorValue(last[k]))) : null;
  return { items: items.map(view), total, next_cursor, ...(capped ? { total_capped: true } : {}) };
}
