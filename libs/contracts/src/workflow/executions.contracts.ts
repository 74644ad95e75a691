import { ApiProperty } from '@nestjs/swagger';
import { DateTime, Int, JsonObject, OneOf, Text, TextList, Uuid } from '../fields';
import { WorkflowDefinitionBody } from './workflows.contracts';
import { SITE_EVENT_RECEIVED } from '../events/site-event-received.event';
import { PageOf, PageQuery } from '../pagination';
import { defineCommand, defineEvent, defineSubscription } from '../registry';

/**
 * Executions of workflows: each one pinned to the version it started on, each step a row with its input, output,
 * error, attempts and timing. Live progress goes out as events (the gateway's live channel forwards them).
 */
export const EXECUTION_STATUSES = ['queued', 'running', 'waiting', 'completed', 'failed', 'cancelled'] as const;
export type ExecutionStatus = (typeof EXECUTION_STATUSES)[number];
export const STEP_STATUSES = [
  'blocked',
  'pending',
  'running',
  'waiting',
  'succeeded',
  'failed',
  'skipped',
  'cancelled',
] as const;
export type StepStatus = (typeof STEP_STATUSES)[number];
/** `test`: a test run (simulated effects, nothing kept), only ever seen in its own answer. */
export const EXECUTION_MODES = ['trigger', 'manual', 'rerun', 'child', 'test'] as const;
export type ExecutionMode = (typeof EXECUTION_MODES)[number];

export class ExecuteWorkflowBody {
  @JsonObject({
    optional: true,
    description: "The trigger's data, as a real trigger would give it",
    example: { form_data: { email: 'user@example.com', name: 'John Doe' } },
  })
  trigger_data?: Record<string, unknown>;

  @Text({
    optional: true,
    max: 200,
    description: 'The same key again starts nothing more and answers the first execution (safe retries)',
  })
  idempotency_key?: string;
}

export class ExecuteWorkflowRequest extends ExecuteWorkflowBody {
  @Uuid() workflow_id: string;
}

export class ExecutionStartedView {
  @ApiProperty({ format: 'uuid' }) execution_id: string;
  @ApiProperty({ enum: EXECUTION_STATUSES }) status: ExecutionStatus;
  @ApiProperty({ description: 'False when the key (or the trigger event) had already started it' }) created: boolean;
}

export class StepView {
  @ApiProperty({ description: 'The node id, with its loop iteration when inside a loop (send@items#3)' }) key: string;
  @ApiProperty() node_id: string;
  @ApiProperty() node_type: string;
  @ApiProperty({ enum: STEP_STATUSES }) status: StepStatus;
  @ApiProperty() attempts: number;
  @ApiProperty({ description: 'The config as evaluated for the last attempt (secrets left out)', nullable: true })
  input: unknown;
  @ApiProperty({ description: 'What it gave (cut at 64 KB)', nullable: true }) output: unknown;
  @ApiProperty({ type: [String], nullable: true, description: 'The outputs it went on by' }) outputs_taken:
    string[] | null;
  @ApiProperty({ type: 'object', nullable: true, additionalProperties: true }) error: Record<string, unknown> | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) due_at: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) started_at: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) finished_at: string | null;
  @ApiProperty({ type: Number, nullable: true }) duration_ms: number | null;
}

export class ExecutionView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) workflow_id: string;
  @ApiProperty({ description: 'The workflow version it runs (pinned when it started)' }) version: number;
  @ApiProperty({ enum: EXECUTION_STATUSES }) status: ExecutionStatus;
  @ApiProperty({ enum: EXECUTION_MODES }) mode: ExecutionMode;
  @ApiProperty() trigger_type: string;
  @ApiProperty({ type: 'object', additionalProperties: true }) trigger_data: Record<string, unknown>;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) parent_execution_id: string | null;
  @ApiProperty({ type: 'object', nullable: true, additionalProperties: true }) error: Record<string, unknown> | null;
  @ApiProperty({ type: String, format: 'date-time' }) started_at: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) finished_at: string | null;
  @ApiProperty({ type: Number, nullable: true }) duration_ms: number | null;
  @ApiProperty({ type: [StepView], description: 'In the order they were reached' }) steps: StepView[];
}

export class ExecutionSummaryView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) workflow_id: string;
  @ApiProperty() version: number;
  @ApiProperty({ enum: EXECUTION_STATUSES }) status: ExecutionStatus;
  @ApiProperty({ enum: EXECUTION_MODES }) mode: ExecutionMode;
  @ApiProperty() trigger_type: string;
  @ApiProperty({ type: 'object', nullable: true, additionalProperties: true }) error: Record<string, unknown> | null;
  @ApiProperty({ type: String, format: 'date-time' }) started_at: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) finished_at: string | null;
  @ApiProperty({ type: Number, nullable: true }) duration_ms: number | null;
}
export const ExecutionSummaryPage = PageOf(ExecutionSummaryView);

export class ListExecutionsQuery extends PageQuery {
  @OneOf(EXECUTION_STATUSES, { optional: true }) status?: ExecutionStatus;
  @DateTime({ optional: true, description: 'Started at or after' }) started_after?: string;
  @DateTime({ optional: true, description: 'Started before' }) started_before?: string;
}

export class ListExecutionsRequest extends ListExecutionsQuery {
  @Uuid() workflow_id: string;
}

export class ExecutionIdRequest {
  @Uuid() execution_id: string;
}

export class TestWorkflowBody {
  @JsonObject({
    optional: true,
    description: "The trigger's data to test with",
    example: { form_data: { email: 'a@example.com' } },
  })
  trigger_data?: Record<string, unknown>;
}

export class TestWorkflowRequest extends TestWorkflowBody {
  @Uuid() workflow_id: string;
}

/** A definition not saved yet (either shape), with the data to test it with. */
export class TestWorkflowDefinitionRequest extends WorkflowDefinitionBody {
  @JsonObject({ optional: true }) trigger_data?: Record<string, unknown>;
}

// ---- commands ------------------------------------------------------------------------------------------------

export const EXECUTE_WORKFLOW = defineCommand({
  name: 'workflow-engine.workflow.execute',
  service: 'workflow-engine',
  request: ExecuteWorkflowRequest,
  reply: ExecutionStartedView,
  scope: 'workspace',
  mutation: true,
  description: 'Starts an execution by hand (active or not) with the given trigger data.',
});

export const TEST_WORKFLOW = defineCommand({
  name: 'workflow-engine.workflow.test',
  service: 'workflow-engine',
  request: TestWorkflowRequest,
  reply: ExecutionView,
  scope: 'workspace',
  mutation: false,
  description:
    'Runs the current version at once with side effects simulated (each effect step shows what it would do: the rendered email, the contact it would upsert, the request it would send); nothing is kept.',
});

export const TEST_WORKFLOW_DEFINITION = defineCommand({
  name: 'workflow-engine.workflow-definition.test',
  service: 'workflow-engine',
  request: TestWorkflowDefinitionRequest,
  reply: ExecutionView,
  scope: 'workspace',
  mutation: false,
  description: 'A test run of a definition that is not saved (validated first, 400 naming node and field).',
});

export const GET_EXECUTION = defineCommand({
  name: 'workflow-engine.execution.get',
  service: 'workflow-engine',
  request: ExecutionIdRequest,
  reply: ExecutionView,
  scope: 'workspace',
  mutation: false,
  description: 'An execution with every step: input, output, error, attempts, timing.',
});

export const LIST_EXECUTIONS = defineCommand({
  name: 'workflow-engine.execution.list',
  service: 'workflow-engine',
  request: ListExecutionsRequest,
  reply: ExecutionSummaryPage,
  scope: 'workspace',
  mutation: false,
  description: "A workflow's executions, newest first, by status and date.",
});

export const CANCEL_EXECUTION = defineCommand({
  name: 'workflow-engine.execution.cancel',
  service: 'workflow-engine',
  request: ExecutionIdRequest,
  reply: ExecutionSummaryView,
  scope: 'workspace',
  mutation: true,
  description: 'Stops a running or waiting execution at the next step boundary.',
});

export const RERUN_EXECUTION = defineCommand({
  name: 'workflow-engine.execution.rerun',
  service: 'workflow-engine',
  request: ExecutionIdRequest,
  reply: ExecutionSummaryView,
  scope: 'workspace',
  mutation: true,
  description: 'Runs a failed execution again from its failed steps, keeping the outputs of the steps before.',
});

// ---- events ----------------------------------------------------------------------------------------------------

export class ExecutionStartedV1 {
  @Uuid() execution_id: string;
  @Uuid() workflow_id: string;
  @Int({ min: 1, max: 2_147_483_647 }) version: number;
  @Text({ max: 30 }) trigger_type: string;
  @OneOf(EXECUTION_MODES) mode: ExecutionMode;
  @DateTime() started_at: string;
}

export class ExecutionStepCompletedV1 {
  @Uuid() execution_id: string;
  @Uuid() workflow_id: string;
  @Text({ max: 300 }) step_key: string;
  @Text({ max: 64 }) node_id: string;
  @Text({ max: 60 }) node_type: string;
  @OneOf(STEP_STATUSES) status: StepStatus;
  @Int({ min: 0, max: 1_000_000 }) attempts: number;
  @Int({ min: 0, max: 2_147_483_647 }) duration_ms: number;
  @TextList({ maxItems: 50, itemMax: 40 }) outputs_taken: string[];
}

export class ExecutionFinishedV1 {
  @Uuid() execution_id: string;
  @Uuid() workflow_id: string;
  @Int({ min: 1, max: 2_147_483_647 }) version: number;
  @OneOf(EXECUTION_STATUSES) status: ExecutionStatus;
  @DateTime() started_at: string;
  @DateTime() finished_at: string;
  @Int({ min: 0, max: 2_147_483_647 }) duration_ms: number;
  @JsonObject({ nullable: true }) error: Record<string, unknown> | null;
}

export const EXECUTION_STARTED = defineEvent({
  name: 'workflow-engine.execution.started.v1',
  producer: 'workflow-engine',
  payload: ExecutionStartedV1,
  description: 'An execution started (pinned to a version).',
});

export const EXECUTION_STEP_COMPLETED = defineEvent({
  name: 'workflow-engine.execution.step_completed.v1',
  producer: 'workflow-engine',
  payload: ExecutionStepCompletedV1,
  description: 'A step of an execution finished (succeeded, failed for good, or was skipped).',
});

export const EXECUTION_COMPLETED = defineEvent({
  name: 'workflow-engine.execution.completed.v1',
  producer: 'workflow-engine',
  payload: ExecutionFinishedV1,
  description: 'An execution finished with success.',
});

export const EXECUTION_FAILED = defineEvent({
  name: 'workflow-engine.execution.failed.v1',
  producer: 'workflow-engine',
  payload: ExecutionFinishedV1,
  description: 'An execution failed (a step failed for good, a timeout, a stop node) or was cancelled.',
});

defineSubscription(
  'workflow-engine',
  SITE_EVENT_RECEIVED.name,
  "starts the active workflows of the form or component a published site's visitor used",
);

// ---- webhook triggers ------------------------------------------------------------------------------------------

/** Largest body a workflow's webhook takes (bytes). */
export const WORKFLOW_WEBHOOK_MAX_BYTES = 1024 * 1024;

/**
 * A call of a workflow's public webhook URL as the gateway received it: the exact bytes (an HMAC covers them),
 * its headers and query. Platform scope: the token names the workflow (and so its workspace).
 */
export class ReceiveWebhookRequest {
  @Text({ min: 20, max: 64, pattern: /^[A-Za-z0-9_-]+$/, patternMessage: 'must be a webhook token' }) token: string;
  @Text({
    max: Math.ceil(WORKFLOW_WEBHOOK_MAX_BYTES / 3) * 4,
    pattern: /^[A-Za-z0-9+/]*={0,2}$/,
    patternMessage: 'must be base64',
  })
  raw_body: string;
  @JsonObject({ description: 'Lower-case header names to values (cookies and authorization left out by the gateway)' })
  headers: Record<string, string>;
  @JsonObject({ description: 'The query string' }) query: Record<string, unknown>;
}

export const RECEIVE_WORKFLOW_WEBHOOK = defineCommand({
  name: 'workflow-engine.webhook.receive',
  service: 'workflow-engine',
  request: ReceiveWebhookRequest,
  reply: ExecutionStartedView,
  scope: 'platform',
  mutation: true,
  description:
    "A call of a workflow's webhook: checked (secret header or HMAC), then an execution (404 for an unknown or inactive workflow, 401 for a bad secret).",
});

// Custom-event triggers: workflows may start on the other services' events (the engine's own and the gateway's
// ingestion events are not offered: the first would feed on itself, the second has its own triggers).
for (const service of ['crm', 'template', 'analytics', 'ai']) {
  defineSubscription(
    'workflow-engine',
    `${service}.#`,
    `starts workflows whose custom_event trigger names a ${service} event`,
  );
}

// ---- analytics -------------------------------------------------------------------------------------------------

export class WorkflowAnalyticsQuery {
  @DateTime({ optional: true, description: 'Executions started at or after (default: 30 days ago)' }) from?: string;
  @DateTime({ optional: true, description: 'Executions started before (default: now); at most 366 days after from' })
  to?: string;
}

export class WorkflowAnalyticsRequest extends WorkflowAnalyticsQuery {
  @Uuid() workflow_id: string;
}

export class WorkflowDayView {
  @ApiProperty({ example: '2027-01-31' }) date: string;
  @ApiProperty() executions: number;
  @ApiProperty() completed: number;
  @ApiProperty() failed: number;
  @ApiProperty({ type: Number, nullable: true }) avg_duration_ms: number | null;
  @ApiProperty({ type: Number, nullable: true }) p95_duration_ms: number | null;
}

export class WorkflowNodeStatsView {
  @ApiProperty() node_id: string;
  @ApiProperty() node_type: string;
  @ApiProperty({ description: 'Steps of this node that finished (succeeded or failed)' }) runs: number;
  @ApiProperty() failures: number;
  @ApiProperty({ description: 'Attempts beyond the first (retries)' }) retries: number;
  @ApiProperty({ description: 'Failures that were timeouts' }) timeouts: number;
  @ApiProperty({ description: 'Failures on a 5xx answer' }) server_errors: number;
  @ApiProperty({ description: 'Failures on a 4xx answer' }) client_errors: number;
  @ApiProperty({ type: Number, nullable: true }) avg_duration_ms: number | null;
  @ApiProperty({ type: Number, nullable: true }) p95_duration_ms: number | null;
}

export class WorkflowAnalyticsView {
  @ApiProperty({ format: 'uuid' }) workflow_id: string;
  @ApiProperty({ type: String, format: 'date-time' }) from: string;
  @ApiProperty({ type: String, format: 'date-time' }) to: string;
  @ApiProperty() executions: number;
  @ApiProperty() completed: number;
  @ApiProperty() failed: number;
  @ApiProperty() cancelled: number;
  @ApiProperty({ description: 'Still running or waiting' }) running: number;
  @ApiProperty({ type: Number, nullable: true, description: 'completed ÷ finished (null when none finished)' })
  success_rate: number | null;
  @ApiProperty({ type: Number, nullable: true }) avg_duration_ms: number | null;
  @ApiProperty({ type: Number, nullable: true }) p95_duration_ms: number | null;
  @ApiProperty({ type: [WorkflowDayView], description: 'Per day (UTC)' }) per_day: WorkflowDayView[];
  @ApiProperty({ type: [WorkflowNodeStatsView] }) nodes: WorkflowNodeStatsView[];
}

export const WORKFLOW_ANALYTICS = defineCommand({
  name: 'workflow-engine.workflow.analytics',
  service: 'workflow-engine',
  request: WorkflowAnalyticsRequest,
  reply: WorkflowAnalyticsView,
  scope: 'workspace',
  mutation: false,
  description: "A workflow's executions over a window: counts, success rate, durations, per day and per node.",
});
