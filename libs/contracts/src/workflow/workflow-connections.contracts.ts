import { Bool, Int, OneOf, Text, Uuid } from '../fields';
import { defineEvent, defineSubscription } from '../registry';

/**
 * A workflow uses a component (its trigger listens to the component, or a step reads it). The workflow engine
 * publishes one event per component whenever a workflow version is saved, activated or deactivated; the template
 * service keeps the list (`GET /api/components/{id}/workflows`) and refuses to delete a component still in use.
 * `workflow_version` orders the events of one workflow (then the envelope's `occurred_at`, for an activation or a
 * deactivation of one version; a disconnection wins a tie): a reader ignores anything older than what it holds.
 */
export class WorkflowConnectedV1 {
  @Uuid() workflow_id: string;
  @Text({ max: 200 }) workflow_name: string;
  @Int({ min: 1, max: 2_147_483_647 }) workflow_version: number;
  @Bool() active: boolean;
  @Uuid() component_id: string;
}

export const WORKFLOW_DISCONNECT_REASONS = ['workflow_changed', 'workflow_deleted'] as const;
export type WorkflowDisconnectReason = (typeof WORKFLOW_DISCONNECT_REASONS)[number];

export class WorkflowDisconnectedV1 {
  @Uuid() workflow_id: string;
  @Int({ min: 1, max: 2_147_483_647 }) workflow_version: number;
  @Uuid() component_id: string;
  /** Why: the new version no longer uses it, or the workflow was deleted. */
  @OneOf(WORKFLOW_DISCONNECT_REASONS) reason: WorkflowDisconnectReason;
}

export const WORKFLOW_CONNECTED = defineEvent({
  name: 'workflow-engine.workflow.connected.v1',
  producer: 'workflow-engine',
  payload: WorkflowConnectedV1,
  description: 'A version of a workflow uses a component (its trigger or a step); also sent on (de)activation.',
});

export const WORKFLOW_DISCONNECTED = defineEvent({
  name: 'workflow-engine.workflow.disconnected.v1',
  producer: 'workflow-engine',
  payload: WorkflowDisconnectedV1,
  description: 'A workflow stopped using a component (changed or deleted).',
});

defineSubscription('template', WORKFLOW_CONNECTED.name, 'keeps which workflows use which component');
defineSubscription('template', WORKFLOW_DISCONNECTED.name, 'keeps which workflows use which component');
