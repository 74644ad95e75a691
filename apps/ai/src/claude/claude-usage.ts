import { Inject, Injectable } from '@nestjs/common';
import { quotedTablePath } from '@mab/persistence';
import { DataSource, type EntityManager } from 'typeorm';
import { AI_ENV } from '../ai.config';
import type { AiEnv } from '../ai.env';
import { ClaudeCallEntity } from './claude-call.entity';

export interface MonthUsage {
  month: string;
  calls: number;
  inputTokens: number;
  outputTokens: number;
  costUsd: number;
}

/** Why a reservation was refused: the monthly budget, or the per-minute limit. */
export class AllowanceRefused extends Error {}

const monthStart = (now: Date) => new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));

/**
 * The ledger of Claude calls per workspace. A call is reserved before it is made: under a per-workspace advisory
 * lock, the month's tokens (reservations included, at their reserved size) and the last minute's calls are counted,
 * and a `pending` row holds the estimate; the call's real tokens replace it when it ends. So parallel requests
 * cannot all slip under the budget or the per-minute limit, on one replica or many.
 */
@Injectable()
export class ClaudeUsage {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(AI_ENV) private readonly env: AiEnv,
  ) {}

  /** Reserves a call of about `tokens`; returns the ledger row's id, or throws AllowanceRefused. */
  async reserve(workspaceId: string, feature: string, tokens: number): Promise<string> {
    const table = quotedTablePath(this.dataSource, ClaudeCallEntity);
    return this.dataSource.transaction(async (manager) => {
      // eslint-disable-next-line no-restricted-syntax -- one workspace's lock, keyed by its id
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`ai.claude:${workspaceId}`]);
      const month = await this.sums(manager, workspaceId, new Date());
      const spent = month.inputTokens + month.outputTokens;
      if (spent + tokens > this.env.AI_MONTHLY_TOKEN_BUDGET) {
        throw new AllowanceRefused(
          `the workspace's monthly Claude budget is spent (${spent} of ${this.env.AI_MONTHLY_TOKEN_BUDGET} tokens in ${month.month}, and this request needs about ${tokens}); the built-in engine still answers`,
        );
      }
      // eslint-disable-next-line no-restricted-syntax -- one workspace's calls of the last minute (workspace_id in the WHERE)
      const [{ recent }] = (await manager.query(
        `SELECT count(*)::int AS recent FROM ${table} WHERE "workspace_id" = $1 AND "created_at" > now() - interval '1 minute'`,
        [workspaceId],
      )) as { recent: number }[];
      if (recent >= this.env.AI_CLAUDE_CALLS_PER_MINUTE) {
        throw new AllowanceRefused(
          `the workspace made ${this.env.AI_CLAUDE_CALLS_PER_MINUTE} Claude calls in the last minute; try again shortly (the built-in engine still answers)`,
        );
      }
      // eslint-disable-next-line no-restricted-syntax -- the workspace's own ledger row
      const [row] = (await manager.query(
        `INSERT INTO ${table} ("workspace_id", "feature", "model", "outcome", "input_tokens", "output_tokens")
         VALUES ($1, $2, $3, 'pending', $4, 0) RETURNING "id"`,
        [workspaceId, feature, this.env.ANTHROPIC_MODEL, tokens],
      )) as { id: string }[];
      return String(row.id);
    });
  }

  /** Settles a reservation with what the call really cost. */
  async settle(
    workspaceId: string,
    id: string,
    call: {
      outcome: 'answered' | 'error';
      inputTokens: number;
      outputTokens: number;
      durationMs: number;
      error?: string;
    },
  ): Promise<void> {
    const cost =
      (call.inputTokens * this.env.ANTHROPIC_INPUT_USD_PER_MTOK +
        call.outputTokens * this.env.ANTHROPIC_OUTPUT_USD_PER_MTOK) /
      1_000_000;
    const table = quotedTablePath(this.dataSource, ClaudeCallEntity);
    // eslint-disable-next-line no-restricted-syntax -- the workspace's own ledger row (workspace_id in the WHERE)
    await this.dataSource.query(
      `UPDATE ${table} SET "outcome" = $3, "input_tokens" = $4, "output_tokens" = $5, "cost_usd" = $6,
              "duration_ms" = $7, "error" = $8
        WHERE "workspace_id" = $1 AND "id" = $2`,
      [
        workspaceId,
        id,
        call.outcome,
        call.inputTokens,
        call.outputTokens,
        cost.toFixed(6),
        call.durationMs,
        call.error ? call.error.slice(0, 300) : null,
      ],
    );
  }

  /** This calendar month's (UTC) calls, tokens (reservations at their reserved size) and cost of a workspace. */
  thisMonth(workspaceId: string, now = new Date()): Promise<MonthUsage> {
    return this.sums(this.dataSource.manager, workspaceId, now);
  }

  private async sums(manager: EntityManager, workspaceId: string, now: Date): Promise<MonthUsage> {
    const start = monthStart(now);
    const table = quotedTablePath(manager, ClaudeCallEntity);
    // eslint-disable-next-line no-restricted-syntax -- a sum over one workspace's rows (workspace_id in the WHERE)
    const [row] = (await manager.query(
      `SELECT count(*)::int AS calls, coalesce(sum("input_tokens"), 0)::bigint AS input,
              coalesce(sum("output_tokens"), 0)::bigint AS output, coalesce(sum("cost_usd"), 0)::float8 AS cost
         FROM ${table} WHERE "workspace_id" = $1 AND "created_at" >= $2`,
      [workspaceId, start],
    )) as { calls: number; input: string; output: string; cost: number }[];
    return {
      month: start.toISOString().slice(0, 7),
      calls: row.calls,
      inputTokens: Number(row.input),
      outputTokens: Number(row.output),
      costUsd: Math.round(row.cost * 1_000_000) / 1_000_000,
    };
  }
}
