import { quotedSchema } from '@mab/persistence';
import type { EntityManager } from 'typeorm';
import { COUNTER_OF, HEATMAP_SIZE, type SiteFact } from './site-fact';

const COUNTERS = ['page_views', 'component_views', 'interactions', 'submissions'] as const;

/**
 * The rollup rows of the dimensions, as SQL over a set of facts `f` (one new fact, or every fact when rebuilding):
 * the one definition both paths use, so the incremental rollups and a rebuild cannot disagree.
 *   site       (''), by minute and by hour
 *   page       the page path, by hour
 *   component  the component id, by hour
 *   referrer   the referring host of page views, by hour
 *   utm_source the campaign source of page views, by hour
 *   utm_campaign the campaign of page views and submissions (utm_campaign), by hour
 *   device     the device of page views, by hour
 */
const DIMENSIONS_SQL = `
  SELECT 'site' AS dimension, 'minute' AS granularity, date_trunc('minute', f.occurred_at) AS bucket, '' AS key, f.* FROM f
  UNION ALL SELECT 'site', 'hour', date_trunc('hour', f.occurred_at), '', f.* FROM f
  UNION ALL SELECT 'page', 'hour', date_trunc('hour', f.occurred_at), f.page, f.* FROM f WHERE f.page IS NOT NULL
  UNION ALL SELECT 'component', 'hour', date_trunc('hour', f.occurred_at), f.component_id::text, f.* FROM f
    WHERE f.component_id IS NOT NULL
  UNION ALL SELECT 'referrer', 'hour', date_trunc('hour', f.occurred_at), f.referrer_host, f.* FROM f
    WHERE f.type = 'page_view' AND f.referrer_host IS NOT NULL
  UNION ALL SELECT 'utm_source', 'hour', date_trunc('hour', f.occurred_at), f.utm_source, f.* FROM f
    WHERE f.type = 'page_view' AND f.utm_source IS NOT NULL
  UNION ALL SELECT 'utm_campaign', 'hour', date_trunc('hour', f.occurred_at), f.utm_campaign, f.* FROM f
    WHERE f.utm_campaign IS NOT NULL
  UNION ALL SELECT 'device', 'hour', date_trunc('hour', f.occurred_at), f.device, f.* FROM f
    WHERE f.type = 'page_view' AND f.device IS NOT NULL`;

const COUNTER_SUMS = COUNTERS.map(
  (c) => `count(*) FILTER (WHERE d.type = '${Object.keys(COUNTER_OF).find((t) => COUNTER_OF[t] === c)}')::int AS ${c}`,
).join(', ');

/**
 * Adds the rollups of the facts `factsSql` yields (a query, or an INSERT … RETURNING *, with the site_facts
 * columns), in one statement: the counters, the visitors per hour and the heat-map cells are writable CTEs over the
 * same facts. Answers how many facts there were.
 */
async function addRollups(manager: EntityManager, factsSql: string, params: unknown[]): Promise<number> {
  const s = quotedSchema(manager);
  // eslint-disable-next-line no-restricted-syntax -- rollups of facts selected by workspace (in factsSql)
  const [{ facts }] = (await manager.query(
    `WITH f AS (${factsSql}), d AS (${DIMENSIONS_SQL}),
     counted AS (
       INSERT INTO ${s}."site_counts" AS c
         ("workspace_id", "site_id", "dimension", "granularity", "bucket", "key", ${COUNTERS.map((c) => `"${c}"`).join(', ')})
       SELECT d.workspace_id, d.site_id, d.dimension, d.granularity, d.bucket, d.key, ${COUNTER_SUMS}
         FROM d GROUP BY d.workspace_id, d.site_id, d.dimension, d.granularity, d.bucket, d.key
       ON CONFLICT ("workspace_id", "site_id", "dimension", "granularity", "bucket", "key") DO UPDATE SET
         ${COUNTERS.map((c) => `"${c}" = c."${c}" + EXCLUDED."${c}"`).join(', ')}),
     visited AS (
       INSERT INTO ${s}."visitor_hours" AS v ("workspace_id", "site_id", "hour", "visitor_id", "converted")
       SELECT f.workspace_id, f.site_id, date_trunc('hour', f.occurred_at), f.visitor_id, bool_or(f.type = 'form_submission')
         FROM f GROUP BY 1, 2, 3, 4
       ON CONFLICT ("workspace_id", "site_id", "hour", "visitor_id") DO UPDATE SET
         "converted" = v."converted" OR EXCLUDED."converted"),
     clicked AS (
       INSERT INTO ${s}."heatmap_cells" AS h ("workspace_id", "component_id", "day", "cell_x", "cell_y", "count")
       SELECT f.workspace_id, f.component_id, (f.occurred_at AT TIME ZONE 'UTC')::date,
              least(${HEATMAP_SIZE - 1}, floor(f.x * ${HEATMAP_SIZE}))::smallint,
              least(${HEATMAP_SIZE - 1}, floor(f.y * ${HEATMAP_SIZE}))::smallint, count(*)::int
         FROM f WHERE f.type = 'component_interaction' AND f.component_id IS NOT NULL AND f.x IS NOT NULL AND f.y IS NOT NULL
        GROUP BY 1, 2, 3, 4, 5
       ON CONFLICT ("workspace_id", "component_id", "day", "cell_y", "cell_x") DO UPDATE SET
         "count" = h."count" + EXCLUDED."count")
     SELECT count(*)::int AS facts FROM f`,
    params,
  )) as { facts: number }[];
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
  const params: unknown[] = [options.since, ...(options.workspaceId ? [options.workspaceId] : [])];
  const scope = options.workspaceId ? `AND "workspace_id" = $2` : '';
  const since: Record<string, string> = {
    site_counts: `"bucket" >= $1`,
    visitor_hours: `"hour" >= $1`,
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
