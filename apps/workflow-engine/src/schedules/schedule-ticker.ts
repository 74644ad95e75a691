import { Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { PeriodicTask } from '@mab/runtime';
import { WorkspaceRepository, quotedTablePath } from '@mab/persistence';
import { DataSource } from 'typeorm';
import { StartExecutions } from '../executions/triggers/start-executions';
import { WorkflowPlans } from '../executions/workflow-plans';
import { WorkflowEntity } from '../workflows/workflow.entity';
import { nextScheduleSlot } from './schedule-slots';

const TICK_MS = 1_000;
const BATCH = 50;

/**
 * Fires schedule triggers. Every replica ticks each second; due workflows are locked with SKIP LOCKED (two
 * replicas never take the same one) and the slot is the execution's dedupe key (a slot fires once even if a
 * lock was lost between two ticks). The next slot is computed from now, not from the slot that fired: after an
 * outage the missed slots are caught up once, not once per slot missed.
 */
@Injectable()
export class ScheduleTicker implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(ScheduleTicker.name);
  private readonly task = new PeriodicTask('schedule tick', TICK_MS, () => this.fireDue(), this.logger);

  constructor(
    private readonly dataSource: DataSource,
    private readonly starts: StartExecutions,
    private readonly plans: WorkflowPlans,
  ) {}

  onApplicationBootstrap(): void {
    this.task.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.task.stop();
  }

  /** Fires the due slots; answers how many executions started. */
  async fireDue(): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const table = quotedTablePath(manager, WorkflowEntity);
      // eslint-disable-next-line no-restricted-syntax -- the due schedules of every workspace (each row carries its own)
      const due: { id: string; workspace_id: string; schedule_next_at: Date }[] = await manager.query(
        `SELECT "id", "workspace_id", "schedule_next_at" FROM ${table}
          WHERE "active" AND "schedule_next_at" <= now()
          ORDER BY "schedule_next_at" LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [BATCH],
      );
      const now = new Date();
      for (const row of due) {
        const workflows = WorkspaceRepository.of(manager, WorkflowEntity, row.workspace_id);
        const workflow = (await workflows.findById(row.id))!;
        const slot = new Date(row.schedule_next_at);
        await this.starts.start(
          manager,
          workflow,
          { scheduled_at: slot.toISOString(), fired_at: now.toISOString() },
          `schedule:${slot.toISOString()}`,
          'trigger',
        );
        const plan = await this.plans.get(manager, row.workspace_id, workflow.id, workflow.version);
        await workflows.update(
          { id: workflow.id },
          { scheduleNextAt: plan ? nextScheduleSlot(plan.graph, now) : null },
        );
      }
      return due.length;
    });
  }
}
