import { Injectable } from '@nestjs/common';
import {
  GET_WORKFLOW,
  type AnalyticsWindowQuery,
  type OneWorkflowAnalyticsRequest,
  type OneWorkflowAnalyticsView,
  type WorkflowAnalyticsRowView,
  type WorkflowsAnalyticsView,
} from '@mab/contracts';
import { ServiceClient } from '@mab/messaging';
import { quotedSchema } from '@mab/persistence';
import { DataSource } from 'typeorm';
import { DURATION_BINS, quantileOf } from '../workflow-facts/duration-histogram';
import { analyticsWindow, bucketsSql, ratio } from './analytics-window';

interface Sums {
  started: number;
  completed: number;
  failed: number;
  duration_sum_ms: string | number;
  durations: number[] | null;
}

/**
 * The sums of a group of hourly rows. The duration histograms (all DURATION_BINS long) are added bin by bin: the
 * group's arrays stacked into one (a 2-D array), unnested in storage order, each element's bin its position modulo
 * the histogram's length.
 */
const SUMS = `coalesce(sum(w."started"), 0)::int AS started, coalesce(sum(w."completed"), 0)::int AS completed,
  coalesce(sum(w."failed"), 0)::int AS failed, coalesce(sum(w."duration_sum_ms"), 0)::bigint AS duration_sum_ms,
  (SELECT array_agg(t.s ORDER BY t.bin) FROM (
     SELECT ((u.ord - 1) % ${DURATION_BINS}) AS bin, sum(u.d)::int AS s
       FROM unnest(array_agg(w."durations") FILTER (WHERE w."durations" IS NOT NULL)) WITH ORDINALITY AS u(d, ord)
      GROUP BY 1) t) AS durations`;

/** Groups' sums added together (their histograms bin by bin; a group without executions has none). */
function sumOf(rows: Sums[]): Sums {
  return rows.reduce<Sums>(
    (t, r) => ({
      started: t.started + r.started,
      completed: t.completed + r.completed,
      failed: t.failed + r.failed,
      duration_sum_ms: Number(t.duration_sum_ms) + Number(r.duration_sum_ms),
      durations: r.durations?.length ? r.durations.map((d, i) => d + (t.durations?.[i] ?? 0)) : t.durations,
    }),
    { started: 0, completed: 0, failed: 0, duration_sum_ms: 0, durations: [] },
  );
}

function figures(row: Sums): Omit<WorkflowAnalyticsRowView, 'workflow_id'> {
  const finished = row.completed + row.failed;
  return {
    executions: row.started,
    completed: row.completed,
    failed: row.failed,
    success_rate: ratio(row.completed, finished),
    avg_duration_ms: row.completed ? Math.round(Number(row.duration_sum_ms) / row.completed) : null,
    p95_duration_ms: row.durations ? quantileOf(row.durations, 0.95) : null,
  };
}

/**
 * Workflow analytics from the hourly rollups (by the hour executions started, in the window's time zone): per
 * workflow and together, and for one workflow with a series. One workflow's report asks the engine first, so
 * another workspace's workflow answers 404 as the engine says.
 */
@Injectable()
export class WorkflowReport {
  constructor(
    private readonly dataSource: DataSource,
    private readonly services: ServiceClient,
  ) {}

  async all(query: AnalyticsWindowQuery, workspaceId: string): Promise<WorkflowsAnalyticsView> {
    const w = analyticsWindow(query);
    const s = quotedSchema(this.dataSource);
    // eslint-disable-next-line no-restricted-syntax -- one workspace's rollups (workspace_id = $1)
    const rows = (await this.dataSource.query(
      `SELECT w."workflow_id", ${SUMS} FROM ${s}."workflow_hours" w
        WHERE w."workspace_id" = $1 AND w."hour" >= date_trunc('hour', $2::timestamptz) AND w."hour" < $3
        GROUP BY w."workflow_id" ORDER BY started DESC, w."workflow_id"`,
      [workspaceId, w.from, w.to],
    )) as (Sums & { workflow_id: string })[];
    const total = sumOf(rows);
    return {
      window: { from: w.from.toISOString(), to: w.to.toISOString(), granularity: w.granularity, tz: w.tz },
      totals: figures(total),
      workflows: rows.map((r) => ({ workflow_id: r.workflow_id, ...figures(r) })),
    };
  }

  async one(request: OneWorkflowAnalyticsRequest, who: { workspaceId: string; userId: string | null }) {
    await this.services.request(GET_WORKFLOW, { workflow_id: request.workflow_id }, who);
    const w = analyticsWindow({
      ...request,
      granularity: request.granularity === 'minute' ? 'hour' : request.granularity,
    });
    const s = quotedSchema(this.dataSource);
    // eslint-disable-next-line no-restricted-syntax -- one workspace's rollups (workspace_id = $1)
    const series = (await this.dataSource.query(
      `WITH b AS (${bucketsSql({ from: '$3::timestamptz', to: '$4::timestamptz', tz: '$5::text', unit: '$6::text' })})
       SELECT b.start, ${SUMS}
         FROM b LEFT JOIN ${s}."workflow_hours" w ON w."workspace_id" = $1 AND w."workflow_id" = $2
          AND date_trunc($6::text, w."hour" AT TIME ZONE $5::text) = b.local
          AND w."hour" >= date_trunc('hour', $3::timestamptz) AND w."hour" < $4::timestamptz
        GROUP BY b.start ORDER BY b.start`,
      [who.workspaceId, request.workflow_id, w.from, w.to, w.tz, w.granularity],
    )) as (Sums & { start: string })[];
    const total = sumOf(series);
    const view: OneWorkflowAnalyticsView = {
      workflow_id: request.workflow_id,
      window: { from: w.from.toISOString(), to: w.to.toISOString(), granularity: w.granularity, tz: w.tz },
      ...figures(total),
      series: series.map((r) => ({ start: new Date(r.start).toISOString(), ...figures(r) })),
    };
    return view;
  }
}
