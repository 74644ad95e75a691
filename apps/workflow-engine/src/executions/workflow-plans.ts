import { Injectable } from '@nestjs/common';
import { WorkspaceRepository } from '@mab/persistence';
import {
  expressionsInValue,
  loopBackEdges,
  nodeType,
  outgoingEdges,
  secretFields,
  stepReferences,
  type WorkflowEdge,
  type WorkflowGraph,
  type WorkflowNode,
} from '@mab/workflow-definition';
import type { DataSource, EntityManager } from 'typeorm';
import { WorkflowSecrets } from '../workflows/workflow-secrets';
import { WorkflowVersionEntity } from '../workflows/workflow-version.entity';

/** A version's graph, ready to run: indexed once, kept in memory (a version never changes). */
export interface GraphPlan {
  workflowId: string;
  version: number;
  graph: WorkflowGraph;
  nodes: Map<string, WorkflowNode>;
  outgoing: Map<string, WorkflowEdge[]>;
  /** How many edges reach each node, loop-back edges left out: a node runs once all of them are resolved. */
  expected: Map<string, number>;
  backEdges: Set<WorkflowEdge>;
  triggerId: string;
  /** Secret fields of each node (`config.auth.token`), left out of the step's logged input. */
  secretPaths: Map<string, string[]>;
  /** The steps each node's config reads (`steps.<id>` in expressions and in condition fields), found once. */
  stepRefs: Map<string, string[]>;
}

/** The node ids a config reads: `steps.<id>` in its expressions, and condition fields that are such paths. */
function stepRefsOf(config: Record<string, unknown>): string[] {
  const refs = new Set<string>();
  for (const { source } of expressionsInValue(config, 'config')) for (const r of stepReferences(source)) refs.add(r);
  for (const m of JSON.stringify(config).matchAll(/"field":"steps\.([A-Za-z_][A-Za-z0-9_]*)/g)) refs.add(m[1]);
  return [...refs];
}

const PLAN_CACHE_MAX = 1_000;

@Injectable()
export class WorkflowPlans {
  private readonly plans = new Map<string, GraphPlan>();

  constructor(private readonly secrets: WorkflowSecrets) {}

  async get(
    manager: EntityManager | DataSource,
    workspaceId: string,
    workflowId: string,
    version: number,
  ): Promise<GraphPlan | null> {
    const key = `${workflowId}:${version}`;
    const cached = this.plans.get(key);
    if (cached) return cached;
    const row = await WorkspaceRepository.of(manager, WorkflowVersionEntity, workspaceId).findOne({
      workflowId,
      version,
    });
    if (!row) return null;
    const plan = this.plan(workflowId, version, this.secrets.join(row.graph, this.secrets.open(row.secrets)));
    if (this.plans.size >= PLAN_CACHE_MAX) this.plans.delete(this.plans.keys().next().value!);
    this.plans.set(key, plan);
    return plan;
  }

  /** Indexes a graph (also for test runs of unsaved definitions). */
  plan(workflowId: string, version: number, graph: WorkflowGraph): GraphPlan {
    const backEdges = loopBackEdges(graph);
    const expected = new Map(graph.nodes.map((n) => [n.id, 0]));
    for (const edge of graph.edges) if (!backEdges.has(edge)) expected.set(edge.target, expected.get(edge.target)! + 1);
    const trigger = graph.nodes.find((n) => nodeType(n.type)?.category === 'trigger')!;
    return {
      workflowId,
      version,
      graph,
      nodes: new Map(graph.nodes.map((n) => [n.id, n])),
      outgoing: outgoingEdges(graph),
      expected,
      backEdges,
      triggerId: trigger.id,
      stepRefs: new Map(graph.nodes.map((n) => [n.id, stepRefsOf(n.config)])),
      secretPaths: new Map(
        graph.nodes.map((n) => {
          const type = nodeType(n.type);
          return [n.id, type ? secretFields(type.config, n.config) : []];
        }),
      ),
    };
  }
}
