import { EXACT_VISITOR_HOURS, estimateDistinct, sketchLevelsSql } from '../site-facts/visitor-sketch';
import type { AnalyticsWindow } from './analytics-window';

type Query = (sql: string, params: unknown[]) => Promise<Record<string, unknown>[]>;

/**
 * A local day is kept merged once it ended this long ago: the gateway dates an event at most a day before its
 * receipt, so new visitors rarely land in it (one that does, after a backlog, moves the day's counts, and the next
 * report merges the day again).
 */
const CLOSED_AFTER_HOURS = 48;

export interface VisitorCounts {
  visitors: number;
  converted: number;
}

export interface SiteVisitors extends VisitorCounts {
  /** By bucket start (ISO); empty for a minute series (visitors are kept per hour). */
  buckets: Map<string, VisitorCounts>;
  /** True when the figures come from the HyperLogLog sketches (±3.25% standard error). */
  estimated: boolean;
}

/**
 * A site's distinct visitors (and converted visitors) over a window and per bucket. While the window holds at most
 * EXACT_VISITOR_HOURS visitor-hours, they are counted exactly from the visitor-hour rows; beyond, the hours'
 * sketches are merged per local day, the days per bucket and over the window (a 90-day window of a busy site is at
 * most 2,160 sketches, not hundreds of thousands of rows, and closed days are kept merged: about 90 after the first
 * read). Hour buckets stay exact either way: each is one hour's own count.
 */
export async function readSiteVisitors(
  q: Query,
  schema: string,
  base: unknown[],
  w: AnalyticsWindow,
): Promise<SiteVisitors> {
  const hours = `"workspace_id" = $1 AND "site_id" = $2 AND "hour" >= date_trunc('hour', $3::timestamptz) AND "hour" < $4`;
  // Both at once: a long window of a busy site needs only the sketches (one round trip); a small one drops them.
  const sketched = readSketches(q, schema, base, w, hours);
  sketched.catch(() => undefined);
  const [{ rows }] = (await q(
    `SELECT coalesce(sum("visitors"), 0)::int AS rows FROM ${schema}."visitor_sketches" WHERE ${hours}`,
    base,
  )) as { rows: number }[];
  const counts = (r: Record<string, unknown>): VisitorCounts => ({
    visitors: Number(r.visitors),
    converted: Number(r.converted),
  });
  if (rows <= EXACT_VISITOR_HOURS) {
    const [[total], perBucket] = await Promise.all([
      q(
        `SELECT count(DISTINCT "visitor_id")::int AS visitors,
                count(DISTINCT "visitor_id") FILTER (WHERE "converted")::int AS converted
           FROM ${schema}."visitor_hours" WHERE ${hours}`,
        base,
      ),
      w.rows === 'minute'
        ? Promise.resolve([])
        : q(
            `SELECT date_trunc($5::text, "hour" AT TIME ZONE $6::text) AT TIME ZONE $6::text AS start,
                    count(DISTINCT "visitor_id")::int AS visitors,
                    count(DISTINCT "visitor_id") FILTER (WHERE "converted")::int AS converted
               FROM ${schema}."visitor_hours" WHERE ${hours} GROUP BY 1`,
            [...base, w.granularity, w.tz],
          ),
    ]);
    return {
      ...counts(total),
      buckets: new Map(perBucket.map((r) => [new Date(r.start as string).toISOString(), counts(r)])),
      estimated: false,
    };
  }
  return sketched;
}

/** The sketch path of readSiteVisitors. */
async function readSketches(
  q: Query,
  schema: string,
  base: unknown[],
  w: AnalyticsWindow,
  hours: string,
): Promise<SiteVisitors> {
  const counts = (r: Record<string, unknown>): VisitorCounts => ({
    visitors: Number(r.visitors),
    converted: Number(r.converted),
  });
  // The window's local days, from two sources: closed days entirely inside the window come from the day cache (each
  // merged from its hours on the first report that needed it, and again when its hours' counts moved since); the
  // other hours' sketches are merged here (and a closed day missing or outdated in the cache is kept for next time). Buckets are days OR-ed together, the window is the
  // buckets OR-ed together; only the levels' popcounts leave the database. Hour buckets sum the hours' exact counts.
  const perHour = w.granularity === 'hour';
  const levels = w.rows !== 'minute' && !perHour;
  const result = await q(
    `WITH span AS (
       SELECT d::date AS day
         FROM generate_series(date_trunc('day', $3::timestamptz AT TIME ZONE $6::text), $4::timestamptz AT TIME ZONE $6::text,
                              interval '1 day') AS d
        WHERE d AT TIME ZONE $6::text >= date_trunc('hour', $3::timestamptz)
          AND (d + interval '1 day') AT TIME ZONE $6::text <= $4::timestamptz
          AND (d + interval '1 day') AT TIME ZONE $6::text < now() - interval '${CLOSED_AFTER_HOURS} hours'),
     -- The exact visitors and converted visitors of each local day's hours: a kept day is used only while they still
     -- match (a sketch changes exactly when one of them grows), so a late visitor makes the day merge again.
     sums AS (
       SELECT (h."hour" AT TIME ZONE $6::text)::date AS day, sum(h."visitors")::int AS visitors,
              sum(h."converted")::int AS converted
         FROM ${schema}."visitor_sketches" h WHERE h.${hours.replace(/ AND "/g, ' AND h."')} GROUP BY 1),
     cached AS (
       SELECT c."day", c."visitor_sketch" AS vs, c."converted_sketch" AS cs, c."visitor_levels" AS vl,
              c."converted_levels" AS cl
         FROM ${schema}."visitor_day_sketches" c JOIN sums USING (day)
        WHERE c."workspace_id" = $1 AND c."site_id" = $2 AND c."tz" = $6::text AND c."day" IN (SELECT day FROM span)
          AND c."visitors" = sums.visitors AND c."converted" = sums.converted),
     merged AS (
       SELECT (h."hour" AT TIME ZONE $6::text)::date AS day, bit_or(h."visitor_sketch") AS vs, bit_or(h."converted_sketch") AS cs
         FROM ${schema}."visitor_sketches" h
        WHERE h.${hours.replace(/ AND "/g, ' AND h."')}
          AND (h."hour" AT TIME ZONE $6::text)::date NOT IN (SELECT day FROM cached)
        GROUP BY 1),
     -- In day order, so two reports keeping the same days lock them in the same order.
     kept AS (
       INSERT INTO ${schema}."visitor_day_sketches" AS k ("workspace_id", "site_id", "tz", "day", "visitors", "converted",
         "visitor_sketch", "converted_sketch", "visitor_levels", "converted_levels")
       SELECT $1, $2, $6::text, m.day, sums.visitors, sums.converted, m.vs, m.cs, ${sketchLevelsSql('m.vs')},
              ${sketchLevelsSql('m.cs')}
         FROM merged m JOIN span USING (day) JOIN sums USING (day)
        ORDER BY m.day
       ON CONFLICT ("workspace_id", "site_id", "tz", "day") DO UPDATE SET "visitors" = EXCLUDED."visitors",
         "converted" = EXCLUDED."converted", "visitor_sketch" = EXCLUDED."visitor_sketch",
         "converted_sketch" = EXCLUDED."converted_sketch", "visitor_levels" = EXCLUDED."visitor_levels",
         "converted_levels" = EXCLUDED."converted_levels"),
     days AS (SELECT *, NULL::int[] AS vl, NULL::int[] AS cl FROM merged UNION ALL SELECT * FROM cached),
     -- A day bucket of a kept day reuses the levels counted when it was kept (counting them is most of the work).
     g AS (
       SELECT date_trunc($5::text, day::timestamp) AT TIME ZONE $6::text AS start, bit_or(vs) AS vs, bit_or(cs) AS cs,
              CASE WHEN count(*) = 1 THEN min(vl) END AS vl, CASE WHEN count(*) = 1 THEN min(cl) END AS cl
         FROM days GROUP BY 1),
     t AS (SELECT bit_or(vs) AS vs, bit_or(cs) AS cs FROM g)
     SELECT NULL::timestamptz AS start, ${sketchLevelsSql('t.vs')} AS v_levels, ${sketchLevelsSql('t.cs')} AS c_levels
       FROM t
     ${
       levels
         ? `UNION ALL SELECT g.start, coalesce(g.vl, ${sketchLevelsSql('g.vs')}), coalesce(g.cl, ${sketchLevelsSql('g.cs')})
              FROM g`
         : ''
     }
     ORDER BY start NULLS FIRST`,
    [...base, levels ? w.granularity : 'day', w.tz],
  );
  const hourly = perHour
    ? await q(
        `SELECT date_trunc('hour', "hour" AT TIME ZONE $5::text) AT TIME ZONE $5::text AS start,
                sum("visitors")::int AS visitors, sum("converted")::int AS converted
           FROM ${schema}."visitor_sketches" WHERE ${hours} GROUP BY 1`,
        [...base, w.tz],
      )
    : [];
  const [total, ...groups] = result as { start: string | null; v_levels: number[]; c_levels: number[] }[];
  const buckets = perHour
    ? hourly.map((r) => [new Date(r.start as string).toISOString(), counts(r)] as const)
    : groups.map(
        (r) =>
          [
            new Date(r.start as string).toISOString(),
            { visitors: estimateDistinct(r.v_levels), converted: estimateDistinct(r.c_levels) },
          ] as const,
      );
  return {
    visitors: estimateDistinct(total.v_levels),
    converted: estimateDistinct(total.c_levels),
    buckets: new Map(buckets),
    estimated: true,
  };
}
