import { Inject, Injectable } from '@nestjs/common';
import { quotedTablePath, WorkspaceRepository } from '@mab/persistence';
import { DataSource } from 'typeorm';
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

/** The ledger of Claude calls per workspace: recorded after each call, summed for the budget and the usage view. */
@Injectable()
export class ClaudeUsage {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(AI_ENV) private readonly env: AiEnv,
  ) {}

  async record(
    workspaceId: string,
    call: {
      feature: string;
      outcome: 'answered' | 'error';
      inputTokens: number;
      outputTokens: number;
      durationMs: number;
      error?: string | null;
    },
  ): Promise<void> {
    const cost =
      (call.inputTokens * this.env.ANTHROPIC_INPUT_USD_PER_MTOK +
        call.outputTokens * this.env.ANTHROPIC_OUTPUT_USD_PER_MTOK) /
      1_000_000;
    await WorkspaceRepository.of(this.dataSource, ClaudeCallEntity, workspaceId).insert({
      feature: call.feature,
      model: this.env.ANTHROPIC_MODEL,
      outcome: call.outcome,
      inputTokens: call.inputTokens,
      outputTokens: call.outputTokens,
      costUsd: cost.toFixed(6),
      durationMs: call.durationMs,
      error: call.error ? call.error.slice(0, 300) : null,
    });
  }

  /** This calendar month's (UTC) calls, tokens and cost of a workspace. */
  async thisMonth(workspaceId: string, now = new Date()): Promise<MonthUsage> {
    const start = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
    const table = quotedTablePath(this.dataSource, ClaudeCallEntity);
    // eslint-disable-next-line no-restricted-syntax -- a sum over one workspace's rows (workspace_id in the WHERE)
    const [row] = (await this.dataSource.query(
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

  /** Calls a workspace made in the last minute (the per-minute limit; every replica reads the same rows). */
  async lastMinute(workspaceId: string): Promise<number> {
    return WorkspaceRepository.of(this.dataSource, ClaudeCallEntity, workspaceId)
      .queryBuilder('c')
      .andWhere(`c.createdAt > now() - interval '1 minute'`)
      .getCount();
  }
}
