import { Injectable } from '@nestjs/common';
import {
  CANCEL_EXECUTION,
  EXECUTE_WORKFLOW,
  GET_EXECUTION,
  LIST_EXECUTIONS,
  RERUN_EXECUTION,
  ServiceError,
  type ExecuteWorkflowRequest,
  type ExecutionIdRequest,
  type ExecutionStartedView,
  type ExecutionSummaryView,
  type ExecutionView,
  type ListExecutionsRequest,
  type Page,
} from '@mab/contracts';
import { OnCommand, type CommandContext } from '@mab/messaging';
import { WorkspaceRepository, afterCommit, keysetPage } from '@mab/persistence';
import { DataSource, type EntityManager } from 'typeorm';
import { workflowOr404 } from '../workflows/workflows.handlers';
import { ExecutionAdvancer } from './execution-advancer';
import { ExecutionStepEntity } from './execution-step.entity';
import { executionSummaryView, executionView } from './execution-view';
import { ExecutionEntity } from './execution.entity';
import { StepWorker } from './step-worker';
import { StartExecutions } from './triggers/start-executions';

/** Executions: start by hand, read with every step, list, cancel, re-run from the failed step. */
@Injectable()
export class ExecutionsHandlers {
  constructor(
    private readonly dataSource: DataSource,
    private readonly starts: StartExecutions,
    private readonly advancer: ExecutionAdvancer,
    private readonly worker: StepWorker,
  ) {}

  @OnCommand(EXECUTE_WORKFLOW)
  async execute(
    request: ExecuteWorkflowRequest,
    ctx: CommandContext<typeof EXECUTE_WORKFLOW>,
  ): Promise<ExecutionStartedView> {
    const workflow = await workflowOr404(ctx.manager, ctx.workspaceId, request.workflow_id);
    const dedupe = request.idempotency_key ? `manual:${request.idempotency_key}` : null;
    const { execution, created } = await this.starts.start(
      ctx.manager,
      workflow,
      request.trigger_data ?? {},
      dedupe,
      'manual',
    );
    return { execution_id: execution.id, status: execution.status, created };
  }

  @OnCommand(GET_EXECUTION)
  async get(request: ExecutionIdRequest, ctx: CommandContext<typeof GET_EXECUTION>): Promise<ExecutionView> {
    const execution = await this.executionOr404(this.dataSource, ctx.workspaceId, request.execution_id);
    const steps = await WorkspaceRepository.of(this.dataSource, ExecutionStepEntity, ctx.workspaceId).find({
      where: { executionId: execution.id },
      order: { seq: 'ASC' },
    });
    return executionView(execution, steps);
  }

  @OnCommand(LIST_EXECUTIONS)
  async list(
    request: ListExecutionsRequest,
    ctx: CommandContext<typeof LIST_EXECUTIONS>,
  ): Promise<Page<ExecutionSummaryView>> {
    await workflowOr404(this.dataSource, ctx.workspaceId, request.workflow_id);
    const qb = WorkspaceRepository.of(this.dataSource, ExecutionEntity, ctx.workspaceId)
      .queryBuilder('execution')
      .andWhere('execution.workflowId = :workflowId', { workflowId: request.workflow_id });
    if (request.status) qb.andWhere('execution.status = :status', { status: request.status });
    if (request.started_after) qb.andWhere('execution.startedAt >= :after', { after: request.started_after });
    if (request.started_before) qb.andWhere('execution.startedAt < :before', { before: request.started_before });
    return keysetPage(qb, { keys: ['startedAt', 'id'], direction: 'DESC' }, request, executionSummaryView, {
      countLimit: 10_000,
    });
  }

  @OnCommand(CANCEL_EXECUTION)
  async cancel(
    request: ExecutionIdRequest,
    ctx: CommandContext<typeof CANCEL_EXECUTION>,
  ): Promise<ExecutionSummaryView> {
    const advance = await this.advancer.lock(ctx.manager, ctx.workspaceId, request.execution_id);
    if (!advance) throw ServiceError.notFound('execution', request.execution_id);
    if (!['queued', 'running', 'waiting'].includes(advance.execution.status)) {
      throw ServiceError.conflict(
        `execution ${request.execution_id} is ${advance.execution.status}: nothing to cancel`,
      );
    }
    await this.advancer.end(advance, 'cancelled', { message: 'cancelled', by: ctx.userId });
    return executionSummaryView(advance.execution);
  }

  @OnCommand(RERUN_EXECUTION)
  async rerun(request: ExecutionIdRequest, ctx: CommandContext<typeof RERUN_EXECUTION>): Promise<ExecutionSummaryView> {
    const execution = await this.executionOr404(ctx.manager, ctx.workspaceId, request.execution_id, true);
    if (execution.status !== 'failed') {
      throw ServiceError.conflict(`execution ${execution.id} is ${execution.status}: only a failed one runs again`);
    }
    const steps = WorkspaceRepository.of(ctx.manager, ExecutionStepEntity, ctx.workspaceId);
    const failed = await steps.find({
      where: [
        { executionId: execution.id, status: 'failed' },
        { executionId: execution.id, status: 'cancelled' },
      ],
    });
    if (!failed.length) throw ServiceError.conflict(`execution ${execution.id} has no failed step to run again`);
    // The failed (and the cancelled) steps go back to the queue with fresh attempts; every step that succeeded
    // keeps its output, and nothing before them runs again. A loop that was between iterations and a delay that was
    // waiting pick up where they were: the loop goes on from the iteration that failed (earlier iterations are not
    // repeated), the delay keeps its deadline.
    const toRun: ExecutionStepEntity[] = [];
    for (const step of failed) {
      const resumed = step.status === 'cancelled' ? resumedWait(step) : null;
      if (!resumed && (step.inputsResolved >= step.inputsExpected || step.status === 'failed')) toRun.push(step);
      await steps.update(
        { executionId: execution.id, stepKey: step.stepKey },
        resumed ??
          (step.inputsResolved >= step.inputsExpected || step.status === 'failed'
            ? {
                status: 'pending',
                dueAt: new Date(),
                attempts: 0,
                error: null,
                finishedAt: null,
                leaseUntil: null,
                worker: null,
              }
            : { status: 'blocked', finishedAt: null }),
      );
    }
    await WorkspaceRepository.of(ctx.manager, ExecutionEntity, ctx.workspaceId).update(
      { id: execution.id },
      { status: 'running', mode: 'rerun', error: null, finishedAt: null, durationMs: null, openSteps: failed.length },
    );
    execution.status = 'running';
    afterCommit(ctx.manager, () =>
      this.worker.runSoon(toRun.map((s) => ({ executionId: execution.id, stepKey: s.stepKey }))),
    );
    return executionSummaryView({ ...execution, mode: 'rerun', error: null, finishedAt: null, durationMs: null });
  }

  private async executionOr404(
    manager: EntityManager | DataSource,
    workspaceId: string,
    id: string,
    lockForUpdate = false,
  ) {
    const execution = await WorkspaceRepository.of(manager, ExecutionEntity, workspaceId).findById(id, {
      lockForUpdate,
    });
    if (!execution) throw ServiceError.notFound('execution', id);
    return execution;
  }
}

/** How a step cancelled while it waited waits again on a re-run: a loop keeps its position, a delay its deadline. */
function resumedWait(step: ExecutionStepEntity): Partial<ExecutionStepEntity> | null {
  if (step.nodeType === 'loop' && Array.isArray(step.state?.items)) {
    return { status: 'waiting', dueAt: null, finishedAt: null, leaseUntil: null, worker: null };
  }
  if (step.nodeType === 'delay' && typeof step.state?.until === 'string') {
    const until = new Date(Math.max(Date.parse(step.state.until), Date.now()));
    return { status: 'waiting', dueAt: until, finishedAt: null, leaseUntil: null, worker: null };
  }
  return null;
}
