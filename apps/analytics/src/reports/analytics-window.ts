import {
  ANALYTICS_MAX_RANGE_DAYS,
  ServiceError,
  type AnalyticsGranularity,
  type AnalyticsWindowQuery,
} from '@mab/contracts';

const DAY = 86_400_000;
const DEFAULT_DAYS = 30;

export interface AnalyticsWindow {
  from: Date;
  to: Date;
  granularity: AnalyticsGranularity;
  tz: string;
  /** The rollup rows the window reads: minute rows for a minute series, hour rows otherwise. */
  rows: 'minute' | 'hour';
}

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/**
 * The window of a read, validated: `to` after `from`, an IANA time zone, and a range no longer than its
 * granularity allows (ANALYTICS_MAX_RANGE_DAYS), each refusal a 400 naming the field and the limit.
 */
export function analyticsWindow(query: AnalyticsWindowQuery, now = new Date()): AnalyticsWindow {
  const granularity = query.granularity ?? 'day';
  const to = query.to ? new Date(query.to) : now;
  const from = query.from ? new Date(query.from) : new Date(to.getTime() - DEFAULT_DAYS * DAY);
  const tz = query.tz ?? 'UTC';
  if (!isTimeZone(tz)) {
    throw ServiceError.validation(`tz ${tz} is not an IANA time zone`, [
      { field: 'tz', constraints: ['must be an IANA time zone such as Europe/Paris'] },
    ]);
  }
  if (to.getTime() <= from.getTime()) {
    throw ServiceError.validation('to must be after from', [{ field: 'to', constraints: ['must be after from'] }]);
  }
  const maxDays = ANALYTICS_MAX_RANGE_DAYS[granularity];
  if (to.getTime() - from.getTime() > maxDays * DAY) {
    throw ServiceError.validation(
      `a ${granularity} series covers at most ${maxDays} days; narrow from and to or take a larger granularity`,
      [{ field: 'from', constraints: [`must be at most ${maxDays} days before to for granularity ${granularity}`] }],
    );
  }
  return { from, to, granularity, tz, rows: granularity === 'minute' ? 'minute' : 'hour' };
}

export const ratio = (part: number, whole: number): number | null =>
  whole ? Math.round((part / whole) * 10_000) / 10_000 : null;

/** The buckets of a window in its time zone (empty ones included), as local timestamps and their instants. */
export function bucketsSql(p: { from: string; to: string; tz: string; unit: string }): string {
  return `SELECT local, local AT TIME ZONE ${p.tz} AS start FROM generate_series(
            date_trunc(${p.unit}, ${p.from} AT TIME ZONE ${p.tz}),
            (${p.to} AT TIME ZONE ${p.tz}) - interval '1 millisecond',
            ('1 ' || ${p.unit})::interval) AS local`;
}

/**
 * The rollup rows that add up to a window's totals: whole UTC days from the day rows, the hours at the window's
 * edges from the hour rows (a 90-day window reads about 90 + 48 rows per key instead of 2,160). `from` and `to`
 * are SQL timestamptz expressions; the window starts on its hour, as every read does.
 */
export function windowRowsSql(from: string, to: string, column = ''): string {
  const bucket = `${column}"bucket"`;
  const granularity = `${column}"granularity"`;
  const start = `date_trunc('hour', ${from})`;
  const firstDay = `date_trunc('day', ${start} + interval '24 hours' - interval '1 microsecond', 'UTC')`;
  const lastDay = `date_trunc('day', ${to}, 'UTC')`;
  return `((${granularity} = 'day' AND ${bucket} >= ${firstDay} AND ${bucket} < ${lastDay})
      OR (${granularity} = 'hour' AND ${bucket} >= ${start} AND ${bucket} < ${to}
          AND (${bucket} < ${firstDay} OR ${bucket} >= ${lastDay})))`;
}
