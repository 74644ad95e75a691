// The analytics part of `npm run bench`: how fast ingested events are counted in the rollups, and how fast a
// dashboard reads 90 days (site, component and funnel reports) over a seeded history. Used by bench/run.cjs.
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const DAY = 86_400_000;

/** Events of the site counted in its minute rollups (every counted event lands in exactly one site/minute row). */
async function countedEvents(pgBench, site) {
  const [row] = await pgBench(
    `SELECT coalesce(sum(page_views + component_views + interactions + submissions), 0)::int AS n
       FROM analytics.site_counts WHERE site_id = $1 AND dimension = 'site' AND granularity = 'minute'`,
    [site],
  );
  return row.n;
}

/**
 * Polls (every 100 ms) until `expected` more events than `before` are counted; answers when the last one was
 * first seen counted, or null past the deadline.
 */
async function waitCounted(pgBench, site, before, expected, deadlineMs = 120_000) {
  const deadline = Date.now() + deadlineMs;
  let counted = 0;
  while (Date.now() < deadline) {
    counted = (await countedEvents(pgBench, site)) - before;
    if (counted >= expected) return { counted, at: performance.now() };
    await new Promise((r) => setTimeout(r, 100));
  }
  return { counted, at: null };
}

/**
 * 90 days of history for one site, as visitors leave it: `sessionsPerDay` sessions a day by a pool of returning
 * visitors, each session one to four events in one hour (a page view first, then component views, clicks with a
 * position, and now and then a form submission), with referrers, UTM sources and campaigns and devices. Written as
 * facts in SQL, then rolled up by the service's own rebuild (the one definition of the rollups).
 */
async function seedHistory(pgBench, { databaseUrl, workspaceId, site, components, form, sessionsPerDay }) {
  const began = performance.now();
  await pgBench(
    `INSERT INTO analytics.site_facts ("workspace_id", "event_id", "site_id", "type", "component_id", "visitor_id",
       "page", "referrer_host", "utm_source", "utm_campaign", "device", "x", "y", "occurred_at", "received_at")
     SELECT $1, gen_random_uuid(), $2, e.type,
            CASE WHEN e.type = 'form_submission' THEN $4::uuid
                 WHEN e.type <> 'page_view' THEN ($3::uuid[])[1 + abs(hashint4(s.n * 31 + e.k)) % cardinality($3::uuid[])] END,
            'sv' || abs(hashint4(s.d * 100003 + s.n)) % ($5 * 25),
            CASE WHEN s.n % 3 = 0 THEN '/pricing' ELSE '/' END,
            (ARRAY['google.com', 'news.example', 'linkedin.com', NULL])[1 + s.n % 4],
            (ARRAY['newsletter', 'ads', NULL, NULL, NULL])[1 + s.n % 5],
            (ARRAY['spring-sale', NULL, NULL, 'webinar', NULL, NULL, NULL])[1 + s.n % 7],
            (ARRAY['desktop', 'mobile', 'tablet', 'desktop'])[1 + s.n % 4],
            CASE WHEN e.type = 'component_interaction' THEN (abs(hashint4(s.n)) % 1000) / 1000.0 END,
            CASE WHEN e.type = 'component_interaction' THEN (abs(hashint4(s.n + 1)) % 1000) / 1000.0 END,
            s.start + e.k * interval '40 seconds', s.start + e.k * interval '40 seconds'
       FROM (SELECT d, n, date_trunc('day', now()) - d * interval '1 day'
                          + (abs(hashint4(d * 7919 + n)) % 86000) * interval '1 second' AS start
               FROM generate_series(1, 89) AS d, generate_series(1, $5) AS n) s
       CROSS JOIN LATERAL (
         SELECT k, CASE WHEN k = 0 THEN 'page_view' WHEN k = 3 AND s.n % 8 = 0 THEN 'form_submission'
                        WHEN k % 2 = 1 THEN 'component_view' ELSE 'component_interaction' END AS type
           FROM generate_series(0, abs(hashint4(s.n * 13 + s.d)) % 4) AS k) e`,
    [workspaceId, site, components, form, sessionsPerDay],
  );
  await pgBench('VACUUM ANALYZE analytics.site_facts');
  const [{ facts }] = await pgBench(
    'SELECT count(*)::int AS facts FROM analytics.site_facts WHERE workspace_id = $1 AND site_id = $2',
    [workspaceId, site],
  );
  // The service's rebuild, run here on a DataSource of the bench database (the command is an operator's, off the API).
  const { DataSource } = require('typeorm');
  const { rebuildRollups } = require(path.join(root, 'dist/apps/analytics/src/site-facts/site-rollups.js'));
  const ds = new DataSource({ type: 'postgres', url: databaseUrl, schema: 'analytics' });
  await ds.initialize();
  try {
    await ds.transaction((m) => rebuildRollups(m, { workspaceId, since: new Date(Date.now() - 91 * DAY) }));
  } finally {
    await ds.destroy();
  }
  for (const table of ['site_counts', 'visitor_hours', 'visitor_sketches', 'heatmap_cells'])
    await pgBench(`VACUUM ANALYZE analytics.${table}`);
  const [{ visitor_hours }] = await pgBench(
    'SELECT count(*)::int AS visitor_hours FROM analytics.visitor_hours WHERE site_id = $1',
    [site],
  );
  const seconds = Math.round((performance.now() - began) / 1000);
  const seeded = { facts, visitor_hours, sessions_per_day: sessionsPerDay, seconds };
  console.log({ seeded });
  return seeded;
}

/**
 * The dashboard's 90-day reads after a warm-up (the first read of a site merges and keeps its closed days'
 * visitor sketches): one client (a person opening the dashboard), and the site report again at 4 clients.
 */
async function benchReports({ gateway, auth, cannon, site, component, funnel }) {
  const to = new Date();
  const from = new Date(to.getTime() - 90 * DAY);
  const window = `from=${from.toISOString()}&to=${to.toISOString()}&granularity=day&tz=America/New_York`;
  const reads = [
    ['GET /api/analytics/sites/{id} (90 days, daily, America/New_York)', `/api/analytics/sites/${site}`, 500, 1],
    ['GET /api/analytics/sites/{id} (90 days, daily, 4 clients)', `/api/analytics/sites/${site}`, 500, 4],
    [
      'GET /api/analytics/components/{id} (90 days, daily, with the heat map)',
      `/api/analytics/components/${component}`,
      500,
      1,
    ],
    [
      'GET /api/analytics/funnels/{id}/report (90 days, 3 steps, from the facts)',
      `/api/analytics/funnels/${funnel}/report`,
      20,
      1,
    ],
  ];
  const rows = [];
  for (const [name, route, amount, connections] of reads) {
    const url = `${gateway}${route}?${window}`;
    await cannon(`warm-up: ${name}`, url, { amount: 5, connections: 1, headers: auth });
    rows.push(await cannon(name, url, { amount, connections, headers: auth }));
  }
  return rows;
}

module.exports = { countedEvents, waitCounted, seedHistory, benchReports };
