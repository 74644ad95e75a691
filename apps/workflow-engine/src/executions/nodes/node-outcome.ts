import type { ExpressionContext, WorkflowNode } from '@mab/workflow-definition';

/** What a node's run needs: its config already evaluated, where it stands, and what came before. */
export interface NodeRun {
  node: WorkflowNode;
  config: Record<string, unknown>;
  context: ExpressionContext;
  executionId: string;
  workspaceId: string;
  workflowId: string;
  stepKey: string;
  /** 1 for the first attempt. */
  attempt: number;
  /** The step was claimed back from `waiting`: its timer is due (or its child finished). */
  resumed: boolean;
  state: Record<string, unknown> | null;
  inputs: { from: string; output: unknown }[];
  /** A test run: effects are described, not done. */
  simulate: boolean;
}

export type NodeOutcome =
  /** Finished: its output, and the outputs it goes on by. */
  | { kind: 'done'; output: unknown; outputs: string[] }
  /** Wait until a moment (a timer row; survives restarts). */
  | { kind: 'wait'; until: Date; state: Record<string, unknown>; output?: unknown }
  /** A loop: run the body once per item. */
  | { kind: 'loop'; items: unknown[] }
  /** End the execution. */
  | { kind: 'stop'; status: 'success' | 'failure'; message: string | null };

/** A step that did not work: retried (with backoff) when `retryable`, failed for good otherwise. */
export class StepFailure extends Error {
  constructor(
    message: string,
    readonly retryable: boolean,
    readonly details: Record<string, unknown> = {},
    readonly retryAfterMs?: number,
  ) {
    super(message);
    this.name = 'StepFailure';
  }
}

export const done = (output: unknown, outputs: string[] = ['default']): NodeOutcome => ({
  kind: 'done',
  output,
  outputs,
});
