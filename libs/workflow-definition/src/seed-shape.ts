import { outgoingEdges, outputOf, type WorkflowGraph, type WorkflowNode } from './graph';

/**
 * The seed's linear shape, `{trigger: {type, …config}, actions: [{type, delay?, …config}]}`, is sugar for a graph:
 * the trigger, then each action in order, a `delay` node (minutes, as the seed's `delay`) before an action that
 * has one. A `condition` action goes on only when it holds (its `true` output). Reads give the seed shape back
 * whenever the graph is such a chain.
 */
export interface SeedTrigger {
  type: string;
  [config: string]: unknown;
}
export interface SeedAction {
  type: string;
  /** Minutes to wait before this action. */
  delay?: number;
  /** The node id (how expressions name it); default: the type, then type_2, type_3… */
  id?: string;
  name?: string;
  [config: string]: unknown;
}
export interface SeedWorkflow {
  trigger: SeedTrigger;
  actions: SeedAction[];
}

const TRIGGER_ID = 'trigger';
const STEP_GAP = 140;

/** Whether a body is written in the seed shape (a trigger object and an actions list) rather than as a graph. */
export function isSeedShape(body: unknown): body is SeedWorkflow {
  const b = body as Partial<SeedWorkflow> | null;
  return !!b && typeof b.trigger === 'object' && b.trigger !== null && Array.isArray(b.actions);
}

function split<T extends { type: string }>(item: T, own: string[]): [Record<string, unknown>, Record<string, unknown>] {
  const config: Record<string, unknown> = {};
  const kept: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(item)) {
    if (key === 'type') continue;
    (own.includes(key) ? kept : config)[key] = value;
  }
  return [config, kept];
}

/** The graph a seed-shaped workflow stands for. Ids are stable: the same seed always gives the same graph. */
export function seedToGraph(seed: SeedWorkflow): WorkflowGraph {
  const [triggerConfig] = split(seed.trigger, []);
  const nodes: WorkflowNode[] = [
    {
      id: TRIGGER_ID,
      type: String(seed.trigger.type),
      name: 'Trigger',
      config: triggerConfig,
      position: { x: 0, y: 0 },
    },
  ];
  const edges: WorkflowGraph['edges'] = [];
  const used = new Map<string, number>();
  const nextId = (base: string) => {
    const n = (used.get(base) ?? 0) + 1;
    used.set(base, n);
    return n === 1 ? base : `${base}_${n}`;
  };
  let previous = TRIGGER_ID;
  let previousOutput = 'default';
  const add = (node: WorkflowNode) => {
    node.position = { x: 0, y: nodes.length * STEP_GAP };
    nodes.push(node);
    edges.push({ source: previous, source_output: previousOutput, target: node.id });
    previous = node.id;
    previousOutput = node.type === 'condition' ? 'true' : 'default';
  };
  for (const action of seed.actions) {
    const [config, own] = split(action, ['delay', 'id', 'name']);
    const delay = own.delay;
    if (typeof delay === 'number' && delay > 0) {
      add({ id: nextId('wait'), type: 'delay', name: `Wait ${delay} min`, config: { duration_minutes: delay } });
    } else if (delay !== undefined && delay !== 0) {
      // Not a number: kept as the delay node's value, so the validator names it.
      add({ id: nextId('wait'), type: 'delay', config: { duration_minutes: delay } });
    }
    const id = typeof own.id === 'string' ? own.id : nextId(String(action.type));
    if (typeof own.id === 'string') used.set(own.id, Math.max(used.get(own.id) ?? 0, 1));
    add({ id, type: String(action.type), ...(typeof own.name === 'string' ? { name: own.name } : {}), config });
  }
  return { nodes, edges };
}

/**
 * The seed shape of a graph, when it is a chain from the trigger (each node leads to at most one next, conditions
 * by `true`, waits only in minutes before an action); null otherwise.
 */
export function graphToSeed(graph: WorkflowGraph): SeedWorkflow | null {
  const out = outgoingEdges(graph);
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const trigger =
    graph.nodes.find((n) => n.id === TRIGGER_ID) ??
    graph.nodes.find((n) => !graph.edges.some((e) => e.target === n.id));
  if (!trigger) return null;
  const chain: WorkflowNode[] = [];
  const visited = new Set<string>([trigger.id]);
  let current = trigger;
  for (;;) {
    const edges = out.get(current.id) ?? [];
    if (edges.length === 0) break;
    if (edges.length > 1) return null;
    const expected = current.type === 'condition' ? 'true' : 'default';
    if (outputOf(edges[0]) !== expected) return null;
    const next = byId.get(edges[0].target);
    if (!next || visited.has(next.id)) return null;
    visited.add(next.id);
    chain.push(next);
    current = next;
  }
  if (visited.size !== graph.nodes.length) return null;

  const seed: SeedWorkflow = { trigger: { type: trigger.type, ...trigger.config }, actions: [] };
  const used = new Map<string, number>();
  const defaultId = (base: string) => {
    const n = (used.get(base) ?? 0) + 1;
    used.set(base, n);
    return n === 1 ? base : `${base}_${n}`;
  };
  let pendingDelay: number | null = null;
  for (const node of chain) {
    if (node.type === 'delay') {
      const keys = Object.keys(node.config);
      const minutes = node.config.duration_minutes;
      if (pendingDelay !== null || keys.length !== 1 || typeof minutes !== 'number' || minutes <= 0) return null;
      pendingDelay = minutes;
      if (node.id !== defaultId('wait')) return null;
      continue;
    }
    const id = defaultId(node.type);
    if (node.id !== id) used.set(node.id, Math.max(used.get(node.id) ?? 0, 1));
    seed.actions.push({
      type: node.type,
      ...node.config,
      ...(node.id !== id ? { id: node.id } : {}),
      ...(node.name ? { name: node.name } : {}),
      delay: pendingDelay ?? 0,
    });
    pendingDelay = null;
  }
  return pendingDelay === null ? seed : null;
}
