import { Inject, Injectable } from '@nestjs/common';
import { ServiceError, type FunnelReportRequest, type FunnelReportView } from '@mab/contracts';
import { quotedSchema } from '@mab/persistence';
import { DataSource } from 'typeorm';
import { ANALYTICS_ENV } from '../analytics.config';
import type { AnalyticsEnv } from '../analytics.env';
import { analyticsWindow, bucketsSql, ratio } from '../reports/analytics-window';

import { retentionHorizon } from '../site-facts/fact-retention';
import { componentTypesOf, stepView, type FunnelRow, type FunnelStep } from './funnel-definition';

/** Positional parameters of one statement, named as they are added. */
class Params {
  readonly values: unknown[] = [];
  add(value: unknown, cast = ''): string {
    this.values.push(value);
    return `$${this.values.length}${cast}`;
  }
}

function stepCondition(step: FunnelStep, p: Params): string {
  const parts = [`f."type" = ${p.add(step.type)}`];
  if (step.page) parts.push(`f."page" = ${p.add(step.page)}`);
  if (step.component_id) parts.push(`f."component_id" = ${p.add(step.component_id, '::uuid')}`);
  return parts.join(' AND ');
}

/**
 * The statement of a funnel report. Every fact of step 1 inside the window is an entry; from each entry, each later
 * step is the visitor's first matching fact after the previous step (ties in time broken by event id, so one fact
 * never counts for two steps) and within the conversion window of the entry: one index probe per entry and step on
 * (workspace, site, visitor, time). A visitor counts once, by the entry that got furthest (the earliest of those),
 * so a visitor who came back a week later and converted then is a conversion.
 */
export function funnelSql(
  schema: string,
  funnel: Pick<FunnelRow, 'workspace_id' | 'site_id' | 'steps' | 'window_hours'>,
  window: { from: Date; to: Date; tz: string; unit: string },
): { sql: string; params: unknown[] } {
  const p = new Params();
  const ws = p.add(funnel.workspace_id, '::uuid');
  const site = p.add(funnel.site_id, '::uuid');
  const from = p.add(window.from, '::timestamptz');
  const to = p.add(window.to, '::timestamptz');
  const hours = p.add(funnel.window_hours, '::int');
  const tz = p.add(window.tz, '::text');
  const unit = p.add(window.unit, '::text');
  const facts = `${schema}."site_facts" f`;
  const [first, ...rest] = funnel.steps;
  const laterals = rest.map((step, i) => {
    const prev = i === 0 ? 'en' : `s${i}`;
    return `LEFT JOIN LATERAL (
        SELECT f."occurred_at" AS t, f."event_id" AS e FROM ${facts}
         WHERE f."workspace_id" = ${ws} AND f."site_id" = ${site} AND f."visitor_id" = en."visitor_id"
           AND (f."occurred_at", f."event_id") > (${prev}.t, ${prev}.e)
           AND f."occurred_at" <= en.t + ${hours} * interval '1 hour'
           AND ${stepCondition(step, p)}
         ORDER BY f."occurred_at", f."event_id" LIMIT 1) s${i + 1} ON true`;
  });
  const n = funnel.steps.length;
  const times = ['en.t AS t0', ...rest.map((_, i) => `s${i + 1}.t AS t${i + 1}`)].join(', ');
  const reached = ['1', ...rest.map((_, i) => `(t${i + 1} IS NOT NULL)::int`)].join(' + ');
  const perStep = funnel.steps
    .map((_, k) =>
      k === 0
        ? `count(*)::int AS v0, NULL::float AS m0`
        : `count(*) FILTER (WHERE reached > ${k})::int AS v${k},
           percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM t${k} - t${k - 1})) AS m${k}`,
    )
    .join(',\n');
  const sql = `
    WITH en AS (
      SELECT f."visitor_id", f."occurred_at" AS t, f."event_id" AS e FROM ${facts}
       WHERE f."workspace_id" = ${ws} AND f."site_id" = ${site}
         AND f."occurred_at" >= ${from} AND f."occurred_at" < ${to} AND ${stepCondition(first, p)}
    ), chains AS (
      SELECT en."visitor_id", ${times} FROM en
      ${laterals.join('\n      ')}
    ), best AS (
      SELECT DISTINCT ON ("visitor_id") *, ${reached} AS reached FROM chains
       ORDER BY "visitor_id", reached DESC, t0
    ), b AS (${bucketsSql({ from, to, tz, unit })})
    SELECT (SELECT row_to_json(totals) FROM (SELECT ${perStep} FROM best) totals) AS totals,
           (SELECT coalesce(json_agg(x ORDER BY x.start), '[]'::json) FROM (
              SELECT b.start, count(best."visitor_id")::int AS entered,
                     count(best."visitor_id") FILTER (WHERE best.reached = ${n})::int AS converted
                FROM b LEFT JOIN best ON date_trunc(${unit}, best.t0 AT TIME ZONE ${tz}) = b.local
               GROUP BY b.start) x) AS series`;
  return { sql, params: p.values };
}

/**
 * A funnel's report, computed when read from the raw facts: an ordered sequence per visitor cannot be rolled up
 * ahead for funnels defined later (every funnel tool reads events for it). It covers the facts still retained.
 */
@Injectable()
export class FunnelReport {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(ANALYTICS_ENV) private readonly env: AnalyticsEnv,
  ) {}

  async read(request: FunnelReportRequest, workspaceId: string): Promise<FunnelReportView> {
    const w = analyticsWindow(request);
    const s = quotedSchema(this.dataSource);
    // eslint-disable-next-line no-restricted-syntax -- workspace_id = $1 in the WHERE
    const [funnel] = (await this.dataSource.query(
      `SELECT * FROM ${s}."funnels" WHERE "workspace_id" = $1 AND "id" = $2`,
      [workspaceId, request.funnel_id],
    )) as FunnelRow[];
    if (!funnel) throw ServiceError.notFound('funnel', request.funnel_id);
    const { sql, params } = funnelSql(s, funnel, { from: w.from, to: w.to, tz: w.tz, unit: w.granularity });
    const [[row], types] = await Promise.all([
      // eslint-disable-next-line no-restricted-syntax -- funnelSql puts the workspace in every WHERE
      this.dataSource.query(sql, params) as Promise<{ totals: Record<string, number | null>; series: unknown[] }[]>,
      componentTypesOf(
        this.dataSource,
        workspaceId,
        funnel.steps.flatMap((step) => (step.component_id ? [step.component_id] : [])),
      ),
    ]);
    const visitors = funnel.steps.map((_, k) => Number(row.totals[`v${k}`] ?? 0));
    const steps = funnel.steps.map((step, k) => {
      const median = row.totals[`m${k}`];
      return {
        step: k + 1,
        ...stepView(step, types),
        visitors: visitors[k],
        conversion_from_previous: k === 0 ? null : ratio(visitors[k], visitors[k - 1]),
        conversion_from_start: ratio(visitors[k], visitors[0]),
        drop_off: k === 0 ? 0 : visitors[k - 1] - visitors[k],
        median_seconds_from_previous: median === null || median === undefined ? null : Math.round(Number(median)),
      };
    });
    return {
      funnel_id: funnel.id,
      site_id: funnel.site_id,
      name: funnel.name,
      window: { from: w.from.toISOString(), to: w.to.toISOString(), granularity: w.granularity, tz: w.tz },
      conversion_window_hours: funnel.window_hours,
      steps,
      conversion_rate: ratio(visitors.at(-1)!, visitors[0]),
      series: (row.series as { start: string; entered: number; converted: number }[]).map((b) => ({
        start: new Date(b.start).toISOString(),
        entered: b.entered,
        converted: b.converted,
        conversion_rate: ratio(b.converted, b.entered),
      })),
      facts_retained_from: retentionHorizon(this.env.ANALYTICS_FACT_RETENTION_DAYS).toISOString(),
    };
  }
}
