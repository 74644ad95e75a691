import { Cron } from 'croner';
import { CONDITION_FIELD_PATTERN, conditionValueProblems, type FieldCondition } from './conditions';
import { checkValue, type ConfigProblem } from './config-schema';
import { expressionProblem, expressionsInValue, stepReferences } from './expressions';
import {
  GRAPH_EDGES_MAX,
  GRAPH_NODES_MAX,
  NODE_ID_PATTERN,
  outgoingEdges,
  outputOf,
  type WorkflowGraph,
  type WorkflowNode,
} from './graph';
import { nodeOutputs, nodeType } from './node-catalogue';

/** One thing wrong with a workflow: the node it is about (when it is about one), the field, and why. */
export interface WorkflowProblem {
  node?: string;
  field: string;
  message: string;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Whether an IANA time zone name is known to this runtime's ICU. */
export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** Why a cron expression cannot schedule anything, or null. */
export function cronProblem(expression: string, timezone?: string): string | null {
  try {
    const cron = new Cron(expression, { paused: true, ...(timezone ? { timezone } : {}) });
    const next = cron.nextRun();
    cron.stop();
    return next ? null : 'never fires';
  } catch (err) {
    return `is not a valid cron expression (${(err as Error).message})`;
  }
}

/** The checks a node's type needs beyond its config's shape (which fields go together). */
function semanticProblems(node: WorkflowNode): ConfigProblem[] {
  const c = node.config;
  const problems: ConfigProblem[] = [];
  const need = (field: string, message: string) => problems.push({ field: `config.${field}`, message });
  const has = (key: string) => c[key] !== undefined && c[key] !== null && c[key] !== '';
  const checkConditions = (list: unknown, at: string, expressionsAllowed: boolean) => {
    if (!Array.isArray(list)) return;
    (list as FieldCondition[]).forEach((condition, i) => {
      if (typeof condition?.field === 'string' && !CONDITION_FIELD_PATTERN.test(condition.field))
        problems.push({ field: `${at}[${i}].field`, message: 'must be a dotted path such as form_data.email' });
    });
    problems.push(
      ...conditionValueProblems((list as FieldCondition[]).filter(isObject), (i) => `${at}[${i}].value`, {
        expressionsAllowed,
      }),
    );
  };
  switch (node.type) {
    case 'form_submission':
    case 'page_interaction':
    case 'custom_event':
      checkConditions(c.conditions, 'config.conditions', false);
      break;
    case 'schedule': {
      const zone = typeof c.timezone === 'string' ? c.timezone : undefined;
      if (zone && !isTimeZone(zone)) need('timezone', 'must be an IANA time zone such as Europe/Paris');
      else if (typeof c.cron === 'string') {
        const problem = cronProblem(c.cron, zone);
        if (problem) need('cron', problem);
      }
      break;
    }
    case 'webhook':
      if ((c.auth === 'header' || c.auth === 'hmac') && !has('secret'))
        need('secret', `is required for auth ${String(c.auth)} (secrets are never exported: set it again)`);
      break;
    case 'send_email':
      if (!has('template') && !has('template_id') && !(has('subject') && (has('html') || has('text'))))
        need('template', 'give a template, or a subject with html or text');
      break;
    case 'http_request': {
      const auth = isObject(c.auth) ? c.auth : null;
      const want = (keys: string[]) =>
        keys.forEach((k) => {
          if (!auth?.[k])
            problems.push({ field: `config.auth.${k}`, message: `is required for auth ${String(auth?.type)}` });
        });
      if (auth?.type === 'basic') want(['username', 'password']);
      if (auth?.type === 'bearer') want(['token']);
      if (auth?.type === 'header') want(['header_name', 'header_value']);
      break;
    }
    case 'condition':
      if (!has('expression') && !(Array.isArray(c.conditions) && c.conditions.length))
        need('conditions', 'give conditions or an expression');
      checkConditions(c.conditions, 'config.conditions', true);
      break;
    case 'switch': {
      const cases = Array.isArray(c.cases) ? c.cases.filter(isObject) : [];
      const seen = new Set<string>();
      cases.forEach((kase, i) => {
        const output = kase.output;
        if (typeof output === 'string') {
          if (output === 'default' || seen.has(output))
            problems.push({ field: `config.cases[${i}].output`, message: `"${output}" is already an output` });
          seen.add(output);
        }
        if (!kase.expression && !(Array.isArray(kase.conditions) && kase.conditions.length))
          problems.push({ field: `config.cases[${i}]`, message: 'give conditions or an expression' });
        checkConditions(kase.conditions, `config.cases[${i}].conditions`, true);
      });
      break;
    }
    case 'delay': {
      const mode = c.mode ?? 'duration';
      if (mode === 'duration' && !has('duration_minutes') && !has('duration_seconds'))
        need('duration_minutes', 'is required for a duration (or give duration_seconds)');
      if (mode === 'until' && !has('until')) need('until', 'is required for mode until');
      if (mode === 'time_of_day' && !has('time')) need('time', 'is required for mode time_of_day');
      if (typeof c.timezone === 'string' && !isTimeZone(c.timezone))
        need('timezone', 'must be an IANA time zone such as Europe/Paris');
      break;
    }
  }
  return problems;
}

/**
 * Everything wrong with a workflow graph, each problem naming its node and field: an unknown node type, a config
 * that is missing or wrong, an expression that does not parse or reads a step that does not run before it, an
 * edge to nowhere or by an output its node does not have, not exactly one trigger, a node the trigger cannot
 * reach, a cycle that does not go through a loop. Empty: the workflow can run.
 */
export function validateWorkflow(graph: WorkflowGraph): WorkflowProblem[] {
  const problems: WorkflowProblem[] = [];
  if (!isObject(graph) || !Array.isArray(graph.nodes) || !Array.isArray(graph.edges))
    return [{ field: 'nodes', message: 'a workflow needs nodes and edges lists' }];
  if (graph.nodes.length > GRAPH_NODES_MAX)
    return [{ field: 'nodes', message: `a workflow holds at most ${GRAPH_NODES_MAX} nodes` }];
  if (graph.edges.length > GRAPH_EDGES_MAX)
    return [{ field: 'edges', message: `a workflow holds at most ${GRAPH_EDGES_MAX} edges` }];

  // Nodes: ids, types, configs, expressions.
  const byId = new Map<string, WorkflowNode>();
  graph.nodes.forEach((node, index) => {
    if (!isObject(node)) return problems.push({ field: `nodes[${index}]`, message: 'must be an object' });
    const id = typeof node.id === 'string' ? node.id : '';
    const about = id || `nodes[${index}]`;
    if (!NODE_ID_PATTERN.test(id)) {
      problems.push({
        node: about,
        field: 'id',
        message: 'must be letters, digits and _ (at most 64), not starting with a digit',
      });
    } else if (byId.has(id)) {
      problems.push({ node: id, field: 'id', message: 'is used by another node' });
    } else {
      byId.set(id, node);
    }
    if (node.name !== undefined && (typeof node.name !== 'string' || node.name.length > 200))
      problems.push({ node: about, field: 'name', message: 'must be text of at most 200 characters' });
    if (
      node.position !== undefined &&
      !(isObject(node.position) && Number.isFinite(node.position.x) && Number.isFinite(node.position.y))
    )
      problems.push({ node: about, field: 'position', message: 'must be {x, y} numbers' });
    const type = nodeType(String(node.type));
    if (!type) {
      problems.push({ node: about, field: 'type', message: `"${String(node.type)}" is not a node type` });
      return;
    }
    if (!isObject(node.config)) {
      problems.push({ node: about, field: 'config', message: 'must be an object' });
      return;
    }
    const configProblems: ConfigProblem[] = [];
    checkValue(type.config, node.config, 'config', configProblems);
    if (!configProblems.length) configProblems.push(...semanticProblems(node));
    for (const p of configProblems) problems.push({ node: about, field: p.field, message: p.message });
    for (const { field, source } of expressionsInValue(node.config, 'config')) {
      const problem = expressionProblem(source);
      if (problem) problems.push({ node: about, field, message: `{{ ${source.trim()} }} ${problem}` });
    }
  });

  // Triggers: exactly one.
  const triggers = [...byId.values()].filter((n) => nodeType(n.type)?.category === 'trigger');
  if (triggers.length !== 1) {
    problems.push({
      field: 'nodes',
      message: triggers.length
        ? `a workflow has exactly one trigger; found ${triggers.length} (${triggers.map((t) => t.id).join(', ')})`
        : 'a workflow needs a trigger node (form_submission, page_interaction, schedule, webhook, custom_event or manual)',
    });
  }

  // Edges: known ends, real outputs, no duplicates, nothing into a trigger.
  const seenEdges = new Set<string>();
  graph.edges.forEach((edge, index) => {
    const at = `edges[${index}]`;
    if (!isObject(edge)) return problems.push({ field: at, message: 'must be an object' });
    const source = byId.get(String(edge.source));
    const target = byId.get(String(edge.target));
    if (!source)
      problems.push({ field: `${at}.source`, message: `"${String(edge.source)}" is not a node of this workflow` });
    if (!target)
      problems.push({ field: `${at}.target`, message: `"${String(edge.target)}" is not a node of this workflow` });
    if (!source || !target) return;
    const output = outputOf(edge);
    const type = nodeType(source.type);
    if (type && isObject(source.config)) {
      const outputs = nodeOutputs(type, source.config);
      if (!outputs.includes(output)) {
        problems.push({
          node: source.id,
          field: `${at}.source_output`,
          message: outputs.length
            ? `${source.type} has no output "${output}" (it has ${outputs.join(', ')})`
            : `${source.type} ends the run: nothing can follow it`,
        });
      }
    }
    if (source.id === target.id) problems.push({ node: source.id, field: at, message: 'a node cannot lead to itself' });
    if (nodeType(target.type)?.category === 'trigger')
      problems.push({ node: target.id, field: `${at}.target`, message: 'nothing can lead into a trigger' });
    const key = `${source.id}\u0000${output}\u0000${target.id}`;
    if (seenEdges.has(key)) problems.push({ node: source.id, field: at, message: 'the same edge twice' });
    seenEdges.add(key);
  });
  if (problems.length) return problems;

  const valid = { nodes: [...byId.values()], edges: graph.edges };
  const trigger = triggers[0];
  problems.push(...reachabilityProblems(valid, trigger.id));
  problems.push(...cycleProblems(valid));
  if (problems.length) return problems;
  problems.push(...stepReferenceProblems(valid, trigger.id));
  for (const node of valid.nodes) {
    if (node.type === 'merge' && valid.edges.filter((e) => e.target === node.id).length < 2)
      problems.push({ node: node.id, field: 'edges', message: 'a merge joins at least two branches' });
  }
  return problems;
}

function reachabilityProblems(graph: WorkflowGraph, triggerId: string): WorkflowProblem[] {
  const out = outgoingEdges(graph);
  const reached = new Set([triggerId]);
  const queue = [triggerId];
  while (queue.length) {
    for (const edge of out.get(queue.shift()!) ?? []) {
      if (!reached.has(edge.target)) {
        reached.add(edge.target);
        queue.push(edge.target);
      }
    }
  }
  return graph.nodes
    .filter((n) => !reached.has(n.id))
    .map((n) => ({ node: n.id, field: 'edges', message: 'cannot be reached from the trigger' }));
}

/**
 * Loop-back edges: from a node inside a loop's body (reachable from the loop's `loop` output without passing the
 * loop again) back to that loop. They are the only cycles allowed.
 */
export function loopBackEdges(graph: WorkflowGraph): Set<(typeof graph.edges)[number]> {
  const out = outgoingEdges(graph);
  const back = new Set<(typeof graph.edges)[number]>();
  for (const loop of graph.nodes.filter((n) => n.type === 'loop')) {
    const body = new Set<string>();
    const queue = (out.get(loop.id) ?? []).filter((e) => outputOf(e) === 'loop').map((e) => e.target);
    while (queue.length) {
      const id = queue.shift()!;
      if (id === loop.id || body.has(id)) continue;
      body.add(id);
      for (const edge of out.get(id) ?? []) {
        if (edge.target === loop.id) back.add(edge);
        else queue.push(edge.target);
      }
    }
  }
  return back;
}

function cycleProblems(graph: WorkflowGraph): WorkflowProblem[] {
  const back = loopBackEdges(graph);
  const edges = graph.edges.filter((e) => !back.has(e));
  // Kahn's algorithm: what cannot be ordered lies on a cycle (or after one).
  const indegree = new Map(graph.nodes.map((n) => [n.id, 0]));
  for (const e of edges) indegree.set(e.target, indegree.get(e.target)! + 1);
  const queue = [...indegree].filter(([, d]) => d === 0).map(([id]) => id);
  while (queue.length) {
    const id = queue.shift()!;
    for (const e of edges.filter((x) => x.source === id)) {
      indegree.set(e.target, indegree.get(e.target)! - 1);
      if (indegree.get(e.target) === 0) queue.push(e.target);
    }
  }
  const stuck = [...indegree].filter(([, d]) => d > 0).map(([id]) => id);
  if (!stuck.length) return [];
  return [
    {
      node: stuck[0],
      field: 'edges',
      message: `a cycle that does not go back through a loop node's "loop" output (nodes ${stuck.join(', ')})`,
    },
  ];
}

/** An expression may read `steps.<id>` only for a node that always runs before it (one of its ancestors). */
function stepReferenceProblems(graph: WorkflowGraph, triggerId: string): WorkflowProblem[] {
  const back = loopBackEdges(graph);
  const into = new Map<string, string[]>(graph.nodes.map((n) => [n.id, []]));
  for (const e of graph.edges) if (!back.has(e)) into.get(e.target)!.push(e.source);
  const ancestors = (id: string) => {
    const found = new Set<string>();
    const queue = [...into.get(id)!];
    while (queue.length) {
      const next = queue.shift()!;
      if (found.has(next)) continue;
      found.add(next);
      queue.push(...into.get(next)!);
    }
    return found;
  };
  const problems: WorkflowProblem[] = [];
  const ids = new Set(graph.nodes.map((n) => n.id));
  for (const node of graph.nodes) {
    const before = ancestors(node.id);
    for (const { field, source } of expressionsInValue(node.config, 'config')) {
      for (const ref of stepReferences(source)) {
        if (!ids.has(ref))
          problems.push({ node: node.id, field, message: `reads steps.${ref}: there is no node ${ref}` });
        else if (ref === triggerId)
          problems.push({ node: node.id, field, message: `reads steps.${ref}: the trigger's data is {{ trigger }}` });
        else if (!before.has(ref))
          problems.push({ node: node.id, field, message: `reads steps.${ref}, which does not run before this node` });
      }
    }
  }
  return problems;
}
