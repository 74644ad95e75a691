import { Injectable } from '@nestjs/common';
import {
  ACTIVATE_WORKFLOW,
  CREATE_WORKFLOW,
  DEACTIVATE_WORKFLOW,
  DELETE_WORKFLOW,
  GET_WORKFLOW,
  LIST_NODE_TYPES,
  LIST_WORKFLOWS,
  ServiceError,
  UPDATE_WORKFLOW,
  type CreateWorkflowRequest,
  type ListNodeTypesRequest,
  type ListWorkflowsQuery,
  type NodeTypeListView,
  type Page,
  type UpdateWorkflowRequest,
  type WorkflowIdRequest,
  type WorkflowView,
} from '@mab/contracts';
import { OnCommand, type CommandContext } from '@mab/messaging';
import { WorkspaceRepository, containsPattern, keysetPage } from '@mab/persistence';
import { NODE_TYPES, toJsonSchema } from '@mab/workflow-definition';
import { DataSource, type EntityManager } from 'typeorm';
import { nextScheduleSlot } from '../schedules/schedule-slots';
import { SaveWorkflowUseCase } from './usecases/save-workflow.usecase';
import { WorkflowConnections } from './workflow-connections';
import { graphFromBody } from './workflow-definition-input';
import { WorkflowVersionEntity } from './workflow-version.entity';
import { WorkflowEntity } from './workflow.entity';

/** Loads a workflow of the workspace (404 otherwise), optionally locked. */
export async function workflowOr404(
  manager: EntityManager | DataSource,
  workspaceId: string,
  workflowId: string,
  lockForUpdate = false,
): Promise<WorkflowEntity> {
  const workflow = await WorkspaceRepository.of(manager, WorkflowEntity, workspaceId).findById(workflowId, {
    lockForUpdate,
  });
  if (!workflow) throw ServiceError.notFound('workflow', workflowId);
  return workflow;
}

/** Workflows of a workspace: CRUD (every definition change a version), activation, the node catalogue. */
@Injectable()
export class WorkflowsHandlers {
  constructor(
    private readonly dataSource: DataSource,
    private readonly save: SaveWorkflowUseCase,
    private readonly connections: WorkflowConnections,
  ) {}

  @OnCommand(CREATE_WORKFLOW)
  create(request: CreateWorkflowRequest, ctx: CommandContext<typeof CREATE_WORKFLOW>): Promise<WorkflowView> {
    const graph = graphFromBody(request);
    if (!graph) {
      throw ServiceError.validation('a workflow needs a definition: trigger + actions, or nodes + edges', [
        { field: 'nodes', constraints: ['or trigger and actions'] },
      ]);
    }
    return this.save.create(ctx.manager, ctx.workspaceId, ctx.userId, {
      name: request.name,
      description: request.description ?? null,
      siteId: request.site_id ?? null,
      settings: request.settings ?? {},
      graph,
    });
  }

  @OnCommand(LIST_WORKFLOWS)
  async list(query: ListWorkflowsQuery, ctx: CommandContext<typeof LIST_WORKFLOWS>): Promise<Page<WorkflowView>> {
    const qb = WorkspaceRepository.of(this.dataSource, WorkflowEntity, ctx.workspaceId).queryBuilder('workflow');
    if (query.site_id) qb.andWhere('workflow.siteId = :siteId', { siteId: query.site_id });
    if (query.active !== undefined) qb.andWhere('workflow.active = :active', { active: query.active });
    if (query.trigger_type) qb.andWhere('workflow.triggerType = :type', { type: query.trigger_type });
    if (query.component_id)
      qb.andWhere(':component = ANY(workflow.componentIds)', { component: query.component_id.toLowerCase() });
    if (query.q) qb.andWhere('workflow.name ILIKE :q', { q: containsPattern(query.q) });
    const page = await keysetPage(qb, { keys: ['createdAt', 'id'], direction: 'DESC' }, query, (w) => w);
    // One query for the page's current versions, not one per workflow.
    const versions = page.items.length
      ? await WorkspaceRepository.of(this.dataSource, WorkflowVersionEntity, ctx.workspaceId).find({
          where: page.items.map((w) => ({ workflowId: w.id, version: w.version })),
        })
      : [];
    const byKey = new Map(versions.map((v) => [`${v.workflowId}:${v.version}`, v]));
    return { ...page, items: page.items.map((w) => this.save.view(w, byKey.get(`${w.id}:${w.version}`)!)) };
  }

  @OnCommand(GET_WORKFLOW)
  async get(request: WorkflowIdRequest, ctx: CommandContext<typeof GET_WORKFLOW>): Promise<WorkflowView> {
    const workflow = await workflowOr404(this.dataSource, ctx.workspaceId, request.workflow_id);
    return this.view(this.dataSource, workflow);
  }

  @OnCommand(UPDATE_WORKFLOW)
  update(request: UpdateWorkflowRequest, ctx: CommandContext<typeof UPDATE_WORKFLOW>): Promise<WorkflowView> {
    return this.save.update(ctx.manager, ctx.workspaceId, ctx.userId, request.workflow_id, {
      ...(request.name !== undefined ? { name: request.name } : {}),
      ...(request.description !== undefined ? { description: request.description } : {}),
      ...(request.settings !== undefined ? { settings: request.settings } : {}),
      graph: graphFromBody(request),
      note: request.note ?? null,
    });
  }

  @OnCommand(DELETE_WORKFLOW)
  async delete(request: WorkflowIdRequest, ctx: CommandContext<typeof DELETE_WORKFLOW>): Promise<void> {
    const workflow = await workflowOr404(ctx.manager, ctx.workspaceId, request.workflow_id, true);
    // Versions and executions go with it (ON DELETE CASCADE): a running execution's next step finds nothing to run.
    await WorkspaceRepository.of(ctx.manager, WorkflowEntity, ctx.workspaceId).delete({ id: workflow.id });
    await this.connections.disconnect(ctx.manager, workflow, workflow.componentIds, 'workflow_deleted');
  }

  @OnCommand(ACTIVATE_WORKFLOW)
  activate(request: WorkflowIdRequest, ctx: CommandContext<typeof ACTIVATE_WORKFLOW>): Promise<WorkflowView> {
    return this.setActive(ctx.manager, ctx.workspaceId, request.workflow_id, true);
  }

  @OnCommand(DEACTIVATE_WORKFLOW)
  deactivate(request: WorkflowIdRequest, ctx: CommandContext<typeof DEACTIVATE_WORKFLOW>): Promise<WorkflowView> {
    return this.setActive(ctx.manager, ctx.workspaceId, request.workflow_id, false);
  }

  @OnCommand(LIST_NODE_TYPES)
  nodeTypes(_request: ListNodeTypesRequest, _ctx: CommandContext<typeof LIST_NODE_TYPES>): NodeTypeListView {
    return {
      items: NODE_TYPES.map((t) => ({
        type: t.type,
        category: t.category,
        label: t.label,
        description: t.description,
        outputs: typeof t.outputs === 'function' ? ['<each case output>', 'default'] : [...t.outputs],
        config_schema: toJsonSchema(t.config),
      })),
    };
  }

  private async setActive(manager: EntityManager, workspaceId: string, workflowId: string, active: boolean) {
    const workflow = await workflowOr404(manager, workspaceId, workflowId, true);
    if (workflow.active !== active) {
      const version = await WorkspaceRepository.of(manager, WorkflowVersionEntity, workspaceId).findOne({
        workflowId: workflow.id,
        version: workflow.version,
      });
      // A schedule starts from its next slot after now: slots before the activation are not owed.
      const scheduleNextAt = active && version ? nextScheduleSlot(version.graph, new Date()) : null;
      await WorkspaceRepository.of(manager, WorkflowEntity, workspaceId).update(
        { id: workflow.id },
        { active, scheduleNextAt },
      );
      workflow.scheduleNextAt = scheduleNextAt;
      workflow.active = active;
      workflow.updatedAt = new Date();
      await this.connections.announce(manager, workflow);
    }
    return this.view(manager, workflow);
  }

  private async view(manager: EntityManager | DataSource, workflow: WorkflowEntity): Promise<WorkflowView> {
    const version = await WorkspaceRepository.of(manager, WorkflowVersionEntity, workflow.workspaceId).findOne({
      workflowId: workflow.id,
      version: workflow.version,
    });
    return this.save.view(workflow, version!);
  }
}
