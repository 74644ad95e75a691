import { ServiceError, type WorkflowDefinitionBody, type WorkflowTriggerType } from '@mab/contracts';
import {
  isSeedShape,
  nodeType,
  seedToGraph,
  validateWorkflow,
  type WorkflowGraph,
  type WorkflowProblem,
} from '@mab/workflow-definition';

/** The problems in the API's error details: `nodes.<node id>.<field>` (or the graph-level field), and why. */
export function problemDetails(problems: WorkflowProblem[]) {
  return problems.map((p) => ({
    field: p.node ? `nodes.${p.node}.${p.field}` : p.field,
    constraints: [p.message],
  }));
}

/**
 * The graph a request defines, from either shape; null when it defines none (an update of the name only). Both
 * shapes at once, or half of one, is a 400 saying so.
 */
export function graphFromBody(body: WorkflowDefinitionBody): WorkflowGraph | null {
  const seed = body.trigger !== undefined || body.actions !== undefined;
  const graph = body.nodes !== undefined || body.edges !== undefined;
  if (seed && graph) {
    throw ServiceError.validation('give the workflow as trigger + actions or as nodes + edges, not both', [
      { field: 'nodes', constraints: ['not with trigger/actions'] },
    ]);
  }
  if (seed) {
    const candidate = { trigger: body.trigger, actions: body.actions ?? [] };
    if (!isSeedShape(candidate) || typeof candidate.trigger.type !== 'string') {
      throw ServiceError.validation('trigger must be an object with a type', [
        { field: 'trigger.type', constraints: ['is required'] },
      ]);
    }
    const typed = candidate.actions.findIndex((a) => typeof a.type !== 'string');
    if (typed >= 0) {
      throw ServiceError.validation(`actions[${typed}] needs a type`, [
        { field: `actions[${typed}].type`, constraints: ['is required'] },
      ]);
    }
    return seedToGraph(candidate);
  }
  if (graph) {
    return {
      nodes: (body.nodes ?? []).map((n) => ({
        id: n.id,
        type: n.type,
        ...(n.name ? { name: n.name } : {}),
        config: n.config,
        ...(n.position ? { position: { x: n.position.x, y: n.position.y } } : {}),
      })),
      edges: (body.edges ?? []).map((e) => ({
        source: e.source,
        source_output: e.source_output ?? 'default',
        target: e.target,
      })),
    };
  }
  return null;
}

/** A graph that can run, or a 400 whose details name every node and field that is wrong. */
export function assertRunnable(graph: WorkflowGraph): void {
  const problems = validateWorkflow(graph);
  if (!problems.length) return;
  const first = problems[0];
  const where = first.node ? `node ${first.node}, ${first.field}` : first.field;
  throw ServiceError.validation(
    `the workflow is not valid: ${where} ${first.message}${problems.length > 1 ? ` (and ${problems.length - 1} more)` : ''}`,
    problemDetails(problems),
  );
}

export interface TriggerSummary {
  nodeId: string;
  type: WorkflowTriggerType;
  /** The component (form_submission, page_interaction) or the event name (custom_event) it listens to. */
  key: string | null;
  componentIds: string[];
}

/** What the workflow row keeps of a valid graph's trigger, for lookups by incoming events. */
export function triggerOf(graph: WorkflowGraph): TriggerSummary {
  const node = graph.nodes.find((n) => nodeType(n.type)?.category === 'trigger')!;
  const component = typeof node.config.component_id === 'string' ? node.config.component_id.toLowerCase() : null;
  const event = typeof node.config.event === 'string' ? node.config.event : null;
  return {
    nodeId: node.id,
    type: node.type as WorkflowTriggerType,
    key: component ?? event,
    componentIds: component ? [component] : [],
  };
}
