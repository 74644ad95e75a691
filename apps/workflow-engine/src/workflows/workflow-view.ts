import type { WorkflowVersionView, WorkflowView } from '@mab/contracts';
import { graphToSeed, outputOf, type WorkflowGraph } from '@mab/workflow-definition';
import type { WorkflowVersionEntity } from './workflow-version.entity';
import type { WorkflowEntity } from './workflow.entity';

/** The public URL a webhook trigger answers at (through the gateway). */
export function webhookUrl(publicBaseUrl: string, token: string): string {
  return `${publicBaseUrl}/api/public/webhooks/${token}`;
}

/** Nodes and edges as the API shows them (edges always name their output). */
export function graphView(graph: WorkflowGraph): Pick<WorkflowView, 'nodes' | 'edges'> {
  return {
    nodes: graph.nodes.map((n) => ({
      id: n.id,
      type: n.type,
      ...(n.name ? { name: n.name } : {}),
      config: n.config,
      ...(n.position ? { position: n.position } : {}),
    })),
    edges: graph.edges.map((e) => ({ source: e.source, source_output: outputOf(e), target: e.target })),
  };
}

/** A workflow with its current version: the graph, and the seed shape too when the graph is linear. */
export function workflowView(
  workflow: WorkflowEntity,
  version: WorkflowVersionEntity,
  secretsSet: string[],
  publicBaseUrl: string,
): WorkflowView {
  const seed = graphToSeed(version.graph);
  return {
    id: workflow.id,
    site_id: workflow.siteId,
    name: workflow.name,
    description: workflow.description,
    active: workflow.active,
    version: workflow.version,
    trigger_type: workflow.triggerType,
    component_ids: workflow.componentIds,
    ...graphView(version.graph),
    ...(seed ? { trigger: seed.trigger, actions: seed.actions } : {}),
    settings: workflow.settings,
    secrets_set: secretsSet,
    webhook_url: workflow.triggerType === 'webhook' ? webhookUrl(publicBaseUrl, workflow.webhookToken) : null,
    created_at: workflow.createdAt.toISOString(),
    updated_at: workflow.updatedAt.toISOString(),
  };
}

export function workflowVersionView(version: WorkflowVersionEntity): WorkflowVersionView {
  return {
    workflow_id: version.workflowId,
    version: version.version,
    note: version.note,
    created_by: version.createdBy,
    created_at: version.createdAt.toISOString(),
    ...graphView(version.graph),
  };
}
