import { createHash } from 'node:crypto';
import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { quotedTablePath, WorkspaceRepository } from '@mab/persistence';
import { PeriodicTask } from '@mab/runtime';
import { DataSource, MoreThan } from 'typeorm';
import { AI_ENV } from '../ai.config';
import type { AiEnv } from '../ai.env';
import { AnswerCacheEntity } from './answer-cache.entity';

/** A stable JSON text (object keys sorted), so the same inputs always give the same key. */
export function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/**
 * Answers to identical requests, per workspace, for AI_CACHE_TTL_SECONDS: a repeated suggestion or copy request
 * costs no Claude call. Expired rows are deleted by every replica in small batches.
 */
@Injectable()
export class AnswerCache implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(AnswerCache.name);
  private readonly pruner = new PeriodicTask('pruning expired answers', 60_000, () => this.prune(), this.logger);

  constructor(
    private readonly dataSource: DataSource,
    @Inject(AI_ENV) private readonly env: AiEnv,
  ) {}

  onApplicationBootstrap(): void {
    this.pruner.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.pruner.stop();
  }

  key(feature: string, inputs: unknown): string {
    return createHash('sha256')
      .update(`${feature}\n${stableJson(inputs)}`)
      .digest('hex');
  }

  async get<T>(workspaceId: string, key: string): Promise<T | null> {
    if (this.env.AI_CACHE_TTL_SECONDS === 0) return null;
    const row = await WorkspaceRepository.of(this.dataSource, AnswerCacheEntity, workspaceId).findOne({
      key,
      expiresAt: MoreThan(new Date()),
    });
    return (row?.answer as T) ?? null;
  }

  async put(workspaceId: string, key: string, feature: string, answer: unknown): Promise<void> {
    if (this.env.AI_CACHE_TTL_SECONDS === 0) return;
    const table = quotedTablePath(this.dataSource, AnswerCacheEntity);
    // eslint-disable-next-line no-restricted-syntax -- an upsert of one workspace's row (workspace_id in the values)
    await this.dataSource.query(
      `INSERT INTO ${table} ("workspace_id", "key", "feature", "answer", "expires_at")
       VALUES ($1, $2, $3, $4, now() + make_interval(secs => $5))
       ON CONFLICT ("workspace_id", "key") DO UPDATE SET "answer" = EXCLUDED."answer", "expires_at" = EXCLUDED."expires_at"`,
      [workspaceId, key, feature, JSON.stringify(answer), this.env.AI_CACHE_TTL_SECONDS],
    );
  }

  private async prune(): Promise<void> {
    const table = quotedTablePath(this.dataSource, AnswerCacheEntity);
    for (let i = 0; i < 20 && !this.pruner.stopping; i++) {
      // eslint-disable-next-line no-restricted-syntax -- housekeeping across workspaces: expired rows only
      const [, deleted] = (await this.dataSource.query(
        `DELETE FROM ${table} WHERE ctid IN (
           SELECT ctid FROM ${table} WHERE "expires_at" < now() LIMIT 500 FOR UPDATE SKIP LOCKED)`,
      )) as [unknown, number];
      if (deleted < 500) return;
    }
  }
}
