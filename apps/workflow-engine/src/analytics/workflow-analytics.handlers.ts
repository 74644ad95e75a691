import { Injectable } from '@nestjs/common';
import {
  ServiceError,
  WORKFLOW_ANALYTICS,
  type WorkflowAnalyticsRequest,
  type WorkflowAnalyticsView,
} from '@mab/contracts';
import { OnCommand, type CommandContext } from '@mab/messaging';
import { quotedTablePath } from '@mab/persistence';
import { DataSource } from 'typeorm';
import { ExecutionStepEntity } from '../executions/execution-step.entity';
import { ExecutionEntity } from '../executions/execution.entity';
import { workflowOr404 } from '../workflows/workflows.handlers';

const DAY_MS = 86_400_000;
const MAX_WINDOW_DAYS = 366;
const n = (v: unknown) => (v === null || v === undefined ? null : Math.round(Number(v)));

/**
 * A workflow's analytics from the engine's own rows: executions by status over a window, success rate, average
 * and p95 duration (PostgreSQL's percentile_cont), per day, and per node (runs, failures, retries, durations).
 * Three indexed aggregate queries over the window (executions by workflow and start time).
 */
@Injectable()
export class WorkflowAnalyticsHandlers {
  constructor(private readonly dataSource: DataSource) {}

  @OnCommand(WORKFLOW_ANALYTICS)
  async analytics(
    request: WorkflowAnalyticsRequest,
    ctx: CommandContext<typeof WORKFLOW_ANALYTICS>,
  ): Promise<WorkflowAnalyticsView> {
    await workflowOr404(this.dataSource, ctx.workspaceId, request.workflow_id);
    const to = request.to ? new Date(request.to) : new Date();
    const from = request.from ? new Date(request.from) : new Date(to.getTime() - 30 * DAY_MS);
    if (from >= to)
      throw ServiceError.validation('from must be before to', [{ field: 'from', constraints: ['must be before to'] }]);
    if (to.getTime() - from.getTime() > MAX_WINDOW_DAYS * DAY_MS) {
      throw ServiceError.validation(`the window is at most ${MAX_WINDOW_DAYS} days`, [
        { field: 'to', constraints: [`must be at most ${MAX_WINDOW_DAYS} days after from`] },
      ]);
    }
    const executions = quotedTablePath(this.dataSource, ExecutionEntity);
    const steps = quotedTablePath(this.dataSource, ExecutionStepEntity);
    const params = [ctx.workspaceId, request.workflow_id, from, to];
    const scope = `e."workspace_id" = $1 AND e."workflow_id" = $2 AND e."started_at" >= $3 AND e."started_at" < $4`;
    const finishedStats = `count(*)::int AS executions,
        count(*) FILTER (WHERE e."status" = 'completed')::int AS completed,
        count(*) FILTER (WHERE e."status" = 'failed')::int AS failed,
        count(*) FILTER (WHERE e."status" = 'cancelled')::int AS cancelled,
        count(*) FILTER (WHERE e."status" IN ('queued', 'running', 'waiting'))::int AS running,
        avg(e."duration_ms") FILTER (WHERE e."status" = 'completed') AS avg_ms,
        percentile_cont(0.95) WITHIN GROUP (ORDER BY e."duration_ms") FILTER (WHERE e."status" = 'completed') AS p95_ms`;
    const [[total], days, nodes] = await Promise.all([
      // eslint-disable-next-line no-restricted-syntax -- aggregates of one workflow of this workspace (workspace_id in the WHERE)
      this.dataSource.query(`SELECT ${finishedStats} FROM ${executions} e WHERE ${scope}`, params),
      // eslint-disable-next-line no-restricted-syntax -- the same, per UTC day
      this.dataSource.query(
        `SELECT to_char(date_trunc('day', e."started_at" AT TIME ZONE 'UTC'), 'YYYY-MM-DD') AS day, ${finishedStats}
           FROM ${executions} e WHERE ${scope} GROUP BY 1 ORDER BY 1`,
        params,
      ),
      // eslint-disable-next-line no-restricted-syntax -- per node, over the same executions
      this.dataSource.query(
        `SELECT s."node_id", s."node_type",
                count(*) FILTER (WHERE s."status" IN ('succeeded', 'failed'))::int AS runs,
                count(*) FILTER (WHERE s."status" = 'failed')::int AS failures,
                coalesce(sum(greatest(s."attempts" - 1, 0)), 0)::int AS retries,
                count(*) FILTER (WHERE s."status" = 'failed' AND s."error"->>'message' LIKE '%timed out%')::int AS timeouts,
                count(*) FILTER (WHERE s."status" = 'failed' AND jsonb_typeof(s."error"->'status') = 'number'
                                   AND (s."error"->>'status')::numeric >= 500)::int AS server_errors,
                count(*) FILTER (WHERE s."status" = 'failed' AND jsonb_typeof(s."error"->'status') = 'number'
                                   AND (s."error"->>'status')::numeric BETWEEN 400 AND 499)::int AS client_errors,
                avg(s."duration_ms") FILTER (WHERE s."status" = 'succeeded') AS avg_ms,
                percentile_cont(0.95) WITHIN GROUP (ORDER BY s."duration_ms") FILTER (WHERE s."status" = 'succeeded') AS p95_ms
           FROM ${steps} s JOIN ${executions} e ON e."id" = s."execution_id"
          WHERE ${scope} AND s."workspace_id" = $1
          GROUP BY s."node_id", s."node_type" ORDER BY min(s."seq")`,
        params,
      ),
    ]);
    const finished = total.completed + total.failed + total.cancelled;
    return {
      workflow_id: request.workflow_id,
      from: from.toISOString(),
      to: to.toISOString(),
      executions: total.executions,
      completed: total.completed,
      failed: total.failed,
      cancelled: total.cancelled,
      running: total.running,
      success_rate: finished ? Math.round((total.completed / finished) * 10_000) / 10_000 : null,
      avg_duration_ms: n(total.avg_ms),
      p95_duration_ms: n(total.p95_ms),
      per_day: (days as Record<string, unknown>[]).map((d) => ({
        date: String(d.day),
        executions: Number(d.executions),
        completed: Number(d.completed),
        failed: Number(d.failed),
        avg_duration_ms: n(d.avg_ms),
        p95_duration_ms: n(d.p95_ms),
      })),
      nodes: (nodes as Record<string, unknown>[]).map((r) => ({
        node_id: String(r.node_id),
        node_type: String(r.node_type),
        runs: Number(r.runs),
        failures: Number(r.failures),
        retries: Number(r.retries),
        timeouts: Number(r.timeouts),
        server_errors: Number(r.server_errors),
        client_errors: Number(r.client_errors),
        avg_duration_ms: n(r.avg_ms),
        p95_duration_ms: n(r.p95_ms),
      })),
    };
  }
}
