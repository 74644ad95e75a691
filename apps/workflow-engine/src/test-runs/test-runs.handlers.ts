import { Injectable } from '@nestjs/common';
import {
  ServiceError,
  TEST_WORKFLOW,
  TEST_WORKFLOW_DEFINITION,
  type ExecutionView,
  type TestWorkflowDefinitionRequest,
  type TestWorkflowRequest,
} from '@mab/contracts';
import { OnCommand, type CommandContext } from '@mab/messaging';
import { WorkspaceRepository } from '@mab/persistence';
import { DataSource, type EntityManager } from 'typeorm';
import { ExecutionAdvancer } from '../executions/execution-advancer';
import { ExecutionStepEntity } from '../executions/execution-step.entity';
import { executionView } from '../executions/execution-view';
import { StepWorker } from '../executions/step-worker';
import { SaveWorkflowUseCase } from '../workflows/usecases/save-workflow.usecase';
import { graphFromBody } from '../workflows/workflow-definition-input';
import { WorkflowEntity } from '../workflows/workflow.entity';
import { workflowOr404 } from '../workflows/workflows.handlers';

/** Carries a test run's answer out of the transaction that is rolled back. */
class TestRunDone extends Error {
  constructor(readonly view: ExecutionView) {
    super('test run done');
  }
}

/**
 * Test runs: the real engine, in a transaction that is rolled back. Every node runs at once, in order, the way a
 * live execution would (same advancer, same expressions, joins, loops); waits do not wait; each side-effect step
 * asks the crm or describes the request instead of acting (the rendered email, the contact it would upsert, the
 * call it would make). The answer is the execution with every step; nothing of it is kept, no event goes out.
 */
@Injectable()
export class TestRunsHandlers {
  constructor(
    private readonly dataSource: DataSource,
    private readonly advancer: ExecutionAdvancer,
    private readonly worker: StepWorker,
    private readonly save: SaveWorkflowUseCase,
  ) {}

  @OnCommand(TEST_WORKFLOW)
  test(request: TestWorkflowRequest, ctx: CommandContext<typeof TEST_WORKFLOW>): Promise<ExecutionView> {
    return this.inRolledBackTransaction(async (manager) => {
      const workflow = await workflowOr404(manager, ctx.workspaceId, request.workflow_id);
      return this.run(manager, workflow, request.trigger_data ?? {});
    });
  }

  @OnCommand(TEST_WORKFLOW_DEFINITION)
  testDefinition(
    request: TestWorkflowDefinitionRequest,
    ctx: CommandContext<typeof TEST_WORKFLOW_DEFINITION>,
  ): Promise<ExecutionView> {
    const graph = graphFromBody(request);
    if (!graph)
      throw ServiceError.validation('give a definition to test', [
        { field: 'nodes', constraints: ['or trigger and actions'] },
      ]);
    return this.inRolledBackTransaction(async (manager) => {
      // An unsaved definition is saved the usual way (same checks), in the transaction that is rolled back.
      const saved = await this.save.create(manager, ctx.workspaceId, ctx.userId, { name: 'test run', graph });
      const workflow = await workflowOr404(manager, ctx.workspaceId, saved.id);
      return this.run(manager, workflow, request.trigger_data ?? {});
    });
  }

  private async run(manager: EntityManager, workflow: WorkflowEntity, triggerData: Record<string, unknown>) {
    const { execution } = await this.advancer.start(manager, workflow, {
      triggerData,
      dedupeKey: null,
      mode: 'manual',
      simulate: (run) => this.worker.runNode({ ...run, simulate: true }),
    });
    const steps = await WorkspaceRepository.of(manager, ExecutionStepEntity, workflow.workspaceId).find({
      where: { executionId: execution.id },
      order: { seq: 'ASC' },
    });
    return { ...executionView(execution, steps), mode: 'test' as const };
  }

  private async inRolledBackTransaction(work: (manager: EntityManager) => Promise<ExecutionView>) {
    try {
      await this.dataSource.transaction(async (manager) => {
        throw new TestRunDone(await work(manager));
      });
    } catch (err) {
      if (err instanceof TestRunDone) return err.view;
      throw err;
    }
    throw new Error('unreachable');
  }
}
