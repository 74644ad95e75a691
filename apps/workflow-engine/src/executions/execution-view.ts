import type { ExecutionSummaryView, ExecutionView, StepView } from '@mab/contracts';
import type { ExecutionStepEntity } from './execution-step.entity';
import type { ExecutionEntity } from './execution.entity';

/** What a step's output shows in the log: up to 64 KB of it (the full value stays for the steps that read it). */
const OUTPUT_VIEW_MAX = 64 * 1024;

function capped(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  const text = JSON.stringify(value);
  if (text.length <= OUTPUT_VIEW_MAX) return value;
  return { truncated: true, size: text.length, preview: text.slice(0, OUTPUT_VIEW_MAX) };
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function executionSummaryView(e: ExecutionEntity): ExecutionSummaryView {
  return {
    id: e.id,
    workflow_id: e.workflowId,
    version: e.version,
    status: e.status,
    mode: e.mode,
    trigger_type: e.triggerType,
    error: e.error,
    started_at: e.startedAt.toISOString(),
    finished_at: iso(e.finishedAt),
    duration_ms: e.durationMs,
  };
}

export function stepView(s: ExecutionStepEntity): StepView {
  return {
    key: s.stepKey,
    node_id: s.nodeId,
    node_type: s.nodeType,
    status: s.status,
    attempts: s.attempts,
    input: capped(s.input),
    output: capped(s.output),
    outputs_taken: s.outputsTaken,
    error: s.error,
    due_at: iso(s.dueAt),
    started_at: iso(s.startedAt),
    finished_at: iso(s.finishedAt),
    duration_ms: s.durationMs,
  };
}

export function executionView(e: ExecutionEntity, steps: ExecutionStepEntity[]): ExecutionView {
  return {
    ...executionSummaryView(e),
    trigger_data: e.triggerData,
    parent_execution_id: e.parentExecutionId,
    steps: steps.map(stepView),
  };
}
