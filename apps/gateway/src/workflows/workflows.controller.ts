import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import {
  ACTIVATE_WORKFLOW,
  CREATE_WORKFLOW,
  CreateWorkflowRequest,
  DEACTIVATE_WORKFLOW,
  DELETE_WORKFLOW,
  EXPORT_WORKFLOW,
  GET_WORKFLOW,
  GET_WORKFLOW_VERSION,
  IMPORT_WORKFLOW,
  ImportWorkflowRequest,
  LIST_NODE_TYPES,
  LIST_WORKFLOWS,
  LIST_WORKFLOW_VERSIONS,
  ListWorkflowVersionsQuery,
  ListWorkflowsQuery,
  NodeTypeListView,
  RESTORE_WORKFLOW_VERSION,
  UPDATE_WORKFLOW,
  UpdateWorkflowBody,
  WorkflowExportDocument,
  WorkflowPage,
  WorkflowVersionPage,
  WorkflowVersionView,
  WorkflowView,
} from '@mab/contracts';
import { ServiceClient } from '@mab/messaging';
import { IdParam, VersionParam } from '../http/id-param';
import { ApiErrorView } from '../openapi/openapi';

/**
 * Workflows, owned by the workflow engine. A definition is a graph of nodes and edges, or the seed's linear
 * `{trigger, actions}`; a 400 names every node and field that is wrong (`nodes.<id>.config.<field>`).
 */
@ApiTags('workflows')
@ApiBearerAuth()
@Controller('api/workflows')
export class WorkflowsController {
  constructor(private readonly services: ServiceClient) {}

  @Post()
  @ApiOperation({ summary: 'Create a workflow (inactive) from a graph or the seed shape' })
  @ApiCreatedResponse({ type: WorkflowView })
  @ApiBadRequestResponse({ type: ApiErrorView, description: 'details name each node and field that is wrong' })
  create(@Body() body: CreateWorkflowRequest) {
    return this.services.request(CREATE_WORKFLOW, body);
  }

  @Get()
  @ApiOperation({ summary: "The workspace's workflows, newest first" })
  @ApiOkResponse({ type: WorkflowPage })
  list(@Query() query: ListWorkflowsQuery) {
    return this.services.request(LIST_WORKFLOWS, query);
  }

  @Get('node-types')
  @ApiOperation({ summary: 'The node catalogue: every node type, its outputs and the JSON Schema of its config' })
  @ApiOkResponse({ type: NodeTypeListView })
  nodeTypes() {
    return this.services.request(LIST_NODE_TYPES, {});
  }

  @Post('import')
  @ApiOperation({ summary: 'A new (inactive) workflow from an export document (secrets are set again after)' })
  @ApiCreatedResponse({ type: WorkflowView })
  import(@Body() body: ImportWorkflowRequest) {
    return this.services.request(IMPORT_WORKFLOW, body);
  }

  @Get(':workflow_id')
  @ApiOperation({ summary: 'One workflow: its current version as a graph (and the seed shape when linear)' })
  @ApiOkResponse({ type: WorkflowView })
  get(@IdParam('workflow_id', 'workflow') workflowId: string) {
    return this.services.request(GET_WORKFLOW, { workflow_id: workflowId });
  }

  @Patch(':workflow_id')
  @ApiOperation({ summary: 'Change name, settings or definition (a changed definition is a new version)' })
  @ApiOkResponse({ type: WorkflowView })
  update(@IdParam('workflow_id', 'workflow') workflowId: string, @Body() body: UpdateWorkflowBody) {
    return this.services.request(UPDATE_WORKFLOW, { ...body, workflow_id: workflowId });
  }

  @Delete(':workflow_id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete a workflow with its versions and executions' })
  @ApiNoContentResponse()
  async delete(@IdParam('workflow_id', 'workflow') workflowId: string) {
    await this.services.request(DELETE_WORKFLOW, { workflow_id: workflowId });
  }

  @Post(':workflow_id/activate')
  @HttpCode(200)
  @ApiOperation({ summary: 'Its trigger starts executions from now on' })
  @ApiOkResponse({ type: WorkflowView })
  activate(@IdParam('workflow_id', 'workflow') workflowId: string) {
    return this.services.request(ACTIVATE_WORKFLOW, { workflow_id: workflowId });
  }

  @Post(':workflow_id/deactivate')
  @HttpCode(200)
  @ApiOperation({ summary: 'No new executions (running ones finish)' })
  @ApiOkResponse({ type: WorkflowView })
  deactivate(@IdParam('workflow_id', 'workflow') workflowId: string) {
    return this.services.request(DEACTIVATE_WORKFLOW, { workflow_id: workflowId });
  }

  @Get(':workflow_id/versions')
  @ApiOperation({ summary: "The workflow's versions, newest first" })
  @ApiOkResponse({ type: WorkflowVersionPage })
  versions(@IdParam('workflow_id', 'workflow') workflowId: string, @Query() query: ListWorkflowVersionsQuery) {
    return this.services.request(LIST_WORKFLOW_VERSIONS, { ...query, workflow_id: workflowId });
  }

  @Get(':workflow_id/versions/:version')
  @ApiOperation({ summary: 'One version' })
  @ApiOkResponse({ type: WorkflowVersionView })
  version(
    @IdParam('workflow_id', 'workflow') workflowId: string,
    @VersionParam('version', 'workflow version') version: number,
  ) {
    return this.services.request(GET_WORKFLOW_VERSION, { workflow_id: workflowId, version });
  }

  @Post(':workflow_id/versions/:version/restore')
  @HttpCode(200)
  @ApiOperation({ summary: 'Make an old version current again (as a new version)' })
  @ApiOkResponse({ type: WorkflowView })
  restore(
    @IdParam('workflow_id', 'workflow') workflowId: string,
    @VersionParam('version', 'workflow version') version: number,
  ) {
    return this.services.request(RESTORE_WORKFLOW_VERSION, { workflow_id: workflowId, version });
  }

  @Get(':workflow_id/export')
  @ApiOperation({ summary: 'The workflow as a JSON document, secrets left out' })
  @ApiOkResponse({ type: WorkflowExportDocument })
  export(@IdParam('workflow_id', 'workflow') workflowId: string) {
    return this.services.request(EXPORT_WORKFLOW, { workflow_id: workflowId });
  }
}
