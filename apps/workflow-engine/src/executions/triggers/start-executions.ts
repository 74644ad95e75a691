import { Injectable } from '@nestjs/common';
import { afterCommit, WorkspaceRepository } from '@mab/persistence';
import { conditionsHold, valueAtPath, type FieldCondition } from '@mab/workflow-definition';
import type { EntityManager } from 'typeorm';
import type { ExecutionMode } from '@mab/contracts';
import { WorkflowEntity } from '../../workflows/workflow.entity';
import { ExecutionAdvancer } from '../execution-advancer';
import { StepWorker } from '../step-worker';
import { WorkflowPlans } from '../workflow-plans';

/**
 * Starts executions for a trigger: the active workflows of the workspace listening to it (by index), each one's
 * trigger conditions checked against the data, each started once per dedupe key (the event's id), in the caller's
 * transaction; their first effect steps run in this process as soon as it commits.
 */
@Injectable()
export class StartExecutions {
  constructor(
    private readonly advancer: ExecutionAdvancer,
    private readonly plans: WorkflowPlans,
    private readonly worker: StepWorker,
  ) {}

  /** Every active workflow whose trigger is `type` on `key` (a component id, an event name). */
  async forTrigger(
    manager: EntityManager,
    workspaceId: string,
    type: WorkflowEntity['triggerType'],
    key: string | null,
    triggerData: Record<string, unknown>,
    dedupeKey: string,
    accept: (config: Record<string, unknown>) => boolean = () => true,
  ): Promise<string[]> {
    const workflows = await WorkspaceRepository.of(manager, WorkflowEntity, workspaceId).find({
      where: { triggerType: type, triggerKey: key ?? undefined, active: true },
    });
    const started: string[] = [];
    for (const workflow of workflows) {
      const plan = await this.plans.get(manager, workspaceId, workflow.id, workflow.version);
      const trigger = plan?.nodes.get(plan.triggerId);
      if (!trigger || !accept(trigger.config)) continue;
      const conditions = (trigger.config.conditions ?? []) as FieldCondition[];
      if (!conditionsHold(conditions, (path) => valueAtPath(triggerData, path))) continue;
      const { execution } = await this.start(manager, workflow, triggerData, dedupeKey, 'trigger');
      started.push(execution.id);
    }
    return started;
  }

  /** One execution of one workflow (once per dedupe key when one is given). */
  async start(
    manager: EntityManager,
    workflow: WorkflowEntity,
    triggerData: Record<string, unknown>,
    dedupeKey: string | null,
    mode: ExecutionMode,
  ) {
    const result = await this.advancer.start(manager, workflow, {
      triggerData,
      dedupeKey,
      mode,
      lease: this.worker.localLease(),
    });
    if (result.ready.length || result.leased.length) afterCommit(manager, () => this.worker.continueWith(result));
    return result;
  }
}
