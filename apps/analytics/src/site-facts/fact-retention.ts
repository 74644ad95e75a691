import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { quotedSchema } from '@mab/persistence';
import { PeriodicTask } from '@mab/runtime';
import { DataSource } from 'typeorm';
import { ANALYTICS_ENV } from '../analytics.config';
import type { AnalyticsEnv } from '../analytics.env';

const BATCH = 5_000;
const EVERY_MS = 10 * 60_000;

/** The first moment whose facts are kept: the start of the UTC day `days` days ago. */
export function retentionHorizon(days: number, now = new Date()): Date {
  const day = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  return new Date(day - days * 86_400_000);
}

/**
 * Prunes raw facts older than ANALYTICS_FACT_RETENTION_DAYS (whole UTC days), in SKIP LOCKED batches, on every
 * replica. The rollups are kept: a dashboard never read the facts, and a rebuild recomputes only the days the facts
 * still cover.
 */
@Injectable()
export class FactRetention implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(FactRetention.name);
  private readonly task = new PeriodicTask('pruning old facts', EVERY_MS, () => this.pruneOnce(), this.logger);

  constructor(
    private readonly dataSource: DataSource,
    @Inject(ANALYTICS_ENV) private readonly env: AnalyticsEnv,
  ) {}

  onApplicationBootstrap(): void {
    this.task.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.task.stop();
  }

  /** Deletes the facts past the horizon; returns how many. */
  async pruneOnce(now = new Date()): Promise<number> {
    const horizon = retentionHorizon(this.env.ANALYTICS_FACT_RETENTION_DAYS, now);
    const s = quotedSchema(this.dataSource);
    let total = 0;
    for (;;) {
      // eslint-disable-next-line no-restricted-syntax -- housekeeping across workspaces: facts past the retention only
      const [, deleted] = (await this.dataSource.query(
        `DELETE FROM ${s}."site_facts" WHERE ctid IN (
           SELECT ctid FROM ${s}."site_facts" WHERE "occurred_at" < $1 LIMIT ${BATCH} FOR UPDATE SKIP LOCKED)`,
        [horizon],
      )) as [unknown, number];
      total += deleted;
      if (deleted < BATCH || this.task.stopping) return total;
    }
  }
}
