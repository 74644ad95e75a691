import { Injectable } from '@nestjs/common';
import { ServiceError, type SiteAnalyticsRequest, type SiteAnalyticsView } from '@mab/contracts';
import { quotedSchema } from '@mab/persistence';
import { DataSource } from 'typeorm';
import { analyticsWindow, bucketsSql, ratio, windowRowsSql } from './analytics-window';
import { readSiteVisitors } from './site-visitors';

const TOP = 10;

/**
 * A site's report, read from the rollups only: totals, the series in the chosen time zone and granularity, top
 * pages, referrers, UTM sources and campaigns, devices, and every component compared. Visitors are exact over a
 * window of few visitor-hours and HyperLogLog estimates beyond (site-visitors.ts); at minute granularity the
 * series' visitors are null (they are kept per hour).
 */
@Injectable()
export class SiteReport {
  constructor(private readonly dataSource: DataSource) {}

  async read(request: SiteAnalyticsRequest, workspaceId: string): Promise<SiteAnalyticsView> {
    const w = analyticsWindow(request);
    const s = quotedSchema(this.dataSource);
    const q = (sql: string, params: unknown[]) =>
      // eslint-disable-next-line no-restricted-syntax -- every statement here has workspace_id = $1 in its WHERE
      this.dataSource.query(sql, params) as Promise<Record<string, unknown>[]>;
    const base = [workspaceId, request.site_id, w.from, w.to];
    const counts = `"workspace_id" = $1 AND "site_id" = $2 AND ${windowRowsSql('$3::timestamptz', '$4::timestamptz')}`;
    const sums = `coalesce(sum("page_views"), 0)::int AS page_views, coalesce(sum("component_views"), 0)::int AS component_views,
                  coalesce(sum("interactions"), 0)::int AS interactions, coalesce(sum("submissions"), 0)::int AS submissions`;
    const unit = w.granularity;
    const seriesRows = w.rows === 'minute' ? 'minute' : 'hour';
    // All at once, the site's own check included (every statement is scoped to the workspace, so another
    // workspace's site reads nothing before it answers 404).
    const [[site], totals, v, series, ranked, components] = await Promise.all([
      q(`SELECT 1 FROM ${s}."sites" WHERE "workspace_id" = $1 AND "site_id" = $2 AND NOT "deleted"`, [
        workspaceId,
        request.site_id,
      ]),
      q(`SELECT ${sums} FROM ${s}."site_counts" WHERE ${counts} AND "dimension" = 'site'`, base),
      readSiteVisitors(q, s, base, w),
      q(
        `WITH b AS (${bucketsSql({ from: '$3::timestamptz', to: '$4::timestamptz', tz: '$5::text', unit: '$6::text' })})
         SELECT b.start, ${sums.replace(/sum\("/g, 'sum(c."')}
           FROM b LEFT JOIN ${s}."site_counts" c
             ON c."workspace_id" = $1 AND c."site_id" = $2 AND c."dimension" = 'site' AND c."granularity" = '${seriesRows}'
            AND date_trunc($6::text, c."bucket" AT TIME ZONE $5::text) = b.local
            AND c."bucket" >= $3::timestamptz AND c."bucket" < $4::timestamptz
          GROUP BY b.start ORDER BY b.start`,
        [...base, w.tz, unit],
      ),
      q(
        `SELECT "dimension", "key", sum("page_views")::int AS count, sum("submissions")::int AS submissions
           FROM ${s}."site_counts"
          WHERE ${counts} AND "dimension" IN ('page', 'referrer', 'utm_source', 'utm_campaign', 'device')
          GROUP BY "dimension", "key" HAVING sum("page_views") > 0 OR sum("submissions") > 0
          ORDER BY count DESC, submissions DESC, "key"`,
        base,
      ),
      q(
        `SELECT m."component_id", m."type", ${sums.replace(/sum\("/g, 'sum(c."')}
           FROM ${s}."components" m
           LEFT JOIN ${s}."site_counts" c ON c."workspace_id" = m."workspace_id" AND c."site_id" = m."site_id"
            AND c."dimension" = 'component' AND c."key" = m."component_id"::text
            AND ${windowRowsSql('$3::timestamptz', '$4::timestamptz', 'c.')}
          WHERE m."workspace_id" = $1 AND m."site_id" = $2 AND NOT m."deleted"
          GROUP BY m."component_id", m."type" ORDER BY submissions DESC, interactions DESC, m."component_id"`,
        base,
      ),
    ]);
    if (!site) throw ServiceError.notFound('site', request.site_id);
    const t = totals[0] as Record<string, number>;
    const top = (dimension: string) =>
      ranked
        .filter((r) => r.dimension === dimension && Number(r.count) > 0)
        .slice(0, TOP)
        .map((r) => ({ key: String(r.key), count: Number(r.count) }));
    const campaigns = ranked
      .filter((r) => r.dimension === 'utm_campaign')
      .slice(0, TOP)
      .map((r) => ({
        campaign: String(r.key),
        page_views: Number(r.count),
        form_submissions: Number(r.submissions),
        submissions_per_view: ratio(Number(r.submissions), Number(r.count)),
      }));
    return {
      site_id: request.site_id,
      window: { from: w.from.toISOString(), to: w.to.toISOString(), granularity: w.granularity, tz: w.tz },
      totals: {
        visitors: v.visitors,
        page_views: t.page_views,
        component_views: t.component_views,
        interactions: t.interactions,
        form_submissions: t.submissions,
        converted_visitors: v.converted,
        conversion_rate: ratio(v.converted, v.visitors),
        visitors_estimated: v.estimated,
      },
      series: (series as Record<string, unknown>[]).map((r) => {
        const start = new Date(r.start as string).toISOString();
        const seen = v.buckets.get(start);
        const bucketVisitors = w.rows === 'minute' ? null : (seen?.visitors ?? 0);
        return {
          start,
          visitors: bucketVisitors,
          page_views: Number(r.page_views),
          component_views: Number(r.component_views),
          interactions: Number(r.interactions),
          form_submissions: Number(r.submissions),
          converted_visitors: w.rows === 'minute' ? null : (seen?.converted ?? 0),
          conversion_rate: bucketVisitors === null ? null : ratio(seen?.converted ?? 0, bucketVisitors),
        };
      }),
      top_pages: top('page'),
      referrers: top('referrer'),
      utm_sources: top('utm_source'),
      utm_campaigns: campaigns,
      devices: top('device'),
      components: (components as Record<string, unknown>[]).map((r) => {
        const views = Number(r.component_views);
        const submissions = Number(r.submissions);
        const interactions = Number(r.interactions);
        return {
          component_id: String(r.component_id),
          type: String(r.type),
          views,
          interactions,
          submissions,
          conversion_rate: ratio(submissions > 0 ? submissions : interactions, views),
        };
      }),
    };
  }
}
