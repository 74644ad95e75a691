import { preparedQuery, quotedSchema } from '@mab/persistence';
import type { EntityManager } from 'typeorm';
import { COUNTER_OF, HEATMAP_SIZE, type SiteFact } from './site-fact';
import { registerSketchSql, sketchRegisterSql, SKETCH_BITS } from './visitor-sketch';

const COUNTERS = ['page_views', 'component_views', 'interactions', 'submissions'] as const;

/**
 * The rollup rows of the dimensions, as SQL over a set of facts `f` (one new fact, or every fact when rebuilding):
 * the one definition both paths use, so the incremental rollups and a rebuild cannot disagree. Every dimension is
 * kept by UTC hour (a time zone's buckets are made of hours) and by UTC day (a long window's totals, top lists and
 * component comparison read its whole days, and hours only at its edges); the site also by minute.
 *   site         ('')
 *   page         the page path
 *   component    the component id
 *   referrer     the referring host of page views
 *   utm_source   the campaign source of page views
 *   utm_campaign the campaign of page views and submissions (utm_campaign)
 *   device       the device of page views
 */
const DIMENSIONS_SQL = `
  SELECT k.dimension, g.granularity, date_trunc(g.granularity, k.occurred_at, 'UTC') AS bucket, k.key, k.type,
         k.workspace_id, k.site_id
    FROM (
      SELECT 'site' AS dimension, '' AS key, f.* FROM f
      UNION ALL SELECT 'page', f.page, f.* FROM f WHERE f.page IS NOT NULL
      UNION ALL SELECT 'component', f.component_id::text, f.* FROM f WHERE f.component_id IS NOT NULL
      UNION ALL SELECT 'referrer', f.referrer_host, f.* FROM f WHERE f.type = 'page_view' AND f.referrer_host IS NOT NULL
      UNION ALL SELECT 'utm_source', f.utm_source, f.* FROM f WHERE f.type = 'page_view' AND f.utm_source IS NOT NULL
      UNION ALL SELECT 'utm_campaign', f.utm_campaign, f.* FROM f WHERE f.utm_campaign IS NOT NULL
      UNION ALL SELECT 'device', f.device, f.* FROM f WHERE f.type = 'page_view' AND f.device IS NOT NULL
    ) k
    CROSS JOIN (VALUES ('minute'), ('hour'), ('day')) AS g (granularity)
   WHERE g.granularity <> 'minute' OR k.dimension = 'site'`;

const COUNTER_SUMS = COUNTERS.map(
  (c) => `count(*) FILTER (WHERE d.type = '${Object.keys(COUNTER_OF).find((t) => COUNTER_OF[t] === c)}')::int AS ${c}`,
).join(', ');

/**
 * Adds the rollups of the facts `factsSql` yields (a query, or an INSERT … RETURNING *, with the site_facts
 * columns), in one statement: the counters, the visitors per hour (exact, and their HyperLogLog sketches, moved only
 * by a visitor new to the hour or newly converted in it) and the heat-map cells are writable CTEs over the same
 * facts. Each upsert takes its rows in primary-key order, so two consumers' transactions on the same hour and day
 * rows lock them in the same order and cannot deadlock. Answers how many facts there were.
 */
async function addRollups(
  manager: EntityManager,
  factsSql: string,
  params: unknown[],
  prepareAs?: string,
): Promise<number> {
  const s = quotedSchema(manager);
  const sql = `WITH f AS (${factsSql}), d AS (${DIMENSIONS_SQL}),
     counted AS (
       INSERT INTO ${s}."site_counts" AS c
         ("workspace_id", "site_id", "dimension", "granularity", "bucket", "key", ${COUNTERS.map((c) => `"${c}"`).join(', ')})
       SELECT d.workspace_id, d.site_id, d.dimension, d.granularity, d.bucket, d.key, ${COUNTER_SUMS}
         FROM d GROUP BY d.workspace_id, d.site_id, d.dimension, d.granularity, d.bucket, d.key
        ORDER BY d.workspace_id, d.site_id, d.dimension, d.granularity, d.bucket, d.key
       ON CONFLICT ("workspace_id", "site_id", "dimension", "granularity", "bucket", "key") DO UPDATE SET
         ${COUNTERS.map((c) => `"${c}" = c."${c}" + EXCLUDED."${c}"`).join(', ')}),
     hv AS (
       SELECT f.workspace_id, f.site_id, date_trunc('hour', f.occurred_at) AS hour, f.visitor_id,
              bool_or(f.type = 'form_submission') AS converted
         FROM f GROUP BY 1, 2, 3, 4),
     -- A visitor-hour is written only when it is new or newly converted; RETURNING says which (xmax = 0: inserted),
     -- from what really happened, so two transactions seeing the same new visitor cannot both count it.
     visited AS (
       INSERT INTO ${s}."visitor_hours" AS v ("workspace_id", "site_id", "hour", "visitor_id", "converted")
       SELECT * FROM hv ORDER BY 1, 2, 3, 4
       ON CONFLICT ("workspace_id", "site_id", "hour", "visitor_id") DO UPDATE SET "converted" = true
         WHERE EXCLUDED."converted" AND NOT v."converted"
       RETURNING v.workspace_id, v.site_id, v.hour, v.visitor_id, (v.xmax = 0) AS is_new, v.converted),
     registers AS (
       SELECT x.workspace_id, x.site_id, x.hour, r.idx, max(r.rho) FILTER (WHERE x.is_new) AS rho,
              max(r.rho) FILTER (WHERE x.converted) AS converted_rho
         FROM visited x CROSS JOIN LATERAL (${sketchRegisterSql('x.visitor_id')}) r GROUP BY 1, 2, 3, 4),
     sketched AS (
       INSERT INTO ${s}."visitor_sketches" AS k
         ("workspace_id", "site_id", "hour", "visitors", "converted", "visitor_sketch", "converted_sketch")
       SELECT g.workspace_id, g.site_id, g.hour, n.visitors, n.converted,
              coalesce(g.visitor_sketch, 0::bit(${SKETCH_BITS})), g.converted_sketch
         FROM (SELECT workspace_id, site_id, hour, bit_or(${registerSketchSql('idx', 'rho')}) AS visitor_sketch,
                      bit_or(${registerSketchSql('idx', 'converted_rho')}) AS converted_sketch
                 FROM registers GROUP BY 1, 2, 3) g
         JOIN (SELECT workspace_id, site_id, hour, count(*) FILTER (WHERE is_new)::int AS visitors,
                      count(*) FILTER (WHERE converted)::int AS converted
                 FROM visited GROUP BY 1, 2, 3) n USING (workspace_id, site_id, hour)
        ORDER BY 1, 2, 3
       ON CONFLICT ("workspace_id", "site_id", "hour") DO UPDATE SET
         "visitors" = k."visitors" + EXCLUDED."visitors", "converted" = k."converted" + EXCLUDED."converted",
         "visitor_sketch" = k."visitor_sketch" | EXCLUDED."visitor_sketch",
         "converted_sketch" = CASE WHEN k."converted_sketch" IS NULL THEN EXCLUDED."converted_sketch"
           WHEN EXCLUDED."converted_sketch" IS NULL THEN k."converted_sketch"
           ELSE k."converted_sketch" | EXCLUDED."converted_sketch" END),
     clicked AS (
       INSERT INTO ${s}."heatmap_cells" AS h ("workspace_id", "component_id", "day", "cell_x", "cell_y", "count")
       SELECT f.workspace_id, f.component_id, (f.occurred_at AT TIME ZONE 'UTC')::date,
              least(${HEATMAP_SIZE - 1}, floor(f.x * ${HEATMAP_SIZE}))::smallint,
              least(${HEATMAP_SIZE - 1}, floor(f.y * ${HEATMAP_SIZE}))::smallint, count(*)::int
         FROM f WHERE f.type = 'component_interaction' AND f.component_id IS NOT NULL AND f.x IS NOT NULL AND f.y IS NOT NULL
        GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 5, 4
       ON CONFLICT ("workspace_id", "component_id", "day", "cell_y", "cell_x") DO UPDATE SET
         "count" = h."count" + EXCLUDED."count")
     SELECT count(*)::int AS facts FROM f`;
  // One fact per event: prepared once per connection (its plan costs more than its run); a rebuild runs once.
  const [{ facts }] = prepareAs
    ? await preparedQuery<{ facts: number }>(manager, prepareAs, sql, params)
    : // eslint-disable-next-line no-restricted-syntax -- rollups of facts selected by workspace (in factsSql)
      ((await manager.query(sql, params)) as { facts: number }[]);
  return facts;
}

/**
 * Keeps one fact, once, with its rollups, in one statement (one round trip per event): the event id is its key,
 * so a redelivered or duplicated event inserts nothing and moves no counter. Counters add up whatever order the
 * facts come in (a late event lands in its own bucket).
 */
export async function recordSiteFact(manager: EntityManager, fact: SiteFact): Promise<boolean> {
  const s = quotedSchema(manager);
  const inserted = await addRollups(
    manager,
    `INSERT INTO ${s}."site_facts" ("workspace_id", "event_id", "site_id", "type", "component_id", "visitor_id", "page",
       "referrer_host", "utm_source", "utm_campaign", "device", "x", "y", "occurred_at", "received_at")
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)
     ON CONFLICT ("workspace_id", "event_id") DO NOTHING RETURNING *`,
    [
      fact.workspaceId,
      fact.eventId,
      fact.siteId,
      fact.type,
      fact.componentId,
      fact.visitorId,
      fact.page,
      fact.referrerHost,
      fact.utmSource,
      fact.utmCampaign,
      fact.device,
      fact.x,
      fact.y,
      fact.occurredAt,
      fact.receivedAt,
    ],
    `${s.replace(/"/g, '')}.record-site-fact`,
  );
  return inserted > 0;
}

/**
 * Recomputes the rollups (of one workspace, or all) from the raw facts, for the buckets from `since` on (the
 * retention horizon: older facts are pruned, and their rollups are kept as they are).
 */
export async function rebuildRollups(
  manager: EntityManager,
  options: { workspaceId?: string; since: Date },
): Promise<{ facts: number; rows: number }> {
  const s = quotedSchema(manager);
  // From a UTC midnight: the day rows of `since`'s day are recomputed whole, never added to twice.
  const since0 = new Date(Math.floor(options.since.getTime() / 86_400_000) * 86_400_000);
  const params: unknown[] = [since0, ...(options.workspaceId ? [options.workspaceId] : [])];
  const scope = options.workspaceId ? `AND "workspace_id" = $2` : '';
  const since: Record<string, string> = {
    site_counts: `"bucket" >= $1`,
    visitor_hours: `"hour" >= $1`,
    visitor_sketches: `"hour" >= $1`,
    heatmap_cells: `"day" >= ($1::timestamptz AT TIME ZONE 'UTC')::date`,
  };
  for (const table of Object.keys(since)) {
    // eslint-disable-next-line no-restricted-syntax -- an operator's rebuild (one workspace or all)
    await manager.query(`DELETE FROM ${s}."${table}" WHERE ${since[table]} ${scope}`, params);
  }
  const count = await addRollups(manager, `SELECT * FROM ${s}."site_facts" WHERE "occurred_at" >= $1 ${scope}`, params);
  // eslint-disable-next-line no-restricted-syntax -- the rebuild's own counts
  const [{ rows }] = (await manager.query(
    `SELECT count(*)::int AS rows FROM ${s}."site_counts" WHERE "bucket" >= $1 ${scope}`,
    params,
  )) as { rows: number }[];
  return { facts: count, rows };
}
