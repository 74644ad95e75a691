import { randomUUID } from 'node:crypto';
import type { SiteEventReceivedV1 } from '@mab/contracts';
import type { TestDatabase } from '@mab/testing';
import type { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { startAnalytics, type AnalyticsHarness } from '../__tests__/analytics-harness';
import { FactRetention, retentionHorizon } from '../site-facts/fact-retention';
import { siteFactOf } from '../site-facts/site-fact';
import { rebuildRollups, recordSiteFact } from '../site-facts/site-rollups';
import { ComponentReport } from './component-report';
import { SiteReport } from './site-report';

/**
 * The analytics service's facts and rollups against a real database: duplicates and out-of-order arrivals counted
 * once, daily buckets in a time zone across a daylight-saving change, rollups equal to a recomputation from the
 * raw facts, and the window's limits.
 */
describe('site analytics from facts and rollups', () => {
  let db: TestDatabase;
  let app: INestApplicationContext;
  let cleanup: () => Promise<void>;
  let harness: AnalyticsHarness;
  let dataSource: DataSource;

  const workspace = randomUUID();
  const site = randomUUID();
  const form = randomUUID();
  const cta = randomUUID();

  const event = (over: Partial<SiteEventReceivedV1> & { at: string }): SiteEventReceivedV1 => ({
    event_id: randomUUID(),
    site_id: site,
    workspace_id: workspace,
    type: 'page_view',
    data: {},
    ip_hash: 'hash',
    received_at: over.at,
    occurred_at: over.at,
    page: '/',
    ...over,
  });
  let record: (e: SiteEventReceivedV1) => Promise<boolean>;

  beforeAll(async () => {
    harness = await startAnalytics('analytics-sites');
    ({ db, app, dataSource } = harness);
    cleanup = harness.close;
    record = harness.record;
    await harness.addSite(workspace, site, { [form]: 'contact_form', [cta]: 'cta_button' });
  }, 60_000);

  afterAll(() => cleanup?.());

  it('counts a scripted stream with duplicates and late arrivals exactly once', async () => {
    const day = '2026-06-10';
    const stream = [
      event({
        at: `${day}T09:00:00Z`,
        visitor_id: 'ann',
        referrer: 'https://news.example/a',
        device: 'mobile',
        utm: { source: 'Newsletter', campaign: 'Spring-Sale' },
      }),
      event({ at: `${day}T09:01:00Z`, visitor_id: 'ann', type: 'component_view', component_id: form }),
      event({
        at: `${day}T09:02:00Z`,
        visitor_id: 'ann',
        type: 'form_submission',
        component_id: form,
        utm: { source: 'Newsletter', campaign: 'Spring-Sale' },
      }),
      event({ at: `${day}T10:00:00Z`, visitor_id: 'bob', page: '/pricing', device: 'desktop' }),
      event({
        at: `${day}T10:01:00Z`,
        visitor_id: 'bob',
        type: 'component_interaction',
        component_id: cta,
        data: { x: 0.25, y: 0.75 },
      }),
      event({ at: `${day}T11:00:00Z`, visitor_id: 'cyd', device: 'desktop' }),
    ];
    // Every event twice, and the whole stream backwards: late and repeated deliveries.
    for (const e of [...stream].reverse()) expect(await record(e)).toBe(true);
    for (const e of stream) expect(await record(e)).toBe(false);

    const report = await app
      .get(SiteReport)
      .read({ site_id: site, from: `${day}T00:00:00Z`, to: `${day}T23:59:59Z`, granularity: 'hour' }, workspace);
    expect(report.totals).toEqual({
      visitors: 3,
      page_views: 3,
      component_views: 1,
      interactions: 1,
      form_submissions: 1,
      converted_visitors: 1,
      conversion_rate: 0.3333,
      visitors_estimated: false,
    });
    expect(report.top_pages).toEqual([
      { key: '/', count: 2 },
      { key: '/pricing', count: 1 },
    ]);
    expect(report.referrers).toEqual([{ key: 'news.example', count: 1 }]);
    expect(report.utm_sources).toEqual([{ key: 'newsletter', count: 1 }]);
    expect(report.utm_campaigns).toEqual([
      { campaign: 'spring-sale', page_views: 1, form_submissions: 1, submissions_per_view: 1 },
    ]);
    expect(report.devices).toEqual([
      { key: 'desktop', count: 2 },
      { key: 'mobile', count: 1 },
    ]);
    expect(report.series).toHaveLength(24);
    expect(report.series.find((b) => b.start === `${day}T09:00:00.000Z`)).toMatchObject({
      visitors: 1,
      page_views: 1,
      form_submissions: 1,
      conversion_rate: 1,
    });
    expect(report.components.find((c) => c.component_id === form)).toMatchObject({
      views: 1,
      submissions: 1,
      conversion_rate: 1,
    });

    const component = await app
      .get(ComponentReport)
      .read({ component_id: cta, from: `${day}T00:00:00Z`, to: `${day}T23:59:59Z` }, workspace);
    expect(component).toMatchObject({ interactions: 1, conversions: 1 });
    expect(component.heatmap.total).toBe(1);
    expect(component.heatmap.cells[7][2]).toBe(1);
  });

  it('puts events in the right local day across a daylight-saving change (America/New_York)', async () => {
    // 2026-03-08 02:00 EST jumps to 03:00 EDT: that day is 23 hours long.
    const times = [
      '2026-03-08T04:30:00Z', // Mar 7, 23:30 EST
      '2026-03-08T05:30:00Z', // Mar 8, 00:30 EST
      '2026-03-09T03:30:00Z', // Mar 8, 23:30 EDT
      '2026-03-09T04:30:00Z', // Mar 9, 00:30 EDT
    ];
    for (const [i, at] of times.entries()) await record(event({ at, visitor_id: `dst-${i}`, page: '/dst' }));
    const report = await app.get(SiteReport).read(
      {
        site_id: site,
        from: '2026-03-07T05:00:00Z',
        to: '2026-03-10T04:00:00Z',
        granularity: 'day',
        tz: 'America/New_York',
      },
      workspace,
    );
    expect(report.series.map((b) => [b.start, b.page_views, b.visitors])).toEqual([
      ['2026-03-07T05:00:00.000Z', 1, 1],
      ['2026-03-08T05:00:00.000Z', 2, 2],
      ['2026-03-09T04:00:00.000Z', 1, 1],
    ]);
  });

  it('keeps rollups equal to a recomputation from the raw facts after a random stream of 10k events', async () => {
    const ws = randomUUID();
    const siteB = randomUUID();
    const components = [randomUUID(), randomUUID(), randomUUID()];
    let seed = 42;
    const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
    const pick = <T>(items: T[]) => items[Math.floor(random() * items.length)];
    const types = [
      'page_view',
      'page_view',
      'component_view',
      'component_interaction',
      'form_submission',
      'custom',
    ] as const;
    const sent: SiteEventReceivedV1[] = [];
    const start = Date.parse('2026-05-01T00:00:00Z');
    for (let i = 0; i < 10_000; i++) {
      const type = pick([...types]);
      const at = new Date(start + Math.floor(random() * 20 * 86_400_000)).toISOString();
      const e = event({
        at,
        site_id: siteB,
        workspace_id: ws,
        type,
        visitor_id: `v${Math.floor(random() * 800)}`,
        page: pick(['/', '/pricing', '/about', null]),
        component_id: type === 'page_view' ? null : pick(components),
        referrer: type === 'page_view' ? pick(['https://google.com/', 'https://t.co/x', null]) : null,
        device: pick(['desktop', 'mobile', 'tablet', null]),
        utm: random() < 0.3 ? { source: pick(['ads', 'newsletter']) } : null,
        data: type === 'component_interaction' ? { x: random(), y: random() } : {},
      });
      sent.push(e);
      // One event in twenty arrives twice, some of them much later.
      if (random() < 0.05) sent.splice(Math.floor(random() * sent.length), 0, e);
    }
    // Many facts per transaction, as a busy consumer would see them.
    for (let i = 0; i < sent.length; i += 500) {
      await dataSource.transaction(async (m) => {
        for (const e of sent.slice(i, i + 500)) await recordSiteFact(m, siteFactOf(e, ws));
      });
    }
    const snapshot = async () => ({
      counts: await db.query(
        `SELECT "dimension", "granularity", "bucket", "key", "page_views", "component_views", "interactions", "submissions"
           FROM analytics.site_counts WHERE "workspace_id" = $1 ORDER BY 1, 2, 3, 4`,
        [ws],
      ),
      visitors: await db.query(
        `SELECT "hour", "visitor_id", "converted" FROM analytics.visitor_hours WHERE "workspace_id" = $1 ORDER BY 1, 2`,
        [ws],
      ),
      cells: await db.query(
        `SELECT "component_id", "day", "cell_x", "cell_y", "count" FROM analytics.heatmap_cells
          WHERE "workspace_id" = $1 ORDER BY 1, 2, 3, 4`,
        [ws],
      ),
      sketches: await db.query(
        `SELECT "hour", "visitors", "converted", md5("visitor_sketch"::text) AS v, md5("converted_sketch"::text) AS c
           FROM analytics.visitor_sketches WHERE "workspace_id" = $1 ORDER BY 1`,
        [ws],
      ),
    });
    const incremental = await snapshot();
    const [{ facts }] = await db.query<{ facts: number }>(
      `SELECT count(*)::int AS facts FROM analytics.site_facts WHERE "workspace_id" = $1`,
      [ws],
    );
    expect(facts).toBe(10_000);
    const rebuilt = await dataSource.transaction((m) =>
      rebuildRollups(m, { workspaceId: ws, since: new Date('2000-01-01T00:00:00Z') }),
    );
    expect(rebuilt.facts).toBe(10_000);
    expect(await snapshot()).toEqual(incremental);
    expect(incremental.counts.length).toBeGreaterThan(1000);
    expect(incremental.sketches.some((h) => h.c !== null)).toBe(true);
  }, 180_000);

  it('estimates the visitors of a long, busy window from the sketches within their error', async () => {
    const ws = randomUUID();
    const busy = randomUUID();
    await harness.addSite(ws, busy, {});
    // 60,000 events by 40,000 visitors over 10 days; one visitor in ten submits a form.
    await db.query(
      `INSERT INTO analytics.site_facts ("workspace_id", "event_id", "site_id", "type", "visitor_id", "page",
         "occurred_at", "received_at")
       SELECT $1, gen_random_uuid(), $2, CASE WHEN i % 30 = 0 THEN 'form_submission' ELSE 'page_view' END,
              'busy-' || (i % 40000), '/', t, t
         FROM generate_series(1, 60000) AS i, LATERAL (SELECT '2026-05-01'::timestamptz + i * interval '14 seconds' AS t) x`,
      [ws, busy],
    );
    await dataSource.transaction((m) =>
      rebuildRollups(m, { workspaceId: ws, since: new Date('2000-01-01T00:00:00Z') }),
    );
    const window = { site_id: busy, from: '2026-05-01T00:00:00Z', to: '2026-05-11T00:00:00Z' };
    const exact = async (from: string, to: string) =>
      (
        await db.query<{ visitors: number; converted: number }>(
          `SELECT count(DISTINCT "visitor_id")::int AS visitors,
                  count(DISTINCT "visitor_id") FILTER (WHERE "type" = 'form_submission')::int AS converted
             FROM analytics.site_facts WHERE "workspace_id" = $1 AND "occurred_at" >= $2 AND "occurred_at" < $3`,
          [ws, from, to],
        )
      )[0];
    const truth = await exact(window.from, window.to);
    expect(truth).toEqual({ visitors: 40000, converted: 2000 });
    const report = await app.get(SiteReport).read({ ...window, granularity: 'day' }, ws);
    expect(report.totals.visitors_estimated).toBe(true);
    // Within two standard errors (2 × 3.25%), each day within three; the hash is fixed, so the figures are the same
    // on every run.
    expect(Math.abs(report.totals.visitors - truth.visitors) / truth.visitors).toBeLessThan(0.065);
    expect(Math.abs(report.totals.converted_visitors - truth.converted) / truth.converted).toBeLessThan(0.065);
    for (const bucket of report.series.filter((b) => b.page_views > 0)) {
      const day = await exact(bucket.start, new Date(Date.parse(bucket.start) + 86_400_000).toISOString());
      expect(Math.abs(bucket.visitors! - day.visitors) / day.visitors).toBeLessThan(0.1);
    }
    // The closed days were kept merged; a second read from them says the same, and a late visitor's day is merged
    // again (its hours' counts moved).
    const kept = async () =>
      (
        await db.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM analytics.visitor_day_sketches WHERE "workspace_id" = $1 AND "tz" = 'UTC'`,
          [ws],
        )
      )[0].n;
    expect(await kept()).toBe(10);
    const again = await app.get(SiteReport).read({ ...window, granularity: 'day' }, ws);
    expect(again.totals).toEqual(report.totals);
    expect(again.series).toEqual(report.series);
    const keptVisitors = async () =>
      (
        await db.query<{ visitors: number }>(
          `SELECT "visitors" FROM analytics.visitor_day_sketches
            WHERE "workspace_id" = $1 AND "tz" = 'UTC' AND "day" = '2026-05-03'`,
          [ws],
        )
      )[0].visitors;
    const before = await keptVisitors();
    await record(event({ at: '2026-05-03T12:00:00Z', site_id: busy, workspace_id: ws, visitor_id: 'late' }));
    await app.get(SiteReport).read({ ...window, granularity: 'day' }, ws);
    expect(await keptVisitors()).toBe(before + 1);
    // Totals and top lists of a window with partial days at both ends: whole days from day rows, edges from hours.
    const edges = { site_id: busy, from: '2026-05-01T06:00:00Z', to: '2026-05-09T18:00:00Z' };
    const [{ views }] = await db.query<{ views: number }>(
      `SELECT count(*)::int AS views FROM analytics.site_facts
        WHERE "workspace_id" = $1 AND "type" = 'page_view' AND "occurred_at" >= $2 AND "occurred_at" < $3`,
      [ws, edges.from, edges.to],
    );
    const partial = await app.get(SiteReport).read({ ...edges, granularity: 'day' }, ws);
    expect(partial.totals.page_views).toBe(views);
    expect(partial.top_pages).toEqual([{ key: '/', count: views }]);
    expect(partial.series.reduce((n, b) => n + b.page_views, 0)).toBe(views);
    // Hourly buckets are each hour's exact count.
    const hourly = await app.get(SiteReport).read({ ...window, granularity: 'hour' }, ws);
    const first = hourly.series.find((b) => b.page_views > 0)!;
    const hour = await exact(first.start, new Date(Date.parse(first.start) + 3_600_000).toISOString());
    expect(first.visitors).toBe(hour.visitors);
  }, 120_000);

  it('prunes facts past the retention, keeps their rollups, and a rebuild leaves those alone', async () => {
    const ws = randomUUID();
    const recent = new Date(Date.now() - 3_600_000).toISOString();
    for (const at of ['2025-01-01T10:00:00Z', recent]) await record(event({ at, workspace_id: ws, visitor_id: at }));
    await app.get(FactRetention).pruneOnce();
    const facts = await db.query<{ occurred_at: Date }>(
      `SELECT "occurred_at" FROM analytics.site_facts WHERE "workspace_id" = $1`,
      [ws],
    );
    expect(facts.map((f) => new Date(f.occurred_at).toISOString())).toEqual([recent]);
    const hours = () =>
      db.query<{ bucket: Date; page_views: number }>(
        `SELECT "bucket", "page_views" FROM analytics.site_counts
          WHERE "workspace_id" = $1 AND "dimension" = 'site' AND "granularity" = 'hour' ORDER BY "bucket"`,
        [ws],
      );
    const before = await hours();
    expect(before).toHaveLength(2);
    await dataSource.transaction((m) => rebuildRollups(m, { workspaceId: ws, since: retentionHorizon(90) }));
    expect(await hours()).toEqual(before);
  });

  it('refuses a window too large for its granularity, a bad time zone, and a site of another workspace', async () => {
    const report = app.get(SiteReport);
    await expect(
      report.read(
        { site_id: site, from: '2026-01-01T00:00:00Z', to: '2026-06-01T00:00:00Z', granularity: 'hour' },
        workspace,
      ),
    ).rejects.toMatchObject({ statusCode: 400, message: expect.stringContaining('at most 93 days') });
    await expect(report.read({ site_id: site, tz: 'Mars/Olympus' }, workspace)).rejects.toMatchObject({
      statusCode: 400,
    });
    await expect(report.read({ site_id: site }, randomUUID())).rejects.toMatchObject({ statusCode: 404 });
    await expect(app.get(ComponentReport).read({ component_id: form }, randomUUID())).rejects.toMatchObject({
      statusCode: 404,
    });
  });
});
