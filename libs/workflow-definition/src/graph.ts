/**
 * A workflow as a graph (n8n's model): nodes with a type, a name, a config and a position on the canvas, and edges
 * from one node's named output (`default`, `true`/`false`, a switch case, `loop`/`done`) to another node.
 */
export interface WorkflowNode {
  /** Unique in the workflow; how expressions name it (`steps.<id>.output`): letters, digits and `_`. */
  id: string;
  type: string;
  name?: string;
  config: Record<string, unknown>;
  position?: { x: number; y: number };
}

export interface WorkflowEdge {
  source: string;
  /** Which output of the source it leaves by (default: `default`). */
  source_output?: string;
  target: string;
}

export interface WorkflowGraph {
  nodes: WorkflowNode[];
  edges: WorkflowEdge[];
}

export const NODE_ID_PATTERN = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;
export const GRAPH_NODES_MAX = 200;
export const GRAPH_EDGES_MAX = 400;

/** An edge's output, `default` when it names none. */
export const outputOf = (edge: WorkflowEdge): string => edge.source_output ?? 'default';

/** The edges that leave each node, by node id. */
export function outgoingEdges(graph: WorkflowGraph): Map<string, WorkflowEdge[]> {
  const out = new Map<string, WorkflowEdge[]>(graph.nodes.map((n) => [n.id, []]));
  for (const edge of graph.edges) out.get(edge.source)?.push(edge);
  return out;
}

/** The edges that reach each node, by node id. */
export function incomingEdges(graph: WorkflowGraph): Map<string, WorkflowEdge[]> {
  const into = new Map<string, WorkflowEdge[]>(graph.nodes.map((n) => [n.id, []]));
  for (const edge of graph.edges) into.get(edge.target)?.push(edge);
  return into;
}
