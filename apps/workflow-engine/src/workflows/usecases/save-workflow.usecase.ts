import { Inject, Injectable } from '@nestjs/common';
import { GET_COMPONENT, ServiceError, type WorkflowSettings } from '@mab/contracts';
import { ServiceClient } from '@mab/messaging';
import { WorkspaceRepository } from '@mab/persistence';
import type { WorkflowGraph } from '@mab/workflow-definition';
import { randomBytes } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { ENGINE_ENV } from '../../workflow-engine.config';
import type { WorkflowEngineEnv } from '../../workflow-engine.env';
import { nextScheduleSlot } from '../../schedules/schedule-slots';
import { WorkflowConnections } from '../workflow-connections';
import { assertRunnable, triggerOf } from '../workflow-definition-input';
import { WorkflowSecrets, type NodeSecrets } from '../workflow-secrets';
import { WorkflowVersionEntity } from '../workflow-version.entity';
import { WorkflowEntity } from '../workflow.entity';
import { workflowView } from '../workflow-view';

export interface WorkflowChanges {
  name?: string;
  description?: string | null;
  siteId?: string | null;
  settings?: WorkflowSettings;
  /** A new definition: saved as the next version. */
  graph?: WorkflowGraph | null;
  /** Secrets that come with the graph from elsewhere (a restored version's), used where the graph has none. */
  inheritedSecrets?: NodeSecrets;
  note?: string | null;
}

/**
 * Every write of a workflow's definition: create, update, restore, import and templates all come here, so each
 * one validates the graph the same way, checks the component its trigger listens to (and takes its site), seals
 * the secrets, writes an immutable version, and tells the template service about the components it uses.
 */
@Injectable()
export class SaveWorkflowUseCase {
  constructor(
    private readonly secrets: WorkflowSecrets,
    private readonly connections: WorkflowConnections,
    private readonly services: ServiceClient,
    @Inject(ENGINE_ENV) private readonly env: WorkflowEngineEnv,
  ) {}

  async create(
    manager: EntityManager,
    workspaceId: string,
    userId: string | null,
    changes: WorkflowChanges & { name: string; graph: WorkflowGraph },
  ) {
    const graph = this.withKeptSecrets(changes.graph, [
      { graph: changes.graph, secrets: changes.inheritedSecrets ?? {} },
    ]);
    assertRunnable(graph);
    const trigger = triggerOf(graph);
    const siteId = await this.checkComponents(workspaceId, userId, trigger.componentIds, changes.siteId ?? null);
    const workflow = await WorkspaceRepository.of(manager, WorkflowEntity, workspaceId).insert({
      siteId,
      name: changes.name,
      description: changes.description ?? null,
      active: false,
      version: 1,
      triggerType: trigger.type,
      triggerKey: trigger.key,
      componentIds: trigger.componentIds,
      settings: changes.settings ?? {},
      webhookToken: randomBytes(24).toString('base64url'),
      createdBy: userId,
    });
    const version = await this.writeVersion(manager, workflow, userId, graph, changes.note ?? null);
    await this.connections.announce(manager, workflow);
    return this.view(workflow, version);
  }

  async update(
    manager: EntityManager,
    workspaceId: string,
    userId: string | null,
    workflowId: string,
    changes: WorkflowChanges,
  ) {
    const workflows = WorkspaceRepository.of(manager, WorkflowEntity, workspaceId);
    const workflow = await workflows.findById(workflowId, { lockForUpdate: true });
    if (!workflow) throw ServiceError.notFound('workflow', workflowId);
    const versions = WorkspaceRepository.of(manager, WorkflowVersionEntity, workspaceId);
    let current = (await versions.findOne({ workflowId, version: workflow.version }))!;
    const previousComponents = workflow.componentIds;
    const patch: Partial<WorkflowEntity> = {};
    if (changes.name !== undefined) patch.name = changes.name;
    if (changes.description !== undefined) patch.description = changes.description;
    if (changes.settings !== undefined) patch.settings = changes.settings;
    if (changes.graph) {
      // Secrets the new definition leaves out are kept (an editor never sees them), then the whole is validated.
      const graph = this.withKeptSecrets(changes.graph, [
        { graph: current.graph, secrets: this.secrets.open(current.secrets) },
        { graph: changes.graph, secrets: changes.inheritedSecrets ?? {} },
      ]);
      assertRunnable(graph);
      const trigger = triggerOf(graph);
      patch.siteId = await this.checkComponents(
        workspaceId,
        userId,
        trigger.componentIds,
        workflow.siteId,
        previousComponents,
      );
      patch.triggerType = trigger.type;
      patch.triggerKey = trigger.key;
      patch.componentIds = trigger.componentIds;
      patch.version = workflow.version + 1;
      // An active schedule follows its new cron from now on.
      patch.scheduleNextAt = workflow.active ? nextScheduleSlot(graph, new Date()) : null;
      Object.assign(workflow, patch);
      current = await this.writeVersion(manager, workflow, userId, graph, changes.note ?? null);
    } else {
      Object.assign(workflow, patch);
    }
    if (Object.keys(patch).length) {
      await workflows.update({ id: workflowId }, patch);
      workflow.updatedAt = new Date();
    }
    if (changes.graph || changes.name !== undefined)
      await this.connections.announce(manager, workflow, previousComponents);
    return this.view(workflow, current);
  }

  /** The view of a workflow and one of its versions (secrets listed, never shown). */
  view(workflow: WorkflowEntity, version: WorkflowVersionEntity) {
    return workflowView(
      workflow,
      version,
      this.secrets.listed(this.secrets.open(version.secrets)),
      this.env.PUBLIC_BASE_URL,
    );
  }

  /** The graph with the secrets it leaves out taken from earlier definitions (same node id and type). */
  private withKeptSecrets(graph: WorkflowGraph, sources: { graph: WorkflowGraph; secrets: NodeSecrets }[]) {
    const split = this.secrets.split(graph);
    let secrets = split.secrets;
    for (const source of sources) secrets = this.secrets.carryOver(split.graph, secrets, source);
    return this.secrets.join(split.graph, secrets);
  }

  /** Writes the version: the graph without secrets, the secrets sealed apart. */
  private async writeVersion(
    manager: EntityManager,
    workflow: WorkflowEntity,
    userId: string | null,
    graph: WorkflowGraph,
    note: string | null,
  ): Promise<WorkflowVersionEntity> {
    const split = this.secrets.split(graph);
    return WorkspaceRepository.of(manager, WorkflowVersionEntity, workflow.workspaceId).insert({
      workflowId: workflow.id,
      version: workflow.version,
      graph: split.graph,
      secrets: this.secrets.seal(split.secrets),
      note,
      createdBy: userId,
    });
  }

  /**
   * The components a trigger listens to must be this workspace's (asked of the template service, which owns them);
   * the workflow belongs to their site. Components already used by the previous version are not asked again.
   */
  private async checkComponents(
    workspaceId: string,
    userId: string | null,
    componentIds: string[],
    siteId: string | null,
    known: string[] = [],
  ): Promise<string | null> {
    let site = siteId;
    for (const componentId of componentIds) {
      if (known.includes(componentId) && site) continue;
      try {
        const component = await this.services.request(
          GET_COMPONENT,
          { component_id: componentId },
          { workspaceId, userId },
        );
        if (site && component.site_id !== site) {
          throw ServiceError.validation(`component ${componentId} is on another site than the workflow's`, [
            { field: 'site_id', constraints: ["must be the site of the trigger's component"] },
          ]);
        }
        site = component.site_id;
      } catch (err) {
        if (err instanceof ServiceError && err.statusCode === 404) {
          throw ServiceError.validation(`component ${componentId} is not a component of this workspace`, [
            { field: 'trigger.component_id', constraints: ['must be a component of one of your sites'] },
          ]);
        }
        throw err;
      }
    }
    return site;
  }
}
