import {
  Inject,
  Injectable,
  Logger,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { PeriodicTask } from '@mab/runtime';
import { quotedTablePath, vacuumWhenBloated } from '@mab/persistence';
import { DataSource } from 'typeorm';
import { ENGINE_ENV } from '../workflow-engine.config';
import type { WorkflowEngineEnv } from '../workflow-engine.env';
import { ExecutionAdvancer } from './execution-advancer';
import { ExecutionStepEntity } from './execution-step.entity';
import { ExecutionEntity } from './execution.entity';

const SWEEP_EVERY_MS = 5_000;
const PRUNE_EVERY_MS = 10 * 60_000;
const VACUUM_CHECK_MS = 30_000;
const BATCH = 500;

/**
 * Nothing stays stuck: every replica, every few seconds, hands out again the steps whose worker stopped
 * heartbeating (lease expired: the process died or hung), and fails the executions past their timeout. Now and
 * then it prunes executions finished longer ago than EXECUTION_RETENTION_DAYS. Each statement is safe to run on
 * several replicas at once (SKIP LOCKED, and the execution row lock for timeouts).
 */
@Injectable()
export class ExecutionSweeper implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(ExecutionSweeper.name);
  private readonly task = new PeriodicTask('sweep', SWEEP_EVERY_MS, () => this.sweep(), this.logger);
  private lastPrune = 0;
  private lastVacuumCheck = 0;

  constructor(
    private readonly dataSource: DataSource,
    private readonly advancer: ExecutionAdvancer,
    @Inject(ENGINE_ENV) private readonly env: WorkflowEngineEnv,
  ) {}

  onApplicationBootstrap(): void {
    this.task.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.task.stop();
  }

  async sweep(): Promise<{ released: number; timedOut: number; pruned: number }> {
    const released = await this.releaseExpiredLeases();
    const timedOut = await this.failTimedOut();
    // The step queue and the executions are rewritten all day: vacuumed when their dead rows pile up.
    if (Date.now() - this.lastVacuumCheck > VACUUM_CHECK_MS) {
      this.lastVacuumCheck = Date.now();
      for (const table of ['execution_steps', 'executions']) await vacuumWhenBloated(this.dataSource, table);
    }
    let pruned = 0;
    if (Date.now() - this.lastPrune > PRUNE_EVERY_MS && this.env.EXECUTION_RETENTION_DAYS > 0) {
      this.lastPrune = Date.now();
      pruned = await this.prune();
    }
    return { released, timedOut, pruned };
  }

  /** Steps whose worker stopped heartbeating go back to the queue (same idempotency key: no effect twice). */
  private async releaseExpiredLeases(): Promise<number> {
    const table = quotedTablePath(this.dataSource, ExecutionStepEntity);
    // eslint-disable-next-line no-restricted-syntax -- housekeeping of the engine's queue across workspaces
    const [, count] = (await this.dataSource.query(
      `UPDATE ${table} AS s SET "status" = 'pending', "due_at" = now(), "lease_until" = NULL, "worker" = NULL
         FROM (SELECT "execution_id", "step_key" FROM ${table}
                WHERE "status" = 'running' AND "lease_until" < now()
                LIMIT $1 FOR UPDATE SKIP LOCKED) AS x
        WHERE s."execution_id" = x."execution_id" AND s."step_key" = x."step_key"`,
      [BATCH],
    )) as [unknown, number];
    if (count) this.logger.warn(`${count} step(s) whose worker stopped answering went back to the queue`);
    return count;
  }

  private async failTimedOut(): Promise<number> {
    const table = quotedTablePath(this.dataSource, ExecutionEntity);
    // eslint-disable-next-line no-restricted-syntax -- which executions are past their deadline, across workspaces
    const due: { id: string; workspace_id: string }[] = await this.dataSource.query(
      `SELECT "id", "workspace_id" FROM ${table}
        WHERE "status" IN ('queued', 'running', 'waiting') AND "timeout_at" < now() LIMIT $1`,
      [BATCH],
    );
    let count = 0;
    for (const { id, workspace_id } of due) {
      await this.dataSource.transaction(async (manager) => {
        const advance = await this.advancer.lock(manager, workspace_id, id);
        if (!advance || !['queued', 'running', 'waiting'].includes(advance.execution.status)) return;
        await this.advancer.end(advance, 'failed', { message: 'timed out', timeout_at: advance.execution.timeoutAt });
        count += 1;
      });
    }
    return count;
  }

  private async prune(): Promise<number> {
    const table = quotedTablePath(this.dataSource, ExecutionEntity);
    let total = 0;
    for (;;) {
      // eslint-disable-next-line no-restricted-syntax -- retention across workspaces by age; steps go with them (cascade)
      const [, count] = (await this.dataSource.query(
        `DELETE FROM ${table} WHERE "id" IN (
           SELECT "id" FROM ${table} WHERE "finished_at" < now() - make_interval(days => $1) LIMIT $2 FOR UPDATE SKIP LOCKED)`,
        [this.env.EXECUTION_RETENTION_DAYS, BATCH],
      )) as [unknown, number];
      total += count;
      if (count < BATCH || this.task.stopping) return total;
    }
  }
}
