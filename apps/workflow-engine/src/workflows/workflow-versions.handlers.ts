import { Injectable } from '@nestjs/common';
import {
  EXPORT_WORKFLOW,
  GET_WORKFLOW_VERSION,
  IMPORT_WORKFLOW,
  LIST_WORKFLOW_VERSIONS,
  RESTORE_WORKFLOW_VERSION,
  ServiceError,
  type ImportWorkflowRequest,
  type ListWorkflowVersionsRequest,
  type Page,
  type WorkflowExportDocument,
  type WorkflowIdRequest,
  type WorkflowVersionRequest,
  type WorkflowVersionView,
  type WorkflowView,
} from '@mab/contracts';
import { OnCommand, type CommandContext } from '@mab/messaging';
import { WorkspaceRepository, keysetPage } from '@mab/persistence';
import { DataSource } from 'typeorm';
import { SaveWorkflowUseCase } from './usecases/save-workflow.usecase';
import { graphFromBody } from './workflow-definition-input';
import { WorkflowSecrets } from './workflow-secrets';
import { WorkflowVersionEntity } from './workflow-version.entity';
import { graphView, workflowVersionView } from './workflow-view';
import { workflowOr404 } from './workflows.handlers';

/** A workflow's history (list, read, restore) and its export and import as a JSON document. */
@Injectable()
export class WorkflowVersionsHandlers {
  constructor(
    private readonly dataSource: DataSource,
    private readonly save: SaveWorkflowUseCase,
    private readonly secrets: WorkflowSecrets,
  ) {}

  @OnCommand(LIST_WORKFLOW_VERSIONS)
  async list(
    request: ListWorkflowVersionsRequest,
    ctx: CommandContext<typeof LIST_WORKFLOW_VERSIONS>,
  ): Promise<Page<WorkflowVersionView>> {
    await workflowOr404(this.dataSource, ctx.workspaceId, request.workflow_id);
    const qb = WorkspaceRepository.of(this.dataSource, WorkflowVersionEntity, ctx.workspaceId)
      .queryBuilder('version')
      .andWhere('version.workflowId = :workflowId', { workflowId: request.workflow_id });
    return keysetPage(qb, { keys: ['version'], direction: 'DESC' }, request, workflowVersionView);
  }

  @OnCommand(GET_WORKFLOW_VERSION)
  async get(request: WorkflowVersionRequest, ctx: CommandContext<typeof GET_WORKFLOW_VERSION>) {
    return workflowVersionView(await this.version(ctx.workspaceId, request));
  }

  @OnCommand(RESTORE_WORKFLOW_VERSION)
  async restore(
    request: WorkflowVersionRequest,
    ctx: CommandContext<typeof RESTORE_WORKFLOW_VERSION>,
  ): Promise<WorkflowView> {
    const old = await this.version(ctx.workspaceId, request);
    return this.save.update(ctx.manager, ctx.workspaceId, ctx.userId, request.workflow_id, {
      graph: old.graph,
      inheritedSecrets: this.secrets.open(old.secrets),
      note: `restored from version ${old.version}`,
    });
  }

  @OnCommand(EXPORT_WORKFLOW)
  async export(
    request: WorkflowIdRequest,
    ctx: CommandContext<typeof EXPORT_WORKFLOW>,
  ): Promise<WorkflowExportDocument> {
    const workflow = await workflowOr404(this.dataSource, ctx.workspaceId, request.workflow_id);
    const version = await this.version(ctx.workspaceId, { workflow_id: workflow.id, version: workflow.version });
    const { nodes, edges } = graphView(version.graph);
    return {
      format: 'mab.workflow',
      format_version: 1,
      name: workflow.name,
      description: workflow.description,
      settings: workflow.settings,
      nodes,
      edges,
      exported_at: new Date().toISOString(),
      secrets_removed: this.secrets.listed(this.secrets.open(version.secrets)),
    };
  }

  @OnCommand(IMPORT_WORKFLOW)
  import(request: ImportWorkflowRequest, ctx: CommandContext<typeof IMPORT_WORKFLOW>): Promise<WorkflowView> {
    return this.save.create(ctx.manager, ctx.workspaceId, ctx.userId, {
      name: request.name,
      description: request.description ?? null,
      siteId: request.site_id ?? null,
      settings: request.settings ?? {},
      graph: graphFromBody({ nodes: request.nodes, edges: request.edges })!,
      note: 'imported',
    });
  }

  private async version(workspaceId: string, request: { workflow_id: string; version: number }) {
    await workflowOr404(this.dataSource, workspaceId, request.workflow_id);
    const version = await WorkspaceRepository.of(this.dataSource, WorkflowVersionEntity, workspaceId).findOne({
      workflowId: request.workflow_id,
      version: request.version,
    });
    if (!version) throw ServiceError.notFound(`version ${request.version} of workflow`, request.workflow_id);
    return version;
  }
}
