import { Injectable } from '@nestjs/common';
import { HEATMAP_SIZE } from '../site-facts/site-fact';
import { ServiceError, type ComponentAnalyticsRequest, type ComponentAnalyticsView } from '@mab/contracts';
import { quotedSchema } from '@mab/persistence';
import { DataSource } from 'typeorm';
import { analyticsWindow, bucketsSql, ratio } from './analytics-window';

/**
 * A component's report from the rollups: views, interactions, conversions (a form's submissions, else its
 * interactions) and their rate, the series in the chosen time zone, and the heat map of where its interactions
 * fell (a grid over its width and height, by UTC day).
 */
@Injectable()
export class ComponentReport {
  constructor(private readonly dataSource: DataSource) {}

  async read(request: ComponentAnalyticsRequest, workspaceId: string): Promise<ComponentAnalyticsView> {
    const w = analyticsWindow(request);
    const s = quotedSchema(this.dataSource);
    const q = (sql: string, params: unknown[]) =>
      // eslint-disable-next-line no-restricted-syntax -- every statement here has workspace_id = $1 in its WHERE
      this.dataSource.query(sql, params) as Promise<Record<string, unknown>[]>;
    const [component] = await q(
      `SELECT "site_id", "type" FROM ${s}."components" WHERE "workspace_id" = $1 AND "component_id" = $2 AND NOT "deleted"`,
      [workspaceId, request.component_id],
    );
    if (!component) throw ServiceError.notFound('component', request.component_id);
    const params = [workspaceId, component.site_id, w.from, w.to, request.component_id];
    const sums = `coalesce(sum(c."component_views"), 0)::int AS views, coalesce(sum(c."interactions"), 0)::int AS interactions,
                  coalesce(sum(c."submissions"), 0)::int AS submissions`;
    const [series, cells] = await Promise.all([
      q(
        `WITH b AS (${bucketsSql({ from: '$3::timestamptz', to: '$4::timestamptz', tz: '$6::text', unit: '$7::text' })})
         SELECT b.start, ${sums}
           FROM b LEFT JOIN ${s}."site_counts" c
             ON c."workspace_id" = $1 AND c."site_id" = $2 AND c."dimension" = 'component' AND c."key" = $5::text
            AND c."granularity" = 'hour' AND date_trunc($7::text, c."bucket" AT TIME ZONE $6::text) = b.local
            AND c."bucket" >= date_trunc('hour', $3::timestamptz) AND c."bucket" < $4::timestamptz
          GROUP BY b.start ORDER BY b.start`,
        [...params, w.tz, w.granularity === 'minute' ? 'hour' : w.granularity],
      ),
      q(
        `SELECT "cell_x", "cell_y", sum("count")::int AS count FROM ${s}."heatmap_cells"
          WHERE "workspace_id" = $1 AND "component_id" = $2
            AND "day" >= ($3::timestamptz AT TIME ZONE 'UTC')::date AND "day" <= ($4::timestamptz AT TIME ZONE 'UTC')::date
          GROUP BY 1, 2`,
        [workspaceId, request.component_id, w.from, w.to],
      ),
    ]);
    const grid = Array.from({ length: HEATMAP_SIZE }, () => new Array<number>(HEATMAP_SIZE).fill(0));
    let total = 0;
    for (const cell of cells) {
      grid[Number(cell.cell_y)][Number(cell.cell_x)] += Number(cell.count);
      total += Number(cell.count);
    }
    const rows = series.map((r) => ({
      start: new Date(r.start as string).toISOString(),
      views: Number(r.views),
      interactions: Number(r.interactions),
      submissions: Number(r.submissions),
    }));
    const views = rows.reduce((n, r) => n + r.views, 0);
    const interactions = rows.reduce((n, r) => n + r.interactions, 0);
    const submissions = rows.reduce((n, r) => n + r.submissions, 0);
    const conversions = submissions > 0 || FORM_TYPES.has(String(component.type)) ? submissions : interactions;
    return {
      component_id: request.component_id,
      site_id: String(component.site_id),
      type: String(component.type),
      window: { from: w.from.toISOString(), to: w.to.toISOString(), granularity: w.granularity, tz: w.tz },
      views,
      interactions,
      conversions,
      conversion_rate: ratio(conversions, views),
      series: rows,
      heatmap: { size: HEATMAP_SIZE, cells: grid, total },
    };
  }
}

const FORM_TYPES = new Set(['contact_form', 'newsletter_signup', 'booking_form']);
