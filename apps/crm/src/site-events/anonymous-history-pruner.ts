import {
  Inject,
  Injectable,
  Logger,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { PeriodicTask } from '@mab/runtime';
import { quotedTablePath } from '@mab/persistence';
import { DataSource } from 'typeorm';
import { ActivityEntity } from '../activities/activity.entity';
import { CRM_ENV } from '../crm.config';
import type { CrmEnv } from '../crm.env';

const PRUNE_EVERY_MS = 10 * 60_000;
const PRUNE_BATCH = 5_000;

/**
 * Forgets anonymous visitors' page views older than CRM_ANONYMOUS_HISTORY_DAYS: they waited for a form submission
 * that never came. Without it every page view of every visitor would stay in the CRM forever (traffic is analytics'
 * business). Every replica runs it; SKIP LOCKED lets two replicas delete different batches instead of queueing, and
 * small batches keep each transaction short.
 */
@Injectable()
export class AnonymousHistoryPruner implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(AnonymousHistoryPruner.name);
  private readonly task = new PeriodicTask(
    'pruning anonymous page views',
    PRUNE_EVERY_MS,
    () => this.pruneOnce(),
    this.logger,
  );

  constructor(
    private readonly dataSource: DataSource,
    @Inject(CRM_ENV) private readonly env: CrmEnv,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.env.CRM_ANONYMOUS_HISTORY_DAYS) return;
    this.task.start({ now: true });
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.task.stop();
  }

  /** Deletes every anonymous activity older than the retention, batch by batch; answers how many went. */
  async pruneOnce(): Promise<number> {
    const table = quotedTablePath(this.dataSource, ActivityEntity);
    let pruned = 0;
    for (;;) {
      // eslint-disable-next-line no-restricted-syntax -- housekeeping across workspaces by age; reads no row's data
      const [, count] = (await this.dataSource.query(
        `DELETE FROM ${table} WHERE "id" IN (
           SELECT "id" FROM ${table}
            WHERE "contact_id" IS NULL AND "occurred_at" < now() - make_interval(days => $1)
            LIMIT $2 FOR UPDATE SKIP LOCKED)`,
        [this.env.CRM_ANONYMOUS_HISTORY_DAYS, PRUNE_BATCH],
      )) as [unknown, number];
      pruned += count;
      if (count < PRUNE_BATCH || this.task.stopping) return pruned;
    }
  }
}
