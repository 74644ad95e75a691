import {
  Inject,
  Injectable,
  Logger,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { WorkspaceRepository, quotedTablePath } from '@mab/persistence';
import { nodeType, type WorkflowNode } from '@mab/workflow-definition';
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { DataSource } from 'typeorm';
import { ENGINE_ENV } from '../workflow-engine.config';
import type { WorkflowEngineEnv } from '../workflow-engine.env';
import { ExecutionAdvancer, type LeasedStep, type LocalLease, type StepRef } from './execution-advancer';
import { ExecutionStepEntity } from './execution-step.entity';
import { CrmNodes } from './nodes/crm-nodes';
import { HttpNodes } from './nodes/http-nodes';
import { StepFailure, done, type NodeOutcome, type NodeRun } from './nodes/node-outcome';

/** A claimed step, and whether it came back from `waiting` (a due timer) rather than `pending`. */
type ClaimedStep = ExecutionStepEntity & { resumed: boolean };

const columns = (row: Record<string, unknown>): ClaimedStep =>
  ({
    executionId: row.execution_id,
    stepKey: row.step_key,
    workspaceId: row.workspace_id,
    nodeId: row.node_id,
    nodeType: row.node_type,
    scope: row.scope,
    status: row.status,
    attempts: row.attempts,
    inputs: row.inputs,
    state: row.state,
    startedAt: row.started_at,
    resumed: row.was === 'waiting',
  }) as ClaimedStep;

/**
 * Runs the steps that have work outside the engine (crm commands, HTTP calls) and brings due timers back. Any
 * number of engine processes run one each, with no leader: a step is claimed with `FOR UPDATE SKIP LOCKED` and
 * leased to its worker (a heartbeat extends the lease while the call lasts; a worker that dies lets it expire and
 * the sweeper hands the step out again). Steps a transaction of this process just made pending are claimed by key
 * right after its commit, so a run does not wait for the next poll between its steps; the poll finds timers,
 * retries and the work of other processes.
 */
@Injectable()
export class StepWorker implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(StepWorker.name);
  readonly workerId = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  private readonly inFlight = new Set<Promise<void>>();
  private timer?: NodeJS.Timeout;
  private polling = false;
  private stopped = true;

  constructor(
    private readonly dataSource: DataSource,
    private readonly advancer: ExecutionAdvancer,
    private readonly crm: CrmNodes,
    private readonly http: HttpNodes,
    @Inject(ENGINE_ENV) private readonly env: WorkflowEngineEnv,
  ) {}

  onApplicationBootstrap(): void {
    this.stopped = false;
    this.schedule(0);
  }

  /** Stops claiming, and lets the steps in flight finish (their results are recorded). */
  async beforeApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await Promise.allSettled([...this.inFlight]);
  }

  /** Steps a committed transaction of this process made pending: run them now if there is room. */
  runSoon(refs: StepRef[]): void {
    if (!refs.length || this.stopped) return;
    const room = this.env.ENGINE_CONCURRENCY - this.inFlight.size;
    if (room <= 0) return; // the poll takes them
    void this.claim(room, refs.slice(0, room))
      .then((steps) => steps.forEach((s) => this.launch(s)))
      .catch((err: Error) => this.logger.warn(`claiming new steps failed: ${err.message}`));
  }

  private schedule(ms: number): void {
    if (this.stopped) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.poll(), ms);
    this.timer.unref();
  }

  private async poll(): Promise<void> {
    if (this.stopped || this.polling) return;
    this.polling = true;
    let full = false;
    try {
      const room = this.env.ENGINE_CONCURRENCY - this.inFlight.size;
      if (room > 0) {
        const steps = await this.claim(room);
        steps.forEach((s) => this.launch(s));
        full = steps.length === room;
      }
    } catch (err) {
      this.logger.warn(`polling for due steps failed: ${(err as Error).message}`);
    } finally {
      this.polling = false;
      this.schedule(full ? 0 : this.env.ENGINE_POLL_MS);
    }
  }

  /**
   * Claims due steps (all due ones, or only `keys`): running, leased to this worker; an attempt is counted when a
   * step leaves `pending` (a timer coming back from `waiting` is the same attempt going on).
   */
  private async claim(limit: number, keys?: StepRef[]): Promise<ClaimedStep[]> {
    const table = quotedTablePath(this.dataSource, ExecutionStepEntity);
    const params: unknown[] = [limit, this.env.STEP_LEASE_MS, this.workerId];
    let only = '';
    if (keys) {
      params.push(
        keys.map((k) => k.executionId),
        keys.map((k) => k.stepKey),
      );
      only = `AND ("execution_id", "step_key") IN (SELECT * FROM unnest($4::uuid[], $5::varchar[]))`;
    }
    // An UPDATE answers [rows, count] through TypeORM's query().
    // eslint-disable-next-line no-restricted-syntax -- the engine's work queue spans workspaces: each claimed row carries its workspace
    const [rows] = (await this.dataSource.query(
      `UPDATE ${table} AS s
          SET "status" = 'running',
              "attempts" = s."attempts" + CASE WHEN c."status" = 'pending' THEN 1 ELSE 0 END,
              "lease_until" = now() + make_interval(secs => $2::double precision / 1000),
              "worker" = $3,
              "started_at" = coalesce(s."started_at", now())
         FROM (SELECT "execution_id", "step_key", "status" FROM ${table}
                WHERE "status" IN ('pending', 'waiting') AND "due_at" <= now() ${only}
                ORDER BY "due_at" LIMIT $1 FOR UPDATE SKIP LOCKED) AS c
        WHERE s."execution_id" = c."execution_id" AND s."step_key" = c."step_key"
        RETURNING s.*, c."status" AS "was"`,
      params,
    )) as [Record<string, unknown>[], number];
    return rows.map(columns);
  }

  private launch(step: ClaimedStep): void {
    const job = this.execute(step)
      .catch((err: Error) =>
        this.logger.error(`step ${step.stepKey} of ${step.executionId}: ${err.stack ?? err.message}`),
      )
      .finally(() => {
        this.inFlight.delete(job);
        if (!this.stopped && !this.polling) this.schedule(0);
      });
    this.inFlight.add(job);
  }

  private async execute(step: ClaimedStep): Promise<void> {
    // One read (no lock) for the execution and its plan: enough to evaluate the step and to see it is still running.
    const reader = await this.advancer.lock(this.dataSource.manager, step.workspaceId, step.executionId, false);
    const node = reader?.plan.nodes.get(step.nodeId);
    if (!reader || reader.execution.status !== 'running' || !node) {
      await this.dataSource.transaction((manager) => this.advancer.dropStep(manager, step));
      return;
    }
    const kind = nodeType(node.type)?.run;
    let result: { outcome: NodeOutcome; input: unknown } | { failure: StepFailure; input: unknown } | null = null;
    if (kind === 'child' && !step.resumed) {
      this.continueWith(
        await this.inLock(step, async (advance, current) => {
          let config: Record<string, unknown>;
          try {
            config = (await this.advancer.evaluate(advance, node, current.scope)).config;
          } catch (err) {
            const failure = err instanceof StepFailure ? err : new StepFailure((err as Error).message, false);
            return this.advancer.settle(advance, current, { failure, input: null });
          }
          return this.advancer.startChild(advance, current, config);
        }),
      );
      return;
    }
    if (kind === 'child') {
      // Its child finished: the step goes on with the child's result, or fails with it.
      const child = (step.state?.child ?? {}) as { status?: string; execution_id?: string };
      result =
        child.status === 'completed'
          ? { outcome: done(child), input: undefined }
          : {
              failure: new StepFailure(
                `sub-workflow execution ${String(child.execution_id)} ${String(child.status)}`,
                false,
                { child },
              ),
              input: undefined,
            };
    } else if (step.resumed && node.type === 'delay') {
      result = { outcome: done({ waited_until: step.state?.until ?? new Date().toISOString() }), input: undefined };
    } else if (kind === 'effect') {
      result = await this.runEffect(step, reader, node);
    }
    // Else the engine's own node, back in the queue (a re-run): it runs in the transaction that records it.
    const settled = result;
    this.continueWith(
      await this.inLock(step, (advance, current) =>
        settled ? this.advancer.settle(advance, current, settled) : this.advancer.runClaimed(advance, current),
      ),
    );
  }

  /**
   * Runs `work` in a transaction holding the execution's lock, if the step is still this worker's (a lease that
   * expired meanwhile made it someone else's; its effect is idempotent anyway) and the execution still running.
   */
  private async inLock(
    step: ClaimedStep,
    work: (
      advance: NonNullable<Awaited<ReturnType<ExecutionAdvancer['lock']>>>,
      current: ExecutionStepEntity,
    ) => Promise<StepRef[]>,
  ): Promise<{ ready: StepRef[]; leased: LeasedStep[] }> {
    let leased: LeasedStep[] = [];
    const ready = await this.dataSource.transaction(async (manager) => {
      const advance = await this.advancer.lock(manager, step.workspaceId, step.executionId);
      if (!advance || advance.execution.status !== 'running') return [];
      const current = await WorkspaceRepository.of(manager, ExecutionStepEntity, step.workspaceId).findOne({
        executionId: step.executionId,
        stepKey: step.stepKey,
      });
      if (!current || current.status !== 'running' || current.worker !== this.workerId) return [];
      advance.lease = this.localLease();
      const refs = await work(advance, current);
      leased = advance.leased;
      return refs;
    });
    return { ready, leased };
  }

  /** What a committed transaction left for this process: steps leased to it (run now), steps pending (claim). */
  continueWith({ ready, leased }: { ready: StepRef[]; leased: LeasedStep[] }): void {
    for (const step of leased) {
      this.launch({
        ...step,
        status: 'running',
        attempts: 1,
        inputs: [],
        state: null,
        resumed: false,
      } as unknown as ClaimedStep);
    }
    this.runSoon(ready);
  }

  /** Lets a transaction of this process lease due steps to this worker while it has room (see LocalLease). */
  localLease(): LocalLease {
    return {
      worker: this.workerId,
      leaseMs: this.env.STEP_LEASE_MS,
      hasRoom: () => !this.stopped && this.inFlight.size < this.env.ENGINE_CONCURRENCY,
    };
  }

  /** Evaluates the step's config and runs its effect, with a heartbeat on its lease while it lasts. */
  private async runEffect(
    step: ClaimedStep,
    advance: NonNullable<Awaited<ReturnType<ExecutionAdvancer['lock']>>>,
    node: WorkflowNode,
  ): Promise<{ outcome: NodeOutcome; input: unknown } | { failure: StepFailure; input: unknown }> {
    let input: unknown = null;
    const heartbeat = setInterval(() => void this.extendLease(step), Math.max(500, this.env.STEP_LEASE_MS / 3));
    heartbeat.unref();
    try {
      const { config, context } = await this.advancer.evaluate(advance, node, step.scope);
      input = this.advancer.loggedInput(advance.plan, node.id, config);
      const run = this.advancer.nodeRun(
        advance,
        node,
        { config, context },
        {
          stepKey: step.stepKey,
          attempt: step.attempts,
          resumed: step.resumed,
          state: step.state,
          inputs: step.inputs ?? [],
        },
      );
      return { outcome: await this.runNode(run), input };
    } catch (err) {
      const failure = err instanceof StepFailure ? err : new StepFailure((err as Error).message, true);
      return { failure, input };
    } finally {
      clearInterval(heartbeat);
    }
  }

  /** The effect of a node (also used, simulated, by test runs). */
  runNode(run: NodeRun): Promise<NodeOutcome> {
    if (run.node.type === 'sub_workflow' && run.simulate)
      return Promise.resolve(
        done({
          simulated: true,
          would_start: { workflow_id: run.config.workflow_id, input: run.config.input ?? null },
        }),
      );
    if (CrmNodes.handles(run.node.type)) return this.crm.run(run);
    if (HttpNodes.handles(run.node.type)) return this.http.run(run);
    throw new StepFailure(`${run.node.type} (${nodeType(run.node.type)?.run ?? 'unknown'}) cannot run here yet`, false);
  }

  private async extendLease(step: ClaimedStep): Promise<void> {
    const table = quotedTablePath(this.dataSource, ExecutionStepEntity);
    // eslint-disable-next-line no-restricted-syntax -- one row by primary key, ours by worker id
    await this.dataSource
      .query(
        `UPDATE ${table} SET "lease_until" = now() + make_interval(secs => $3::double precision / 1000)
          WHERE "execution_id" = $1 AND "step_key" = $2 AND "worker" = $4 AND "status" = 'running'`,
        [step.executionId, step.stepKey, this.env.STEP_LEASE_MS, this.workerId],
      )
      .catch((err: Error) => this.logger.warn(`lease heartbeat failed: ${err.message}`));
  }
}
