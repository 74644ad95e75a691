import { Injectable } from '@nestjs/common';
import {
  EXECUTION_COMPLETED,
  EXECUTION_FAILED,
  EXECUTION_STARTED,
  type ExecutionFinishedV1,
  type ExecutionStartedV1,
} from '@mab/contracts';
import { OnEvent, type EventContext } from '@mab/messaging';
import { quotedSchema } from '@mab/persistence';
import type { EntityManager } from 'typeorm';
import { histogramOf } from './duration-histogram';

interface ExecutionRow {
  started_at: Date;
  status: string;
  finished_at: Date | null;
  duration_ms: number | null;
}

/**
 * Executions per workflow, from the engine's events, bucketed by the hour each started in. An execution is one row
 * holding its latest end: a re-run that completes a failed execution moves it from failed to completed (the older
 * end is taken back), an end older than the one held changes nothing, and a repeated event is a no-op.
 */
@Injectable()
export class WorkflowFactsHandlers {
  @OnEvent(EXECUTION_STARTED)
  async started(event: ExecutionStartedV1, ctx: EventContext): Promise<void> {
    const workspaceId = ctx.envelope.workspace_id;
    if (!workspaceId) return;
    await this.row(ctx.manager, workspaceId, event.execution_id, event.workflow_id, new Date(event.started_at));
  }

  @OnEvent(EXECUTION_COMPLETED)
  completed(event: ExecutionFinishedV1, ctx: EventContext): Promise<void> {
    return this.finished(event, ctx);
  }

  @OnEvent(EXECUTION_FAILED)
  failed(event: ExecutionFinishedV1, ctx: EventContext): Promise<void> {
    return this.finished(event, ctx);
  }

  private async finished(event: ExecutionFinishedV1, ctx: EventContext): Promise<void> {
    const workspaceId = ctx.envelope.workspace_id;
    if (!workspaceId) return;
    const { manager } = ctx;
    const row = await this.row(manager, workspaceId, event.execution_id, event.workflow_id, new Date(event.started_at));
    const finishedAt = new Date(event.finished_at);
    if (row.finished_at && new Date(row.finished_at).getTime() >= finishedAt.getTime()) return;
    const hour = row.started_at;
    if (row.finished_at)
      await this.count(manager, workspaceId, event.workflow_id, hour, row.status, row.duration_ms, -1);
    const status = event.status === 'completed' ? 'completed' : 'failed';
    await this.count(manager, workspaceId, event.workflow_id, hour, status, event.duration_ms, 1);
    // eslint-disable-next-line no-restricted-syntax -- the envelope's workspace in the WHERE
    await manager.query(
      `UPDATE ${quotedSchema(manager)}."execution_facts" SET "status" = $3, "finished_at" = $4, "duration_ms" = $5
        WHERE "workspace_id" = $1 AND "execution_id" = $2`,
      [workspaceId, event.execution_id, status, finishedAt, event.duration_ms],
    );
  }

  /** The execution's row, locked (created with its start counted, whichever of its events comes first). */
  private async row(
    manager: EntityManager,
    workspaceId: string,
    executionId: string,
    workflowId: string,
    startedAt: Date,
  ): Promise<ExecutionRow> {
    const s = quotedSchema(manager);
    // eslint-disable-next-line no-restricted-syntax -- the envelope's workspace in the row
    const created = (await manager.query(
      `INSERT INTO ${s}."execution_facts" ("workspace_id", "execution_id", "workflow_id", "started_at")
       VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING RETURNING "execution_id"`,
      [workspaceId, executionId, workflowId, startedAt],
    )) as unknown[];
    if (created.length) await this.upsertHour(manager, workspaceId, workflowId, startedAt, { started: 1 });
    // eslint-disable-next-line no-restricted-syntax -- the envelope's workspace in the WHERE
    const [row] = (await manager.query(
      `SELECT "started_at", "status", "finished_at", "duration_ms" FROM ${s}."execution_facts"
        WHERE "workspace_id" = $1 AND "execution_id" = $2 FOR UPDATE`,
      [workspaceId, executionId],
    )) as ExecutionRow[];
    return row;
  }

  private count(
    manager: EntityManager,
    workspaceId: string,
    workflowId: string,
    startedAt: Date,
    status: string,
    durationMs: number | null,
    sign: 1 | -1,
  ) {
    return status === 'completed'
      ? this.upsertHour(manager, workspaceId, workflowId, startedAt, {
          completed: sign,
          durationSum: sign * (durationMs ?? 0),
          durations: histogramOf(durationMs ?? 0, sign),
        })
      : this.upsertHour(manager, workspaceId, workflowId, startedAt, { failed: sign });
  }

  private async upsertHour(
    manager: EntityManager,
    workspaceId: string,
    workflowId: string,
    at: Date,
    add: { started?: number; completed?: number; failed?: number; durationSum?: number; durations?: number[] },
  ): Promise<void> {
    // eslint-disable-next-line no-restricted-syntax -- the envelope's workspace in the row
    await manager.query(
      `INSERT INTO ${quotedSchema(manager)}."workflow_hours" AS w
         ("workspace_id", "workflow_id", "hour", "started", "completed", "failed", "duration_sum_ms", "durations")
       VALUES ($1, $2, date_trunc('hour', $3::timestamptz), $4, $5, $6, $7, $8::int[])
       ON CONFLICT ("workspace_id", "workflow_id", "hour") DO UPDATE SET
         "started" = w."started" + EXCLUDED."started",
         "completed" = w."completed" + EXCLUDED."completed",
         "failed" = w."failed" + EXCLUDED."failed",
         "duration_sum_ms" = w."duration_sum_ms" + EXCLUDED."duration_sum_ms",
         "durations" = (SELECT array_agg(coalesce(a, 0) + coalesce(b, 0) ORDER BY i)
                          FROM unnest(w."durations", EXCLUDED."durations") WITH ORDINALITY AS t(a, b, i))`,
      [
        workspaceId,
        workflowId,
        at,
        add.started ?? 0,
        add.completed ?? 0,
        add.failed ?? 0,
        add.durationSum ?? 0,
        add.durations ?? histogramOf(null),
      ],
    );
  }
}
