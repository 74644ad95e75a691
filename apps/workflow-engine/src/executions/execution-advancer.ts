import { Injectable } from '@nestjs/common';
import {
  EXECUTION_COMPLETED,
  EXECUTION_FAILED,
  EXECUTION_STARTED,
  EXECUTION_STEP_COMPLETED,
  type ExecutionMode,
  type ExecutionStatus,
} from '@mab/contracts';
import { EventPublisher } from '@mab/messaging';
import { WorkspaceRepository, quotedTablePath } from '@mab/persistence';
import { evaluateNodeConfig, nodeType, type ExpressionContext, type WorkflowNode } from '@mab/workflow-definition';
import type { EntityManager } from 'typeorm';
import { WorkflowEntity } from '../workflows/workflow.entity';
import { ExecutionStepEntity } from './execution-step.entity';
import { ExecutionEntity } from './execution.entity';
import { runDelayNode } from './nodes/delay-node';
import { runLogicNode } from './nodes/logic-nodes';
import { StepFailure, type NodeOutcome, type NodeRun } from './nodes/node-outcome';
import { OPEN_STEP_STATUSES, innermostIteration, iterationScope, scopeChain, stepKeyOf } from './step-keys';
import { WorkflowPlans, type GraphPlan } from './workflow-plans';

/** A step of an execution, by key. */
export interface StepRef {
  executionId: string;
  stepKey: string;
}

/** A step a transaction leased to this process's worker as it became due: run it after commit, no claim needed. */
export interface LeasedStep extends StepRef {
  workspaceId: string;
  nodeId: string;
  nodeType: string;
  scope: string;
  startedAt: Date;
}

/**
 * The worker of the process whose transaction this is: a step that becomes due is leased to it right there (while
 * it has room), saving the claim's own commit; the lease expires like any other if the process dies first.
 */
export interface LocalLease {
  worker: string;
  leaseMs: number;
  hasRoom(): boolean;
}

/** The retry policy of a step: its node's settings, else these (a call may fail for a while; never cap low). */
export const DEFAULT_RETRY = { max_attempts: 10, initial_delay_ms: 1_000, max_delay_ms: 3_600_000 };
const DEFAULT_EXECUTION_TIMEOUT_S = 7 * 24 * 3600;
/** How deep sub-workflows may call one another (a workflow calling itself stops here). */
export const MAX_SUB_WORKFLOW_DEPTH = 5;

export function retryDelayMs(retry: Partial<typeof DEFAULT_RETRY>, attempt: number, retryAfterMs?: number): number {
  const initial = retry.initial_delay_ms ?? DEFAULT_RETRY.initial_delay_ms;
  const max = retry.max_delay_ms ?? DEFAULT_RETRY.max_delay_ms;
  const base = Math.min(max, initial * 2 ** Math.max(0, attempt - 1));
  // Full jitter around the doubling: replicas retrying one failing service spread out.
  const jittered = base * (0.8 + Math.random() * 0.4);
  return Math.max(jittered, retryAfterMs ?? 0);
}

/** What an execution that a transaction is advancing needs in memory. */
class Advance {
  openDelta = 0;
  readonly ready: StepRef[] = [];
  readonly outputs = new Map<string, unknown>();
  readonly states = new Map<string, Record<string, unknown> | null>();
  ended = false;
  /** Test runs: effects run right here, simulated, instead of becoming pending steps. */
  effects?: (run: NodeRun) => Promise<NodeOutcome>;
  /** Steps leased to this process's worker by this transaction (run them after commit). */
  readonly leased: LeasedStep[] = [];
  lease?: LocalLease;

  constructor(
    readonly manager: EntityManager,
    readonly execution: ExecutionEntity,
    readonly plan: GraphPlan,
    readonly simulate: boolean,
  ) {}
}

/**
 * Moves executions forward, always inside a transaction that holds the execution's row lock (so the steps of one
 * execution are settled one at a time, whatever replica ran them): a step's result is written, then its successors
 * are resolved in the same transaction. The engine's own nodes (condition, switch, set, merge, parallel, stop,
 * loop, a wait that is already due) run right there; a node with an effect elsewhere becomes a pending row that a
 * worker runs after commit. Branches not taken are resolved as skipped, so a node that joins branches runs once,
 * when each of its inputs has arrived or was skipped.
 */
@Injectable()
export class ExecutionAdvancer {
  constructor(
    private readonly publisher: EventPublisher,
    private readonly plans: WorkflowPlans,
  ) {}

  /**
   * Starts an execution of the workflow's current version (once per dedupe key) and runs what it can at once.
   * Returns null when the key had already started one (a redelivered event), with that execution's id.
   */
  async start(
    manager: EntityManager,
    workflow: WorkflowEntity,
    input: {
      triggerData: Record<string, unknown>;
      dedupeKey: string | null;
      mode: ExecutionMode;
      parent?: { executionId: string; stepKey: string; depth: number };
      /** A test run: every node runs right here, effects through this (simulated), no event goes out. */
      simulate?: (run: NodeRun) => Promise<NodeOutcome>;
      lease?: LocalLease;
    },
  ): Promise<{ execution: ExecutionEntity; created: boolean; ready: StepRef[]; leased: LeasedStep[] }> {
    const executions = WorkspaceRepository.of(manager, ExecutionEntity, workflow.workspaceId);
    const timeoutSeconds = workflow.settings?.timeout_seconds ?? DEFAULT_EXECUTION_TIMEOUT_S;
    const now = new Date();
    // A concurrency limit: starts of the workflow take its row lock, so the count of running ones is exact; past
    // the limit an execution waits as `queued` until one ends (endExecution starts the oldest queued).
    const limit = workflow.settings?.concurrency_limit;
    let queued = false;
    if (limit && !input.simulate && input.mode !== 'child') {
      await WorkspaceRepository.of(manager, WorkflowEntity, workflow.workspaceId).findById(workflow.id, {
        lockForUpdate: true,
      });
      const running = await executions.count([
        { workflowId: workflow.id, status: 'running' },
        { workflowId: workflow.id, status: 'waiting' },
      ]);
      queued = running >= limit;
    }
    const inserted = await executions.insertUnlessConflict({
      workflowId: workflow.id,
      version: workflow.version,
      status: queued ? 'queued' : 'running',
      mode: input.mode,
      triggerType: workflow.triggerType,
      triggerData: input.triggerData,
      dedupeKey: input.dedupeKey,
      parentExecutionId: input.parent?.executionId ?? null,
      parentStepKey: input.parent?.stepKey ?? null,
      depth: input.parent ? input.parent.depth + 1 : 0,
      openSteps: 0,
      timeoutAt: new Date(now.getTime() + timeoutSeconds * 1000),
      startedAt: now,
    });
    if (!inserted) {
      const existing = await executions.findOne({ workflowId: workflow.id, dedupeKey: input.dedupeKey! });
      return { execution: existing!, created: false, ready: [], leased: [] };
    }
    if (queued) return { execution: inserted, created: true, ready: [], leased: [] };
    const plan = await this.plans.get(manager, workflow.workspaceId, workflow.id, workflow.version);
    if (!plan) throw new Error(`workflow ${workflow.id} has no version ${workflow.version}`);
    const advance = new Advance(manager, inserted, plan, !!input.simulate);
    advance.effects = input.simulate;
    advance.lease = input.lease;
    await this.begin(advance);
    return { execution: inserted, created: true, ready: advance.ready, leased: advance.leased };
  }

  /** Runs an execution from its trigger: the started event, the trigger's step, and what follows at once. */
  private async begin(advance: Advance): Promise<void> {
    const { execution, plan, manager } = advance;
    const now = new Date();
    if (!advance.simulate)
      await this.publisher.publish(
        manager,
        EXECUTION_STARTED,
        {
          execution_id: execution.id,
          workflow_id: execution.workflowId,
          version: execution.version,
          trigger_type: execution.triggerType,
          mode: execution.mode,
          started_at: now.toISOString(),
        },
        { workspaceId: execution.workspaceId },
      );
    // The trigger is the first step: its output is the trigger's data.
    await this.insertStep(advance, plan.triggerId, '', 'succeeded', {
      output: execution.triggerData,
      outputsTaken: ['default'],
      startedAt: now,
      finishedAt: now,
      durationMs: 0,
    });
    advance.outputs.set(plan.triggerId, execution.triggerData);
    await this.propagate(advance, plan.nodes.get(plan.triggerId)!, '', ['default'], execution.triggerData);
    await this.close(advance);
  }

  /** The oldest queued execution of the workflow, if any, starts now (one ended: a place under the limit). */
  private async startQueued(advance: Advance): Promise<void> {
    const { manager, execution } = advance;
    const table = quotedTablePath(manager, ExecutionEntity);
    // eslint-disable-next-line no-restricted-syntax -- the workflow's oldest queued execution, in this workspace
    const [next] = (await manager.query(
      `SELECT "id" FROM ${table} WHERE "workflow_id" = $1 AND "workspace_id" = $2 AND "status" = 'queued'
        ORDER BY "started_at" LIMIT 1 FOR UPDATE SKIP LOCKED`,
      [execution.workflowId, execution.workspaceId],
    )) as { id: string }[];
    if (!next) return;
    const waiting = await this.lock(manager, execution.workspaceId, next.id);
    if (!waiting) return;
    const startedAt = new Date();
    await WorkspaceRepository.of(manager, ExecutionEntity, execution.workspaceId).update(
      { id: next.id },
      { status: 'running', startedAt },
    );
    Object.assign(waiting.execution, { status: 'running', startedAt });
    waiting.lease = advance.lease;
    await this.begin(waiting);
    advance.ready.push(...waiting.ready);
    advance.leased.push(...waiting.leased);
  }

  /**
   * Locks an execution for settling one of its steps (or only reads it, to evaluate a step's config); null when it
   * is gone (its workflow was deleted).
   */
  async lock(manager: EntityManager, workspaceId: string, executionId: string, lockForUpdate = true) {
    const execution = await WorkspaceRepository.of(manager, ExecutionEntity, workspaceId).findById(executionId, {
      lockForUpdate,
    });
    if (!execution) return null;
    const plan = await this.plans.get(manager, workspaceId, execution.workflowId, execution.version);
    return plan ? new Advance(manager, execution, plan, false) : null;
  }

  /** The outcome of a step a worker ran (it holds the step as `running`). */
  async settle(
    advance: Advance,
    step: ExecutionStepEntity,
    result: { outcome: NodeOutcome; input: unknown } | { failure: StepFailure; input: unknown },
  ): Promise<StepRef[]> {
    const node = advance.plan.nodes.get(step.nodeId)!;
    if ('failure' in result) await this.fail(advance, step, node, result.failure, result.input);
    else await this.finish(advance, step, node, result.outcome, result.input);
    await this.close(advance);
    return advance.ready;
  }

  /**
   * A `sub_workflow` step: starts the child execution (once per parent step: the dedupe key is the step's) and
   * waits for it, or goes on at once when `wait` is false. The child's end puts the step back in the queue with
   * its result (see endExecution).
   */
  async startChild(advance: Advance, step: ExecutionStepEntity, config: Record<string, unknown>): Promise<StepRef[]> {
    const node = advance.plan.nodes.get(step.nodeId)!;
    const { execution, manager } = advance;
    const input = this.loggedInput(advance.plan, node.id, config);
    if (execution.depth + 1 > MAX_SUB_WORKFLOW_DEPTH) {
      await this.fail(
        advance,
        step,
        node,
        new StepFailure(`sub-workflows nest at most ${MAX_SUB_WORKFLOW_DEPTH} deep`, false),
        input,
      );
    } else {
      const child = await WorkspaceRepository.of(manager, WorkflowEntity, execution.workspaceId).findById(
        String(config.workflow_id),
      );
      if (!child) {
        await this.fail(
          advance,
          step,
          node,
          new StepFailure(`workflow ${String(config.workflow_id)} does not exist`, false),
          input,
        );
      } else {
        const data =
          config.input && typeof config.input === 'object'
            ? (config.input as Record<string, unknown>)
            : execution.triggerData;
        const started = await this.start(manager, child, {
          triggerData: data,
          dedupeKey: `child:${execution.id}:${step.stepKey}`,
          mode: 'child',
          parent: { executionId: execution.id, stepKey: step.stepKey, depth: execution.depth },
          lease: advance.lease,
        });
        advance.ready.push(...started.ready);
        advance.leased.push(...started.leased);
        const result = await this.childResult(manager, started.execution);
        if (config.wait === false) {
          await this.finish(
            advance,
            step,
            node,
            { kind: 'done', output: { execution_id: started.execution.id }, outputs: ['default'] },
            input,
          );
        } else if (started.execution.status === 'completed') {
          await this.finish(advance, step, node, { kind: 'done', output: result, outputs: ['default'] }, input);
        } else if (['failed', 'cancelled'].includes(started.execution.status)) {
          await this.fail(
            advance,
            step,
            node,
            new StepFailure(`sub-workflow execution ${started.execution.id} ${started.execution.status}`, false, {
              child: result,
            }),
            input,
          );
        } else {
          await this.updateStep(advance, node.id, step.scope, {
            status: 'waiting',
            dueAt: null,
            leaseUntil: null,
            input,
            state: { child_execution_id: started.execution.id },
          });
        }
      }
    }
    await this.close(advance);
    return advance.ready;
  }

  /** What a child execution gives its parent step: its id, its status, and the output of its last step. */
  private async childResult(manager: EntityManager, child: ExecutionEntity) {
    const [last] = await WorkspaceRepository.of(manager, ExecutionStepEntity, child.workspaceId).find({
      where: { executionId: child.id, status: 'succeeded' },
      order: { seq: 'DESC' },
      take: 1,
    });
    return { execution_id: child.id, status: child.status, output: last?.output ?? null, error: child.error };
  }

  /** A claimed step of the engine's own kind (a re-run condition, a wait put back in the queue): run it here. */
  async runClaimed(advance: Advance, step: ExecutionStepEntity): Promise<StepRef[]> {
    await this.runInline(advance, advance.plan.nodes.get(step.nodeId)!, step.scope);
    await this.close(advance);
    return advance.ready;
  }

  /** Cancels a step that was claimed for an execution that is no longer running. */
  async dropStep(manager: EntityManager, step: ExecutionStepEntity): Promise<void> {
    await WorkspaceRepository.of(manager, ExecutionStepEntity, step.workspaceId).update(
      { executionId: step.executionId, stepKey: step.stepKey },
      { status: 'cancelled', leaseUntil: null, finishedAt: new Date() },
    );
  }

  /** Ends an execution from outside (cancel, timeout): open steps are cancelled. */
  async end(advance: Advance, status: ExecutionStatus, error: Record<string, unknown> | null): Promise<void> {
    await this.endExecution(advance, status, error);
    await this.close(advance);
  }

  // ---- the expression context -----------------------------------------------------------------------------

  /** Reads the outputs and loop states an evaluation at `scope` needs (only the steps its config names). */
  async contextFor(advance: Advance, node: WorkflowNode, scope: string): Promise<ExpressionContext> {
    const refs = advance.plan.stepRefs.get(node.id) ?? [];
    const chain = scopeChain(scope);
    const loops = chain
      .map((s) => innermostIteration(s))
      .filter((x): x is NonNullable<typeof x> => !!x)
      .map((it) => stepKeyOf(it.loopId, it.parent));
    const wanted = [...new Set([...[...refs].flatMap((r) => chain.map((s) => stepKeyOf(r, s))), ...loops])].filter(
      (key) => !advance.outputs.has(key) && !advance.states.has(key),
    );
    if (wanted.length) {
      const rows = await WorkspaceRepository.of(advance.manager, ExecutionStepEntity, advance.execution.workspaceId)
        .queryBuilder('step')
        .select(['step.stepKey', 'step.output', 'step.state', 'step.status'])
        .andWhere('step.executionId = :id AND step.stepKey IN (:...keys)', { id: advance.execution.id, keys: wanted })
        .getMany();
      for (const row of rows) {
        if (row.status === 'succeeded') advance.outputs.set(row.stepKey, row.output);
        advance.states.set(row.stepKey, row.state);
      }
    }
    const steps: Record<string, { output: unknown }> = {};
    for (const ref of refs) {
      const key = chain.map((s) => stepKeyOf(ref, s)).find((k) => advance.outputs.has(k));
      if (key) steps[ref] = { output: advance.outputs.get(key) };
    }
    const context: ExpressionContext = {
      trigger: advance.execution.triggerData,
      steps,
      execution: { id: advance.execution.id, started_at: advance.execution.startedAt.toISOString() },
      workflow: { id: advance.execution.workflowId, name: '', version: advance.execution.version },
    };
    const inner = innermostIteration(scope);
    if (inner) {
      const state = advance.states.get(stepKeyOf(inner.loopId, inner.parent));
      const items = (state?.items as unknown[]) ?? [];
      context.item = items[inner.index];
      context.index = inner.index;
    }
    return context;
  }

  /** A node's config with its expressions evaluated (an error fails the step for good: it would fail again). */
  async evaluate(advance: Advance, node: WorkflowNode, scope: string) {
    const context = await this.contextFor(advance, node, scope);
    try {
      return { config: await evaluateNodeConfig(node.config ?? {}, nodeType(node.type)?.config, context), context };
    } catch (err) {
      throw new StepFailure(`in ${node.id}: ${(err as Error).message}`, false);
    }
  }

  /** What a node's runner gets: its evaluated config, where it stands, and what came before. */
  nodeRun(
    advance: Advance,
    node: WorkflowNode,
    evaluated: { config: Record<string, unknown>; context: ExpressionContext },
    step: Pick<NodeRun, 'stepKey' | 'attempt' | 'resumed' | 'state' | 'inputs'>,
  ): NodeRun {
    return {
      node,
      ...evaluated,
      executionId: advance.execution.id,
      workspaceId: advance.execution.workspaceId,
      workflowId: advance.execution.workflowId,
      ...step,
      simulate: advance.simulate,
    };
  }

  /** The config as logged: evaluated, secrets left out. */
  loggedInput(plan: GraphPlan, nodeId: string, config: Record<string, unknown>): Record<string, unknown> {
    const copy = structuredClone(config);
    for (const path of plan.secretPaths.get(nodeId) ?? []) {
      const keys = path.split('.').slice(1);
      let target: unknown = copy;
      for (const key of keys.slice(0, -1)) target = (target as Record<string, unknown>)?.[key];
      if (target && typeof target === 'object') delete (target as Record<string, unknown>)[keys.at(-1)!];
    }
    const { retry: _retry, continue_on_fail: _c, timeout_ms: _t, ...rest } = copy;
    return rest;
  }

  // ---- resolution of successors -----------------------------------------------------------------------------

  private async propagate(
    advance: Advance,
    node: WorkflowNode,
    scope: string,
    chosen: string[],
    output: unknown,
  ): Promise<void> {
    for (const edge of advance.plan.outgoing.get(node.id) ?? []) {
      if (advance.ended) return;
      // A loop's body starts per iteration (startIteration); an edge back to a loop ends an iteration (checkIteration).
      if (advance.plan.backEdges.has(edge)) continue;
      const out = edge.source_output ?? 'default';
      if (node.type === 'loop' && out === 'loop') continue;
      const arrival = chosen.includes(out) ? { from: stepKeyOf(node.id, scope), output } : null;
      await this.resolve(advance, edge.target, scope, arrival);
    }
  }

  /** One input of a node is resolved (arrived, or skipped when null): it runs, is skipped, or waits for the rest. */
  private async resolve(
    advance: Advance,
    nodeId: string,
    scope: string,
    arrival: { from: string; output: unknown } | null,
  ): Promise<void> {
    const { execution, plan, manager } = advance;
    const node = plan.nodes.get(nodeId)!;
    const key = stepKeyOf(nodeId, scope);
    const table = quotedTablePath(manager, ExecutionStepEntity);
    const firstMerge = node.type === 'merge' && node.config.mode === 'first';
    type JoinRow = {
      status: string;
      inputs_resolved: number;
      inputs_expected: number;
      arrived: number;
      inserted: boolean;
    };
    // eslint-disable-next-line no-restricted-syntax -- one atomic upsert of the join counter; scoped by execution (and workspace on insert)
    const rows: JoinRow[] = await manager.query(
      `INSERT INTO ${table} AS s ("execution_id", "step_key", "workspace_id", "node_id", "node_type", "scope", "status",
                              "inputs_expected", "inputs_resolved", "inputs")
         VALUES ($1, $2, $3, $4, $5, $6, 'blocked', $7, 1, $8::jsonb)
         ON CONFLICT ("execution_id", "step_key") DO UPDATE
           SET "inputs_resolved" = s."inputs_resolved" + 1, "inputs" = s."inputs" || EXCLUDED."inputs"
         WHERE s."status" = 'blocked'
         RETURNING "status", "inputs_resolved", "inputs_expected", jsonb_array_length("inputs") AS "arrived",
                   (xmax = 0) AS "inserted"`,
      [
        execution.id,
        key,
        execution.workspaceId,
        nodeId,
        node.type,
        scope,
        Math.max(1, plan.expected.get(nodeId) ?? 1),
        JSON.stringify(arrival ? [arrival] : []),
      ],
    );
    const row = rows[0];
    if (!row) return; // already ran (a `first` merge) or ended
    if (row.inserted) advance.openDelta += 1;
    const complete = row.inputs_resolved >= row.inputs_expected;
    if (firstMerge && arrival) return this.activate(advance, node, scope);
    if (!complete) return;
    if (row.arrived > 0) return this.activate(advance, node, scope);
    return this.skip(advance, node, scope);
  }

  /** All of a node's inputs were skipped: it is skipped, and so is what follows it. */
  private async skip(advance: Advance, node: WorkflowNode, scope: string): Promise<void> {
    await this.updateStep(advance, node.id, scope, { status: 'skipped', finishedAt: new Date() });
    advance.openDelta -= 1;
    for (const edge of advance.plan.outgoing.get(node.id) ?? []) {
      if (advance.plan.backEdges.has(edge)) continue;
      if (node.type === 'loop' && (edge.source_output ?? 'default') === 'loop') continue;
      await this.resolve(advance, edge.target, scope, null);
    }
    if (scope) await this.checkIteration(advance, scope);
  }

  /** A node whose inputs are in: the engine's own work runs now; an effect becomes a pending step for a worker. */
  private async activate(advance: Advance, node: WorkflowNode, scope: string): Promise<void> {
    const type = nodeType(node.type)!;
    if ((type.run === 'effect' || type.run === 'child') && !advance.effects) {
      const now = new Date();
      const ref = { executionId: advance.execution.id, stepKey: stepKeyOf(node.id, scope) };
      if (advance.lease?.hasRoom()) {
        await this.updateStep(advance, node.id, scope, {
          status: 'running',
          attempts: 1,
          worker: advance.lease.worker,
          leaseUntil: new Date(now.getTime() + advance.lease.leaseMs),
          startedAt: now,
          dueAt: now,
        });
        advance.leased.push({
          ...ref,
          workspaceId: advance.execution.workspaceId,
          nodeId: node.id,
          nodeType: node.type,
          scope,
          startedAt: now,
        });
        return;
      }
      await this.updateStep(advance, node.id, scope, { status: 'pending', dueAt: now });
      advance.ready.push(ref);
      return;
    }
    return this.runInline(advance, node, scope);
  }

  private async runInline(advance: Advance, node: WorkflowNode, scope: string): Promise<void> {
    const started = new Date();
    const key = stepKeyOf(node.id, scope);
    const step = { nodeId: node.id, stepKey: key, scope, attempts: 1, startedAt: started } as ExecutionStepEntity;
    let input: unknown = null;
    try {
      const { config, context } = await this.evaluate(advance, node, scope);
      input = this.loggedInput(advance.plan, node.id, config);
      const inputs =
        node.type === 'merge'
          ? ((
              await WorkspaceRepository.of(advance.manager, ExecutionStepEntity, advance.execution.workspaceId).findOne(
                {
                  executionId: advance.execution.id,
                  stepKey: key,
                },
              )
            )?.inputs ?? [])
          : [];
      const run = this.nodeRun(
        advance,
        node,
        { config, context },
        { stepKey: key, attempt: 1, resumed: false, state: null, inputs },
      );
      const kind = nodeType(node.type)!.run;
      const outcome =
        kind === 'effect' || kind === 'child'
          ? await advance.effects!(run)
          : node.type === 'delay'
            ? runDelayNode(run)
            : runLogicNode(run);
      await this.finish(advance, step, node, outcome, input);
    } catch (err) {
      const failure = err instanceof StepFailure ? err : new StepFailure((err as Error).message, false);
      await this.fail(advance, { ...step, attempts: 0 } as ExecutionStepEntity, node, failure, input);
    }
  }

  // ---- results ------------------------------------------------------------------------------------------------

  private async finish(
    advance: Advance,
    step: ExecutionStepEntity,
    node: WorkflowNode,
    outcome: NodeOutcome,
    input: unknown,
  ): Promise<void> {
    const now = new Date();
    const timing = {
      startedAt: step.startedAt ?? now,
      finishedAt: now,
      durationMs: now.getTime() - (step.startedAt ?? now).getTime(),
    };
    switch (outcome.kind) {
      case 'wait':
        await this.updateStep(advance, node.id, step.scope, {
          status: 'waiting',
          dueAt: outcome.until,
          state: outcome.state,
          input,
          leaseUntil: null,
          startedAt: timing.startedAt,
          attempts: Math.max(1, step.attempts),
        });
        return;
      case 'loop': {
        const state = { items: outcome.items, index: 0 };
        await this.updateStep(advance, node.id, step.scope, {
          status: 'waiting',
          state,
          input,
          dueAt: null,
          startedAt: timing.startedAt,
          attempts: 1,
        });
        advance.states.set(step.stepKey, state);
        if (!outcome.items.length) return this.finishLoop(advance, node, step.scope, 0);
        return this.startIteration(advance, node, step.scope, 0);
      }
      case 'stop':
        await this.succeed(advance, step, node, { message: outcome.message }, [], input, timing);
        return this.endExecution(
          advance,
          outcome.status === 'success' ? 'completed' : 'failed',
          outcome.status === 'failure' ? { node: node.id, message: outcome.message ?? 'stopped with failure' } : null,
        );
      case 'done':
        await this.succeed(advance, step, node, outcome.output, outcome.outputs, input, timing);
        await this.propagate(advance, node, step.scope, outcome.outputs, outcome.output);
        if (step.scope && !advance.ended) await this.checkIteration(advance, step.scope);
        return;
    }
  }

  private async succeed(
    advance: Advance,
    step: ExecutionStepEntity,
    node: WorkflowNode,
    output: unknown,
    outputs: string[],
    input: unknown,
    timing: { startedAt: Date; finishedAt: Date; durationMs: number },
  ): Promise<void> {
    await this.updateStep(advance, node.id, step.scope, {
      status: 'succeeded',
      output: output === undefined ? null : output,
      outputsTaken: outputs,
      input,
      error: null,
      leaseUntil: null,
      dueAt: null,
      attempts: Math.max(1, step.attempts),
      ...timing,
    });
    advance.openDelta -= 1;
    advance.outputs.set(step.stepKey, output);
    await this.stepEvent(advance, step, node, 'succeeded', outputs, timing.durationMs);
  }

  private async fail(
    advance: Advance,
    step: ExecutionStepEntity,
    node: WorkflowNode,
    failure: StepFailure,
    input: unknown,
  ): Promise<void> {
    const settings = (node.config ?? {}) as { retry?: Partial<typeof DEFAULT_RETRY>; continue_on_fail?: boolean };
    const type = nodeType(node.type)!;
    const retry = { ...DEFAULT_RETRY, ...(settings.retry ?? {}) };
    const error = {
      message: failure.message,
      retryable: failure.retryable,
      attempt: step.attempts,
      ...failure.details,
    };
    if (failure.retryable && type.retryable && step.attempts < retry.max_attempts && !advance.simulate) {
      const dueAt = new Date(Date.now() + retryDelayMs(retry, step.attempts, failure.retryAfterMs));
      await this.updateStep(advance, node.id, step.scope, { status: 'pending', dueAt, error, input, leaseUntil: null });
      return;
    }
    if (settings.continue_on_fail) {
      const now = new Date();
      const timing = {
        startedAt: step.startedAt ?? now,
        finishedAt: now,
        durationMs: now.getTime() - (step.startedAt ?? now).getTime(),
      };
      await this.succeed(advance, step, node, { error }, ['default'], input, timing);
      await this.propagate(advance, node, step.scope, ['default'], { error });
      if (step.scope && !advance.ended) await this.checkIteration(advance, step.scope);
      return;
    }
    const now = new Date();
    await this.updateStep(advance, node.id, step.scope, {
      status: 'failed',
      error,
      input,
      leaseUntil: null,
      finishedAt: now,
      durationMs: step.startedAt ? now.getTime() - step.startedAt.getTime() : 0,
    });
    advance.openDelta -= 1;
    await this.stepEvent(advance, step, node, 'failed', [], 0);
    await this.endExecution(advance, 'failed', { node: node.id, step: step.stepKey, ...error });
  }

  // ---- loops --------------------------------------------------------------------------------------------------

  private async startIteration(advance: Advance, loop: WorkflowNode, scope: string, index: number): Promise<void> {
    const loopKey = stepKeyOf(loop.id, scope);
    const state: Record<string, unknown> = { ...(advance.states.get(loopKey) ?? {}), index };
    advance.states.set(loopKey, state);
    await this.updateStep(advance, loop.id, scope, { state });
    const inner = iterationScope(scope, loop.id, index);
    const items = (state.items as unknown[]) ?? [];
    const body = (advance.plan.outgoing.get(loop.id) ?? []).filter((e) => (e.source_output ?? 'default') === 'loop');
    if (!body.length) return this.nextIteration(advance, loop, scope, index);
    for (const edge of body) {
      if (advance.ended) return;
      await this.resolve(advance, edge.target, inner, { from: loopKey, output: { item: items[index], index } });
    }
  }

  /** After a step of an iteration settles: when nothing of the iteration is open any more, the loop goes on. */
  private async checkIteration(advance: Advance, scope: string): Promise<void> {
    const iteration = innermostIteration(scope)!;
    const table = quotedTablePath(advance.manager, ExecutionStepEntity);
    // eslint-disable-next-line no-restricted-syntax -- a count of one execution's open steps in one scope (the execution row is locked)
    const [{ open }] = await advance.manager.query(
      `SELECT count(*)::int AS "open" FROM ${table}
        WHERE "execution_id" = $1 AND ("scope" = $2 OR "scope" LIKE $3) AND "status" = ANY($4)`,
      [advance.execution.id, scope, `${scope.replace(/[\\%_]/g, '\\$&')}/%`, OPEN_STEP_STATUSES],
    );
    if (open > 0) return;
    const loop = advance.plan.nodes.get(iteration.loopId)!;
    await this.nextIteration(advance, loop, iteration.parent, iteration.index);
  }

  private async nextIteration(advance: Advance, loop: WorkflowNode, scope: string, index: number): Promise<void> {
    const loopKey = stepKeyOf(loop.id, scope);
    if (!advance.states.has(loopKey))
      await this.contextFor(advance, { ...loop, config: {} }, iterationScope(scope, loop.id, index));
    const items = ((advance.states.get(loopKey)?.items as unknown[]) ?? []).length;
    if (index + 1 < items) return this.startIteration(advance, loop, scope, index + 1);
    return this.finishLoop(advance, loop, scope, items);
  }

  private async finishLoop(advance: Advance, loop: WorkflowNode, scope: string, count: number): Promise<void> {
    const step = (await WorkspaceRepository.of(
      advance.manager,
      ExecutionStepEntity,
      advance.execution.workspaceId,
    ).findOne({
      executionId: advance.execution.id,
      stepKey: stepKeyOf(loop.id, scope),
    }))!;
    const now = new Date();
    const timing = {
      startedAt: step.startedAt ?? now,
      finishedAt: now,
      durationMs: now.getTime() - (step.startedAt ?? now).getTime(),
    };
    await this.succeed(advance, step, loop, { count }, ['done'], step.input, timing);
    await this.propagate(advance, loop, scope, ['done'], { count });
    if (scope && !advance.ended) await this.checkIteration(advance, scope);
  }

  // ---- the execution --------------------------------------------------------------------------------------

  private async endExecution(
    advance: Advance,
    status: ExecutionStatus,
    error: Record<string, unknown> | null,
  ): Promise<void> {
    if (advance.ended) return;
    advance.ended = true;
    const { execution, manager } = advance;
    const now = new Date();
    // Whatever is still open stops here (a running step's late result is dropped when it comes back).
    const steps = quotedTablePath(manager, ExecutionStepEntity);
    // eslint-disable-next-line no-restricted-syntax -- one execution's open steps (workspace in the WHERE)
    await manager.query(
      `UPDATE ${steps} SET "status" = 'cancelled', "lease_until" = NULL, "due_at" = NULL, "finished_at" = $3
        WHERE "execution_id" = $1 AND "workspace_id" = $2 AND "status" = ANY($4)`,
      [execution.id, execution.workspaceId, now, OPEN_STEP_STATUSES],
    );
    const durationMs = now.getTime() - execution.startedAt.getTime();
    await WorkspaceRepository.of(manager, ExecutionEntity, execution.workspaceId).update(
      { id: execution.id },
      { status, error, finishedAt: now, durationMs, openSteps: 0 },
    );
    Object.assign(execution, { status, error, finishedAt: now, durationMs, openSteps: 0 });
    advance.openDelta = 0;
    if (advance.simulate) return;
    if (execution.parentExecutionId && execution.parentStepKey) {
      // The parent's sub_workflow step is due again, with this result (it may be running still: then startChild
      // reads the result itself).
      const result = await this.childResult(manager, execution);
      const steps = quotedTablePath(manager, ExecutionStepEntity);
      // eslint-disable-next-line no-restricted-syntax -- the parent's step, in this workspace, by primary key
      await manager.query(
        `UPDATE ${steps} SET "due_at" = $4, "state" = $5::jsonb
          WHERE "execution_id" = $1 AND "step_key" = $2 AND "workspace_id" = $3 AND "status" = 'waiting'`,
        [
          execution.parentExecutionId,
          execution.parentStepKey,
          execution.workspaceId,
          now,
          JSON.stringify({ child: result }),
        ],
      );
      advance.ready.push({ executionId: execution.parentExecutionId, stepKey: execution.parentStepKey });
    }
    await this.startQueued(advance);
    await this.publisher.publish(
      manager,
      status === 'completed' ? EXECUTION_COMPLETED : EXECUTION_FAILED,
      {
        execution_id: execution.id,
        workflow_id: execution.workflowId,
        version: execution.version,
        status,
        started_at: execution.startedAt.toISOString(),
        finished_at: now.toISOString(),
        duration_ms: durationMs,
        error,
      },
      { workspaceId: execution.workspaceId },
    );
  }

  /** Applies the transaction's count of opened and closed steps; at zero the execution is complete. */
  private async close(advance: Advance): Promise<void> {
    if (advance.ended || advance.openDelta === 0) {
      if (!advance.ended && advance.execution.openSteps === 0 && advance.execution.status === 'running') {
        // Nothing was ever opened (a trigger with no successors).
        await this.endExecution(advance, 'completed', null);
      }
      return;
    }
    const open = advance.execution.openSteps + advance.openDelta;
    advance.openDelta = 0;
    advance.execution.openSteps = open;
    if (open <= 0) return this.endExecution(advance, 'completed', null);
    await WorkspaceRepository.of(advance.manager, ExecutionEntity, advance.execution.workspaceId).update(
      { id: advance.execution.id },
      { openSteps: open },
    );
  }

  // ---- rows -----------------------------------------------------------------------------------------------------

  private async insertStep(
    advance: Advance,
    nodeId: string,
    scope: string,
    status: ExecutionStepEntity['status'],
    values: Partial<ExecutionStepEntity>,
  ) {
    const node = advance.plan.nodes.get(nodeId)!;
    await WorkspaceRepository.of(advance.manager, ExecutionStepEntity, advance.execution.workspaceId).insert({
      executionId: advance.execution.id,
      stepKey: stepKeyOf(nodeId, scope),
      nodeId,
      nodeType: node.type,
      scope,
      status,
      attempts: 1,
      ...values,
    });
  }

  private async updateStep(advance: Advance, nodeId: string, scope: string, patch: Partial<ExecutionStepEntity>) {
    await WorkspaceRepository.of(advance.manager, ExecutionStepEntity, advance.execution.workspaceId).update(
      { executionId: advance.execution.id, stepKey: stepKeyOf(nodeId, scope) },
      patch,
    );
  }

  private async stepEvent(
    advance: Advance,
    step: ExecutionStepEntity,
    node: WorkflowNode,
    status: 'succeeded' | 'failed',
    outputs: string[],
    durationMs: number,
  ) {
    if (advance.simulate || node.id === advance.plan.triggerId) return;
    await this.publisher.publish(
      advance.manager,
      EXECUTION_STEP_COMPLETED,
      {
        execution_id: advance.execution.id,
        workflow_id: advance.execution.workflowId,
        step_key: step.stepKey,
        node_id: node.id,
        node_type: node.type,
        status,
        attempts: Math.max(1, step.attempts),
        duration_ms: Math.max(0, Math.round(durationMs)),
        outputs_taken: outputs,
      },
      { workspaceId: advance.execution.workspaceId },
    );
  }
}

export type { Advance };
